#include "stream/report.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <filesystem>
#include <limits>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <stdexcept>

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <xlsxwriter.h>

#include "base/error.h"
#include "base/input.h"
#include "base/suggest.h"
#include "stream/tsv.h"
#include "stream/xlsx_layout.h"
#include "stream/zip_library.h"
#include "base/utf8.h"

namespace draad::report {
namespace {

constexpr std::string_view kFormatNames[] = {"text", "tsv", "csv", "md", "json", "xlsx"};

// A finite number rounded to the column's digits, in the unit it prints in
// (percent as 25.0, not 0.25); nullopt for NaN and infinities, which print
// as empty cells rather than as something a spreadsheet would misread.
std::optional<double> shown_number(const Column& column, double x) {
  if (!std::isfinite(x)) return std::nullopt;
  if (column.kind == Kind::percent) x *= 100;
  const double scale = std::pow(10.0, column.digits);
  x = std::round(x * scale) / scale;
  return x == 0 ? 0.0 : x;  // no "-0.0"
}

// The plain text of a cell as tsv, csv and text print it (no % sign).
std::string plain(const Column& column, const Cell& cell, bool decimal_comma = false) {
  if (const auto* s = std::get_if<std::string>(&cell.value)) return *s;
  if (const auto* n = std::get_if<std::int64_t>(&cell.value)) return fmt::format("{}", *n);
  if (const auto* x = std::get_if<double>(&cell.value)) {
    auto shown = shown_number(column, *x);
    if (!shown) return {};
    if (column.kind == Kind::integer) return fmt::format("{:.0f}", *shown);
    std::string text = fmt::format("{:.{}f}", *shown, column.digits);
    if (decimal_comma) std::replace(text.begin(), text.end(), '.', ',');
    return text;
  }
  return {};
}

bool is_number(const Cell& cell) {
  return std::holds_alternative<std::int64_t>(cell.value) || std::holds_alternative<double>(cell.value);
}

// Text with its marks wrapped in `open`/`close`, and control characters
// (which would break a line-based layout) replaced.
std::string marked(const std::string& text, const std::vector<ByteRange>& marks, std::string_view open,
                   std::string_view close, std::string_view newline) {
  std::string out;
  std::size_t m = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (m < marks.size() && marks[m].end == i && marks[m].begin < i) {
      out += close;
      ++m;
    }
    if (m < marks.size() && marks[m].begin == i && marks[m].end > i) out += open;
    if (i == text.size()) break;
    char c = text[i];
    if (c == '\n') out += newline;
    else if (c == '\t' || c == '\r') out += ' ';
    else out += c;
  }
  return out;
}

void check_shape(const Table& table) {
  for (const auto& row : table.rows)
    if (row.size() != table.columns.size())
      throw std::logic_error(fmt::format("report table '{}': a row of {} cells for {} columns", table.title,
                                         row.size(), table.columns.size()));
}

bool right_aligned(const Column& column, const Cell& cell) {
  return column.align_right || (column.kind != Kind::text && (is_number(cell) || cell.empty()));
}

void render_text(std::string& out, const Table& table, bool terminal, bool decimal_comma) {
  const std::size_t n = table.columns.size();
  std::vector<std::vector<std::string>> shown(table.rows.size(), std::vector<std::string>(n));
  std::vector<std::vector<std::size_t>> width_of(table.rows.size(), std::vector<std::size_t>(n));
  std::vector<std::size_t> width(n);
  for (std::size_t c = 0; c < n; ++c) width[c] = utf8::count_code_points(table.columns[c].name);
  for (std::size_t r = 0; r < table.rows.size(); ++r)
    for (std::size_t c = 0; c < n; ++c) {
      const Cell& cell = table.rows[r][c];
      const Column& column = table.columns[c];
      std::string text = report::shown(column, cell, Style{.decimal_comma = decimal_comma});
      const auto* s = std::get_if<std::string>(&cell.value);
      std::string bare = s ? marked(*s, {}, "", "", " ") : text;
      width_of[r][c] = utf8::count_code_points(bare);
      shown[r][c] = s && terminal && !cell.marks.empty() ? marked(*s, cell.marks, "\x1b[1m", "\x1b[0m", " ") : bare;
      width[c] = std::max(width[c], width_of[r][c]);
    }
  if (!table.title.empty()) out += table.title + '\n';
  auto line = [&](auto&& text_of, auto&& width_of_cell, auto&& right) {
    std::string row;
    for (std::size_t c = 0; c < n; ++c) {
      const std::size_t pad = width[c] - width_of_cell(c);
      if (c) row += "  ";
      if (right(c)) row.append(pad, ' ');
      row += text_of(c);
      if (!right(c) && c + 1 < n) row.append(pad, ' ');
    }
    while (!row.empty() && row.back() == ' ') row.pop_back();
    out += row + '\n';
  };
  auto header_right = [&](std::size_t c) { return table.columns[c].kind != Kind::text || table.columns[c].align_right; };
  line([&](std::size_t c) { return table.columns[c].name; },
       [&](std::size_t c) { return utf8::count_code_points(table.columns[c].name); }, header_right);
  line([&](std::size_t c) { return std::string(width[c], '-'); }, [&](std::size_t c) { return width[c]; },
       header_right);
  for (std::size_t r = 0; r < table.rows.size(); ++r)
    line([&](std::size_t c) { return shown[r][c]; }, [&](std::size_t c) { return width_of[r][c]; },
         [&](std::size_t c) { return right_aligned(table.columns[c], table.rows[r][c]); });
  for (const auto& note : table.notes) out += note + '\n';
}

void render_tsv(std::string& out, const Table& table) {
  for (std::size_t c = 0; c < table.columns.size(); ++c) {
    if (c) out += '\t';
    tsv::escape_to(out, table.columns[c].name);
  }
  out += '\n';
  for (const auto& row : table.rows) {
    for (std::size_t c = 0; c < row.size(); ++c) {
      if (c) out += '\t';
      tsv::escape_to(out, plain(table.columns[c], row[c]));
    }
    out += '\n';
  }
}

// A field quoted when it holds the separator, a quote or a line break (a
// comma-separated field also when it holds `;`, which some readers split on).
void csv_field(std::string& out, std::string_view field, char separator) {
  const std::string_view special = separator == ';' ? ";\"\n\r" : ",\";\n\r";
  const bool quote = field.find_first_of(special) != std::string_view::npos ||
                     (!field.empty() && (field.front() == ' ' || field.back() == ' '));
  if (!quote) {
    out += field;
    return;
  }
  out += '"';
  for (char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

void render_csv(std::string& out, const Table& table, const Style& style) {
  const char separator = style.excel ? ';' : ',';
  for (std::size_t c = 0; c < table.columns.size(); ++c) {
    if (c) out += separator;
    csv_field(out, table.columns[c].name, separator);
  }
  out += "\r\n";
  for (const auto& row : table.rows) {
    for (std::size_t c = 0; c < row.size(); ++c) {
      if (c) out += separator;
      csv_field(out, plain(table.columns[c], row[c], style.decimal_comma || style.excel), separator);
    }
    out += "\r\n";
  }
}

// A cell's text inside a pipe table: a line break (in an attribute or a
// column name too) would end the row.
std::string md_escape(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '\n') out += "<br>";
    else if (c == '\r') continue;
    else if (c == '|') out += "\\|";
    else out += c;
  }
  return out;
}

void render_md(std::string& out, const Table& table, bool decimal_comma) {
  if (!table.title.empty()) out += "### " + md_escape(table.title) + "\n\n";
  std::string header = "|", rule = "|";
  for (const auto& column : table.columns) {
    header += " " + md_escape(column.name) + " |";
    rule += column.kind == Kind::text ? " --- |" : " ---: |";
  }
  out += header + '\n' + rule + '\n';
  for (const auto& row : table.rows) {
    out += '|';
    for (std::size_t c = 0; c < row.size(); ++c) {
      const Cell& cell = row[c];
      std::string text;
      if (const auto* s = std::get_if<std::string>(&cell.value)) {
        // Mark on the raw text, escape each piece: escaping shifts offsets.
        auto piece = [&](std::size_t from, std::size_t to) {
          return md_escape(marked(s->substr(from, to - from), {}, "", "", "<br>"));
        };
        std::size_t at = 0;
        for (const auto& m : cell.marks) {
          text += piece(at, m.begin) + "**" + piece(m.begin, m.end) + "**";
          at = m.end;
        }
        text += piece(at, s->size());
      } else {
        text = report::shown(table.columns[c], cell, Style{.decimal_comma = decimal_comma});
      }
      out += " " + text + " |";
    }
    out += '\n';
  }
  if (!table.notes.empty()) out += '\n';
  for (const auto& note : table.notes) out += md_escape(note) + "  \n";
}

nlohmann::ordered_json json_of(const Table& table) {
  nlohmann::ordered_json t;
  t["title"] = table.title;
  t["columns"] = nlohmann::ordered_json::array();
  for (const auto& column : table.columns) t["columns"].push_back(column.name);
  t["rows"] = nlohmann::ordered_json::array();
  for (const auto& row : table.rows) {
    nlohmann::ordered_json r = nlohmann::ordered_json::object();
    for (std::size_t c = 0; c < row.size(); ++c) {
      const Column& column = table.columns[c];
      const Cell& cell = row[c];
      auto& v = r[column.name];
      if (const auto* s = std::get_if<std::string>(&cell.value)) v = *s;
      else if (const auto* n = std::get_if<std::int64_t>(&cell.value)) v = *n;
      else if (const auto* x = std::get_if<double>(&cell.value)) {
        if (auto shown = shown_number(column, *x))
          v = column.kind == Kind::integer ? nlohmann::ordered_json(std::llround(*shown)) : nlohmann::ordered_json(*shown);
      }
    }
    t["rows"].push_back(std::move(r));
  }
  if (!table.notes.empty()) t["notes"] = table.notes;
  return t;
}

void write_bytes(const std::string& path, std::string_view data) {
  write_output(path, [&](std::FILE* f) { std::fwrite(data.data(), 1, data.size(), f); });
}

// Whether a text cell is a plain decimal number (a session "3" in a column
// that also holds "(total)"): written as a number, a spreadsheet can sort and
// sum it. Leading zeros (a postcode, an id such as 007) keep it text, and so
// do more than 15 digits (not exact in a double).
bool plain_number(std::string_view v) {
  if (v.starts_with('-')) v.remove_prefix(1);
  const std::size_t dot = v.find('.');
  const std::string_view whole = v.substr(0, dot);
  const std::string_view part = dot == std::string_view::npos ? std::string_view("0") : v.substr(dot + 1);
  auto digits = [](std::string_view d) { return !d.empty() && d.find_first_not_of("0123456789") == std::string_view::npos; };
  return digits(whole) && digits(part) && !(whole.size() > 1 && whole.front() == '0') && whole.size() + part.size() <= 15;
}

void write_xlsx(const std::vector<Table>& tables, const std::string& path, const std::string& shown_name) {
  zip_library::require(shown_name);
  constexpr double kMaxWidth = 80;  // wider text wraps
  lxw_workbook* book = DRAAD_ZIP(workbook_new)(path.c_str());
  if (!book) throw DataError({shown_name}, "cannot create the workbook");
  lxw_format* bold = DRAAD_ZIP(workbook_add_format)(book);
  DRAAD_ZIP(format_set_bold)(bold);
  lxw_format* wrap = DRAAD_ZIP(workbook_add_format)(book);
  DRAAD_ZIP(format_set_text_wrap)(wrap);
  DRAAD_ZIP(format_set_align)(wrap, LXW_ALIGN_VERTICAL_TOP);
  std::vector<std::string> used;
  auto add_sheet = [&](const std::string& title) {
    lxw_worksheet* sheet = DRAAD_ZIP(workbook_add_worksheet)(book, xlsx::sheet_name(title, used).c_str());
    if (!sheet) {
      DRAAD_ZIP(workbook_close)(book);
      throw DataError({shown_name}, fmt::format("cannot add a sheet for table '{}'", title));
    }
    return sheet;
  };
  auto write_text = [](lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, const std::string& s, lxw_format* format) {
    // Excel holds at most 32767 characters in a cell.
    std::string text = s.size() > 32767 ? s.substr(0, 32767) : s;
    while (utf8::find_invalid(text)) text.pop_back();
    DRAAD_ZIP(worksheet_write_string)(sheet, row, col, text.c_str(), format);
  };
  for (const Table& table : tables) {
    lxw_worksheet* sheet = add_sheet(table.title);
    if (table.rows.size() + 1 > kMaxSheetRows) {
      DRAAD_ZIP(workbook_close)(book);
      throw DataError({shown_name}, fmt::format("table '{}' has {} rows, more than a sheet holds", table.title,
                                                table.rows.size()));
    }
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
      const Column& column = table.columns[c];
      const auto col = static_cast<lxw_col_t>(c);
      lxw_format* number_format = nullptr;
      if (column.kind == Kind::real || column.kind == Kind::percent) {
        std::string pattern = column.digits > 0 ? "0." + std::string(column.digits, '0') : "0";
        if (column.kind == Kind::percent) pattern += '%';
        number_format = DRAAD_ZIP(workbook_add_format)(book);
        DRAAD_ZIP(format_set_num_format)(number_format, pattern.c_str());
      }
      xlsx::ColumnWidth width;
      width.add(column.name);
      for (const auto& row : table.rows) {
        std::string shown = plain(column, row[c]);
        if (column.kind == Kind::percent && std::holds_alternative<double>(row[c].value)) shown += '%';
        width.add(shown);
      }
      lxw_format* text_format = width.wraps(kMaxWidth) ? wrap : nullptr;
      DRAAD_ZIP(worksheet_set_column)(sheet, col, col, width.width(kMaxWidth), text_format);
      DRAAD_ZIP(worksheet_write_string)(sheet, 0, col, column.name.c_str(), bold);
      for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const Cell& cell = table.rows[r][c];
        const auto row = static_cast<lxw_row_t>(r + 1);
        if (const auto* s = std::get_if<std::string>(&cell.value)) {
          if (plain_number(*s)) {
            double x = 0;
            std::from_chars(s->data(), s->data() + s->size(), x);
            DRAAD_ZIP(worksheet_write_number)(sheet, row, col, x, nullptr);
          } else {
            write_text(sheet, row, col, *s, text_format);
          }
        } else if (const auto* n = std::get_if<std::int64_t>(&cell.value)) {
          DRAAD_ZIP(worksheet_write_number)(sheet, row, col, static_cast<double>(*n), nullptr);
        } else if (const auto* x = std::get_if<double>(&cell.value); x && std::isfinite(*x)) {
          DRAAD_ZIP(worksheet_write_number)(sheet, row, col, *x, number_format);
        }
      }
    }
    DRAAD_ZIP(worksheet_freeze_panes)(sheet, 1, 0);
  }
  // The notes under the tables (how a figure was made, why one is n/a) on a
  // sheet of their own, so the workbook says what the text output says.
  std::vector<std::pair<std::string, std::string>> notes;
  for (const Table& table : tables)
    for (const auto& note : table.notes) notes.emplace_back(table.title, note);
  if (!notes.empty()) {
    lxw_worksheet* sheet = add_sheet("notes");
    xlsx::ColumnWidth table_width, note_width;
    table_width.add("table");
    note_width.add("note");
    for (const auto& [title, note] : notes) table_width.add(title), note_width.add(note);
    DRAAD_ZIP(worksheet_set_column)(sheet, 0, 0, table_width.width(kMaxWidth / 2), wrap);
    DRAAD_ZIP(worksheet_set_column)(sheet, 1, 1, note_width.width(kMaxWidth), wrap);
    DRAAD_ZIP(worksheet_write_string)(sheet, 0, 0, "table", bold);
    DRAAD_ZIP(worksheet_write_string)(sheet, 0, 1, "note", bold);
    lxw_row_t row = 1;
    for (const auto& [title, note] : notes) {
      write_text(sheet, row, 0, title, wrap);
      write_text(sheet, row++, 1, note, wrap);
    }
    DRAAD_ZIP(worksheet_freeze_panes)(sheet, 1, 0);
  }
  if (lxw_error e = DRAAD_ZIP(workbook_close)(book); e != LXW_NO_ERROR)
    throw DataError({shown_name}, fmt::format("cannot write the workbook: {}", DRAAD_ZIP(lxw_strerror)(e)));
}

}  // namespace

std::string shown(const Column& column, const Cell& cell, const Style& style) {
  std::string text = plain(column, cell, style.decimal_comma);
  if (column.kind == Kind::percent && std::holds_alternative<double>(cell.value) && !text.empty()) text += '%';
  return text;
}

bool natural_less(std::string_view a, std::string_view b) {
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  std::size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (digit(a[i]) && digit(b[j])) {
      std::size_t ei = i, ej = j;
      while (ei < a.size() && digit(a[ei])) ++ei;
      while (ej < b.size() && digit(b[ej])) ++ej;
      // Compare the numbers without leading zeros by length, then digits.
      std::size_t si = i, sj = j;
      while (si + 1 < ei && a[si] == '0') ++si;
      while (sj + 1 < ej && b[sj] == '0') ++sj;
      if (ei - si != ej - sj) return ei - si < ej - sj;
      if (int c = a.substr(si, ei - si).compare(b.substr(sj, ej - sj)); c != 0) return c < 0;
      i = ei;
      j = ej;
      continue;
    }
    if (a[i] != b[j]) return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[j]);
    ++i;
    ++j;
  }
  if (a.size() - i != b.size() - j) return a.size() - i < b.size() - j;
  return a < b;  // "01" and "1" tie above: fall back to bytes
}

Format parse_format(std::string_view name) {
  for (std::size_t i = 0; i < std::size(kFormatNames); ++i)
    if (name == kFormatNames[i]) return static_cast<Format>(i);
  std::vector<std::string> names(std::begin(kFormatNames), std::end(kFormatNames));
  throw UsageError(fmt::format("unknown format '{}'{}; the formats are {}", name, did_you_mean(name, names),
                               fmt::join(names, ", ")));
}

Format default_format() { return isatty(STDOUT_FILENO) ? Format::text : Format::tsv; }

std::string_view format_names() { return "text|tsv|csv|md|json|xlsx"; }

void check_output_name(Format format, const std::string& output) {
  const std::string extension = std::filesystem::path(output).extension().string();
  for (const char* other : {".ods", ".xls", ".xlsm", ".numbers"})
    if (extension == other)
      throw UsageError(fmt::format("draad does not write {} files; give -o with .xlsx (LibreOffice opens it), .csv "
                                   "or .tsv",
                                   other));
  for (std::size_t i = 0; i < std::size(kFormatNames); ++i)
    if (extension == "." + std::string(kFormatNames[i]) && static_cast<Format>(i) != format)
      throw UsageError(fmt::format("--format {} does not fit -o {}: leave out --format, or name the file .{}",
                                   kFormatNames[static_cast<std::size_t>(format)], output,
                                   kFormatNames[static_cast<std::size_t>(format)]));
}

Format choose_format(std::string_view name, const std::string& output) {
  const bool to_stdout = output.empty() || output == "-";
  if (!name.empty()) {
    const Format format = parse_format(name);
    if (!to_stdout) check_output_name(format, output);
    return format;
  }
  if (to_stdout) return default_format();
  const std::string extension = std::filesystem::path(output).extension().string();
  for (std::size_t i = 0; i < std::size(kFormatNames); ++i)
    if (extension == "." + std::string(kFormatNames[i])) return static_cast<Format>(i);
  check_output_name(Format::tsv, output);
  return Format::tsv;
}

std::string render(const std::vector<Table>& tables, Format format, bool terminal, const Style& style) {
  for (const auto& table : tables) check_shape(table);
  std::string out;
  if (format == Format::json) {
    if (tables.size() == 1) return json_of(tables[0]).dump(2) + '\n';
    nlohmann::ordered_json all = nlohmann::ordered_json::array();
    for (const auto& table : tables) all.push_back(json_of(table));
    return all.dump(2) + '\n';
  }
  if (format == Format::xlsx) throw std::logic_error("report::render: xlsx is not text");
  if (format == Format::csv && style.excel) out += "\xef\xbb\xbf";
  for (std::size_t t = 0; t < tables.size(); ++t) {
    const Table& table = tables[t];
    if (t) out += format == Format::csv ? "\r\n" : "\n";
    switch (format) {
      case Format::text: render_text(out, table, terminal, style.decimal_comma); break;
      case Format::md: render_md(out, table, style.decimal_comma); break;
      case Format::tsv:
      case Format::csv:
        if (tables.size() > 1) out += "# " + table.title + (format == Format::csv ? "\r\n" : "\n");
        if (format == Format::tsv) render_tsv(out, table);
        else render_csv(out, table, style);
        break;
      default: break;
    }
  }
  return out;
}

void print(const std::vector<Table>& tables, Format format, const std::string& output, const Style& style) {
  const bool to_stdout = output.empty() || output == "-";
  const std::string name = to_stdout ? std::string("<stdout>") : output;
  if (format == Format::xlsx) {
    for (const auto& table : tables) check_shape(table);
    if (!to_stdout) {
      OutputFile file(output);
      write_xlsx(tables, file.temp_path(), name);
      return file.commit();
    }
    if (isatty(STDOUT_FILENO))
      throw UsageError("xlsx is a binary format: give --output FILE.xlsx or redirect standard output to a file");
    // libxlsxwriter writes files only: build the workbook in a temporary file.
    const char* dir = std::getenv("TMPDIR");
    std::string temp = fmt::format("{}/draad-XXXXXX", dir && *dir ? dir : "/tmp");
    int fd = mkstemp(temp.data());
    if (fd < 0) throw DataError({temp}, fmt::format("cannot create a temporary file: {}", std::strerror(errno)));
    close(fd);
    try {
      write_xlsx(tables, temp, name);
      std::string bytes = read_all(temp, std::numeric_limits<std::size_t>::max(), "a workbook");
      std::remove(temp.c_str());
      return write_bytes("-", bytes);
    } catch (...) {
      std::remove(temp.c_str());
      throw;
    }
  }
  const std::string text = render(tables, format, to_stdout && format == Format::text && isatty(STDOUT_FILENO) &&
                                                      !std::getenv("NO_COLOR"), style);
  write_bytes(output, text);
}

}  // namespace draad::report
