#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "support.h"
#include "stream/table_file.h"

using draad::DataError;
using draad::parse_table;
using draad::LoadedTable;
using Fields = std::vector<std::string>;

namespace {

std::string error_of(std::string_view bytes, const std::string& name) {
  try {
    parse_table(bytes, name);
  } catch (const DataError& e) {
    return e.what();
  }
  return "(no error)";
}

}  // namespace

TEST_CASE("table_file: Dutch Excel CSV with semicolon, quotes, embedded newlines, BOM and CRLF") {
  LoadedTable t = parse_table(
      "\xEF\xBB\xBF"
      "doc;speaker;opmerking\r\n"
      "zwolle;Fatima;\"zegt: \"\"ja; maar\"\"\r\nen dan\"\r\n"
      ";;\r\n"
      "tilburg;P3;geen\r\n",
      "sprekers.csv");
  CHECK(t.columns() == Fields{"doc", "speaker", "opmerking"});
  REQUIRE(t.rows().size() == 2);
  CHECK(t.rows()[0].fields == Fields{"zwolle", "Fatima", "zegt: \"ja; maar\"\nen dan"});
  CHECK(t.rows()[0].line == 2);
  CHECK(t.rows()[1].fields == Fields{"tilburg", "P3", "geen"});
  CHECK(t.rows()[1].line == 5);
  CHECK(t.where(1, 2).str() == "sprekers.csv:5:12");
}

TEST_CASE("table_file: the separator is sniffed from the header, outside quotes") {
  CHECK(parse_table("a,b\n1;2,3\n", "x.csv").rows()[0].fields == Fields{"1;2", "3"});
  CHECK(parse_table("\"a;b\",c\n1,2\n", "x.csv").columns() == Fields{"a;b", "c"});
  CHECK(parse_table("doc\nzwolle\n", "x.csv").rows()[0].fields == Fields{"zwolle"});
  // Without a telling extension, a tab in the header means TSV.
  CHECK(parse_table("a\tb\n1,5\t2\n", "meta.txt").rows()[0].fields == Fields{"1,5", "2"});
}

TEST_CASE("table_file: TSV uses the stream's backslash escapes and no quoting") {
  LoadedTable t = parse_table("doc\ttext\nd1\t\"zo\" zei ze\\tja\\\\nee\n", "x.tsv");
  CHECK(t.rows()[0].fields == Fields{"d1", "\"zo\" zei ze\tja\\nee"});
  CHECK(error_of("a\tb\n1\tc:\\temp\\x\n", "x.tsv") ==
        "x.tsv:2:10: bad escape '\\x' (only \\t, \\n, \\r and \\\\ are allowed)");
}

TEST_CASE("table_file: header names are trimmed, trailing empty header cells are dropped") {
  LoadedTable t = parse_table(" doc ; rol ;;\nzwolle;bewoner;;\n", "m.csv");
  CHECK(t.columns() == Fields{"doc", "rol"});
  CHECK(t.rows()[0].fields == Fields{"zwolle", "bewoner"});
  CHECK(t.rows()[0].columns == std::vector<std::int64_t>{1, 8});
}

TEST_CASE("table_file: bad tables are located errors") {
  CHECK(error_of("", "leeg.csv") == "leeg.csv: empty table: expected a header line of column names");
  CHECK(error_of("\n;;\n", "leeg.csv") == "leeg.csv: empty table: expected a header line of column names");
  CHECK(error_of("a;b\n1;\"open\n2;3\n", "x.csv") ==
        "x.csv:2:3: unterminated quote: no closing '\"' before the end of the file");
  CHECK(error_of("a;b\n1;\"dicht\"x\n", "x.csv") ==
        "x.csv:2:10: text after a closing quote (a quote inside a quoted field is written '\"\"')");
  CHECK(error_of("a;b;c\n1;2\n", "x.csv") == "x.csv:2:4: ragged row: 2 fields where the header has 3 columns");
  CHECK(error_of("a;b\n1;2;3\n", "x.csv") == "x.csv:2:5: ragged row: 3 fields where the header has 2 columns");
  CHECK(error_of("a;;b\n", "x.csv") == "x.csv:1:3: column 2 of the header has no name");
  CHECK(error_of("doc,rol,doc\n", "x.csv") == "x.csv:1:9: duplicate column 'doc' in the header");
  CHECK(error_of("a,b\né,\xFF\n", "x.csv") ==
        "x.csv:2:3: invalid UTF-8 (byte 0xFF); save the table as UTF-8 (Excel: \"CSV UTF-8\")");
  LoadedTable t = parse_table("doc,rol\n", "m.csv");
  CHECK(t.rows().empty());
  CHECK_THROWS_WITH_AS(t.require("speaker"), "m.csv:1: missing required column 'speaker' (the header has: doc, rol)",
                       DataError);
}

TEST_CASE("table_file: a long line with many fields is read in one linear pass") {
  std::string header, row;
  for (int i = 0; i < 20000; ++i) {
    header += (i ? ";k" : "k") + std::to_string(i);
    row += (i ? ";é" : "é");
  }
  LoadedTable t = parse_table(header + "\n" + row + "\n", "wide.csv");
  REQUIRE(t.rows().size() == 1);
  CHECK(t.rows()[0].fields.size() == 20000);
  CHECK(t.rows()[0].columns.back() == 2 * 19999 + 1);
}

TEST_CASE("table_file: read_table reads a file and names it in messages") {
  std::string path = draad::test::temp_dir() + "/sprekers.tsv";
  draad::test::write_file(path, "speaker\trol\nFatima\tbewoner\n");
  LoadedTable t = draad::read_table(path);
  CHECK(t.name() == path);
  CHECK(t.rows()[0].fields == Fields{"Fatima", "bewoner"});
  CHECK_THROWS_AS(draad::read_table(path + ".weg"), DataError);
}

TEST_CASE("table: a carriage return that ends the input ends the line (found by table_fuzz: it looped forever)") {
  LoadedTable t = parse_table(std::string("\0\0\0\0essn\r", 9), "x.csv");
  CHECK(t.columns() == Fields{std::string("\0\0\0\0essn", 8)});
  CHECK(t.rows().empty());
  LoadedTable u = parse_table("plaats,sessie\nEde,1\r", "x.csv");
  REQUIRE(u.rows().size() == 1);
  CHECK(u.rows()[0].fields == Fields{"Ede", "1"});
}
