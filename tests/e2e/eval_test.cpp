// scripts/evaluate-themes on a report written for draad (tests/data/eval):
// sections cut at the headings of its spec, human labels, the name-count
// baseline (independent of the codebook), and located spec errors.
#include <doctest/doctest.h>

#include <regex>
#include <string>

#include "../support.h"

using draad::test::shell;

namespace {
// The script drives `draad segment` and `draad code`; until both commands
// are part of the build there is nothing to evaluate.
bool pipeline_built() {
  return shell("draad segment --help >/dev/null && draad code --help >/dev/null").status == 0;
}
}  // namespace

TEST_CASE("eval: sections, labels and both accuracies of the fixture report") {
  if (!pipeline_built()) {
    MESSAGE("draad segment/code not built: skipped");
    return;
  }
  auto r = shell("scripts/evaluate-themes tests/data/eval/rapport.txt");
  REQUIRE(r.status == 0);
  CHECK(r.out.find("== rapport: 6 sections, 5 with a human theme\n") != std::string::npos);
  for (const char* line : {"    2 verhalen ", "    3 spelregels ", "    4 wederkerigheid ", "    5 communicatie ",
                           "    6 ontmoeting "})
    CHECK(r.out.find(line) != std::string::npos);
  // Only section 5 names its own theme (vooroordelen) outside its heading.
  CHECK(r.out.find("name-count baseline 1/5 = 20%") != std::string::npos);
  std::smatch m;
  REQUIRE(std::regex_search(r.out, m, std::regex("accuracy: codebook (\\d)/5")));
  CHECK(std::stoi(m[1]) >= 4);
  CHECK(r.out.find("== rode draden:") != std::string::npos);
}

TEST_CASE("eval: a heading that is not in the document is a located error") {
  if (!pipeline_built()) {
    MESSAGE("draad segment/code not built: skipped");
    return;
  }
  std::string dir = draad::test::temp_dir();
  draad::test::write_file(dir + "/spec.tsv", "verhalen\t1\\. Wat bindt ons\nontmoeting\tHoofdstuk 9\n");
  auto r = shell("scripts/evaluate-themes --sections " + dir + "/spec.tsv tests/data/eval/rapport.txt");
  CHECK(r.status == 1);
  CHECK(r.err.find(dir + "/spec.tsv:2: heading not found") != std::string::npos);

  draad::test::write_file(dir + "/bad.tsv", "verhaal\tInleiding\n");
  r = shell("scripts/evaluate-themes --sections " + dir + "/bad.tsv tests/data/eval/rapport.txt");
  CHECK(r.status == 1);
  CHECK(r.err.find(dir + "/bad.tsv:1: unknown theme 'verhaal'") != std::string::npos);
}
