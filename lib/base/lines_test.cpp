#include <doctest/doctest.h>

#include <string>

#include "base/lines.h"

using namespace draad;

namespace {

std::string walked(std::string_view text) {
  std::string out;
  for_each_line(text, [&](std::size_t begin, std::size_t end) { out += "[" + std::string(text.substr(begin, end - begin)) + "]"; });
  return out;
}

}  // namespace

TEST_CASE("lines: each line without its newline, a last one without newline too, none after a final newline") {
  CHECK(walked("") == "");
  CHECK(walked("een") == "[een]");
  CHECK(walked("een\n") == "[een]");
  CHECK(walked("een\n\ntwee") == "[een][][twee]");
  CHECK(walked("\n") == "[]");
}

TEST_CASE("lines: a walk whose function returns false stops there") {
  const std::string_view text = "een\ntwee\ndrie\n";
  std::string seen;
  for_each_line(text, [&](std::size_t begin, std::size_t end) {
    seen += std::string(text.substr(begin, end - begin)) + ";";
    return end < 8;
  });
  CHECK(seen == "een;twee;");
}
