// The main theme of a coded segment: the one theme a reader names when asked
// what the segment is mostly about, read from its codes alone.
//
// The rule, measured against the hand-coded gold standard
// (tests/data/gold/README.md, scripts/evaluate-gold):
// 1. the theme with the most counted hits (the `hits` column summed over its
//    codes);
// 2. on a tie, the theme with more codes;
// 3. then the theme whose first hit comes first in the segment: a paragraph
//    tends to open with its topic. A code whose hits have no place in the
//    segment (an answer that took its question's codes: `terms` is empty)
//    counts as at its start;
// 4. then the theme listed first in `theme_order` (the codebook's themes in
//    the codebook's order: its author's priority); themes it does not list,
//    or all of them without it, follow in the order of their ids.
// Weighing hits by their length in words or characters, counting distinct
// words, or taking the theme named first all did worse on the gold.
//
// A segment without codes has no main theme. The codes must be the segment's
// applying codes (hits > 0), as CodingReader hands them out, with `terms`
// read when rule 3 is to see the hits' places (CodingReader's want_terms);
// without them every code counts as at the start.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "coding/coding_reader.h"

namespace draad {

// The main theme's id, a view into `codes`; empty when `codes` is.
std::string_view main_theme(const std::vector<SegmentCode>& codes, const std::vector<std::string>& theme_order = {});

}  // namespace draad
