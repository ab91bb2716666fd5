// Errors that reach the user.
//
// A DataError is a problem in the input (a file, a stream, a codebook): its
// message names where it is, as `file:line:column: message`, and the command
// exits with status 1. A UsageError is a problem with how the command was
// called and exits with status 2. Nothing else is thrown on purpose.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

namespace draad {

// Where in an input something is: the one type for a position in a text
// (an error's place, a codebook item's place; utf8::locate finds it for a
// byte offset). Line and column are 1-based and count code points; 0 means
// unknown (a message then leaves them out). A stretch of bytes is a
// ByteRange (base/byte_range.h) instead.
struct Location {
  std::string file;
  std::int64_t line = 0;
  std::int64_t column = 0;

  // "file:line:column", "file:line" or "file".
  std::string str() const;

  bool operator==(const Location&) const = default;
};

class DataError : public std::runtime_error {
 public:
  DataError(Location where, const std::string& message);
  const Location& where() const { return where_; }
  // The message without the location prefix.
  const std::string& detail() const { return detail_; }

 private:
  Location where_;
  std::string detail_;
};

class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// `text` for quoting in a message: at most `max_bytes` bytes (cut at a
// character boundary) and "…" when it was cut, so that a 60 MB field is
// never echoed whole.
std::string excerpt(std::string_view text, std::size_t max_bytes = 60);

// Writes `text` to standard error. Never throws and never fails the command:
// a diagnostic that cannot be written (standard error closed or full) is
// lost, the work and its output are not.
void write_stderr(std::string_view text) noexcept;

}  // namespace draad
