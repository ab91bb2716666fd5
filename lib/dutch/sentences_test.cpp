#include <doctest/doctest.h>

#include <fstream>
#include <string>

#include "dutch/sentences.h"
#include "support.h"

TEST_CASE("sentences: the hand-checked Dutch cases of tests/data/tokens/sentences.txt") {
  std::ifstream in(draad::test::data_path("tokens/sentences.txt"));
  REQUIRE(in);
  int n = 0;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    const std::size_t arrow = line.find(" ⟶ ");
    REQUIRE(arrow != std::string::npos);
    std::string input = line.substr(0, arrow);
    for (std::size_t p; (p = input.find("\\n")) != std::string::npos;) input.replace(p, 2, "\n");
    std::string got;
    for (const draad::ByteRange& s : draad::split_sentences(input))
      got += (got.empty() ? "" : " ‖ ") + input.substr(s.begin, s.end - s.begin);
    for (std::size_t p; (p = got.find('\n')) != std::string::npos;) got.replace(p, 1, "\\n");
    CHECK_MESSAGE(got == line.substr(arrow + std::string(" ⟶ ").size()), input);
    ++n;
  }
  CHECK(n >= 20);
}

TEST_CASE("sentences: spans cover every non-space character once, also on odd input") {
  for (std::string text : {std::string(""), std::string("   "), std::string("geen punt"), std::string(5000, '.'),
                           std::string("\u0301. A. B. c.\n\n\n1.\n2.\n"), std::string("bijv. bijv. bijv.")}) {
    std::size_t covered = 0, last_end = 0;
    for (const draad::ByteRange& s : draad::split_sentences(text)) {
      CHECK(s.begin >= last_end);
      CHECK(s.begin < s.end);
      last_end = s.end;
      for (std::size_t i = s.begin; i < s.end; ++i) covered += text[i] != ' ' && text[i] != '\n';
    }
    std::size_t nonspace = 0;
    for (char c : text) nonspace += c != ' ' && c != '\n';
    CHECK(covered == nonspace);
  }
}
