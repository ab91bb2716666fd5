#include "base/error.h"

#include <cstdio>

#include <fmt/format.h>

namespace draad {

std::string Location::str() const {
  if (line <= 0) return file;
  if (column <= 0) return fmt::format("{}:{}", file, line);
  return fmt::format("{}:{}:{}", file, line, column);
}

DataError::DataError(Location where, const std::string& message)
    : std::runtime_error(where.file.empty() ? message : where.str() + ": " + message),
      where_(std::move(where)),
      detail_(message) {}

std::string excerpt(std::string_view text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return std::string(text);
  std::size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
  return std::string(text.substr(0, cut)) + "…";
}

void write_stderr(std::string_view text) noexcept {
  static_cast<void>(std::fwrite(text.data(), 1, text.size(), stderr));
  static_cast<void>(std::fflush(stderr));
  std::clearerr(stderr);
}

}  // namespace draad
