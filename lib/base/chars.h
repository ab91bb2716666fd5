// Classes of code points, each with one meaning for all of draad: the
// tokeniser, reflow and `draad summary` ask the same questions of a character
// and get the same answers. ASCII is decided without ICU.
#pragma once

#include <unicode/uchar.h>

namespace draad::chars {

// '0' to '9' only: the digits of numbers, times and offsets.
inline bool is_digit(char32_t c) { return c - U'0' < 10; }

// Unicode White_Space: space, tab, line ends, no-break and other wide spaces.
inline bool is_space(char32_t c) {
  return c < 0x80 ? (c == ' ' || (c >= 0x09 && c <= 0x0D)) : u_isUWhiteSpace(static_cast<UChar32>(c));
}

// Unicode letters (Alphabetic).
inline bool is_letter(char32_t c) {
  return c < 0x80 ? (c | 0x20) - U'a' < 26 : u_isalpha(static_cast<UChar32>(c));
}

// What words are made of: letters, digits, combining marks and format
// characters (a zero-width joiner inside a word). A word is a run of them.
inline bool is_word_char(char32_t c) {
  if (c < 0x80) return (c | 0x20) - U'a' < 26 || c - U'0' < 10;
  const int8_t type = u_charType(static_cast<UChar32>(c));
  return u_isalnum(static_cast<UChar32>(c)) || type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK ||
         type == U_ENCLOSING_MARK || type == U_FORMAT_CHAR;
}

// Apostrophes, and the accents and primes typed for one (don't, z´n).
inline bool is_apostrophe(char32_t c) {
  return c == '\'' || c == 0x2019 || c == 0x2018 || c == 0x00B4 || c == '`' || c == 0x2032 || c == 0x02BC;
}

// Quote marks of every kind, opening or closing, the apostrophes included:
// Dutch text opens a quote with any of them (‘ja’, “ja”, „ja”, 'ja').
inline bool is_quote(char32_t c) {
  return is_apostrophe(c) || c == '"' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0x201A || c == 0x00AB ||
         c == 0x00BB || c == 0x2039 || c == 0x203A || c == 0x2033 || c == 0x201F || c == 0x201B;
}

// A symbol that marks a list item (•, ●, ▪, ◦, ➢, ✓, ...): one item ends
// where the next one's bullet stands. Not - or *, which are also a dash and
// a footnote's star inside a sentence.
inline bool is_bullet_symbol(char32_t c) {
  return c == 0x2022 || c == 0x25CF || c == 0x25AA || c == 0x25A0 || c == 0x25E6 || c == 0x25CB || c == 0x2023 ||
         c == 0x2043 || c == 0x2794 || c == 0x25C6 || c == 0x25BA || c == 0x27A2 || c == 0x2192 || c == 0x2713 ||
         c == 0x2714;
}

}  // namespace draad::chars
