// Reading a coding stream (DESIGN.md: `doc seg code theme coder hits terms
// negated` + the segment's columns) one segment at a time, fast enough for
// tens of millions of rows: the tables of freq, cooc and threads are built
// from it.
//
// Each line is split on tabs and its field count checked (a ragged row is a
// located DataError, as in tsv::Reader), but only the columns a caller uses
// are unescaped and checked for valid UTF-8; a text column that is not asked
// for costs one memchr.
//
// A row with a code and 0 hits (a code whose hits were all negated and
// flagged) does not apply: it is read past, like an uncoded row.
//
// The rows of one segment must be adjacent and the segments of one document
// must be adjacent and in increasing `seg` order, as `draad code` writes
// them: a segment or document that comes back later would be counted twice,
// so it is a DataError naming the line; so is a second row for the same code
// of a segment (a repeated line), and a repeated header line (streams joined
// with cat), and a coder other than the first one's (two analysts' or two
// codebook versions' codings added up). Several inputs are read in turn as
// one stream (each with its own header; a document may not span two inputs).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/error.h"
#include "stream/where.h"
#include "text/pseudonyms.h"

namespace draad {

struct SegmentCode {
  std::string code;   // theme/code
  std::string theme;  // the theme column, or the part of `code` before '/' when that is empty
  std::int64_t hits = 0;
  std::string terms;  // only filled when the reader was asked for terms
};

struct CodedSegment {
  std::string doc;
  std::int64_t seg = 0;
  std::vector<std::string> values;  // the extra columns asked for, in the order asked, then the optional ones
  std::vector<SegmentCode> codes;   // the segment's codes in stream order; empty when uncoded
  Location where;                   // file and line of the segment's first row
  std::string coder;                // the coder column of the first row ("" if there is none)
  std::string speaker;              // the speaker column ("" if there is none)
};

class CodingReader {
 public:
  // `extra` names segment-level columns the caller wants in
  // CodedSegment::values; a missing one is a DataError naming the columns the
  // stream has (with a suggestion for a typo). `optional` columns follow them
  // in values, empty when the stream lacks them. `want_terms` also decodes
  // the `terms` column. Paths are read in order ("-" is standard input).
  CodingReader(std::vector<std::string> paths, std::vector<std::string> extra, bool want_terms = false,
               std::vector<std::string> optional = {});
  ~CodingReader();
  CodingReader(const CodingReader&) = delete;
  CodingReader& operator=(const CodingReader&) = delete;

  // Hands out only the segments that pass `filter` (on their first row's
  // values). A condition on a column of the codes (code, theme, hits, terms,
  // negated) is a UsageError, since it differs between a segment's rows; a
  // column an input lacks is a DataError. Call before next().
  void filter(const where::Filter& filter);

  // Registers the speaker (with its rol/role attribute, if any) of every
  // segment read with `names`, whether the filter keeps it or not, so the
  // pseudonyms do not depend on the filter. Call before next().
  void observe(pseudonyms::Pseudonymiser& names);

  // Fills `out` with the next segment (its buffers are reused); false at the
  // end of the last input.
  bool next(CodedSegment& out);

  // The header of the input being read.
  const std::vector<std::string>& columns() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};


// The index of `column` in `columns`; otherwise a DataError at `where` naming
// the columns that exist, with a suggestion for a typo.
std::size_t require_column(const std::vector<std::string>& columns, std::string_view column, const Location& where);

}  // namespace draad
