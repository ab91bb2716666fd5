// Where draad's data files live, wherever the executable was installed or
// copied: `<prefix>/share/draad/<name>` beside `<prefix>/bin/draad` first,
// then the source tree the binary was built from (so a build directory works
// without an install).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace draad {

// The path of a data file, such as "data/abbreviations.nl.txt" or
// "codebooks/samenleven.yaml". Throws DataError naming every place looked in
// when none holds it.
std::string data_file(std::string_view name);

// The folder of the running executable (/proc/self/exe), or "" when unknown.
std::filesystem::path executable_dir();

// draad's version, as `draad --version` prints it.
std::string_view version();

}  // namespace draad
