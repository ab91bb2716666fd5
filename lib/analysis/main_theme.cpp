#include "analysis/main_theme.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <tuple>

#include "stream/record.h"

namespace draad {
namespace {

struct ThemeScore {
  std::string_view theme;
  std::size_t rank = 0;  // its place in the theme order; past its end when not listed
  std::int64_t hits = 0;
  std::int64_t codes = 0;
  std::int64_t first = std::numeric_limits<std::int64_t>::max();  // code point offset of its first hit

  // Better on rule 1, then 2, 3 and 4.
  bool beats(const ThemeScore& o) const {
    if (std::tuple(hits, codes, -first) != std::tuple(o.hits, o.codes, -o.first))
      return std::tuple(hits, codes, -first) > std::tuple(o.hits, o.codes, -o.first);
    return rank != o.rank ? rank < o.rank : theme < o.theme;
  }
};

std::int64_t first_hit(std::string_view terms) {
  std::int64_t first = std::numeric_limits<std::int64_t>::max();
  for (const auto& hit : parse_hits(terms)) first = std::min(first, hit.start);
  return first == std::numeric_limits<std::int64_t>::max() ? 0 : first;
}

}  // namespace

std::string_view main_theme(const std::vector<SegmentCode>& codes, const std::vector<std::string>& theme_order) {
  // A segment has a handful of themes: a flat list beats a map.
  std::vector<ThemeScore> scores;
  for (const auto& c : codes) {
    auto it = std::find_if(scores.begin(), scores.end(), [&](const ThemeScore& s) { return s.theme == c.theme; });
    if (it == scores.end()) {
      const auto listed = std::find(theme_order.begin(), theme_order.end(), c.theme);
      it = scores.insert(scores.end(), ThemeScore{c.theme, static_cast<std::size_t>(listed - theme_order.begin())});
    }
    it->hits += c.hits;
    it->codes += 1;
    it->first = std::min(it->first, first_hit(c.terms));
  }
  const ThemeScore* best = nullptr;
  for (const auto& s : scores)
    if (!best || s.beats(*best)) best = &s;
  return best ? best->theme : std::string_view();
}

}  // namespace draad
