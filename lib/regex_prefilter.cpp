#include "regex_prefilter.h"

#include "utf8.h"

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
}

bool RegexPrefilter::may_match(std::string_view text) const {
  if (literal_.empty()) return true;
  const char first = literal_[0];
  for (std::size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte >= 0x80) {
      if (folds_to_ascii(utf8::next(text, i))) return true;
      continue;
    }
    if (ascii_lower(text[i]) == first && text.size() - i >= literal_.size()) {
      std::size_t k = 1;
      while (k < literal_.size() && ascii_lower(text[i + k]) == literal_[k]) ++k;
      if (k == literal_.size()) return true;
    }
    ++i;
  }
  return false;
}

}  // namespace draad
