#include "base/cache_file.h"

#include <dlfcn.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <fmt/format.h>

#include "base/string_map.h"

namespace draad::cache_file {

// Every run that reads a cache checks its MB (6 MB for the compound
// lexicon): four words at a time in four lanes, which multiply side by side;
// one chain of multiplies took 5% of the CPU of a short run, four take 3.5%
// (reading the pages is the rest). A changed word changes its lane, and each
// step of a lane is one to one.
std::uint64_t checksum(std::string_view body) {
  std::uint64_t lanes[4] = {0x9E3779B97F4A7C15ULL, 0xC2B2AE3D27D4EB4FULL, 0x165667B19E3779F9ULL, 0x27D4EB2F165667C5ULL};
  const char* p = body.data();
  std::size_t n = body.size();
  for (; n >= 32; p += 32, n -= 32)
    for (std::size_t i = 0; i < 4; ++i) lanes[i] = StringHash::mix(lanes[i], load_bytes(p + 8 * i, 8));
  std::uint64_t h = StringHash{}(std::string_view(p, n)) ^ body.size();
  for (const std::uint64_t lane : lanes) h = StringHash::mix(h, lane);
  return h;
}

namespace {

std::string length_line(std::string_view body) { return fmt::format("{} {:016x}", body.size(), checksum(body)); }

// The next line of `rest` (without its \n), or false when no \n is left.
bool next_line(std::string_view& rest, std::string_view& line) {
  const std::size_t end = rest.find('\n');
  if (end == std::string_view::npos) return false;
  line = rest.substr(0, end);
  rest.remove_prefix(end + 1);
  return true;
}

}  // namespace

std::string path(const std::string& name) {
  if (const char* off = std::getenv("DRAAD_CACHE")) {
    const std::string_view v(off);
    if (v == "off" || v == "0" || v == "no") return {};
  }
  std::filesystem::path dir;
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && xdg[0] == '/')
    dir = xdg;
  else if (const char* home = std::getenv("HOME"); home && home[0] == '/')
    dir = std::filesystem::path(home) / ".cache";
  else
    return {};
  return (dir / "draad" / name).string();
}

std::string file_key(const std::string& file) {
  struct stat st {};
  if (::stat(file.c_str(), &st) != 0) return file + " missing";
  return fmt::format("{} {} {}.{:09}", file, static_cast<long long>(st.st_size), static_cast<long long>(st.st_mtim.tv_sec),
                     static_cast<long>(st.st_mtim.tv_nsec));
}

std::string library_key(const void* symbol) {
  Dl_info info{}, own{};
  if (!::dladdr(symbol, &info) || !info.dli_fname) return "unknown library";
  // A library linked statically is part of the program, which dladdr names
  // by its argv[0], not always a path.
  if (::dladdr(reinterpret_cast<const void*>(&library_key), &own) && own.dli_fbase == info.dli_fbase)
    return program_key();
  return file_key(info.dli_fname);
}

std::string program_key() { return file_key("/proc/self/exe"); }

std::string program_path(const std::string& name) { return path(name + "-" + program_invocation_short_name); }

std::optional<Contents> read(const std::string& path, std::string_view magic, std::string_view key,
                             std::size_t max_bytes) {
  auto file = MappedFile::open(path, max_bytes);
  if (!file) return std::nullopt;
  std::string_view rest = file->bytes(), line;
  if (!next_line(rest, line) || line != magic) return std::nullopt;
  if (!next_line(rest, line) || line != key) return std::nullopt;
  if (!next_line(rest, line) || line != length_line(rest)) return std::nullopt;
  return Contents{std::move(*file), rest};
}

MappedMap read_map(const std::string& path, std::string_view magic, std::string_view key, std::size_t max_bytes) {
  MappedMap out;
  if (auto contents = read(path, magic, key, max_bytes))
    if (auto map = FrozenMap::view(contents->body)) {
      out.map = *map;
      out.file = std::move(contents->file);
    }
  return out;
}

bool write(const std::string& path, std::string_view magic, std::string_view key, std::string_view body) {
  std::error_code ec;
  const std::filesystem::path target(path);
  std::filesystem::create_directories(target.parent_path(), ec);
  const std::string temporary = fmt::format("{}.{}.tmp", path, static_cast<long>(::getpid()));
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << magic << '\n' << key << '\n' << length_line(body) << '\n';
    out.write(body.data(), static_cast<std::streamsize>(body.size()));
    out.close();
    if (!out) {
      std::filesystem::remove(temporary, ec);
      return false;
    }
  }
  std::filesystem::rename(temporary, target, ec);
  if (!ec) return true;
  std::filesystem::remove(temporary, ec);
  return false;
}

}  // namespace draad::cache_file
