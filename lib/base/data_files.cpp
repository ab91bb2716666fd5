#include "base/data_files.h"

#include <filesystem>
#include <system_error>
#include <vector>

#include "base/error.h"

namespace draad {

std::filesystem::path executable_dir() {
  std::error_code ec;
  const auto self = std::filesystem::read_symlink("/proc/self/exe", ec);
  return ec ? std::filesystem::path() : self.parent_path();
}

std::string data_file(std::string_view name) {
  std::vector<std::filesystem::path> places;
  if (const auto dir = executable_dir(); !dir.empty()) places.push_back(dir / ".." / "share" / "draad" / name);
  places.push_back(std::filesystem::path(DRAAD_SOURCE_DIR) / name);
  std::string tried;
  for (const auto& p : places) {
    std::error_code ec;
    if (std::filesystem::is_regular_file(p, ec)) return p.lexically_normal().string();
    tried += (tried.empty() ? "" : ", ") + p.lexically_normal().string();
  }
  throw DataError(Location{}, "draad's data file " + std::string(name) + " is missing (looked in " + tried +
                  "); reinstall draad");
}

std::string_view version() { return DRAAD_VERSION; }

}  // namespace draad
