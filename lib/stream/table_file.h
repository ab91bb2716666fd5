// Tables that people make by hand or export from Excel or a survey tool: a
// speakers list, document metadata, a coding sheet, a survey's answers.
// A LoadedTable is read whole into memory; a TableReader streams one row at a time
// (holding one row, however many the file has).
//
// Two text dialects, chosen by the file name and then by the header line:
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
//
// A TableReader also reads the first worksheet of an `.xlsx` workbook or the
// first sheet of an `.ods` spreadsheet (xlsx_reader.h), a row per sheet row:
// its locations are file:row:column with the column counted from A = 1.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
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

// Reads a table row by row. The header is the first row that is not empty,
// or, with `is_header`, the first row among the first kHeaderSearchRows
// non-empty rows for which it returns true (the rows above it, such as the
// title block of a survey export, are skipped and counted), and the first
// non-empty row when none is.
class TableReader {
 public:
  using HeaderTest = std::function<bool(const std::vector<std::string>& cells)>;
  static constexpr std::size_t kHeaderSearchRows = 50;

  // The file at `path` ("-" for standard input), by its extension.
  explicit TableReader(const std::string& path, HeaderTest is_header = {});
  // CSV or TSV `bytes`, which must outlive the reader; `name` as above.
  TableReader(std::string_view bytes, const std::string& name, HeaderTest is_header = {});
  ~TableReader();
  TableReader(const TableReader&) = delete;
  TableReader& operator=(const TableReader&) = delete;

  const std::string& name() const { return name_; }
  const std::vector<std::string>& columns() const { return columns_; }
  std::int64_t header_line() const { return header_line_; }
  std::size_t rows_above_header() const { return above_header_; }

  std::optional<std::size_t> find(std::string_view column) const;
  // The index of a column the caller cannot work without; the error names
  // the columns the table does have, and the nearest one.
  std::size_t require(std::string_view column) const;

  // The next row that is not empty, with exactly one field per column;
  // false at the end.
  bool next(TableRow& row);
  Location where(const TableRow& row, std::optional<std::size_t> field = std::nullopt) const;

  struct Source;  // CSV/TSV text or a worksheet, record by record

 private:
  void read_header(const HeaderTest& is_header);
  bool next_record(TableRow& row);

  std::string name_;
  std::unique_ptr<Source> source_;
  std::vector<std::string> columns_;
  std::int64_t header_line_ = 0;
  std::size_t above_header_ = 0;
  std::vector<TableRow> pending_;  // rows read while looking for the header, in order
  std::size_t next_pending_ = 0;
};

// Rows longer than this are refused (an unbalanced quote would otherwise
// read the rest of the file into one field).
inline constexpr std::size_t kMaxRecordBytes = 64 << 20;

// The column names of the table at `path` for a caller that names none (a
// message listing them): the first row, among the first kHeaderSearchRows
// non-empty ones, with the most non-empty cells, so that a title block above
// the header (a cell a row) is passed over.
std::vector<std::string> likely_columns(const std::string& path);

class LoadedTable {
 public:
  LoadedTable() = default;
  // The rest of `reader`'s rows.
  explicit LoadedTable(TableReader& reader);

  const std::string& name() const { return name_; }
  const std::vector<std::string>& columns() const { return columns_; }
  const std::vector<TableRow>& rows() const { return rows_; }

  std::optional<std::size_t> find(std::string_view column) const;
  // The index of a column the caller cannot work without; the error names
  // the columns the table does have, and the nearest one.
  std::size_t require(std::string_view column) const;

  // Where row `row` (and, if given, its field `field`) is, for messages.
  Location where(std::size_t row, std::optional<std::size_t> field = std::nullopt) const;

 private:
  std::string name_;
  std::vector<std::string> columns_;
  std::int64_t header_line_ = 1;
  std::vector<TableRow> rows_;
};

// Parses `bytes` as the table file called `name` (the name decides the
// dialect as described above and is used in messages). An input without a
// header line is an error.
LoadedTable parse_table(std::string_view bytes, const std::string& name);

// The most a read LoadedTable holds (a million survey answers fit); a TableReader
// streams and has no such limit.
inline constexpr std::size_t kMaxTableBytes = 256 * 1024 * 1024;

// Reads and parses the file at `path` ("-" for standard input); a `.xlsx`
// or `.ods` spreadsheet is read from its first sheet.
LoadedTable read_table(const std::string& path);

}  // namespace draad
