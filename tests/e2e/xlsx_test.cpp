// Workbooks for people: sheet names, column widths, notes, numbers. An XLSX
// file is a zip of XML parts, read here with unzip.
#include <doctest/doctest.h>

#include "support.h"

using draad::test::run_draad;
using draad::test::shell;

namespace {
std::string part(const std::string& xlsx, const std::string& name) { return shell("unzip -p " + xlsx + " " + name).out; }
}  // namespace

TEST_CASE("xlsx e2e: the agreement workbook keeps its method notes on a sheet, names and widths fit") {
  const std::string xlsx = draad::test::temp_dir() + "/akkoord.xlsx";
  auto r = run_draad({"agree", "tests/data/agree/anna.csv", "tests/data/agree/bram.tsv", "-o", xlsx});
  REQUIRE(r.status == 0);
  const std::string book = part(xlsx, "xl/workbook.xml");
  // The title "Overeenstemming per code (2 codeurs: anna, bram)" is cut before its parenthesis, not mid-word.
  CHECK(book.find("<sheet name=\"Overeenstemming per code\" sheetId=\"1\"") != std::string::npos);
  CHECK(book.find("<sheet name=\"notes\" sheetId=\"2\"") != std::string::npos);
  const std::string strings = part(xlsx, "xl/sharedStrings.xml");
  CHECK(strings.find("<t>α ondergrens, α bovengrens: 95%-percentiel-bootstrap, 1000 trekkingen van de eenheden, "
                     "seed 20111.</t>") != std::string::npos);
  // The code column is as wide as "vertrouwen/vertrouwen" (21) plus a margin, "eenheden" as its header (8);
  // a column of two-digit counts under a short name gets the minimum of 6.
  const std::string sheet = part(xlsx, "xl/worksheets/sheet1.xml");
  CHECK(sheet.find("<col min=\"1\" max=\"1\" width=\"23.7109375\" customWidth=\"1\"/>") != std::string::npos);
  CHECK(sheet.find("<col min=\"2\" max=\"2\" width=\"10.7109375\" customWidth=\"1\"/>") != std::string::npos);
  CHECK(sheet.find("<col min=\"3\" max=\"3\" width=\"6.7109375\" customWidth=\"1\"/>") != std::string::npos);
}

TEST_CASE("xlsx e2e: session numbers are numbers, (total) stays text, ':' in a title becomes ' - '") {
  const std::string dir = draad::test::temp_dir();
  auto freq = run_draad({"freq", "--by", "theme,sessie", "--long", "-o", dir + "/f.xlsx", "tests/data/freq/codings.tsv"});
  REQUIRE(freq.status == 0);
  const std::string sheet = part(dir + "/f.xlsx", "xl/worksheets/sheet1.xml");
  CHECK(sheet.find("<c r=\"B2\"><v>2</v></c>") != std::string::npos);  // sessie 2, a number
  CHECK(sheet.find("<c r=\"B16\" t=\"s\">") != std::string::npos);       // (total), a string
  auto kwic = run_draad({"kwic", "vertrouw*", "-o", dir + "/k.xlsx", "tests/data/kwic/segments.tsv"});
  REQUIRE(kwic.status == 0);
  CHECK(part(dir + "/k.xlsx", "xl/workbook.xml").find("<sheet name=\"Trefwoord in context - vertrouw\"") !=
        std::string::npos);
}

TEST_CASE("xlsx e2e: a coding sheet's doc, speaker and codebook columns fit what they hold") {
  const std::string xlsx = draad::test::temp_dir() + "/blad.xlsx";
  REQUIRE(run_draad({"sheet", "-c", "tests/data/threads/codebook.yaml", "-o", xlsx, "tests/data/kwic/segments.tsv"})
              .status == 0);
  // doc: "sessie-utrecht" (14) + 2; speaker: its header (7) + 2; the text a fixed 70 to read.
  CHECK(part(xlsx, "xl/worksheets/sheet1.xml")
            .find("<cols><col min=\"1\" max=\"1\" width=\"16.7109375\" style=\"1\" customWidth=\"1\"/><col min=\"2\" "
                  "max=\"2\" width=\"6.7109375\" style=\"1\" customWidth=\"1\"/><col min=\"3\" max=\"3\" "
                  "width=\"9.7109375\" style=\"1\" customWidth=\"1\"/><col min=\"4\" max=\"4\" width=\"70.7109375\"") !=
        std::string::npos);
  // codeboek: the id column as wide as "ontmoeting/ontmoetingsplek" (26) + 2.
  CHECK(part(xlsx, "xl/worksheets/sheet2.xml").find("<cols><col min=\"1\" max=\"1\" width=\"28.7109375\"") !=
        std::string::npos);
}
