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

}  // namespace draad::chars
