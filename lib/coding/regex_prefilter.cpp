#include "coding/regex_prefilter.h"

#include "base/utf8.h"

namespace draad {
namespace {

using utf8::ascii_lower;

bool is_literal(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' ' || c == '-';
}

}  // namespace

// Every code point above ASCII whose full case folding (ICU) contains an
// ASCII character; a unit test recomputes the list from ICU.
bool folds_to_ascii(char32_t c) {
  return c == 0x00DF || c == 0x0130 || c == 0x0149 || c == 0x017F || c == 0x01F0 || (c >= 0x1E96 && c <= 0x1E9A) ||
         c == 0x1E9E || c == 0x212A || (c >= 0xFB00 && c <= 0xFB06);
}

RegexPrefilter::RegexPrefilter(std::string_view pattern) {
  if (pattern.find('|') != std::string_view::npos) return;
  std::size_t n = 0;
  while (n < pattern.size() && is_literal(pattern[n])) ++n;
  if (n < pattern.size() && (pattern[n] == '?' || pattern[n] == '*' || pattern[n] == '{') && n > 0) --n;
  for (std::size_t i = 0; i < n; ++i) literal_ += ascii_lower(pattern[i]);
  // Dutch letters from common to rare; a byte not listed (a digit, a space,
  // a hyphen) counts as rarest.
  constexpr std::string_view kCommonFirst = "enatirodslgvhkmubpjwzcfxyq";
  auto rank = [&](char c) {
    const std::size_t r = kCommonFirst.find(c);
    return r == std::string_view::npos ? kCommonFirst.size() : r;
  };
  for (std::size_t i = 1; i < literal_.size(); ++i)
    if (rank(literal_[i]) > rank(literal_[anchor_])) anchor_ = i;
}

std::size_t RegexPrefilter::first_candidate(std::string_view text) const {
  if (literal_.empty()) return 0;
  const char lower = literal_[anchor_];
  const char upper = lower >= 'a' && lower <= 'z' ? static_cast<char>(lower - 32) : lower;
  const std::size_t n = text.size(), m = literal_.size();
  for (std::size_t i = 0; i < n;) {
    if (i + 8 <= n) {
      const std::uint64_t w = utf8::load8(text.data() + i);
      if (!(utf8::has_byte(w, lower) | utf8::has_byte(w, upper)) && !utf8::has_non_ascii(w)) {
        i += 8;
        continue;
      }
    }
    // Something in these eight bytes: look at each.
    for (const std::size_t stop = std::min(n, i + 8); i < stop; ++i) {
      const auto byte = static_cast<unsigned char>(text[i]);
      if (byte >= 0x80) {
        // Decoded at lead bytes only; a continuation byte is passed over.
        std::size_t j = i;
        if ((byte & 0xC0) != 0x80 && folds_to_ascii(utf8::next(text, j))) return 0;
        continue;
      }
      if (ascii_lower(text[i]) == lower && i >= anchor_ && i - anchor_ + m <= n) {
        const std::size_t start = i - anchor_;
        std::size_t k = 0;
        while (k < m && ascii_lower(text[start + k]) == literal_[k]) ++k;
        if (k == m) return start;
      }
    }
  }
  return std::string_view::npos;
}

}  // namespace draad
