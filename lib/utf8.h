// UTF-8 helpers shared by every stage: validation with a precise position,
// code point counting for offsets, and decoding one code point at a time.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace draad::utf8 {

// The byte offset of the first invalid sequence in `s` (overlong forms,
// surrogates and code points above U+10FFFF are invalid), or nullopt.
std::optional<std::size_t> find_invalid(std::string_view s);

// Number of code points in valid UTF-8 `s`.
std::size_t count_code_points(std::string_view s);

// Decodes the code point at `s[i]` of valid UTF-8 and advances `i` past it.
char32_t next(std::string_view s, std::size_t& i);

// Appends the UTF-8 encoding of `c` to `out`.
void append(std::string& out, char32_t c);

// 1-based line and code point column of byte offset `offset` in `s`, for
// error messages. Bytes before `offset` need not be valid UTF-8.
struct LineColumn {
  std::int64_t line;
  std::int64_t column;
};
LineColumn line_column(std::string_view s, std::size_t offset);

}  // namespace draad::utf8
