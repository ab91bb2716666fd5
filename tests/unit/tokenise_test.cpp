#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "support.h"
#include "tokenise.h"

namespace {

std::vector<std::string> surfaces(std::string_view text) {
  static draad::Tokeniser tokeniser;
  std::vector<draad::Token> tokens;
  tokeniser.tokenise(text, tokens);
  std::vector<std::string> out;
  for (const auto& t : tokens) out.emplace_back(text.substr(t.begin, t.end - t.begin));
  return out;
}

}  // namespace

TEST_CASE("tokenise: words and punctuation, white space is never a token") {
  CHECK(surfaces("Ik zie m'n buren.") == std::vector<std::string>{"Ik", "zie", "m'n", "buren", "."});
  CHECK(surfaces("  \n ").empty());
}

TEST_CASE("tokenise: norm is case-folded, stem is the Dutch Snowball stem") {
  draad::Tokeniser tokeniser;
  std::vector<draad::Token> tokens;
  tokeniser.tokenise("Brievenbussen", tokens);
  REQUIRE(tokens.size() == 1);
  CHECK(tokens[0].norm == "brievenbussen");
  CHECK(tokens[0].stem == "brievenbuss");
  CHECK(std::string(draad::kind_name(tokens[0].kind)) == "word");
}

TEST_CASE("tokens: segment stream in, token records with document offsets out") {
  auto r = draad::test::run_draad({"tokens"}, "doc\tseg\tstart\ttext\nx\t1\t10\tZo'n buurthuis.\n");
  CHECK(r.status == 0);
  CHECK(r.out ==
        "doc\tseg\ttok\tstart\tend\tsurface\tnorm\tstem\tkind\n"
        "x\t1\t1\t10\t14\tZo'n\tzo'n\tzo'n\tword\n"
        "x\t1\t2\t15\t24\tbuurthuis\tbuurthuis\tbuurthuis\tword\n"
        "x\t1\t3\t24\t25\t.\t.\t.\tpunct\n");
}
