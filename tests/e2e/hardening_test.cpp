// Hostile input (issue 17): no crash, no abort, no unbounded memory, no
// silently wrong table. Inputs are generated in a scratch folder.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "support.h"

using draad::test::read_file;
using draad::test::run_draad;
using draad::test::shell;
using draad::test::temp_dir;
using draad::test::write_file;

namespace {

const std::string kMini = "tests/data/codebook/mini.yaml";
const std::string kSegments = "tests/data/codebook/segments.tsv";
const std::string kHeader = "doc\tseg\tunit\tspeaker\tstart\tend\ttext\n";

}  // namespace

TEST_CASE("hardening: a recursive YAML alias is a located error for every codebook reader, not a crash") {
  const std::string dir = temp_dir();
  write_file(dir + "/rond.yaml", "codebook: rond\nversion: 1\nthemes: &t\n  a: [*t]\n");
  auto lint = run_draad({"codebook", "lint", dir + "/rond.yaml"});
  CHECK(lint.status == 1);
  CHECK(lint.err == dir + "/rond.yaml:3:9: error: a recursive alias: this node contains itself\n"
                   "draad codebook: 1 error, 0 warnings\n");
  auto code = run_draad({"code", "-c", dir + "/rond.yaml", kSegments});
  CHECK(code.status == 1);
  CHECK(code.err == "draad code: " + dir + "/rond.yaml:3:9: a recursive alias: this node contains itself\n");
  auto sheet = run_draad({"sheet", "-c", dir + "/rond.yaml", kSegments});
  CHECK(sheet.status == 1);

  // codebook convert expands aliases while converting: ten levels of ten.
  std::string bomb = "a: &a {x: [woord]}\n";
  for (char c = 'b'; c <= 'j'; ++c) {
    bomb += std::string(1, c) + ": &" + c + " {";
    for (int i = 0; i < 10; ++i) bomb += std::string(i ? ", k" : "k") + std::to_string(i) + ": *" + static_cast<char>(c - 1);
    bomb += "}\n";
  }
  write_file(dir + "/bom.yml", bomb);
  auto convert = run_draad({"codebook", "convert", dir + "/bom.yml"});
  CHECK(convert.status == 1);
  CHECK(convert.err.starts_with("draad codebook: " + dir + "/bom.yml:"));
  CHECK(convert.err.ends_with(": more than 200000 YAML nodes once aliases are expanded (an alias bomb?); refused\n"));
  write_file(dir + "/rond.yml", "a: &a [*a]\n");
  CHECK(run_draad({"codebook", "convert", dir + "/rond.yml"}).err ==
        "draad codebook: " + dir + "/rond.yml:1:4: a recursive alias: this node contains itself\n");
}

TEST_CASE("hardening: codebook YAML that is not one UTF-8 document is named for what it is") {
  const std::string dir = temp_dir();
  write_file(dir + "/utf16.yaml", std::string("\xFF\xFE" "c\0o\0", 6));
  CHECK(run_draad({"codebook", "lint", dir + "/utf16.yaml"}).err.starts_with(
        dir + "/utf16.yaml:1:1: error: the file is UTF-16; save it as UTF-8\n"));
  write_file(dir + "/nul.yaml", std::string("codebook: x\nversion: \0\n", 23));
  CHECK(run_draad({"codebook", "lint", dir + "/nul.yaml"}).err.starts_with(
        dir + "/nul.yaml:2:10: error: a NUL byte: YAML is text (is this UTF-16 or a binary file?)\n"));
  write_file(dir + "/twee.yaml", "codebook: x\nversion: 1\n---\ncodebook: y\n");
  CHECK(run_draad({"codebook", "lint", dir + "/twee.yaml"}).err.starts_with(
        dir + "/twee.yaml:3:1: error: a second YAML document (after '---'); a file holds one\n"));
  write_file(dir + "/diep.yaml", "codebook: x\nthemes: " + std::string(10000, '[') + std::string(10000, ']') + "\n");
  auto deep = run_draad({"codebook", "lint", dir + "/diep.yaml"});
  CHECK(deep.status == 1);
  CHECK(deep.err.find("nested deeper than 64 levels") != std::string::npos);
}

TEST_CASE("hardening: an unwritable or closed standard error never aborts and never loses standard output") {
  const std::string dir = temp_dir();
  write_file(dir + "/kapot.txt", "Een zin met een kapotte \xff byte.\n\nEn een tweede alinea.\n");
  auto full = shell("draad segment --lenient " + dir + "/kapot.txt 2>/dev/full");
  CHECK(full.status == 0);
  CHECK(full.out == kHeader.substr(0, kHeader.size() - 1) + "\ttime\n" +
                        "kapot\t1\tparagraph\t\t0\t31\tEen zin met een kapotte \uFFFD byte.\t\n"
                        "kapot\t2\tparagraph\t\t33\t54\tEn een tweede alinea.\t\n");
  CHECK(shell("draad segment --lenient " + dir + "/kapot.txt 2>&-").out == full.out);
  CHECK(shell("draad code -c " + dir + "/geen.yaml " + kSegments + " 2>/dev/full").status == 1);
  CHECK(shell("draad code -c " + dir + "/geen.yaml " + kSegments + " 2>&-").status == 1);
  CHECK(shell("draad freq --bogus 2>&-").status == 2);
  // A closed standard error is not handed to the next file opened: the output file stays clean.
  shell("draad freq -o " + dir + "/tabel.tsv " + dir + "/geen.tsv 2>&-");
  CHECK(!std::filesystem::exists(dir + "/tabel.tsv"));
  auto help = shell("draad --help > /dev/full");
  CHECK(help.status == 1);
  CHECK(help.err == "draad: cannot write to standard output: No space left on device\n");
  CHECK(shell("draad code --help > /dev/full").status == 1);
}

TEST_CASE("hardening: devices, pipes and huge lines meet a size limit and a short message") {
  auto tokens = run_draad({"tokens", "/dev/zero"});
  CHECK(tokens.status == 1);
  CHECK(tokens.err == "draad tokens: /dev/zero:1: a line longer than 8 MB (is this a draad stream?)\n");
  CHECK(run_draad({"codebook", "lint", "/dev/zero"}).err ==
        "draad codebook: /dev/zero: larger than 4 MB, the limit for a codebook\n");
  CHECK(run_draad({"code", "-c", "/dev/urandom", kSegments}).err ==
        "draad code: /dev/urandom: larger than 4 MB, the limit for a codebook\n");
  CHECK(run_draad({"segment", "/dev/zero"}).err == "draad segment: /dev/zero: larger than 128 MB, the limit for a document\n");
  // A 9 MB line in a stream: refused at its line, and not echoed.
  auto line = run_draad({"code", "-c", kMini}, kHeader + "a\t1\tparagraph\t\t0\t9\t" + std::string(9 << 20, 'x') + "\n");
  CHECK(line.status == 1);
  CHECK(line.err == "draad code: <stdin>:2: a line longer than 8 MB (is this a draad stream?)\n");
  // A field's value is quoted as an excerpt.
  auto seg = run_draad({"code", "-c", kMini}, kHeader + "a\t" + std::string(5000, '7') + "x\tparagraph\t\t0\t2\tja\n");
  CHECK(seg.err == "draad code: <stdin>:2:3: seg must be a positive whole number, not '" + std::string(60, '7') + "…'\n");
}

TEST_CASE("hardening: a header of 200,000 columns is read in linear time, duplicates still found") {
  std::string header;
  for (int i = 0; i < 200000; ++i) header += "k" + std::to_string(i) + "\t";
  auto r = run_draad({"code", "-c", kMini}, header + "k7\n");
  CHECK(r.status == 1);
  CHECK(r.err == "draad code: <stdin>:1:1488891: duplicate column 'k7' in the header\n");
  // A missing column: the message lists the first columns, not all 200,000.
  auto missing = run_draad({"summary"}, header + "k\n");
  CHECK(missing.err == "draad summary: <stdin>:1: missing required column 'doc' (the header has: k0, k1, k2, k3, k4, "
                       "k5, k6, k7, k8, k9, k10, k11, k12, k13, k14, k15, k16, k17, k18, k19, … (200001 columns))\n");
  const std::string dir = temp_dir();
  write_file(dir + "/meta.csv", "doc," + header.substr(0, header.size() - 1) + "\n");
  write_file(dir + "/a.txt", "Tekst.\n");
  CHECK(run_draad({"segment", "--meta", dir + "/meta.csv", dir + "/a.txt"}).status == 0);
}

TEST_CASE("hardening: a segment stream is recognised by its header whatever the file is called") {
  const std::string dir = temp_dir();
  write_file(dir + "/segments.txt", read_file(draad::test::data_path("codebook/segments.tsv")));
  auto named = run_draad({"code", "-c", kMini, dir + "/segments.txt"});
  auto tsv = run_draad({"code", "-c", kMini, kSegments});
  CHECK(named.status == 0);
  CHECK(named.out == tsv.out);
}

TEST_CASE("hardening: repeated, renumbered and rejoined segments are refused, not counted twice") {
  const std::string one = "a\t1\tparagraph\t\t0\t3\tJa.\n", two = "a\t2\tparagraph\t\t5\t9\tNee.\n";
  auto exact = run_draad({"code", "-c", kMini}, kHeader + one + one + two);
  CHECK(exact.status == 1);
  CHECK(exact.err == "draad code: <stdin>:3:3: segment 1 of document 'a' is repeated (line 2 is the same): a "
                     "duplicated line would be counted twice; remove it\n");
  auto different = run_draad({"tokens"}, kHeader + one + "a\t1\tparagraph\t\t5\t9\tNee.\n");
  CHECK(different.err == "draad tokens: <stdin>:3:3: two different segments numbered 1 in document 'a' (lines 2 and "
                         "3); segment the documents again\n");
  auto order = run_draad({"kwic", "ja"}, kHeader + two + one);
  CHECK(order.err == "draad kwic: <stdin>:3:3: segment 1 of document 'a' comes after segment 2: the segments of a "
                     "document must be in order (as draad segment writes them)\n");
  auto back = run_draad({"code", "-c", kMini}, kHeader + one + "b\t1\tparagraph\t\t0\t3\tJa.\n" + two);
  CHECK(back.err == "draad code: <stdin>:4:1: document 'a' comes back after other documents: its segments must be "
                    "adjacent (was a stream joined twice?)\n");
  auto joined = run_draad({"code", "-c", kMini}, kHeader + one + kHeader + two);
  CHECK(joined.err == "draad code: <stdin>:3:1: a second header line (two streams joined with cat?); give the files "
                      "as separate arguments, or drop the later header lines (tail -n +2)\n");
  auto empty_doc = run_draad({"code", "-c", kMini}, kHeader + "\t1\tparagraph\t\t0\t3\tJa.\n");
  CHECK(empty_doc.err == "draad code: <stdin>:2:1: empty doc: every segment names its document\n");
  auto backwards = run_draad({"kwic", "ja"}, kHeader + "a\t1\tparagraph\t\t9\t5\tJa.\n");
  CHECK(backwards.err == "draad kwic: <stdin>:2:18: end '5' is not a code point offset at or after start 9\n");
  auto negative = run_draad({"kwic", "ja"}, kHeader + "a\t1\tparagraph\t\t-4\t5\tJa.\n");
  CHECK(negative.err == "draad kwic: <stdin>:2:16: start '-4' is not a code point offset (a whole number)\n");

  // A coding stream: a repeated row, or a stream joined to itself.
  auto codings = run_draad({"code", "-c", kMini, kSegments});
  const std::string header = codings.out.substr(0, codings.out.find('\n') + 1);
  const std::string first = codings.out.substr(header.size(), codings.out.find('\n', header.size()) + 1 - header.size());
  auto row = run_draad({"freq", "--by", "code"}, header + first + first);
  CHECK(row.status == 1);
  CHECK(row.err == "draad freq: <stdin>:3:10: a second row for code 'ontmoeting/buurt' in segment 1 of document "
                   "'zwolle' (line 2 is the first): a repeated row would be counted twice\n");
  auto cat = run_draad({"cooc"}, codings.out + codings.out);
  CHECK(cat.err.ends_with("a second header line (two streams joined with cat?); give the files as separate arguments, "
                          "or drop the later header lines (tail -n +2)\n"));
  CHECK(run_draad({"freq", "-", "-"}, codings.out).err ==
        "draad freq: standard input (-) is named twice; it can be read once\nRun 'draad freq --help' for usage.\n");
}

TEST_CASE("hardening: codes on separate lines of one spreadsheet cell (Alt+Enter) are separate codes") {
  const std::string dir = temp_dir();
  write_file(dir + "/anna.csv",
             "doc;seg;text;codes\n"
             "s;1;Het buurthuis;\"ontmoeting/plek\nvertrouwen/vertrouwen\"\n"
             "s;2;Niets;\n");
  write_file(dir + "/bram.csv",
             "doc;seg;text;codes\n"
             "s;1;Het buurthuis;ontmoeting/plek,vertrouwen/vertrouwen\n"
             "s;2;Niets;\n");
  auto r = run_draad({"agree", "--format", "tsv", "--bootstrap", "0", dir + "/anna.csv", dir + "/bram.csv"});
  CHECK(r.status == 0);
  CHECK(r.out.find("ontmoeting/plek\t2\t1\t1\t100.0") != std::string::npos);
  CHECK(r.out.find("vertrouwen/vertrouwen\t2\t1\t1\t100.0") != std::string::npos);
}

TEST_CASE("hardening: a file draad writes appears whole or not at all") {
  const std::string dir = temp_dir();
  write_file(dir + "/blad.xlsx", "het werk van gisteren");
  const std::string text = [] {
    std::string t;
    for (int i = 0; i < 7000; ++i) t += "woord ";
    return t + "eind";
  }();
  write_file(dir + "/lang.tsv", kHeader + "lang\t1\tparagraph\t\t0\t42004\t" + text + "\n");
  auto r = run_draad({"sheet", "-c", kMini, "-o", dir + "/blad.xlsx", dir + "/lang.tsv"});
  CHECK(r.status == 1);
  CHECK(r.err == "draad sheet: " + dir + "/blad.xlsx: segment 1 of document 'lang' has 42004 characters; an Excel "
                 "cell holds at most 32767: write a csv sheet, or cut smaller units (--unit sentence)\n");
  CHECK(read_file(dir + "/blad.xlsx") == "het werk van gisteren");
  // A table that fails half-way leaves the old file too, and no temporary file behind.
  write_file(dir + "/tabel.tsv", "oud\n");
  auto freq = run_draad({"freq", "-o", dir + "/tabel.tsv", kSegments});
  CHECK(freq.status == 1);
  CHECK(read_file(dir + "/tabel.tsv") == "oud\n");
  std::size_t files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) files += entry.is_regular_file();
  CHECK(files == 3);
  // Written in place when the target is not a regular file.
  CHECK(run_draad({"freq", "--by", "code", "-o", "/dev/null"}, run_draad({"code", "-c", kMini, kSegments}).out).status == 0);
}

TEST_CASE("hardening: option values out of range and ambiguous arguments are usage errors") {
  CHECK(run_draad({"tokens", "--freq", "stem", "--top", "-1"}).err ==
        "draad tokens: --top: Value -1 not in range 0 to 1000000000\nRun 'draad tokens --help' for usage.\n");
  CHECK(run_draad({"threads", "-c", kMini, "--min-sessions", "-1"}).status == 2);
  CHECK(run_draad({"code", "-c", "-", "-"}).err ==
        "draad code: the codebook and the segments cannot both come from standard input (-c -)\n"
        "Run 'draad code --help' for usage.\n");
  CHECK(run_draad({"codebook", "frob"}).err ==
        "draad codebook: unknown codebook command 'frob': lint, show or convert\nRun 'draad codebook --help' for usage.\n");
  CHECK(run_draad({"codebook", "lnt"}).err ==
        "draad codebook: unknown codebook command 'lnt': lint, show or convert (did you mean 'lint'?)\n"
        "Run 'draad codebook --help' for usage.\n");
  const std::string codings = run_draad({"code", "-c", kMini, kSegments}).out;
  CHECK(run_draad({"freq", "--format", "csv", "-o", "x.xlsx"}, codings).err ==
        "draad freq: --format csv does not fit -o x.xlsx: leave out --format, or name the file .csv\n"
        "Run 'draad freq --help' for usage.\n");
  CHECK(run_draad({"sheet", "-c", kMini, "--format", "csv", "-o", "x.xlsx", kSegments}).status == 2);
  // `--attributes plaats FILE`: FILE is an input.
  const std::string dir = temp_dir();
  write_file(dir + "/codings.tsv", codings);
  auto quotes = run_draad({"quotes", "--code", "ontmoeting/buurt", "--attributes", "plaats", dir + "/codings.tsv"});
  CHECK(quotes.status == 0);
  CHECK(quotes.out.find("Zwolle") != std::string::npos);
}

TEST_CASE("hardening: front matter keys given twice or nested are refused, lists become one value") {
  const std::string dir = temp_dir();
  write_file(dir + "/twee.md", "---\nsessie: 1\nsessie: 2\n---\nTekst.\n");
  CHECK(run_draad({"segment", dir + "/twee.md"}).err ==
        "draad segment: " + dir + "/twee.md:3:1: front matter key 'sessie' is given twice (first on line 2)\n");
}

TEST_CASE("hardening: impossible times are not times") {
  const std::string dir = temp_dir();
  write_file(dir + "/kapot.vtt", "WEBVTT\n\n00:00:01.000 --> rommel\nHallo.\n");
  CHECK(run_draad({"segment", dir + "/kapot.vtt"}).err ==
        "draad segment: " + dir + "/kapot.vtt:3:1: bad cue end time 'rommel'\n");
  write_file(dir + "/seconden.vtt", "WEBVTT\n\n00:00:99.000 --> 00:01:00.000\nHallo.\n");
  CHECK(run_draad({"segment", dir + "/seconden.vtt"}).err ==
        "draad segment: " + dir + "/seconden.vtt:3:1: bad cue start time '00:00:99.000'\n");
  // [99:99:99] is text, not the time of a turn.
  write_file(dir + "/tijd.txt", "[99:99:99] Fatima: Goedemorgen.\n\n[00:01:05] Henk: Ja.\n");
  CHECK(run_draad({"segment", "--unit", "turn", dir + "/tijd.txt"}).out ==
        "doc\tseg\tunit\tspeaker\tstart\tend\ttext\ttime\n"
        "tijd\t1\tturn\t\t0\t31\t[99:99:99] Fatima: Goedemorgen.\t\n"
        "tijd\t2\tturn\tHenk\t50\t53\tJa.\t00:01:05\n");
}

TEST_CASE("hardening: messages about paths say what is wrong, and warnings of one kind are summarised") {
  const std::string dir = temp_dir();
  std::filesystem::create_symlink(dir + "/lus", dir + "/lus");
  CHECK(run_draad({"segment", dir + "/lus"}).err == "draad segment: " + dir + "/lus: Too many levels of symbolic links\n");
  write_file(dir + "/sessie-\xe9\xe9n.txt", "Tekst.\n");
  CHECK(run_draad({"segment", dir + "/sessie-\xe9\xe9n.txt"}).err ==
        "draad segment: " + dir + "/sessie-\xe9\xe9n.txt: the file name is not valid UTF-8 (it names the document); "
        "rename the file\n");
  std::string meta = "doc,plaats\na,Ede\n";
  for (int i = 1; i <= 8; ++i) meta += "ander-" + std::to_string(i) + ",Ede\n";
  write_file(dir + "/meta.csv", meta);
  write_file(dir + "/a.txt", "Tekst.\n");
  auto r = run_draad({"segment", "--meta", dir + "/meta.csv", dir + "/a.txt"});
  CHECK(r.status == 0);
  std::string expected;
  for (int i = 1; i <= 5; ++i)
    expected += "draad segment: " + dir + "/meta.csv:" + std::to_string(i + 2) + ":1: warning: no document 'ander-" +
                std::to_string(i) + "' among the inputs\n";
  CHECK(r.err == expected + "draad segment: ... and 3 more warnings like these\n");
}

TEST_CASE("hardening: a coding stream of two coders is not added up") {
  const std::string codings = run_draad({"code", "-c", kMini, kSegments}).out;
  const std::size_t at = codings.find("mini@2#");
  std::string other = codings;
  const std::size_t last_line = other.rfind('\n', other.size() - 2) + 1;
  other.replace(other.find("mini@2#", last_line), 7, "mini@3#");
  auto r = run_draad({"freq", "--by", "code"}, other);
  CHECK(at != std::string::npos);
  CHECK(r.status == 1);
  CHECK(r.err.find("after coder '" + codings.substr(at, 15) + "'") != std::string::npos);
  CHECK(r.err.find("the codings of two coders would be added up; analyse one coder at a time (draad agree compares "
                   "coders)") != std::string::npos);
}

TEST_CASE("hardening: a codebook value where a pattern list belongs is questioned") {
  const std::string dir = temp_dir();
  write_file(dir + "/c.yaml",
             "codebook: c\nversion: 1\nthemes:\n  t:\n    codes:\n      a: {terms: 5}\n      b: {terms: {woord: ja}}\n"
             "      c: {terms: buurt}\n");
  auto r = run_draad({"codebook", "lint", dir + "/c.yaml"});
  CHECK(r.status == 1);
  CHECK(r.err.find("c.yaml:6:18: error: '5' under terms is a single value without letters; a pattern list is written "
                   "[word, ...]") != std::string::npos);
  CHECK(r.err.find("c.yaml:7:18: error: terms is a mapping; it must be a list of patterns ([word, ...])") !=
        std::string::npos);
  CHECK(r.err.find(":8:") == std::string::npos);  // a lone word stays a list of one
}

TEST_CASE("hardening: codebook convert lints what it converted and fails as lint would") {
  const std::string dir = temp_dir();
  write_file(dir + "/woorden.yml", "wonen:\n  - huur\n  - \"a b*\"\n");
  auto r = run_draad({"codebook", "convert", dir + "/woorden.yml"});
  CHECK(r.status == 1);
  CHECK(r.out.ends_with("        globs: [huur]\n        phrases: [a b*]\n"));  // written, to be mended by hand
  CHECK(r.err == "draad codebook: (the codebook converted from " + dir +
                     "/woorden.yml):12:19: error: phrase 'a b*' may not start or end with a gap, nor have two gaps "
                     "in a row\n"
                     "draad codebook: " + dir +
                     "/woorden.yml: the converted codebook has 1 error (above; lines of the output): fix the "
                     "dictionary, or the written codebook by hand\n");
  write_file(dir + "/goed.yml", "wonen:\n  - huur*\n");
  CHECK(run_draad({"codebook", "convert", dir + "/goed.yml"}).status == 0);
}

TEST_CASE("hardening: threads checks the codes of a stream without a coder column against the codebook") {
  const std::string dir = temp_dir();
  write_file(dir + "/zonder.tsv", "doc\tseg\tcode\ttheme\thits\tterms\na\t1\twederkerigheid/vertrouwn\t\t1\t\n");
  auto r = run_draad({"threads", "-c", "tests/data/threads/codebook.yaml", dir + "/zonder.tsv"});
  CHECK(r.status == 1);
  CHECK(r.err == "draad threads: " + dir +
                     "/zonder.tsv:2: code 'wederkerigheid/vertrouwn' is not in codebook klein@2#c17ec091 (did you "
                     "mean 'wederkerigheid/vertrouwen'?)\n");
}
