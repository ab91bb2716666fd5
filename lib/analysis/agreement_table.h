// The tables of `draad agree`: agreement per code or theme, the disagreeing
// segments, and one coder measured against a gold standard, computed from the
// codings of several coders (coding::read_codings).
//
// A variable is a code, or a theme made of its codes. A coder's decision on a
// variable for a segment is 1 when the coder gave any of its codes, 0 when the
// coder saw the segment and could mark one of its codes but did not, and
// agreement::kMissing when the coder did not see the segment or had none of
// its codes to mark. Units are every segment some coder saw, in (doc, seg)
// order; the tables list variables in the order of Codings::codes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/agreement.h"
#include "coding/codebook.h"
#include "coding/coding_sheet.h"
#include "stream/report.h"

namespace draad::agreement {

// Any fixed value: the same input then gives the same interval.
inline constexpr std::uint64_t kDefaultSeed = 20111;
// The most bootstrap resamples: far past where the interval stops moving
// (a few thousand), and a bound on time and memory.
inline constexpr std::size_t kMaxBootstrap = 100'000;

enum class Level { code, theme };
std::string_view level_name(Level level);  // "code" or "theme"

struct Variable {
  std::string id;
  std::string label;               // from the codebook; empty without one
  std::vector<std::string> codes;  // the code itself, or the theme's codes
  bool theme = false;              // a theme: a coder who typed its id gave it too
};

// The codes or themes of `codings`; `codebook` (may be null) gives labels.
std::vector<Variable> variables(const coding::Codings& codings, const Codebook* codebook, Level level);

// One coder's decision on a variable for a unit: kMissing, 0 or 1.
int decision(const coding::CoderCodings& coder, const coding::UnitKey& unit, const Variable& variable);

// Every segment some coder saw, sorted.
std::vector<coding::UnitKey> all_units(const coding::Codings& codings);

struct TableOptions {
  Level level = Level::code;
  bool coded_only = false;    // only the segments at least one coder gave any code (the same for every variable)
  std::size_t bootstrap = 1000;  // resamples for alpha's interval; 0 for none
  std::uint64_t seed = kDefaultSeed;
  bool labels = false;        // a label column
};

// Per variable and pooled ("overall", every segment × variable a unit, its
// interval resampling whole segments): pairable units, each coder's count of
// 1s, percent agreement, Cohen's kappa (two coders only), Fleiss' kappa,
// Krippendorff's alpha and its bootstrap interval; an undefined coefficient is
// "n/a", and the notes say why.
report::Table agreement_table(const coding::Codings& codings, const std::vector<Variable>& variables,
                              const TableOptions& options);

// A unit on which the coders who decided did not all decide the same.
struct Disagreement {
  coding::UnitKey unit;
  std::vector<int> values;  // per coder, in the order of Codings::coders
};

// The disagreements on one variable, and on how many units two coders or more decided.
struct DiffGroup {
  const Variable* variable;
  std::size_t compared = 0;
  std::vector<Disagreement> items;
};

std::vector<DiffGroup> disagreements(const coding::Codings& codings, const std::vector<Variable>& variables);

// One row per disagreement: the variable, segment, speaker, an excerpt, the
// coders with and without it, and every code each coder gave the segment.
report::Table diff_table(const coding::Codings& codings, const std::vector<DiffGroup>& groups, Level level);

// The same for a person at a terminal: grouped by variable, a + or - line per
// coder (green and red when `colour`); "No disagreements." when there are none.
std::string diff_text(const coding::Codings& codings, const std::vector<DiffGroup>& groups, bool colour);

// The second coder measured against the first (the gold) on the segments both
// saw: precision, recall and F1 per code and per theme (micro-averaged
// "overall"), then the false positives (with the terms that fired) and false
// negatives per code. At Level::theme only per theme: the theme table, then
// the false positives and negatives per theme (a gold coded by theme).
// Exactly two coders, else a UsageError.
std::vector<report::Table> gold_tables(const coding::Codings& codings, const std::vector<Variable>& codes,
                                       const std::vector<Variable>& themes, bool labels, Level level = Level::code);

// A segment's text on one line, white space runs as one space, cut after
// `limit` code points with "…"; "" for a segment without text.
std::string excerpt(const coding::Codings& codings, const coding::UnitKey& unit, std::size_t limit = 100);

}  // namespace draad::agreement
