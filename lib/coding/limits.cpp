#include "coding/limits.h"

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "base/suggest.h"

namespace draad {

AttributeLimits::AttributeLimits(const Codebook& codebook, const std::vector<std::string>& columns)
    : codebook_(codebook), columns_(columns) {
  auto column_of = [&](const Limit& limit) {
    return static_cast<std::size_t>(std::find(columns.begin(), columns.end(), limit.condition.column) - columns.begin());
  };
  auto warn = [&](const Location& mark, std::string message) {
    warnings_.push_back(
        Diagnostic{Diagnostic::Severity::warning, Location{codebook.path, mark.line, mark.column}, std::move(message)}
            .str());
  };
  std::set<std::string> missing;
  for (std::size_t c = 0; c < codebook.codes.size(); ++c)
    for (const auto& limit : codebook.codes[c].where) {
      const std::string& name = limit.condition.column;
      const std::size_t column = column_of(limit);
      if (column < columns.size())
        bound_.push_back({c, &limit, column});
      else if (missing.insert(name).second)
        warn(limit.mark, fmt::format("the segments have no column '{}'{}, so where '{}' (and any other limit on it) "
                                     "is not applied",
                                     name, did_you_mean(name, columns), limit.condition.text));
    }
  const Questions& questions = codebook.questions;
  if (!questions.skip) return;
  for (const auto& limit : questions.where_any)
    if (const std::size_t column = column_of(limit); column < columns.size()) questions_.push_back({0, &limit, column});
  skip_questions_ = questions.where_any.empty() || !questions_.empty();
  if (!skip_questions_) {
    std::string names;
    std::set<std::string> named;
    for (const auto& limit : questions.where_any)
      if (named.insert(limit.condition.column).second) names += (names.empty() ? "'" : ", '") + limit.condition.column + "'";
    warn(questions.mark,
         fmt::format("the segments have none of the columns that questions.where_any names ({}), so no question is "
                     "skipped",
                     names));
  }
}

void AttributeLimits::check(const std::function<std::string_view(std::size_t)>& field, Blocked& out) const {
  out.codes.resize(codebook_.codes.size());
  for (auto& why : out.codes) why.clear();
  auto as = [&](const Bound& b, std::string_view value, std::string_view key = "where") {
    return fmt::format("as {} ({} '{}', line {})",
                       value.empty() ? fmt::format("{} is empty", columns_[b.column])
                                     : fmt::format("{} = {}", columns_[b.column], value),
                       key, b.limit->condition.text, b.limit->mark.line);
  };
  for (const auto& b : bound_) {
    if (!out.codes[b.code].empty()) continue;
    const std::string_view value = field(b.column);
    if (!b.limit->condition.passes(value)) out.codes[b.code] = as(b, value);
  }
  out.questions.clear();
  if (!skip_questions_) return;
  if (questions_.empty()) {
    out.questions = fmt::format("in a question (questions: hits: skip, line {})", codebook_.questions.mark.line);
    return;
  }
  for (const auto& b : questions_)
    if (const std::string_view value = field(b.column); b.limit->condition.passes(value)) {
      out.questions = "in a question, " + as(b, value, "questions.where_any");
      return;
    }
}

}  // namespace draad
