#include <doctest/doctest.h>

#include <chrono>
#include <random>
#include <string>

#include "base/error.h"
#include "text/normalise.h"
#include "base/utf8.h"

using draad::DataError;
using draad::NormaliseOptions;
using draad::UsageError;

namespace {

std::string norm(std::string_view bytes, NormaliseOptions options = {}) {
  return draad::normalise(bytes, "t.txt", options).text;
}

// The message of the DataError that normalising `bytes` throws.
std::string error_of(std::string_view bytes, NormaliseOptions options = {}) {
  try {
    draad::normalise(bytes, "verslag.txt", options);
  } catch (const DataError& e) {
    return e.what();
  }
  return "(no error)";
}

}  // namespace

TEST_CASE("normalise: ASCII and NFC text pass unchanged") {
  CHECK(norm("") == "");
  CHECK(norm("Fatima: ik woon hier al 12 jaar.\n\tEn jij?\n") == "Fatima: ik woon hier al 12 jaar.\n\tEn jij?\n");
  CHECK(norm("café, één, ’s avonds, “zo’n” ●") == "café, één, ’s avonds, “zo’n” ●");
}

TEST_CASE("normalise: byte order marks") {
  CHECK(norm("\xEF\xBB\xBFHallo") == "Hallo");
  // A BOM inside the text (two files pasted together) goes too.
  CHECK(norm("een\xEF\xBB\xBFtwee") == "eentwee");
}

TEST_CASE("normalise: CRLF and CR become LF") {
  CHECK(norm("a\r\nb\rc\n\r\nd\r") == "a\nb\nc\n\nd\n");
  CHECK(norm("\r\r\n") == "\n\n");
  CHECK(norm("x\xC2\x85y\xE2\x80\xA8z") == "x\ny\nz");  // NEL, LINE SEPARATOR
}

TEST_CASE("normalise: composes to NFC") {
  CHECK(norm("cafe\xCC\x81") == "caf\xC3\xA9");           // e + COMBINING ACUTE -> é
  CHECK(norm("e\xCC\x88\xC3\xA9n") == "\xC3\xAB\xC3\xA9n");  // ëén
  // Removing a zero-width joiner lets the mark compose with its base.
  CHECK(norm("e\xE2\x80\x8D\xCC\x81") == "\xC3\xA9");
  // Marks out of canonical order are reordered, singletons replaced.
  CHECK(norm("a\xCC\x81\xCC\xA3") == "\xE1\xBA\xA1\xCC\x81");  // a + acute + dot below -> ạ + acute
  CHECK(norm("\xE2\x84\xAB") == "\xC3\x85");                      // ANGSTROM SIGN -> Å
  // Characters that need no composition stay as they are.
  CHECK(norm("\xC3\xAB \xE2\x97\x8F \xE2\x9E\x94") == "\xC3\xAB \xE2\x97\x8F \xE2\x9E\x94");
}

TEST_CASE("normalise: soft hyphens and zero-width characters are removed") {
  CHECK(norm("diver\xC2\xADsiteit") == "diversiteit");
  // At a line end a soft hyphen marks a word broken by the PDF: it shows.
  CHECK(norm("diver\xC2\xAD\nsiteit en diver\xC2\xAD\r\nsiteit") == "diver-\nsiteit en diver-\nsiteit");
  CHECK(norm("duo\xE2\x80\x90interviews, niet\xE2\x80\x91westers") == "duo-interviews, niet-westers");
  CHECK(norm("a\xE2\x80\x8B" "b\xE2\x80\x8C" "c\xE2\x80\x8D" "d\xE2\x81\xA0" "e") == "abcde");
}

TEST_CASE("normalise: non-breaking and other odd spaces become a plain space, tabs stay") {
  CHECK(norm("4,5\xC2\xA0uur") == "4,5 uur");                       // U+00A0
  CHECK(norm("58,5\xE2\x80\xAF%") == "58,5 %");                     // U+202F
  CHECK(norm("1\xE2\x80\x87" "000") == "1 000");                    // U+2007 figure space
  CHECK(norm("a\xE2\x80\x83" "b\xE3\x80\x80" "c\tz") == "a b c\tz");  // em space, ideographic space
}

TEST_CASE("normalise: invalid UTF-8 names line, column and byte offset") {
  CHECK(error_of("Eerste regel\nCaf\xE9 de Gracht") ==
        "verslag.txt:2:4: invalid UTF-8 (byte 0xE9 at byte offset 16); the file may be Latin-1: "
        "try --encoding latin1, or --lenient");
  // With a BOM the offset is still the file offset; the column ignores the BOM.
  CHECK(error_of("\xEF\xBB\xBFzo\xFFn") ==
        "verslag.txt:1:3: invalid UTF-8 (byte 0xFF at byte offset 5); the file may be Latin-1: "
        "try --encoding latin1, or --lenient");
  // Overlong forms, surrogates and truncated sequences are invalid too.
  CHECK(error_of("a\xC0\xAF") != "(no error)");
  CHECK(error_of("a\xED\xA0\x80") != "(no error)");
  CHECK(error_of("a\xE2\x82") != "(no error)");
}

TEST_CASE("normalise: lenient replaces each invalid sequence with U+FFFD and counts them") {
  NormaliseOptions lenient;
  lenient.lenient = true;
  auto r = draad::normalise("Caf\xE9 \xFF\xFE ok \xE2\x82 x\xE2\x82\xAC", "t.txt", lenient);
  CHECK(r.text == "Caf\xEF\xBF\xBD \xEF\xBF\xBD\xEF\xBF\xBD ok \xEF\xBF\xBD x\xE2\x82\xAC");
  CHECK(r.replaced == 4);
  CHECK(draad::normalise("geen fouten", "t.txt", lenient).replaced == 0);
}

TEST_CASE("normalise: a NUL byte marks a binary file") {
  CHECK(error_of(std::string("PK\x03\x04\0\0", 6)) == "verslag.txt: binary file (NUL byte at byte offset 4)");
  CHECK(error_of(std::string("H\0a\0l\0l\0o\0", 10)) ==
        "verslag.txt: binary file (NUL byte at byte offset 1); if it is UTF-16 without a byte order mark, "
        "try --encoding utf-16le");
}

TEST_CASE("normalise: UTF-16 with a BOM, little and big endian") {
  const std::string le("\xFF\xFE" "c\0a\0f\0\xE9\0\r\0\n\0\xA0\0 \x20", 18);
  CHECK(norm(le) == "caf\xC3\xA9\n \xE2\x80\xA0");  // NBSP -> space, U+2020
  const std::string be("\xFE\xFF\0c\0a\0f\0\xE9\0\r\0\n\xD8\x3D\xDE\x00", 18);
  CHECK(norm(be) == "caf\xC3\xA9\n\xF0\x9F\x98\x80");  // with a surrogate pair
  // An unpaired surrogate is invalid; lenient replaces it.
  const std::string bad("\xFF\xFE" "a\0\x00\xD8" "b\0", 8);
  CHECK(error_of(bad) ==
        "verslag.txt: invalid UTF-16LE data (byte 0x00 at byte offset 4); try another --encoding, or --lenient");
  CHECK(error_of(std::string("\xFE\xFF\xDC\x00", 4)) ==
        "verslag.txt: invalid UTF-16BE data (byte 0xDC at byte offset 2); try another --encoding, or --lenient");
  NormaliseOptions lenient;
  lenient.lenient = true;
  auto r = draad::normalise(bad, "t.txt", lenient);
  CHECK(r.text == "a\xEF\xBF\xBD" "b");
  CHECK(r.replaced == 1);
}

TEST_CASE("normalise: --encoding latin1 and cp1252") {
  NormaliseOptions latin1;
  latin1.encoding = "latin1";
  CHECK(norm("Caf\xE9 \xA0na\xEF" "ef\r\n", latin1) == "Caf\xC3\xA9  na\xC3\xAF" "ef\n");
  NormaliseOptions cp1252;
  cp1252.encoding = "cp1252";
  CHECK(norm("\x93zo\x92n\x94 \x80 5", cp1252) == "\xE2\x80\x9Czo\xE2\x80\x99n\xE2\x80\x9D \xE2\x82\xAC 5");
  NormaliseOptions utf8;
  utf8.encoding = "UTF-8";
  CHECK(norm("caf\xC3\xA9", utf8) == "caf\xC3\xA9");
  NormaliseOptions unknown;
  unknown.encoding = "klingon";
  CHECK_THROWS_AS(draad::normalise("x", "t.txt", unknown), UsageError);
}

TEST_CASE("normalise: a 50 MB single line and random bytes in linear time") {
  std::string line(50'000'000, 'a');
  for (std::size_t i = 0; i < line.size(); i += 7) line[i] = ' ';
  auto t0 = std::chrono::steady_clock::now();
  CHECK(norm(line).size() == line.size());
  // A guard against quadratic work, not a speed measure (as in reflow_test.cpp).
  CHECK(std::chrono::steady_clock::now() - t0 < std::chrono::seconds(300));

  std::mt19937 rng(42);
  std::string noise(1'000'000, '\0');
  for (char& c : noise) c = static_cast<char>(rng() | 1);  // no NUL bytes
  NormaliseOptions lenient;
  lenient.lenient = true;
  auto r = draad::normalise(noise, "t.txt", lenient);
  CHECK(r.replaced > 0);
  CHECK_FALSE(draad::utf8::find_invalid(r.text).has_value());
  CHECK(error_of(noise).find("invalid UTF-8") != std::string::npos);
}

TEST_CASE("normalise: normalise_in_place gives normalise()'s text, or nullopt where it cannot") {
  for (const std::string& input :
       {std::string("\xEF\xBB\xBFRegel een\r\nregel\xC2\xA0twee\r\n"), std::string("diver\xC2\xAD\nsiteit \xE2\x80\x90 ok\xE2\x80\xA8z"),
        std::string("Cafe\xCC\x81 en \xE2\x80\x9Cquote\xE2\x80\x9D\n"), std::string("zero\xE2\x80\x8Bwidth\rCR\n"), std::string("")}) {
    INFO(input);
    auto in_place = draad::normalise_in_place(std::string(input), {});
    REQUIRE(in_place);
    CHECK(*in_place == draad::normalise(input, "x", {}).text);
  }
  CHECK(!draad::normalise_in_place("Caf\xE9\n", {}));                     // invalid UTF-8: normalise() locates it
  CHECK(!draad::normalise_in_place(std::string("a\0b", 3), {}));          // a NUL byte
  CHECK(!draad::normalise_in_place("\xFF\xFEh\0", {}));                   // UTF-16
  CHECK(!draad::normalise_in_place("tekst\n", {true, ""}));               // lenient
  CHECK(!draad::normalise_in_place("tekst\n", {false, "latin1"}));        // another encoding
}
