#include <doctest/doctest.h>

#include "analysis/main_theme.h"

using namespace draad;

namespace {

SegmentCode code(std::string id, std::int64_t hits, std::string terms) {
  std::string theme = id.substr(0, id.find('/'));
  return {std::move(id), std::move(theme), hits, std::move(terms)};
}

}  // namespace

TEST_CASE("main theme: the most hits, summed over a theme's codes") {
  CHECK(main_theme({}) == "");
  CHECK(main_theme({code("spelregels/veiligheid", 2, "veilig@40-46;veilig@80-86"),
                    code("ontmoeting/buurthuis", 1, "buurthuis@3-12"),
                    code("ontmoeting/ontmoetingsplek", 2, "ontmoet@20-27;plek@60-64")}) == "ontmoeting");
}

TEST_CASE("main theme: on equal hits more codes, then the first hit, then the codebook's order, then the id") {
  // Equal hits (2 each): ontmoeting has two codes.
  CHECK(main_theme({code("spelregels/veiligheid", 2, "veilig@0-6;veilig@9-15"),
                    code("ontmoeting/buurthuis", 1, "buurthuis@30-39"),
                    code("ontmoeting/ontmoetingsplek", 1, "plek@50-54")}) == "ontmoeting");
  // Equal hits and codes: the theme hit first in the segment.
  const std::vector<SegmentCode> tied{code("spelregels/veiligheid", 1, "veilig@122-128"),
                                      code("wederkerigheid/vertrouwen", 1, "vertrouwen@98-108")};
  CHECK(main_theme(tied) == "wederkerigheid");
  // Hit at the same place (one word, two codes): the codebook's order, else the id.
  const std::vector<SegmentCode> same{code("wederkerigheid/samenwerking", 1, "samenwerkingsafspraken@8504-8526"),
                                     code("spelregels/regels_afspraken", 1, "samenwerkingsafspraken@8504-8526")};
  CHECK(main_theme(same, {"verhalen", "wederkerigheid", "spelregels"}) == "wederkerigheid");
  CHECK(main_theme(same, {"spelregels", "wederkerigheid"}) == "spelregels");
  CHECK(main_theme(same) == "spelregels");
  CHECK(main_theme(same, {"verhalen"}) == "spelregels");  // neither listed: by id
  CHECK(main_theme(same, {"wederkerigheid"}) == "wederkerigheid");  // a listed theme before an unlisted one
}

TEST_CASE("main theme: codes taken from an answer's question (no places) count as at the segment's start") {
  CHECK(main_theme({code("ontmoeting/ontmoeten", 1, ""), code("wederkerigheid/geven_en_nemen", 1, "")},
                   {"wederkerigheid", "ontmoeting"}) == "wederkerigheid");
  CHECK(main_theme({code("spelregels/veiligheid", 1, "veilig@5-11"), code("ontmoeting/ontmoeten", 1, "")}) ==
        "ontmoeting");
}
