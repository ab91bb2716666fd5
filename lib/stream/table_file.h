// Small tables that people make by hand or export from Excel: a speakers
// list, document metadata, a coding sheet. Read whole into memory.
//
// Two dialects, chosen by the file name and then by the header line:
// - TSV (`.tsv`, `.tab`, or any other name whose header contains a tab):
//   fields separated by tabs, with the backslash escapes of the draad stream
//   (`\t`, `\n`, `\r`, `\\`), so a segment or coding stream reads as a table.
// - CSV (`.csv`, or a header without a tab), RFC 4180: fields separated by
//   `,` or by `;` (Dutch Excel), whichever occurs more often outside quotes in
//   the header; a field in double quotes may hold separators, newlines and
//   doubled quotes (`""`).
// A UTF-8 BOM is skipped, CRLF is read as LF, lines with only empty fields are
// skipped (Excel writes `;;;` for an empty row), and trailing header cells
// that are empty (with empty cells under them) are dropped. Everything else
// that would give a silently wrong table is a DataError naming
// file:line:column: invalid UTF-8, an unterminated quote, text after a closing
// quote, a bad escape, an empty or duplicate column name, a row with more or
// fewer fields than the header.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/error.h"

namespace draad {

struct TableRow {
  std::vector<std::string> fields;   // one per column of the table, unquoted/unescaped
  std::int64_t line = 0;             // 1-based line on which the row starts
  std::vector<std::int64_t> columns; // 1-based code point column where each field starts
};

class Table {
 public:
  const std::string& name() const { return name_; }
  const std::vector<std::string>& columns() const { return columns_; }
  const std::vector<TableRow>& rows() const { return rows_; }

  std::optional<std::size_t> find(std::string_view column) const;
  // The index of a column the caller cannot work without; the error names
  // the columns the table does have.
  std::size_t require(std::string_view column) const;

  // Where row `row` (and, if given, its field `field`) is, for messages.
  Location where(std::size_t row, std::optional<std::size_t> field = std::nullopt) const;

 private:
  friend Table parse_table(std::string_view, const std::string&);
  std::string name_;
  std::vector<std::string> columns_;
  std::vector<TableRow> rows_;
};

// Parses `bytes` as the table file called `name` (the name decides the
// dialect as described above and is used in messages). An input without a
// header line is an error.
Table parse_table(std::string_view bytes, const std::string& name);

// The largest table file read (a million survey answers fit).
inline constexpr std::size_t kMaxTableBytes = 256 * 1024 * 1024;

// Reads and parses the file at `path` ("-" for standard input).
Table read_table(const std::string& path);

}  // namespace draad
