// Charts as inline SVG for the HTML report: no script, no fonts or images
// fetched, readable in print and by screen readers.
//
// Every chart is an <svg role="img"> labelled by its own <title> and <desc>
// (the description names every value, so a screen reader reads the data),
// has a visible title and axis labels, and prints each value as text beside
// its bar or inside its cell, so no reading depends on telling colours apart.
// The markup is well-formed XML (it also parses as XHTML); every piece of
// text is escaped.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace draad::present {

// Text escaped for XML/HTML content and attribute values (&, <, >, ", ').
std::string escape(std::string_view text);

// Horizontal bars: one per category, its value written at its end.
struct BarChart {
  std::string id;           // unique in the page; prefixes the ids of <title> and <desc>
  std::string title;
  std::string description;  // what the chart shows; the values are added to it
  std::string category_label;  // the axis of the categories (e.g. "sessie")
  std::string value_label;     // the axis of the values (e.g. "segmenten")
  std::string colour = "#4e79a7";  // "#rrggbb"
  struct Bar {
    std::string category;
    std::int64_t value = 0;
  };
  std::vector<Bar> bars;
};
std::string svg(const BarChart& chart);

// A grid of cells shaded from white to `colour` by their value (0 to the
// largest), each cell's text written in it; an empty value is a blank,
// hatched cell.
struct HeatMap {
  std::string id;
  std::string title;
  std::string description;
  std::string row_label;
  std::string column_label;
  std::string colour = "#4e79a7";
  std::vector<std::string> rows;
  std::vector<std::string> columns;
  std::vector<std::vector<std::optional<double>>> values;  // rows × columns
  std::vector<std::vector<std::string>> text;              // rows × columns, as shown
};
std::string svg(const HeatMap& map);

}  // namespace draad::present
