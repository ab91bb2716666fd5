// Reading and writing what the command line names: a path, or "-" for
// standard input (and, for writing, standard output).
//
// Lines may be any length (a 50 MB line is one line). A file that cannot be
// opened, read or written, or that vanishes mid-run, is a DataError naming it.
#pragma once

#include <cstdint>
#include <cstdio>
#include <functional>
#include <string>
#include <string_view>

namespace draad {

// The name used in messages for `path`: "<stdin>" for "-".
std::string display_name(const std::string& path);

// The whole content of a file or standard input, as bytes.
std::string read_all(const std::string& path);

// Opens `path` for writing ("" or "-": standard output), lets `write` write
// to it, then flushes and closes it; when `write` throws, the file is closed
// and the exception goes on.
void write_output(const std::string& path, const std::function<void(std::FILE*)>& write);

class LineReader {
 public:
  explicit LineReader(const std::string& path);
  ~LineReader();
  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;

  // The next line without its '\n' (a trailing '\r' is kept); false at the end.
  // The view stays valid until the next call.
  bool next(std::string_view& line);
  // 1-based number of the line last returned.
  std::int64_t line_number() const { return line_number_; }
  const std::string& name() const { return name_; }

 private:
  std::FILE* file_ = nullptr;
  bool owned_ = false;
  std::string name_;
  char* buffer_ = nullptr;
  std::size_t capacity_ = 0;
  std::int64_t line_number_ = 0;
};

}  // namespace draad
