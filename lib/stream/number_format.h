// A spreadsheet number as the cell shows it, so that an .xlsx answer table
// gives the same attribute values as the .ods or the .csv saved from it
// ("12-03-2026 19:04", "7,5", "50%"), not the stored number (46093.79, 7.5).
//
// The number format codes of Office Open XML (ECMA-376 part 1, 18.8.31) are
// read as a Dutch Excel shows them: a decimal comma, a point between
// thousands, '-' for the date separator '/', Dutch month and day names. What
// is read: up to four sections (positive; negative; zero; text); digit
// placeholders 0 # ?, a decimal point, thousands grouping, %, scientific
// E+/E-; dates and times (d dd ddd dddd, m mm mmm mmmm mmmmm, yy yyyy, h hh,
// m mm as minutes after h or before s, s ss, fractions of a second, AM/PM,
// elapsed [h] [m] [s]); literals in quotes or after a backslash, _x as a
// space, *x fill dropped; [$-413] locales, [$€-413] currency symbols kept,
// colours and conditions dropped. Serial dates count from 30 December 1899
// (the 1900 date system; a workbook in the 1904 system passes `date1904`).
// A format it cannot show (a fraction such as "# ?/?") gives the number as
// General does.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace draad::xlsx {

// The format code of a built-in numFmtId (0-49 as ECMA-376 lists them, the
// dates in the Dutch short form: 14 is "d-m-yyyy"), or nullopt for an id
// with no built-in code.
std::optional<std::string_view> builtin_format(int id);

// A format code, read once to show the many cells of its style.
class NumberFormat {
 public:
  explicit NumberFormat(std::string_view code);

  // `value` (the cell's stored number, as written in the file) shown with
  // the code; "General" (or "") shows up to ten significant digits. A value
  // that is not a number is returned as it is.
  std::string show(std::string_view value, bool date1904 = false) const;

 private:
  struct Sections;
  std::shared_ptr<const Sections> sections_;
};

}  // namespace draad::xlsx
