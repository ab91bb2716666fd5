#include "base/module.h"

#include <dlfcn.h>

#include <algorithm>

#include <filesystem>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "base/data_files.h"

namespace draad {

Module::Module(std::string_view file, std::string_view built_at, std::string_view support) : support_(support) {
  std::vector<std::filesystem::path> places;
  if (const auto dir = executable_dir(); !dir.empty()) {
    places.push_back(dir / file);
    places.push_back(dir / ".." / DRAAD_INSTALL_LIBDIR / "draad" / file);
  }
  places.push_back(built_at);
  // Run from its build directory, the program's own place is where it was
  // built: the message names each place once.
  std::vector<std::string> tried;
  for (const auto& p : places) {
    path_ = p.lexically_normal().string();
    if (std::find(tried.begin(), tried.end(), path_) != tried.end()) continue;
    tried.push_back(path_);
    std::error_code ec;
    if (!std::filesystem::is_regular_file(p, ec)) continue;
    handle_ = dlopen(path_.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!handle_) failure_ = fmt::format("{} support is broken ({}); reinstall draad", support_, dlerror());
    return;
  }
  failure_ = fmt::format("{} support is missing ({} is in none of {}); reinstall draad", support_, file,
                         fmt::join(tried, ", "));
}

void* Module::symbol(const char* name, const Location& where) const {
  if (!handle_) throw DataError(where, failure_);
  void* address = dlsym(handle_, name);
  if (!address)
    throw DataError(where, fmt::format("{} support is broken ({} lacks {}); reinstall draad", support_, path_, name));
  return address;
}

}  // namespace draad
