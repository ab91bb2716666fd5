// Theme and code frequencies (draad freq): how many segments, hits,
// documents and speakers each code or theme has, per group of segments.
// At the main-theme level each coded segment counts once, under its main
// theme (analysis/main_theme.h), with that theme's hits: the shares of a
// group's segments then add up to the share of its coded segments.
//
// Counting rules, the same for every group:
// - segments: distinct segments (doc, seg) carrying the key. At the theme
//   level a segment with two codes of one theme counts once for that theme;
//   its hits are the sum of both codes' hits.
// - hits: the `hits` column summed.
// - docs: distinct documents; speakers: distinct non-empty (doc, speaker)
//   pairs, so `Fatima` in two sessions counts as two speakers.
// - Two further rows give the denominators: `(any)` counts segments with at
//   least one key, `(all)` every segment of the group, uncoded ones included
//   (the coding stream has one empty-code row for each of them).
// - A group is a combination of values of the grouping columns (segment
//   columns such as doc, speaker, sessie, plaats or any attribute); the
//   total column counts over all groups, with docs and speakers distinct over
//   the whole input, not summed.
// - A share is a count divided by the same measure of the group's `(all)`
//   row: segments of a theme / all segments of the group, docs / all docs of
//   the group, and so on.
//
// Memory grows with keys × groups (and the number of documents), never with
// the number of rows.
//
// Partial counts: a Tally written with write_partial() and read back with
// merge() adds up to exactly the Tally of the whole input, provided the parts
// hold disjoint sets of documents (split a corpus by documents). The partial
// is a TSV stream with the columns
//   kind <level> <grouping columns...> segments hits docs speakers
// where kind is `key`, `any` or `all` for a cell of a group, the same with
// `-total` for a cell of the total column (grouping columns empty), or `doc`
// for a document the part counted (its id in the level column); the doc rows
// let merge() refuse a document counted in two parts.
#pragma once

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "stream/report.h"
#include "stream/where.h"

namespace draad::freq {

enum class Level { code, theme, main_theme };
enum class Measure { segments, hits, docs, speakers };

// "segments", "hits", "docs" or "speakers"; otherwise a UsageError.
Measure parse_measure(std::string_view name);

struct Counts {
  std::int64_t segments = 0;
  std::int64_t hits = 0;
  std::int64_t docs = 0;
  std::int64_t speakers = 0;

  std::int64_t get(Measure m) const;
  Counts& operator+=(const Counts& other);
};

// What a `--by` list means: its first key is the level (code, theme, or main
// for the main theme), the rest name grouping columns. Any other first key, a
// repeated key, or a level as a grouping column is a UsageError.
struct Grouping {
  Level level = Level::theme;
  std::vector<std::string> columns;
};
Grouping parse_by(std::string_view by);
// The grouping a partial tally was made with, read from its header.
Grouping partial_grouping(const std::string& path);

enum class Sort { name, count };

struct TableOptions {
  Measure measure = Measure::segments;  // the cells of a cross table; the order of --sort count
  bool percent = false;                 // cross-table cells as shares of the group's (all) row
  bool long_form = false;               // one row per key and group with every measure
  Sort sort = Sort::name;
};

class Tally {
 public:
  explicit Tally(Grouping grouping);
  ~Tally();
  Tally(const Tally&) = delete;
  Tally& operator=(const Tally&) = delete;

  // Counts the coding streams `paths` (read in turn; "-" is standard input).
  // Bad rows are DataErrors naming file, line and column.
  // Only the segments `where` keeps are counted (their denominators too).
  // `theme_order` (the codebook's themes) breaks an exact tie between main
  // themes (analysis/main_theme.h); without it the tie goes by id.
  void count(const std::vector<std::string>& paths, const where::Filter& where = {},
             const std::vector<std::string>& theme_order = {});

  // Adds partial tallies written by write_partial(). A partial made with
  // another --by, or a document counted in two partials (or already counted),
  // is a DataError naming the file.
  void merge(const std::vector<std::string>& paths);

  void write_partial(std::FILE* out) const;

  // The frequency table. Without grouping columns, or with long_form, it has
  // one row per key (and group) with every measure and the share of
  // segments; otherwise it is key × group for `measure`, with a total column.
  // Either way the `(any)` and `(all)` rows close each group.
  report::Table table(const TableOptions& options) const;

  const Grouping& grouping() const { return grouping_; }

 private:
  struct State;
  Grouping grouping_;
  std::unique_ptr<State> state_;
};

}  // namespace draad::freq
