// A codebook's globs (`buurt*`, `*bijeenkomst*`: * is any run of
// characters, the rest matches byte for byte), asked which of them match a
// word. The matcher asks once per distinct word of a text, and trying each
// of a codebook's globs on each word was a tenth of coding a short text; so
// each glob is filed under the first byte of its first literal run, and a
// word tries only the globs whose run it holds (at its start, for a glob
// that does not open with *).
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace draad {

// Whether `glob` matches all of `s`.
bool glob_match(std::string_view glob, std::string_view s);

// Immutable once built: threads may ask at once.
class GlobSet {
 public:
  // Adds `glob` (case-folded as the words asked about are) with a number
  // that for_each_match() hands back.
  void add(std::string glob, std::uint32_t id);

  // Calls visit(id) for each glob that matches `s`, once each, in an order
  // that depends only on the globs and `s`; stops early when visit returns
  // true. Whether a visit returned true.
  template <class Visit>
  bool for_each_match(std::string_view s, Visit visit) const {
    auto tried = [&](const std::vector<std::uint32_t>& list, bool anchored) {
      for (auto i : list) {
        const Glob& g = globs_[i];
        const bool holds = anchored ? s.starts_with(g.literal) : s.find(g.literal) != std::string_view::npos;
        if (holds && glob_match(g.pattern, s) && visit(g.id)) return true;
      }
      return false;
    };
    if (tried(all_stars_, false)) return true;
    if (s.empty()) return false;
    if (tried(anchored_[static_cast<unsigned char>(s[0])], true)) return true;
    std::array<std::uint64_t, 4> seen{};  // each byte's list once: a glob is in one list
    for (char c : s) {
      const auto b = static_cast<unsigned char>(c);
      std::uint64_t& word = seen[b / 64];
      const std::uint64_t bit = std::uint64_t{1} << (b % 64);
      if (word & bit) continue;
      word |= bit;
      if (tried(floating_[b], false)) return true;
    }
    return false;
  }

 private:
  struct Glob {
    std::string pattern;
    std::uint32_t id;
    std::string literal;  // the pattern's first run without *; "" for * alone
  };

  std::vector<Glob> globs_;
  // Indices into globs_ by the first byte of the literal: globs that open
  // with it, and globs that open with *.
  std::array<std::vector<std::uint32_t>, 256> anchored_, floating_;
  std::vector<std::uint32_t> all_stars_;  // no literal: *, **
};

}  // namespace draad
