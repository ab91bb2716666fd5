#include "stream/record.h"

#include <charconv>

namespace draad {

std::string header_line(const std::vector<std::string>& columns) {
  std::string out;
  for (const auto& c : columns) {
    if (!out.empty()) out += '\t';
    out += c;
  }
  return out + '\n';
}

void append_hit(std::string& out, std::string_view surface, std::int64_t start, std::int64_t end) {
  if (!out.empty()) out += ';';
  for (char c : surface) out += c == ';' ? ',' : c;
  char digits[24];
  out += '@';
  out.append(digits, std::to_chars(digits, digits + sizeof digits, start).ptr);
  out += '-';
  out.append(digits, std::to_chars(digits, digits + sizeof digits, end).ptr);
}

std::string format_hits(const std::vector<DocumentHit>& hits) {
  std::string out;
  for (const auto& h : hits) append_hit(out, h.surface, h.start, h.end);
  return out;
}

std::vector<DocumentHit> parse_hits(std::string_view list) {
  std::vector<DocumentHit> out;
  while (!list.empty()) {
    const std::size_t semi = list.find(';');
    const std::string_view item = list.substr(0, semi);
    list = semi == std::string_view::npos ? std::string_view() : list.substr(semi + 1);
    const std::size_t at = item.rfind('@');
    if (at == std::string_view::npos) continue;
    const std::string_view range = item.substr(at + 1);
    const std::size_t dash = range.find('-');
    if (dash == std::string_view::npos) continue;
    DocumentHit h;
    const char* mid = range.data() + dash;
    const char* last = range.data() + range.size();
    auto [p1, e1] = std::from_chars(range.data(), mid, h.start);
    auto [p2, e2] = std::from_chars(mid + 1, last, h.end);
    if (e1 != std::errc() || e2 != std::errc() || p1 != mid || p2 != last || h.end < h.start) continue;
    h.surface = item.substr(0, at);
    out.push_back(std::move(h));
  }
  return out;
}

std::string format_coder(const CoderId& id) { return id.name + "@" + id.version + "#" + id.hash; }

std::optional<CoderId> parse_coder(std::string_view coder) {
  const std::size_t at = coder.find('@');
  const std::size_t hash = coder.rfind('#');
  if (at == std::string_view::npos || hash == std::string_view::npos || hash < at) return std::nullopt;
  return CoderId{std::string(coder.substr(0, at)), std::string(coder.substr(at + 1, hash - at - 1)),
                 std::string(coder.substr(hash + 1))};
}

std::string_view theme_of(std::string_view code) { return code.substr(0, code.find('/')); }

}  // namespace draad
