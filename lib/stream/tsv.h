// The stream between tools (DESIGN.md): UTF-8, LF line ends, a header of
// column names, then one record per line, fields separated by tabs. Inside a
// field `\t`, `\n`, `\r` and `\\` are written as backslash escapes, so any
// text survives a round trip.
//
// The Reader refuses what would otherwise give a silently wrong table: a
// ragged row, a bad escape, invalid UTF-8, a duplicate or missing column.
// Each refusal is a DataError naming file, line and column. A trailing '\r'
// (a stream saved on Windows) and a BOM before the header are tolerated. A
// second header line (two streams joined with cat) is refused with a hint,
// not read as a record.
#pragma once

#include <cstdint>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/error.h"
#include "base/input.h"

namespace draad::tsv {

// Appends `field` to `out` with tab, newline, carriage return and backslash
// escaped.
void escape_to(std::string& out, std::string_view field);
std::string escape(std::string_view field);

// Appends `raw`, fields of a record as a Reader read them (Reader::raw_fields:
// escaped, tab-separated), as escape_to would write the fields they hold:
// the same bytes, but for a bare carriage return, which a line may hold and
// escape_to writes as `\r`. Writers that pass columns through use it instead
// of unescaping and escaping them again.
void append_raw(std::string& out, std::string_view raw);

// Appends the raw field `raw` (the text between two tabs) to `out` with its
// escapes decoded. Returns the byte offset in `raw` of a bad escape, or npos;
// bad_escape() gives the message for it. Every reader of draad's TSV uses
// this, so an escape means the same everywhere.
std::size_t unescape_to(std::string& out, std::string_view raw);
std::string bad_escape(std::string_view raw, std::size_t offset);

// The 1-based code point column of byte `offset` in a line of a stream, for
// the file:line:column of a message (the bytes before it need not be valid).
std::int64_t column_of(std::string_view line, std::size_t offset);

// Checks the column names of a header: none empty, none repeated, in linear
// time (a header may have 200,000 columns). `where(i)` locates column i for
// the message. Every reader of a header (streams, tables) uses it.
void check_header(const std::vector<std::string>& columns, const std::function<Location(std::size_t)>& where);

// The column names of a header for a message: all of a usual header, the
// first twenty and a count of a huge one.
std::string column_list(const std::vector<std::string>& columns);

class Reader {
 public:
  // Opens `path` ("-" for standard input) and reads the header. An empty
  // input is an error: every stream has a header.
  explicit Reader(const std::string& path);

  const std::vector<std::string>& columns() const { return columns_; }
  std::optional<std::size_t> find(std::string_view column) const;
  // The index of a column the caller cannot work without; the error names
  // the columns the stream does have.
  std::size_t require(std::string_view column) const;

  // Reads the next record; false at the end of the input.
  bool next();
  // The fields of the current record, unescaped; one per column.
  const std::vector<std::string>& fields() const { return fields_; }
  const std::string& field(std::size_t i) const { return fields_[i]; }
  // Fields [first, last) of the current record as the line has them:
  // escaped, separated by tabs; valid until the next call to next().
  std::string_view raw_fields(std::size_t first, std::size_t last) const;

  // Where the current record (and, if given, its field) is, for messages.
  Location where(std::optional<std::size_t> field = std::nullopt) const;
  const std::string& name() const { return lines_.name(); }

 private:
  LineReader lines_;
  std::vector<std::string> columns_;
  std::vector<std::string> fields_;
  // Columns are only needed for messages: they are computed from the raw
  // line on demand, which stays valid until the next call to next().
  std::string_view line_;
  std::vector<std::size_t> field_starts_;  // byte offset of each field in line_
  std::string header_;                     // the header line as read, without BOM and '\r'
};

// The message for a line that repeats the header of its stream.
std::string second_header();

// Whether the regular file at `path` starts like a draad stream (a header
// line with tab-separated columns doc and seg), whatever its name: `draad
// code` reads such a file as a stream, not as a document. A pipe or a
// device is not looked at (false): what was read from it would be gone.
bool looks_like_stream(const std::string& path);

// Whether bytes start with such a header line.
bool starts_like_stream(std::string_view head);

// Writes `bytes` (rows already escaped) to `out`; a std::runtime_error
// "write error: ..." when they do not all arrive. Writers that build rows
// faster than field by field (draad tokens, draad code) write with it.
void write_raw(std::FILE* out, std::string_view bytes);

// Writes a header on construction, then records. Output is buffered; call
// flush() (or let the destructor do it) before the process exits.
class Writer {
 public:
  Writer(std::FILE* out, std::vector<std::string> columns);
  ~Writer();
  Writer(const Writer&) = delete;
  Writer& operator=(const Writer&) = delete;

  const std::vector<std::string>& columns() const { return columns_; }

  // Writes one record; its number of fields must equal the number of columns.
  void row(const std::vector<std::string>& fields);
  void row(const std::vector<std::string_view>& fields);

  // Builds a record one field at a time; end_row() checks the count.
  Writer& field(std::string_view value);
  Writer& field(std::int64_t value);
  void end_row();

  void flush();

 private:
  std::FILE* out_;
  std::vector<std::string> columns_;
  std::string buffer_;
  std::size_t fields_in_row_ = 0;
};

}  // namespace draad::tsv
