#include "stream/where.h"

#include <algorithm>

#include <fmt/format.h>

#include "base/suggest.h"
#include "base/utf8.h"

namespace draad::where {

bool Condition::passes(std::string_view value) const {
  // Compared in place: this runs for every segment and limit.
  const std::string_view trimmed = utf8::trim(value);
  const bool listed = std::any_of(values.begin(), values.end(), [&](const std::string& v) {
    return v.size() == trimmed.size() &&
           std::equal(v.begin(), v.end(), trimmed.begin(), [](char a, char b) { return a == utf8::ascii_lower(b); });
  });
  return listed == equal;
}

std::optional<Condition> try_parse(std::string_view expression) {
  const std::size_t eq = expression.find('=');
  const bool negated = eq != std::string_view::npos && eq > 0 && expression[eq - 1] == '!';
  Condition c;
  c.text = std::string(expression);
  c.equal = !negated;
  if (eq != std::string_view::npos) c.column = std::string(utf8::trim(expression.substr(0, negated ? eq - 1 : eq)));
  if (c.column.empty()) return std::nullopt;
  std::string_view rest = expression.substr(eq + 1);
  while (true) {
    const std::size_t comma = rest.find(',');
    c.values.push_back(utf8::ascii_lower(utf8::trim(rest.substr(0, comma))));
    if (comma == std::string_view::npos) break;
    rest = rest.substr(comma + 1);
  }
  return c;
}

Condition parse(std::string_view expression) {
  if (auto c = try_parse(expression)) return std::move(*c);
  throw UsageError(fmt::format("--where '{}': expected {} (e.g. --where 'rol=deelnemer')", expression, kForms));
}

Filter::Filter(const std::vector<std::string>& expressions) {
  for (const auto& e : expressions) conditions_.push_back(parse(e));
}

std::vector<std::size_t> Filter::bind(const std::vector<std::string>& columns, const Location& where) const {
  std::vector<std::size_t> out;
  for (const auto& c : conditions_) {
    auto it = std::find(columns.begin(), columns.end(), c.column);
    if (it == columns.end())
      throw DataError(where, fmt::format("--where '{}': no column '{}'{}; the input has: {}", c.text, c.column,
                                         did_you_mean(c.column, columns), fmt::join(columns, ", ")));
    out.push_back(static_cast<std::size_t>(it - columns.begin()));
  }
  return out;
}

bool Filter::matches(const std::vector<std::string>& values) const {
  for (std::size_t i = 0; i < conditions_.size(); ++i)
    if (!conditions_[i].passes(values[i])) return false;
  return true;
}

}  // namespace draad::where
