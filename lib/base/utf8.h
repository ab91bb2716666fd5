// UTF-8 helpers shared by every stage: validation with a precise position,
// code point counting for offsets, decoding one code point at a time, and the
// byte-level ASCII operations that are safe on UTF-8 (they never touch a byte
// of a multi-byte sequence).
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

#include "base/error.h"

namespace draad::utf8 {

// The byte offset of the first invalid sequence in `s` (overlong forms,
// surrogates and code points above U+10FFFF are invalid), or nullopt.
std::optional<std::size_t> find_invalid(std::string_view s);

// Number of code points in valid UTF-8 `s`.
std::size_t count_code_points(std::string_view s);

// Decodes the code point at `s[i]` of valid UTF-8 and advances `i` past it.
// Inline for ASCII: every stage walks text with it.
char32_t next_multibyte(std::string_view s, std::size_t& i);
inline char32_t next(std::string_view s, std::size_t& i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    ++i;
    return c;
  }
  return next_multibyte(s, i);
}

// The offset of the code point that ends at `i` (0 < i) in valid UTF-8 `s`:
// steps back over continuation bytes, never into the middle of a character.
inline std::size_t previous(std::string_view s, std::size_t i) {
  do --i;
  while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80);
  return i;
}

// Appends the UTF-8 encoding of `c` to `out`.
void append_multibyte(std::string& out, char32_t c);
inline void append(std::string& out, char32_t c) {
  if (c < 0x80)
    out += static_cast<char>(c);
  else
    append_multibyte(out, c);
}

// Where byte `offset` of `text` is, for error messages: `text` is read
// from `file` starting at its line `first_line`. Bytes before `offset` need
// not be valid UTF-8.
Location locate(std::string file, std::string_view text, std::size_t offset, std::int64_t first_line = 1);

// Code point offsets of increasing byte offsets into valid UTF-8 `text`,
// counted in one pass: callers that ask in text order (tokens, segments,
// hits) stay linear however long the text.
class CodePointCounter {
 public:
  explicit CodePointCounter(std::string_view text) : text_(text) {}
  // The code point offset of `byte`, which must not be below the last asked.
  std::int64_t at(std::size_t byte) {
    count_ += static_cast<std::int64_t>(count_code_points(text_.substr(byte_, byte - byte_)));
    byte_ = byte;
    return count_;
  }

 private:
  std::string_view text_;
  std::size_t byte_ = 0;
  std::int64_t count_ = 0;
};

// Byte offsets of code point offsets into valid UTF-8 `text` (the reverse
// of CodePointCounter), found by walking forward: callers that ask in text
// order (segments, hits) stay linear and hold no table of every character's
// offset. Asking for an earlier offset walks again from the start.
class ByteOffsets {
 public:
  explicit ByteOffsets(std::string_view text) : text_(text) {}
  // The byte offset of code point `code_point` (text.size() for the number
  // of code points), or nullopt when it is negative or past the end.
  std::optional<std::size_t> at(std::int64_t code_point) {
    if (code_point < code_point_) byte_ = 0, code_point_ = 0;
    for (; code_point_ < code_point && byte_ < text_.size(); ++code_point_) next(text_, byte_);
    if (code_point_ != code_point) return std::nullopt;
    return byte_;
  }

 private:
  std::string_view text_;
  std::size_t byte_ = 0;
  std::int64_t code_point_ = 0;
};

// Eight bytes at a time, for the scans over whole texts (most bytes need
// nothing): load8 reads them, has_byte is nonzero when one of them is `c`.
inline std::uint64_t load8(const char* p) {
  std::uint64_t w;
  std::memcpy(&w, p, 8);
  return w;
}
inline std::uint64_t has_byte(std::uint64_t w, unsigned char c) {
  constexpr std::uint64_t ones = 0x0101010101010101ULL;
  const std::uint64_t x = w ^ (ones * c);
  return (x - ones) & ~x & (ones << 7);
}
inline bool has_non_ascii(std::uint64_t w) { return w & 0x8080808080808080ULL; }
// The offset, in memory order, of the first byte whose high bit is set in
// `flags` (nonzero): for scans whose per-byte test is exact.
inline std::size_t first_flagged(std::uint64_t flags) {
  if constexpr (std::endian::native == std::endian::little)
    return static_cast<std::size_t>(std::countr_zero(flags)) / 8;
  else
    return static_cast<std::size_t>(std::countl_zero(flags)) / 8;
}

// How many bytes of `s` are `c`, eight at a time (std::count goes byte by
// byte): line and page counts over whole documents.
std::size_t count_byte(std::string_view s, char c);

// A..Z lower-cased; every other byte kept.
inline char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }
std::string ascii_lower(std::string_view s);

// `s` without ASCII white space (space, \t, \n, \r, \f, \v) at either end.
std::string_view trim(std::string_view s);

}  // namespace draad::utf8
