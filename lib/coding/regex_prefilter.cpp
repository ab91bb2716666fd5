#include "coding/regex_prefilter.h"

#include <cstring>

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

std::size_t first_folding_to_ascii(std::string_view text) {
  const std::size_t n = text.size();
  for (std::size_t i = 0; i < n;) {
    if (i + 8 <= n && !utf8::has_non_ascii(utf8::load8(text.data() + i))) {
      i += 8;
      continue;
    }
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80 || (byte & 0xC0) == 0x80) {  // ASCII, or a continuation byte passed over
      ++i;
      continue;
    }
    const std::size_t at = i;
    if (folds_to_ascii(utf8::next(text, i))) return at;
  }
  return std::string_view::npos;
}

std::size_t RegexPrefilter::first_candidate(std::string_view text) const {
  return first_candidate(text, first_folding_to_ascii(text));
}

std::size_t RegexPrefilter::first_candidate(std::string_view text, std::size_t first_folding) const {
  if (literal_.empty()) return 0;
  constexpr std::size_t none = std::string_view::npos;
  const char lower = literal_[anchor_];
  const char upper = lower >= 'a' && lower <= 'z' ? static_cast<char>(lower - 32) : lower;
  const std::size_t n = text.size(), m = literal_.size();
  // The anchor letter in either case, found by memchr (vectorised): the
  // next of each is kept, so every byte is looked at once.
  auto find = [&](char c, std::size_t from) {
    const void* p = from < n ? std::memchr(text.data() + from, c, n - from) : nullptr;
    return p ? static_cast<std::size_t>(static_cast<const char*>(p) - text.data()) : none;
  };
  std::size_t next_lower = find(lower, 0), next_upper = upper == lower ? none : find(upper, 0);
  std::size_t match = none;
  for (std::size_t i; (i = std::min(next_lower, next_upper)) != none;) {
    if (i >= anchor_ && i - anchor_ + m <= n) {
      const std::size_t start = i - anchor_;
      std::size_t k = 0;
      while (k < m && ascii_lower(text[start + k]) == literal_[k]) ++k;
      if (k == m) {
        match = start;
        break;
      }
    }
    if (i == next_lower) next_lower = find(lower, i + 1);
    else next_upper = find(upper, i + 1);
  }
  // A folding character before the anchor of the first match (or anywhere,
  // without one) sends the regex back to the start.
  return first_folding < (match == none ? n : match + anchor_) ? 0 : match;
}

}  // namespace draad
