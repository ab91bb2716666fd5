// Hand counts on tests/data/freq/codings.tsv (see frequency_test.cpp).
// Within a segment: Zwolle 1 {buurthuis, ontmoetingsplek}, Zwolle 3
// {veiligheid, vertrouwen}, Utrecht 3 {buurthuis, veiligheid}; N = 12.
// Themes with a window of 1 (O, S, W = ontmoeting, spelregels, wederkerigheid):
//   Zwolle    segs {O} {} {S,W} {O}  -> units {O} {O,S,W} {O,S,W} {O,S,W}
//   Utrecht   segs {W} {} {O,S} {}   -> units {W} {O,S,W} {O,S} {O,S}
//   Groningen segs {O} {} {W} {}     -> units {O} {O,W} {W} {W}
//   n: O 9, S 6, W 8; n12: OS 6, OW 5, SW 4.

#include <doctest/doctest.h>

#include "analysis/cooccurrence.h"
#include "base/error.h"
#include "stream/report.h"
#include "support.h"

using namespace draad;

namespace {

cooc::Counts fixture(freq::Level level, int window) {
  return cooc::count({test::data_path("freq/codings.tsv")}, level, window);
}

}  // namespace

TEST_CASE("cooc: codes within a segment, with c and observed/expected") {
  auto counts = fixture(freq::Level::code, 0);
  CHECK(counts.units == 12);
  CHECK(report::render({cooc::pair_table(counts, freq::Level::code, 0)}, report::Format::tsv) ==
        "code1\tcode2\tn1\tn2\tn12\tc\texpected\tratio\n"
        "ontmoeting/buurthuis\tspelregels/veiligheid\t2\t2\t1\t0.333\t0.33\t3.00\n"
        "ontmoeting/buurthuis\tontmoeting/ontmoetingsplek\t2\t3\t1\t0.250\t0.50\t2.00\n"
        "spelregels/veiligheid\twederkerigheid/vertrouwen\t2\t3\t1\t0.250\t0.50\t2.00\n");
}

TEST_CASE("cooc: themes within a window of one segment") {
  auto counts = fixture(freq::Level::theme, 1);
  CHECK(counts.n == std::vector<std::int64_t>{9, 6, 8});
  CHECK(report::render({cooc::pair_table(counts, freq::Level::theme, 1)}, report::Format::tsv) ==
        "theme1\ttheme2\tn1\tn2\tn12\tc\texpected\tratio\n"
        "ontmoeting\tspelregels\t9\t6\t6\t0.667\t4.50\t1.33\n"
        "ontmoeting\twederkerigheid\t9\t8\t5\t0.417\t6.00\t0.83\n"
        "spelregels\twederkerigheid\t6\t8\t4\t0.400\t4.00\t1.00\n");
}

TEST_CASE("cooc: matrices of counts, c and ratio") {
  auto counts = fixture(freq::Level::theme, 0);
  CHECK(report::render({cooc::matrix_table(counts, freq::Level::theme, 0, cooc::Measure::count)},
                       report::Format::tsv) ==
        "theme\tontmoeting\tspelregels\twederkerigheid\n"
        "ontmoeting\t4\t1\t0\n"
        "spelregels\t1\t2\t1\n"
        "wederkerigheid\t0\t1\t3\n");
  CHECK(report::render({cooc::matrix_table(counts, freq::Level::theme, 0, cooc::Measure::ratio)},
                       report::Format::tsv) ==
        "theme\tontmoeting\tspelregels\twederkerigheid\n"
        "ontmoeting\t\t1.50\t0.00\n"
        "spelregels\t1.50\t\t2.00\n"
        "wederkerigheid\t0.00\t2.00\t\n");
  CHECK(report::render({cooc::matrix_table(counts, freq::Level::theme, 0, cooc::Measure::c)}, report::Format::tsv) ==
        "theme\tontmoeting\tspelregels\twederkerigheid\n"
        "ontmoeting\t1.000\t0.200\t0.000\n"
        "spelregels\t0.200\t1.000\t0.250\n"
        "wederkerigheid\t0.000\t0.250\t1.000\n");
  CHECK_THROWS_AS(cooc::parse_measure("jaccard"), UsageError);
}

TEST_CASE("cooc: a window never reaches into the next document") {
  const std::string dir = test::temp_dir();
  test::write_file(dir + "/w.tsv",
                   "doc\tseg\tcode\ttheme\thits\n"
                   "a\t1\tx/p\tx\t1\na\t2\t\t\t0\nb\t1\ty/q\ty\t1\nb\t2\tx/p\tx\t1\n");
  auto far = cooc::count({dir + "/w.tsv"}, freq::Level::code, 5);
  CHECK(far.units == 4);
  // x/p reaches both units of a and both of b; y/q only those of b.
  CHECK(far.n == std::vector<std::int64_t>{4, 2});
  CHECK(far.pairs.at({0, 1}) == 2);
}
