#include "analysis/agreement.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <random>
#include <stdexcept>

namespace draad::agreement {

void Data::add_unit(std::span<const int> values) {
  if (values.size() != coders_) throw std::logic_error("agreement::Data: one value per coder expected");
  values_.insert(values_.end(), values.begin(), values.end());
}

namespace {

// What every coefficient needs of the data: per pairable unit, how many of
// its decisions fell in each category. Categories are renumbered densely.
struct Counts {
  std::size_t categories = 0;
  std::vector<std::int64_t> cells;  // units × categories
  std::vector<std::size_t> unit;    // the Data unit of each row
  std::size_t rows() const { return categories ? cells.size() / categories : 0; }
  const std::int64_t* row(std::size_t r) const { return cells.data() + r * categories; }
};

Counts count(const Data& data) {
  std::map<int, std::size_t> dense;
  for (std::size_t u = 0; u < data.units(); ++u)
    for (std::size_t c = 0; c < data.coders(); ++c)
      if (int v = data.value(u, c); v != kMissing) dense.emplace(v, 0);
  Counts out;
  out.categories = dense.size();
  std::size_t next = 0;
  for (auto& [value, index] : dense) index = next++;
  std::vector<std::int64_t> row(out.categories);
  for (std::size_t u = 0; u < data.units(); ++u) {
    std::fill(row.begin(), row.end(), 0);
    int m = 0;
    for (std::size_t c = 0; c < data.coders(); ++c)
      if (int v = data.value(u, c); v != kMissing) ++row[dense[v]], ++m;
    if (m < 2) continue;
    out.cells.insert(out.cells.end(), row.begin(), row.end());
    out.unit.push_back(u);
  }
  return out;
}

// The sufficient statistics of alpha over a multiset of pairable units:
// observed disagreement (coincidences off the diagonal) and the category
// totals. Units add up, which is what makes the bootstrap cheap.
struct AlphaSums {
  double disagreement = 0;
  std::vector<std::int64_t> totals;

  void add(const AlphaSums& other, std::int64_t times = 1) {
    disagreement += other.disagreement * static_cast<double>(times);
    if (totals.size() < other.totals.size()) totals.resize(other.totals.size());
    for (std::size_t k = 0; k < other.totals.size(); ++k) totals[k] += other.totals[k] * times;
  }
  auto operator<=>(const AlphaSums&) const = default;
  std::optional<double> alpha() const {
    std::int64_t n = 0, same = 0;
    for (auto t : totals) n += t, same += t * t;
    if (n < 2 || n * n == same) return std::nullopt;
    // alpha = 1 - Do/De with Do = disagreement / n and De = (n² - Σ n_c²) / (n (n-1)).
    return 1.0 - static_cast<double>(n - 1) * disagreement / static_cast<double>(n * n - same);
  }
};

AlphaSums unit_sums(const Counts& counts, std::size_t r) {
  AlphaSums s;
  const std::int64_t* row = counts.row(r);
  s.totals.assign(row, row + counts.categories);
  std::int64_t m = 0, same = 0;
  for (std::size_t k = 0; k < counts.categories; ++k) m += row[k], same += row[k] * row[k];
  s.disagreement = static_cast<double>(m * m - same) / static_cast<double>(m - 1);
  return s;
}

// Uniform draws in [0, n) that give the same sequence on every standard
// library (std::uniform_int_distribution does not promise that): Lemire's
// multiply-and-reject on 32-bit halves of std::mt19937_64's output.
class Draws {
 public:
  explicit Draws(std::uint64_t seed) : rng_(seed) {}
  std::uint32_t below(std::uint32_t n) {
    std::uint64_t m = std::uint64_t{next()} * n;
    if (static_cast<std::uint32_t>(m) < n) {
      const std::uint32_t threshold = static_cast<std::uint32_t>(-n) % n;
      while (static_cast<std::uint32_t>(m) < threshold) m = std::uint64_t{next()} * n;
    }
    return static_cast<std::uint32_t>(m >> 32);
  }

 private:
  std::uint32_t next() {
    if (spare_) {
      spare_ = false;
      return static_cast<std::uint32_t>(bits_ >> 32);
    }
    bits_ = rng_();
    spare_ = true;
    return static_cast<std::uint32_t>(bits_);
  }
  std::mt19937_64 rng_;
  std::uint64_t bits_ = 0;
  bool spare_ = false;
};

std::optional<double> ratio(std::int64_t num, std::int64_t den) {
  if (den == 0) return std::nullopt;
  return static_cast<double>(num) / static_cast<double>(den);
}

}  // namespace

std::size_t Data::pairable_units() const { return count(*this).rows(); }

Undefined why_undefined(const Data& data) {
  Counts counts = count(data);
  if (counts.rows() == 0) return Undefined::kNoPairableUnits;
  std::size_t used = 0;
  for (std::size_t k = 0; k < counts.categories; ++k) {
    bool any = false;
    for (std::size_t r = 0; r < counts.rows() && !any; ++r) any = counts.row(r)[k] > 0;
    used += any;
  }
  return used < 2 ? Undefined::kNoVariation : Undefined::kDefined;
}

std::optional<double> percent_agreement(const Data& data) {
  Counts counts = count(data);
  if (counts.rows() == 0) return std::nullopt;
  double sum = 0;
  for (std::size_t r = 0; r < counts.rows(); ++r) {
    std::int64_t m = 0, agreeing = 0;
    for (std::size_t k = 0; k < counts.categories; ++k) {
      const std::int64_t n = counts.row(r)[k];
      m += n, agreeing += n * (n - 1);
    }
    sum += static_cast<double>(agreeing) / static_cast<double>(m * (m - 1));
  }
  return sum / static_cast<double>(counts.rows());
}

std::optional<double> cohen_kappa(const Data& data) {
  if (data.coders() != 2) return std::nullopt;
  std::map<int, std::pair<std::int64_t, std::int64_t>> marginals;
  std::int64_t n = 0, agree = 0;
  for (std::size_t u = 0; u < data.units(); ++u) {
    const int a = data.value(u, 0), b = data.value(u, 1);
    if (a == kMissing || b == kMissing) continue;
    ++n, agree += a == b;
    ++marginals[a].first, ++marginals[b].second;
  }
  std::int64_t chance = 0;  // n² × expected agreement, exact
  for (const auto& [category, m] : marginals) chance += m.first * m.second;
  if (n == 0 || chance == n * n) return std::nullopt;
  // kappa = (po - pe) / (1 - pe), multiplied through by n².
  return static_cast<double>(agree * n - chance) / static_cast<double>(n * n - chance);
}

std::optional<double> fleiss_kappa(const Data& data) {
  Counts counts = count(data);
  if (counts.rows() == 0) return std::nullopt;
  std::vector<std::int64_t> totals(counts.categories);
  std::int64_t decisions = 0;
  double observed = 0;
  for (std::size_t r = 0; r < counts.rows(); ++r) {
    std::int64_t m = 0, agreeing = 0;
    for (std::size_t k = 0; k < counts.categories; ++k) {
      const std::int64_t n = counts.row(r)[k];
      m += n, agreeing += n * (n - 1), totals[k] += n;
    }
    decisions += m;
    observed += static_cast<double>(agreeing) / static_cast<double>(m * (m - 1));
  }
  observed /= static_cast<double>(counts.rows());
  std::int64_t same = 0;
  for (auto t : totals) same += t * t;
  if (same == decisions * decisions) return std::nullopt;
  const double expected = static_cast<double>(same) / static_cast<double>(decisions * decisions);
  return (observed - expected) / (1 - expected);
}

std::optional<double> krippendorff_alpha(const Data& data) {
  Counts counts = count(data);
  AlphaSums sums;
  for (std::size_t r = 0; r < counts.rows(); ++r) sums.add(unit_sums(counts, r));
  return sums.alpha();
}

std::optional<Interval> alpha_interval(const Data& data, std::size_t replicates, std::uint64_t seed, double level,
                                       std::span<const std::size_t> cluster_of_unit) {
  if (!cluster_of_unit.empty() && cluster_of_unit.size() != data.units())
    throw std::logic_error("alpha_interval: one cluster per unit expected");
  Counts counts = count(data);
  // One resampling block per cluster (or per pairable unit), in order of first appearance.
  std::vector<AlphaSums> blocks;
  std::map<std::size_t, std::size_t> block_of_cluster;
  for (std::size_t r = 0; r < counts.rows(); ++r) {
    std::size_t b = blocks.size();
    if (!cluster_of_unit.empty()) b = block_of_cluster.emplace(cluster_of_unit[counts.unit[r]], b).first->second;
    if (b == blocks.size()) blocks.emplace_back();
    blocks[b].add(unit_sums(counts, r));
  }
  if (blocks.empty() || replicates == 0) return std::nullopt;
  if (blocks.size() > std::numeric_limits<std::uint32_t>::max())
    throw std::length_error("alpha_interval: too many units to resample");
  // Identical blocks (most segments are "absent" for everyone) are one type: a
  // replicate needs only how often each type was drawn.
  std::vector<AlphaSums> types;
  std::vector<std::uint32_t> type_of_block;
  {
    std::map<AlphaSums, std::uint32_t> index;
    for (const auto& b : blocks) {
      auto [it, fresh] = index.try_emplace(b, static_cast<std::uint32_t>(types.size()));
      if (fresh) types.push_back(b);
      type_of_block.push_back(it->second);
    }
  }
  Draws draws(seed);
  const auto n = static_cast<std::uint32_t>(blocks.size());
  std::vector<std::int64_t> drawn(types.size());
  std::vector<double> values;
  values.reserve(replicates);
  for (std::size_t i = 0; i < replicates; ++i) {
    std::fill(drawn.begin(), drawn.end(), 0);
    for (std::uint32_t j = 0; j < n; ++j) ++drawn[type_of_block[draws.below(n)]];
    AlphaSums sums;
    sums.totals.assign(counts.categories, 0);
    for (std::size_t t = 0; t < types.size(); ++t)
      if (drawn[t]) sums.add(types[t], drawn[t]);
    if (auto a = sums.alpha()) values.push_back(*a);
  }
  if (values.empty()) return std::nullopt;
  std::sort(values.begin(), values.end());
  auto quantile = [&](double p) {
    auto rank = static_cast<std::size_t>(std::ceil(p * static_cast<double>(values.size())));
    return values[std::clamp<std::size_t>(rank, 1, values.size()) - 1];
  };
  return Interval{quantile((1 - level) / 2), quantile((1 + level) / 2)};
}

std::optional<double> Confusion::precision() const { return ratio(true_positives, true_positives + false_positives); }
std::optional<double> Confusion::recall() const { return ratio(true_positives, true_positives + false_negatives); }
std::optional<double> Confusion::f1() const {
  return ratio(2 * true_positives, 2 * true_positives + false_positives + false_negatives);
}

}  // namespace draad::agreement
