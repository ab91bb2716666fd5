#include "coding/limits.h"

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "base/suggest.h"

namespace draad {
namespace {

std::size_t column_of(const std::vector<std::string>& columns, const Limit& limit) {
  return static_cast<std::size_t>(std::find(columns.begin(), columns.end(), limit.condition.column) - columns.begin());
}

}  // namespace

AttributeLimits::AttributeLimits(const Codebook& codebook, const std::vector<std::string>& columns)
    : codebook_(codebook),
      columns_(columns),
      questions_{&codebook.questions, "questions", "a question", false, {}},
      headings_{&codebook.headings, "headings", "a heading", false, {}},
      method_{&codebook.method, "method", "a method paragraph", false, {}},
      answers_{&codebook.answers, "answers", "an answer", false, {}} {
  std::set<std::string> missing;
  for (std::size_t c = 0; c < codebook.codes.size(); ++c)
    for (const auto& limit : codebook.codes[c].where) {
      const std::string& name = limit.condition.column;
      const std::size_t column = column_of(columns, limit);
      if (column < columns.size())
        bound_.push_back({c, &limit, column});
      else if (missing.insert(name).second)
        warn(limit.mark, fmt::format("the segments have no column '{}'{}, so where '{}' (and any other limit on it) "
                                     "is not applied",
                                     name, did_you_mean(name, columns), limit.condition.text));
    }
  bind(questions_);
  bind(headings_);
  bind(method_);
  bind(answers_);
  section_ = static_cast<std::size_t>(std::find(columns.begin(), columns.end(), "section") - columns.begin());
  question_ = static_cast<std::size_t>(std::find(columns.begin(), columns.end(), "question") - columns.begin());
}

void AttributeLimits::warn(const Location& mark, std::string message) {
  warnings_.push_back(
      Diagnostic{Diagnostic::Severity::warning, Location{codebook_.path, mark.line, mark.column}, std::move(message)}
          .str());
}

void AttributeLimits::bind(Skip& skip) {
  const SegmentRule& rule = *skip.rule;
  if (!rule.on) return;
  for (const auto& limit : rule.where_any)
    if (const std::size_t column = column_of(columns_, limit); column < columns_.size())
      skip.alternatives.push_back({0, &limit, column});
  skip.active = rule.where_any.empty() || !skip.alternatives.empty();
  if (skip.active) return;
  std::string names;
  std::set<std::string> named;
  for (const auto& limit : rule.where_any)
    if (named.insert(limit.condition.column).second) names += (names.empty() ? "'" : ", '") + limit.condition.column + "'";
  warn(rule.mark, fmt::format("the segments have none of the columns that {}.where_any names ({}), so no {} is "
                              "skipped",
                              skip.key, names, std::string_view(skip.part).substr(2)));
}

std::string AttributeLimits::as(const Bound& b, std::string_view value, std::string_view key) const {
  return fmt::format("as {} ({} '{}', line {})",
                     value.empty() ? fmt::format("{} is empty", columns_[b.column])
                                   : fmt::format("{} = {}", columns_[b.column], value),
                     key, b.limit->condition.text, b.limit->mark.line);
}

std::string AttributeLimits::why_skipped(const Skip& skip,
                                         const std::function<std::string_view(std::size_t)>& field) const {
  if (!skip.active) return {};
  if (skip.alternatives.empty()) return fmt::format("in {} ({}: hits: skip, line {})", skip.part, skip.key, skip.rule->mark.line);
  for (const auto& b : skip.alternatives)
    if (const std::string_view value = field(b.column); b.limit->condition.passes(value))
      return fmt::format("in {}, {}", skip.part, as(b, value, std::string(skip.key) + ".where_any"));
  return {};
}

void AttributeLimits::check(const std::function<std::string_view(std::size_t)>& field, Blocked& out) const {
  out.codes.resize(codebook_.codes.size());
  for (auto& why : out.codes) why.clear();
  for (const auto& b : bound_) {
    if (!out.codes[b.code].empty()) continue;
    const std::string_view value = field(b.column);
    if (!b.limit->condition.passes(value)) out.codes[b.code] = as(b, value, "where");
  }
  out.questions = why_skipped(questions_, field);
  const bool marked = section_ < columns_.size() && !field(section_).empty();
  out.headings = marked ? std::string() : why_skipped(headings_, field);
  out.method = why_skipped(method_, field);
  out.question.clear();
  out.answers = why_skipped(answers_, field);
  if (out.answers.empty()) return;
  if (question_ < columns_.size()) out.question = field(question_);
  if (out.question.empty() && section_ < columns_.size()) {
    const std::string_view section = field(section_);
    if (const auto last = section.find_last_not_of(" \t"); last != std::string_view::npos && section[last] == '?')
      out.question = section.substr(0, last + 1);
  }
  if (out.question.empty()) out.answers.clear();
}

}  // namespace draad
