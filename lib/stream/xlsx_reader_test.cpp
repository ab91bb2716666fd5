#include <doctest/doctest.h>

#include <zip.h>

#include <map>
#include <string>

#include "base/error.h"
#include "stream/xlsx_reader.h"
#include "support.h"

using draad::DataError;

namespace {

// A workbook with the given parts (and a plain xl/workbook.xml unless given), written with libzip.
std::string workbook(const std::map<std::string, std::string>& parts) {
  const std::string path = draad::test::temp_dir() + "/boek.xlsx";
  int error = 0;
  zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  REQUIRE(z);
  std::map<std::string, std::string> all = parts;
  all.try_emplace("xl/workbook.xml",
                  "<workbook xmlns:r=\"r\"><sheets><sheet name=\"Blad1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
  for (const auto& [name, text] : all) {
    zip_source_t* source = zip_source_buffer(z, text.data(), text.size(), 0);
    REQUIRE(zip_file_add(z, name.c_str(), source, ZIP_FL_OVERWRITE) >= 0);
  }
  REQUIRE(zip_close(z) == 0);  // reads the buffers, which `all` still holds
  return path;
}

std::string sheet(const std::string& rows) {
  return "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + rows +
         "</sheetData></worksheet>";
}

}  // namespace

TEST_CASE("xlsx_reader: numbers as their cells show them: the style's number format, built-in or the workbook's own") {
  const std::string styles =
      "<styleSheet><numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"[$-413]dd/mm/yyyy\\ hh:mm\"/>"
      "<numFmt numFmtId=\"165\" formatCode=\"0.0\"/></numFmts>"
      "<cellXfs count=\"5\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"165\"/><xf numFmtId=\"9\"/>"
      "<xf numFmtId=\"14\"/></cellXfs></styleSheet>";
  const std::string cells = sheet(
      "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>46093.7944444444</v></c><c r=\"B1\" s=\"2\"><v>6</v></c>"
      "<c r=\"C1\" s=\"3\"><v>0.25</v></c><c r=\"D1\" s=\"4\"><v>46093</v></c><c r=\"E1\"><v>7.5</v></c>"
      "<c r=\"F1\" s=\"9\"><v>2.5</v></c><c r=\"G1\" s=\"2\" t=\"str\"><v>3.14</v></c></row>");
  draad::xlsx::Row row;
  draad::xlsx::SheetReader reader(workbook({{"xl/worksheets/sheet1.xml", cells}, {"xl/styles.xml", styles}}));
  REQUIRE(reader.next(row));
  // A style beyond the list shows as General; a formula's text result stays as it is.
  CHECK(row.cells == std::vector<std::string>{"12-03-2026 19:04", "6,0", "25%", "12-3-2026", "7,5", "2,5", "3.14"});
  // A workbook that counts dates from 1904 (Excel for Mac once did).
  draad::xlsx::SheetReader mac(workbook(
      {{"xl/worksheets/sheet1.xml", cells},
       {"xl/styles.xml", styles},
       {"xl/workbook.xml", "<workbook xmlns:r=\"r\"><workbookPr date1904=\"1\"/><sheets><sheet name=\"Blad1\" "
                           "sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"}}));
  REQUIRE(mac.next(row));
  CHECK(row.cells[3] == "13-3-2030");
}

TEST_CASE("xlsx_reader: rows stream one by one: shared and inline strings, numbers, booleans, rich text") {
  const std::string path = workbook(
      {{"xl/worksheets/sheet1.xml",
        sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"inlineStr\"><is><t>vraag &amp; antwoord</t></is></c></row>"
              "<row r=\"3\"><c r=\"B3\"><v>4.5</v></c><c r=\"C3\" t=\"b\"><v>1</v></c></row>"
              "<row r=\"4\"><c r=\"A4\" t=\"s\"><v>0</v></c></row>")},
       {"xl/sharedStrings.xml",
        "<sst><si><r><t>vet</t></r><r><t xml:space=\"preserve\"> en gewoon</t></r><rPh><t>x</t></rPh></si>"
        "<si><t>naam</t></si></sst>"}});
  draad::xlsx::SheetReader reader(path);
  CHECK(reader.sheet_name() == "Blad1");
  draad::xlsx::Row row;
  REQUIRE(reader.next(row));
  CHECK(row.number == 1);
  CHECK(row.cells == std::vector<std::string>{"naam", "", "vraag & antwoord"});
  REQUIRE(reader.next(row));
  CHECK(row.number == 3);
  CHECK(row.cells == std::vector<std::string>{"", "4,5", "TRUE"});
  REQUIRE(reader.next(row));
  CHECK(row.cells == std::vector<std::string>{"vet en gewoon"});
  CHECK(!reader.next(row));
}

TEST_CASE("xlsx_reader: bad workbooks are errors naming the file, a row past the limit is refused") {
  const std::string dir = draad::test::temp_dir();
  draad::test::write_file(dir + "/kapot.xlsx", "PK\x03\x04 afgebroken");
  CHECK_THROWS_WITH_AS(draad::xlsx::SheetReader(dir + "/kapot.xlsx"),
                       doctest::Contains((dir + "/kapot.xlsx: not an XLSX workbook (").c_str()), DataError);
  auto bad_xml = [&](const std::string& rows) {
    draad::xlsx::SheetReader reader(workbook({{"xl/worksheets/sheet1.xml", sheet(rows)}}));
    draad::xlsx::Row row;
    while (reader.next(row)) {
    }
  };
  CHECK_THROWS_WITH_AS(bad_xml("<row r=\"1\"><c r=\"A1\"><v>1</v></row>"),
                       doctest::Contains("malformed XML in xl/worksheets/sheet1.xml at line 1"), DataError);
  CHECK_THROWS_WITH_AS(bad_xml("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>3</v></c></row>"),
                       doctest::Contains(":1:1: cell A1 refers to shared string 3 of 0"), DataError);
  // One shared string of 14 MB in five cells: each cell and each part under its
  // limit, the row over its own (inline cells that large would break the part limit first).
  std::string row = "<row r=\"1\">";
  for (char column : std::string("ABCDE")) row += std::string("<c r=\"") + column + "1\" t=\"s\"><v>0</v></c>";
  const std::string shared = "<sst><si><t>" + std::string(14 << 20, 'a') + "</t></si></sst>";
  auto read_row = [&] {
    draad::xlsx::SheetReader reader(
        workbook({{"xl/worksheets/sheet1.xml", sheet(row + "</row>")}, {"xl/sharedStrings.xml", shared}}));
    draad::xlsx::Row r;
    while (reader.next(r)) {
    }
  };
  CHECK_THROWS_WITH_AS(read_row(), doctest::Contains(":1: a row with more than 64 MB of text in xl/worksheets/sheet1.xml"),
                       DataError);
}

TEST_CASE("xlsx_reader: a repeated, backward or impossible row number is refused, located and in plain words") {
  auto read_rows = [&](const std::string& rows) {
    const std::string path = workbook({{"xl/worksheets/sheet1.xml", sheet(rows)}});
    draad::xlsx::SheetReader reader(path);
    draad::xlsx::Row row;
    std::string error;
    try {
      while (reader.next(row)) {
      }
    } catch (const DataError& e) {
      error = e.what();
      error.erase(0, path.size());
    }
    return error;
  };
  const std::string one = "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>";
  CHECK(read_rows(one + "<row r=\"1\"><c r=\"A1\"><v>2</v></c></row>") ==
        ":1: row 1 appears twice in xl/worksheets/sheet1.xml");
  CHECK(read_rows(one + "<row r=\"5\"/><row r=\"3\"/>") ==
        ":3: row 3 comes after row 5 in xl/worksheets/sheet1.xml: rows out of order");
  CHECK(read_rows(one + "<row r=\"9223372036854775807\"/>") ==
        ":2: row number '9223372036854775807' in xl/worksheets/sheet1.xml (after row 1) is not a worksheet row (1 to "
        "1048576)");
  CHECK(read_rows("<row r=\"0\"/>") ==
        ":1: row number '0' in xl/worksheets/sheet1.xml (after row 0) is not a worksheet row (1 to 1048576)");
  CHECK(read_rows("<row r=\"-2\"/>") ==
        ":1: row number '-2' in xl/worksheets/sheet1.xml (after row 0) is not a worksheet row (1 to 1048576)");
  CHECK(read_rows(one + "<row r=\"1048576\"/>").empty());
}

TEST_CASE("xlsx: cells are read by their reference") {
  const auto sheet = draad::xlsx::read_first_sheet(workbook(
      {{"xl/worksheets/sheet1.xml",
        R"(<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>doc</t></is></c><c r="C1"><v>7</v></c></row>)"
        R"(</sheetData></worksheet>)"}}));
  REQUIRE(sheet.rows.size() == 1);
  CHECK(sheet.rows[0].cells == std::vector<std::string>{"doc", "", "7"});
}

TEST_CASE("xlsx: a small sheet that spreads its cells over a huge grid is refused, not read into gigabytes") {
  // 300 rows with one cell in the last column (XFD): 300 x 16,384 cells once
  // laid out in rows, about 160 MB of empty cells from 20 KB of XML.
  std::string rows;
  for (int r = 1; r <= 300; ++r)
    rows += "<row r=\"" + std::to_string(r) + "\"><c r=\"XFD" + std::to_string(r) +
            "\" t=\"inlineStr\"><is><t>x</t></is></c></row>";
  CHECK_THROWS_WITH_AS(draad::xlsx::read_first_sheet(workbook({{"xl/worksheets/sheet1.xml", sheet(rows)}})),
                       doctest::Contains("the sheet's cells take more than 128 MB; draad reads sheets up to that size"),
                       DataError);
}

namespace {

// An ODS spreadsheet whose content.xml holds `tables` (table:table elements).
std::string spreadsheet(const std::string& tables) {
  const std::string path = draad::test::temp_dir() + "/blad.ods";
  const std::string content =
      "<office:document-content xmlns:office=\"o\" xmlns:table=\"t\" xmlns:text=\"x\" xmlns:draw=\"d\" xmlns:dc=\"c\">"
      "<office:body><office:spreadsheet>" + tables + "</office:spreadsheet></office:body></office:document-content>";
  int error = 0;
  zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  REQUIRE(z);
  REQUIRE(zip_file_add(z, "content.xml", zip_source_buffer(z, content.data(), content.size(), 0), 0) >= 0);
  REQUIRE(zip_close(z) == 0);
  return path;
}

std::vector<draad::xlsx::Row> all_rows(const std::string& path) {
  draad::xlsx::SheetReader reader(path);
  std::vector<draad::xlsx::Row> rows;
  for (draad::xlsx::Row row; reader.next(row);) rows.push_back(row);
  return rows;
}

}  // namespace

TEST_CASE("ods: the first sheet's cells as displayed, repeats, spaces, breaks, comments and shapes left out") {
  const std::string path = spreadsheet(
      "<table:table table:name=\"Antwoorden\">"
      "<table:table-row><table:table-cell table:number-columns-repeated=\"2\"/>"
      "<table:table-cell office:value-type=\"float\" office:value=\"0.5\"><text:p>50%</text:p></table:table-cell>"
      "<table:table-cell office:value-type=\"date\" office:date-value=\"2026-03-12\"/></table:table-row>"
      "<table:table-row table:number-rows-repeated=\"3\"><table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>"
      "<table:table-header-rows><table:table-row>"
      "<table:table-cell><office:annotation><dc:creator>Ik</dc:creator><text:p>opmerking</text:p></office:annotation>"
      "<text:p>een<text:s text:c=\"3\"/>twee<text:tab/>drie</text:p><text:p>vier<text:line-break/><text:span>vijf</text:span></text:p>"
      "<draw:frame><draw:text-box><text:p>vorm</text:p></draw:text-box></draw:frame></table:table-cell>"
      "<table:table-cell table:number-columns-repeated=\"2\"><text:p>ja</text:p></table:table-cell>"
      "</table:table-row></table:table-header-rows>"
      "<table:table-row table:number-rows-repeated=\"2\"><table:table-cell><text:p>zelfde</text:p></table:table-cell>"
      "<table:table-cell table:number-columns-spanned=\"2\"><text:p>breed</text:p></table:table-cell><table:covered-table-cell/>"
      "</table:table-row>"
      "<table:table-row table:number-rows-repeated=\"1048567\"><table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row>"
      "</table:table><table:table table:name=\"Tweede\"><table:table-row><table:table-cell><text:p>niet</text:p>"
      "</table:table-cell></table:table-row></table:table>");
  draad::xlsx::SheetReader reader(path);
  CHECK(reader.sheet_name() == "Antwoorden");
  std::vector<std::pair<std::int64_t, std::vector<std::string>>> rows;
  for (draad::xlsx::Row row; reader.next(row);) rows.emplace_back(row.number, row.cells);
  CHECK(rows == std::vector<std::pair<std::int64_t, std::vector<std::string>>>{
                    {1, {"", "", "50%", "2026-03-12"}},
                    {5, {"een   twee\tdrie\nvier\nvijf", "ja", "ja"}},
                    {6, {"zelfde", "breed"}},
                    {7, {"zelfde", "breed"}}});
  REQUIRE(reader.merged().size() == 1);
  CHECK(reader.merged()[0].ref == "B6:C6");
}

TEST_CASE("ods: bad spreadsheets are located errors, cells past LibreOffice's limits are refused") {
  const std::string dir = draad::test::temp_dir();
  draad::test::write_file(dir + "/kapot.ods", "PK\x03\x04 afgebroken");
  CHECK_THROWS_WITH_AS(draad::xlsx::SheetReader(dir + "/kapot.ods"),
                       doctest::Contains((dir + "/kapot.ods: not an ODS spreadsheet (").c_str()), DataError);
  CHECK_THROWS_WITH_AS(all_rows(spreadsheet("<table:table><table:table-row><table:table-cell><text:p>x</table:table-cell>"
                                            "</table:table-row></table:table>")),
                       doctest::Contains("blad.ods: malformed XML in content.xml at line 1: mismatched tag"), DataError);
  CHECK_THROWS_WITH_AS(
      all_rows(spreadsheet("<table:table><table:table-row><table:table-cell table:number-columns-repeated=\"16383\"/>"
                           "<table:table-cell table:number-columns-repeated=\"2\"><text:p>x</text:p></table:table-cell>"
                           "</table:table-row></table:table>")),
      doctest::Contains("blad.ods:1:16384: a cell past column 16384 in content.xml"), DataError);
  CHECK_THROWS_WITH_AS(
      all_rows(spreadsheet("<table:table><table:table-row table:number-rows-repeated=\"16777216\"><table:table-cell/>"
                           "</table:table-row><table:table-row table:number-rows-repeated=\"2\"><table:table-cell>"
                           "<text:p>x</text:p></table:table-cell></table:table-row></table:table>")),
      doctest::Contains("blad.ods:16777217: a row past row 16777216 in content.xml"), DataError);
}
