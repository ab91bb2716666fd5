#include <doctest/doctest.h>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "text/metadata.h"
#include "text/segment.h"
#include "support.h"
#include "text/transcript.h"

using draad::DataError;
using draad::LabelKind;
using draad::Paragraph;
using draad::parse_label;
using draad::test::temp_dir;
using draad::test::write_file;

namespace {

// "speaker|time|kind|rest of the line" for a label, "-" for none.
std::string label_of(std::string_view line) {
  auto label = parse_label(line);
  if (!label) return "-";
  const char* kind = label->kind == LabelKind::role ? "role" : label->kind == LabelKind::code ? "code" : "name";
  return label->speaker + "|" + label->time + "|" + kind + "|" + std::string(line.substr(label->length));
}

// The paragraphs as "speaker|time|*text" lines (* when it opens a turn).
std::string paragraphs_of(std::string_view text, const std::vector<Paragraph>& paragraphs) {
  std::string out;
  for (const auto& p : paragraphs)
    out += p.speaker() + "|" + p.time() + "|" + (p.opens_turn ? "*" : "") +
           std::string(text.substr(p.begin, p.end - p.begin)) + "\n";
  return out;
}

std::string paragraphs_of(std::string_view text) { return paragraphs_of(text, draad::find_paragraphs(text)); }

std::string error_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const DataError& e) {
    return e.what();
  }
  return "(no error)";
}

}  // namespace

TEST_CASE("segment: speaker labels in every written form") {
  CHECK(label_of("Fatima: Ik begin.") == "Fatima||name| Ik begin.");
  CHECK(label_of("P3: Ja.") == "P3||code| Ja.");
  CHECK(label_of("R12:") == "R12||code|");
  CHECK(label_of("Interviewer: En u?") == "Interviewer||role| En u?");
  CHECK(label_of("gespreksleider: welkom") == "gespreksleider||role| welkom");
  CHECK(label_of("Deelnemer 4: Nou,") == "Deelnemer 4||role| Nou,");
  CHECK(label_of("Marieke van Dijk: Goedenavond") == "Marieke van Dijk||name| Goedenavond");
  CHECK(label_of("Youssef El Amrani:\tJa") == "Youssef El Amrani||name|\tJa");
  CHECK(label_of("Marie-José: Dat klopt") == "Marie-José||name| Dat klopt");
  CHECK(label_of("Özlem: Ik") == "Özlem||name| Ik");
  CHECK(label_of("[00:12:31] Fatima: Ja") == "Fatima|00:12:31|name| Ja");
  CHECK(label_of("(00:12:31) Fatima: Ja") == "Fatima|00:12:31|name| Ja");
  CHECK(label_of("00:12:31 Fatima: Ja") == "Fatima|00:12:31|name| Ja");
  CHECK(label_of("12:31 Fatima: Ja") == "Fatima|12:31|name| Ja");
  CHECK(label_of("Fatima (00:12:31): Ja") == "Fatima|00:12:31|name| Ja");
  CHECK(label_of("Fatima [00:12:31.250]: Ja") == "Fatima|00:12:31.250|name| Ja");
  CHECK(label_of("  Henk: ja\nAnneke: nee") == "Henk||name| ja\nAnneke: nee");
}

TEST_CASE("segment: phrases that only look like labels") {
  CHECK(label_of("Het punt is: niemand komt.") == "-");      // lower-case words that are no particles
  CHECK(label_of("Let op: voorlopig") == "-");
  CHECK(label_of("Op dinsdag 7 april 2026: opening") == "-");  // five words
  CHECK(label_of("zie: bijlage") == "-");                       // lower case, no role
  CHECK(label_of("https://draad.nl") == "-");
  CHECK(label_of("Tijd:13.00") == "-");                         // no space after the colon
  CHECK(label_of("10:30 uur begon het") == "-");
  CHECK(label_of("[00:12:31] tekst zonder naam") == "-");
  CHECK(label_of("● wederkerigheid: geven en nemen") == "-");
  CHECK(label_of("5. Wederkerigheid: geven") == "-");
  CHECK(label_of("Fatima (moderator): Ja") == "-");
  CHECK(label_of("") == "-");
  CHECK(label_of(":") == "-");
}

TEST_CASE("segment: paragraphs split at blank lines and at label lines, turns carry on") {
  std::string text =
      "Gespreksleider: Welkom.\n"
      "Fatima: Dank je.\n"
      "Nog een regel.\n"
      "\n"
      "  \t\n"
      "Een tweede alinea van Fatima.\n"
      "\n"
      "Kees:\n"
      "Ik zeg het op de volgende regel.\n"
      "Fatima: Tot slot.\n"
      "Kees: En ik.\n";
  CHECK(paragraphs_of(text) ==
        "Gespreksleider||*Welkom.\n"
        "Fatima||*Dank je.\nNog een regel.\n"
        "Fatima||Een tweede alinea van Fatima.\n"
        "Kees||*Ik zeg het op de volgende regel.\n"
        "Fatima||*Tot slot.\n"
        "Kees||*En ik.\n");
}

TEST_CASE("segment: a plain name counts only when repeated in a document with two speakers") {
  // Conclusie and Aanbeveling: one name each, or a single repeated name: a report.
  CHECK(paragraphs_of("Conclusie: a\n\nConclusie: b\n\nTekst.\n") == "||Conclusie: a\n||Conclusie: b\n||Tekst.\n");
  CHECK(paragraphs_of("Conclusie: a\n\nAanbeveling: b\n") == "||Conclusie: a\n||Aanbeveling: b\n");
  // Two repeated names: a transcript; a name said once is text there.
  CHECK(paragraphs_of("Anna: a\n\nBram: b\n\nAnna: c\n\nBram: d\n\nConclusie: e\n") ==
        "Anna||*a\nBram||*b\nAnna||*c\nBram||*d\nBram||Conclusie: e\n");
  // A role word or a timestamp counts at once, and makes the document a transcript.
  CHECK(paragraphs_of("Voorwoord.\n\nInterviewer: Vraag?\n") == "||Voorwoord.\nInterviewer||*Vraag?\n");
  CHECK(paragraphs_of("[00:01] Sem: Hoi.\n") == "Sem|00:01|*Hoi.\n");
  // P7 speaks once, but P1 and P2 repeat: codes with the same letters count.
  CHECK(paragraphs_of("P1: a\n\nP2: b\n\nP1: c\n\nP2: d\n\nP7: e\n\nQ1: f\n") ==
        "P1||*a\nP2||*b\nP1||*c\nP2||*d\nP7||*e\nP7||Q1: f\n");
  // Questions of a Mentimeter export are codes said once: no speakers.
  CHECK(paragraphs_of("Q1: Wat?\n\nantwoord\n\nQ2: Waarom?\n") == "||Q1: Wat?\n||antwoord\n||Q2: Waarom?\n");
  // Once labels show a pattern, a name said once is a speaker: in a transcript
  // (labels open half the lines or more), and where its label opens a paragraph
  // (issue 12: a participant who speaks once); inside a paragraph of a report
  // with a few quoted exchanges it is not.
  CHECK(paragraphs_of("Anna: a\nBram: b\nAnna: c\nYoussef: d\nBram: e\n") ==
        "Anna||*a\nBram||*b\nAnna||*c\nYoussef||*d\nBram||*e\n");
  CHECK(paragraphs_of("Een.\nTwee.\nDrie.\nVier.\nVijf.\n\nAnna: a\n\nBram: b\n\nAnna: c\n\nBram: d\n\nMarie: e\n") ==
        "||Een.\nTwee.\nDrie.\nVier.\nVijf.\nAnna||*a\nBram||*b\nAnna||*c\nBram||*d\nMarie||*e\n");
  CHECK(paragraphs_of("Een.\nTwee.\nDrie.\nVier.\nVijf.\n\nAnna: a\n\nBram: b\n\nAnna: c\n\nBram: d\nzei hij.\nMarie: e\n") ==
        "||Een.\nTwee.\nDrie.\nVier.\nVijf.\nAnna||*a\nBram||*b\nAnna||*c\nBram||*d\nzei hij.\nMarie: e\n");
  // Words that head the lines of reports are no speakers, however often they repeat.
  CHECK(paragraphs_of("Hoofdvraag: x\n\nSubvragen:\n- a\n\nHoofdvraag: y\n\nSubvragen:\n- b\n") ==
        "||Hoofdvraag: x\n||Subvragen:\n- a\n||Hoofdvraag: y\n||Subvragen:\n- b\n");
  // The same name in another case is the same speaker.
  CHECK(paragraphs_of("ANNA: a\n\nAnna: b\n\nBram: c\n\nBRAM: d\n") == "ANNA||*a\nANNA||*b\nBram||*c\nBram||*d\n");
}

TEST_CASE("segment: label-only paragraphs open a turn without text") {
  auto text = std::string("Sanne:\n\nIk begin.\n\nJelle: Ja.\n\nSanne: Goed.\n\nJelle: Mooi.\n");
  auto ps = draad::find_paragraphs(text);
  REQUIRE(ps.size() == 5);
  CHECK(ps[0].begin == ps[0].end);
  CHECK(ps[0].opens_turn);
  CHECK(paragraphs_of(text, ps) == "Sanne||*\nSanne||Ik begin.\nJelle||*Ja.\nSanne||*Goed.\nJelle||*Mooi.\n");
}

TEST_CASE("segment: WebVTT cues become one paragraph per turn") {
  std::string vtt =
      "WEBVTT - export\n\n"
      "NOTE\nsessie: 5\nplaats: Utrecht\n\n"
      "STYLE\n::cue { color: red }\n\n"
      "1\n00:00:04.210 --> 00:00:07.655\n<v Marieke van Dijk>Goedenavond, <b>welkom</b></v>\n\n"
      "2\n00:00:07.796 --> 00:00:11.477 align:start\n<v Marieke van Dijk>in Overvecht.</v>\n\n"
      "NOTE een gewone opmerking\n\n"
      "00:00:12.000 --> 00:00:13.000\n<v.loud Ans>Nou &amp; ik\nwil wel &lt;3</v>\n\n"
      "00:00:13.500 --> 00:00:14.000\nen verder\n";
  auto doc = draad::parse_webvtt(vtt, "x.vtt");
  CHECK(doc.text == "Marieke van Dijk: Goedenavond, welkom in Overvecht.\n\nAns: Nou & ik wil wel <3 en verder\n");
  CHECK(paragraphs_of(doc.text, doc.paragraphs) ==
        "Marieke van Dijk|00:00:04.210|*Goedenavond, welkom in Overvecht.\n"
        "Ans|00:00:12.000|*Nou & ik wil wel <3 en verder\n");
  CHECK(doc.attributes == draad::Attributes{{"sessie", "5"}, {"plaats", "Utrecht"}});
  CHECK(draad::webvtt_note_attributes(vtt.substr(0, 60), "x.vtt") == draad::Attributes{{"sessie", "5"}, {"plaats", "Utrecht"}});
}

TEST_CASE("segment: SRT cues with Name: prefixes, unlabelled cues continue the turn") {
  std::string srt =
      "1\n00:00:01,000 --> 00:00:02,000\nInterviewer: Wie begint?\n\n"
      "2\n00:00:02,500 --> 00:00:04,000\nSem: Ik.\n<i>Ik woon</i> in Lombok.\n\n"
      "3\n00:00:04,100 --> 00:00:06,000\n{\\an8}Al tien jaar.\n\n"
      "4\n00:00:06,500 --> 00:00:07,000\nInterviewer: Dank je.\n\n"
      "5\n00:00:07,200 --> 00:00:08,000\nSem: Graag.\n";
  auto doc = draad::parse_srt(srt, "x.srt");
  CHECK(paragraphs_of(doc.text, doc.paragraphs) ==
        "Interviewer|00:00:01,000|*Wie begint?\n"
        "Sem|00:00:02,500|*Ik. Ik woon in Lombok. Al tien jaar.\n"
        "Interviewer|00:00:06,500|*Dank je.\n"
        "Sem|00:00:07,200|*Graag.\n");
}

TEST_CASE("segment: broken subtitle files are located errors") {
  CHECK(error_of([] { draad::parse_webvtt("1\n00:00:01.000 --> 00:00:02.000\nHoi\n", "a.vtt"); }) ==
        "a.vtt:1:1: not a WebVTT file: the first line must be 'WEBVTT'");
  CHECK(error_of([] { draad::parse_webvtt("WEBVTT\n\n1\nHoi\n", "a.vtt"); }) ==
        "a.vtt:3:1: not a WebVTT cue: expected a timing line such as '00:00:04.210 --> 00:00:07.655'");
  CHECK(error_of([] { draad::parse_srt("1\nvier uur --> vijf uur\nHoi\n", "a.srt"); }) ==
        "a.srt:2:1: bad cue start time 'vier uur'");
  CHECK(error_of([] { draad::parse_webvtt("WEBVTT\n\nNOTE\ntext: x\n", "a.vtt"); }) ==
        "a.vtt:4:1: NOTE key 'text' is also a segment column; rename it");
}

TEST_CASE("segment: a subtitle file's check agrees with its parse, reading less") {
  auto webvtt_agrees = [](const std::string& vtt) {
    const draad::SubtitleCheck check = draad::check_webvtt(vtt, "x.vtt");
    const draad::SubtitleDocument doc = draad::parse_webvtt(vtt, "x.vtt");
    CHECK(check.attributes == doc.attributes);
    return check.has_text == !doc.paragraphs.empty() ? std::optional<bool>(check.has_text) : std::nullopt;
  };
  const std::string cue = "00:00:01.000 --> 00:00:02.000\n";
  CHECK(webvtt_agrees("WEBVTT\n\nNOTE\nsessie: 1\n\n" + cue + "Hoi.\n") == true);
  CHECK(webvtt_agrees("WEBVTT\n\nNOTE\nsessie: 1\n") == false);
  // Labels that count with nothing after them give no paragraph ...
  CHECK(webvtt_agrees("WEBVTT\n\n" + cue + "Interviewer:\n\n" + cue + "Interviewer:\n") == false);
  // ... a name said once does not count, so its label is the text.
  CHECK(webvtt_agrees("WEBVTT\n\n" + cue + "Anna:\n") == true);
  CHECK(webvtt_agrees("WEBVTT\n\n" + cue + "<v Anna></v>\n\n" + cue + "<v Bram>Ja.</v>\n") == true);
  // Every cue's timing is checked, also after the first with text.
  CHECK(error_of([&] { draad::check_webvtt("WEBVTT\n\n" + cue + "Hoi.\n\n1\nGeen tijd.\n", "a.vtt"); }) ==
        "a.vtt:6:1: not a WebVTT cue: expected a timing line such as '00:00:04.210 --> 00:00:07.655'");
  CHECK(error_of([] { draad::check_webvtt("WEBVTT\n\nNOTE\ntext: x\n", "a.vtt"); }) ==
        "a.vtt:4:1: NOTE key 'text' is also a segment column; rename it");
  CHECK(draad::check_srt("1\n00:00:01,000 --> 00:00:02,000\nSem: Ik.\n", "x.srt").has_text);
  CHECK_FALSE(draad::check_srt("1\n00:00:01,000 --> 00:00:02,000\n<i></i>\n", "x.srt").has_text);
  CHECK(error_of([] { draad::check_srt("1\n00:00:01,000 --> 00:00:02,000\nIk.\n\n2\nvier uur --> vijf uur\nHoi\n", "a.srt"); }) ==
        "a.srt:6:1: bad cue start time 'vier uur'");
}

TEST_CASE("segment: front matter gives scalar attributes and where the text starts") {
  std::string text = "---\nsessie: 1\nplaats: Zwolle\ndeelnemers: [Anneke, Henk]\nleeg:\n---\nTekst.\n";
  auto fm = draad::parse_front_matter(text, "z.txt");
  CHECK(fm.attributes ==
        draad::Attributes{{"sessie", "1"}, {"plaats", "Zwolle"}, {"deelnemers", "Anneke; Henk"}, {"leeg", ""}});
  CHECK(text.substr(fm.length) == "Tekst.\n");
  CHECK(draad::parse_front_matter("Geen front matter.\n---\n", "z.txt").length == 0);
  CHECK(draad::parse_front_matter("---\n...\n", "z.txt").length == 8);
  CHECK(draad::front_matter_length("---\nsessie: 1\n") == std::string::npos);
  CHECK(error_of([] { draad::parse_front_matter("---\nsessie: 1\n", "z.txt"); }) ==
        "z.txt:1:1: the front matter opened here is not closed by a '---' line");
  CHECK(error_of([] { draad::parse_front_matter("---\nsessie: 1\n  plaats: [\n---\n", "z.txt"); }).rfind(
            "z.txt:3:", 0) == 0);
  CHECK(error_of([] { draad::parse_front_matter("---\n- a\n- b\n---\n", "z.txt"); }) ==
        "z.txt:2:1: the front matter must be 'key: value' lines (a YAML mapping)");
  CHECK(error_of([] { draad::parse_front_matter("---\nsessie: 1\nspeaker: Jan\n---\n", "z.txt"); }) ==
        "z.txt:3:1: front matter key 'speaker' is also a segment column; rename it");
  CHECK(error_of([] { draad::parse_front_matter("---\nsessie: 1\nplaats: 'Ede'\nsessie: 2\n---\n", "z.txt"); }) ==
        "z.txt:4:1: front matter key 'sessie' is given twice (first on line 2)");
  CHECK(error_of([] { draad::parse_front_matter("---\nsessie: 1\nplaats: {stad: Ede}\n---\n", "z.txt"); }) ==
        "z.txt:3:1: front matter key 'plaats' holds a mapping or nested list; an attribute is a single value or a "
        "list of values");
}

TEST_CASE("segment: front matter values are what YAML makes of them, plain or quoted") {
  auto attributes = [](const std::string& yaml) { return draad::parse_front_matter("---\n" + yaml + "---\nT\n", "z.txt").attributes; };
  CHECK(attributes("sessie: 8\nplaats:  Den Haag  \n\ndatum: 2026-04-28\nleeg:\nniets: ~\ntijd: 12:30\nurl: http://x.nl/a\n") ==
        draad::Attributes{{"sessie", "8"}, {"plaats", "Den Haag"}, {"datum", "2026-04-28"}, {"leeg", ""}, {"niets", ""},
                          {"tijd", "12:30"}, {"url", "http://x.nl/a"}});
  CHECK(attributes("titel: 'Wonen: samen'\nnoot: kort # commentaar\nwie: \"Anneke\"\n") ==
        draad::Attributes{{"titel", "Wonen: samen"}, {"noot", "kort"}, {"wie", "Anneke"}});
  CHECK(error_of([&] { attributes("a: x: y\n"); }).rfind("z.txt:2:", 0) == 0);
}

TEST_CASE("segment: a --meta or --speakers column named like a segment column is refused") {
  const std::string dir = temp_dir();
  write_file(dir + "/meta.csv", "doc,plaats,text\nzwolle,Zwolle,x\n");
  write_file(dir + "/sprekers.tsv", "doc\tspeaker\trol\tstart\nzwolle\tAnna\tbewoner\t1\n");
  write_file(dir + "/goed.tsv", "speaker\tdoc\trol\nAnna\tzwolle\tbewoner\n");
  CHECK(error_of([&] { draad::DocumentTable t(dir + "/meta.csv"); }) ==
        dir + "/meta.csv:1: column 'text' is also a segment column; rename it");
  CHECK(error_of([&] { draad::SpeakerTable t(dir + "/sprekers.tsv"); }) ==
        dir + "/sprekers.tsv:1: column 'start' is also a segment column; rename it");
  draad::SpeakerTable speakers(dir + "/goed.tsv");  // doc and speaker are keys, not attributes
  CHECK(speakers.columns() == std::vector<std::string>{"rol"});
  CHECK(*speakers.find("zwolle", "anna") == std::vector<std::string>{"bewoner"});
}

TEST_CASE("segment: a named file that vanishes after the start is a located error, a walked one is skipped and said") {
  std::string dir = temp_dir();
  write_file(dir + "/a.txt", "Eerste document.\n");
  write_file(dir + "/b.txt", "Tweede document.\n");
  draad::Segmenter named({dir + "/a.txt", dir + "/b.txt"}, {});
  std::vector<std::string> messages;
  draad::SegmentOptions options;
  options.report = [&](const std::string& message) { messages.push_back(message); };
  draad::Segmenter walked({dir}, options);
  std::filesystem::remove(dir + "/b.txt");
  std::vector<std::string> docs;
  CHECK(error_of([&] { named.run([&](const std::vector<std::string>& r) { docs.push_back(r[0]); }); }) ==
        dir + "/b.txt: vanished during the run (it was there when the run started)");
  CHECK(docs == std::vector<std::string>{"a"});
  docs.clear();
  walked.run([&](const std::vector<std::string>& r) { docs.push_back(r[0]); });
  CHECK(docs == std::vector<std::string>{"a"});
  CHECK(messages == std::vector<std::string>{
                        dir + "/b.txt: skipped: vanished during the run (it was there when the run started)",
                        "1 document read, 1 skipped"});
}

TEST_CASE("segment: units parse by name, with a suggestion for a typo") {
  CHECK(draad::parse_unit("sentence") == draad::Unit::sentence);
  CHECK(std::string(draad::unit_name(draad::Unit::turn)) == "turn");
  CHECK_THROWS_WITH_AS(draad::parse_unit("sentense"),
                       "unknown unit 'sentense': choose paragraph, turn, line, sentence or document (did you mean 'sentence'?)",
                       draad::UsageError);
}
