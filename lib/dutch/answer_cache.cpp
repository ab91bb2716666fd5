#include "dutch/answer_cache.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string_view>

#include <fmt/format.h>

#include "base/utf8.h"

namespace draad::answer_cache {
namespace {

constexpr std::string_view kMagic = "draad dictionary answers 1";
constexpr std::streamoff kMaxBytes = 64 << 20;

std::uint64_t checksum(std::string_view body) {
  std::uint64_t h = 0xcbf29ce484222325ULL;  // FNV-1a
  for (char c : body) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
  return h;
}

bool plain(std::string_view s) { return s.find_first_of("\t\n\r") == std::string_view::npos; }

// The next line of `rest` (without its \n), or false at the end.
bool next_line(std::string_view& rest, std::string_view& line) {
  if (rest.empty()) return false;
  const std::size_t end = rest.find('\n');
  if (end == std::string_view::npos) return false;  // every line ends in \n
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

bool read(const std::string& path, const std::string& key, Answers& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::string all;
  in.seekg(0, std::ios::end);
  const std::streamoff size = in.tellg();
  // Far more than all of Dutch takes; what is larger (or not a file) is not ours to read.
  if (size < 0 || size > kMaxBytes) return false;
  all.resize(static_cast<std::size_t>(size));
  in.seekg(0);
  in.read(all.data(), static_cast<std::streamsize>(all.size()));
  if (in.gcount() != static_cast<std::streamsize>(all.size())) return false;
  std::string_view rest(all), line;
  if (!next_line(rest, line) || line != kMagic) return false;
  if (!next_line(rest, line) || line != key) return false;
  if (!next_line(rest, line) || line != fmt::format("{} {:016x}", rest.size(), checksum(rest))) return false;
  // Whole and made under this key: checked before any answer is taken, so
  // that a line this version cannot read leaves `out` as it was.
  for (std::string_view check = rest; next_line(check, line);)
    if (!(line.starts_with("s\t") && (line.ends_with("\t0") || line.ends_with("\t1")) && line.size() >= 4) &&
        !line.starts_with("t\t"))
      return false;
  const std::size_t lines = utf8::count_byte(rest, '\n');
  out.spelled.reserve(out.spelled.size() + lines);
  while (next_line(rest, line)) {
    const std::string_view fields = line.substr(2);
    if (line[0] == 's') {
      out.spelled.try_emplace(fields.substr(0, fields.size() - 2), fields.back() == '1');
      continue;
    }
    const std::size_t tab = fields.find('\t');
    auto [entry, fresh] = out.stemmed.try_emplace(fields.substr(0, tab));
    if (!fresh || tab == std::string_view::npos) continue;  // none
    for (std::string_view stems = fields.substr(tab + 1);;) {
      const std::size_t next = stems.find('\t');
      entry->second.emplace_back(stems.substr(0, next));
      if (next == std::string_view::npos) break;
      stems.remove_prefix(next + 1);
    }
  }
  return true;
}

bool write(const std::string& path, const std::string& key, const Answers& answers) {
  std::string body;
  for (const auto& [word, is_word] : answers.spelled)
    if (plain(word)) fmt::format_to(std::back_inserter(body), "s\t{}\t{}\n", word, is_word ? 1 : 0);
  for (const auto& [word, stems] : answers.stemmed) {
    bool ok = plain(word);
    for (const auto& s : stems) ok = ok && plain(s);
    if (!ok) continue;
    body += "t\t";
    body += word;
    for (const auto& s : stems) (body += '\t') += s;
    body += '\n';
  }
  std::error_code ec;
  const std::filesystem::path target(path);
  std::filesystem::create_directories(target.parent_path(), ec);
  const std::string temporary = fmt::format("{}.{}.tmp", path, static_cast<long>(::getpid()));
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << kMagic << '\n' << key << '\n' << fmt::format("{} {:016x}", body.size(), checksum(body)) << '\n' << body;
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

}  // namespace draad::answer_cache
