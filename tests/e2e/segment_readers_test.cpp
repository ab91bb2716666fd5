// draad segment and draad code on Word, OpenDocument and PDF files.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "support.h"

using draad::test::data_path;
using draad::test::read_file;
using draad::test::words;
using draad::test::run_draad;
using draad::test::shell;
using draad::test::temp_dir;

TEST_CASE("segment: a Teams transcript in .docx gives turns with speaker and time, and its properties") {
  auto r = shell("draad segment tests/data/readers/teams-leiden.docx --unit turn | cut -f1-6,8- | head -n 4");
  CHECK(r.out ==
        "doc\tseg\tunit\tspeaker\tstart\tend\ttime\tsection\ttitle\tauthor\tcreated\n"
        "teams-leiden\t1\tturn\t\t0\t67\t\t\tGesprekstafel Leiden - ontmoeten in de wijk\tMarieke de Vries\t"
        "2026-10-28T19:02:00Z\n"
        "teams-leiden\t2\tturn\tMarieke de Vries\t94\t281\t0:03\t\tGesprekstafel Leiden - ontmoeten in de wijk\t"
        "Marieke de Vries\t2026-10-28T19:02:00Z\n"
        "teams-leiden\t3\tturn\tYoussef El Amrani\t309\t441\t0:41\t\tGesprekstafel Leiden - ontmoeten in de wijk\t"
        "Marieke de Vries\t2026-10-28T19:02:00Z\n");
  auto speakers = shell("draad segment tests/data/readers/teams-leiden.docx --unit turn | cut -f4 | tail -n +3 | "
                        "sort | uniq -c");
  CHECK(speakers.out == "      1 Daan Kok\n      2 Ineke Bos\n      3 Marieke de Vries\n      2 Youssef El Amrani\n");
}

TEST_CASE("segment: a .docx report leaves its notes out and says so. --notes takes them in, headings are sections") {
  auto r = shell("draad segment tests/data/readers/verslag.docx --unit line | cut -f7,9");
  CHECK(r.status == 0);
  CHECK(r.out ==
        "text\tsection\nDe voorzitter opent om 19.30 uur. Er zijn twaalf bewoners.\tOpening\n"
        "Anna: Ik wil het over de speeltuin hebben.\tOpening\nDie is al maanden dicht.\tOpening\n"
        "Aanwezig\\tBewoners, wijkagent\tOpening\n- Bankjes bij het plein\tAfspraken\n"
        "- Meer licht in het park\tAfspraken\n1. Brief aan de gemeente\tAfspraken\na) Voor 1 december\tAfspraken\n"
        "2. Inloopavond plannen\tAfspraken\nWie\tAfspraken\nWat\tAfspraken\nBram\tAfspraken\n"
        "Belt de woningcorporatie\tAfspraken\nTekst toegevoegd\tAfspraken\nZie de website en pagina 3.\tAfspraken\n"
        "Foto van het plein\tAfspraken\nOnderschrift in een tekstvak\tAfspraken\nEinde van het verslag.\tAfspraken\n");
  CHECK(r.err == "draad segment: tests/data/readers/verslag.docx: left out 1 footnote, 1 comment, 1 page header, "
                 "1 page footer and 1 table of contents (--notes takes them in)\n");
  auto notes = shell("draad segment tests/data/readers/verslag.docx --notes | tail -n 6 | cut -f7");
  CHECK(notes.out == "Vastgesteld in de volgende vergadering.\nNamen nog controleren.\nWijkraad Oost\nPagina 1\n"
                     "Opening\\t1\nAfspraken\\t1\n");
  CHECK(notes.err == "");
}

TEST_CASE("segment: an .odt report and the PDF printed from it give the same turns") {
  // A heading of the .odt ends a turn and is the section of those below it.
  auto odt = shell("draad segment tests/data/readers/verslag-deventer.odt --unit turn | cut -f2,4,9");
  CHECK(odt.out == "seg\tspeaker\tsection\n1\t\tVerslag gesprekstafel Deventer\n2\t\tOpzet\n"
                   "3\tGespreksleider\tWat er gezegd werd\n4\tDeelnemer 1\tWat er gezegd werd\n"
                   "5\tDeelnemer 2\tWat er gezegd werd\n6\tGespreksleider\tWat er gezegd werd\n"
                   "7\tDeelnemer 1\tWat er gezegd werd\n8\tDeelnemer 2\tWat er gezegd werd\n9\t\tRode draden\n"
                   "10\t\tAfspraken\n");
  CHECK(odt.err == "draad segment: tests/data/readers/verslag-deventer.odt: left out 1 footnote, 1 comment, "
                   "1 page header and 1 page footer (--notes takes them in)\n");
  auto pdf = run_draad({"segment", "tests/data/readers/verslag-deventer.pdf", "--unit", "turn", "--verbose"});
  CHECK(pdf.status == 0);
  const std::string name = "draad segment: tests/data/readers/verslag-deventer.pdf: ";
  CHECK(pdf.err == name + "reflowed as a PDF extract (its pages; --reflow off to keep the lines)\n" +
                       name + "page 1: reflow dropped 'Samenleven in diversiteit - gesprekstafel Deventer'\n" +
                       name + "page 1: reflow dropped 'Pagina 1 van 3'\n" +
                       name + "page 2: reflow dropped 'Samenleven in diversiteit - gesprekstafel Deventer'\n" +
                       name + "page 2: reflow dropped 'Pagina 2 van 3'\n" +
                       name + "page 3: reflow dropped 'Samenleven in diversiteit - gesprekstafel Deventer'\n" +
                       name + "page 3: reflow dropped 'Pagina 3 van 3'\n" +
                       name + "reflow dropped 6 lines as page headers, footers or numbers (--reflow off keeps them)\n");
  // The PDF has no headings: its first turn holds the title and the Opzet.
  const std::string turns = " --unit turn | cut -f4,7 | sed -n ";
  auto from_odt = shell("draad segment tests/data/readers/verslag-deventer.odt" + turns + "4,8p");
  auto from_pdf = shell("draad segment tests/data/readers/verslag-deventer.pdf" + turns + "3,7p");
  CHECK(from_pdf.out == from_odt.out);
  CHECK(from_pdf.out.find("Deelnemer 1\tIn de nieuwe wijk aan de rivier. Daar is alles netjes, maar er is geen bankje "
                          "en geen winkel.\n") != std::string::npos);
}

TEST_CASE("segment: a PDF is read as a PDF whatever its name, never as text") {
  auto r = shell("draad segment tests/data/readers/eigenlijk-pdf.txt | cut -f1,7");
  // Its running header, on both of its two pages, is dropped with the page numbers.
  CHECK(r.out == "doc\ttext\n"
                 "eigenlijk-pdf\tOp de eerste pagina begint een zin die doorloopt tot op de volgende regel.\n"
                 "eigenlijk-pdf\tDe tweede pagina heeft een eigen alinea.\n");
}

TEST_CASE("code: codes Word, OpenDocument and PDF files as it codes text") {
  const std::string codes = " | cut -f3 | grep . | sort | uniq -c";
  auto odt = shell("draad code tests/data/readers/verslag-deventer.odt" + codes);
  CHECK(odt.status == 0);
  // The Gespreksleider's question "Wie wil beginnen met een plek waar je anderen ontmoet?" codes
  // nothing (the default codebook's questions); "mensen elkaar vaker zien" is the phrase "elkaar zien".
  // "Het gesprek ging over de vraag ..." tells the meeting's subject: bare gesprek is no term.
  const std::string before = "      1 code\n      1 communicatie/macht\n      4 ontmoeting/ontmoeten\n"
                             "      1 ontmoeting/ontmoetingsplek\n      5 ontmoeting/openbare_ruimte\n"
                             "      1 ontmoeting/sociaal_fysiek\n";
  // A wijkagent at the table is no code of safety (veiligheid's terms leave the police out).
  const std::string after = "      1 wederkerigheid/vertrouwen\n";
  CHECK(odt.out == before + after);
  // The same report as a PDF codes the same, but for its heading "Afspraken": a PDF has no
  // heading styles, so the heading is a paragraph of text (regels_afspraken), not a section.
  CHECK(shell("draad code tests/data/readers/verslag-deventer.pdf" + codes).out ==
        before + "      1 spelregels/regels_afspraken\n" + after);
  auto teams = shell("draad code --unit turn tests/data/readers/teams-leiden.docx | cut -f3,10 | grep vertrouwen");
  CHECK(teams.out == "wederkerigheid/vertrouwen\tIneke Bos\n");
}

TEST_CASE("segment: a PDF that forbids printing and copying but opens without a password is read, and said") {
  auto r = run_draad({"segment", "tests/data/readers/beperkt.pdf"});
  CHECK(r.status == 0);
  CHECK(r.err == "draad segment: tests/data/readers/beperkt.pdf: the PDF has an owner password (it restricts printing, "
                 "copying or changing, not reading): its text is read as a PDF viewer shows it\n");
  CHECK(r.out == "doc\tseg\tunit\tspeaker\tstart\tend\ttext\ttime\n"
                 "beperkt\t1\tparagraph\t\t0\t44\tIedereen kan dit lezen, maar niet afdrukken.\t\n");
}

TEST_CASE("segment: bad documents are exit 1 with a message that names the file and the part") {
  const std::string d = "tests/data/readers/";
  const std::pair<std::string, std::string> cases[] = {
      {"scan.pdf", "scan.pdf: no text in 2 pages: a scan without a text layer; run it through OCR first (ocrmypdf, or "
                   "the scanner's \"searchable PDF\") and segment the result"},
      {"afgebroken.pdf", "afgebroken.pdf: not a readable PDF (truncated or damaged)"},
      {"wachtwoord.pdf", "wachtwoord.pdf: the PDF is protected with a password: draad cannot read it; save or print "
                         "it as a PDF without a password and segment that"},
      {"bom.docx", "bom.docx/word/document.xml: expands to more than 64 MB: refused (a damaged file or a zip bomb)"},
      {"afgebroken.docx", "afgebroken.docx: not a Word document (.docx) (a zip archive that is truncated or damaged: "
                          "Not a zip archive)"},
      {"zonder-document.docx", "zonder-document.docx: not a Word document (.docx): it has no word/document.xml"},
      {"kapot-xml.docx", "kapot-xml.docx/word/document.xml:4:23: malformed XML: Start-end tags mismatch"},
      {"kapot-xml.odt", "kapot-xml.odt/content.xml:4:16: malformed XML: Start-end tags mismatch"},
      {"leeg.docx", "leeg.docx: empty document: no text"},
  };
  for (const auto& [file, message] : cases) {
    CAPTURE(file);
    auto r = run_draad({"segment", d + file});
    CHECK(r.status == 1);
    CHECK(r.out == "");
    CHECK(r.err == "draad segment: " + d + message + "\n");
  }
}

TEST_CASE("segment: a file named .docx or .pdf that is not one is refused, a zip named .txt is read as a .docx") {
  const std::string dir = temp_dir();
  draad::test::write_file(dir + "/notities.docx", "Gewone tekst.\n");
  draad::test::write_file(dir + "/verslag.pdf", "Gewone tekst.\n");
  draad::test::write_file(dir + "/archief.txt", std::string("PK\x03\x04\0\0binary", 12));
  auto docx = run_draad({"segment", dir + "/notities.docx"});
  CHECK(docx.status == 1);
  CHECK(docx.err == "draad segment: " + dir + "/notities.docx: not a Word document (.docx) (a zip archive that is "
                    "truncated or damaged: Not a zip archive)\n");
  auto pdf = run_draad({"segment", dir + "/verslag.pdf"});
  CHECK(pdf.status == 1);
  CHECK(pdf.err == "draad segment: " + dir + "/verslag.pdf: not a readable PDF (truncated or damaged)\n");
  auto zip = run_draad({"segment", dir + "/archief.txt"});
  CHECK(zip.status == 1);
  CHECK(zip.err == "draad segment: " + dir + "/archief.txt: not a Word document (.docx) (a zip archive that is "
                   "truncated or damaged: Not a zip archive)\n");
}

TEST_CASE("segment: a directory of Word, OpenDocument and PDF files is read in sorted order, Word's lock files are not documents") {
  const std::string dir = temp_dir();
  for (const std::string name : {"teams.docx", "verslag.odt", "twee-paginas.pdf"})
    std::filesystem::copy_file(draad::test::data_path("readers/" + name), dir + "/" + name);
  draad::test::write_file(dir + "/~$teams.docx", std::string("\x0bMarieke\0\0", 10));
  auto r = shell("draad segment " + dir + " | cut -f1 | uniq -c");
  CHECK(r.status == 0);
  CHECK(r.out == "      1 doc\n      6 teams\n      2 twee-paginas\n      7 verslag\n");
  // A damaged file found in the folder is skipped with the error it gives when named; the rest is read.
  for (const std::string name : {"afgebroken.docx", "scan.pdf"})
    std::filesystem::copy_file(draad::test::data_path("readers/" + name), dir + "/" + name);
  auto damaged = run_draad({"segment", dir});
  CHECK(damaged.status == 0);
  CHECK(damaged.err ==
        "draad segment: " + dir + "/~$teams.docx: skipped: a lock file of Word or LibreOffice (a document open in it)\n"
        "draad segment: " + dir + "/afgebroken.docx: skipped: not a Word document (.docx) (a zip archive that is "
        "truncated or damaged: Not a zip archive)\n"
        "draad segment: " + dir + "/scan.pdf: skipped: no text in 2 pages: a scan without a text layer; run it through "
        "OCR first (ocrmypdf, or the scanner's \"searchable PDF\") and segment the result\n"
        "draad segment: " + dir + "/twee-paginas.pdf: reflow dropped 4 lines as page headers, footers or numbers "
        "(--verbose lists them; --reflow off keeps them)\n"
        "draad segment: " + dir + "/verslag.odt: left out 1 footnote, 1 comment, 1 page header and 1 table of contents "
        "or index (--notes takes them in)\n"
        "draad segment: 3 documents read, 3 skipped\n");
  CHECK(run_draad({"segment", dir + "/afgebroken.docx"}).status == 1);
}

namespace {

// The rows of a TSV text as maps from column name to value.
std::vector<std::map<std::string, std::string>> tsv_rows(const std::string& tsv) {
  auto split = [](const std::string& line) {
    std::vector<std::string> fields;
    std::size_t start = 0;
    for (std::size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1)
      fields.push_back(line.substr(start, tab - start));
    fields.push_back(line.substr(start));
    return fields;
  };
  std::vector<std::map<std::string, std::string>> rows;
  std::vector<std::string> header;
  std::size_t start = 0;
  for (std::size_t nl; (nl = tsv.find('\n', start)) != std::string::npos; start = nl + 1) {
    auto fields = split(tsv.substr(start, nl - start));
    if (header.empty()) {
      header = fields;
      continue;
    }
    REQUIRE(fields.size() == header.size());
    auto& row = rows.emplace_back();
    for (std::size_t i = 0; i < fields.size(); ++i) row[header[i]] = fields[i];
  }
  return rows;
}

const std::string kOffice = "tests/data/readers/office/verslag-zwolle";

}  // namespace

// The three files are LibreOffice's own output (scripts/make-office-documents),
// not written by draad's fixture script: a real producer's zip layout, styles,
// list numbering, table markup and PDF text layer.
TEST_CASE("segment: a report made by LibreOffice as .odt and .docx gives each paragraph, heading and speaker as written") {
  const auto expected = tsv_rows(read_file(data_path("readers/office/verslag-zwolle.verwacht.tsv")));
  REQUIRE(expected.size() == 39);
  for (const std::string ext : {".odt", ".docx"}) {
    CAPTURE(ext);
    const auto r = run_draad({"segment", kOffice + ext});
    CHECK(r.status == 0);
    CHECK(r.err == "draad segment: " + kOffice + ext + ": left out 1 page header and 1 page footer (--notes takes them in)\n");
    const auto rows = tsv_rows(r.out);
    REQUIRE(rows.size() == expected.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
      CAPTURE(i);
      std::string text = rows[i].at("text");
      // draad writes a list item's bullet as "- ".
      if (text.starts_with("- ")) text.replace(0, 2, "• ");
      CHECK(text == expected[i].at("text"));
      CHECK(rows[i].at("section") == expected[i].at("section"));
      // A paragraph without a label continues the turn before it, as in a transcript.
      if (!expected[i].at("speaker").empty()) CHECK(rows[i].at("speaker") == expected[i].at("speaker"));
      CHECK(rows[i].at("title") == "Verslag buurtgesprek Zwolle-Zuid");
      CHECK(rows[i].at("author") == "Marloes Dijkhuis");
    }
  }
}

TEST_CASE("segment: the PDF LibreOffice printed of that report gives its words, without the header and footer of its two pages") {
  const auto r = run_draad({"segment", "--verbose", kOffice + ".pdf"});
  CHECK(r.status == 0);
  CHECK(r.err ==
        "draad segment: " + kOffice + ".pdf: reflowed as a PDF extract (its pages; --reflow off to keep the lines)\n"
        "draad segment: " + kOffice + ".pdf: page 1: reflow dropped 'Buurtgesprek Zwolle-Zuid, 12 maart 2026'\n"
        "draad segment: " + kOffice + ".pdf: page 1: reflow dropped 'Pagina 1 van 2'\n"
        "draad segment: " + kOffice + ".pdf: page 2: reflow dropped 'Buurtgesprek Zwolle-Zuid, 12 maart 2026'\n"
        "draad segment: " + kOffice + ".pdf: page 2: reflow dropped 'Pagina 2 van 2'\n"
        "draad segment: " + kOffice + ".pdf: reflow dropped 4 lines as page headers, footers or numbers (--reflow off keeps them)\n");
  const auto rows = tsv_rows(r.out);
  std::string text;
  for (const auto& row : rows) text += row.at("text") + "\n";
  CHECK(words(text) == words(read_file(data_path("readers/office/verslag-zwolle.verwacht-pdf.txt"))));
  // Every labelled paragraph is found whole, with its speaker.
  for (const auto& want : tsv_rows(read_file(data_path("readers/office/verslag-zwolle.verwacht.tsv")))) {
    if (want.at("speaker").empty()) continue;
    CAPTURE(want.at("text"));
    const auto found = std::find_if(rows.begin(), rows.end(), [&](const auto& row) { return row.at("text") == want.at("text"); });
    REQUIRE(found != rows.end());
    CHECK(found->at("speaker") == want.at("speaker"));
  }
}
