// Co-occurrence of codes or themes (draad cooc).
//
// The unit is the segment. With a window of N, a key is present in segment
// i's unit when it occurs in a segment of the same document at most N
// segments away (in stream order), so window 0 is co-occurrence within one
// segment. Over all units (N units = every segment, uncoded ones included):
//   n1, n2     units where key 1 (key 2) is present
//   n12        units where both are present
//   c          n12 / (n1 + n2 - n12): the c-coefficient of ATLAS.ti, the
//              Jaccard index of the two sets of units (0 none, 1 always together)
//   expected   n1 * n2 / N: the units expected to hold both if the keys
//              occurred independently of each other
//   ratio      n12 / expected: above 1 the keys meet more often than chance
// Memory grows with the number of key pairs and the window, not with the
// input.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "analysis/frequency.h"
#include "stream/report.h"

namespace draad::cooc {

struct Counts {
  std::vector<std::string> keys;                              // sorted in natural order
  std::vector<std::int64_t> n;                                // units per key
  std::map<std::pair<std::size_t, std::size_t>, std::int64_t> pairs;  // (i < j) -> n12, only when > 0
  std::int64_t units = 0;
};

// Counts the coding streams `paths` ("-" is standard input), only the
// segments `where` keeps (a window then spans kept segments).
Counts count(const std::vector<std::string>& paths, freq::Level level, int window, const where::Filter& where = {});

enum class Measure { count, c, ratio };
// "count", "c" or "ratio"; otherwise a UsageError.
Measure parse_measure(std::string_view name);

// One row per pair that co-occurs at least once: key1 key2 n1 n2 n12 c
// expected ratio, ordered by n12 (descending), then c, then the keys.
report::Table pair_table(const Counts& counts, freq::Level level, int window);

// key × key for `measure`; the diagonal holds n (count), 1 (c) or is empty
// (ratio).
report::Table matrix_table(const Counts& counts, freq::Level level, int window, Measure measure);

}  // namespace draad::cooc
