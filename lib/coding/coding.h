// Coding records (the coding record of DESIGN.md): segment records in, coding records out.
//
// One row per (segment, code) in code id order; a segment without a code gets
// one row with an empty code and 0 hits, so every share keeps its true
// denominator. A code whose hits were all negated and flagged gets a row with
// 0 hits and those hits under `negated`: it does not apply (readers skip
// rows with 0 hits: coding_applies) but stays visible for review. Columns:
// kCodingColumns (doc seg code theme coder hits terms negated), then the
// segment's other columns in their order. `terms` and `negated` are hit lists
// (stream/record.h) with document code point offsets: the segment's start
// plus the offset in its text.
//
// A code that a segment's attributes keep away (the codebook's `where`,
// limits.h) does not apply to it. A code that an answer takes from its
// question (the codebook's `answers`, match.h) counts the question's hits
// and lists none under `terms`: they are not in the segment's text.
//
// With threads > 0, segments are coded in batches on that many threads
// besides the caller's, each with its own Matcher, and written in input
// order: the output is byte-identical whatever the number of threads. At most
// 2 * threads + 1 batches of about 256 KB (or one segment, up to 1 MB) are in
// memory, however long the stream (the first batches are smaller, so that a
// short text is coded on every thread too; a text that is one batch in all
// is coded on the caller's thread); a batch's rows hold each segment's text
// once, however many codes it has (it is repeated per row only as written).
// A segment's columns are escaped for writing as it is added, on the
// caller's thread.
#pragma once

#include <cstdint>
#include <cstdio>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/error.h"
#include "coding/match.h"
#include "stream/record.h"
#include "stream/tsv.h"

namespace draad {

class CodingWriter {
 public:
  // `segment_columns` must include doc, seg, start and text; a missing one is
  // a DataError located at line 1 of `source`. Writes the header at once.
  // Compiles `codebook` (which must outlive the writer) on a thread of its
  // own while the first segments are added; with threads == 0, on the first
  // batch. An error compiling it is thrown by add() or finish().
  CodingWriter(const Codebook& codebook, const std::vector<std::string>& segment_columns,
               const std::string& source, std::FILE* out, int threads);
  ~CodingWriter();
  CodingWriter(const CodingWriter&) = delete;
  CodingWriter& operator=(const CodingWriter&) = delete;

  // Codes one segment record (fields matching segment_columns); where()
  // locates its start for the message when that is not a number (it is only
  // called then).
  void add(const std::vector<std::string>& record, const std::function<Location()>& where);
  // The same for the current record of `in`, a segment stream whose columns
  // were segment_columns: the columns written back are copied as read, not
  // unescaped and escaped again.
  void add(const tsv::Reader& in);
  // Codes what is left and writes it; rethrows the first error of any batch
  // in input order.
  void finish();

  // Limits of the codebook on columns the segments do not have, which are
  // not applied (limits.h): for the command to say once on standard error.
  const std::vector<std::string>& warnings() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace draad
