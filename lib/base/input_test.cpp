#include "base/input.h"

#include <doctest/doctest.h>
#include <pthread.h>
#include <unistd.h>

#include <csignal>

#include <filesystem>
#include <fstream>
#include <string>
#include <thread>

#include "base/error.h"

namespace {

// What read_all gives for `content` written into a pipe (a stream whose size
// is not known before its end), read as /dev/fd/N.
std::string through_pipe(const std::string& content, std::size_t max_bytes) {
  int fds[2];
  REQUIRE(::pipe(fds) == 0);
  std::thread writer([&] {
    // Where the reader stops early, a write fails (EPIPE) instead of killing the test run.
    sigset_t pipe_signal;
    sigemptyset(&pipe_signal);
    sigaddset(&pipe_signal, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &pipe_signal, nullptr);
    for (std::size_t at = 0; at < content.size();) {
      const ssize_t n = ::write(fds[1], content.data() + at, content.size() - at);
      if (n <= 0) break;  // the reader gave up: past its limit
      at += static_cast<std::size_t>(n);
    }
    ::close(fds[1]);
  });
  std::string read;
  try {
    read = draad::read_all("/dev/fd/" + std::to_string(fds[0]), max_bytes, "a test");
  } catch (...) {
    ::close(fds[0]);
    writer.join();
    throw;
  }
  ::close(fds[0]);
  writer.join();
  return read;
}

// Bytes that differ from one chunk to the next, so that a chunk copied twice
// or out of order shows.
std::string pattern(std::size_t size) {
  std::string s(size, '\0');
  for (std::size_t i = 0; i < size; ++i) s[i] = static_cast<char>('a' + (i / 4099 + i) % 26);
  return s;
}

}  // namespace

TEST_CASE("read_all: a pipe is read whole, across chunks, and exactly to its last byte") {
  for (std::size_t size : {std::size_t{0}, std::size_t{1}, std::size_t{1} << 20, (std::size_t{5} << 20) / 2 + 7}) {
    CAPTURE(size);
    const std::string content = pattern(size);
    CHECK(through_pipe(content, std::size_t{8} << 20) == content);
  }
}

TEST_CASE("read_all: a pipe past the limit is an error naming what it was read as") {
  const std::string content = pattern((std::size_t{3} << 20) + 1);
  CHECK_THROWS_WITH_AS(through_pipe(content, std::size_t{3} << 20), doctest::Contains("larger than 3 MB, the limit for a test"),
                       draad::DataError);
  CHECK(through_pipe(content.substr(0, std::size_t{3} << 20), std::size_t{3} << 20).size() == std::size_t{3} << 20);
}

TEST_CASE("read_all: a regular file, and one larger than the limit") {
  const auto path = std::filesystem::temp_directory_path() / ("draad-input-test-" + std::to_string(::getpid()));
  const std::string content = pattern(200000);
  std::ofstream(path, std::ios::binary) << content;
  CHECK(draad::read_all(path.string(), 200000, "a test") == content);
  CHECK_THROWS_WITH_AS(draad::read_all(path.string(), 199999, "a test"),
                       doctest::Contains("larger than 199999 bytes, the limit for a test"), draad::DataError);
  std::filesystem::remove(path);
}
