#include <doctest/doctest.h>

#include "stream/xlsx_layout.h"

using draad::xlsx::ColumnWidth;
using draad::xlsx::sheet_name;

TEST_CASE("xlsx sheet names: no forbidden characters, cut after a whole word, unique") {
  std::vector<std::string> used;
  CHECK(sheet_name("Keyword in context: vertrouw*", used) == "Keyword in context - vertrouw");
  CHECK(sheet_name("Quotes for code ontmoeting/plek", used) == "Quotes for code ontmoeting-plek");
  CHECK(sheet_name("Segments per theme and sessie", used) == "Segments per theme and sessie");
  CHECK(sheet_name("Candidate threads: codes and code pairs in at least 3 sessions", used) ==
        "Candidate threads - codes and");
  CHECK(sheet_name("Agreement per code [anna, bram]?", used) == "Agreement per code (anna, bram)");
  CHECK(sheet_name("Agreement per code (2 coders: anna, bram)", used) == "Agreement per code");
  CHECK(sheet_name("Segments per theme and sessie", used) == "Segments per theme and (2)");
  CHECK(sheet_name("Verbindingsmogelijkhedenonderzoeksrapportage", used) == "Verbindingsmogelijkhedenonderzo");
  CHECK(sheet_name("", used) == "Table 9");
  CHECK(sheet_name("'quoted'", used) == "quoted");
  for (const auto& name : used) CHECK(name.size() <= 31);
}

TEST_CASE("xlsx column widths: the longest line plus a margin, within bounds") {
  ColumnWidth w;
  CHECK(w.width(80) == ColumnWidth::kMinWidth);
  w.add("doc");
  CHECK(w.width(80) == ColumnWidth::kMinWidth);
  w.add("sessie-maastricht");
  w.add("één\ntwee");
  CHECK(w.width(80) == 19);
  CHECK_FALSE(w.wraps(80));
  w.add(std::string(100, 'x'));
  CHECK(w.width(80) == 80);
  CHECK(w.wraps(80));
}
