#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "analysis/agreement_table.h"
#include "base/error.h"

using namespace draad::agreement;
using draad::coding::Codings;
using draad::coding::UnitKey;
using draad::report::Format;
using draad::report::render;

namespace {

// Two coders on four segments of one document. ontmoeting/plek: anna 1 1 0 0,
// bram 1 0 0 0; vertrouwen/geven: anna never, bram on segment 4, which anna
// did not see. Bram's codings come from `draad code`, with the terms that fired.
Codings two_coders() {
  Codings cs;
  cs.codes = {"ontmoeting/plek", "ontmoeting/activiteit", "vertrouwen/geven"};
  auto& anna = cs.coders.emplace_back();
  anna.coder = "anna";
  anna.units[{"z", 1}] = {{"ontmoeting/plek", ""}};
  anna.units[{"z", 2}] = {{"ontmoeting/plek", ""}};
  anna.units[{"z", 3}] = {};
  auto& bram = cs.coders.emplace_back();
  bram.coder = "bram";
  bram.units[{"z", 1}] = {{"ontmoeting/plek", "plein@4-9"}};
  bram.units[{"z", 2}] = {};
  bram.units[{"z", 3}] = {{"ontmoeting/activiteit", "koffie@0-6;feest@10-15"}};
  bram.units[{"z", 4}] = {{"vertrouwen/geven", "geven@1-6"}};
  bram.not_offered = {"ontmoeting/activiteit"};
  cs.segments[{"z", 1}] = {"Fatima", "Op het plein."};
  cs.segments[{"z", 2}] = {"Henk", "Een  plek\n  om   samen te zijn, echt waar."};
  return cs;
}

}  // namespace

TEST_CASE("agreement_table: variables are the codes, or the themes holding them") {
  const Codings cs = two_coders();
  auto codes = variables(cs, nullptr, Level::code);
  REQUIRE(codes.size() == 3);
  CHECK(codes[1].id == "ontmoeting/activiteit");
  CHECK(codes[1].codes == std::vector<std::string>{"ontmoeting/activiteit"});
  auto themes = variables(cs, nullptr, Level::theme);
  REQUIRE(themes.size() == 2);
  CHECK(themes[0].id == "ontmoeting");
  CHECK(themes[0].codes == std::vector<std::string>{"ontmoeting/plek", "ontmoeting/activiteit"});
  CHECK(themes[1].id == "vertrouwen");
  CHECK(themes[0].label.empty());
}

TEST_CASE("agreement_table: a decision is missing when the segment was not seen or no code could be marked") {
  const Codings cs = two_coders();
  const auto codes = variables(cs, nullptr, Level::code);
  const auto& anna = cs.coders[0];
  const auto& bram = cs.coders[1];
  CHECK(decision(anna, {"z", 1}, codes[0]) == 1);
  CHECK(decision(anna, {"z", 3}, codes[0]) == 0);
  CHECK(decision(anna, {"z", 4}, codes[0]) == kMissing);      // not seen
  CHECK(decision(bram, {"z", 3}, codes[1]) == kMissing);      // not offered
  const auto themes = variables(cs, nullptr, Level::theme);
  CHECK(decision(bram, {"z", 3}, themes[0]) == 0);            // plek was offered
  CHECK(all_units(cs) == std::vector<UnitKey>{{"z", 1}, {"z", 2}, {"z", 3}, {"z", 4}});
}

// ontmoeting/plek by hand: 3 pairable units, (1,1), (1,0), (0,0): agreement
// 2/3; Cohen: pe = 2/3·1/3 + 1/3·2/3 = 4/9, kappa = (6/9 - 4/9) / (5/9) = 0.4;
// alpha = 1 - 5·2 / (2·3·3) = 0.444. Overall, 6 pairable units with three
// 1s in 12 decisions: Fleiss (5/6 - 10/16) / (6/16) = 0.556, alpha = 1 - 11·2 /
// (2·3·9) = 0.593. A coder's count also takes the units only that coder saw
// (bram's vertrouwen/geven on z:4), although the note speaks of pairable ones.
TEST_CASE("agreement_table: per code and overall, with the reasons for n/a") {
  const Codings cs = two_coders();
  const auto table = agreement_table(cs, variables(cs, nullptr, Level::code), {Level::code, false, 0, 1, false});
  CHECK(render({table}, Format::tsv) ==
        "code\tunits\tanna\tbram\tagree\tcohen\tfleiss\talpha\n"
        "ontmoeting/plek\t3\t2\t1\t66.7\t0.400\t0.333\t0.444\n"
        "ontmoeting/activiteit\t0\t0\t0\tn/a\tn/a\tn/a\tn/a\n"
        "vertrouwen/geven\t3\t0\t1\t100.0\tn/a\tn/a\tn/a\n"
        "overall\t6\t2\t2\t83.3\t0.571\t0.556\t0.593\n");
  CHECK(table.title == "Agreement per code (2 coders: anna, bram)");
  CHECK(table.notes == std::vector<std::string>{
                           "units: segments seen by two or more coders; a coder's column: how many of them that coder "
                           "gave the code.",
                           "overall: pooled over the 3 codes, every segment × code a unit.",
                           "n/a: no variation - every decision was the same (all absent or all present), so kappa and "
                           "alpha are 0/0; the coders agree fully.",
                           "n/a: no segment was seen by two coders."});
  // --coded-only keeps the segments someone gave any code, for every theme
  // alike: here all of them, so a theme nobody gave z:3 still counts it absent.
  Codings with_uncoded = cs;
  with_uncoded.coders[0].units[{"z", 5}] = {};
  with_uncoded.coders[1].units[{"z", 5}] = {};
  const auto coded =
      agreement_table(with_uncoded, variables(cs, nullptr, Level::theme), {Level::theme, true, 0, 1, false});
  CHECK(render({coded}, Format::tsv) ==
        "theme\tunits\tanna\tbram\tagree\tcohen\tfleiss\talpha\n"
        "ontmoeting\t3\t2\t1\t66.7\t0.400\t0.333\t0.444\n"
        "vertrouwen\t3\t0\t1\t100.0\tn/a\tn/a\tn/a\n"
        "overall\t6\t2\t2\t83.3\t0.571\t0.556\t0.593\n");
  CHECK(coded.notes[1] ==
        "--coded-only: only the segments at least one coder gave any code; the others are left out for every code "
        "alike.");
}

TEST_CASE("agreement_table: disagreements, as a table and as text") {
  const Codings cs = two_coders();
  const auto codes = variables(cs, nullptr, Level::code);
  const auto groups = disagreements(cs, codes);
  REQUIRE(groups.size() == 3);
  CHECK(groups[0].compared == 3);
  REQUIRE(groups[0].items.size() == 1);
  CHECK(groups[0].items[0].unit == UnitKey{"z", 2});
  CHECK(groups[0].items[0].values == std::vector<int>{1, 0});
  CHECK(groups[1].items.empty());
  CHECK(render({diff_table(cs, groups, Level::code)}, Format::tsv) ==
        "code\tdoc\tseg\tspeaker\texcerpt\twith\twithout\tanna\tbram\n"
        "ontmoeting/plek\tz\t2\tHenk\tEen plek om samen te zijn, echt waar.\tanna\tbram\tontmoeting/plek\t(none)\n");
  CHECK(diff_text(cs, groups, false) ==
        "ontmoeting/plek: 1 of 3 segments differ\n"
        "  z:2  Henk  Een plek om samen te zijn, echt waar.\n"
        "  + anna  ontmoeting/plek\n"
        "  - bram  (none)\n\n");
  CHECK(diff_text(cs, {}, false) == "No disagreements.\n");
}

TEST_CASE("agreement_table: excerpts are one line, cut at the limit") {
  const Codings cs = two_coders();
  CHECK(excerpt(cs, {"z", 2}) == "Een plek om samen te zijn, echt waar.");
  CHECK(excerpt(cs, {"z", 2}, 8) == "Een plek…");
  CHECK(excerpt(cs, {"z", 9}).empty());
}

TEST_CASE("agreement_table: a coding measured against a gold standard") {
  const Codings cs = two_coders();
  const auto tables = gold_tables(cs, variables(cs, nullptr, Level::code), variables(cs, nullptr, Level::theme), false);
  REQUIRE(tables.size() == 4);
  CHECK(render({tables[0]}, Format::tsv) ==
        "code\tgold\tcoded\ttp\tfp\tfn\tprecision\trecall\tf1\n"
        "ontmoeting/plek\t2\t1\t1\t0\t1\t1.000\t0.500\t0.667\n"
        "ontmoeting/activiteit\t0\t0\t0\t0\t0\tn/a\tn/a\tn/a\n"
        "vertrouwen/geven\t0\t0\t0\t0\t0\tn/a\tn/a\tn/a\n"
        "overall\t2\t1\t1\t0\t1\t1.000\t0.500\t0.667\n");
  CHECK(tables[0].title == "bram against anna per code (3 segments both saw)");
  CHECK(render({tables[1]}, Format::tsv) ==
        "theme\tgold\tcoded\ttp\tfp\tfn\tprecision\trecall\tf1\n"
        "ontmoeting\t2\t1\t1\t0\t1\t1.000\t0.500\t0.667\n"
        "vertrouwen\t0\t0\t0\t0\t0\tn/a\tn/a\tn/a\n"
        "overall\t2\t1\t1\t0\t1\t1.000\t0.500\t0.667\n");
  CHECK(tables[2].rows.empty());  // no false positives
  CHECK(render({tables[3]}, Format::tsv) ==
        "code\tdoc\tseg\tspeaker\texcerpt\n"
        "ontmoeting/plek\tz\t2\tHenk\tEen plek om samen te zijn, echt waar.\n");

  // Offered ontmoeting/activiteit, bram's code is a false positive, with the terms that fired.
  Codings offered = cs;
  offered.coders[1].not_offered.clear();
  const auto fp = gold_tables(offered, variables(offered, nullptr, Level::code), {}, false);
  CHECK(render({fp[2]}, Format::tsv) ==
        "code\tdoc\tseg\tspeaker\tterms\texcerpt\n"
        "ontmoeting/activiteit\tz\t3\t\tkoffie, feest\t\n");

  Codings one = cs;
  one.coders.pop_back();
  CHECK_THROWS_AS(gold_tables(one, {}, {}, false), draad::UsageError);
}
