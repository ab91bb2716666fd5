#include <doctest/doctest.h>

#include "support.h"

using draad::test::run_draad;

TEST_CASE("quotes e2e: md marks the hits in bold") {
  auto r = run_draad({"quotes", "--code", "wederkerigheid/vertrouwen", "-n", "2", "--format", "md",
                      "tests/data/freq/codings.tsv"});
  CHECK(r.status == 0);
  CHECK(r.out ==
        "### Citaten voor code wederkerigheid/vertrouwen\n\n"
        "| document | segment | spreker | treffers | citaat |\n"
        "| --- | ---: | --- | ---: | --- |\n"
        "| sessie-utrecht | 1 | Fatima | 2 | Ik **vertrouw** mijn buren, en dat **vertrouwen** is wederzijds. |\n"
        "| sessie-zwolle | 3 | Anna | 1 | … Je moet je veilig voelen, dan komt het **vertrouwen** vanzelf. Toch? |\n");
}

TEST_CASE("quotes e2e: usage and data errors") {
  CHECK(run_draad({"quotes", "tests/data/freq/codings.tsv"}).status == 2);
  CHECK(run_draad({"quotes", "--theme", "x", "--code", "x/y", "tests/data/freq/codings.tsv"}).status == 2);
  auto no_text = run_draad({"quotes", "--theme", "x"}, "doc\tseg\tcode\ttheme\thits\na\t1\tx/y\tx\t1\n");
  CHECK(no_text.status == 1);
  CHECK(no_text.err.find("no column 'text'") != std::string::npos);
}
