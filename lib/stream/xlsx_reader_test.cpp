#include "stream/xlsx_reader.h"

#include <doctest/doctest.h>
#include <zip.h>

#include <string>
#include <utility>
#include <vector>

#include "base/error.h"
#include "support.h"

namespace {

// A workbook whose first sheet is `sheet_xml`, written with libzip.
std::string workbook(const std::string& sheet_xml) {
  const std::string path = draad::test::temp_dir() + "/blad.xlsx";
  const std::vector<std::pair<std::string, std::string>> parts = {
      {"xl/workbook.xml",
       R"(<workbook xmlns:r="r"><sheets><sheet name="blad" r:id="rId1"/></sheets></workbook>)"},
      {"xl/worksheets/sheet1.xml", sheet_xml}};
  int error = 0;
  zip_t* zip = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  REQUIRE(zip);
  for (const auto& [name, content] : parts) {
    zip_source_t* source = zip_source_buffer(zip, content.data(), content.size(), 0);
    REQUIRE(zip_file_add(zip, name.c_str(), source, ZIP_FL_OVERWRITE) >= 0);
  }
  REQUIRE(zip_close(zip) == 0);
  return path;
}

std::string error_of(const std::string& path) {
  try {
    draad::xlsx::read_first_sheet(path);
  } catch (const draad::DataError& e) {
    return e.detail();
  }
  return "";
}

}  // namespace

TEST_CASE("xlsx: cells are read by their reference") {
  const auto sheet = draad::xlsx::read_first_sheet(workbook(
      R"(<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>doc</t></is></c><c r="C1"><v>7</v></c></row>)"
      R"(</sheetData></worksheet>)"));
  REQUIRE(sheet.rows.size() == 1);
  CHECK(sheet.rows[0].cells == std::vector<std::string>{"doc", "", "7"});
}

TEST_CASE("xlsx: a small sheet that spreads its cells over a huge grid is refused, not read into gigabytes") {
  // 300 rows with one cell in the last column (XFD): 300 x 16,384 cells once
  // laid out in rows, about 160 MB of empty cells from 20 KB of XML.
  std::string xml = "<worksheet><sheetData>";
  for (int r = 1; r <= 300; ++r)
    xml += "<row r=\"" + std::to_string(r) + "\"><c r=\"XFD" + std::to_string(r) +
           "\" t=\"inlineStr\"><is><t>x</t></is></c></row>";
  xml += "</sheetData></worksheet>";
  CHECK(error_of(workbook(xml)) == "the sheet's cells take more than 128 MB; draad reads sheets up to that size");
}
