#include "stream/table_file.h"

#include <algorithm>

#include <fmt/format.h>

#include "base/input.h"
#include "stream/tsv.h"
#include "base/utf8.h"

namespace draad {

std::optional<std::size_t> Table::find(std::string_view column) const {
  for (std::size_t i = 0; i < columns_.size(); ++i)
    if (columns_[i] == column) return i;
  return std::nullopt;
}

std::size_t Table::require(std::string_view column) const {
  if (auto i = find(column)) return *i;
  throw DataError({name_, 1}, fmt::format("missing required column '{}' (the header has: {})", column,
                                          tsv::column_list(columns_)));
}

Location Table::where(std::size_t row, std::optional<std::size_t> field) const {
  const TableRow& r = rows_.at(row);
  Location loc{name_, r.line};
  if (field && *field < r.columns.size()) loc.column = r.columns[*field];
  return loc;
}

namespace {

enum class Dialect { tsv, csv };

// `suffix` in lower case.
bool ends_with_ci(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  return std::equal(suffix.begin(), suffix.end(), s.end() - static_cast<std::ptrdiff_t>(suffix.size()),
                    [](char l, char c) { return l == utf8::ascii_lower(c); });
}

// Chooses the dialect and, for CSV, the separator that occurs more often
// outside quotes in the first line that is not blank.
char sniff_separator(std::string_view bytes, const std::string& name) {
  bytes.remove_prefix(std::min(bytes.size(), bytes.find_first_not_of("\r\n")));
  std::string_view first = bytes.substr(0, bytes.find('\n'));
  if (ends_with_ci(name, ".tsv") || ends_with_ci(name, ".tab")) return '\t';
  if (!ends_with_ci(name, ".csv") && first.find('\t') != std::string_view::npos) return '\t';
  std::size_t commas = 0, semicolons = 0;
  bool quoted = false;
  for (char c : first) {
    if (c == '"') quoted = !quoted;
    else if (!quoted && c == ',') ++commas;
    else if (!quoted && c == ';') ++semicolons;
  }
  return semicolons > commas ? ';' : ',';
}

void trim(std::string& s) {
  auto space = [](char c) { return c == ' ' || c == '\t'; };
  std::size_t b = 0, e = s.size();
  while (b < e && space(s[b])) ++b;
  while (e > b && space(s[e - 1])) --e;
  s = s.substr(b, e - b);
}

// One pass over the bytes, record by record.
class Parser {
 public:
  Parser(std::string_view bytes, const std::string& name, char separator)
      : s_(bytes), name_(name), sep_(separator), csv_(separator != '\t') {}

  bool at_end() const { return pos_ >= s_.size(); }

  // Reads the next record into `row` (line, fields and their columns).
  void record(TableRow& row) {
    row.fields.clear();
    row.columns.clear();
    row.line = line_;
    for (;;) {
      row.columns.push_back(column_at(pos_));
      row.fields.emplace_back();
      std::string& field = row.fields.back();
      if (csv_ && pos_ < s_.size() && s_[pos_] == '"') quoted(field);
      else unquoted(field);
      if (pos_ < s_.size() && s_[pos_] == sep_) {
        ++pos_;
        continue;
      }
      end_ = at(pos_);
      end_of_line();
      return;
    }
  }

  Location at(std::size_t offset) { return {name_, line_, column_at(offset)}; }
  // Where the last record read ended.
  const Location& end() const { return end_; }

 private:
  // The code point column of `offset` on the current line, counted
  // incrementally so that a long line stays linear.
  std::int64_t column_at(std::size_t offset) {
    if (offset < counted_to_) {
      counted_to_ = line_start_;
      column_ = 1;
    }
    column_ += static_cast<std::int64_t>(utf8::count_code_points(s_.substr(counted_to_, offset - counted_to_)));
    counted_to_ = offset;
    return column_;
  }

  void new_line(std::size_t start) {
    ++line_;
    line_start_ = counted_to_ = start;
    column_ = 1;
  }

  void end_of_line() {
    // CRLF, or a CR that ends the input (at_line_end's two cases; a CR left unread would loop forever).
    if (pos_ < s_.size() && s_[pos_] == '\r' && (pos_ + 1 == s_.size() || s_[pos_ + 1] == '\n')) ++pos_;
    if (pos_ < s_.size() && s_[pos_] == '\n') {
      ++pos_;
      new_line(pos_);
    }
  }

  bool at_line_end(std::size_t i) const {
    return i >= s_.size() || s_[i] == '\n' || (s_[i] == '\r' && (i + 1 >= s_.size() || s_[i + 1] == '\n'));
  }

  void unquoted(std::string& field) {
    std::size_t i = pos_;
    while (i < s_.size() && s_[i] != sep_ && !at_line_end(i)) ++i;
    const std::string_view raw = s_.substr(pos_, i - pos_);
    if (csv_) {
      field.append(raw);
    } else if (auto bad = tsv::unescape_to(field, raw); bad != std::string_view::npos) {
      throw DataError(at(pos_ + bad), tsv::bad_escape(raw, bad));
    }
    pos_ = i;
  }

  void quoted(std::string& field) {
    const Location open = at(pos_);
    std::size_t i = ++pos_;
    for (;;) {
      std::size_t q = s_.find_first_of("\"\n\r", i);
      if (q == std::string_view::npos) throw DataError(open, "unterminated quote: no closing '\"' before the end of the file");
      field.append(s_.substr(i, q - i));
      char c = s_[q];
      if (c == '\r') {  // CRLF inside a quoted field reads as LF, like everywhere else
        if (q + 1 < s_.size() && s_[q + 1] == '\n') ++q;
        field += '\n';
        i = q + 1;
        new_line(i);
      } else if (c == '\n') {
        field += '\n';
        i = q + 1;
        new_line(i);
      } else if (q + 1 < s_.size() && s_[q + 1] == '"') {
        field += '"';
        i = q + 2;
      } else {
        pos_ = q + 1;
        if (pos_ < s_.size() && s_[pos_] != sep_ && !at_line_end(pos_))
          throw DataError(at(pos_), "text after a closing quote (a quote inside a quoted field is written '\"\"')");
        return;
      }
    }
  }

  std::string_view s_;
  const std::string& name_;
  char sep_;
  bool csv_;
  std::size_t pos_ = 0;
  std::int64_t line_ = 1;
  std::size_t line_start_ = 0;
  std::size_t counted_to_ = 0;
  std::int64_t column_ = 1;
  Location end_;
};

bool all_empty(const std::vector<std::string>& fields) {
  return std::all_of(fields.begin(), fields.end(), [](const std::string& f) { return f.empty(); });
}

}  // namespace

Table parse_table(std::string_view bytes, const std::string& name) {
  std::size_t bom = bytes.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  if (auto bad = utf8::find_invalid(bytes)) {
    auto lc = utf8::line_column(bytes.substr(bom), *bad - bom);
    throw DataError({name, lc.line, lc.column},
                    fmt::format("invalid UTF-8 (byte 0x{:02X}); save the table as UTF-8 (Excel: \"CSV UTF-8\")",
                                static_cast<unsigned char>(bytes[*bad])));
  }
  bytes.remove_prefix(bom);
  Table table;
  table.name_ = name;
  Parser parser(bytes, name, sniff_separator(bytes, name));

  TableRow header;
  do {
    if (parser.at_end()) throw DataError({name}, "empty table: expected a header line of column names");
    parser.record(header);
  } while (all_empty(header.fields));
  std::size_t width = header.fields.size();
  while (width > 0 && header.fields[width - 1].empty()) --width;
  for (std::size_t i = 0; i < width; ++i) {
    std::string column = header.fields[i];
    trim(column);
    table.columns_.push_back(std::move(column));
  }
  tsv::check_header(table.columns_, [&](std::size_t i) { return Location{name, header.line, header.columns[i]}; });

  TableRow row;
  while (!parser.at_end()) {
    parser.record(row);
    if (all_empty(row.fields)) continue;
    if (row.fields.size() < width)
      throw DataError(parser.end(),
                      fmt::format("ragged row: {} fields where the header has {} columns", row.fields.size(), width));
    for (std::size_t i = width; i < row.fields.size(); ++i)
      if (!row.fields[i].empty())
        throw DataError({name, row.line, row.columns[i]},
                        fmt::format("ragged row: {} fields where the header has {} columns", row.fields.size(), width));
    row.fields.resize(width);
    row.columns.resize(width);
    table.rows_.push_back(row);
  }
  return table;
}

Table read_table(const std::string& path) {
  return parse_table(read_all(path, kMaxTableBytes, "a table"), display_name(path));
}

}  // namespace draad
