#include "base/error.h"

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

}  // namespace draad
