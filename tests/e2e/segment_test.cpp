#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "support.h"
#include "stream/tsv.h"
#include "base/utf8.h"

using draad::test::data_path;
using draad::test::read_file;
using draad::test::run_draad;
using draad::test::shell;
using draad::test::temp_dir;
using draad::test::write_file;

namespace {

using Row = std::map<std::string, std::string>;

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out{""};
  for (char c : s) {
    if (c == sep) out.emplace_back();
    else out.back() += c;
  }
  return out;
}

// The records of a segment stream, keyed by column name.
std::vector<Row> parse(const std::string& stream, std::vector<std::string>* columns = nullptr) {
  std::vector<std::string> lines = split(stream, '\n');
  REQUIRE(!lines.empty());
  REQUIRE(lines.back().empty());
  lines.pop_back();
  std::vector<std::string> header = split(lines[0], '\t');
  if (columns) *columns = header;
  std::vector<Row> rows;
  for (std::size_t i = 1; i < lines.size(); ++i) {
    std::vector<std::string> fields = split(lines[i], '\t');
    REQUIRE(fields.size() == header.size());
    Row row;
    for (std::size_t k = 0; k < fields.size(); ++k)
      REQUIRE(draad::tsv::unescape_to(row[header[k]], fields[k]) == std::string::npos);
    rows.push_back(row);
  }
  return rows;
}

std::u32string decode(const std::string& s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) out += draad::utf8::next(s, i);
  return out;
}

std::string encode(const std::u32string& s) {
  std::string out;
  for (char32_t c : s) draad::utf8::append(out, c);
  return out;
}

bool is_space(char32_t c) { return c == ' ' || c == '\t' || c == '\n'; }

// A label's word without its colon and Markdown bold: **Anna:** -> Anna.
std::u32string bare_label(std::u32string word) {
  auto strip = [&](const std::u32string& mark) {
    if (word.size() >= mark.size() && word.compare(0, mark.size(), mark) == 0) word.erase(0, mark.size());
    if (word.size() >= mark.size() && word.compare(word.size() - mark.size(), mark.size(), mark) == 0)
      word.erase(word.size() - mark.size());
  };
  strip(U"**");
  strip(U"__");
  if (!word.empty() && word.back() == ':') word.pop_back();
  strip(U"**");
  if (!word.empty() && (word.front() == '[' || word.front() == '(')) word = word.substr(1, word.size() - 2);
  return word;
}

// The check of issue 2: every segment's text is the normalised text between
// its offsets; segments are in order and do not overlap; every word of the
// normalised text lies inside exactly one segment, or is a speaker label or
// timestamp recorded in the speaker or time column, or lies on a Markdown
// heading line of a document with a section column. Returns the number of
// segments checked.
std::size_t check_coverage(const std::string& stream, const std::string& text_dir) {
  std::map<std::string, std::vector<Row>> by_doc;
  std::vector<std::string> order;
  for (auto& row : parse(stream)) {
    if (!by_doc.count(row["doc"])) order.push_back(row["doc"]);
    by_doc[row["doc"]].push_back(row);
  }
  std::size_t checked = 0;
  for (const auto& doc : order) {
    const auto& rows = by_doc[doc];
    std::u32string text = decode(read_file(text_dir + "/" + doc + ".txt"));
    std::vector<std::pair<std::size_t, std::size_t>> spans;
    std::set<std::u32string> recorded;
    std::size_t previous_end = 0;
    for (const auto& row : rows) {
      std::size_t start = std::stoul(row.at("start")), end = std::stoul(row.at("end"));
      INFO(doc, " seg ", row.at("seg"));
      REQUIRE(start < end);
      REQUIRE(end <= text.size());
      CHECK(start >= previous_end);
      CHECK(encode(text.substr(start, end - start)) == row.at("text"));
      CHECK(row.at("seg") == std::to_string(spans.size() + 1));
      previous_end = end;
      ++checked;
      spans.emplace_back(start, end);
      for (const auto& w : split(row.at("speaker"), ' '))
        if (!w.empty()) recorded.insert(decode(w));
      if (!row.at("time").empty()) recorded.insert(decode(row.at("time")));
    }
    std::vector<bool> on_heading(text.size());
    if (rows.front().count("section"))
      for (std::size_t b = 0; b < text.size();) {
        std::size_t e = text.find(U'\n', b);
        if (e == std::u32string::npos) e = text.size();
        if (text[b] == U'#') std::fill(on_heading.begin() + b, on_heading.begin() + e, true);
        b = e + 1;
      }
    std::size_t next_span = 0;
    for (std::size_t i = 0; i < text.size();) {
      if (is_space(text[i])) {
        ++i;
        continue;
      }
      std::size_t j = i;
      while (j < text.size() && !is_space(text[j])) ++j;
      // Spans are in order and disjoint (checked above): only the first one
      // that ends after the word starts can hold it.
      while (next_span < spans.size() && spans[next_span].second <= i) ++next_span;
      bool touching = next_span < spans.size() && spans[next_span].first < j;
      bool inside = touching && spans[next_span].first <= i && j <= spans[next_span].second;
      std::u32string word = text.substr(i, j - i);
      INFO(doc, ": word '", encode(word), "' at ", i);
      if (!inside) {
        CHECK(!touching);
        CHECK((on_heading[i] || recorded.count(bare_label(word)) == 1));
      }
      i = j;
    }
  }
  return checked;
}

std::string segment_error(const std::vector<std::string>& args, const std::string& input = "") {
  auto r = run_draad(args, input);
  CHECK(r.status == 1);
  CHECK(r.out.empty());
  return r.err;
}

}  // namespace

TEST_CASE("segment: every unit covers every word of every sample and fixture exactly once, offsets exact") {
  for (const std::string unit : {"paragraph", "turn", "line", "sentence", "document"}) {
    for (const std::string input : {"samples", "tests/data/segment"}) {
      std::string dir = temp_dir();
      auto r = run_draad({"segment", input, "--unit", unit, "--emit-text", dir});
      INFO(input, " --unit ", unit, ": ", r.err);
      REQUIRE(r.status == 0);
      CHECK(check_coverage(r.out, dir) > 0);
    }
  }
}

TEST_CASE("segment: labels with timestamps, roles and codes, the label is not in the text") {
  auto r = run_draad({"segment", "tests/data/segment/labels-timestamps.txt"});
  CHECK(r.status == 0);
  CHECK(r.err == "");
  CHECK(r.out ==
        "doc\tseg\tunit\tspeaker\tstart\tend\ttext\ttime\n"
        "labels-timestamps\t1\tparagraph\tFatima\t19\t32\tIk begin wel.\t00:12:31\n"
        "labels-timestamps\t2\tparagraph\tKees\t51\t64\tGoed, dan ik.\t00:12:58\n"
        "labels-timestamps\t3\tparagraph\tFatima\t83\t96\tNog één ding.\t00:13:10\n"
        "labels-timestamps\t4\tparagraph\tDeelnemer 4\t111\t155\tIk heb een vraag.\\nDie gaat over de buurtapp.\t\n"
        "labels-timestamps\t5\tparagraph\tModerator\t168\t179\tDank u wel.\t\n");
  auto codes = run_draad({"segment", "tests/data/segment/labels-codes.txt", "--unit", "turn"});
  CHECK(codes.out ==
        "doc\tseg\tunit\tspeaker\tstart\tend\ttext\ttime\n"
        "labels-codes\t1\tturn\tInterviewer\t13\t42\tWat betekent de buurt voor u?\t\n"
        "labels-codes\t2\tturn\tP1\t48\t65\tAlles, eigenlijk.\t\n"
        "labels-codes\t3\tturn\tP2\t71\t107\tVoor mij minder. Ik werk in Utrecht.\t\n"
        "labels-codes\t4\tturn\tP1\t113\t136\tMaar je woont hier wel.\t\n"
        "labels-codes\t5\tturn\tP2\t142\t154\tJa, dat wel.\t\n"
        "labels-codes\t6\tturn\tP7\t160\t183\tMag ik ook iets zeggen?\t\n"
        "labels-codes\t7\tturn\tInterviewer\t198\t209\tNatuurlijk.\t\n");
}

TEST_CASE("segment: front matter attributes, a turn merges its paragraphs, Let op: and Conclusie: stay text") {
  auto r = run_draad({"segment", "tests/data/segment/labels-plain.txt", "--unit", "turn"});
  CHECK(r.status == 0);
  CHECK(r.out ==
        "doc\tseg\tunit\tspeaker\tstart\tend\ttext\ttime\tsessie\tplaats\tdatum\tthema\n"
        "labels-plain\t1\tturn\tGespreksleider\t17\t42\tWelkom. Wie wil beginnen?\t\t9\tDeventer\t2026-05-02\tOntmoeting\n"
        "labels-plain\t2\tturn\tIngrid\t52\t196\tIk wil wel. Ik woon hier al twintig jaar.\\n\\nEn ik ken eigenlijk bijna "
        "niemand meer in de straat.\\nLet op: dat is wel veranderd sinds de renovatie.\t\t9\tDeventer\t2026-05-02\tOntmoeting\n"
        "labels-plain\t3\tturn\tMarco\t205\t219\tDat herken ik.\t\t9\tDeventer\t2026-05-02\tOntmoeting\n"
        "labels-plain\t4\tturn\tIngrid\t228\t233\tO ja?\t\t9\tDeventer\t2026-05-02\tOntmoeting\n"
        "labels-plain\t5\tturn\tMarco\t241\t285\tJa, echt.\\n\\nConclusie: de buurt is veranderd.\t\t9\tDeventer\t2026-05-02\tOntmoeting\n");
  auto report = run_draad({"segment", "tests/data/segment/report.md", "--unit", "line"});
  CHECK(report.out ==
        "doc\tseg\tunit\tspeaker\tstart\tend\ttext\ttime\tsection\tsessie\tplaats\tthema\tdeelnemers\n"
        "report\t1\tline\t\t11\t70\tConclusie: de spelregels zijn niet voor iedereen duidelijk.\t\tVerslag\t11\tNijmegen\tSpelregels\t12; 14\n"
        "report\t2\tline\t\t72\t105\tLet op: dit verslag is voorlopig.\t\tVerslag\t11\tNijmegen\tSpelregels\t12; 14\n"
        "report\t3\tline\t\t107\t154\tConclusie: er is behoefte aan een buurtgesprek.\t\tVerslag\t11\tNijmegen\tSpelregels\t12; 14\n");
}

TEST_CASE("segment: WebVTT cues of one speaker merge into a turn, NOTE gives attributes, text is emitted") {
  std::string dir = temp_dir();
  auto r = run_draad({"segment", "tests/data/segment/cues.vtt", "--emit-text", dir});
  CHECK(r.status == 0);
  CHECK(r.out ==
        "doc\tseg\tunit\tspeaker\tstart\tend\ttext\ttime\tsessie\tplaats\n"
        "cues\t1\tparagraph\tNoor Bakker\t13\t55\tGoedemiddag allemaal, welkom in De Mussen.\t00:00:01.000\t10\tLeiden\n"
        "cues\t2\tparagraph\tJan\t62\t91\tDank je & fijn dat ik er ben.\t00:00:06.000\t10\tLeiden\n"
        "cues\t3\tparagraph\tNoor Bakker\t106\t118\tJan, vertel.\t00:00:08.300\t10\tLeiden\n");
  CHECK(read_file(dir + "/cues.txt") ==
        "Noor Bakker: Goedemiddag allemaal, welkom in De Mussen.\n\n"
        "Jan: Dank je & fijn dat ik er ben.\n\n"
        "Noor Bakker: Jan, vertel.\n");
  auto srt = run_draad({"segment", "tests/data/segment/ondertitels.srt", "--unit", "sentence"});
  CHECK(srt.out ==
        "doc\tseg\tunit\tspeaker\tstart\tend\ttext\ttime\n"
        "ondertitels\t1\tsentence\tGespreksleider\t16\t27\tWie begint?\t00:00:01,000\n"
        "ondertitels\t2\tsentence\tSem\t34\t37\tIk.\t00:00:02,500\n"
        "ondertitels\t3\tsentence\tSem\t38\t56\tIk woon in Lombok.\t00:00:02,500\n"
        "ondertitels\t4\tsentence\tSem\t57\t70\tAl tien jaar.\t00:00:02,500\n"
        "ondertitels\t5\tsentence\tGespreksleider\t88\t101\tDank je, Sem.\t00:00:06,500\n"
        "ondertitels\t6\tsentence\tSem\t108\t121\tGraag gedaan.\t00:00:07,200\n");
}

TEST_CASE("segment: --meta and --speakers join document and speaker attributes") {
  auto r = run_draad({"segment", "tests/data/segment/labels-plain.txt", "tests/data/segment/labels-codes.txt",
                      "--meta", "tests/data/segment/meta.csv", "--speakers", "tests/data/segment/sprekers.tsv"});
  CHECK(r.status == 0);
  std::vector<std::string> columns;
  auto rows = parse(r.out, &columns);
  CHECK(columns == std::vector<std::string>{"doc", "seg", "unit", "speaker", "start", "end", "text", "time", "sessie",
                                            "plaats", "datum", "thema", "gemeente", "rol", "leeftijd"});
  REQUIRE(rows.size() == 14);
  // --meta wins over the front matter (plaats); a row for every document matches any case (gespreksleider).
  CHECK(rows[0]["plaats"] == "Deventer-Centrum");
  CHECK(rows[0]["gemeente"] == "Deventer");
  CHECK(rows[0]["datum"] == "2026-05-02");
  CHECK(rows[0]["rol"] == "gespreksleider");
  CHECK(rows[1]["speaker"] == "Ingrid");
  CHECK(rows[1]["rol"] == "bewoner");
  CHECK(rows[1]["leeftijd"] == "65+");
  CHECK(rows[3]["rol"] == "ondernemer");
  CHECK(rows[7]["doc"] == "labels-codes");
  CHECK(rows[7]["sessie"] == "12");
  CHECK(rows[7]["datum"] == "");
  CHECK(rows[7]["rol"] == "");
  CHECK(rows[8]["speaker"] == "P1");
  CHECK(rows[8]["rol"] == "bewoner");
  CHECK(r.err ==
        "draad segment: tests/data/segment/meta.csv:4:1: warning: no document 'onbekend' among the inputs\n"
        "draad segment: tests/data/segment/sprekers.tsv:6:14: warning: speaker 'Henk' never speaks in document 'labels-plain'\n"
        "draad segment: tests/data/segment/labels-codes.txt: warning: speaker 'Interviewer' has no row in tests/data/segment/sprekers.tsv\n"
        "draad segment: tests/data/segment/labels-codes.txt: warning: speaker 'P2' has no row in tests/data/segment/sprekers.tsv\n"
        "draad segment: tests/data/segment/labels-codes.txt: warning: speaker 'P7' has no row in tests/data/segment/sprekers.tsv\n");
}

TEST_CASE("segment: ids are paths under the directory without extension, clashes keep the extension") {
  auto nested = run_draad({"segment", "tests/data/segment/nested", "--unit", "document"});
  CHECK(nested.status == 0);
  auto rows = parse(nested.out);
  REQUIRE(rows.size() == 2);
  CHECK(rows[0]["doc"] == "2026/sessie");
  CHECK(rows[1]["doc"] == "sessie");
  std::string text_dir = temp_dir();
  CHECK(run_draad({"segment", "tests/data/segment/nested", "--emit-text", text_dir}).status == 0);
  CHECK(read_file(text_dir + "/2026/sessie.txt").rfind("Anna: Dit is de sessie van 2026.", 0) == 0);

  std::string dir = temp_dir();
  write_file(dir + "/zwolle.txt", "Tekst.\n");
  write_file(dir + "/zwolle.md", "Markdown.\n");
  write_file(dir + "/b/zwolle.txt", "Elders.\n");
  write_file(dir + "/.verborgen.txt", "Niet lezen.\n");
  auto clash = run_draad({"segment", dir, dir + "/b/zwolle.txt", "-"}, "Van stdin.\n");
  CHECK(clash.status == 0);
  std::vector<std::string> ids;
  for (auto& row : parse(clash.out)) ids.push_back(row["doc"]);
  // zwolle.txt clashes twice (in the directory and as a file): both take their path.
  CHECK(ids == std::vector<std::string>{"b/zwolle", "zwolle.md", dir.substr(1) + "/zwolle.txt",
                                        dir.substr(1) + "/b/zwolle.txt", "stdin"});
  auto twice = run_draad({"segment", dir + "/zwolle.md", dir + "/zwolle.md"});
  CHECK(twice.status == 2);
  CHECK(twice.err.find("is named more than once") != std::string::npos);
}

TEST_CASE("segment: bad input gets one located message and status 1, before any output") {
  std::string dir = temp_dir();
  write_file(dir + "/leeg.txt", "");
  write_file(dir + "/wit.txt", " \n\n\t\n");
  write_file(dir + "/alleen-kop.md", "---\nsessie: 1\n---\n\n");
  write_file(dir + "/binair.txt", std::string("\x7F" "ELF\0\0binary", 12));
  write_file(dir + "/kapot.md", "---\nsessie: [1\n---\nTekst.\n");
  write_file(dir + "/open.md", "---\nsessie: 1\nTekst.\n");
  write_file(dir + "/latin1.txt", "Caf\xe9 de Kaai.\n");
  write_file(dir + "/kapot.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHoi.\n\n1\nGeen tijd.\n");
  write_file(dir + "/cues.vtt", "WEBVTT\n\nNOTE\nsessie: 1\n");
  write_file(dir + "/groot.txt", std::string(100'000, 'a') + "\n\nCaf\xe9.\n");
  write_file(dir + "/geen/notities.rtf", "x");
  write_file(dir + "/goed.txt", "Goed.\n");
  write_file(dir + "/koppen.md", "# Verslag\n\nInterviewer:\n\n## Tafel 2\n");  // headings and a bare label only
  write_file(dir + "/vraag.txt", "Vragen:\n");  // one line of text, though it ends in ':'
  CHECK(segment_error({"segment", dir + "/goed.txt", dir + "/leeg.txt"}) == "draad segment: " + dir + "/leeg.txt: empty document\n");
  CHECK(segment_error({"segment", dir + "/goed.txt", dir + "/koppen.md"}) ==
        "draad segment: " + dir + "/koppen.md: empty document\n");
  CHECK(run_draad({"segment", dir + "/vraag.txt"}).out ==
        "doc\tseg\tunit\tspeaker\tstart\tend\ttext\ttime\nvraag\t1\tparagraph\t\t0\t7\tVragen:\t\n");
  CHECK(segment_error({"segment", dir + "/wit.txt"}) == "draad segment: " + dir + "/wit.txt: empty document\n");
  CHECK(segment_error({"segment", dir + "/alleen-kop.md"}) ==
        "draad segment: " + dir + "/alleen-kop.md: empty document: no text after the front matter\n");
  CHECK(segment_error({"segment", "-"}) == "draad segment: <stdin>: empty document\n");
  CHECK(segment_error({"segment", dir + "/binair.txt"}) ==
        "draad segment: " + dir + "/binair.txt: binary file (NUL byte at byte offset 4)\n");
  CHECK(segment_error({"segment", dir + "/kapot.md"}) ==
        "draad segment: " + dir + "/kapot.md:3:1: front matter is not valid YAML: end of sequence flow not found\n");
  CHECK(segment_error({"segment", dir + "/open.md"}) ==
        "draad segment: " + dir + "/open.md:1:1: the front matter opened here is not closed by a '---' line\n");
  CHECK(segment_error({"segment", dir + "/latin1.txt"}).find(dir + "/latin1.txt:1:4: invalid UTF-8") != std::string::npos);
  CHECK(segment_error({"segment", dir + "/geen"}) ==
        "draad segment: " + dir + "/geen/notities.rtf: skipped: unsupported type (.rtf)\n"
        "draad segment: " + dir + "/geen: no documents (.txt, .md, .vtt, .srt, .docx, .odt, .pdf) in this directory (see the skipped "
        "files above)\n");
  CHECK(segment_error({"segment", dir + "/er-niet.txt"}) == "draad segment: " + dir + "/er-niet.txt: no such file or directory\n");

  CHECK(segment_error({"segment", dir + "/goed.txt", dir + "/kapot.vtt"}) ==
        "draad segment: " + dir + "/kapot.vtt:6:1: not a WebVTT cue: expected a timing line such as '00:00:04.210 --> 00:00:07.655'\n");
  CHECK(segment_error({"segment", dir + "/cues.vtt"}) == "draad segment: " + dir + "/cues.vtt: empty document: no cues with text\n");

  // Found only once the whole of a large document is read: the documents
  // before it stay on the output, the message and the status say the run failed.
  auto late = run_draad({"segment", dir + "/goed.txt", dir + "/groot.txt"});
  CHECK(late.status == 1);
  CHECK(late.out == "doc\tseg\tunit\tspeaker\tstart\tend\ttext\ttime\ngoed\t1\tparagraph\t\t0\t5\tGoed.\t\n");
  CHECK(late.err.rfind("draad segment: " + dir + "/groot.txt:3:4: invalid UTF-8", 0) == 0);

  auto unknown = run_draad({"segment", "--eenheid", "zin", dir + "/goed.txt"});
  CHECK(unknown.status == 2);
  CHECK(unknown.out.empty());
  auto unit = run_draad({"segment", "--unit", "zin", dir + "/goed.txt"});
  CHECK(unit.status == 2);
  CHECK(unit.err.find("unknown unit 'zin'") != std::string::npos);
  CHECK(run_draad({"segment"}).status == 2);
}

TEST_CASE("segment: --lenient replaces invalid UTF-8 and says how often, --encoding reads Latin-1") {
  std::string dir = temp_dir();
  write_file(dir + "/latin1.txt", "Caf\xe9 de Kaai, na\xef" "ef.\n");
  auto lenient = run_draad({"segment", dir + "/latin1.txt", "--lenient"});
  CHECK(lenient.status == 0);
  CHECK(parse(lenient.out)[0]["text"] == "Caf\uFFFD de Kaai, na\uFFFDef.");
  CHECK(lenient.err == "draad segment: " + dir + "/latin1.txt: warning: replaced 2 invalid UTF-8 sequences with U+FFFD\n");
  auto latin1 = run_draad({"segment", dir + "/latin1.txt", "--encoding", "latin1"});
  CHECK(parse(latin1.out)[0]["text"] == "Café de Kaai, naïef.");
}

TEST_CASE("segment: a 20 MB document on one line is refused as one paragraph, and cut into sentences in linear time") {
  std::string dir = temp_dir();
  std::string line;
  line.reserve(20'000'000);
  while (line.size() < 20'000'000) line += "Ontmoeting in de buurt. ";
  write_file(dir + "/lang.txt", "Kort.\n\n" + line + "\n");
  auto paragraph = run_draad({"segment", dir + "/lang.txt"});
  CHECK(paragraph.status == 1);
  CHECK(paragraph.out == "doc\tseg\tunit\tspeaker\tstart\tend\ttext\ttime\n");  // not even the short paragraph
  CHECK(paragraph.err == "draad segment: " + dir +
                             "/lang.txt:3:1: a segment of 20000015 bytes: draad takes segments of at most 1000000 bytes (1 MB, "
                             "about 150,000 words); cut the document into smaller units (--unit turn, line or "
                             "sentence)\n");
  auto sentences = shell("draad segment --unit sentence " + dir + "/lang.txt | draad summary --format tsv");
  CHECK(sentences.status == 0);
  CHECK(sentences.out == "doc\tsegments\tspeakers\twords\nlang\t833335\t0\t3333337\n(total)\t833335\t0\t3333337\n");
}

TEST_CASE("segment: a unit of exactly 1 MB is taken, one byte more is refused") {
  std::string dir = temp_dir();
  std::string text(1'000'000, 'a');
  for (std::size_t i = 9; i < text.size(); i += 10) text[i] = ' ';
  text.back() = 'z';
  write_file(dir + "/precies.txt", text + "\n");
  CHECK(run_draad({"segment", dir + "/precies.txt"}).status == 0);
  write_file(dir + "/te-lang.txt", "\n\n" + text + "b\n");
  auto longer = run_draad({"segment", "--unit", "document", dir + "/te-lang.txt"});
  CHECK(longer.status == 1);
  CHECK(longer.err == "draad segment: " + dir +
                          "/te-lang.txt:3:1: a segment of 1000001 bytes: draad takes segments of at most 1000000 bytes "
                          "(1 MB, about 150,000 words); cut the document into smaller units (--unit paragraph, turn, "
                          "line or sentence)\n");
}

TEST_CASE("segment: the README's main job summarises the samples") {
  auto r = shell("draad segment samples/ --speakers samples/deelnemers.tsv | draad summary --format tsv");
  CHECK(r.status == 0);
  CHECK(r.err ==
        "draad segment: samples/verslag-eindhoven.txt: reflow dropped 14 lines as page headers, footers or numbers "
        "(--verbose lists them; --reflow off keeps them)\n"
        "draad segment: 8 documents read, 0 skipped\n");
  auto rows = parse(r.out);
  REQUIRE(rows.size() >= 7);
  CHECK(rows.back()["doc"] == "(total)");
  CHECK(std::stol(rows.back()["words"]) >= 15000);
}

TEST_CASE("segment: a PDF extract is reflowed, --verbose names the dropped page furniture by file line") {
  auto r = run_draad({"segment", "tests/data/segment/pdf-extract.txt", "--verbose"});
  CHECK(r.status == 0);
  auto rows = parse(r.out);
  REQUIRE(rows.size() == 9);
  CHECK(rows[1]["text"].rfind("Op maandag kwamen achttien bewoners bij elkaar in het wijkcentrum om te praten", 0) == 0);
  CHECK(rows[2]["text"].find("een schoonmaakrooster heeft gemaakt") != std::string::npos);
  CHECK(rows[6]["text"] == "● een schoonmaakdag voor de speeltuin in mei;");
  const std::string name = "draad segment: tests/data/segment/pdf-extract.txt";
  CHECK(r.err == name + ": reflowed as a PDF extract (detected; --reflow off to keep the lines)\n" +
                     name + ":21: reflow dropped 'Buurtgesprek Presikhaaf — verslag'\n" + name + ":22: reflow dropped '2'\n" +
                     name + ":30: reflow dropped 'Buurtgesprek Presikhaaf — verslag'\n" + name + ":31: reflow dropped '3'\n" +
                     name + ":37: reflow dropped 'Buurtgesprek Presikhaaf — verslag'\n" + name + ":38: reflow dropped '4'\n" +
                     name + ": reflow dropped 6 lines as page headers, footers or numbers (--reflow off keeps them)\n");
  // Without --verbose the count is said all the same.
  auto quiet = run_draad({"segment", "tests/data/segment/pdf-extract.txt"});
  CHECK(quiet.err == name + ": reflow dropped 6 lines as page headers, footers or numbers (--verbose lists them; "
                            "--reflow off keeps them)\n");
  auto off = run_draad({"segment", "tests/data/segment/pdf-extract.txt", "--reflow", "off"});
  CHECK(parse(off.out)[1]["text"].rfind("Op maandag kwamen achttien bewoners bij elkaar in het wijk-\ncentrum", 0) == 0);
}

TEST_CASE("segment: a hyphen-broken PDF extract and a clean copy of it give the same words") {
  auto words = [](const std::string& file) {
    auto r = run_draad({"segment", file, "--unit", "document"});
    REQUIRE(r.status == 0);
    std::istringstream in(parse(r.out).at(0).at("text"));
    std::vector<std::string> out;
    for (std::string w; in >> w;) out.push_back(w);
    return out;
  };
  auto extract = words("samples/verslag-eindhoven.txt");
  CHECK(extract.size() > 2000);
  CHECK(extract == words("tests/data/reflow/verslag-eindhoven-clean.txt"));
}

TEST_CASE("segment: standard input is normalised where it was read, and its errors are located as before") {
  auto r = run_draad({"segment", "-"}, "\xEF\xBB\xBF" "Anna: Goed\xC2\xA0zo.\r\nBram: Ook\xC2\xADgoed.\r\n");
  CHECK(r.status == 0);
  CHECK(r.out == "doc\tseg\tunit\tspeaker\tstart\tend\ttext\ttime\n"
                 "stdin\t1\tparagraph\t\t0\t29\tAnna: Goed zo.\\nBram: Ookgoed.\t\n");
  auto bad = run_draad({"segment", "-"}, "Anna: caf\xE9\n");
  CHECK(bad.status == 1);
  CHECK(bad.err == "draad segment: <stdin>:1:10: invalid UTF-8 (byte 0xE9 at byte offset 9); the file may be "
                   "Latin-1: try --encoding latin1, or --lenient\n");
}
