// Reading and writing what the command line names: a path, or "-" for
// standard input (and, for writing, standard output).
//
// Every read has a size bound that holds for devices and pipes too (a path
// such as /dev/zero never ends): past it, a DataError says how large the
// input may be. A file that cannot be opened, read or written, or that
// vanishes mid-run, is a DataError naming it.
//
// A file is written under a temporary name in its own folder and renamed
// over the target only when complete: a run that fails half-way leaves an
// existing file as it was, never a truncated one.
#pragma once

#include <cstdint>
#include <cstdio>
#include <functional>
#include <string>
#include <string_view>

namespace draad {

// The name used in messages for `path`: "<stdin>" for "-".
std::string display_name(const std::string& path);

// The whole content of a file or standard input, as bytes. More than
// `max_bytes` is a DataError naming `what` the input was read as ("a
// codebook"), so a wrong path fails fast instead of filling memory.
std::string read_all(const std::string& path, std::size_t max_bytes, std::string_view what);

// A file being written: created under a temporary name in the folder of
// `path` (readable as umask allows) and renamed over `path` by commit().
// Destroyed without commit() (an error on the way), the temporary file is
// removed and `path` is untouched. A `path` that exists but is not a regular
// file (/dev/null, a pipe, a terminal) is written in place.
class OutputFile {
 public:
  explicit OutputFile(std::string path);
  ~OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  // Where to write until commit(): for writers that open files by name
  // (libxlsxwriter), which replace what is there.
  const std::string& temp_path() const { return temp_; }
  // The temporary file opened for writing (once).
  std::FILE* stream();
  // Flushes, closes and renames; a DataError naming `path` when any of it fails.
  void commit();

 private:
  std::string path_, temp_;
  std::FILE* file_ = nullptr;
  int fd_ = -1;
  bool in_place_ = false, done_ = false;
};

// Writes to `path` ("" or "-": standard output) through `write`, then
// flushes; a file goes through an OutputFile, so a `write` that throws
// leaves an existing file as it was and the exception goes on.
void write_output(const std::string& path, const std::function<void(std::FILE*)>& write);

// The longest line a LineReader returns: eight times the largest segment
// (text/segment.h), room for escapes and attributes.
inline constexpr std::size_t kMaxLineBytes = 8 * 1024 * 1024;

class LineReader {
 public:
  explicit LineReader(const std::string& path);
  ~LineReader();
  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;

  // The next line without its '\n' (a trailing '\r' is kept); false at the
  // end. The view stays valid until the next call. A line longer than
  // kMaxLineBytes is a DataError naming its line number.
  bool next(std::string_view& line);
  // 1-based number of the line last returned.
  std::int64_t line_number() const { return line_number_; }
  const std::string& name() const { return name_; }

 private:
  std::FILE* file_ = nullptr;
  bool owned_ = false;
  std::string name_;
  std::string buffer_;
  std::size_t begin_ = 0, end_ = 0;  // the bytes read but not yet returned
  bool eof_ = false;
  std::int64_t line_number_ = 0;
};

}  // namespace draad
