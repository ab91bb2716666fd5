#include <doctest/doctest.h>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "dutch/answer_cache.h"
#include "support.h"

namespace ac = draad::answer_cache;

namespace {

// A path in a fresh directory (made if need be): `name` may hold a folder.
std::string scratch_file(const std::string& name) { return draad::test::temp_dir() + "/" + name; }

ac::Answers sample() {
  ac::Answers a;
  a.spelled.try_emplace("huis", true);
  a.spelled.try_emplace("huisde", false);
  a.spelled.try_emplace("tab\there", true);  // not written
  a.stemmed.try_emplace("huizen", std::vector<std::string>{"huizen", "huis"});
  a.stemmed.try_emplace("xyzzy", std::vector<std::string>{});
  return a;
}

}  // namespace

TEST_CASE("answer cache: written and read back under its key, tabs left out") {
  const std::string path = scratch_file("dir/answers");  // the directory is made
  REQUIRE(ac::write(path, "key 1", sample()));
  CHECK(draad::test::read_file(path) ==
        "draad dictionary answers 2\nkey 1\n49 e12a2a60518c1c37\n"
        "s\thuis\t1\ns\thuisde\t0\nt\thuizen\thuizen\thuis\nt\txyzzy\n");
  ac::Answers back;
  back.spelled.try_emplace("kept", true);
  REQUIRE(ac::read(path, "key 1", back));
  CHECK(back.spelled.size() == 3);
  CHECK(back.spelled.find("kept")->second);
  CHECK(back.spelled.find("huis")->second);
  CHECK_FALSE(back.spelled.find("huisde")->second);
  CHECK(back.spelled.find("tab\there") == nullptr);
  CHECK(back.stemmed.find("huizen")->second == std::vector<std::string>{"huizen", "huis"});
  CHECK(back.stemmed.find("xyzzy")->second.empty());
  CHECK(std::distance(std::filesystem::directory_iterator(std::filesystem::path(path).parent_path()),
                      std::filesystem::directory_iterator()) == 1);  // no temporary file left
}

TEST_CASE("answer cache: another key, a missing, cut or changed file is not used") {
  const std::string path = scratch_file("answers");
  REQUIRE(ac::write(path, "key 1", sample()));
  const std::string whole = draad::test::read_file(path);
  ac::Answers out;
  CHECK_FALSE(ac::read(path, "key 2", out));
  CHECK_FALSE(ac::read(path + ".none", "key 1", out));
  draad::test::write_file(path, whole.substr(0, whole.size() - 1));  // the last line cut short
  CHECK_FALSE(ac::read(path, "key 1", out));
  std::string changed = whole;
  changed.replace(changed.find("huisde\t0"), 8, "huisde\t1");  // an answer changed, the checksum not
  draad::test::write_file(path, changed);
  CHECK_FALSE(ac::read(path, "key 1", out));
  draad::test::write_file(path, "");
  CHECK_FALSE(ac::read(path, "key 1", out));
  // A file past 64 MB, or a device that never ends, is not read at all.
  draad::test::write_file(path, whole);
  std::filesystem::resize_file(path, (std::uintmax_t{64} << 20) + 1);
  CHECK_FALSE(ac::read(path, "key 1", out));
  CHECK_FALSE(ac::read("/dev/zero", "key 1", out));
  CHECK(out.spelled.empty());
  CHECK(out.stemmed.empty());
}
