#include "dutch/answer_cache.h"

#include <cstdint>
#include <string_view>

#include <fmt/format.h>

#include "base/cache_file.h"
#include "base/utf8.h"

namespace draad::answer_cache {
namespace {

// The format: `s\tword\t0|1` for spelled, `t\tword[\tstem...]` for stemmed.
constexpr std::string_view kMagic = "draad dictionary answers 2";
constexpr std::size_t kMaxBytes = 64 << 20;  // far more than all of Dutch takes

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

bool read(const std::string& path, const std::string& key, Answers& out) {
  const auto contents = cache_file::read(path, kMagic, key, kMaxBytes);
  if (!contents) return false;
  std::string_view rest = contents->body, line;
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
  return cache_file::write(path, kMagic, key, body);
}

}  // namespace draad::answer_cache
