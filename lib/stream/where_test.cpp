#include <doctest/doctest.h>

#include "stream/where.h"

using namespace draad;

TEST_CASE("where: =, != and comma lists, ASCII case and spaces ignored") {
  where::Filter f({"rol = Deelnemer", "plaats!=Zwolle, Almere"});
  REQUIRE(f.conditions().size() == 2);
  CHECK(f.conditions()[0].column == "rol");
  CHECK(f.conditions()[1].values == std::vector<std::string>{"zwolle", "almere"});
  CHECK(f.matches({"deelnemer", "Utrecht"}));
  CHECK_FALSE(f.matches({"gespreksleider", "Utrecht"}));
  CHECK_FALSE(f.matches({"deelnemer", "almere"}));
  CHECK(where::Filter().matches({}));
}

TEST_CASE("where: an empty value is the empty field") {
  where::Condition c = where::parse("speaker!=");
  CHECK(c.passes("Anna"));
  CHECK_FALSE(c.passes(""));
  CHECK(where::parse("x=a=b").values == std::vector<std::string>{"a=b"});
}

TEST_CASE("where: malformed conditions are usage errors") {
  CHECK_THROWS_AS(where::parse("rol"), UsageError);
  CHECK_THROWS_AS(where::parse("=deelnemer"), UsageError);
  CHECK_THROWS_AS(where::parse("!=x"), UsageError);
}

TEST_CASE("where: an unknown column names the columns, with a suggestion") {
  where::Filter f({"speaker!=Gespreksleider", "rool=deelnemer"});
  CHECK(f.bind({"doc", "speaker", "rol", "rool"}, {"x"}) == std::vector<std::size_t>{1, 3});
  try {
    f.bind({"doc", "seg", "speaker", "rol"}, {"in.tsv", 1});
    FAIL("no error");
  } catch (const DataError& e) {
    CHECK(std::string(e.what()) ==
          "in.tsv:1: --where 'rool=deelnemer': no column 'rool' (did you mean 'rol'?); the input has: doc, seg, speaker, rol");
  }
}
