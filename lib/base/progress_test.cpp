#include "base/progress.h"

#include <doctest/doctest.h>

#include <cstdio>
#include <regex>
#include <string>

using namespace std::chrono_literals;

namespace {

std::string contents(std::FILE* f) {
  std::fflush(f);
  std::rewind(f);
  std::string out;
  for (int c; (c = std::fgetc(f)) != EOF;) out += static_cast<char>(c);
  return out;
}

}  // namespace

TEST_CASE("progress: counts text, segments and documents on one rewritten line, erased at the end") {
  std::FILE* f = std::tmpfile();
  REQUIRE(f);
  {
    draad::Progress progress("code", f, 0s, 0s);
    progress.segment(1'500'000, "sessie-zwolle");
    progress.segment(500'000, "sessie-zwolle");
    progress.segment(250'000, "sessie-utrecht");
  }
  const std::string out = contents(f);
  std::fclose(f);
  // The rate depends on the clock; everything else is exact.
  const std::regex expected(
      "\r\x1b\\[Kdraad code: 1\\.5 MB of text, 1 segments, 1 documents, [0-9.]+ MB/s"
      "\r\x1b\\[Kdraad code: 2\\.0 MB of text, 2 segments, 1 documents, [0-9.]+ MB/s"
      "\r\x1b\\[Kdraad code: 2\\.2 MB of text, 3 segments, 2 documents, [0-9.]+ MB/s"
      "\r\x1b\\[K");
  CHECK(std::regex_match(out, expected));
}

TEST_CASE("progress: nothing before the delay, without a stream nothing is written") {
  std::FILE* f = std::tmpfile();
  REQUIRE(f);
  {
    draad::Progress progress("segment", f, 1h, 0s);
    for (int i = 0; i < 1000; ++i) progress.segment(100, "a");
  }
  CHECK(contents(f).empty());
  std::fclose(f);
  draad::Progress quiet("segment", nullptr, 0s, 0s);
  quiet.segment(100, "a");  // writes nowhere, and does not crash
}
