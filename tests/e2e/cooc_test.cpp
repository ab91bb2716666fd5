#include <doctest/doctest.h>

#include "support.h"

using draad::test::run_draad;

TEST_CASE("cooc e2e: theme pairs as aligned text with the definitions underneath") {
  auto r = run_draad({"cooc", "--level", "theme", "--format", "text", "tests/data/freq/codings.tsv"});
  CHECK(r.status == 0);
  CHECK(r.out ==
        "Samen voorkomen van thema's binnen een segment (N = 12 segmenten)\n"
        "thema 1     thema 2         n1  n2  n12      c  verwacht  verhouding\n"
        "----------  --------------  --  --  ---  -----  --------  ----------\n"
        "spelregels  wederkerigheid   2   3    1  0,250      0,50        2,00\n"
        "ontmoeting  spelregels       4   2    1  0,200      0,67        1,50\n"
        "c = n12 / (n1 + n2 - n12); verwacht = n1 * n2 / N; verhouding = n12 / verwacht\n");
  auto en = run_draad({"cooc", "--level", "theme", "--format", "text", "--lang", "en", "tests/data/freq/codings.tsv"});
  CHECK(en.out ==
        "Co-occurrence of themes within a segment (N = 12 segments)\n"
        "theme1      theme2          n1  n2  n12      c  expected  ratio\n"
        "----------  --------------  --  --  ---  -----  --------  -----\n"
        "spelregels  wederkerigheid   2   3    1  0.250      0.50   2.00\n"
        "ontmoeting  spelregels       4   2    1  0.200      0.67   1.50\n"
        "c = n12 / (n1 + n2 - n12); expected = n1 * n2 / N; ratio = n12 / expected\n");
  auto labels = run_draad({"cooc", "--level", "theme", "--format", "md", "--labels", "-c",
                           "tests/data/threads/codebook.yaml", "tests/data/freq/codings.tsv"});
  CHECK(labels.out.find("| Spelregels | Wederkerigheid | 2 | 3 | 1 | 0,250 | 0,50 | 2,00 |") != std::string::npos);
  CHECK(run_draad({"cooc", "--labels", "tests/data/freq/codings.tsv"}).status == 2);
}

TEST_CASE("cooc e2e: usage errors") {
  auto w = run_draad({"cooc", "--window", "-1", "tests/data/freq/codings.tsv"});
  CHECK(w.status == 2);
  auto m = run_draad({"cooc", "--matrix", "rati", "tests/data/freq/codings.tsv"});
  CHECK(m.status == 2);
  CHECK(m.err.find("unknown measure 'rati' (did you mean 'ratio'?)") != std::string::npos);
  auto l = run_draad({"cooc", "--level", "thema", "tests/data/freq/codings.tsv"});
  CHECK(l.status == 2);
}
