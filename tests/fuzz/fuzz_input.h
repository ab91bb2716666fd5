// Helpers shared by the fuzz targets: the input as valid UTF-8 (as the
// readers see it after normalising), or as a file for readers that take a
// path (an in-memory file, so a run touches no disk).
#pragma once

#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "base/error.h"
#include "base/utf8.h"

namespace draad::fuzz {

// Each invalid byte becomes U+FFFD, as `draad segment --lenient` does.
inline std::string valid_utf8(std::string_view in) {
  std::string text;
  while (auto bad = utf8::find_invalid(in)) {
    text.append(in.substr(0, *bad)).append("\uFFFD");
    in.remove_prefix(*bad + 1);
  }
  return text.append(in);
}

// A path that reads as `bytes` until the next call.
inline std::string as_file(const std::uint8_t* data, std::size_t size) {
  static int fd = memfd_create("fuzz-input", 0);
  if (ftruncate(fd, 0) != 0 || pwrite(fd, data, size, 0) != static_cast<ssize_t>(size)) __builtin_trap();
  return "/proc/self/fd/" + std::to_string(fd);
}

// Runs `parse`; a DataError or UsageError is the expected answer to bad
// input and must carry a message. Anything else escapes and is a finding.
template <class Parse>
void expect_clean(Parse&& parse) {
  try {
    parse();
  } catch (const DataError& e) {
    if (std::string_view(e.what()).empty()) __builtin_trap();
  } catch (const UsageError& e) {
    if (std::string_view(e.what()).empty()) __builtin_trap();
  }
}

}  // namespace draad::fuzz
