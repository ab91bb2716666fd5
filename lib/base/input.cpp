#include "base/input.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>

#include <sys/stat.h>

#include <fmt/format.h>

#include "base/error.h"

namespace draad {

std::string display_name(const std::string& path) { return path == "-" ? "<stdin>" : path; }

namespace {

std::FILE* open_or_throw(const std::string& path) {
  if (path == "-") return stdin;
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) throw DataError({path}, fmt::format("cannot open: {}", std::strerror(errno)));
  return f;
}

}  // namespace

std::string read_all(const std::string& path) {
  std::FILE* f = open_or_throw(path);
  std::string data;
  // Sized to a regular file at once: growing by doubling would hold the old
  // and the new buffer (up to three times the file) while copying.
  struct stat st;
  if (fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0)
    data.reserve(static_cast<std::size_t>(st.st_size) + 1);
  char chunk[1 << 16];
  std::size_t n;
  while ((n = std::fread(chunk, 1, sizeof chunk, f)) > 0) data.append(chunk, n);
  bool failed = std::ferror(f);
  int err = errno;
  if (f != stdin) std::fclose(f);
  if (failed) throw DataError({display_name(path)}, fmt::format("cannot read: {}", std::strerror(err)));
  return data;
}

void write_output(const std::string& path, const std::function<void(std::FILE*)>& write) {
  const bool to_stdout = path.empty() || path == "-";
  const std::string name = to_stdout ? "<stdout>" : path;
  std::FILE* f = to_stdout ? stdout : std::fopen(path.c_str(), "wb");
  if (!f) throw DataError({name}, fmt::format("cannot open for writing: {}", std::strerror(errno)));
  try {
    write(f);
  } catch (...) {
    if (!to_stdout) std::fclose(f);
    throw;
  }
  bool ok = !std::ferror(f) && std::fflush(f) == 0;
  const int err = errno;
  if (!to_stdout && std::fclose(f) != 0) ok = false;
  if (!ok) throw DataError({name}, fmt::format("cannot write: {}", std::strerror(err ? err : errno)));
}

LineReader::LineReader(const std::string& path)
    : file_(open_or_throw(path)), owned_(path != "-"), name_(display_name(path)) {}

LineReader::~LineReader() {
  if (owned_) std::fclose(file_);
  std::free(buffer_);
}

bool LineReader::next(std::string_view& line) {
  errno = 0;
  ssize_t n = getline(&buffer_, &capacity_, file_);
  if (n < 0) {
    if (std::ferror(file_))
      throw DataError({name_, line_number_ + 1}, fmt::format("cannot read: {}", std::strerror(errno)));
    return false;
  }
  ++line_number_;
  std::size_t len = static_cast<std::size_t>(n);
  if (len > 0 && buffer_[len - 1] == '\n') --len;
  line = std::string_view(buffer_, len);
  return true;
}

}  // namespace draad
