#include "text/docx_reader.h"

#include <doctest/doctest.h>

#include "base/error.h"
#include "support.h"

using draad::DataError;
using draad::read_docx;
using draad::test::data_path;
using draad::test::read_file;

namespace {

draad::ExtractedDocument read(const std::string& fixture, bool notes = false) {
  return read_docx(read_file(data_path("readers/" + fixture)), fixture, {notes, false});
}

std::string error_of(const std::string& fixture) {
  try {
    read(fixture);
  } catch (const DataError& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace

TEST_CASE("docx: paragraphs, headings, labels, tabs, breaks, lists, table cells, links, field results and text boxes in reading order") {
  auto doc = read("verslag.docx");
  CHECK(doc.text ==
        "# Verslag buurtgesprek\n\n"
        "# Opening\n\n"
        "De voorzitter opent om 19.30 uur. Er zijn twaalf bewoners.\n\n"
        "Anna: Ik wil het over de speeltuin hebben.\nDie is al maanden dicht.\n\n"
        "Aanwezig\tBewoners, wijkagent\n\n"
        "## Afspraken\n\n"
        "- Bankjes bij het plein\n\n"
        "- Meer licht in het park\n\n"
        "1. Brief aan de gemeente\n\n"
        "a) Voor 1 december\n\n"
        "2. Inloopavond plannen\n\n"
        "Wie\n\nWat\n\nBram\n\nBelt de woningcorporatie\n\n"
        "Tekst toegevoegd\n\n"
        "Zie de website en pagina 3.\n\n"
        "Foto van het plein\n\nOnderschrift in een tekstvak\n\n"
        "Einde van het verslag.\n");
  CHECK(doc.attributes == draad::Attributes{{"title", "Buurtgesprek Oost"},
                                            {"author", "Redactie wijkraad"},
                                            {"created", "2026-11-02T09:15:00Z"}});
  CHECK(doc.left_out == std::vector<std::string>{"1 footnote", "1 comment", "1 page header", "1 page footer",
                                                  "1 table of contents"});
}

TEST_CASE("docx: --notes appends footnotes, comments, headers, footers and the table of contents after the body") {
  auto doc = read("verslag.docx", true);
  CHECK(doc.text.ends_with("Einde van het verslag.\n\nVastgesteld in de volgende vergadering.\n\n"
                           "Namen nog controleren.\n\nWijkraad Oost\n\nPagina 1\n\nOpening\t1\n\nAfspraken\t1\n"));
  CHECK(doc.left_out.empty());
}

TEST_CASE("docx: the Teams layout becomes timed speaker labels") {
  CHECK(read("teams.docx").text ==
        "Gesprekstafel Leiden - ontmoeten in de wijk\n\n"
        "28 oktober 2026, 19:02\n\n"
        "[0:03] Marieke de Vries: Goedenavond allemaal, en welkom bij deze online gesprekstafel over ontmoeten in de "
        "wijk. Fijn dat jullie er zijn. We nemen het gesprek op voor het verslag; niemand wordt met naam genoemd.\n\n"
        "[0:41] Youssef El Amrani: Dank je. Ik woon nu zes jaar in de Merenwijk en het buurthuis is eigenlijk de "
        "enige plek waar ik mensen van andere straten tegenkom.\n\n"
        "[1:12] Marieke de Vries: Wat maakt dat buurthuis dan zo'n goede plek?\n\n"
        "Marieke de Vries heeft de transcriptie gestopt\n");
  CHECK(read("teams-cues.docx").text ==
        "Vergadering wijkraad\n\n"
        "[0:00:01.250] Roos Jansen: Zullen we beginnen? Iedereen is binnen.\n\n"
        "[0:00:06.900] Karim Haddou: Ja, ik heb de notulen van de vorige keer bij me.\n");
}

TEST_CASE("docx: bad packages are located errors") {
  CHECK(error_of("zonder-document.docx") == "zonder-document.docx: not a Word document (.docx): it has no word/document.xml");
  CHECK(error_of("kapot-xml.docx") == "kapot-xml.docx/word/document.xml:4:23: malformed XML: Start-end tags mismatch");
  CHECK(error_of("afgebroken.docx") ==
        "afgebroken.docx: not a Word document (.docx) (a zip archive that is truncated or damaged: Not a zip archive)");
  CHECK(error_of("bom.docx") ==
        "bom.docx/word/document.xml: expands to more than 64 MB: refused (a damaged file or a zip bomb)");
  CHECK(read("leeg.docx").text.empty());
}
