#include "text/answers.h"

#include <algorithm>

#include <fmt/format.h>

#include "text/metadata.h"
#include "text/normalise.h"

namespace draad {

namespace {

std::string_view trimmed(std::string_view s) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return s;
}

TableReader::HeaderTest names_all(const std::vector<std::string>& wanted) {
  return [wanted](const std::vector<std::string>& cells) {
    return std::all_of(wanted.begin(), wanted.end(), [&](const std::string& column) {
      return std::any_of(cells.begin(), cells.end(), [&](const std::string& cell) { return trimmed(cell) == column; });
    });
  };
}

}  // namespace

AnswerTable::AnswerTable(const std::string& path, const AnswerColumns& columns)
    : reader_(path, names_all(columns.text)) {
  choose_columns(columns);
}

AnswerTable::AnswerTable(std::string_view bytes, const std::string& name, const AnswerColumns& columns)
    : reader_(bytes, name, names_all(columns.text)) {
  choose_columns(columns);
}

void AnswerTable::choose_columns(const AnswerColumns& columns) {
  for (const auto& column : columns.text) text_.push_back(reader_.require(column));
  if (!columns.id.empty()) id_ = reader_.require(columns.id);
  for (std::size_t i = 0; i < reader_.columns().size(); ++i) {
    if (std::find(text_.begin(), text_.end(), i) != text_.end() || id_ == i) continue;
    const std::string& name = reader_.columns()[i];
    if (is_segment_column(name) || name == kQuestionColumn)
      throw DataError({reader_.name(), reader_.header_line()},
                      fmt::format("column '{}' is also a segment column; rename it", name));
    attributes_.push_back(i);
    attribute_names_.push_back(reader_.columns()[i]);
  }
}

bool AnswerTable::next(Response& response) {
  if (!reader_.next(row_)) return false;
  response.line = row_.line;
  response.respondent = id_ ? std::string(trimmed(row_.fields[*id_])) : std::string();
  response.answers.resize(text_.size());
  for (std::size_t k = 0; k < text_.size(); ++k) {
    const std::string_view cell = trimmed(row_.fields[text_[k]]);
    // The table is valid UTF-8 already; normalising can only refuse a NUL.
    response.answers[k] = cell.empty() ? std::string() : std::string(trimmed(normalise(cell, reader_.name(), {}).text));
  }
  response.attributes.resize(attributes_.size());
  for (std::size_t k = 0; k < attributes_.size(); ++k) response.attributes[k] = std::move(row_.fields[attributes_[k]]);
  return true;
}

}  // namespace draad
