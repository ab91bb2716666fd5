#include <doctest/doctest.h>

#include "base/chars.h"

using namespace draad::chars;

TEST_CASE("chars: one meaning for digits, spaces, letters and word characters") {
  CHECK(is_digit(U'7'));
  CHECK_FALSE(is_digit(U'٣'));  // an Arabic-Indic digit is no digit of a number here
  CHECK_FALSE(is_digit(U'a'));
  CHECK(is_space(U' '));
  CHECK(is_space(U'\r'));
  CHECK(is_space(U'\u00A0'));  // no-break space
  CHECK(is_space(U'\u2003'));  // em space
  CHECK_FALSE(is_space(U'\u200B'));  // zero-width space is no White_Space
  CHECK(is_letter(U'Q'));
  CHECK(is_letter(U'ë'));
  CHECK_FALSE(is_letter(U'3'));
  CHECK_FALSE(is_letter(U'-'));
  CHECK(is_word_char(U'é'));
  CHECK(is_word_char(U'4'));
  CHECK(is_word_char(U'\u0301'));  // a combining acute accent
  CHECK(is_word_char(U'\u200D'));  // zero-width joiner
  CHECK_FALSE(is_word_char(U'-'));
  CHECK_FALSE(is_word_char(U' '));
}

TEST_CASE("chars: a list's bullet symbols, not a dash or a star") {
  CHECK(is_bullet_symbol(U'\u2022'));  // •
  CHECK(is_bullet_symbol(U'\u25CF'));  // ●
  CHECK(is_bullet_symbol(U'\u27A2'));  // ➢
  CHECK_FALSE(is_bullet_symbol(U'-'));
  CHECK_FALSE(is_bullet_symbol(U'*'));
  CHECK_FALSE(is_bullet_symbol(U'\u2013'));  // – is also a dash
}
