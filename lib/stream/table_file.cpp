#include "stream/table_file.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fmt/format.h>

#include "base/input.h"
#include "base/suggest.h"
#include "base/utf8.h"
#include "stream/tsv.h"
#include "stream/xlsx_reader.h"

namespace draad {

namespace {

std::optional<std::size_t> find_column(const std::vector<std::string>& columns, std::string_view column) {
  for (std::size_t i = 0; i < columns.size(); ++i)
    if (columns[i] == column) return i;
  return std::nullopt;
}

[[noreturn]] void missing_column(const Location& header, std::string_view column,
                                 const std::vector<std::string>& columns) {
  throw DataError(header, fmt::format("missing required column '{}'{} (the header has: {})", column,
                                      did_you_mean(column, columns), tsv::column_list(columns)));
}

}  // namespace

std::optional<std::size_t> LoadedTable::find(std::string_view column) const { return find_column(columns_, column); }

std::size_t LoadedTable::require(std::string_view column) const {
  if (auto i = find(column)) return *i;
  missing_column({name_, header_line_}, column, columns_);
}

Location LoadedTable::where(std::size_t row, std::optional<std::size_t> field) const {
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

// Parses the records of `bytes`, the first of which starts on line
// `first_line`; `bytes` ends at the end of the file or of a record.
class Parser {
 public:
  Parser(std::string_view bytes, const std::string& name, char separator, std::int64_t first_line, bool at_file_end)
      : s_(bytes), name_(name), sep_(separator), csv_(separator != '\t'), at_file_end_(at_file_end), line_(first_line) {}

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
  // The line the next record starts on.
  std::int64_t line() const { return line_; }

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
      if (q == std::string_view::npos)
        throw DataError(open, at_file_end_ ? "unterminated quote: no closing '\"' before the end of the file"
                                           : fmt::format("unterminated quote: no closing '\"' within {} MB",
                                                         kMaxRecordBytes >> 20));
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
  bool at_file_end_;
  std::size_t pos_ = 0;
  std::int64_t line_;
  std::size_t line_start_ = 0;
  std::size_t counted_to_ = 0;
  std::int64_t column_ = 1;
  Location end_;
};

bool all_empty(const std::vector<std::string>& fields) {
  return std::all_of(fields.begin(), fields.end(), [](const std::string& f) { return f.empty(); });
}

// The end of the CSV/TSV record starting at `from` (just past its '\n'), as
// Parser reads it: a quote opens a quoted field only at the start of a field.
// npos when `s` ends inside the record.
std::size_t record_end(std::string_view s, std::size_t from, char sep, bool csv) {
  bool field_start = true;
  for (std::size_t i = from; i < s.size();) {
    const char c = s[i];
    if (csv && field_start && c == '"') {
      for (std::size_t j = i + 1;;) {
        std::size_t q = s.find('"', j);
        if (q == std::string_view::npos || q + 1 == s.size()) return std::string_view::npos;
        if (s[q + 1] == '"') {
          j = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      field_start = false;
    } else if (c == '\n') {
      return i + 1;
    } else {
      field_start = c == sep;
      ++i;
    }
  }
  return std::string_view::npos;
}

}  // namespace

struct TableReader::Source {
  virtual ~Source() = default;
  // The next record, empty ones included; false at the end.
  virtual bool next(TableRow& row) = 0;
  // Where the last record ended (for a row with too few fields).
  virtual Location end() const = 0;
  // Spreadsheets leave trailing blank cells out: a short row is padded.
  virtual bool pads_short_rows() const = 0;
};

namespace {

// CSV or TSV text, from memory or from a file read in chunks; holds one
// record (and one chunk) at a time.
class TextSource : public TableReader::Source {
 public:
  TextSource(std::string_view bytes, const std::string& name) : name_(name), view_(bytes) {
    start();
  }
  TextSource(const std::string& path, const std::string& name) : name_(name) {
    file_ = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
    if (!file_) throw DataError({name_}, fmt::format("cannot open: {}", std::strerror(errno)));
    owned_ = file_ != stdin;
    eof_ = false;
    refill();
    start();
  }
  ~TextSource() override {
    if (owned_) std::fclose(file_);
  }

  bool next(TableRow& row) override {
    std::size_t end;
    while ((end = record_end(view_, pos_, sep_, sep_ != '\t')) == std::string_view::npos && !eof_ &&
           view_.size() - pos_ <= kMaxRecordBytes)
      refill();
    if (pos_ >= view_.size()) return false;
    const bool whole = end != std::string_view::npos;
    if (!whole) end = view_.size();
    const std::string_view record = view_.substr(pos_, end - pos_);
    if (auto bad = utf8::find_invalid(record)) {
      throw DataError(utf8::locate(name_, record, *bad, line_),
                      fmt::format("invalid UTF-8 (byte 0x{:02X}); save the table as UTF-8 (Excel: \"CSV UTF-8\")",
                                  static_cast<unsigned char>(record[*bad])));
    }
    Parser parser(record, name_, sep_, line_, whole || eof_);
    parser.record(row);
    end_ = parser.end();
    line_ = parser.line();
    pos_ = end;
    return true;
  }
  Location end() const override { return end_; }
  bool pads_short_rows() const override { return false; }

 private:
  // Skips a BOM and chooses the dialect from the first line that is not blank.
  void start() {
    if (view_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;
    while (!eof_ && view_.find('\n', pos_) == std::string_view::npos && view_.size() - pos_ <= kMaxRecordBytes) refill();
    sep_ = sniff_separator(view_.substr(pos_), name_);
  }

  // Drops what has been read and appends the next chunk.
  void refill() {
    buffer_.erase(0, pos_);
    pos_ = 0;
    const std::size_t old = buffer_.size();
    buffer_.resize(old + kChunk);
    const std::size_t n = std::fread(buffer_.data() + old, 1, kChunk, file_);
    buffer_.resize(old + n);
    if (n < kChunk) {
      if (std::ferror(file_)) throw DataError({name_, line_}, fmt::format("cannot read: {}", std::strerror(errno)));
      eof_ = true;
    }
    view_ = buffer_;
  }

  static constexpr std::size_t kChunk = 1 << 20;
  const std::string& name_;
  std::FILE* file_ = nullptr;
  bool owned_ = false;
  bool eof_ = true;
  std::string buffer_;
  std::string_view view_;
  std::size_t pos_ = 0;
  std::int64_t line_ = 1;
  char sep_ = ',';
  Location end_;
};

class SheetSource : public TableReader::Source {
 public:
  explicit SheetSource(const std::string& path) : sheet_(path) {}
  bool next(TableRow& row) override {
    xlsx::Row r;
    if (!sheet_.next(r)) return false;
    row.line = r.number;
    row.fields = std::move(r.cells);
    row.columns.resize(row.fields.size());
    for (std::size_t i = 0; i < row.columns.size(); ++i) row.columns[i] = static_cast<std::int64_t>(i) + 1;
    end_ = {sheet_.file_name(), r.number, static_cast<std::int64_t>(row.fields.size()) + 1};
    return true;
  }
  Location end() const override { return end_; }
  bool pads_short_rows() const override { return true; }

 private:
  xlsx::SheetReader sheet_;
  Location end_;
};

bool is_workbook(const std::string& path) { return ends_with_ci(path, ".xlsx") || xlsx::is_ods(path); }

}  // namespace

TableReader::TableReader(const std::string& path, HeaderTest is_header) : name_(display_name(path)) {
  if (is_workbook(path)) source_ = std::make_unique<SheetSource>(path);
  else source_ = std::make_unique<TextSource>(path, name_);
  read_header(is_header);
}

TableReader::TableReader(std::string_view bytes, const std::string& name, HeaderTest is_header) : name_(name) {
  source_ = std::make_unique<TextSource>(bytes, name_);
  read_header(is_header);
}

TableReader::~TableReader() = default;

namespace {

// A header row's cells as column names: trimmed, trailing empty cells left out.
std::vector<std::string> column_names(const std::vector<std::string>& cells) {
  std::size_t width = cells.size();
  while (width > 0 && cells[width - 1].empty()) --width;
  std::vector<std::string> columns;
  for (std::size_t i = 0; i < width; ++i) {
    std::string column = cells[i];
    trim(column);
    columns.push_back(std::move(column));
  }
  return columns;
}

}  // namespace

std::vector<std::string> likely_columns(const std::string& path) {
  std::vector<std::string> widest;
  std::size_t most = 0;
  // A header test that is never met sees each of the first rows once.
  TableReader reader(path, [&](const std::vector<std::string>& cells) {
    const auto n = static_cast<std::size_t>(std::count_if(cells.begin(), cells.end(), [](const std::string& c) { return !c.empty(); }));
    if (n > most) most = n, widest = cells;
    return false;
  });
  return column_names(widest);
}

void TableReader::read_header(const HeaderTest& is_header) {
  TableRow header;
  auto next_nonempty = [&](TableRow& row) {
    while (source_->next(row))
      if (!all_empty(row.fields)) return true;
    return false;
  };
  if (!next_nonempty(header)) throw DataError({name_}, "empty table: expected a header line of column names");
  if (is_header && !is_header(header.fields)) {
    // Look further down, keeping the rows passed so that they are read as
    // data when no later row is a header either.
    TableRow row;
    while (pending_.size() + 1 < kHeaderSearchRows && next_nonempty(row)) {
      if (is_header(row.fields)) {
        above_header_ = pending_.size() + 1;
        pending_.clear();
        header = std::move(row);
        break;
      }
      pending_.push_back(std::move(row));
    }
  }
  columns_ = column_names(header.fields);
  tsv::check_header(columns_, [&](std::size_t i) { return Location{name_, header.line, header.columns[i]}; });
  header_line_ = header.line;
}

std::optional<std::size_t> TableReader::find(std::string_view column) const { return find_column(columns_, column); }

std::size_t TableReader::require(std::string_view column) const {
  if (auto i = find(column)) return *i;
  missing_column({name_, header_line_}, column, columns_);
}

bool TableReader::next_record(TableRow& row) {
  if (next_pending_ < pending_.size()) {
    row = std::move(pending_[next_pending_++]);
    return true;
  }
  pending_.clear();
  next_pending_ = 0;
  return source_->next(row);
}

bool TableReader::next(TableRow& row) {
  const std::size_t width = columns_.size();
  do {
    if (!next_record(row)) return false;
  } while (all_empty(row.fields));
  if (row.fields.size() < width) {
    if (!source_->pads_short_rows())
      throw DataError(source_->end(),
                      fmt::format("ragged row: {} fields where the header has {} columns", row.fields.size(), width));
    const std::int64_t last = row.columns.empty() ? 0 : row.columns.back();
    for (std::size_t i = row.fields.size(); i < width; ++i) row.columns.push_back(last + static_cast<std::int64_t>(i - row.fields.size()) + 1);
    row.fields.resize(width);
  }
  for (std::size_t i = width; i < row.fields.size(); ++i)
    if (!row.fields[i].empty())
      throw DataError({name_, row.line, row.columns[i]},
                      fmt::format("ragged row: {} fields where the header has {} columns", row.fields.size(), width));
  row.fields.resize(width);
  row.columns.resize(width);
  return true;
}

Location TableReader::where(const TableRow& row, std::optional<std::size_t> field) const {
  Location loc{name_, row.line};
  if (field && *field < row.columns.size()) loc.column = row.columns[*field];
  return loc;
}

LoadedTable::LoadedTable(TableReader& reader)
    : name_(reader.name()), columns_(reader.columns()), header_line_(reader.header_line()) {
  std::size_t bytes = 0;  // held at once: the streamed file's limit
  for (TableRow row; reader.next(row);) {
    for (const auto& field : row.fields) bytes += field.size() + sizeof field;
    if (bytes > kMaxTableBytes)
      throw DataError({name_}, fmt::format("larger than {} MB, the limit for a table", kMaxTableBytes >> 20));
    rows_.push_back(std::move(row));
  }
}

LoadedTable parse_table(std::string_view bytes, const std::string& name) {
  TableReader reader(bytes, name);
  return LoadedTable(reader);
}

LoadedTable read_table(const std::string& path) {
  TableReader reader(path);
  return LoadedTable(reader);
}

}  // namespace draad
