#include "stream/tsv.h"

#include <sys/stat.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <unordered_set>

#include <fmt/format.h>

#include "base/utf8.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace draad::tsv {

namespace {
// The escape letter of each byte that needs one, 0 for the rest: a table,
// because escape_to runs over every field written and almost no byte needs it.
constexpr auto kEscapes = [] {
  std::array<char, 256> t{};
  t['\t'] = 't';
  t['\n'] = 'n';
  t['\r'] = 'r';
  t['\\'] = '\\';
  return t;
}();

bool needs_escape(std::uint64_t w) {
  return utf8::has_byte(w, '\t') | utf8::has_byte(w, '\n') | utf8::has_byte(w, '\r') | utf8::has_byte(w, '\\');
}

}  // namespace

void escape_to(std::string& out, std::string_view field) {
  std::size_t plain = 0, i = 0;
  for (;;) {
    // Almost no field needs an escape: skip clean bytes sixteen at a time
    // where the processor has SSE2 (every x86-64), then eight.
#if defined(__SSE2__)
    const __m128i tab = _mm_set1_epi8('\t'), newline = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r'),
                  backslash = _mm_set1_epi8('\\');
    while (i + 16 <= field.size()) {
      const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(field.data() + i));
      const __m128i hits = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(b, tab), _mm_cmpeq_epi8(b, newline)),
                                        _mm_or_si128(_mm_cmpeq_epi8(b, cr), _mm_cmpeq_epi8(b, backslash)));
      if (_mm_movemask_epi8(hits)) break;
      i += 16;
    }
#endif
    while (i + 8 <= field.size()) {
      if (needs_escape(utf8::load8(field.data() + i))) break;
      i += 8;
    }
    const std::size_t stop = std::min(field.size(), i + 8);
    for (; i < stop; ++i) {
      const char letter = kEscapes[static_cast<unsigned char>(field[i])];
      if (!letter) continue;
      out.append(field.data() + plain, i - plain);
      out += '\\';
      out += letter;
      plain = i + 1;
    }
    if (i >= field.size()) break;
  }
  out.append(field.data() + plain, field.size() - plain);
}

void append_raw(std::string& out, std::string_view raw) {
  for (std::size_t cr; (cr = raw.find('\r')) != std::string_view::npos; raw.remove_prefix(cr + 1)) {
    out.append(raw.data(), cr);
    out += "\\r";
  }
  out.append(raw);
}

std::string escape(std::string_view field) {
  std::string out;
  escape_to(out, field);
  return out;
}

std::size_t unescape_to(std::string& out, std::string_view raw) {
  std::size_t plain = 0;
  for (std::size_t i = 0; (i = raw.find('\\', i)) != std::string_view::npos; i += 2) {
    out.append(raw.substr(plain, i - plain));
    switch (i + 1 < raw.size() ? raw[i + 1] : '\0') {
      case 't': out += '\t'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case '\\': out += '\\'; break;
      default: return i;
    }
    plain = i + 2;
  }
  out.append(raw.substr(plain));
  return std::string_view::npos;
}

std::string bad_escape(std::string_view raw, std::size_t offset) {
  if (offset + 1 >= raw.size()) return "bad escape: a lone backslash at the end of the field";
  return fmt::format("bad escape '\\{}' (only \\t, \\n, \\r and \\\\ are allowed)", raw[offset + 1]);
}

namespace {

// Splits `line` into unescaped fields, reusing the strings already in
// `fields` so that a stream costs no allocation per field. Returns the byte
// offset in `line` of a bad escape, or npos.
std::size_t split(std::string_view line, std::vector<std::string>& fields,
                  std::vector<std::size_t>& starts) {
  starts.clear();
  starts.push_back(0);
  for (std::size_t t = 0; (t = line.find('\t', t)) != std::string_view::npos; ++t) starts.push_back(t + 1);
  fields.resize(starts.size());
  // Most lines have no escape: one look for a backslash spares a look per field.
  const bool escapes = line.find('\\') != std::string_view::npos;
  for (std::size_t f = 0; f < starts.size(); ++f) {
    const std::size_t end = f + 1 < starts.size() ? starts[f + 1] - 1 : line.size();
    const std::string_view raw = line.substr(starts[f], end - starts[f]);
    fields[f].clear();
    if (!escapes)
      fields[f].append(raw);
    else if (auto bad = unescape_to(fields[f], raw); bad != std::string_view::npos)
      return starts[f] + bad;
  }
  return std::string_view::npos;
}

}  // namespace

std::int64_t column_of(std::string_view line, std::size_t offset) { return utf8::locate({}, line, offset).column; }

Reader::Reader(const std::string& path) : lines_(path) {
  std::string_view line;
  if (!lines_.next(line)) throw DataError({lines_.name()}, "empty input: expected a header line of column names");
  if (line.substr(0, 3) == "\xEF\xBB\xBF") line.remove_prefix(3);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  if (auto bad = utf8::find_invalid(line))
    throw DataError({lines_.name(), 1, column_of(line, *bad)}, "invalid UTF-8 in the header");
  header_ = line;
  std::vector<std::size_t> starts;
  if (auto bad = split(line, columns_, starts); bad != std::string_view::npos)
    throw DataError({lines_.name(), 1, column_of(line, bad)}, "bad escape in the header");
  check_header(columns_, [&](std::size_t i) { return Location{lines_.name(), 1, column_of(line, starts[i])}; });
}

void check_header(const std::vector<std::string>& columns, const std::function<Location(std::size_t)>& where) {
  std::unordered_set<std::string_view> seen;
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (columns[i].empty()) throw DataError(where(i), fmt::format("column {} of the header has no name", i + 1));
    if (!seen.insert(columns[i]).second)
      throw DataError(where(i), fmt::format("duplicate column '{}' in the header", excerpt(columns[i])));
  }
}

std::string column_list(const std::vector<std::string>& columns) {
  constexpr std::size_t kShown = 20;
  std::vector<std::string> shown;
  for (std::size_t i = 0; i < columns.size() && i < kShown; ++i) shown.push_back(excerpt(columns[i]));
  if (columns.size() <= kShown) return fmt::format("{}", fmt::join(shown, ", "));
  return fmt::format("{}, … ({} columns)", fmt::join(shown, ", "), columns.size());
}

std::string second_header() {
  return "a second header line (two streams joined with cat?); give the files as separate arguments, or drop "
         "the later header lines (tail -n +2)";
}

bool looks_like_stream(const std::string& path) {
  // A pipe or a device is read once: looked at here, it would be empty
  // when read (draad code <(cat notes.txt)).
  struct stat st;
  if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return false;
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return false;
  char buffer[4096];
  const std::size_t n = std::fread(buffer, 1, sizeof buffer, f);
  std::fclose(f);
  return starts_like_stream(std::string_view(buffer, n));
}

bool starts_like_stream(std::string_view head) {
  if (head.starts_with("\xEF\xBB\xBF")) head.remove_prefix(3);
  head = head.substr(0, head.find('\n'));
  if (!head.empty() && head.back() == '\r') head.remove_suffix(1);
  bool doc = false, seg = false;
  for (std::size_t from = 0; from <= head.size();) {
    const std::size_t tab = std::min(head.find('\t', from), head.size());
    const std::string_view column = head.substr(from, tab - from);
    doc |= column == "doc";
    seg |= column == "seg";
    from = tab + 1;
  }
  return doc && seg;
}

std::optional<std::size_t> Reader::find(std::string_view column) const {
  for (std::size_t i = 0; i < columns_.size(); ++i)
    if (columns_[i] == column) return i;
  return std::nullopt;
}

std::size_t Reader::require(std::string_view column) const {
  if (auto i = find(column)) return *i;
  throw DataError({lines_.name(), 1},
                  fmt::format("missing required column '{}' (the header has: {})", column, column_list(columns_)));
}

bool Reader::next() {
  std::string_view line;
  if (!lines_.next(line)) return false;
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  const std::int64_t n = lines_.line_number();
  if (line == header_) throw DataError({lines_.name(), n, 1}, second_header());
  if (auto bad = utf8::find_invalid(line))
    throw DataError({lines_.name(), n, column_of(line, *bad)},
                    fmt::format("invalid UTF-8 (byte 0x{:02X})", static_cast<unsigned char>(line[*bad])));
  line_ = line;
  std::vector<std::size_t>& starts = field_starts_;
  if (auto bad = split(line, fields_, starts); bad != std::string_view::npos) {
    const std::size_t field = static_cast<std::size_t>(std::upper_bound(starts.begin(), starts.end(), bad) - starts.begin()) - 1;
    const std::size_t end = field + 1 < starts.size() ? starts[field + 1] - 1 : line.size();
    throw DataError({lines_.name(), n, column_of(line, bad)},
                    bad_escape(line.substr(starts[field], end - starts[field]), bad - starts[field]));
  }
  if (fields_.size() != columns_.size())
    throw DataError({lines_.name(), n, column_of(line, fields_.size() > columns_.size() ? starts[columns_.size()] - 1 : line.size())},
                    fmt::format("ragged row: {} fields where the header has {} columns", fields_.size(), columns_.size()));
  return true;
}

std::string_view Reader::raw_fields(std::size_t first, std::size_t last) const {
  if (first >= last) return {};
  const std::size_t begin = field_starts_[first];
  const std::size_t end = last < field_starts_.size() ? field_starts_[last] - 1 : line_.size();
  return line_.substr(begin, end - begin);
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

void write_raw(std::FILE* out, std::string_view bytes) {
  if (std::fwrite(bytes.data(), 1, bytes.size(), out) != bytes.size())
    throw std::runtime_error(fmt::format("write error: {}", std::strerror(errno)));
}

void Writer::flush() {
  write_raw(out_, buffer_);
  buffer_.clear();
  if (std::fflush(out_) != 0) throw std::runtime_error(fmt::format("write error: {}", std::strerror(errno)));
}

}  // namespace draad::tsv
