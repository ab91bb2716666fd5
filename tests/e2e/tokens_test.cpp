#include <doctest/doctest.h>

#include "support.h"

using draad::test::run_draad;
using draad::test::shell;

namespace {
const std::string kSegments = "tests/data/tokens/segments.tsv";
}

TEST_CASE("tokens e2e: one record per token, offsets in code points of the document") {
  auto r = run_draad({"tokens", kSegments});
  CHECK(r.status == 0);
  CHECK(r.err == "");
  CHECK(r.out ==
        "doc\tseg\ttok\tstart\tend\tsurface\tnorm\tstem\tkind\n"
        "d\t1\t1\t0\t4\tZo’n\tzo'n\tzo'n\tword\n"
        "d\t1\t2\t5\t9\tcafé\tcafé\tcaf\tword\n"
        "d\t1\t3\t9\t10\t,\t,\t,\tpunct\n"
        "d\t1\t4\t11\t16\tbijv.\tbijv.\tbijv.\tabbrev\n"
        "d\t1\t5\t17\t22\t58,5%\t58,5%\t58,5%\tnumber\n"
        "d\t1\t6\t22\t23\t.\t.\t.\tpunct\n"
        "d\t2\t1\t30\t35\tCafés\tcafés\tcafes\tword\n"
        "d\t2\t2\t36\t37\t&\t&\t&\tpunct\n"
        "d\t2\t3\t38\t49\tbuurthuizen\tbuurthuizen\tbuurthuiz\tword\n");
}

TEST_CASE("tokens e2e: --freq counts words, numbers and abbreviations, most frequent first") {
  auto r = run_draad({"tokens", "--freq", "stem", "--top", "3", kSegments});
  CHECK(r.status == 0);
  CHECK(r.out ==
        "feature\tcount\tshare\tdocs\n"
        "58,5%\t1\t0.1667\t1\n"
        "bijv.\t1\t0.1667\t1\n"
        "buurthuiz\t1\t0.1667\t1\n");
}

TEST_CASE("tokens e2e: bad input and bad usage") {
  auto missing = run_draad({"tokens"}, "doc\tseg\ttext\nd\t1\tx\n");
  CHECK(missing.status == 1);
  CHECK(missing.err == "draad tokens: <stdin>:1: missing required column 'start' (the header has: doc, seg, text)\n");
  auto start = run_draad({"tokens"}, "doc\tseg\tstart\ttext\nd\t1\tx\ty\n");
  CHECK(start.status == 1);
  CHECK(start.err == "draad tokens: <stdin>:2:5: start 'x' is not a code point offset (a whole number)\n");
  auto top = run_draad({"tokens", "--top", "3", kSegments});
  CHECK(top.status == 2);
  CHECK(top.err.starts_with("draad tokens: --top needs --freq\n"));
  auto full = shell("draad tokens " + kSegments + " > /dev/full");
  CHECK(full.status == 1);
  CHECK(full.err == "draad tokens: write error: No space left on device\n");
}
