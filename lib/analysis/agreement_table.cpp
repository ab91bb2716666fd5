#include "analysis/agreement_table.h"

#include <algorithm>
#include <optional>
#include <set>
#include <span>

#include <fmt/format.h>

#include "base/error.h"
#include "base/utf8.h"
#include "stream/record.h"

namespace draad::agreement {

using coding::Codings;
using coding::CoderCodings;
using coding::UnitKey;
using report::Cell;
using report::Kind;
using report::Table;

namespace {

// The decisions of every coder on every unit for one variable (units × coders).
std::vector<int> decisions(const Codings& cs, const std::vector<UnitKey>& units, const Variable& v) {
  std::vector<int> out;
  out.reserve(units.size() * cs.coders.size());
  for (const auto& u : units)
    for (const auto& c : cs.coders) out.push_back(decision(c, u, v));
  return out;
}

// Whether some coder gave the segment any code at all.
bool coded_by_someone(const Codings& cs, const UnitKey& unit) {
  for (const auto& c : cs.coders)
    if (auto it = c.units.find(unit); it != c.units.end() && !it->second.empty()) return true;
  return false;
}

std::string speaker(const Codings& cs, const UnitKey& unit) {
  auto it = cs.segments.find(unit);
  return it == cs.segments.end() ? "" : it->second.speaker;
}

Cell value(std::optional<double> x) { return x ? Cell(*x) : Cell("n/a"); }

bool has_na(const Table& t) {
  for (const auto& row : t.rows)
    for (const auto& cell : row)
      if (const auto* s = std::get_if<std::string>(&cell.value); s && *s == "n/a") return true;
  return false;
}

std::string codes_of(const CoderCodings& c, const UnitKey& u) {
  auto it = c.units.find(u);
  if (it == c.units.end()) return "(not seen)";
  if (it->second.empty()) return "(none)";
  std::string out;
  for (const auto& [code, terms] : it->second) out += (out.empty() ? "" : "; ") + code;
  return out;
}

std::string coders_with(const Codings& cs, const Disagreement& d, int value) {
  std::vector<std::string> names;
  for (std::size_t c = 0; c < cs.coders.size(); ++c)
    if (d.values[c] == value) names.push_back(cs.coders[c].coder);
  return fmt::format("{}", fmt::join(names, ", "));
}

// The surfaces of a hit list: "surface, surface".
std::string fired_terms(const std::string& terms) {
  std::vector<std::string> out;
  for (auto& hit : parse_hits(terms)) out.push_back(std::move(hit.surface));
  return fmt::format("{}", fmt::join(out, ", "));
}

}  // namespace

std::string_view level_name(Level level) { return level == Level::theme ? "theme" : "code"; }

std::vector<Variable> variables(const Codings& cs, const Codebook* codebook, Level level) {
  const bool themes = level == Level::theme;
  std::vector<Variable> out;
  for (const auto& code : cs.codes) {
    const std::string id = themes ? std::string(theme_of(code)) : code;
    auto it = std::find_if(out.begin(), out.end(), [&](const Variable& v) { return v.id == id; });
    if (it == out.end()) {
      std::string label;
      if (codebook) {
        if (themes) label = codebook->find_theme(id) ? codebook->find_theme(id)->label : "";
        else label = codebook->find_code(id) ? codebook->find_code(id)->label : "";
      }
      out.push_back({id, label, {}, themes});
      it = out.end() - 1;
    }
    it->codes.push_back(code);
  }
  return out;
}

int decision(const CoderCodings& coder, const UnitKey& unit, const Variable& v) {
  auto seen = coder.units.find(unit);
  if (seen == coder.units.end()) return kMissing;
  bool offered = false;
  for (const auto& code : v.codes) {
    if (coder.not_offered.contains(code)) continue;
    offered = true;
    if (seen->second.contains(code)) return 1;
  }
  if (offered && v.theme && seen->second.contains(v.id)) return 1;
  return offered ? 0 : kMissing;
}

std::vector<UnitKey> all_units(const Codings& cs) {
  std::set<UnitKey> all;
  for (const auto& c : cs.coders)
    for (const auto& [key, codes] : c.units) all.insert(key);
  return {all.begin(), all.end()};
}

std::string excerpt(const Codings& cs, const UnitKey& unit, std::size_t limit) {
  auto it = cs.segments.find(unit);
  if (it == cs.segments.end()) return "";
  std::string out;
  std::size_t n = 0, i = 0;
  const std::string& text = it->second.text;
  bool space = false;
  while (i < text.size()) {
    char32_t c = utf8::next(text, i);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (n + space >= limit) return out + "…";
    if (space) out += ' ', ++n, space = false;
    utf8::append(out, c);
    ++n;
  }
  return out;
}

Table agreement_table(const Codings& cs, const std::vector<Variable>& vars, const TableOptions& o) {
  const bool themes = o.level == Level::theme;
  const bool labels = o.labels;
  const std::string_view level = level_name(o.level);
  const std::size_t k = cs.coders.size();
  Table t;
  t.title = fmt::format("Agreement per {} ({} coders: {})", level, k,
                        fmt::join([&] {
                          std::vector<std::string> names;
                          for (const auto& c : cs.coders) names.push_back(c.coder);
                          return names;
                        }(), ", "));
  t.columns = {{std::string(level)}};
  if (labels) t.columns.push_back({"label"});
  t.columns.push_back({"units", Kind::integer});
  for (const auto& c : cs.coders) t.columns.push_back({c.coder, Kind::integer});
  t.columns.push_back({"agree", Kind::percent, 1});
  if (k == 2) t.columns.push_back({"cohen", Kind::real, 3});
  t.columns.push_back({"fleiss", Kind::real, 3});
  t.columns.push_back({"alpha", Kind::real, 3});
  if (o.bootstrap) t.columns.push_back({"alpha_low", Kind::real, 3}), t.columns.push_back({"alpha_high", Kind::real, 3});

  std::vector<UnitKey> units = all_units(cs);
  if (o.coded_only) std::erase_if(units, [&](const UnitKey& u) { return !coded_by_someone(cs, u); });
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
    cells.push_back(value(percent_agreement(d)));
    if (k == 2) cells.push_back(value(cohen_kappa(d)));
    cells.push_back(value(fleiss_kappa(d)));
    auto alpha = krippendorff_alpha(d);
    cells.push_back(value(alpha));
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
      d.add_unit(unit);
      pooled.add_unit(unit);
      cluster.push_back(u);
    }
    row(v.id, v.label, d, {});
  }
  row("overall", "", pooled, cluster);

  t.notes.push_back(fmt::format(
      "units: segments seen by two or more coders; a coder's column: how many of them that coder gave the {}.",
      themes ? "theme (any of its codes)" : "code"));
  if (o.coded_only)
    t.notes.push_back(
        "--coded-only: only the segments at least one coder gave any code; the others are left out for every "
        "code alike.");
  t.notes.push_back(fmt::format("overall: pooled over the {} {}s, every segment × {} a unit{}.", vars.size(), level, level,
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

std::vector<DiffGroup> disagreements(const Codings& cs, const std::vector<Variable>& vars) {
  const auto units = all_units(cs);
  std::vector<DiffGroup> out;
  for (const auto& v : vars) {
    DiffGroup g{&v, 0, {}};
    for (const auto& u : units) {
      std::vector<int> values;
      std::set<int> seen;
      std::size_t decided = 0;
      for (const auto& c : cs.coders) {
        values.push_back(decision(c, u, v));
        if (values.back() != kMissing) seen.insert(values.back()), ++decided;
      }
      g.compared += decided >= 2;
      if (seen.size() > 1) g.items.push_back({u, std::move(values)});
    }
    out.push_back(std::move(g));
  }
  return out;
}

Table diff_table(const Codings& cs, const std::vector<DiffGroup>& groups, Level level) {
  Table t;
  t.title = "Disagreements";
  t.columns = {{std::string(level_name(level))}, {"doc"}, {"seg", Kind::integer}, {"speaker"}, {"excerpt"}, {"with"}, {"without"}};
  for (const auto& c : cs.coders) t.columns.push_back({c.coder});
  for (const auto& g : groups)
    for (const auto& d : g.items) {
      std::vector<Cell> row = {g.variable->id, d.unit.doc, d.unit.seg, speaker(cs, d.unit), excerpt(cs, d.unit),
                               coders_with(cs, d, 1), coders_with(cs, d, 0)};
      for (const auto& c : cs.coders) row.emplace_back(codes_of(c, d.unit));
      t.rows.push_back(std::move(row));
    }
  return t;
}

// The diff for a person at a terminal: grouped by code, + and - per coder
// with all the codes that coder gave the segment.
std::string diff_text(const Codings& cs, const std::vector<DiffGroup>& groups, bool colour) {
  auto paint = [&](const char* sgr, const std::string& s) {
    return colour ? fmt::format("\x1b[{}m{}\x1b[0m", sgr, s) : s;
  };
  std::size_t width = 0;
  for (const auto& c : cs.coders) width = std::max(width, utf8::count_code_points(c.coder));
  std::string out;
  for (const auto& g : groups) {
    if (g.items.empty()) continue;
    const Variable& v = *g.variable;
    out += paint("1", fmt::format("{}{}: {} of {} segments differ", v.id, v.label.empty() ? "" : " (" + v.label + ")",
                                  g.items.size(), g.compared)) +
           "\n";
    for (const auto& d : g.items) {
      const std::string who = speaker(cs, d.unit);
      out += fmt::format("  {}{}  {}\n", paint("36", d.unit.str()), who.empty() ? "" : "  " + who, excerpt(cs, d.unit));
      for (std::size_t c = 0; c < cs.coders.size(); ++c) {
        if (d.values[c] == kMissing) continue;
        const std::string& name = cs.coders[c].coder;
        std::string line = fmt::format("  {} {}{}  {}", d.values[c] ? '+' : '-', name,
                                       std::string(width - utf8::count_code_points(name), ' '),
                                       codes_of(cs.coders[c], d.unit));
        out += paint(d.values[c] ? "32" : "31", line) + "\n";
      }
    }
    out += "\n";
  }
  if (out.empty()) out = "No disagreements.\n";
  return out;
}

std::vector<Table> gold_tables(const Codings& cs, const std::vector<Variable>& codes, const std::vector<Variable>& themes,
                               bool labels, Level level) {
  if (cs.coders.size() != 2)
    throw UsageError(fmt::format("--gold compares exactly two coders, the gold and one other; the files hold {}",
                                        cs.coders.size()));
  const auto& gold = cs.coders[0];
  const auto& other = cs.coders[1];
  std::vector<UnitKey> units;
  for (const auto& [key, c] : gold.units)
    if (other.units.contains(key)) units.push_back(key);

  const std::string listed(level_name(level));
  Table fp{"False positives: " + other.coder + " coded, " + gold.coder + " did not", {{listed}, {"doc"}, {"seg", Kind::integer}, {"speaker"}, {"terms"}, {"excerpt"}}, {}, {}};
  Table fn{"False negatives: " + gold.coder + " coded, " + other.coder + " did not", {{listed}, {"doc"}, {"seg", Kind::integer}, {"speaker"}, {"excerpt"}}, {}, {}};
  // The terms that fired for any of the variable's codes.
  auto terms = [&](const UnitKey& u, const Variable& v) {
    std::vector<std::string> out;
    const auto& given = other.units.at(u);
    for (const auto& code : v.codes)
      if (auto it = given.find(code); it != given.end() && !it->second.empty()) out.push_back(fired_terms(it->second));
    return fmt::format("{}", fmt::join(out, ", "));
  };
  auto measure = [&](const std::vector<Variable>& vars, const std::string& level, bool list) {
    Table t{fmt::format("{} against {} per {} ({} segments both saw)", other.coder, gold.coder, level, units.size()),
            {{level}},
            {},
            {}};
    if (labels) t.columns.push_back({"label"});
    for (const char* name : {"gold", "coded", "tp", "fp", "fn"}) t.columns.push_back({name, Kind::integer});
    for (const char* name : {"precision", "recall", "f1"}) t.columns.push_back({name, Kind::real, 3});
    Confusion all;
    auto add_row = [&](const std::string& id, const std::string& label, const Confusion& c) {
      std::vector<Cell> row = {id};
      if (labels) row.emplace_back(label);
      for (Cell cell : {Cell(c.true_positives + c.false_negatives), Cell(c.true_positives + c.false_positives),
                        Cell(c.true_positives), Cell(c.false_positives), Cell(c.false_negatives), value(c.precision()),
                        value(c.recall()), value(c.f1())})
        row.push_back(std::move(cell));
      t.rows.push_back(std::move(row));
    };
    for (const auto& v : vars) {
      Confusion c;
      for (const auto& u : units) {
        const int g = decision(gold, u, v), x = decision(other, u, v);
        if (g == kMissing || x == kMissing) continue;
        if (g && x) ++c.true_positives;
        if (!g && x) {
          ++c.false_positives;
          if (list) fp.rows.push_back({v.id, u.doc, u.seg, speaker(cs, u), terms(u, v), excerpt(cs, u)});
        }
        if (g && !x) {
          ++c.false_negatives;
          if (list) fn.rows.push_back({v.id, u.doc, u.seg, speaker(cs, u), excerpt(cs, u)});
        }
      }
      all.true_positives += c.true_positives, all.false_positives += c.false_positives;
      all.false_negatives += c.false_negatives;
      add_row(v.id, v.label, c);
    }
    add_row("overall", "", all);
    t.notes.push_back(fmt::format("overall: micro-average over the {} {}s.", vars.size(), level));
    if (has_na(t))
      t.notes.push_back("n/a: precision without anything coded, recall without anything in the gold, F1 without either.");
    return t;
  };
  if (level == Level::theme) {
    Table by_theme = measure(themes, "theme", true);
    return {by_theme, fp, fn};
  }
  Table by_code = measure(codes, "code", true);
  Table by_theme = measure(themes, "theme", false);
  return {by_code, by_theme, fp, fn};
}

}  // namespace draad::agreement
