#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "dutch/answer_cache.h"
#include "support.h"

namespace ac = draad::answer_cache;

namespace {

ac::Answers sample() {
  ac::Answers a;
  a.spelled.try_emplace("huis", true);
  a.spelled.try_emplace("huisde", false);
  a.spelled.try_emplace("tab\there", true);  // a word may hold a tab
  a.spelled.try_emplace(std::string(300, 'a'), true);  // too long: not kept
  a.stemmed.try_emplace("huizen", std::vector<std::string>{"huizen", "huis"});
  a.stemmed.try_emplace("xyzzy", std::vector<std::string>{});
  a.stemmed.try_emplace("odd", std::vector<std::string>{"a\tb"});  // a stem with a tab: not kept
  return a;
}

using Stems = std::vector<std::string>;

}  // namespace

TEST_CASE("answer cache: written and read back under its key, looked up in place") {
  const std::string path = draad::test::temp_dir() + "/dir/answers";  // the directory is made
  REQUIRE(ac::write(path, "key 1", ac::Kept(), sample()));
  const ac::Kept back = ac::Kept::read(path, "key 1");
  CHECK(back.size() == 5);
  CHECK(back.spelled("huis") == std::optional<bool>(true));
  CHECK(back.spelled("huisde") == std::optional<bool>(false));
  CHECK(back.spelled("tab\there") == std::optional<bool>(true));
  CHECK_FALSE(back.spelled(std::string(300, 'a')));
  CHECK_FALSE(back.spelled("huizen"));  // asked for its stems only
  CHECK(back.stemmed("huizen") == std::optional<Stems>(Stems{"huizen", "huis"}));
  CHECK(back.stemmed("xyzzy") == std::optional<Stems>(Stems{}));
  CHECK_FALSE(back.stemmed("odd"));
  CHECK_FALSE(back.stemmed("huis"));
  CHECK(std::distance(std::filesystem::directory_iterator(std::filesystem::path(path).parent_path()),
                      std::filesystem::directory_iterator()) == 1);  // no temporary file left
}

TEST_CASE("answer cache: a new file holds the kept answers and the new ones") {
  const std::string path = draad::test::temp_dir() + "/answers";
  REQUIRE(ac::write(path, "key 1", ac::Kept(), sample()));
  const ac::Kept kept = ac::Kept::read(path, "key 1");
  ac::Answers added;
  added.spelled.try_emplace("buurt", true);
  added.spelled.try_emplace("huis", true);  // also kept: once
  REQUIRE(ac::write(path, "key 1", kept, added));
  const ac::Kept both = ac::Kept::read(path, "key 1");
  CHECK(both.size() == 6);
  CHECK(both.spelled("buurt") == std::optional<bool>(true));
  CHECK(both.stemmed("huizen") == std::optional<Stems>(Stems{"huizen", "huis"}));
}

TEST_CASE("answer cache: the kept answers a run used again do not count towards the limit of 2^17") {
  const std::string path = draad::test::temp_dir() + "/answers";
  ac::Answers many;
  for (int i = 0; i < 100'000; ++i) many.spelled.try_emplace("woord" + std::to_string(i), i % 2 == 0);
  REQUIRE(ac::write(path, "key 1", ac::Kept(), many));
  const ac::Kept kept = ac::Kept::read(path, "key 1");
  REQUIRE(kept.size() == 100'000);
  // A run that used half the kept answers (they are in its map) and asked one more.
  ac::Answers used;
  for (int i = 0; i < 50'000; ++i) used.spelled.try_emplace("woord" + std::to_string(i), i % 2 == 0);
  used.spelled.try_emplace("buurt", true);
  REQUIRE(ac::write(path, "key 1", kept, used));
  const ac::Kept all = ac::Kept::read(path, "key 1");
  CHECK(all.size() == 100'001);
  CHECK(all.spelled("woord99998") == std::optional<bool>(true));
  // Past the limit the file holds the run's answers alone.
  ac::Answers other;
  for (int i = 0; i < 40'000; ++i) other.spelled.try_emplace("ander" + std::to_string(i), true);
  REQUIRE(ac::write(path, "key 1", all, other));
  const ac::Kept afresh = ac::Kept::read(path, "key 1");
  CHECK(afresh.size() == 40'000);
  CHECK_FALSE(afresh.spelled("buurt"));
}

TEST_CASE("answer cache: another key or a missing or changed file gives no answers") {
  const std::string path = draad::test::temp_dir() + "/answers";
  REQUIRE(ac::write(path, "key 1", ac::Kept(), sample()));
  CHECK(ac::Kept::read(path, "key 1").size() == 5);
  CHECK(ac::Kept::read(path, "key 2").size() == 0);
  CHECK(ac::Kept::read(path + ".none", "key 1").size() == 0);
  std::string changed = draad::test::read_file(path);
  changed[changed.size() - 2] ^= 0x01;
  draad::test::write_file(path, changed);
  const ac::Kept none = ac::Kept::read(path, "key 1");
  CHECK(none.size() == 0);
  CHECK_FALSE(none.spelled("huis"));
}
