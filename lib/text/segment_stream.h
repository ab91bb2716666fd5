// Checking the segment records that readers of a segment stream take in
// (code, tokens, kwic). draad segment always writes them right; a stream
// edited by hand, joined with cat or made by another program may not be, and
// a wrong field would give hit offsets outside the segment or a segment
// counted twice without a word.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "stream/tsv.h"

namespace draad {

struct SegmentFields {
  std::int64_t seg = 0;
  std::int64_t start = 0;
};

class SegmentChecker {
 public:
  // Takes the columns from `in`'s header: doc, seg and text are required;
  // start and end are checked when present (start counts as 0 when absent).
  explicit SegmentChecker(const tsv::Reader& in);

  // Checks the current record of `in`, or throws a DataError at the field:
  // an empty doc; a seg that is not a positive whole number; a start that is
  // not a non-negative offset; an end before start; a text over
  // kMaxSegmentBytes; a document whose segments are not in increasing seg order or that comes back after another document; and
  // a (doc, seg) seen just before, named as an exact duplicate or as two
  // different segments with one number.
  SegmentFields check(const tsv::Reader& in);

 private:
  std::size_t doc_, seg_, text_;
  std::optional<std::size_t> start_, end_, unit_;
  std::unordered_set<std::string> done_docs_;
  std::string last_doc_;
  std::int64_t last_seg_ = 0, last_line_ = 0;
  std::vector<std::string> last_fields_;  // the previous record's
};

}  // namespace draad
