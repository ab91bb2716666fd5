// Intercoder agreement coefficients for nominal data.
//
// Reliability data are a units × coders matrix of categories (small
// non-negative integers), with kMissing where a coder made no decision about a
// unit (did not see it). In draad a unit is a segment (or a segment × code
// pair when figures are pooled over codes) and the categories are 0 = absent,
// 1 = present, but nothing here assumes two categories.
//
// Every coefficient returns nullopt when it is undefined (0/0), never NaN:
//   - no pairable unit (no unit has decisions from two coders), or
//   - no variation: every pairable decision is the same category, so no
//     disagreement is possible (expected disagreement 0). Krippendorff
//     (2011) calls such data uninformative; percent agreement is then 1.
// Callers print nullopt as "n/a" with a footnote saying which case it is.
//
// References (the tests reproduce their worked examples):
//   Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability.
//   Cohen, J. (1960). A coefficient of agreement for nominal scales.
//   Fleiss, J. L. (1971). Measuring nominal scale agreement among many raters.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace draad::agreement {

inline constexpr int kMissing = -1;

class Data {
 public:
  explicit Data(std::size_t coders) : coders_(coders) {}

  // Adds a unit: one value per coder (a category >= 0 or kMissing).
  void add_unit(std::span<const int> values);

  std::size_t coders() const { return coders_; }
  std::size_t units() const { return coders_ ? values_.size() / coders_ : 0; }
  int value(std::size_t unit, std::size_t coder) const { return values_[unit * coders_ + coder]; }
  // Units with decisions from at least two coders (the only ones that count).
  std::size_t pairable_units() const;

 private:
  std::size_t coders_;
  std::vector<int> values_;
};

// Why a coefficient is undefined; kDefined when it is not.
enum class Undefined { kDefined, kNoPairableUnits, kNoVariation };
Undefined why_undefined(const Data& data);

// Observed agreement: over pairable units, the mean share of agreeing coder
// pairs within the unit. With two coders this is the plain percent agreement
// on the units both coded. Undefined only without pairable units.
std::optional<double> percent_agreement(const Data& data);

// Cohen's kappa for exactly two coders, over the units both coded. Undefined
// for any other number of coders, and when the chance agreement is 1.
std::optional<double> cohen_kappa(const Data& data);

// Fleiss' kappa. With a varying number of decisions per unit it uses the usual
// generalisation: each pairable unit's agreement is over its own m(m-1) pairs
// and the category shares are over all decisions in pairable units; with the
// same number of coders for every unit it is exactly Fleiss (1971).
std::optional<double> fleiss_kappa(const Data& data);

// Krippendorff's alpha, nominal metric, any number of coders, missing data.
std::optional<double> krippendorff_alpha(const Data& data);

struct Interval {
  double low = 0;
  double high = 0;
};

// A percentile bootstrap interval for Krippendorff's alpha: `replicates`
// resamples (with replacement) of the pairable units, or of the clusters when
// `cluster_of_unit` is given (one cluster id per unit of `data`, e.g. the
// segment of a segment × code unit, so correlated units are resampled
// together). Replicates in which alpha is undefined are skipped. The bounds
// are the nearest-rank (1-level)/2 and (1+level)/2 quantiles. Deterministic:
// std::mt19937_64 seeded with `seed` and a portable bounded draw.
std::optional<Interval> alpha_interval(const Data& data, std::size_t replicates, std::uint64_t seed,
                                       double level = 0.95,
                                       std::span<const std::size_t> cluster_of_unit = {});

// Precision, recall and F1 of a binary decision against a gold standard.
struct Confusion {
  std::int64_t true_positives = 0;
  std::int64_t false_positives = 0;
  std::int64_t false_negatives = 0;
  std::optional<double> precision() const;  // undefined when nothing was predicted
  std::optional<double> recall() const;     // undefined when the gold has nothing
  std::optional<double> f1() const;         // undefined when neither has anything
};

}  // namespace draad::agreement
