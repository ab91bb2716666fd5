// The agreement table of draad agree (and of draad report): coders' codings
// read with coding::read_codings, compared per code or theme and overall.
//
// A variable is a code, or a theme (present when any of its codes is). A
// coder's decision on a segment is missing when the coder did not see it or
// had no way to mark any of the variable's codes. Per variable: the units seen
// by two or more coders, how many of them each coder coded, percent
// agreement, Cohen's kappa (two coders), Fleiss' kappa and Krippendorff's
// alpha with a seeded percentile bootstrap 95% interval; `overall` pools every
// segment × variable, its interval resampling whole segments. Undefined
// coefficients are "n/a" cells with a note saying why.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "analysis/agreement.h"
#include "coding/codebook.h"
#include "coding/coding_sheet.h"
#include "stream/report.h"

namespace draad::agreement {

inline constexpr std::uint64_t kDefaultSeed = 20111;  // any fixed value; documented in --help

// What is being compared: a code, or a theme made of codes.
struct Variable {
  std::string id;
  std::string label;  // from the codebook, when one is given
  std::vector<std::string> codes;
};

// The codes (or themes) of `codings` in their order; `codebook` may be null.
std::vector<Variable> variables(const coding::Codings& codings, const Codebook* codebook, bool themes);

// One coder's decision on a variable for a unit: kMissing, 0 or 1.
int decision(const coding::CoderCodings& coder, const coding::UnitKey& unit, const Variable& v);

// Every unit any coder saw, in order.
std::vector<coding::UnitKey> all_units(const coding::Codings& codings);

// An "n/a" cell for an undefined coefficient.
report::Cell cell(std::optional<double> x);

struct TableOptions {
  std::string level = "code";  // or "theme"
  bool coded_only = false;     // only units at least one coder coded (per variable)
  std::size_t bootstrap = 1000;  // resamples for the alpha interval; 0 for none
  std::uint64_t seed = kDefaultSeed;
};

// The table: level [label] units <coder...> agree [cohen] fleiss alpha
// [alpha_low alpha_high], a row per variable and `overall`, with notes; the
// label column when `labels`.
report::Table agreement_table(const coding::Codings& codings, const std::vector<Variable>& vars,
                              const TableOptions& options, bool labels);

}  // namespace draad::agreement
