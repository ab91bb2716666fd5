#include "text/odt_reader.h"

#include <doctest/doctest.h>

#include "base/error.h"
#include "support.h"

using draad::DataError;
using draad::read_odt;
using draad::test::data_path;
using draad::test::read_file;

namespace {

draad::ExtractedDocument read(const std::string& fixture, bool notes = false) {
  return read_odt(read_file(data_path("readers/" + fixture)), fixture, {notes, false});
}

}  // namespace

TEST_CASE("odt: headings, white space as ODF has it, numbered and bulleted lists, table cells") {
  auto doc = read("verslag.odt");
  CHECK(doc.text ==
        "# Buurtgesprek\n\n"
        "Ruimte en tekst   na\ttab\nregel\n\n"
        "1. eerste\n\n"
        "2. tweede\n\n"
        "- los punt\n\n"
        "cel A\n\ncel B\n\n"
        "Slot.\n");
  CHECK(doc.attributes == draad::Attributes{{"title", "Buurtgesprek Noord"},
                                            {"author", "Wijkteam"},
                                            {"created", "2026-11-03T20:00:00"}});
  CHECK(doc.left_out == std::vector<std::string>{"1 footnote", "1 comment", "1 page header",
                                                  "1 table of contents or index"});
}

TEST_CASE("odt: --notes appends the footnotes, comments, page headers and table of contents") {
  auto doc = read("verslag.odt", true);
  CHECK(doc.text.ends_with("Slot.\n\nEen voetnoot.\n\nEen opmerking.\n\nKop van de pagina\n\nBuurtgesprek 1\n"));
  CHECK(doc.left_out.empty());
}

TEST_CASE("odt: malformed XML is located in its part") {
  CHECK_THROWS_WITH_AS(read("kapot-xml.odt"), "kapot-xml.odt/content.xml:4:16: malformed XML: Start-end tags mismatch",
                       DataError);
}
