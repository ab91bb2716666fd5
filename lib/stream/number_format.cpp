#include "stream/number_format.h"

#include <array>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "base/calendar.h"

namespace draad::xlsx {
namespace {

using calendar::kDays;
using calendar::kMonths;
using calendar::kShortDays;
using calendar::kShortMonths;

char lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

// A piece of a format section: literal text, or a code with its letter
// ('y', 'm', 'd', 'h', 'n' for minutes, 's', 'f' for fractions of a second,
// 'a' for AM/PM, 'H'/'N'/'S' for elapsed time, '#' for the digit pattern)
// and its length.
struct Piece {
  char code = 0;  // 0: literal
  std::string text;
  int width = 0;
};

// The sections of a format code, split at ';' outside quotes and brackets.
std::vector<std::string_view> sections(std::string_view code) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  bool quoted = false, bracket = false;
  for (std::size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    if (c == '\\' && !quoted) ++i;
    else if (c == '"') quoted = !quoted;
    else if (!quoted && c == '[') bracket = true;
    else if (!quoted && c == ']') bracket = false;
    else if (!quoted && !bracket && c == ';') out.push_back(code.substr(start, i - start)), start = i + 1;
  }
  out.push_back(code.substr(start));
  return out;
}

// Splits a section into pieces. Digit placeholders, '.', ',' and an
// exponent become one '#' piece holding them (literals between them are
// kept in it too, and left out when it is shown).
std::vector<Piece> pieces(std::string_view s) {
  std::vector<Piece> out;
  auto literal = [&](std::string_view text) {
    if (out.empty() || out.back().code) out.push_back({0, "", 0});
    out.back().text += text;
  };
  for (std::size_t i = 0; i < s.size();) {
    const char c = s[i];
    const char l = lower(c);
    if (c == '"') {
      const std::size_t end = s.find('"', i + 1);
      literal(s.substr(i + 1, (end == std::string_view::npos ? s.size() : end) - i - 1));
      i = end == std::string_view::npos ? s.size() : end + 1;
    } else if (c == '\\' && i + 1 < s.size()) {
      literal(s.substr(i + 1, 1));
      i += 2;
    } else if (c == '_' && i + 1 < s.size()) {
      literal(" ");
      i += 2;
    } else if (c == '*' && i + 1 < s.size()) {
      i += 2;
    } else if (c == '[') {
      const std::size_t end = s.find(']', i);
      const std::string_view inside = s.substr(i + 1, (end == std::string_view::npos ? s.size() : end) - i - 1);
      i = end == std::string_view::npos ? s.size() : end + 1;
      if (inside.starts_with('$')) {  // [$€-413]: a currency symbol and a locale
        literal(inside.substr(1, inside.find('-') == std::string_view::npos ? std::string_view::npos : inside.find('-') - 1));
      } else if (!inside.empty() && (lower(inside[0]) == 'h' || lower(inside[0]) == 'm' || lower(inside[0]) == 's')) {
        const char code = lower(inside[0]) == 'h' ? 'H' : lower(inside[0]) == 'm' ? 'N' : 'S';
        out.push_back({code, "", static_cast<int>(inside.size())});
      }  // colours and conditions are not shown
    } else if (l == 'a' && (s.substr(i, 5) == "AM/PM" || s.substr(i, 5) == "am/pm")) {
      out.push_back({'a', "", 5});
      i += 5;
    } else if (l == 'a' && (s.substr(i, 3) == "A/P" || s.substr(i, 3) == "a/p")) {
      out.push_back({'a', "", 3});
      i += 3;
    } else if (l == 'y' || l == 'm' || l == 'd' || l == 'h' || l == 's') {
      std::size_t j = i;
      while (j < s.size() && lower(s[j]) == l) ++j;
      out.push_back({l, "", static_cast<int>(j - i)});
      i = j;
    } else if (c == '0' || c == '#' || c == '?' || c == '.' || c == ',' || c == '%' ||
               (l == 'e' && i + 1 < s.size() && (s[i + 1] == '+' || s[i + 1] == '-'))) {
      // A '.' or '0' right after seconds is a fraction of a second.
      if (c == '.' && !out.empty() && (out.back().code == 's' || out.back().code == 'S')) {
        std::size_t j = i + 1;
        while (j < s.size() && s[j] == '0') ++j;
        out.push_back({'f', "", static_cast<int>(j - i - 1)});
        i = j;
        continue;
      }
      if (c == '%') {
        out.push_back({'%', "", 1});
        ++i;
        continue;
      }
      if (out.empty() || out.back().code != '#') out.push_back({'#', "", 0});
      std::size_t take = l == 'e' ? 2 : 1;
      out.back().text += s.substr(i, take);
      i += take;
    } else {
      literal(s.substr(i, 1));
      ++i;
    }
  }
  // 'm' next to hours or seconds counts minutes.
  for (std::size_t k = 0; k < out.size(); ++k) {
    if (out[k].code != 'm') continue;
    auto near = [&](int step, std::string_view codes) {
      for (std::size_t j = k + step; j < out.size(); j += step)
        if (out[j].code && out[j].code != '%') return codes.find(out[j].code) != std::string_view::npos;
      return false;
    };
    if (near(-1, "hH") || near(1, "sS")) out[k].code = 'n';
  }
  return out;
}

bool is_date(const std::vector<Piece>& ps) {
  for (const Piece& p : ps)
    if (std::string_view("ymdhnsfaHNS").find(p.code) != std::string_view::npos && p.code) return true;
  return false;
}

std::string general(double v) {
  if (v == std::floor(v) && std::fabs(v) < 1e11) return fmt::format("{:.0f}", v);
  std::string s = fmt::format("{:.10g}", v);
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '.') out += ',';
    else if (s[i] == 'e') {
      out += 'E';
      std::size_t j = i + 1;
      out += s[j] == '-' ? '-' : '+';
      if (s[j] == '-' || s[j] == '+') ++j;
      while (j + 1 < s.size() && s[j] == '0') ++j;  // E+011 -> E+11
      out += std::string_view(s).substr(j).size() < 2 ? "0" : "";
      out += s.substr(j);
      break;
    } else out += s[i];
  }
  return out;
}

// Digits grouped by three with '.', as Dutch writes thousands.
std::string grouped(std::string_view digits) {
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += '.';
    out += digits[i];
  }
  return out;
}

// `v` (not negative) shown with a digit pattern such as "#,##0.00" or "0.00E+00".
std::string digits(double v, std::string_view pattern) {
  const std::size_t e = std::min(pattern.find('E'), pattern.find('e'));
  const std::string_view mantissa = pattern.substr(0, e);
  const std::size_t point = mantissa.find('.');
  std::string_view whole = mantissa.substr(0, point);
  const std::string_view fraction = point == std::string_view::npos ? "" : mantissa.substr(point + 1);
  // Commas after the last digit scale by a thousand each.
  while (!whole.empty() && whole.back() == ',') {
    v /= 1000;
    whole.remove_suffix(1);
  }
  const bool group = whole.find(',') != std::string_view::npos;
  std::size_t min_whole = 0, zeros = 0, places = 0;
  for (char c : whole) min_whole += c == '0';
  for (char c : fraction) {
    if (c == '0' || c == '#' || c == '?') ++places;
    if (c == '0') zeros = places;
  }
  places = std::min<std::size_t>(places, 30), zeros = std::min(zeros, places);  // Excel's own limit
  int exponent = 0;
  if (e != std::string_view::npos && v != 0) {
    exponent = static_cast<int>(std::floor(std::log10(v)));
    v /= std::pow(10.0, exponent);
    if (std::round(v * std::pow(10.0, places)) >= 10 * std::pow(10.0, places)) v /= 10, ++exponent;
  }
  // Rounded half away from zero, as Excel rounds, after the binary noise
  // past 15 digits is gone (1.005 shows 1,01 with two places).
  const double scale = std::pow(10.0, static_cast<double>(places));
  v = std::round(std::strtod(fmt::format("{:.15g}", v * scale).c_str(), nullptr)) / scale;
  std::string fixed = fmt::format("{:.{}f}", v, places);
  std::string int_part = fixed.substr(0, fixed.find('.'));
  std::string frac_part = places ? fixed.substr(fixed.find('.') + 1) : "";
  while (frac_part.size() > zeros && frac_part.back() == '0') frac_part.pop_back();
  if (int_part == "0" && min_whole == 0) int_part.clear();
  if (int_part.size() < min_whole) int_part = std::string(min_whole - int_part.size(), '0') + int_part;
  std::string out = group ? grouped(int_part) : int_part;
  if (point != std::string_view::npos) out += ',';
  out += frac_part;
  if (e != std::string_view::npos) {
    const std::string_view exp = pattern.substr(e);
    std::size_t exp_digits = 0;
    for (char c : exp.substr(2)) exp_digits += c == '0';
    out += 'E';
    if (exponent < 0) out += '-';
    else if (exp.size() > 1 && exp[1] == '+') out += '+';
    out += fmt::format("{:0{}}", std::abs(exponent), std::max<std::size_t>(exp_digits, 1));
  }
  return out;
}

// A civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
void civil(std::int64_t days, std::int64_t& y, int& m, int& d) {
  days += 719468;
  const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const auto doe = static_cast<unsigned>(days - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  y = static_cast<std::int64_t>(yoe) + era * 400 + (m <= 2);
}

std::string date(double v, const std::vector<Piece>& ps, bool date1904) {
  int places = 0;
  bool twelve = false;
  for (const Piece& p : ps) {
    if (p.code == 'f') places = std::min(p.width, 3);
    if (p.code == 'a') twelve = true;
  }
  const std::int64_t scale = places == 0 ? 1 : places == 1 ? 10 : places == 2 ? 100 : 1000;
  const std::int64_t per_day = 86400 * scale;
  const auto ticks = static_cast<std::int64_t>(std::llround(v * static_cast<double>(per_day)));
  std::int64_t day = ticks / per_day, rest = ticks % per_day;
  if (rest < 0) rest += per_day, --day;
  const std::int64_t seconds = rest / scale, sub = rest % scale;
  const std::int64_t total_seconds = ticks / scale;
  const std::int64_t since_1970 = day + (date1904 ? -24107 : -25569);
  std::int64_t year;
  int month, mday;
  civil(since_1970, year, month, mday);
  const int weekday = static_cast<int>(((since_1970 % 7) + 11) % 7);  // 1970-01-01 was a Thursday
  const int hour = static_cast<int>(seconds / 3600), minute = static_cast<int>(seconds / 60 % 60),
            second = static_cast<int>(seconds % 60);
  auto padded = [](std::int64_t n, int width) { return fmt::format("{:0{}}", n, width >= 2 ? 2 : 1); };
  std::string out;
  for (const Piece& p : ps) {
    switch (p.code) {
      case 0: {
        for (char c : p.text) out += c == '/' ? '-' : c;  // the Dutch date separator
        break;
      }
      case 'y': out += p.width <= 2 ? fmt::format("{:02}", year % 100) : fmt::format("{}", year); break;
      case 'm':
        if (p.width <= 2) out += padded(month, p.width);
        else if (p.width == 3) out += kShortMonths[month - 1];
        else if (p.width == 4) out += kMonths[month - 1];
        else out += kMonths[month - 1].substr(0, 1);
        break;
      case 'd':
        if (p.width <= 2) out += padded(mday, p.width);
        else out += p.width == 3 ? kShortDays[weekday] : kDays[weekday];
        break;
      case 'h': out += padded(twelve ? (hour % 12 == 0 ? 12 : hour % 12) : hour, p.width); break;
      case 'n': out += padded(minute, p.width); break;
      case 's': out += padded(second, p.width); break;
      case 'f': out += places ? fmt::format(",{:0{}}", sub, places) : ""; break;
      case 'a': out += p.width == 5 ? (hour < 12 ? "AM" : "PM") : (hour < 12 ? "A" : "P"); break;
      case 'H': out += fmt::format("{:0{}}", total_seconds / 3600, p.width); break;
      case 'N': out += fmt::format("{:0{}}", total_seconds / 60, p.width); break;
      case 'S': out += fmt::format("{:0{}}", total_seconds, p.width); break;
      default: break;
    }
  }
  return out;
}

}  // namespace

std::optional<std::string_view> builtin_format(int id) {
  switch (id) {
    case 0: return "General";
    case 1: return "0";
    case 2: return "0.00";
    case 3: return "#,##0";
    case 4: return "#,##0.00";
    case 9: return "0%";
    case 10: return "0.00%";
    case 11: return "0.00E+00";
    case 14: return "d/m/yyyy";
    case 15: return "d/mmm/yy";
    case 16: return "d/mmm";
    case 17: return "mmm/yy";
    case 18: return "h:mm AM/PM";
    case 19: return "h:mm:ss AM/PM";
    case 20: return "h:mm";
    case 21: return "h:mm:ss";
    case 22: return "d/m/yyyy h:mm";
    case 37: return "#,##0 ;(#,##0)";
    case 38: return "#,##0 ;[Red](#,##0)";
    case 39: return "#,##0.00;(#,##0.00)";
    case 40: return "#,##0.00;[Red](#,##0.00)";
    case 45: return "mm:ss";
    case 46: return "[h]:mm:ss";
    case 47: return "mm:ss.0";
    case 48: return "##0.0E+0";
    case 49: return "@";
    default: return std::nullopt;
  }
}

// One section of a format code, read once.
struct Section {
  std::vector<Piece> pieces;
  bool general = false;  // General, or a form not shown as such (a fraction: "# ?/?")
  bool dated = false;
  int percents = 0;
};

struct NumberFormat::Sections {
  std::vector<Section> list;  // positive; negative; zero (the text section is not for numbers)
};

NumberFormat::NumberFormat(std::string_view code) {
  auto sections_read = std::make_shared<Sections>();
  for (std::string_view part : sections(code)) {
    Section section;
    section.pieces = pieces(part);
    section.dated = is_date(section.pieces);
    std::string lowered;
    for (char c : part) lowered += lower(c);
    section.general = lowered.empty() || lowered == "general" || (!section.dated && lowered.find('/') != std::string::npos);
    for (const Piece& p : section.pieces) section.percents += p.code == '%';
    sections_read->list.push_back(std::move(section));
  }
  sections_ = std::move(sections_read);
}

std::string NumberFormat::show(std::string_view value, bool date1904) const {
  const std::string stored(value);
  char* end = nullptr;
  const double v = std::strtod(stored.c_str(), &end);
  if (stored.empty() || *end || !std::isfinite(v)) return stored;
  const std::vector<Section>& list = sections_->list;
  const Section* section = &list[0];
  bool minus = v < 0;
  if (v < 0 && list.size() >= 2) section = &list[1], minus = false;
  else if (v == 0 && list.size() >= 3) section = &list[2];
  if (section->general) return general(v);
  // Dates run from day 0 to 31 December 9999, as in Excel.
  if (section->dated) return v < 0 || v >= 2958466 ? general(v) : date(v, section->pieces, date1904);
  const double shown = std::fabs(v) * std::pow(100.0, section->percents);
  if (!std::isfinite(shown) || shown >= 1e300 || (shown != 0 && shown < 1e-300)) return general(v);
  std::string out = minus ? "-" : "";
  for (const Piece& p : section->pieces) {
    if (p.code == 0) {
      for (char c : p.text) out += c == '@' ? general(v) : std::string(1, c);
    } else if (p.code == '#') {
      out += digits(shown, p.text);
    } else if (p.code == '%') {
      out += '%';
    }
  }
  return out;
}

}  // namespace draad::xlsx
