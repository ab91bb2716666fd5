// Survey and answer tables (Forms, Mentimeter, SurveyMonkey, LimeSurvey
// exports as .csv, .tsv, .xlsx or .ods) as documents: one response per row, one
// or more columns of open answers, every other column an attribute.
//
// The table is streamed (table_file.h): one row in memory, however many
// rows there are. Each answer is normalised like a document (normalise.h)
// and trimmed of white space at both ends.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "stream/table_file.h"

namespace draad {

// The segment column that names the text column an answer comes from.
inline constexpr std::string_view kQuestionColumn = "question";

struct AnswerColumns {
  std::vector<std::string> text;  // the columns holding answers, in the order given
  std::string id;                 // the column naming the respondent; may be ""
};

struct Response {
  std::int64_t line = 0;                // where the row starts (file line, or worksheet row)
  std::string respondent;               // the id column's value, trimmed
  std::vector<std::string> answers;     // one per text column, normalised and trimmed; "" when empty
  std::vector<std::string> attributes;  // one per attribute column, as written
};

class AnswerTable {
 public:
  // Opens the table. Its header is the first row (of the first 50 that are
  // not empty) that names every text column, so the title block of an
  // export (presentation name, date, ...) above the header is skipped; it
  // is the first row when no row does. A text or id column the header lacks
  // is a DataError naming the columns it has and the nearest one.
  AnswerTable(const std::string& path, const AnswerColumns& columns);
  // CSV or TSV `bytes` (which must outlive the table) called `name`.
  AnswerTable(std::string_view bytes, const std::string& name, const AnswerColumns& columns);

  const std::string& name() const { return reader_.name(); }
  // Every column but the text and id columns, in the table's order (one
  // named like a segment column or `question` is a DataError).
  const std::vector<std::string>& attribute_columns() const { return attribute_names_; }
  // Rows above the header (a title block), skipped.
  std::size_t rows_above_header() const { return reader_.rows_above_header(); }

  // The next row; false at the end.
  bool next(Response& response);
  // Where answer `question` of the last row read starts, for messages.
  Location where(std::size_t question) const { return reader_.where(row_, text_[question]); }

 private:
  void choose_columns(const AnswerColumns& columns);

  TableReader reader_;
  std::vector<std::size_t> text_;
  std::optional<std::size_t> id_;
  std::vector<std::size_t> attributes_;
  std::vector<std::string> attribute_names_;
  TableRow row_;
};

}  // namespace draad
