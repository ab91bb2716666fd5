#include <doctest/doctest.h>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "dutch/answer_cache.h"

namespace ac = draad::answer_cache;

namespace {

std::string scratch_file(const std::string& name) {
  const auto dir = std::filesystem::temp_directory_path() / ("draad-answer-cache-test-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  return (dir / name).string();
}

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

void spit(const std::string& path, const std::string& content) { std::ofstream(path, std::ios::binary) << content; }

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
  CHECK(slurp(path) ==
        "draad dictionary answers 1\nkey 1\n49 27645fed590a2114\n"
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
  const std::string whole = slurp(path);
  ac::Answers out;
  CHECK_FALSE(ac::read(path, "key 2", out));
  CHECK_FALSE(ac::read(path + ".none", "key 1", out));
  spit(path, whole.substr(0, whole.size() - 1));  // the last line cut short
  CHECK_FALSE(ac::read(path, "key 1", out));
  std::string changed = whole;
  changed.replace(changed.find("huisde\t0"), 8, "huisde\t1");  // an answer changed, the checksum not
  spit(path, changed);
  CHECK_FALSE(ac::read(path, "key 1", out));
  spit(path, "");
  CHECK_FALSE(ac::read(path, "key 1", out));
  // A file past 64 MB, or a device that never ends, is not read at all.
  spit(path, whole);
  std::filesystem::resize_file(path, (std::uintmax_t{64} << 20) + 1);
  CHECK_FALSE(ac::read(path, "key 1", out));
  CHECK_FALSE(ac::read("/dev/zero", "key 1", out));
  CHECK(out.spelled.empty());
  CHECK(out.stemmed.empty());
}

TEST_CASE("answer cache: under XDG_CACHE_HOME, else ~/.cache, and none with DRAAD_CACHE=off") {
  const char* xdg = std::getenv("XDG_CACHE_HOME");
  const char* off = std::getenv("DRAAD_CACHE");
  const std::string saved_xdg = xdg ? xdg : "", saved_off = off ? off : "";
  ::unsetenv("DRAAD_CACHE");
  ::setenv("XDG_CACHE_HOME", "/tmp/x", 1);
  CHECK(ac::path("a") == "/tmp/x/draad/a");
  ::setenv("XDG_CACHE_HOME", "relative", 1);  // not absolute: ignored, as the XDG spec says
  ::setenv("HOME", std::getenv("HOME") ? std::getenv("HOME") : "/root", 1);
  CHECK(ac::path("a") == std::string(std::getenv("HOME")) + "/.cache/draad/a");
  for (const char* value : {"off", "0", "no"}) {
    ::setenv("DRAAD_CACHE", value, 1);
    CHECK(ac::path("a").empty());
  }
  if (xdg) ::setenv("XDG_CACHE_HOME", saved_xdg.c_str(), 1); else ::unsetenv("XDG_CACHE_HOME");
  if (off) ::setenv("DRAAD_CACHE", saved_off.c_str(), 1); else ::unsetenv("DRAAD_CACHE");
}
