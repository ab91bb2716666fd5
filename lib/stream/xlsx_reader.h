// Reading the first worksheet of an XLSX workbook, or the first sheet of an
// ODS spreadsheet (LibreOffice Calc), as a grid of text cells: enough for a
// coding sheet filled in by hand or a survey tool's export.
//
// Reads xl/workbook.xml (the first sheet and its relationship target),
// xl/sharedStrings.xml, the number formats of xl/styles.xml and that
// worksheet's cells: shared strings, inline strings, formula results (`str`),
// numbers as their cells show them (number_format.h: "12-03-2026 19:04",
// "7,5"), booleans as TRUE/FALSE. Fonts, formulas and other sheets are
// ignored. Merged
// cell ranges are reported, not resolved: a caller decides whether they are
// acceptable. A file that is not a zip, lacks a part or has malformed XML is a
// DataError naming the file (and the part). The worksheet itself is
// streamed: a SheetReader holds one row at a time (plus the shared strings,
// which Excel writes for every text cell). A workbook read from standard
// input, each part held in memory (the workbook, the shared strings), a cell,
// a row and the grid of cells a whole Sheet holds have fixed limits (a zip
// bomb, or a small sheet that names cell XFD1048576 or repeats one long
// shared string in every cell, is refused instead of exhausting memory).
//
// An `.ods` file (by its name) is read from content.xml, streamed the same
// way: a cell's value is the text it displays (its paragraphs joined by line
// breaks, with text:s spaces, tabs and line breaks; comments and shapes left
// out), or its typed value when it displays none. Repeated empty cells and
// rows cost nothing; a repeated non-empty row is handed out once per copy.
// Cells spanning several columns or rows are reported as merged ranges.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace draad::xlsx {

struct Row {
  std::int64_t number = 0;          // 1-based worksheet row
  std::vector<std::string> cells;   // cells[i] is column i+1 (A = 1); empty when blank
};

struct Range {
  std::string ref;  // as written, e.g. "A5:A7"
  std::int64_t first_row = 0, first_column = 0, last_row = 0, last_column = 0;
};

struct Sheet {
  std::string name;          // the sheet's name in the workbook
  std::vector<Row> rows;     // rows holding at least one non-empty cell, in order
  std::vector<Range> merged; // merged cell ranges
};

inline constexpr std::size_t kMaxPartBytes = 64 * 1024 * 1024;
// The cells read_first_sheet holds, counting each text and each slot of a row up to its last cell.
inline constexpr std::size_t kMaxGridBytes = 128 * 1024 * 1024;
// The longest cell text taken (Excel's own limit is 32,767 characters).
inline constexpr std::size_t kMaxCellBytes = 16 * 1024 * 1024;
// The most text one row may hold (a row is held whole).
inline constexpr std::size_t kMaxRowBytes = 64 * 1024 * 1024;

// The furthest an ODS cell may lie (LibreOffice's own limits).
inline constexpr std::int64_t kMaxOdsColumns = 16384;
inline constexpr std::int64_t kMaxOdsRows = 1 << 24;

// Whether `path` names an ODS spreadsheet (by its extension) rather than an XLSX workbook.
bool is_ods(std::string_view path);

// The rows of the first worksheet, one at a time.
class SheetReader {
 public:
  // `path` may be "-" for standard input (read whole).
  explicit SheetReader(const std::string& path);
  ~SheetReader();
  SheetReader(const SheetReader&) = delete;
  SheetReader& operator=(const SheetReader&) = delete;

  const std::string& file_name() const;   // for messages
  const std::string& sheet_name() const;  // the sheet's name in the workbook
  // The next row holding at least one non-empty cell; false at the end.
  bool next(Row& row);
  // The merged ranges; all of them once next() has returned false.
  const std::vector<Range>& merged() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The first worksheet of the workbook at `path`.
Sheet read_first_sheet(const std::string& path);

// "A" -> 1, "AB" -> 28; the column letters of a cell reference like "AB12".
// Returns 0 when `ref` does not start with A-Z.
std::int64_t column_number(std::string_view ref);
// 1 -> "A", 28 -> "AB".
std::string column_name(std::int64_t number);

}  // namespace draad::xlsx
