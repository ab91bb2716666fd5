#include "tsv.h"

#include <cerrno>
#include <cstring>
#include <stdexcept>

#include <fmt/format.h>

#include "utf8.h"

namespace draad::tsv {

void escape_to(std::string& out, std::string_view field) {
  std::size_t plain = 0;
  for (std::size_t i = 0; i < field.size(); ++i) {
    char c = field[i];
    const char* esc = nullptr;
    switch (c) {
      case '\t': esc = "\\t"; break;
      case '\n': esc = "\\n"; break;
      case '\r': esc = "\\r"; break;
      case '\\': esc = "\\\\"; break;
      default: continue;
    }
    out.append(field.substr(plain, i - plain));
    out.append(esc, 2);
    plain = i + 1;
  }
  out.append(field.substr(plain));
}

std::string escape(std::string_view field) {
  std::string out;
  escape_to(out, field);
  return out;
}

namespace {

// Splits `line` into unescaped fields, reusing the strings already in
// `fields` so that a stream costs no allocation per field. Returns the byte
// offset of a bad escape, or npos.
std::size_t split(std::string_view line, std::vector<std::string>& fields,
                  std::vector<std::size_t>& starts) {
  std::size_t n = 0;
  auto open_field = [&](std::size_t start) {
    if (n == fields.size()) fields.emplace_back();
    fields[n++].clear();
    starts.push_back(start);
  };
  starts.clear();
  open_field(0);
  for (std::size_t i = 0; i < line.size(); ++i) {
    std::size_t plain = i;
    while (i < line.size() && line[i] != '\t' && line[i] != '\\') ++i;
    fields[n - 1].append(line.substr(plain, i - plain));
    if (i == line.size()) break;
    if (line[i] == '\t') {
      open_field(i + 1);
      continue;
    }
    if (i + 1 >= line.size()) return i;
    switch (line[++i]) {
      case 't': fields[n - 1] += '\t'; break;
      case 'n': fields[n - 1] += '\n'; break;
      case 'r': fields[n - 1] += '\r'; break;
      case '\\': fields[n - 1] += '\\'; break;
      default: return i - 1;
    }
  }
  fields.resize(n);
  return std::string_view::npos;
}

std::int64_t column_of(std::string_view line, std::size_t offset) {
  return static_cast<std::int64_t>(utf8::count_code_points(line.substr(0, offset))) + 1;
}

}  // namespace

Reader::Reader(const std::string& path) : lines_(path) {
  std::string_view line;
  if (!lines_.next(line)) throw DataError({lines_.name()}, "empty input: expected a header line of column names");
  if (line.substr(0, 3) == "\xEF\xBB\xBF") line.remove_prefix(3);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  if (auto bad = utf8::find_invalid(line))
    throw DataError({lines_.name(), 1, column_of(line, *bad)}, "invalid UTF-8 in the header");
  std::vector<std::size_t> starts;
  if (auto bad = split(line, columns_, starts); bad != std::string_view::npos)
    throw DataError({lines_.name(), 1, column_of(line, bad)}, "bad escape in the header");
  for (std::size_t i = 0; i < columns_.size(); ++i) {
    if (columns_[i].empty())
      throw DataError({lines_.name(), 1, column_of(line, starts[i])},
                      fmt::format("column {} of the header has no name", i + 1));
    for (std::size_t j = 0; j < i; ++j)
      if (columns_[j] == columns_[i])
        throw DataError({lines_.name(), 1, column_of(line, starts[i])},
                        fmt::format("duplicate column '{}' in the header", columns_[i]));
  }
}

std::optional<std::size_t> Reader::find(std::string_view column) const {
  for (std::size_t i = 0; i < columns_.size(); ++i)
    if (columns_[i] == column) return i;
  return std::nullopt;
}

std::size_t Reader::require(std::string_view column) const {
  if (auto i = find(column)) return *i;
  throw DataError({lines_.name(), 1},
                  fmt::format("missing required column '{}' (the header has: {})", column,
                              fmt::join(columns_, ", ")));
}

bool Reader::next() {
  std::string_view line;
  if (!lines_.next(line)) return false;
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  const std::int64_t n = lines_.line_number();
  if (auto bad = utf8::find_invalid(line))
    throw DataError({lines_.name(), n, column_of(line, *bad)},
                    fmt::format("invalid UTF-8 (byte 0x{:02X})", static_cast<unsigned char>(line[*bad])));
  line_ = line;
  std::vector<std::size_t>& starts = field_starts_;
  if (auto bad = split(line, fields_, starts); bad != std::string_view::npos)
    throw DataError({lines_.name(), n, column_of(line, bad)},
                    bad + 1 < line.size()
                        ? fmt::format("bad escape '\\{}' (only \\t, \\n, \\r and \\\\ are allowed)", line[bad + 1])
                        : std::string("bad escape: a lone backslash at the end of the line"));
  if (fields_.size() != columns_.size())
    throw DataError({lines_.name(), n, column_of(line, fields_.size() > columns_.size() ? starts[columns_.size()] - 1 : line.size())},
                    fmt::format("ragged row: {} fields where the header has {} columns", fields_.size(), columns_.size()));
  return true;
}

Location Reader::where(std::optional<std::size_t> field) const {
  Location loc{lines_.name(), lines_.line_number()};
  if (field && *field < field_starts_.size()) loc.column = column_of(line_, field_starts_[*field]);
  return loc;
}

Writer::Writer(std::FILE* out, std::vector<std::string> columns) : out_(out), columns_(std::move(columns)) {
  for (std::size_t i = 0; i < columns_.size(); ++i) {
    if (i) buffer_ += '\t';
    escape_to(buffer_, columns_[i]);
  }
  buffer_ += '\n';
}

Writer::~Writer() {
  try {
    flush();
  } catch (...) {
    // The process is unwinding already; the write error was or will be reported.
  }
}

void Writer::row(const std::vector<std::string>& fields) {
  for (const auto& f : fields) field(f);
  end_row();
}

void Writer::row(const std::vector<std::string_view>& fields) {
  for (auto f : fields) field(f);
  end_row();
}

Writer& Writer::field(std::string_view value) {
  if (fields_in_row_++) buffer_ += '\t';
  escape_to(buffer_, value);
  return *this;
}

Writer& Writer::field(std::int64_t value) {
  if (fields_in_row_++) buffer_ += '\t';
  fmt::format_to(std::back_inserter(buffer_), "{}", value);
  return *this;
}

void Writer::end_row() {
  if (fields_in_row_ != columns_.size())
    throw std::logic_error(fmt::format("tsv::Writer: {} fields for {} columns", fields_in_row_, columns_.size()));
  fields_in_row_ = 0;
  buffer_ += '\n';
  if (buffer_.size() >= (1 << 16)) flush();
}

void Writer::flush() {
  if (!buffer_.empty()) {
    if (std::fwrite(buffer_.data(), 1, buffer_.size(), out_) != buffer_.size())
      throw std::runtime_error(fmt::format("write error: {}", std::strerror(errno)));
    buffer_.clear();
  }
  if (std::fflush(out_) != 0) throw std::runtime_error(fmt::format("write error: {}", std::strerror(errno)));
}

}  // namespace draad::tsv
