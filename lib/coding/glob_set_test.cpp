#include "coding/glob_set.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

using draad::GlobSet;
using draad::glob_match;

namespace {

std::vector<std::uint32_t> matching(const GlobSet& set, std::string_view s) {
  std::vector<std::uint32_t> ids;
  set.for_each_match(s, [&](std::uint32_t id) {
    ids.push_back(id);
    return false;
  });
  std::sort(ids.begin(), ids.end());
  return ids;
}

}  // namespace

TEST_CASE("glob_match: * is any run of characters, the rest byte for byte") {
  CHECK(glob_match("buurt*", "buurt"));
  CHECK(glob_match("buurt*", "buurthuis"));
  CHECK_FALSE(glob_match("buurt*", "debuurt"));
  CHECK(glob_match("*bijeenkomst*", "buurtbijeenkomsten"));
  CHECK(glob_match("*bijeenkomst", "bijeenkomst"));
  CHECK_FALSE(glob_match("*bijeenkomst", "bijeenkomsten"));
  CHECK(glob_match("m*d*r", "moeder"));
  CHECK_FALSE(glob_match("m*d*r", "moeders"));
  CHECK(glob_match("*", ""));
  CHECK_FALSE(glob_match("a*", ""));
  CHECK(glob_match("aan*aan", "aanaan"));
  CHECK_FALSE(glob_match("aan*aan", "aan"));
}

TEST_CASE("GlobSet: every glob that matches, once, whichever list it is filed in") {
  GlobSet set;
  set.add("buurt*", 0);          // anchored on b
  set.add("*bijeenkomst*", 1);   // floating on b
  set.add("*sessie*", 2);        // floating on s
  set.add("*", 3);               // no literal
  set.add("vrijwilliger", 4);    // no star: the word itself
  set.add("*s*s*", 5);           // floating; its literal s occurs twice in sessies
  set.add("**", 6);
  CHECK(matching(set, "buurtbijeenkomsten") == std::vector<std::uint32_t>{0, 1, 3, 6});
  CHECK(matching(set, "bijeenkomst") == std::vector<std::uint32_t>{1, 3, 6});
  CHECK(matching(set, "sessies") == std::vector<std::uint32_t>{2, 3, 5, 6});
  CHECK(matching(set, "vrijwilliger") == std::vector<std::uint32_t>{3, 4, 6});
  CHECK(matching(set, "vrijwilligers") == std::vector<std::uint32_t>{3, 6});
  CHECK(matching(set, "") == std::vector<std::uint32_t>{3, 6});
}

TEST_CASE("GlobSet: for_each_match stops where the visit says and says so") {
  GlobSet set;
  set.add("*huis*", 10);
  set.add("buurt*", 11);
  set.add("buurthuis", 12);
  std::vector<std::uint32_t> seen;
  const bool stopped = set.for_each_match("buurthuis", [&](std::uint32_t id) {
    seen.push_back(id);
    return id == 11;
  });
  CHECK(stopped);
  CHECK(std::find(seen.begin(), seen.end(), 11u) != seen.end());
  CHECK_FALSE(set.for_each_match("buurthuis", [](std::uint32_t id) { return id == 99; }));
  CHECK_FALSE(set.for_each_match("tuin", [](std::uint32_t) { return true; }));
  CHECK(GlobSet().for_each_match("", [](std::uint32_t) { return true; }) == false);
}
