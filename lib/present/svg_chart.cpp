#include "present/svg_chart.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <fmt/format.h>

#include "base/utf8.h"

namespace draad::present {
namespace {

constexpr double kFont = 13;                // px, the chart text
constexpr double kCharWidth = 0.6 * kFont;  // a rough average width of a character

double text_width(std::string_view text) { return static_cast<double>(utf8::count_code_points(text)) * kCharWidth; }

struct Rgb {
  double r, g, b;
};

Rgb parse_colour(std::string_view hex) {
  unsigned r = 0x4e, g = 0x79, b = 0xa7;
  if (hex.size() == 7 && hex[0] == '#') std::sscanf(std::string(hex).c_str(), "#%2x%2x%2x", &r, &g, &b);
  return {r / 255.0, g / 255.0, b / 255.0};
}

std::string hex(Rgb c) {
  auto byte = [](double x) { return static_cast<int>(std::lround(std::clamp(x, 0.0, 1.0) * 255)); };
  return fmt::format("#{:02x}{:02x}{:02x}", byte(c.r), byte(c.g), byte(c.b));
}

// Relative luminance (WCAG), to choose black or white text on a fill.
double luminance(Rgb c) {
  auto lin = [](double x) { return x <= 0.03928 ? x / 12.92 : std::pow((x + 0.055) / 1.055, 2.4); };
  return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
}

// A step of 1, 2 or 5 times a power of ten giving at most `most` ticks up to `max`.
std::int64_t tick_step(std::int64_t max, int most) {
  std::int64_t step = 1;
  for (;;) {
    for (std::int64_t m : {1, 2, 5})
      if (max / (step * m) < most) return step * m;
    step *= 10;
  }
}

// The opening of a chart: <svg> labelled by its <title> and <desc>, and the
// visible title.
std::string open(const std::string& id, double width, double height, const std::string& title,
                 const std::string& description) {
  return fmt::format(
      "<svg class=\"chart\" role=\"img\" width=\"{0}\" height=\"{1}\" viewBox=\"0 0 {0} {1}\" "
      "aria-labelledby=\"{2}-title {2}-desc\">\n"
      "<title id=\"{2}-title\">{3}</title>\n<desc id=\"{2}-desc\">{4}</desc>\n"
      "<text class=\"chart-title\" x=\"0\" y=\"16\" aria-hidden=\"true\">{3}</text>\n",
      width, height, escape(id), escape(title), escape(description));
}

}  // namespace

std::string escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        // Control characters other than tab and newline are not XML.
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n')
          out += ' ';
        else
          out += c;
    }
  }
  return out;
}

std::string svg(const BarChart& chart) {
  double label_width = text_width(chart.category_label);
  std::int64_t max = 0;
  std::string values;
  for (const auto& bar : chart.bars) {
    label_width = std::max(label_width, text_width(bar.category));
    max = std::max(max, bar.value);
    values += fmt::format("{}{}: {}", values.empty() ? "" : "; ", bar.category, bar.value);
  }
  const double left = std::min(label_width, 260.0) + 12, plot = 420, bar_height = 20, gap = 8, top = 48;
  const double width = std::max(left + plot + 50, text_width(chart.title) * 15 / kFont + 10);
  const double bottom = top + static_cast<double>(chart.bars.size()) * (bar_height + gap);
  const double height = bottom + 48;
  const std::int64_t step = tick_step(std::max<std::int64_t>(max, 1), 6);
  const std::int64_t axis_max = std::max<std::int64_t>((max + step - 1) / step * step, step);
  auto x = [&](double v) { return left + plot * v / static_cast<double>(axis_max); };

  std::string out =
      open(chart.id, width, height, chart.title, chart.description + (values.empty() ? "" : " " + values + "."));
  out += fmt::format("<text class=\"axis-label\" x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\n", left - 8, top - 10,
                     escape(chart.category_label));
  for (std::int64_t t = 0; t <= axis_max; t += step)
    out += fmt::format(
        "<line class=\"grid\" x1=\"{0:.1f}\" x2=\"{0:.1f}\" y1=\"{1}\" y2=\"{2}\"/>"
        "<text class=\"tick\" x=\"{0:.1f}\" y=\"{3}\" text-anchor=\"middle\">{4}</text>\n",
        x(static_cast<double>(t)), top - 4, bottom, bottom + 16, t);
  double y = top;
  for (const auto& bar : chart.bars) {
    const double w = x(static_cast<double>(bar.value)) - left;
    out += fmt::format(
        "<g class=\"bar\"><text class=\"category\" x=\"{0}\" y=\"{1:.1f}\" text-anchor=\"end\">{2}</text>"
        "<rect x=\"{3}\" y=\"{4}\" width=\"{5:.1f}\" height=\"{6}\" fill=\"{7}\" stroke=\"#333\" stroke-width=\"0.5\"/>"
        "<text class=\"value\" x=\"{8:.1f}\" y=\"{1:.1f}\">{9}</text></g>\n",
        left - 8, y + bar_height * 0.7, escape(bar.category), left, y, w, bar_height, escape(chart.colour),
        left + w + 6, bar.value);
    y += bar_height + gap;
  }
  out += fmt::format("<line class=\"axis\" x1=\"{0}\" x2=\"{0}\" y1=\"{1}\" y2=\"{2}\"/>\n", left, top - 4, bottom);
  out += fmt::format("<text class=\"axis-label\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n", left + plot / 2,
                     bottom + 38, escape(chart.value_label));
  return out + "</svg>\n";
}

std::string svg(const HeatMap& map) {
  double row_width = text_width(map.row_label);
  for (const auto& r : map.rows) row_width = std::max(row_width, text_width(r));
  double column_text = 0;
  for (const auto& c : map.columns) column_text = std::max(column_text, text_width(c));
  double cell_width = 58;
  for (const auto& row : map.text)
    for (const auto& t : row) cell_width = std::max(cell_width, text_width(t) + 14);
  const bool slanted = column_text > cell_width - 6;
  const double left = std::min(row_width, 300.0) + 12, cell_height = 28;
  const double top = 40 + (slanted ? column_text * 0.72 + 12 : 22) + 18;
  const double width =
      std::max(left + cell_width * static_cast<double>(map.columns.size()) + (slanted ? column_text * 0.7 : 10),
               text_width(map.title) * 15 / kFont + 10);
  const double height = top + cell_height * static_cast<double>(map.rows.size()) + 12;
  double max = 0;
  for (const auto& row : map.values)
    for (const auto& v : row)
      if (v) max = std::max(max, *v);
  const Rgb base = parse_colour(map.colour);

  std::string described;
  for (std::size_t r = 0; r < map.rows.size(); ++r) {
    described += fmt::format(" {}:", map.rows[r]);
    for (std::size_t c = 0; c < map.columns.size(); ++c)
      described += fmt::format(" {} {}{}", map.columns[c], map.text[r][c].empty() ? "-" : map.text[r][c],
                               c + 1 < map.columns.size() ? "," : ".");
  }
  std::string out = open(map.id, width, height, map.title, map.description + described);
  out += fmt::format(
      "<defs><pattern id=\"{}-none\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">"
      "<path d=\"M0,6 L6,0\" stroke=\"#bbb\" stroke-width=\"1\"/></pattern></defs>\n",
      escape(map.id));
  out += fmt::format("<text class=\"axis-label\" x=\"{}\" y=\"{}\">{}</text>\n", left, 38, escape(map.column_label));
  out += fmt::format("<text class=\"axis-label\" x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\n", left - 8, top - 6,
                     escape(map.row_label));
  for (std::size_t c = 0; c < map.columns.size(); ++c) {
    const double cx = left + cell_width * (static_cast<double>(c) + 0.5);
    if (slanted)
      out += fmt::format(
          "<text class=\"column\" x=\"{0:.1f}\" y=\"{1:.1f}\" transform=\"rotate(-45 {0:.1f} {1:.1f})\">{2}</text>\n",
          cx - 4, top - 8, escape(map.columns[c]));
    else
      out += fmt::format("<text class=\"column\" x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"middle\">{}</text>\n", cx,
                         top - 8, escape(map.columns[c]));
  }
  for (std::size_t r = 0; r < map.rows.size(); ++r) {
    const double y = top + cell_height * static_cast<double>(r);
    out += fmt::format("<text class=\"row\" x=\"{}\" y=\"{:.1f}\" text-anchor=\"end\">{}</text>\n", left - 8,
                       y + cell_height * 0.64, escape(map.rows[r]));
    for (std::size_t c = 0; c < map.columns.size(); ++c) {
      const double x = left + cell_width * static_cast<double>(c);
      const auto& v = map.values[r][c];
      std::string fill = fmt::format("url(#{}-none)", escape(map.id)), ink = "#000";
      if (v) {
        const double t = max > 0 ? 0.9 * *v / max : 0;
        const Rgb mixed{1 + (base.r - 1) * t, 1 + (base.g - 1) * t, 1 + (base.b - 1) * t};
        fill = hex(mixed);
        if (luminance(mixed) < 0.3) ink = "#fff";
      }
      out += fmt::format(
          "<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{}\" fill=\"{}\" stroke=\"#fff\" "
          "stroke-width=\"1\"/>"
          "<text class=\"cell\" x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"middle\" fill=\"{}\">{}</text>\n",
          x, y, cell_width, cell_height, fill, x + cell_width / 2, y + cell_height * 0.64, ink, escape(map.text[r][c]));
    }
  }
  return out + "</svg>\n";
}

}  // namespace draad::present
