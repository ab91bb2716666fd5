#include <doctest/doctest.h>

#include "base/suggest.h"

using draad::closest;
using draad::did_you_mean;

TEST_CASE("suggest: typos, swapped letters and case find the intended word") {
  const std::vector<std::string> keys = {"label", "definition", "terms", "phrases", "codes"};
  CHECK(closest("lable", keys) == "label");
  CHECK(closest("Terms", keys) == "terms");
  CHECK(closest("defintion", keys) == "definition");
  CHECK(closest("phrase", keys) == "phrases");
  CHECK(did_you_mean("cods", keys) == " (did you mean 'codes'?)");
}

TEST_CASE("suggest: nothing when no candidate is close") {
  const std::vector<std::string> keys = {"label", "terms"};
  CHECK_FALSE(closest("ontmoeting", keys).has_value());
  CHECK_FALSE(closest("x", keys).has_value());
  CHECK(did_you_mean("regex", {}) == "");
}
