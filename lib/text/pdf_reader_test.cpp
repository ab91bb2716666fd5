#include "text/pdf_reader.h"

#include <doctest/doctest.h>

#include "base/error.h"
#include "support.h"

using draad::DataError;
using draad::read_pdf;
using draad::test::data_path;
using draad::test::read_file;

namespace {

draad::ExtractedDocument read(const std::string& fixture, bool probe = false) {
  return read_pdf(read_file(data_path("readers/" + fixture)), fixture, {false, probe});
}

}  // namespace

TEST_CASE("pdf: the text of each page, pages separated by a form feed, and the document information") {
  auto doc = read("twee-paginas.pdf");
  CHECK(doc.text ==
        "Wijkkrant Oost\n\nOp de eerste pagina begint een zin die doorloopt\ntot op de volgende regel.\n\n1\n\n"
        "\fWijkkrant Oost\n\nDe tweede pagina heeft een eigen alinea.\n\n2\n\n");
  CHECK(doc.attributes == draad::Attributes{{"title", "Wijkkrant"},
                                            {"author", "Redactie"},
                                            {"created", "2026-11-01T12:00:00Z"}});
  // Probing stops at the first page with text.
  CHECK(read("twee-paginas.pdf", true).text ==
        "Wijkkrant Oost\n\nOp de eerste pagina begint een zin die doorloopt\ntot op de volgende regel.\n\n1\n\n");
}

TEST_CASE("pdf: a scan without text, a damaged file and a password are errors that say what to do") {
  CHECK_THROWS_WITH_AS(read("scan.pdf"),
                       "scan.pdf: no text in 2 pages: a scan without a text layer; run it through OCR first "
                       "(ocrmypdf, or the scanner's \"searchable PDF\") and segment the result",
                       DataError);
  CHECK_THROWS_WITH_AS(read("afgebroken.pdf"), "afgebroken.pdf: not a readable PDF (truncated or damaged)", DataError);
  CHECK_THROWS_WITH_AS(read("wachtwoord.pdf"),
                       "wachtwoord.pdf: the PDF is protected with a password: draad cannot read it; save or print it "
                       "as a PDF without a password and segment that",
                       DataError);
}

TEST_CASE("pdf: a PDF with only an owner password (no printing, no copying) is read, and that is said") {
  auto doc = read("beperkt.pdf");
  CHECK(doc.text == "Iedereen kan dit lezen, maar niet afdrukken.\n\n");
  CHECK(doc.notices == std::vector<std::string>{"the PDF has an owner password (it restricts printing, copying or "
                                                "changing, not reading): its text is read as a PDF viewer shows it"});
  CHECK(read("twee-paginas.pdf").notices.empty());
}
