// Final tables (freq, cooc, threads, quotes, agree) printed for people and
// for other programs.
//
// A command builds one or more report::Table values and hands them to
// print(). The formats:
//   text  aligned columns, numbers right-aligned, a title line above each
//         table (the default when standard output is a terminal);
//   tsv   the draad stream format (the default in a pipe);
//   csv   RFC 4180, fields quoted when they need it;
//   md    a pipe table under a `### title` heading;
//   json  one object {"title", "columns", "rows"} per table, rows as objects
//         keyed by column name, numbers as JSON numbers, empty cells null;
//         several tables print as an array of such objects;
//   xlsx  one sheet per table (named after its title, xlsx_layout.h),
//         numbers stored as numbers (so are text cells holding a plain
//         number), a bold and frozen header row, columns as wide as their
//         content (long text wraps), the notes on a sheet "notes"; written to
//         a file, or to standard output only when that is not a terminal.
// With more than one table, tsv and csv put a `# title` line above each table
// and a blank line between tables, so each table stays a plain block.
//
// Percent cells hold a fraction (0.25) and print as 25.0 in tsv/csv/json, as
// 25.0% in text and md, and as 0.25 with a percent number format in xlsx.
// Output is deterministic: numbers are formatted with fixed digits.
//
// A Style makes text, md and csv read as Dutch readers expect: a decimal
// comma (0,66; 12,5%) and, for csv opened in a Dutch Excel, `;` between
// fields and a byte order mark. tsv and json never change with the Style.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "base/byte_range.h"

namespace draad::report {

enum class Format { text, tsv, csv, md, json, xlsx };

// The rows an xlsx sheet holds, its header row included (Excel's limit): a
// command that builds a table row by row checks it as it goes.
inline constexpr std::size_t kMaxSheetRows = 1'048'576;

enum class Kind { text, integer, real, percent };

struct Column {
  std::string name;
  Kind kind = Kind::text;
  int digits = 0;  // digits after the decimal point for real and percent
  bool align_right = false;  // in text, a text column aligned right (the left context of kwic)
};


// One cell: empty, text or a number. The column's kind says how a real
// number prints; an integer always prints as an integer (a count under a
// percent column, such as a row of denominators); a text cell prints as text.
struct Cell {
  std::variant<std::monostate, std::string, std::int64_t, double> value;
  // Byte ranges of a text cell to emphasise (hits in a quote): bold ANSI in
  // text on a terminal, `**` in md, plain elsewhere. Sorted, not overlapping.
  std::vector<ByteRange> marks;

  Cell() = default;
  Cell(std::string text, std::vector<ByteRange> marks = {}) : value(std::move(text)), marks(std::move(marks)) {}
  Cell(const char* text) : value(std::string(text)) {}
  Cell(std::string_view text) : value(std::string(text)) {}
  Cell(std::int64_t n) : value(n) {}
  Cell(int n) : value(static_cast<std::int64_t>(n)) {}
  Cell(std::size_t n) : value(static_cast<std::int64_t>(n)) {}
  Cell(double x) : value(x) {}

  bool empty() const { return std::holds_alternative<std::monostate>(value); }
};

struct Table {
  std::string title;
  std::vector<Column> columns;
  std::vector<std::vector<Cell>> rows;  // each row has one cell per column
  std::vector<std::string> notes;       // lines under the table in text and md, "notes" in json
};

struct Style {
  bool decimal_comma = false;  // numbers in text, md and csv as 0,66 and 12,5%
  bool excel = false;          // csv: `;` between fields, a decimal comma and a UTF-8 byte order mark
};

// "text", "tsv", "csv", "md", "json" or "xlsx"; anything else is a
// UsageError listing the formats (with a suggestion for a typo).
Format parse_format(std::string_view name);
// text when standard output is a terminal, tsv otherwise.
Format default_format();
// The names accepted by parse_format, for help texts: "text|tsv|csv|md|json|xlsx".
std::string_view format_names();

// The tables in `format` as a string (every format but xlsx). `terminal`
// turns on ANSI bold for marks in text. A row with the wrong number of cells
// is a std::logic_error (a bug in the caller).
std::string render(const std::vector<Table>& tables, Format format, bool terminal = false, const Style& style = {});

// A cell as text and md print it: numbers with the column's digits (a
// percent as 12.5%), the decimal comma when the style asks for it; text as it is.
std::string shown(const Column& column, const Cell& cell, const Style& style = {});

// Prints the tables to `output` ("" or "-" for standard output). xlsx to a
// terminal is a UsageError (use --output FILE); a file that cannot be written
// is a DataError naming it.
void print(const std::vector<Table>& tables, Format format, const std::string& output = "", const Style& style = {});

// A UsageError when the file name `output` says another format than `format`
// (`--format csv -o x.xlsx`) or one draad does not write (.ods, .xls).
void check_output_name(Format format, const std::string& output);

// Resolves the usual --format/--output pair of a command: an empty `name`
// means the format the extension of `output` names (.xlsx, .csv, .tsv, .md,
// .json), else default_format() for standard output and tsv for a file.
Format choose_format(std::string_view name, const std::string& output);

// The order of keys and groups in tables: runs of digits compare as numbers
// ("sessie 2" < "sessie 10"), everything else byte by byte; a strict weak
// order that is total on distinct strings.
bool natural_less(std::string_view a, std::string_view b);

}  // namespace draad::report
