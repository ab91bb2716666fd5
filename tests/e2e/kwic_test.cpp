#include <doctest/doctest.h>

#include "support.h"

using draad::test::run_draad;

TEST_CASE("kwic e2e: a glob, with quanteda's columns and document offsets") {
  auto r = run_draad({"kwic", "vertrouw*", "--window", "3", "tests/data/kwic/segments.tsv"});
  CHECK(r.status == 0);
  CHECK(r.err == "");
  CHECK(r.out ==
        "doc\tseg\tfrom\tto\tpre\tkeyword\tpost\tpattern\n"
        "sessie-zwolle\t1\t3\t11\tIk\tvertrouw\tmijn buren.\tvertrouw*\n"
        "sessie-zwolle\t1\t28\t38\tburen. Dat\tvertrouwen\tis gegroeid in\tvertrouw*\n"
        "sessie-utrecht\t1\t43\t53\t. Maar ik\tvertrouwde\tde wijkagent wel\tvertrouw*\n");
}

TEST_CASE("kwic e2e: a term finds its inflections, a phrase with a gap, aligned text") {
  auto term = run_draad({"kwic", "buurthuis", "--window", "2"}, draad::test::read_file(draad::test::data_path("kwic/segments.tsv")));
  CHECK(term.out.find("sessie-zwolle\t3\t146\t157\tTwee\tbuurthuizen\tzijn gesloten\tbuurthuis\n") != std::string::npos);
  auto phrase = run_draad({"kwic", "elkaar * ontmoeten", "--format", "text", "tests/data/kwic/segments.tsv"});
  CHECK(phrase.out ==
        "Trefwoord in context: elkaar * ontmoeten\n"
        "document        segment  van  tot          ervoor  trefwoord            erna            patroon\n"
        "--------------  -------  ---  ---  --------------  -------------------  --------------  ------------------\n"
        "sessie-utrecht        2   88  107  Zonder plek om  elkaar te ontmoeten  lukt het niet.  elkaar * ontmoeten\n");
}

TEST_CASE("kwic e2e: offsets count code points, not bytes, for every hit of a segment") {
  auto r = run_draad({"kwic", "buurthuis", "--window", "2"},
                     "doc\tseg\tstart\ttext\nd\t1\t100\tÉén café, één buurthuis en nog een buurthuis.\n");
  CHECK(r.status == 0);
  CHECK(r.out ==
        "doc\tseg\tfrom\tto\tpre\tkeyword\tpost\tpattern\n"
        "d\t1\t114\t123\t, één\tbuurthuis\ten nog\tbuurthuis\n"
        "d\t1\t135\t144\tnog een\tbuurthuis\t.\tbuurthuis\n");
}

TEST_CASE("kwic e2e: bad input") {
  CHECK(run_draad({"kwic"}).status == 2);
  CHECK(run_draad({"kwic", " "}, "doc\tseg\ttext\n").status == 2);
  auto no_text = run_draad({"kwic", "x"}, "doc\tseg\n");
  CHECK(no_text.status == 1);
  CHECK(no_text.err.find("missing required column 'text'") != std::string::npos);
  auto bad_seg = run_draad({"kwic", "plek"}, "doc\tseg\ttext\na\tb\tde plek\n");
  CHECK(bad_seg.status == 1);
  CHECK(bad_seg.err == "draad kwic: <stdin>:2:3: seg must be a positive whole number, not 'b'\n");
}
