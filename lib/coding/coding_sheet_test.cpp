#include "coding/coding_sheet.h"

#include <doctest/doctest.h>
#include <xlsxwriter.h>

#include "coding/codebook.h"
#include "base/error.h"
#include "support.h"
#include "stream/xlsx_reader.h"

using namespace draad;
using namespace draad::coding;
using draad::test::data_path;
using draad::test::temp_dir;
using draad::test::write_file;

namespace {

Codebook test_codebook() { return load(data_path("agree/codebook.yaml")); }

std::vector<SheetRow> test_rows() {
  return {{"sessie-zwolle", 1, "Gespreksleider", "Welkom allemaal."},
          {"sessie-zwolle", 2, "Fatima", "Het buurthuis is voor ons de plek.\nDaar is koffie."},
          {"sessie-zwolle", 3, "Henk", "Ik vertrouw de buren; \"echt\" waar."}};
}

// Writes rows of text cells as the first sheet of a workbook, optionally
// with inline strings (constant memory mode) instead of shared strings, and
// with one merged range.
void write_workbook(const std::string& path, const std::vector<std::vector<std::string>>& rows, bool inline_strings,
                    const char* merge = nullptr) {
  lxw_workbook_options options{};
  options.constant_memory = inline_strings ? LXW_TRUE : LXW_FALSE;
  lxw_workbook* book = workbook_new_opt(path.c_str(), &options);
  lxw_worksheet* sheet = workbook_add_worksheet(book, "ingevuld");
  for (lxw_row_t r = 0; r < rows.size(); ++r)
    for (lxw_col_t c = 0; c < rows[r].size(); ++c)
      if (!rows[r][c].empty()) {
        if (c == 1 && r > 0)
          worksheet_write_number(sheet, r, c, std::stod(rows[r][c]), nullptr);
        else
          worksheet_write_string(sheet, r, c, rows[r][c].c_str(), nullptr);
      }
  if (merge) worksheet_merge_range(sheet, 1, 0, 2, 0, "sessie-zwolle", nullptr);
  REQUIRE(workbook_close(book) == LXW_NO_ERROR);
}

// The sheet as `draad sheet` writes it, read back as a grid of strings.
std::vector<std::vector<std::string>> written_sheet(const std::string& path) {
  write_sheet_xlsx(path, test_rows(), test_codebook());
  xlsx::Sheet sheet = xlsx::read_first_sheet(path);
  std::vector<std::vector<std::string>> grid;
  for (auto& row : sheet.rows) grid.push_back(row.cells);
  return grid;
}

std::set<std::string> codes_at(const Codings& cs, std::size_t coder, const std::string& doc, std::int64_t seg) {
  std::set<std::string> out;
  for (const auto& [code, terms] : cs.coders.at(coder).units.at({doc, seg})) out.insert(code);
  return out;
}

}  // namespace

TEST_CASE("coding_sheet: column names of the xlsx reader") {
  CHECK(xlsx::column_number("A1") == 1);
  CHECK(xlsx::column_number("AB12") == 28);
  CHECK(xlsx::column_number("12") == 0);
  CHECK(xlsx::column_name(1) == "A");
  CHECK(xlsx::column_name(28) == "AB");
  CHECK(xlsx::column_name(16384) == "XFD");
}

TEST_CASE("coding_sheet: an XLSX sheet round-trips: write, fill programmatically, read back") {
  const std::string dir = temp_dir();
  auto grid = written_sheet(dir + "/blad.xlsx");
  REQUIRE(grid.size() == 4);
  const std::vector<std::string> header = {"doc",
                                           "seg",
                                           "speaker",
                                           "text",
                                           "codes",
                                           "ontmoeting/plek",
                                           "ontmoeting/activiteit",
                                           "vertrouwen/vertrouwen",
                                           "vertrouwen/geven"};
  CHECK(grid[0] == header);
  CHECK(grid[2] == std::vector<std::string>{"sessie-zwolle", "2", "Fatima",
                                            "Het buurthuis is voor ons de plek.\nDaar is koffie."});
  for (bool inline_strings : {false, true}) {
    CAPTURE(inline_strings);
    // Carmen marks plek with an x, types a code with odd case, and leaves row 1 empty.
    for (auto& row : grid) row.resize(header.size());
    grid[2][5] = "x";
    grid[3][4] = "Vertrouwen/Vertrouwen ; vertrouwen/geven";
    grid[3][8] = "X";
    const std::string path = dir + "/carmen.xlsx";
    write_workbook(path, grid, inline_strings);
    Codebook cb = test_codebook();
    Codings cs = read_codings({path}, &cb);
    REQUIRE(cs.coders.size() == 1);
    CHECK(cs.coders[0].coder == "carmen");
    CHECK(cs.coders[0].units.size() == 3);
    CHECK(codes_at(cs, 0, "sessie-zwolle", 1).empty());
    CHECK(codes_at(cs, 0, "sessie-zwolle", 2) == std::set<std::string>{"ontmoeting/plek"});
    CHECK(codes_at(cs, 0, "sessie-zwolle", 3) == std::set<std::string>{"vertrouwen/geven", "vertrouwen/vertrouwen"});
    CHECK(cs.segments.at({"sessie-zwolle", 3}).speaker == "Henk");
    CHECK(cs.codes == std::vector<std::string>(header.begin() + 5, header.end()));
    REQUIRE(cs.notices.size() == 1);
    CHECK(cs.notices[0] ==
          path + ":4:5: code id 'Vertrouwen/Vertrouwen ' read as 'vertrouwen/vertrouwen'; ids ignore case and spaces");
  }
}

TEST_CASE("coding_sheet: a CSV sheet round-trips, in Excel's Dutch semicolon dialect too") {
  const std::string dir = temp_dir();
  Codebook cb = test_codebook();
  std::string csv = report::render({sheet_table(test_rows(), cb)}, report::Format::csv);
  CHECK(csv.substr(0, csv.find('\n')) ==
        "doc,seg,speaker,text,codes,ontmoeting/plek,ontmoeting/activiteit,vertrouwen/vertrouwen,vertrouwen/geven\r");
  // Fill it: Bram puts an x under ontmoeting/activiteit for segment 2 (the
  // 7th field; the text field is quoted because it holds a newline).
  const std::string row2 = "\"Het buurthuis is voor ons de plek.\nDaar is koffie.\",,,,,";
  REQUIRE(csv.find(row2) != std::string::npos);
  csv.replace(csv.find(row2), row2.size(), "\"Het buurthuis is voor ons de plek.\nDaar is koffie.\",,,x,,");
  write_file(dir + "/bram.csv", csv);
  Codings cs = read_codings({dir + "/bram.csv"}, &cb);
  CHECK(cs.coders.at(0).coder == "bram");
  CHECK(codes_at(cs, 0, "sessie-zwolle", 2) == std::set<std::string>{"ontmoeting/activiteit"});
  CHECK(codes_at(cs, 0, "sessie-zwolle", 3).empty());
  CHECK(cs.segments.at({"sessie-zwolle", 2}).text == "Het buurthuis is voor ons de plek.\nDaar is koffie.");

  write_file(dir + "/dirk.csv", "doc;seg;ontmoeting/plek\nsessie-zwolle;1;x\nsessie-zwolle;2;\n");
  cs = read_codings({dir + "/dirk.csv"}, &cb);
  CHECK(codes_at(cs, 0, "sessie-zwolle", 1) == std::set<std::string>{"ontmoeting/plek"});
  // No column for the other codes and no codes column: they are missing for dirk.
  CHECK(cs.coders[0].not_offered ==
        std::set<std::string>{"ontmoeting/activiteit", "vertrouwen/geven", "vertrouwen/vertrouwen"});
}

TEST_CASE("coding_sheet: bad sheets are refused with a located message") {
  const std::string dir = temp_dir();
  Codebook cb = test_codebook();
  const std::string d = dir + "/";
  // Writes `content` to `name`, reads it and checks the error message.
  auto refused = [&](const std::string& name, const std::string& content, const Codebook* book,
                     const std::string& message) {
    INFO(name);
    write_file(d + name, content);
    CHECK_THROWS_WITH_AS(read_codings({d + name}, book), (d + name + message).c_str(), DataError);
  };
  refused("a.csv", "doc,seg,codes\nz,1,ontmoeting/plekk\n", &cb,
          ":2:5: unknown code 'ontmoeting/plekk' (did you mean 'ontmoeting/plek'?)");
  refused("b.csv", "doc,seg,ontmoeting/plekken\nz,1,x\n", &cb,
          ":1: unknown code 'ontmoeting/plekken' (did you mean 'ontmoeting/plek'?)");
  refused("c.tsv", "doc\tseg\tontmoeting/plek\nz\t1\tx\nz\t2\t\nz\t1\t\n", nullptr,
          ":4:3: segment z:1 appears twice for coder 'c' (first on line 2)");
  refused("d.csv", "doc,seg,ontmoeting/plek\nz,1,misschien\n", nullptr,
          ":2:5: 'misschien' in code column 'ontmoeting/plek': mark a code with x or leave the cell empty");
  refused("e.csv", "dok,seg,ontmoeting/plek\nz,1,x\n", nullptr,
          ":1: missing column 'doc' (the header has: dok, seg, ontmoeting/plek) (did you mean 'dok'?)");
  refused("f.csv", "doc,seg,codes\nz,0,\n", nullptr, ":2:3: seg must be a positive whole number, not '0'");
  refused("g.tsv", "doc\tseg\tcode\tcoder\nz\t1\tontmoeting/plek\tanna\nz\t1\tontmoeting/plek\tanna\n", nullptr,
          ":3:5: segment z:1 has code 'ontmoeting/plek' twice for coder 'anna'");
  refused("h.csv", "doc,seg,codes\n,1,\n", nullptr, ":2:1: empty doc");
  write_file(d + "i.xlsx", "not a zip");
  CHECK_THROWS_WITH_AS(read_codings({d + "i.xlsx"}, nullptr),
                       doctest::Contains((d + "i.xlsx: not an XLSX workbook (").c_str()), DataError);

  // Two files from the same coder.
  write_file(d + "anna.csv", "doc,seg,codes\nz,1,\n");
  write_file(d + "anna.tsv", "doc\tseg\tcodes\nz\t1\t\n");
  CHECK_THROWS_WITH_AS(
      read_codings({d + "anna.csv", d + "anna.tsv"}, nullptr),
      (d + "anna.tsv:2: coder 'anna' is also in " + d +
       "anna.csv: give each coder one file, or name the coders apart (a coder column, or the file names)")
          .c_str(),
      DataError);

  // Merged cells and a value beyond the header in XLSX, with the cell named.
  const std::vector<std::vector<std::string>> grid = {
      {"doc", "seg", "ontmoeting/plek"}, {"sessie-zwolle", "1", "x"}, {"", "2", ""}};
  write_workbook(d + "merged.xlsx", grid, false, "A2:A3");
  CHECK_THROWS_WITH_AS(
      read_codings({d + "merged.xlsx"}, nullptr),
      (d + "merged.xlsx:2:1: merged cells A2:A3 in sheet 'ingevuld': a merged cell holds a value only in its first "
           "cell; unmerge them")
          .c_str(),
      DataError);
  write_workbook(d + "extra.xlsx", {{"doc", "seg", "ontmoeting/plek"}, {"z", "1", "x", "", "opmerking"}}, true);
  CHECK_THROWS_WITH_AS(
      read_codings({d + "extra.xlsx"}, nullptr),
      (d + "extra.xlsx:2:5: a value beyond the last column of the header (cell E2): 'opmerking'").c_str(), DataError);
  write_workbook(d + "unknown.xlsx", {{"doc", "seg", "codes"}, {"z", "1", "vertrouwen/vertrouw"}}, false);
  CHECK_THROWS_WITH_AS(
      read_codings({d + "unknown.xlsx"}, &cb),
      (d + "unknown.xlsx:2:3: unknown code 'vertrouwen/vertrouw' (cell C2) (did you mean 'vertrouwen/vertrouwen'?)")
          .c_str(),
      DataError);
}

TEST_CASE("coding_sheet: coding streams: one row per segment x code, coders by column or file name") {
  const std::string dir = temp_dir();
  write_file(dir + "/mix.tsv",
             "doc\tseg\tcode\tcoder\tterms\n"
             "z\t1\tontmoeting/plek\tanna\tbuurthuis@3-12\n"
             "z\t1\tvertrouwen/geven\tanna\t\n"
             "z\t2\t\tanna\t\n"
             "z\t1\t\tbram\t\n"
             "z\t3\tontmoeting/plek\t\t\n");
  Codings cs = read_codings({dir + "/mix.tsv"}, nullptr);
  REQUIRE(cs.coders.size() == 3);
  CHECK(cs.coders[0].coder == "anna");
  CHECK(cs.coders[1].coder == "bram");
  CHECK(cs.coders[2].coder == "mix");  // an empty coder cell: the file name
  CHECK(cs.coders[0].units.size() == 2);
  CHECK(cs.coders[0].units.at({"z", 1}).at("ontmoeting/plek") == "buurthuis@3-12");
  CHECK(codes_at(cs, 0, "z", 2).empty());
  CHECK(codes_at(cs, 1, "z", 1).empty());
  CHECK_FALSE(cs.coders[1].units.contains({"z", 2}));  // bram did not see z:2: missing, not absent
  CHECK(cs.codes == std::vector<std::string>{"ontmoeting/plek", "vertrouwen/geven"});
}

TEST_CASE("coding_sheet: a stream row with 0 hits (negations flagged for review) is seen, not coded") {
  const std::string dir = temp_dir();
  write_file(dir + "/anna.tsv",
             "doc\tseg\tcode\thits\tnegated\n"
             "z\t1\tontmoeting/plek\t2\t\n"
             "z\t2\tvertrouwen/geven\t0\tgeen vertrouwen@40-55\n");
  Codings cs = read_codings({dir + "/anna.tsv"}, nullptr);
  REQUIRE(cs.coders.size() == 1);
  CHECK(codes_at(cs, 0, "z", 1) == std::set<std::string>{"ontmoeting/plek"});
  CHECK(codes_at(cs, 0, "z", 2).empty());
  CHECK(cs.codes == std::vector<std::string>{"ontmoeting/plek"});

  write_file(dir + "/bram.tsv", "doc\tseg\tcode\thits\nz\t1\tontmoeting/plek\tveel\n");
  CHECK_THROWS_WITH_AS(read_codings({dir + "/bram.tsv"}, nullptr),
                       (dir + "/bram.tsv:2:21: hits must be a non-negative whole number, not 'veel'").c_str(), DataError);
}
