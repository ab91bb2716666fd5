#include <doctest/doctest.h>

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <string>

#include <fmt/format.h>

#include "base/cache_file.h"
#include "support.h"

namespace cf = draad::cache_file;

namespace {

// A path in a fresh directory (made if need be): `name` may hold a folder.
std::string scratch_file(const std::string& name) { return draad::test::temp_dir() + "/" + name; }

}  // namespace

TEST_CASE("cache file: written and read back under its magic and key, binary body whole") {
  const std::string path = scratch_file("dir/cache");  // the directory is made
  const std::string body("a\0b\nc", 5);
  REQUIRE(cf::write(path, "test format 1", "key 1", body));
  const std::string whole = draad::test::read_file(path);
  CHECK(whole.starts_with("test format 1\nkey 1\n5 "));
  CHECK(whole.ends_with("\n" + body));
  const auto back = cf::read(path, "test format 1", "key 1", 1 << 20);
  REQUIRE(back);
  CHECK(back->body == body);
  CHECK(std::distance(std::filesystem::directory_iterator(std::filesystem::path(path).parent_path()),
                      std::filesystem::directory_iterator()) == 1);  // no temporary file left
}

TEST_CASE("cache file: another magic or key, a missing, cut, changed, large or special file is not used") {
  const std::string path = scratch_file("cache");
  REQUIRE(cf::write(path, "test format 1", "key 1", "answer 1\nanswer 2\n"));
  const std::string whole = draad::test::read_file(path);
  CHECK(cf::read(path, "test format 1", "key 1", 1 << 20));
  CHECK_FALSE(cf::read(path, "test format 2", "key 1", 1 << 20));
  CHECK_FALSE(cf::read(path, "test format 1", "key 2", 1 << 20));
  CHECK_FALSE(cf::read(path + ".none", "test format 1", "key 1", 1 << 20));
  CHECK_FALSE(cf::read(path, "test format 1", "key 1", whole.size() - 1));  // larger than allowed
  draad::test::write_file(path, whole.substr(0, whole.size() - 1));  // cut short
  CHECK_FALSE(cf::read(path, "test format 1", "key 1", 1 << 20));
  std::string changed = whole;
  changed.replace(changed.find("answer 2"), 8, "answer 3");  // the body changed, the checksum not
  draad::test::write_file(path, changed);
  CHECK_FALSE(cf::read(path, "test format 1", "key 1", 1 << 20));
  draad::test::write_file(path, "");
  CHECK_FALSE(cf::read(path, "test format 1", "key 1", 1 << 20));
  CHECK_FALSE(cf::read("/dev/zero", "test format 1", "key 1", 1 << 20));  // a device is not read
  CHECK_FALSE(cf::read(std::filesystem::path(path).parent_path().string(), "test format 1", "key 1", 1 << 20));
}

TEST_CASE("cache file: a change of one bit anywhere in a long body is found, two equal words swapped too") {
  const std::string path = scratch_file("long");
  std::string body;
  for (int i = 0; i < 300; ++i) body += static_cast<char>('a' + i % 26);  // 9 lanes' rounds and a tail of 12
  REQUIRE(cf::write(path, "m", "k", body));
  const std::string whole = draad::test::read_file(path);
  const std::size_t start = whole.size() - body.size();
  for (std::size_t at = start; at < whole.size(); ++at) {
    std::string changed = whole;
    changed[at] = static_cast<char>(changed[at] ^ 0x10);
    draad::test::write_file(path, changed);
    CHECK_MESSAGE(!cf::read(path, "m", "k", 1 << 20), "byte " << at - start);
  }
  // The lanes' words in another order: words 0 and 1 of the body swapped.
  std::string swapped = whole;
  std::swap_ranges(swapped.begin() + static_cast<long>(start), swapped.begin() + static_cast<long>(start) + 8,
                   swapped.begin() + static_cast<long>(start) + 8);
  REQUIRE(swapped != whole);
  draad::test::write_file(path, swapped);
  CHECK_FALSE(cf::read(path, "m", "k", 1 << 20));
  draad::test::write_file(path, whole);
  CHECK(cf::read(path, "m", "k", 1 << 20));
}

TEST_CASE("cache file: a failed write leaves the earlier file whole") {
  const std::string dir = scratch_file("locked");
  std::filesystem::create_directories(dir);
  const std::string path = dir + "/cache";
  REQUIRE(cf::write(path, "m", "k", "first"));
  std::filesystem::permissions(dir, std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec);
  // Without write permission the write fails (one with CAP_DAC_OVERRIDE may
  // write all the same): what write() says is what the file holds.
  const bool wrote = cf::write(path, "m", "k", "second");
  std::filesystem::permissions(dir, std::filesystem::perms::owner_all);
  CHECK(cf::read(path, "m", "k", 1 << 20)->body == (wrote ? "second" : "first"));
  CHECK(std::distance(std::filesystem::directory_iterator(dir), std::filesystem::directory_iterator()) == 1);
}

TEST_CASE("cache file: under XDG_CACHE_HOME, else ~/.cache, and none with DRAAD_CACHE=off") {
  const char* xdg = std::getenv("XDG_CACHE_HOME");
  const char* off = std::getenv("DRAAD_CACHE");
  const std::string saved_xdg = xdg ? xdg : "", saved_off = off ? off : "";
  ::unsetenv("DRAAD_CACHE");
  ::setenv("XDG_CACHE_HOME", "/tmp/x", 1);
  CHECK(cf::path("a") == "/tmp/x/draad/a");
  ::setenv("XDG_CACHE_HOME", "relative", 1);  // not absolute: ignored, as the XDG spec says
  ::setenv("HOME", std::getenv("HOME") ? std::getenv("HOME") : "/root", 1);
  CHECK(cf::path("a") == std::string(std::getenv("HOME")) + "/.cache/draad/a");
  for (const char* value : {"off", "0", "no"}) {
    ::setenv("DRAAD_CACHE", value, 1);
    CHECK(cf::path("a").empty());
  }
  if (xdg) ::setenv("XDG_CACHE_HOME", saved_xdg.c_str(), 1); else ::unsetenv("XDG_CACHE_HOME");
  if (off) ::setenv("DRAAD_CACHE", saved_off.c_str(), 1); else ::unsetenv("DRAAD_CACHE");
}

TEST_CASE("cache file: the key names a file by path, size and modification time") {
  const std::string path = scratch_file("keyed");
  draad::test::write_file(path, "abc");
  const std::string key = cf::file_key(path);
  CHECK(key.starts_with(path + " 3 "));
  CHECK(cf::file_key(path + ".none") == path + ".none missing");
}

TEST_CASE("cache file: a library is named by its file, one linked into the program by the program") {
  // fmt is a shared library of the tests; cache_file is linked into them.
  const std::string shared = cf::library_key(reinterpret_cast<const void*>(static_cast<std::string (*)(fmt::string_view, fmt::format_args)>(&fmt::vformat)));
  CHECK(shared.find("libfmt.so") != std::string::npos);
  CHECK(shared != cf::program_key());
  CHECK(cf::library_key(reinterpret_cast<const void*>(&cf::path)) == cf::program_key());
  CHECK(cf::program_key().starts_with("/proc/self/exe "));
}
