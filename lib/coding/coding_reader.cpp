#include "coding/coding_reader.h"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <optional>
#include <unordered_set>

#include <fmt/format.h>

#include "coding/coding.h"
#include "stream/record.h"
#include "base/input.h"
#include "base/suggest.h"
#include "stream/tsv.h"
#include "base/utf8.h"

namespace draad {

std::size_t require_column(const std::vector<std::string>& columns, std::string_view column, const Location& where) {
  for (std::size_t i = 0; i < columns.size(); ++i)
    if (columns[i] == column) return i;
  throw DataError(where, fmt::format("no column '{}'{}; the stream has: {}", column, did_you_mean(column, columns),
                                     tsv::column_list(columns)));
}

namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

using tsv::column_of;

}  // namespace

struct CodingReader::Impl {
  std::vector<std::string> paths;
  std::vector<std::string> extra, optional;
  bool want_terms;
  std::size_t next_path = 0;
  std::unique_ptr<LineReader> lines;
  std::string_view line;  // the current line (valid until the next read)
  std::vector<std::string> columns;
  std::string header;  // the header line as read, without BOM and '\r'
  std::vector<std::size_t> starts;  // byte offset of each field of the current line
  std::size_t doc = 0, seg = 0, code = 0, theme = 0, hits = 0, coder = kNone, terms = kNone, speaker = kNone;
  std::vector<std::size_t> extra_index;
  const where::Filter* filter = nullptr;
  std::vector<std::size_t> filter_index;
  pseudonyms::Pseudonymiser* names = nullptr;
  std::size_t role = kNone;

  // The current row, decoded.
  struct Row {
    std::string doc, code, theme, coder, terms, speaker;
    std::int64_t seg = 0, hits = 0, line = 0;
    std::vector<std::string> values;
    std::vector<std::string> filter_values;
    std::string role;
  } row;
  bool pending = false;  // `row` holds a row not yet handed out
  std::vector<std::pair<std::string, std::int64_t>> segment_rows;  // code and line of each row of the segment

  std::unordered_set<std::string> seen_docs;
  std::string first_coder, first_coder_file;  // every segment must have this coder
  std::int64_t first_coder_line = 0;
  std::string last_doc;
  std::int64_t last_seg = 0;
  bool any_segment = false;

  Location where(std::size_t field) const {
    return {lines->name(), lines->line_number(), field == kNone ? 0 : column_of(line, starts[field])};
  }

  // Splits `line` into field starts; returns the number of fields.
  std::size_t split() {
    starts.clear();
    starts.push_back(0);
    const char* base = line.data();
    const char* end = base + line.size();
    for (const char* p = base; (p = static_cast<const char*>(std::memchr(p, '\t', end - p))); ++p)
      starts.push_back(static_cast<std::size_t>(p - base) + 1);
    return starts.size();
  }

  std::string_view raw(std::size_t field) const {
    const std::size_t b = starts[field];
    const std::size_t e = field + 1 < starts.size() ? starts[field + 1] - 1 : line.size();
    return line.substr(b, e - b);
  }

  // Unescapes and validates field `field` of the current line into `out`.
  void decode(std::size_t field, std::string& out) const {
    std::string_view s = raw(field);
    if (auto bad = utf8::find_invalid(s))
      throw DataError({lines->name(), lines->line_number(), column_of(line, starts[field] + *bad)},
                      fmt::format("invalid UTF-8 (byte 0x{:02X})", static_cast<unsigned char>(s[*bad])));
    out.clear();
    if (auto bad = tsv::unescape_to(out, s); bad != std::string_view::npos)
      throw DataError({lines->name(), lines->line_number(), column_of(line, starts[field] + bad)}, tsv::bad_escape(s, bad));
  }

  std::int64_t number(std::size_t field, std::string_view what, std::int64_t min) const {
    std::string_view s = raw(field);
    std::int64_t n = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
    if (ec != std::errc() || end != s.data() + s.size() || n < min)
      throw DataError(where(field), fmt::format("{} must be {} integer, not '{}'", what,
                                                min > 0 ? "a positive" : "a non-negative", excerpt(s)));
    return n;
  }

  // Opens the next input and reads its header; false when none is left.
  bool open_next() {
    if (next_path >= paths.size()) return false;
    lines = std::make_unique<LineReader>(paths[next_path++]);
    last_doc.clear();
    any_segment = false;
    if (!lines->next(line)) throw DataError({lines->name()}, "empty input: expected a header line of column names");
    if (line.substr(0, 3) == "\xEF\xBB\xBF") line.remove_prefix(3);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    header = line;
    columns.resize(split());
    for (std::size_t i = 0; i < columns.size(); ++i) decode(i, columns[i]);
    tsv::check_header(columns, [&](std::size_t i) { return where(i); });
    const Location header{lines->name(), 1};
    doc = require_column(columns, "doc", header);
    seg = require_column(columns, "seg", header);
    code = require_column(columns, "code", header);
    theme = require_column(columns, "theme", header);
    hits = require_column(columns, "hits", header);
    coder = kNone;
    terms = kNone;
    speaker = kNone;
    for (std::size_t i = 0; i < columns.size(); ++i) {
      if (columns[i] == "coder") coder = i;
      if (columns[i] == "speaker") speaker = i;
      if (columns[i] == "terms") terms = i;
    }
    extra_index.clear();
    for (const auto& name : extra) extra_index.push_back(require_column(columns, name, header));
    if (want_terms) terms = require_column(columns, "terms", header);
    for (const auto& name : optional) {
      auto it = std::find(columns.begin(), columns.end(), name);
      extra_index.push_back(it == columns.end() ? kNone : static_cast<std::size_t>(it - columns.begin()));
    }
    bind();
    return true;
  }

  // The columns of the filter and of the role in the current input.
  void bind() {
    if (filter) filter_index = filter->bind(columns, {lines->name(), 1});
    role = kNone;
    if (names)
      for (auto it = pseudonyms::kRoleColumns.rbegin(); it != pseudonyms::kRoleColumns.rend(); ++it)
        if (auto c = std::find(columns.begin(), columns.end(), *it); c != columns.end())
          role = static_cast<std::size_t>(c - columns.begin());
  }

  // Reads and decodes the next row of any input; false at the very end.
  bool read_row() {
    while (!lines || !lines->next(line)) {
      if (!open_next()) return false;
    }
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line == header) throw DataError({lines->name(), lines->line_number(), 1}, tsv::second_header());
    if (const std::size_t n = split(); n != columns.size())
      throw DataError({lines->name(), lines->line_number(),
                       column_of(line, n > columns.size() ? starts[columns.size()] - 1 : line.size())},
                      fmt::format("ragged row: {} fields where the header has {} columns", n, columns.size()));
    decode(doc, row.doc);
    if (row.doc.empty()) throw DataError(where(doc), "empty doc");
    row.seg = number(seg, "seg", 1);
    decode(code, row.code);
    decode(theme, row.theme);
    row.hits = number(hits, "hits", 0);
    if (coder != kNone) decode(coder, row.coder);
    if (speaker != kNone) decode(speaker, row.speaker);
    if (want_terms) decode(terms, row.terms);
    row.values.resize(extra_index.size());
    for (std::size_t i = 0; i < extra_index.size(); ++i) {
      if (extra_index[i] == kNone) row.values[i].clear();
      else decode(extra_index[i], row.values[i]);
    }
    row.filter_values.resize(filter_index.size());
    for (std::size_t i = 0; i < filter_index.size(); ++i) decode(filter_index[i], row.filter_values[i]);
    if (role != kNone) decode(role, row.role);
    row.line = lines->line_number();
    if (coder != kNone) {
      if (first_coder_line == 0) {
        first_coder = row.coder;
        first_coder_line = row.line;
        first_coder_file = lines->name();
      } else if (row.coder != first_coder) {
        throw DataError({lines->name(), row.line, column_of(line, starts[coder])},
                        fmt::format("coder '{}' after coder '{}' ({}:{}): the codings of two coders would be added "
                                    "up; analyse one coder at a time (draad agree compares coders)",
                                    excerpt(row.coder), excerpt(first_coder), first_coder_file, first_coder_line));
      }
    }
    return true;
  }

  void start_segment(CodedSegment& out) {
    if (any_segment && row.doc == last_doc) {
      if (row.seg <= last_seg)
        throw DataError({lines->name(), row.line, column_of(line, starts[seg])},
                        fmt::format("segment {} of document '{}' comes after segment {}: the rows of a segment "
                                    "must be adjacent and segments in order (as draad code writes them)",
                                    row.seg, row.doc, last_seg));
    } else {
      if (!seen_docs.insert(row.doc).second)
        throw DataError({lines->name(), row.line, column_of(line, starts[doc])},
                        fmt::format("document '{}' comes back after other documents: the rows of a document "
                                    "must be adjacent and in one input",
                                    excerpt(row.doc)));
      last_doc = row.doc;
    }
    last_seg = row.seg;
    any_segment = true;
    out.doc = row.doc;
    out.seg = row.seg;
    out.values.swap(row.values);
    out.codes.clear();
    segment_rows.clear();
    out.where = {lines->name(), row.line};
    out.coder = row.coder;
    out.speaker = row.speaker;
  }

  void add_code(CodedSegment& out) {
    for (const auto& [seen, first_line] : segment_rows)
      if (seen == row.code)
        throw DataError({lines->name(), row.line, column_of(line, starts[code])},
                        fmt::format("a second row for {} in segment {} of document '{}' (line {} is the first): a "
                                    "repeated row would be counted twice",
                                    seen.empty() ? std::string("no code") : "code '" + excerpt(seen) + "'", out.seg,
                                    excerpt(out.doc), first_line));
    segment_rows.emplace_back(row.code, row.line);
    if (!coding_applies(row.code, row.hits)) return;
    SegmentCode& c = out.codes.emplace_back();
    c.code = row.code;
    if (!row.theme.empty()) c.theme = row.theme;
    else c.theme = theme_of(row.code);
    c.hits = row.hits;
    if (want_terms) c.terms = row.terms;
  }
};

CodingReader::CodingReader(std::vector<std::string> paths, std::vector<std::string> extra, bool want_terms,
                           std::vector<std::string> optional)
    : impl_(std::make_unique<Impl>()) {
  impl_->optional = std::move(optional);
  impl_->paths = std::move(paths);
  if (impl_->paths.empty()) impl_->paths.push_back("-");
  if (std::count(impl_->paths.begin(), impl_->paths.end(), "-") > 1)
    throw UsageError("standard input (-) is named twice; it can be read once");
  impl_->extra = std::move(extra);
  impl_->want_terms = want_terms;
  impl_->open_next();
}

CodingReader::~CodingReader() = default;

const std::vector<std::string>& CodingReader::columns() const { return impl_->columns; }

void CodingReader::filter(const where::Filter& filter) {
  for (const auto& c : filter.conditions())
    for (const char* column : {"code", "theme", "hits", "terms", "negated"})
      if (c.column == column)
        throw UsageError(fmt::format("--where '{}': {} differs between the rows of one segment; --where chooses "
                                     "segments by their attributes (speaker, rol, plaats, ...)",
                                     c.text, column));
  impl_->filter = &filter;
  impl_->bind();
}

void CodingReader::observe(pseudonyms::Pseudonymiser& names) {
  impl_->names = &names;
  impl_->bind();
}

bool CodingReader::next(CodedSegment& out) {
  Impl& s = *impl_;
  while (true) {
    if (!s.pending && !s.read_row()) return false;
    s.start_segment(out);
    const bool keep = !s.filter || s.filter->matches(s.row.filter_values);
    if (s.names) s.names->observe(out.doc, out.speaker, s.row.role);
    s.add_code(out);
    s.pending = false;
    const Location first = out.where;
    while (s.read_row()) {
      if (s.row.doc != out.doc || s.row.seg != out.seg || s.lines->name() != first.file) {
        s.pending = true;
        break;
      }
      s.add_code(out);
    }
    if (keep) return true;
  }
}

}  // namespace draad
