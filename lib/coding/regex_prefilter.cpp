#include "coding/regex_prefilter.h"

#include <bit>
#include <cstdint>

#include "base/utf8.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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
  for (std::size_t i = 0; i < literal_.size(); ++i)
    if (i != anchor_ && (second_ == anchor_ || rank(literal_[i]) > rank(literal_[second_]))) second_ = i;
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
  const std::size_t n = text.size(), m = literal_.size();
  auto matches_at = [&](std::size_t start) {
    for (std::size_t k = 0; k < m; ++k)
      if (ascii_lower(text[start + k]) != literal_[k]) return false;
    return true;
  };
  // Eight starts at a time: those where the anchor (the literal's rarest
  // letter) and its second rarest byte are both there, ignoring case (OR
  // 0x20 lower-cases a letter; any other byte it changes fails the exact
  // test after), are tested whole, in text order. Most blocks have none.
  constexpr std::uint64_t kFold = 0x2020202020202020ULL;
  const auto anchor = static_cast<unsigned char>(literal_[anchor_] | 0x20);
  const auto second = static_cast<unsigned char>(literal_[second_] | 0x20);
  const char* data = text.data();
  std::size_t match = none, start = 0;
#if defined(__SSE2__)
  // Sixteen at a time where the processor has SSE2 (every x86-64), the same test.
  const __m128i fold = _mm_set1_epi8(0x20), anchors = _mm_set1_epi8(static_cast<char>(anchor)),
                seconds = _mm_set1_epi8(static_cast<char>(second));
  auto load16 = [&](std::size_t at) {
    return _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(data + at)), fold);
  };
  for (; match == none && start + 16 + m <= n + 1; start += 16) {
    auto flags = static_cast<unsigned>(_mm_movemask_epi8(_mm_and_si128(
        _mm_cmpeq_epi8(load16(start + anchor_), anchors), _mm_cmpeq_epi8(load16(start + second_), seconds))));
    for (; flags && match == none; flags &= flags - 1) {
      const auto k = static_cast<std::size_t>(std::countr_zero(flags));
      if (matches_at(start + k)) match = start + k;
    }
  }
#endif
  for (; match == none && start + 8 + m <= n + 1; start += 8) {
    std::uint64_t flags = utf8::has_byte(utf8::load8(data + start + anchor_) | kFold, anchor) &
                          utf8::has_byte(utf8::load8(data + start + second_) | kFold, second);
    while (flags && match == none) {
      const std::size_t k = utf8::first_flagged(flags);
      if (matches_at(start + k)) match = start + k;
      flags &= ~(std::uint64_t{0x80} << (std::endian::native == std::endian::little ? 8 * k : 56 - 8 * k));
    }
  }
  for (; match == none && start + m <= n; ++start)
    if (matches_at(start)) match = start;
  // A folding character before the anchor of the first match (or anywhere,
  // without one) sends the regex back to the start.
  return first_folding < (match == none ? n : match + anchor_) ? 0 : match;
}

}  // namespace draad
