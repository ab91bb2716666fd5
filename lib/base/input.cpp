#include "base/input.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <new>
#include <utility>
#include <vector>

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

// Reads what is there (a pipe gives what has arrived), retrying on a signal;
// 0 at the end. Unbuffered: each reader keeps its own buffer.
std::size_t read_some(int fd, char* to, std::size_t size, const std::string& name, std::int64_t line) {
  for (;;) {
    const ssize_t n = ::read(fd, to, size);
    if (n >= 0) return static_cast<std::size_t>(n);
    if (errno != EINTR) throw DataError({name, line}, fmt::format("cannot read: {}", std::strerror(errno)));
  }
}

std::string megabytes(std::size_t bytes) {
  return bytes % (1 << 20) == 0 ? fmt::format("{} MB", bytes >> 20) : fmt::format("{} bytes", bytes);
}

}  // namespace

namespace {

// A piece of a pipe's content, mapped on its own: unmapping it returns its
// memory to the system at once, where a freed heap block may stay with the
// process and count again when the whole is put together.
class Chunk {
 public:
  static constexpr std::size_t kSize = std::size_t{1} << 20;
  Chunk() : data_(static_cast<char*>(::mmap(nullptr, kSize, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0))) {
    if (data_ == MAP_FAILED) throw std::bad_alloc();
  }
  ~Chunk() { release(); }
  Chunk(Chunk&& other) noexcept : data_(std::exchange(other.data_, nullptr)) {}
  Chunk& operator=(Chunk&&) = delete;
  char* data() const { return data_; }
  void release() {
    if (data_) ::munmap(data_, kSize);
    data_ = nullptr;
  }

 private:
  char* data_;
};

// All of a stream whose size is not known beforehand, read in chunks and put
// together in a string of its exact size, each chunk given back as it is
// copied: the peak is the content and one chunk, not twice its size, which
// growing a string by doubling can take.
std::string read_unsized(int fd, std::size_t max_bytes, const std::string& name, const std::function<DataError()>& too_large) {
  std::vector<Chunk> chunks;
  std::size_t total = 0, filled = Chunk::kSize;  // bytes in the last chunk
  for (;;) {
    if (filled == Chunk::kSize) chunks.emplace_back(), filled = 0;
    const std::size_t n = read_some(fd, chunks.back().data() + filled, Chunk::kSize - filled, name, 0);
    if (n == 0) break;
    if (total + n > max_bytes) throw too_large();
    total += n;
    filled += n;
  }
  // Reserved, not filled: a page of the string becomes resident only as the
  // chunk copied into it is given back.
  std::string data;
  data.reserve(total);
  for (Chunk& chunk : chunks) {
    data.append(chunk.data(), std::min(Chunk::kSize, total - data.size()));
    chunk.release();
  }
  return data;
}

}  // namespace

std::string read_all(const std::string& path, std::size_t max_bytes, std::string_view what) {
  std::FILE* f = open_or_throw(path);
  const std::string name = display_name(path);
  auto too_large = [&] {
    return DataError({name}, fmt::format("larger than {}, the limit for {}", megabytes(max_bytes), what));
  };
  std::string data;
  try {
    struct stat st;
    if (::fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode)) {
      if (static_cast<std::uintmax_t>(st.st_size) > max_bytes) throw too_large();
      data.reserve(static_cast<std::size_t>(st.st_size));
      char chunk[1 << 16];
      // A file may grow while it is read: the limit still holds.
      while (std::size_t n = read_some(fileno(f), chunk, sizeof chunk, name, 0)) {
        if (data.size() + n > max_bytes) throw too_large();
        data.append(chunk, n);
      }
    } else {
      data = read_unsized(fileno(f), max_bytes, name, too_large);
    }
  } catch (...) {
    if (f != stdin) std::fclose(f);
    throw;
  }
  if (f != stdin) std::fclose(f);
  return data;
}

OutputFile::OutputFile(std::string path) : path_(std::move(path)) {
  struct stat st;
  if (::stat(path_.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
    in_place_ = true;
    temp_ = path_;
    return;
  }
  const std::filesystem::path target(path_);
  temp_ = (target.parent_path() / ("." + target.filename().string() + ".draad-XXXXXX")).string();
  fd_ = ::mkstemp(temp_.data());
  if (fd_ < 0) throw DataError({path_}, fmt::format("cannot open for writing: {}", std::strerror(errno)));
  // mkstemp makes the file private; the result should be like any new file.
  const mode_t mask = ::umask(0);
  ::umask(mask);
  ::fchmod(fd_, 0666 & ~mask);
}

OutputFile::~OutputFile() {
  if (done_) return;
  if (file_) std::fclose(file_);
  else if (fd_ >= 0) ::close(fd_);
  if (!in_place_) ::unlink(temp_.c_str());
}

std::FILE* OutputFile::stream() {
  if (file_) return file_;
  file_ = in_place_ ? std::fopen(path_.c_str(), "wb") : ::fdopen(fd_, "wb");
  if (!file_) throw DataError({path_}, fmt::format("cannot open for writing: {}", std::strerror(errno)));
  fd_ = -1;
  return file_;
}

void OutputFile::commit() {
  bool ok = true;
  int err = 0;
  if (file_) {
    ok = !std::ferror(file_) && std::fflush(file_) == 0;
    err = errno;
    if (std::fclose(file_) != 0 && ok) ok = false, err = errno;
    file_ = nullptr;
  } else if (fd_ >= 0) {
    ::close(fd_);
    fd_ = -1;
  }
  if (ok && !in_place_ && std::rename(temp_.c_str(), path_.c_str()) != 0) ok = false, err = errno;
  if (!ok) throw DataError({path_}, fmt::format("cannot write: {}", std::strerror(err)));
  done_ = true;
}

void write_output(const std::string& path, const std::function<void(std::FILE*)>& write) {
  if (path.empty() || path == "-") {
    write(stdout);
    if (std::ferror(stdout) || std::fflush(stdout) != 0)
      throw DataError({"<stdout>"}, fmt::format("cannot write: {}", std::strerror(errno)));
    return;
  }
  OutputFile out(path);
  write(out.stream());
  out.commit();
}

LineReader::LineReader(const std::string& path)
    : file_(open_or_throw(path)), owned_(path != "-"), name_(display_name(path)) {}

LineReader::~LineReader() {
  if (owned_) std::fclose(file_);
}

bool LineReader::next(std::string_view& line) {
  constexpr std::size_t kChunk = 1 << 16;
  std::size_t searched = begin_;
  for (;;) {
    const char* base = buffer_.data();
    const void* nl = std::memchr(base + searched, '\n', end_ - searched);
    const std::size_t stop = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - base) : end_;
    if (stop - begin_ > kMaxLineBytes)
      throw DataError({name_, line_number_ + 1},
                      fmt::format("a line longer than {} MB (is this a draad stream?)", kMaxLineBytes >> 20));
    if (nl || (eof_ && begin_ < end_)) {
      line = std::string_view(base + begin_, stop - begin_);
      begin_ = nl ? stop + 1 : stop;
      ++line_number_;
      return true;
    }
    if (eof_) return false;
    if (begin_ > 0) {
      std::memmove(buffer_.data(), base + begin_, end_ - begin_);
      end_ -= begin_;
      begin_ = 0;
    }
    searched = end_;
    if (buffer_.size() - end_ < kChunk) buffer_.resize(std::max(buffer_.size() * 2, end_ + kChunk));
    const std::size_t n = read_some(fileno(file_), buffer_.data() + end_, buffer_.size() - end_, name_, line_number_ + 1);
    end_ += n;
    eof_ = n == 0;
  }
}

}  // namespace draad
