// Laying out sheets for people: names Excel accepts and reads well, and
// column widths fitted to what the columns hold. Shared by the table writer
// (report.h) and the coding sheet.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace draad::xlsx {

// A sheet name Excel accepts, made from a table's title: at most 31
// characters, cut after a whole word (a single long word is cut inside) and
// before a parenthesis it would leave open;
// `:` becomes ` - `, `/` and `\` become `-`, brackets become parentheses, `*`
// and `?` are left out; unique among `used` (a ` (2)` suffix), to which it is
// added. An empty title becomes "Table N" (N = used.size() + 1).
std::string sheet_name(std::string_view title, std::vector<std::string>& used);

// The width of a column, in characters, from the texts it shows: the
// longest line plus a margin, at least `kMinWidth`, at most `max` (beyond
// which the column's text should wrap).
class ColumnWidth {
 public:
  static constexpr double kMinWidth = 6;
  void add(std::string_view text);
  double width(double max) const;
  bool wraps(double max) const { return longest_ + 2 > max; }

 private:
  std::size_t longest_ = 0;  // code points of the longest line
};

}  // namespace draad::xlsx
