#include "coding/limits.h"

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "base/suggest.h"
#include "base/utf8.h"

namespace draad {
namespace {

std::size_t column_of(const std::vector<std::string>& columns, const Limit& limit) {
  return static_cast<std::size_t>(std::find(columns.begin(), columns.end(), limit.condition.column) - columns.begin());
}

}  // namespace

AttributeLimits::AttributeLimits(const Codebook& codebook, const std::vector<std::string>& columns)
    : codebook_(codebook),
      columns_(columns),
      questions_{&codebook.questions, "questions", "a question", "hits: skip", false, {}, {}},
      headings_{&codebook.headings, "headings", "a heading", "hits: skip", false, {}, {}},
      method_{&codebook.method, "method", "a method paragraph", "words", false, {}, {}},
      answers_{&codebook.answers, "answers", "an answer", "uncoded: question", false, {}, {}} {
  std::set<std::string> missing;
  for (std::size_t c = 0; c < codebook.codes.size(); ++c)
    for (const auto& limit : codebook.codes[c].where) {
      const std::string& name = limit.condition.column;
      const std::size_t column = column_of(columns, limit);
      if (column < columns.size())
        bound_.push_back(make_bound(c, limit, column, "", "where"));
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
  unit_ = static_cast<std::size_t>(std::find(columns.begin(), columns.end(), "unit") - columns.begin());
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
      skip.alternatives.push_back(make_bound(0, limit, column, fmt::format("in {}, ", skip.part),
                                             fmt::format("{}.where_any", skip.key)));
  if (rule.where_any.empty()) skip.always = fmt::format("in {} ({}: {}, line {})", skip.part, skip.key, skip.on, rule.mark.line);
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

// A limit's reason is put together in advance but for the value, so that
// check(), which runs for every segment, formats nothing and reuses the
// storage of the caller's strings.
AttributeLimits::Bound AttributeLimits::make_bound(std::size_t code, const Limit& limit, std::size_t column,
                                                   std::string_view lead, std::string_view key) const {
  const std::string tail = fmt::format(" ({} '{}', line {})", key, limit.condition.text, limit.mark.line);
  return {code, &limit, column, fmt::format("{}as {} = ", lead, columns_[column]),
          fmt::format("{}as {} is empty{}", lead, columns_[column], tail), tail};
}

void AttributeLimits::Bound::why(std::string_view value, std::string& out) const {
  if (value.empty()) {
    out.assign(empty_value);
    return;
  }
  out.assign(before_value);
  out += value;
  out += after_value;
}

void AttributeLimits::why_skipped(const Skip& skip, const std::function<std::string_view(std::size_t)>& field,
                                  std::string& out) const {
  out.clear();
  if (!skip.active) return;
  if (skip.alternatives.empty()) {
    out.assign(skip.always);
    return;
  }
  for (const auto& b : skip.alternatives)
    if (const std::string_view value = field(b.column); b.limit->condition.passes(value)) return b.why(value, out);
}

void AttributeLimits::check(const std::function<std::string_view(std::size_t)>& field, Blocked& out) const {
  out.codes.resize(codebook_.codes.size());
  for (auto& why : out.codes) why.clear();
  for (const auto& b : bound_) {
    if (!out.codes[b.code].empty()) continue;
    const std::string_view value = field(b.column);
    if (!b.limit->condition.passes(value)) b.why(value, out.codes[b.code]);
  }
  why_skipped(questions_, field, out.questions);
  const bool marked = section_ < columns_.size() && !field(section_).empty();
  if (marked)
    out.headings.clear();
  else
    why_skipped(headings_, field, out.headings);
  out.unit_heading = unit_ < columns_.size() && field(unit_) == "heading";
  why_skipped(method_, field, out.method);
  out.question.clear();
  why_skipped(answers_, field, out.answers);
  if (out.answers.empty()) return;
  if (question_ < columns_.size()) out.question = field(question_);
  if (out.question.empty() && section_ < columns_.size()) {
    if (const std::string_view section = utf8::trim(field(section_)); section.ends_with('?')) out.question = section;
  }
  if (out.question.empty()) out.answers.clear();
}

}  // namespace draad
