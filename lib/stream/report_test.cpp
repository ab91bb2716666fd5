#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "base/error.h"
#include "stream/report.h"
#include "support.h"

using namespace draad;
using namespace draad::report;

namespace {

Table sample() {
  Table t;
  t.title = "thema per sessie";
  t.columns = {{"theme"}, {"segments", Kind::integer}, {"share", Kind::percent, 1}, {"ratio", Kind::real, 2}};
  t.rows = {{"ontmoeting", 3, 0.25, 1.0 / 3}, {"spelregels | veiligheid", 12, 1.0, Cell()}};
  return t;
}

}  // namespace

TEST_CASE("report: aligned text right-aligns numbers and adds % to percents") {
  CHECK(render({sample()}, Format::text) ==
        "thema per sessie\n"
        "theme                    segments   share  ratio\n"
        "-----------------------  --------  ------  -----\n"
        "ontmoeting                      3   25.0%   0.33\n"
        "spelregels | veiligheid        12  100.0%\n");
}

TEST_CASE("report: tsv and csv carry plain numbers, percents in percent units") {
  CHECK(render({sample()}, Format::tsv) ==
        "theme\tsegments\tshare\tratio\n"
        "ontmoeting\t3\t25.0\t0.33\n"
        "spelregels | veiligheid\t12\t100.0\t\n");
  Table t;
  t.columns = {{"a"}, {"b"}};
  t.rows = {{"x,y", "zei \"ja\""}, {"tab\there", " lead"}};
  CHECK(render({t}, Format::csv) == "a,b\r\n\"x,y\",\"zei \"\"ja\"\"\"\r\ntab\there,\" lead\"\r\n");
  CHECK(render({t}, Format::tsv) == "a\tb\nx,y\tzei \"ja\"\ntab\\there\t lead\n");
}

TEST_CASE("report: several tables in tsv are titled blocks") {
  Table a = sample(), b = sample();
  b.title = "tweede";
  b.rows.pop_back();
  CHECK(render({a, b}, Format::tsv) ==
        "# thema per sessie\ntheme\tsegments\tshare\tratio\nontmoeting\t3\t25.0\t0.33\n"
        "spelregels | veiligheid\t12\t100.0\t\n"
        "\n# tweede\ntheme\tsegments\tshare\tratio\nontmoeting\t3\t25.0\t0.33\n");
}

TEST_CASE("report: md escapes pipes and bolds marks, text bolds marks only on a terminal") {
  Table t;
  t.title = "citaten";
  t.columns = {{"quote"}, {"n", Kind::integer}};
  t.rows = {{Cell("Het buurthuis | is weg", {{4, 13}}), 1}};
  CHECK(render({t}, Format::md) ==
        "### citaten\n\n| quote | n |\n| --- | ---: |\n| Het **buurthuis** \\| is weg | 1 |\n");
  CHECK(render({t}, Format::text, true) ==
        "citaten\nquote                   n\n----------------------  -\nHet \x1b[1mbuurthuis\x1b[0m | is weg  1\n");
  CHECK(render({t}, Format::text, false).find('\x1b') == std::string::npos);
}

TEST_CASE("report: json rows are objects with numbers and nulls") {
  auto j = nlohmann::json::parse(render({sample()}, Format::json));
  CHECK(j["title"] == "thema per sessie");
  CHECK(j["columns"].size() == 4);
  CHECK(j["rows"][0]["segments"] == 3);
  CHECK(j["rows"][0]["share"] == 25.0);
  CHECK(j["rows"][0]["ratio"] == 0.33);
  CHECK(j["rows"][1]["ratio"].is_null());
  CHECK(nlohmann::json::parse(render({sample(), sample()}, Format::json)).size() == 2);
}

TEST_CASE("report: NaN prints empty, negative zero prints as zero") {
  Table t;
  t.columns = {{"x", Kind::real, 1}};
  t.rows = {{std::nan("")}, {-0.01}};
  CHECK(render({t}, Format::tsv) == "x\n\n0.0\n");
}

TEST_CASE("report: formats parse with a suggestion for a typo") {
  CHECK(parse_format("md") == Format::md);
  CHECK(parse_format("xlsx") == Format::xlsx);
  try {
    parse_format("jsn");
    FAIL("no error");
  } catch (const UsageError& e) {
    CHECK(std::string(e.what()) == "unknown format 'jsn' (did you mean 'json'?); the formats are text, tsv, csv, md, json, xlsx");
  }
  CHECK(choose_format("", "out.xlsx") == Format::xlsx);
  CHECK(choose_format("", "out.txt") == Format::tsv);
  CHECK(choose_format("", "out.csv") == Format::csv);
  CHECK(choose_format("csv", "out.csv") == Format::csv);
  CHECK_THROWS_WITH_AS(choose_format("csv", "out.xlsx"),
                       "--format csv does not fit -o out.xlsx: leave out --format, or name the file .csv", UsageError);
  CHECK_THROWS_WITH_AS(choose_format("", "out.ods"),
                       "draad does not write .ods files; give -o with .xlsx (LibreOffice opens it), .csv or .tsv",
                       UsageError);
}

TEST_CASE("report: xlsx writes a workbook with one sheet per table") {
  const std::string path = test::temp_dir() + "/t.xlsx";
  Table b = sample();
  b.title = "thema per sessie";  // same title: the sheet name gets a suffix
  print({sample(), b}, Format::xlsx, path);
  const std::string bytes = test::read_file(path);
  REQUIRE(bytes.size() > 100);
  CHECK(bytes.substr(0, 2) == "PK");
}

TEST_CASE("report: a row of the wrong width is a bug, not output") {
  Table t;
  t.columns = {{"a"}, {"b"}};
  t.rows = {{"x"}};
  CHECK_THROWS_AS(render({t}, Format::tsv), std::logic_error);
}

TEST_CASE("report: natural order puts sessie 2 before sessie 10") {
  CHECK(natural_less("sessie 2", "sessie 10"));
  CHECK(!natural_less("sessie 10", "sessie 2"));
  CHECK(natural_less("2", "10"));
  CHECK(natural_less("Groningen", "Utrecht"));
  CHECK(natural_less("a", "a1"));
  CHECK(natural_less("1", "01") != natural_less("01", "1"));
  CHECK(!natural_less("x", "x"));
}

TEST_CASE("report: a Style gives Dutch numbers in text, md and csv, and csv for a Dutch Excel, tsv and json keep points") {
  const Style dutch{.decimal_comma = true};
  CHECK(render({sample()}, Format::text, false, dutch) ==
        "thema per sessie\n"
        "theme                    segments   share  ratio\n"
        "-----------------------  --------  ------  -----\n"
        "ontmoeting                      3   25,0%   0,33\n"
        "spelregels | veiligheid        12  100,0%\n");
  CHECK(render({sample()}, Format::md, false, dutch).find("| ontmoeting | 3 | 25,0% | 0,33 |") != std::string::npos);
  CHECK(render({sample()}, Format::tsv, false, dutch) == render({sample()}, Format::tsv));
  CHECK(render({sample()}, Format::json, false, dutch) == render({sample()}, Format::json));
  CHECK(render({sample()}, Format::csv, false, Style{.excel = true}) ==
        "\xef\xbb\xbftheme;segments;share;ratio\r\n"
        "ontmoeting;3;25,0;0,33\r\n"
        "spelregels | veiligheid;12;100,0;\r\n");
  CHECK(shown({"x", Kind::percent, 1}, Cell(0.125), dutch) == "12,5%");
  CHECK(shown({"x", Kind::real, 2}, Cell(0.655), Style{}) == "0.66");
  CHECK(shown({"x", Kind::real, 2}, Cell("n/a"), dutch) == "n/a");
}
