// Row filters by column value: the --where option of the commands that read
// streams (`--where 'rol=deelnemer' --where 'speaker!=Gespreksleider'`).
//
// A condition is `column=value`, `column!=value` or a comma list
// `column=a,b` (any of them) / `column!=a,b` (none of them). Spaces around the
// column and the values are ignored; values compare without regard to ASCII
// case (`rol=Deelnemer` keeps `deelnemer`); an empty value is the empty field
// (`speaker!=` drops segments without a speaker). Several conditions all hold.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/error.h"

namespace draad::where {

struct Condition {
  std::string column;
  bool equal = true;                // `=`: any of the values; `!=`: none of them
  std::vector<std::string> values;  // ASCII lower-cased
  std::string text;                 // as given, for messages

  bool passes(std::string_view value) const;

  bool operator==(const Condition&) const = default;
};

// One condition; anything else is a UsageError showing the accepted forms.
Condition parse(std::string_view expression);
// The same, nullopt for anything else (where the caller words the message,
// as a codebook's `where` does).
std::optional<Condition> try_parse(std::string_view expression);
// The accepted forms, for such a message.
inline constexpr std::string_view kForms = "COLUMN=VALUE, COLUMN!=VALUE or COLUMN=A,B";

class Filter {
 public:
  Filter() = default;
  // Parses every expression (UsageError on the first that does not parse).
  explicit Filter(const std::vector<std::string>& expressions);

  bool empty() const { return conditions_.empty(); }
  const std::vector<Condition>& conditions() const { return conditions_; }

  // The index in `columns` of each condition's column; a column that is not
  // there is a DataError at `where` naming the columns that are, with a
  // suggestion for a typo.
  std::vector<std::size_t> bind(const std::vector<std::string>& columns, const Location& where) const;

  // Whether `values` (one per condition, in order) pass every condition.
  bool matches(const std::vector<std::string>& values) const;

 private:
  std::vector<Condition> conditions_;
};

}  // namespace draad::where
