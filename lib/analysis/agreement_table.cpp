#include "analysis/agreement_table.h"

#include <algorithm>
#include <set>

#include <fmt/format.h>

namespace draad::agreement {

using coding::Codings;
using coding::UnitKey;
using report::Cell;
using report::Kind;
using report::Table;

std::vector<Variable> variables(const Codings& cs, const Codebook* codebook, bool themes) {
  std::vector<Variable> out;
  for (const auto& code : cs.codes) {
    const std::string id = themes ? coding::theme_of(code) : code;
    if (out.empty() || out.back().id != id) {
      auto it = std::find_if(out.begin(), out.end(), [&](const Variable& v) { return v.id == id; });
      if (it == out.end()) {
        std::string label;
        if (codebook) {
          if (themes) label = codebook->find_theme(id) ? codebook->find_theme(id)->label : "";
          else label = codebook->find_code(id) ? codebook->find_code(id)->label : "";
        }
        out.push_back({id, label, {}});
        it = out.end() - 1;
      }
      it->codes.push_back(code);
      continue;
    }
    out.back().codes.push_back(code);
  }
  return out;
}

int decision(const coding::CoderCodings& coder, const UnitKey& unit, const Variable& v) {
  auto seen = coder.units.find(unit);
  if (seen == coder.units.end()) return kMissing;
  bool offered = false;
  for (const auto& code : v.codes) {
    if (coder.not_offered.contains(code)) continue;
    offered = true;
    if (seen->second.contains(code)) return 1;
  }
  return offered ? 0 : kMissing;
}

std::vector<UnitKey> all_units(const Codings& cs) {
  std::set<UnitKey> all;
  for (const auto& c : cs.coders)
    for (const auto& [key, codes] : c.units) all.insert(key);
  return {all.begin(), all.end()};
}

namespace {

// The decisions of every coder on every unit for one variable (units × coders).
std::vector<int> decisions(const Codings& cs, const std::vector<UnitKey>& units, const Variable& v) {
  std::vector<int> out;
  out.reserve(units.size() * cs.coders.size());
  for (const auto& u : units)
    for (const auto& c : cs.coders) out.push_back(decision(c, u, v));
  return out;
}

}  // namespace

report::Cell cell(std::optional<double> x) { return x ? report::Cell(*x) : report::Cell("n/a"); }

report::Table agreement_table(const Codings& cs, const std::vector<Variable>& vars, const TableOptions& o, bool labels) {
  const bool themes = o.level == "theme";
  const std::size_t k = cs.coders.size();
  Table t;
  t.title = fmt::format("Agreement per {} ({} coders: {})", o.level, k,
                        fmt::join([&] {
                          std::vector<std::string> names;
                          for (const auto& c : cs.coders) names.push_back(c.coder);
                          return names;
                        }(), ", "));
  t.columns = {{o.level}};
  if (labels) t.columns.push_back({"label"});
  t.columns.push_back({"units", Kind::integer});
  for (const auto& c : cs.coders) t.columns.push_back({c.coder, Kind::integer});
  t.columns.push_back({"agree", Kind::percent, 1});
  if (k == 2) t.columns.push_back({"cohen", Kind::real, 3});
  t.columns.push_back({"fleiss", Kind::real, 3});
  t.columns.push_back({"alpha", Kind::real, 3});
  if (o.bootstrap) t.columns.push_back({"alpha_low", Kind::real, 3}), t.columns.push_back({"alpha_high", Kind::real, 3});

  const auto units = all_units(cs);
  Data pooled(k);
  std::vector<std::size_t> cluster;
  std::set<Undefined> reasons;
  auto row = [&](const std::string& name, const std::string& label, const Data& d,
                 std::span<const std::size_t> clusters) {
    std::vector<Cell> cells = {name};
    if (labels) cells.emplace_back(label);
    cells.emplace_back(d.pairable_units());
    for (std::size_t c = 0; c < k; ++c) {
      std::int64_t coded = 0;
      for (std::size_t u = 0; u < d.units(); ++u) coded += d.value(u, c) == 1;
      cells.emplace_back(coded);
    }
    cells.push_back(cell(percent_agreement(d)));
    if (k == 2) cells.push_back(cell(cohen_kappa(d)));
    cells.push_back(cell(fleiss_kappa(d)));
    auto alpha = krippendorff_alpha(d);
    cells.push_back(cell(alpha));
    if (o.bootstrap) {
      auto interval = alpha_interval(d, o.bootstrap, o.seed, 0.95, clusters);
      cells.push_back(interval ? Cell(interval->low) : Cell("n/a"));
      cells.push_back(interval ? Cell(interval->high) : Cell("n/a"));
      if (alpha && !interval) reasons.insert(Undefined::kDefined);  // the bootstrap found no variation
    }
    if (auto why = why_undefined(d); why != Undefined::kDefined) reasons.insert(why);
    t.rows.push_back(std::move(cells));
  };
  for (const auto& v : vars) {
    std::vector<int> all = decisions(cs, units, v);
    Data d(k);
    for (std::size_t u = 0; u < units.size(); ++u) {
      std::span<const int> unit(all.data() + u * k, k);
      if (o.coded_only && std::find(unit.begin(), unit.end(), 1) == unit.end()) continue;
      d.add_unit(unit);
      pooled.add_unit(unit);
      cluster.push_back(u);
    }
    row(v.id, v.label, d, {});
  }
  row("overall", "", pooled, cluster);

  t.notes.push_back(fmt::format(
      "units: segments seen by two or more coders{}; a coder's column: how many of them that coder gave the {}.",
      o.coded_only ? " and coded by at least one (--coded-only)" : "", themes ? "theme (any of its codes)" : "code"));
  t.notes.push_back(fmt::format("overall: pooled over the {} {}s, every segment × {} a unit{}.", vars.size(), o.level, o.level,
                                o.bootstrap ? "; its interval resamples whole segments" : ""));
  if (o.bootstrap)
    t.notes.push_back(fmt::format("alpha_low, alpha_high: 95% percentile bootstrap, {} resamples of the units, seed {}.",
                                  o.bootstrap, o.seed));
  if (reasons.contains(Undefined::kNoVariation))
    t.notes.push_back(
        "n/a: no variation - every decision was the same (all absent or all present), so kappa and alpha are 0/0; "
        "the coders agree fully.");
  if (reasons.contains(Undefined::kNoPairableUnits)) t.notes.push_back("n/a: no segment was seen by two coders.");
  if (reasons.contains(Undefined::kDefined))
    t.notes.push_back("alpha interval n/a: too few disagreements for the bootstrap to vary.");
  return t;
}

}  // namespace draad::agreement
