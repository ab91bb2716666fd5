// draad segment and draad code on answer tables (--text, --id) and Markdown
// transcripts (bold labels, headings as sections).
#include <doctest/doctest.h>

#include <string>

#include "support.h"

using draad::test::read_file;
using draad::test::run_draad;
using draad::test::temp_dir;
using draad::test::write_file;

namespace {

const std::string kFormulier = "tests/data/tables/formulier.csv";
const std::string kWaardeert = "Wat waardeert u in uw buurt?";
const std::string kMist = "Wat mist u in uw buurt?";

}  // namespace

TEST_CASE("segment --text: a Forms-style CSV gives one response per answer, the question in its own column") {
  const std::string dir = temp_dir();
  auto r = run_draad({"segment", kFormulier, "--text", kWaardeert, "--text", kMist, "--id", "Respondent",
                      "--emit-text", dir});
  CHECK(r.status == 0);
  CHECK(r.err == "draad segment: tests/data/tables/formulier.csv: 2 empty answers left out (no segment)\n");
  const std::string tail1 = "\t12-03-2026 19:04\tKattenbroek\t35-49\t7,5\n";
  const std::string tail2 = "\t12-03-2026 19:11\tVathorst\t65+\t6\n";
  const std::string tail5 = "\t12-03-2026 19:31\tVathorst\t35-49\t7\n";
  CHECK(r.out ==
        "doc\tseg\tunit\tspeaker\tstart\tend\ttext\ttime\tquestion\tIngevuld op\tWijk\tLeeftijd\tRapportcijfer\n"
        "formulier\t1\tresponse\tR001\t0\t68\tDe speeltuin bij de school, daar kom je vanzelf andere ouders tegen.\t\t" +
            kWaardeert + tail1 +
            "formulier\t2\tresponse\tR001\t70\t118\tEen plek om binnen af te spreken als het regent.\t\t" + kMist + tail1 +
            "formulier\t3\tresponse\tR002\t120\t228\tMijn buren. Als ik boodschappen nodig heb, staan ze klaar.\\n"
            "Dat had ik niet verwacht toen ik hier kwam wonen.\t\t" + kWaardeert + tail2 +
            "formulier\t4\tresponse\tR002\t230\t256\tEen bankje bij de bushalte\t\t" + kMist + tail2 +
            "formulier\t5\tresponse\tR003\t258\t311\tMeer \"gewone\" activiteiten; niet alleen voor gezinnen\t\t" + kMist +
            "\t12-03-2026 19:20\tKattenbroek\t18-34\t8\n"
            "formulier\t6\tresponse\tR004\t313\t327\tNiks eigenlijk\t\t" + kWaardeert +
            "\t12-03-2026 19:26\tSchothorst\t50-64\t5,5\n"
            "formulier\t7\tresponse\tR005\t329\t359\tHet buurthuis op woensdagavond\t\t" + kWaardeert + tail5 +
            "formulier\t8\tresponse\tR005\t361\t405\tEen buurthuis dat ook in het weekend open is\t\t" + kMist + tail5);
  // The document text: the answers joined by blank lines; offsets point into it.
  const std::string text = read_file(dir + "/formulier.txt");
  CHECK(text.substr(0, 70) == "De speeltuin bij de school, daar kom je vanzelf andere ouders tegen.\n\n");
  CHECK(text.substr(text.size() - 47) == "\n\nEen buurthuis dat ook in het weekend open is\n");
  CHECK(text.size() == 406);  // all ASCII: bytes are code points
}

TEST_CASE("segment --text: a Mentimeter-style workbook, the title block above the header is said and skipped") {
  auto r = run_draad({"segment", "tests/data/tables/mentimeter.xlsx", "--text",
                      "Wat heeft u nodig om uw buren beter te leren kennen?", "--id", "Deelnemer"});
  CHECK(r.status == 0);
  CHECK(r.err ==
        "draad segment: tests/data/tables/mentimeter.xlsx: the 2 rows above the header are not read (a title block)\n"
        "draad segment: tests/data/tables/mentimeter.xlsx: 1 empty answer left out (no segment)\n");
  const std::string q = "\t\tWat heeft u nodig om uw buren beter te leren kennen?\t";
  CHECK(r.out ==
        "doc\tseg\tunit\tspeaker\tstart\tend\ttext\ttime\tquestion\tTijdstip\tAantal jaren in de wijk\t"
        "Welk woord past bij uw wijk?\n"
        "mentimeter\t1\tresponse\tDeelnemer 1\t0\t57\tEen reden om aan te bellen.\\nIk wil niet opdringerig zijn." + q +
            "21:05\t12\trustig\n"
            "mentimeter\t2\tresponse\tDeelnemer 2\t59\t69\tbuurtbbq!!" + q + "21:06\t2,5\t\n"
            "mentimeter\t3\tresponse\tDeelnemer 4\t71\t125\tTaal. Mijn Nederlands is nog niet goed & ik schaam me." + q +
            "21:08\t0,5\tgroen\n");
}

TEST_CASE("segment --text: a LibreOffice .ods sheet reads as displayed, its million empty rows cost nothing") {
  const std::string q = "Wat zou u aan het plein veranderen?";
  auto r = run_draad({"segment", "tests/data/tables/enquete.ods", "--text", q, "--id", "Respondent"});
  CHECK(r.status == 0);
  CHECK(r.err == "draad segment: tests/data/tables/enquete.ods: 1 empty answer left out (no segment)\n");
  CHECK(r.out ==
        "doc\tseg\tunit\tspeaker\tstart\tend\ttext\ttime\tquestion\tWijk\tCijfer\n"
        "enquete\t1\tresponse\tA-01\t0\t48\tMeer bankjes in de schaduw.\\nEn een watertappunt.\t\t" + q + "\tNoord\t7,5\n"
        "enquete\t2\tresponse\tA-03\t50\t79\tNiets, het is goed zo.  Echt.\t\t" + q + "\tNoord\t8\n");
  auto missing = run_draad({"segment", "tests/data/tables/enquete.ods", "--text", "Vraag"});
  CHECK(missing.status == 1);
  CHECK(missing.err ==
        "draad segment: tests/data/tables/enquete.ods:1: missing required column 'Vraag' (the header has: Respondent, "
        "Wijk, Cijfer, Wat zou u aan het plein veranderen?)\n");
}

TEST_CASE("segment --text: bad tables are located errors, a table without --text is a usage error") {
  auto missing = run_draad({"segment", kFormulier, "--text", "Wat mist u in de buurt?"});
  CHECK(missing.status == 1);
  CHECK(missing.out == "");
  CHECK(missing.err ==
        "draad segment: tests/data/tables/formulier.csv:1: missing required column 'Wat mist u in de buurt?' (did you "
        "mean 'Wat mist u in uw buurt?'?) (the header has: Respondent, Ingevuld op, Wijk, Leeftijd, Rapportcijfer, Wat "
        "waardeert u in uw buurt?, Wat mist u in uw buurt?)\n");
  const std::string dir = temp_dir();
  write_file(dir + "/open.csv", "nr;antwoord\n1;ja\n2;\"nee, want\n3;misschien\n");
  auto quote = run_draad({"segment", dir + "/open.csv", "--text", "antwoord"});
  CHECK(quote.status == 1);
  CHECK(quote.out == "");
  CHECK(quote.err == "draad segment: " + dir + "/open.csv:3:3: unterminated quote: no closing '\"' before the end of the file\n");
  auto no_text = run_draad({"segment", kFormulier});
  CHECK(no_text.status == 2);
  CHECK(no_text.err.find("formulier.csv is a table: name the column(s) holding the answers with --text COLUMN "
                         "(its columns: Respondent, Ingevuld op,") != std::string::npos);
  // A title block above the header is passed over in the column list.
  auto titled = run_draad({"segment", "tests/data/tables/mentimeter.xlsx"});
  CHECK(titled.status == 2);
  CHECK(titled.err.find("mentimeter.xlsx is a table: name the column(s) holding the answers with --text COLUMN (its "
                        "columns: Deelnemer, Tijdstip, Aantal jaren in de wijk, Wat heeft u nodig om uw buren beter te "
                        "leren kennen?, Welk woord past bij uw wijk?)\n") != std::string::npos);
  write_file(dir + "/leeg.csv", "nr;antwoord\n1;\n2; \n");
  auto empty = run_draad({"segment", dir + "/leeg.csv", "--text", "antwoord"});
  CHECK(empty.status == 1);
  CHECK(empty.err == "draad segment: " + dir + "/leeg.csv: no answers: every row is empty in antwoord\n");
}

TEST_CASE("segment --text: standard input and a .tsv table, draad code codes answers the same way") {
  auto in = run_draad({"segment", "-", "--text", "antwoord"}, "wijk\tantwoord\nOost\tHet buurthuis is fijn.\n");
  CHECK(in.status == 0);
  CHECK(in.out ==
        "doc\tseg\tunit\tspeaker\tstart\tend\ttext\ttime\tquestion\twijk\n"
        "stdin\t1\tresponse\t\t0\t22\tHet buurthuis is fijn.\t\tantwoord\tOost\n");
  const std::string dir = temp_dir();
  write_file(dir + "/antwoorden.tsv", "wijk\tantwoord\nOost\tHet buurthuis is fijn.\nWest\tGeen idee.\n");
  auto direct = run_draad({"code", dir + "/antwoorden.tsv", "--text", "antwoord"});
  auto piped = draad::test::shell("draad segment " + dir + "/antwoorden.tsv --text antwoord | draad code");
  CHECK(direct.status == 0);
  CHECK(direct.out == piped.out);
  CHECK(direct.out.find("antwoorden\t1\tontmoeting/ontmoetingsplek\t") != std::string::npos);
}

TEST_CASE("segment: a Markdown transcript: bold labels are speakers, headings are sections, not text") {
  auto r = run_draad({"segment", "tests/data/segment/gesprek-apeldoorn.md", "--unit", "turn"});
  CHECK(r.status == 0);
  CHECK(r.err == "");
  const std::string one = "\t\tRonde 1: de buurt\t12\tApeldoorn\n", two = "\t\tRonde 2: ontmoeten\t12\tApeldoorn\n";
  CHECK(r.out ==
        "doc\tseg\tunit\tspeaker\tstart\tend\ttext\ttime\tsection\tsessie\tplaats\n"
        "gesprek-apeldoorn\t1\tturn\tGespreksleider\t70\t121\tWelkom allemaal. Wat betekent de buurt voor jullie?" + one +
        "gesprek-apeldoorn\t2\tturn\tSanne\t134\t236\tVoor mij is het de plek waar mijn kinderen buiten spelen.\\n"
        "Ik ken de meeste ouders van het schoolplein." + one +
        "gesprek-apeldoorn\t3\tturn\tYusuf\t249\t306\tIk woon hier pas een jaar. Ik ken vooral mijn bovenburen." + one +
        "gesprek-apeldoorn\t4\tturn\tGespreksleider\t328\t359\tHoe kwam dat contact tot stand?" + one +
        "gesprek-apeldoorn\t5\tturn\tYusuf\t372\t413\tVia een pakketje dat bij hen was bezorgd." + one +
        "gesprek-apeldoorn\t6\tturn\tGespreksleider\t458\t489\tWaar komen jullie elkaar tegen?" + two +
        "gesprek-apeldoorn\t7\tturn\tSanne\t502\t548\tBij de supermarkt, en op zaterdag op de markt." + two +
        "gesprek-apeldoorn\t8\tturn\tHenk\t560\t643\tNergens meer, sinds het buurthuis dicht is.\\n\\n"
        "Conclusie: het buurthuis wordt gemist." + two);
}

TEST_CASE("segment: walking a directory names every file it does not read, with its reason, and sums up") {
  const std::string dir = temp_dir();
  write_file(dir + "/a.txt", "Anna: Goed.\n");
  write_file(dir + "/b.md", "# Kop\n\nTekst.\n");
  write_file(dir + "/leeg.txt", "");
  write_file(dir + "/.verborgen.txt", "Niet lezen.\n");
  write_file(dir + "/.git/config", "x\n");
  write_file(dir + "/notities.rtf", "x");
  write_file(dir + "/LEESMIJ", "x\n");
  write_file(dir + "/antwoorden.csv", "nr,antwoord\n1,Ja.\n");
  write_file(dir + "/concept/c.txt", "Concept.\n");
  write_file(dir + "/oud/d.txt", "Oud.\n");
  auto r = run_draad({"segment", dir, "--unit", "document"});
  CHECK(r.status == 0);
  const std::string p = "draad segment: " + dir + "/";
  CHECK(r.err == p + ".git: skipped: hidden directory\n" +
                     p + ".verborgen.txt: skipped: hidden\n" +
                     p + "LEESMIJ: skipped: unsupported type (no extension)\n" +
                     p + "antwoorden.csv: skipped: a table: name its answer column with --text COLUMN to read it\n" +
                     p + "leeg.txt: skipped: empty\n" +
                     p + "notities.rtf: skipped: unsupported type (.rtf)\n" +
                     "draad segment: 4 documents read, 6 skipped\n");
  // --text reads the table; a table in the directory without that column is skipped, not an error.
  write_file(dir + "/sprekers.tsv", "speaker\trol\nAnna\tbewoner\n");
  auto tables = run_draad({"segment", dir, "--unit", "document", "--text", "antwoord", "--exclude", "concept", "--exclude", "oud/*.txt", "--exclude", "leeg.txt",
                           "--include", "*.csv", "--include", "*.tsv", "--include", "*.md"});
  CHECK(tables.status == 0);
  CHECK(tables.err == p + ".git: skipped: hidden directory\n" +
                          p + ".verborgen.txt: skipped: hidden\n" +
                          p + "LEESMIJ: skipped: not matched by --include\n" +
                          p + "a.txt: skipped: not matched by --include\n" +
                          p + "concept: skipped: directory excluded by --exclude 'concept'\n" +
                          p + "leeg.txt: skipped: excluded by --exclude 'leeg.txt'\n" +
                          p + "notities.rtf: skipped: not matched by --include\n" +
                          p + "oud/d.txt: skipped: excluded by --exclude 'oud/*.txt'\n" +
                          p + "sprekers.tsv:1: skipped: missing required column 'antwoord' (the header has: speaker, rol)\n" +
                          "draad segment: 2 documents read, 9 skipped\n");
  CHECK(tables.out.find("antwoorden\t1\tresponse\t\t0\t3\tJa.\t\tantwoord\t1\t\n") != std::string::npos);
  // The --speakers table is read as such: the walk passes it by without a word.
  auto speakers = run_draad({"segment", dir, "--unit", "document", "--include", "*.txt", "--exclude", "leeg.txt",
                             "--exclude", "concept", "--exclude", "oud", "--speakers", dir + "/sprekers.tsv"});
  CHECK(speakers.status == 0);
  CHECK(speakers.err == p + ".git: skipped: hidden directory\n" +
                            p + ".verborgen.txt: skipped: hidden\n" +
                            p + "LEESMIJ: skipped: not matched by --include\n" +
                            p + "antwoorden.csv: skipped: not matched by --include\n" +
                            p + "b.md: skipped: not matched by --include\n" +
                            p + "concept: skipped: directory excluded by --exclude 'concept'\n" +
                            p + "leeg.txt: skipped: excluded by --exclude 'leeg.txt'\n" +
                            p + "notities.rtf: skipped: not matched by --include\n" +
                            p + "oud: skipped: directory excluded by --exclude 'oud'\n" +
                            "draad segment: 1 document read, 9 skipped\n");
  // A file named on the command line is read whatever the globs say.
  auto named = run_draad({"segment", dir + "/a.txt", "--exclude", "*.txt"});
  CHECK(named.status == 0);
  CHECK(named.err == "");
}

TEST_CASE("segment: participants who speak once are turns of their own, --speakers names count anywhere") {
  const std::string transcript =
      "Interviewer: Hoe bevalt de buurt?\nAnna: Goed.\nInterviewer: En u?\nBram: Matig.\n\nNoot: Bram woont hier pas kort.\n";
  auto r = run_draad({"segment", "-", "--unit", "turn"}, transcript);
  CHECK(r.status == 0);
  CHECK(r.out ==
        "doc\tseg\tunit\tspeaker\tstart\tend\ttext\ttime\n"
        "stdin\t1\tturn\tInterviewer\t13\t33\tHoe bevalt de buurt?\t\n"
        "stdin\t2\tturn\tAnna\t40\t45\tGoed.\t\n"
        "stdin\t3\tturn\tInterviewer\t59\t64\tEn u?\t\n"
        "stdin\t4\tturn\tBram\t71\t110\tMatig.\\n\\nNoot: Bram woont hier pas kort.\t\n");
  // A report without any other label: a name listed in --speakers still opens a turn.
  const std::string dir = temp_dir();
  write_file(dir + "/sprekers.csv", "speaker,rol\nAnna,bewoner\n");
  auto listed = run_draad({"segment", "-", "--speakers", dir + "/sprekers.csv"}, "Verslag van de avond.\n\nAnna: Goed.\n");
  CHECK(listed.status == 0);
  CHECK(listed.out ==
        "doc\tseg\tunit\tspeaker\tstart\tend\ttext\ttime\trol\n"
        "stdin\t1\tparagraph\t\t0\t21\tVerslag van de avond.\t\t\n"
        "stdin\t2\tparagraph\tAnna\t29\t34\tGoed.\t\tbewoner\n");
}

// Saved by LibreOffice Calc (scripts/make-office-documents), not by draad's
// own fixture scripts: its title block, styles, number formats and CSV quoting.
TEST_CASE("segment --text: a survey LibreOffice saved as .ods, .xlsx and .csv gives the same answers, dates and marks") {
  const std::string expected = read_file(draad::test::data_path("readers/office/enquete-vathorst.verwacht.tsv"));
  for (const std::string ext : {".ods", ".xlsx", ".csv"}) {
    CAPTURE(ext);
    const std::string file = "tests/data/readers/office/enquete-vathorst" + ext;
    auto r = draad::test::shell("draad segment " + file +
                                " --id Respondent --text 'Wat waardeert u in uw buurt?' --text 'Wat zou u willen "
                                "veranderen?' | cut -f4,7,9-");
    CHECK(r.status == 0);
    CHECK(r.out == expected);
    CHECK(r.err == "draad segment: " + file + ": the 2 rows above the header are not read (a title block)\n"
                   "draad segment: " + file + ": 2 empty answers left out (no segment)\n");
  }
}
