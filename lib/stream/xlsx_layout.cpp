#include "stream/xlsx_layout.h"

#include <algorithm>

#include <fmt/format.h>

#include "base/utf8.h"

namespace draad::xlsx {

namespace {
constexpr std::size_t kMaxName = 31;

// The first `max` code points of `s`, ending after a whole word when there is one.
std::string cut(const std::string& s, std::size_t max) {
  if (utf8::count_code_points(s) <= max) return s;
  std::size_t i = 0, n = 0, last_space = std::string::npos;
  while (i < s.size() && n < max) {
    if (s[i] == ' ') last_space = i;
    utf8::next(s, i);
    ++n;
  }
  if (i < s.size() && s[i] == ' ') last_space = i;  // the word before fits whole
  std::string out = s.substr(0, last_space == std::string::npos ? i : last_space);
  // No parenthesis left open, no dangling separator ("Quotes -") at the end.
  if (std::count(out.begin(), out.end(), '(') > std::count(out.begin(), out.end(), ')')) out.erase(out.rfind('('));
  while (!out.empty() && std::string_view(" -,;(").find(out.back()) != std::string_view::npos) out.pop_back();
  return out;
}
}  // namespace

std::string sheet_name(std::string_view title, std::vector<std::string>& used) {
  std::string base;
  for (char c : title) {
    switch (c) {
      case ':': base += " - "; break;
      case '/':
      case '\\': base += '-'; break;
      case '[': base += '('; break;
      case ']': base += ')'; break;
      case '*':
      case '?': break;
      case '\t':
      case '\n':
      case '\r': base += ' '; break;
      default: base += c;
    }
  }
  // One space between words; none at the ends, nor apostrophes (Excel refuses those).
  std::string tidy;
  for (char c : base)
    if (c != ' ' || (!tidy.empty() && tidy.back() != ' ')) tidy += c;
  while (!tidy.empty() && (tidy.back() == ' ' || tidy.back() == '\'')) tidy.pop_back();
  while (!tidy.empty() && tidy.front() == '\'') tidy.erase(0, 1);
  if (tidy.empty()) tidy = fmt::format("Table {}", used.size() + 1);
  std::string name = cut(tidy, kMaxName);
  for (int k = 2; std::find(used.begin(), used.end(), name) != used.end(); ++k) {
    const std::string suffix = fmt::format(" ({})", k);
    name = cut(tidy, kMaxName - suffix.size()) + suffix;
  }
  used.push_back(name);
  return name;
}

void ColumnWidth::add(std::string_view text) {
  while (true) {
    const std::size_t newline = text.find('\n');
    longest_ = std::max(longest_, utf8::count_code_points(text.substr(0, newline)));
    if (newline == std::string_view::npos) break;
    text.remove_prefix(newline + 1);
  }
}

double ColumnWidth::width(double max) const {
  return std::clamp(static_cast<double>(longest_) + 2, kMinWidth, max);
}

}  // namespace draad::xlsx
