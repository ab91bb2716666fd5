#include "coding/regex_prefilter.h"

#include <bit>
#include <cctype>
#include <cstdint>
#include <vector>

#include "base/utf8.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace draad {

using utf8::ascii_lower;

// Every code point above ASCII whose full case folding (ICU) contains an
// ASCII character; a unit test recomputes the list from ICU.
bool folds_to_ascii(char32_t c) {
  return c == 0x00DF || c == 0x0130 || c == 0x0149 || c == 0x017F || c == 0x01F0 || (c >= 0x1E96 && c <= 0x1E9A) ||
         c == 0x1E9E || c == 0x212A || (c >= 0xFB00 && c <= 0xFB06);
}

namespace {

bool is_literal(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' ' || c == '-';
}

// A run of literal text in a pattern, lower-case, and where it starts.
struct Run {
  std::string text;
  std::size_t at;
};

constexpr std::size_t kUnread = std::string_view::npos;

// Past the } that closes the { at i, or kUnread.
std::size_t past_brace(std::string_view pattern, std::size_t i) {
  const std::size_t shut = pattern.find('}', i);
  return shut == std::string_view::npos ? kUnread : shut + 1;
}

// Past the escape at i, with its argument: \x41 and \u00e9 are one
// character, \cX a control character, \12 a back reference, \p{L} a class,
// never literal text.
std::size_t past_escape(std::string_view pattern, std::size_t i) {
  const char e = i + 1 < pattern.size() ? pattern[i + 1] : '\0';
  i += 2;
  auto skip_while = [&](std::size_t most, auto in) {
    for (; most > 0 && i < pattern.size() && in(pattern[i]); --most) ++i;
    return i;
  };
  auto hex = [](char h) { return std::isxdigit(static_cast<unsigned char>(h)) != 0; };
  auto digit = [](char d) { return d >= '0' && d <= '9'; };
  const bool braced = i < pattern.size() && pattern[i] == '{';
  switch (e) {
    case 'p': case 'P': case 'N': case 'x':
      if (braced) return past_brace(pattern, i);
      return e == 'x' ? skip_while(2, hex) : e == 'N' ? i : i + 1;
    case 'u': return skip_while(4, hex);
    case 'U': return skip_while(8, hex);
    case '0': return skip_while(3, [](char o) { return o >= '0' && o <= '7'; });
    case 'c': return i + 1;
    default: return digit(e) ? skip_while(pattern.size(), digit) : i;
  }
}

// Past the class that opens at i: ICU sets nest ([a-z[0-9]]), and a ] right
// after [ or [^ is a member ([]ab], [^]ab]); kUnread when it never closes.
std::size_t past_class(std::string_view pattern, std::size_t i) {
  int depth = 0;
  while (i < pattern.size()) {
    const char c = pattern[i];
    if (c == '\\') {
      i = past_escape(pattern, i);
      continue;
    }
    if (c == '[') {
      ++depth;
      if (i + 1 < pattern.size() && pattern[i + 1] == '^') ++i;
      if (i + 1 < pattern.size() && pattern[i + 1] == ']') ++i;
    } else if (c == ']' && --depth == 0) {
      return i + 1;
    }
    ++i;
  }
  return kUnread;
}

// Past the group that opens at i, with the groups and classes inside it (a
// comment (?# ...) ends at its first )); kUnread when it never closes.
std::size_t past_group(std::string_view pattern, std::size_t i) {
  int depth = 0;
  while (i < pattern.size()) {
    const char c = pattern[i];
    if (c == '\\') {
      i = past_escape(pattern, i);
    } else if (c == '[') {
      i = past_class(pattern, i);
    } else if (pattern.substr(i, 3) == "(?#") {
      const std::size_t shut = pattern.find(')', i);
      if (shut == std::string_view::npos) return kUnread;
      i = shut + 1;
      if (depth == 0) return i;
    } else {
      if (c == '(') ++depth;
      if (c == ')' && --depth == 0) return i + 1;
      ++i;
    }
  }
  return kUnread;
}

// The runs of literal text that stand outside every group and class of
// `pattern`: each must occur in any text the pattern matches. None when a
// top-level | makes every part optional, or where the syntax is beyond this
// reading: \Q quoting, the x flag that makes spaces insignificant, a group or
// class this reading cannot close (ICU, which compiled the pattern, could).
std::vector<Run> literal_runs(std::string_view pattern) {
  if (pattern.find("\\Q") != std::string_view::npos) return {};
  std::vector<Run> runs;
  Run run{{}, 0};
  auto close = [&] {
    if (!run.text.empty()) runs.push_back(std::move(run));
    run = {{}, 0};
  };
  for (std::size_t i = 0; i < pattern.size();) {
    const char c = pattern[i];
    std::size_t next = i + 1;
    if (is_literal(c)) {
      if (run.text.empty()) run.at = i;
      run.text += ascii_lower(c);
      i = next;
      continue;
    }
    if (c == '|') return {};
    if (c == '?' || c == '*' || c == '{' || c == '+') {
      // The atom before may be absent (?, *, {0,...}) or repeated (+): the
      // run ends before it, or after its one required copy.
      if (c != '+' && !run.text.empty()) run.text.pop_back();
      if (c == '{') next = past_brace(pattern, i);
    } else if (pattern.substr(i).starts_with("(?#")) {
      // a comment, which ends at the first ) and is no atom: a quantifier
      // after it applies to the atom before it (c(?#x)*a is c*a)
      next = pattern.find(')', i);
      if (next == std::string_view::npos) return {};
      i = next + 1;
      continue;
    } else if (c == '(') {
      next = past_group(pattern, i);
      if (next == kUnread) return {};
      // flags such as (?x) or (?ix: ...), not a comment (?# ...) or a name (?<x>...)
      const std::string_view group = pattern.substr(i, next - i);
      const std::string_view head = group.substr(0, group.find_first_of(":)"));
      if (head.starts_with("(?") && head.substr(2).find_first_not_of("imswx-") == std::string_view::npos &&
          head.find('x') != std::string_view::npos)
        return {};
    } else if (c == '[') {
      next = past_class(pattern, i);
    } else if (c == '\\') {
      next = past_escape(pattern, i);
    }
    if (next == kUnread) return {};
    close();
    i = next;
  }
  close();
  return runs;
}

}  // namespace

CaselessLiteral::CaselessLiteral(std::string text) : text_(std::move(text)) {
  // The space and Dutch letters from common to rare; a byte not listed (a
  // digit, a hyphen) counts as rarest.
  constexpr std::string_view kCommonFirst = " enatirodslgvhkmubpjwzcfxyq";
  auto rank = [&](char c) {
    const std::size_t r = kCommonFirst.find(c);
    return r == std::string_view::npos ? kCommonFirst.size() : r;
  };
  for (std::size_t i = 1; i < text_.size(); ++i)
    if (rank(text_[i]) > rank(text_[anchor_])) anchor_ = i;
  for (std::size_t i = 0; i < text_.size(); ++i)
    if (i != anchor_ && (second_ == anchor_ || rank(text_[i]) > rank(text_[second_]))) second_ = i;
}

RegexPrefilter::RegexPrefilter(std::string_view pattern) {
  const std::vector<Run> runs = literal_runs(pattern);
  if (runs.empty()) return;
  if (runs.front().at == 0) prefix_ = CaselessLiteral(runs.front().text);
  // The longest run, when longer than the prefix: a later, rarer word
  // (redzaa in samen[- ]?redzaa) rules out more texts than the prefix.
  const Run* longest = &runs.front();
  for (const Run& r : runs)
    if (r.text.size() > longest->text.size()) longest = &r;
  if (longest->text.size() > prefix_.text().size()) required_ = CaselessLiteral(longest->text);
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

std::size_t CaselessLiteral::find(std::string_view text) const {
  constexpr std::size_t none = std::string_view::npos;
  const std::size_t n = text.size(), m = text_.size();
  auto matches_at = [&](std::size_t start) {
    for (std::size_t k = 0; k < m; ++k)
      if (ascii_lower(text[start + k]) != text_[k]) return false;
    return true;
  };
  // Eight starts at a time: those where the anchor (the literal's rarest
  // letter) and its second rarest byte are both there, ignoring case (OR
  // 0x20 lower-cases a letter; any other byte it changes fails the exact
  // test after), are tested whole, in text order. Most blocks have none.
  constexpr std::uint64_t kFold = 0x2020202020202020ULL;
  const auto anchor = static_cast<unsigned char>(text_[anchor_] | 0x20);
  const auto second = static_cast<unsigned char>(text_[second_] | 0x20);
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
  return match;
}

std::size_t RegexPrefilter::first_candidate(std::string_view text, std::size_t first_folding) const {
  constexpr std::size_t none = std::string_view::npos;
  // A folding character anywhere may stand for any literal's letters.
  if (first_folding == none && !required_.empty() && required_.find(text) == none) return none;
  if (prefix_.empty()) return 0;
  const std::size_t match = prefix_.find(text);
  // A folding character before the anchor of the first match (or anywhere,
  // without one) sends the regex back to the start.
  return first_folding < (match == none ? text.size() : match + prefix_.anchor()) ? 0 : match;
}

}  // namespace draad
