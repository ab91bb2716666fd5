// draad agree [-c CODEBOOK] [--level code|theme] [--coded-only] [--bootstrap N] [--seed S]
//             [--diff | --gold GOLD] [--where COLUMN=VALUE]... [--pseudonymise]
//             [--pseudonym-key FILE] [--format F] [-o FILE] FILE...
//
// Intercoder agreement between the coders of filled coding sheets (XLSX, CSV,
// TSV from `draad sheet`) and coding streams (`draad code`). The unit is the
// segment, aligned on (doc, seg); a segment a coder did not see is missing for
// that coder. Per code (or theme, with --level theme: present when any of its
// codes is) and overall (pooled over codes, every segment × code a unit):
// the units seen by two or more coders, how many of them each coder coded,
// percent agreement, Cohen's kappa (two coders), Fleiss' kappa and
// Krippendorff's alpha (nominal) with a percentile bootstrap 95% interval
// (resampling segments; seeded, so the same input gives the same interval).
// A coefficient that is 0/0 (no variation, no pairable unit) prints as n/a
// with a note saying why.
//
// --diff lists the disagreeing segments per code; --gold GOLD OTHER measures
// OTHER (usually `draad code` output) against the human GOLD: precision,
// recall and F1 per code and theme, and the false positives (with the terms
// that fired) and false negatives. --where leaves segments out (in every file
// that has the column, for every coder); --pseudonymise replaces the speakers
// and their names in the listed segments (a sheet has no role column: roles
// come from labels such as Gespreksleider only).

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <optional>
#include <set>

#include <fmt/format.h>

#include "analysis/agreement.h"
#include "coding/codebook.h"
#include "coding/coding_sheet.h"
#include "command.h"
#include "base/error.h"
#include "base/input.h"
#include "stream/report.h"
#include "base/utf8.h"

namespace {

using draad::coding::Codings;
using draad::coding::UnitKey;
using draad::report::Cell;
using draad::report::Column;
using draad::report::Kind;
using draad::report::Table;
namespace ag = draad::agreement;

constexpr std::uint64_t kDefaultSeed = 20111;  // any fixed value; documented in --help

// What is being compared: a code, or a theme made of codes.
struct Variable {
  std::string id;
  std::string label;
  std::vector<std::string> codes;
};

std::vector<Variable> variables(const Codings& cs, const draad::Codebook* codebook, bool themes) {
  std::vector<Variable> out;
  for (const auto& code : cs.codes) {
    const std::string id = themes ? draad::coding::theme_of(code) : code;
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

// One coder's decision on a variable for a unit: kMissing, 0 or 1.
int decision(const draad::coding::CoderCodings& coder, const UnitKey& unit, const Variable& v) {
  auto seen = coder.units.find(unit);
  if (seen == coder.units.end()) return ag::kMissing;
  bool offered = false;
  for (const auto& code : v.codes) {
    if (coder.not_offered.contains(code)) continue;
    offered = true;
    if (seen->second.contains(code)) return 1;
  }
  return offered ? 0 : ag::kMissing;
}

std::vector<UnitKey> all_units(const Codings& cs) {
  std::set<UnitKey> all;
  for (const auto& c : cs.coders)
    for (const auto& [key, codes] : c.units) all.insert(key);
  return {all.begin(), all.end()};
}

// The decisions of every coder on every unit for one variable (units × coders).
std::vector<int> decisions(const Codings& cs, const std::vector<UnitKey>& units, const Variable& v) {
  std::vector<int> out;
  out.reserve(units.size() * cs.coders.size());
  for (const auto& u : units)
    for (const auto& c : cs.coders) out.push_back(decision(c, u, v));
  return out;
}

std::string excerpt(const Codings& cs, const UnitKey& unit, std::size_t limit = 100) {
  auto it = cs.segments.find(unit);
  if (it == cs.segments.end()) return "";
  std::string out;
  std::size_t n = 0, i = 0;
  const std::string& text = it->second.text;
  bool space = false;
  while (i < text.size()) {
    char32_t c = draad::utf8::next(text, i);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (n + space >= limit) return out + "…";
    if (space) out += ' ', ++n, space = false;
    draad::utf8::append(out, c);
    ++n;
  }
  return out;
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

struct Options {
  std::string codebook, level = "code", gold, format, output;
  bool coded_only = false, diff = false;
  std::size_t bootstrap = 1000;
  std::uint64_t seed = kDefaultSeed;
  std::vector<std::string> files;
};

// --- agreement table ---

Table agreement_table(const Codings& cs, const std::vector<Variable>& vars, const Options& o, bool labels) {
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
  ag::Data pooled(k);
  std::vector<std::size_t> cluster;
  std::set<ag::Undefined> reasons;
  auto row = [&](const std::string& name, const std::string& label, const ag::Data& d,
                 std::span<const std::size_t> clusters) {
    std::vector<Cell> cells = {name};
    if (labels) cells.emplace_back(label);
    cells.emplace_back(d.pairable_units());
    for (std::size_t c = 0; c < k; ++c) {
      std::int64_t coded = 0;
      for (std::size_t u = 0; u < d.units(); ++u) coded += d.value(u, c) == 1;
      cells.emplace_back(coded);
    }
    cells.push_back(value(ag::percent_agreement(d)));
    if (k == 2) cells.push_back(value(ag::cohen_kappa(d)));
    cells.push_back(value(ag::fleiss_kappa(d)));
    auto alpha = ag::krippendorff_alpha(d);
    cells.push_back(value(alpha));
    if (o.bootstrap) {
      auto interval = ag::alpha_interval(d, o.bootstrap, o.seed, 0.95, clusters);
      cells.push_back(interval ? Cell(interval->low) : Cell("n/a"));
      cells.push_back(interval ? Cell(interval->high) : Cell("n/a"));
      if (alpha && !interval) reasons.insert(ag::Undefined::kDefined);  // the bootstrap found no variation
    }
    if (auto why = ag::why_undefined(d); why != ag::Undefined::kDefined) reasons.insert(why);
    t.rows.push_back(std::move(cells));
  };
  for (const auto& v : vars) {
    std::vector<int> all = decisions(cs, units, v);
    ag::Data d(k);
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
  if (reasons.contains(ag::Undefined::kNoVariation))
    t.notes.push_back(
        "n/a: no variation - every decision was the same (all absent or all present), so kappa and alpha are 0/0; "
        "the coders agree fully.");
  if (reasons.contains(ag::Undefined::kNoPairableUnits)) t.notes.push_back("n/a: no segment was seen by two coders.");
  if (reasons.contains(ag::Undefined::kDefined))
    t.notes.push_back("alpha interval n/a: too few disagreements for the bootstrap to vary.");
  return t;
}

// --- diff ---

struct Disagreement {
  UnitKey unit;
  std::vector<int> values;  // per coder
};

// The disagreements on one variable, and how many segments two coders or more saw.
struct DiffGroup {
  const Variable* variable;
  std::size_t compared = 0;
  std::vector<Disagreement> items;
};

std::string codes_of(const draad::coding::CoderCodings& c, const UnitKey& u) {
  auto it = c.units.find(u);
  if (it == c.units.end()) return "(not seen)";
  if (it->second.empty()) return "(none)";
  std::string out;
  for (const auto& [code, terms] : it->second) out += (out.empty() ? "" : "; ") + code;
  return out;
}

std::vector<DiffGroup> disagreements(const Codings& cs, const std::vector<Variable>& vars,
                                     const std::vector<UnitKey>& units) {
  std::vector<DiffGroup> out;
  for (const auto& v : vars) {
    DiffGroup g{&v, 0, {}};
    for (const auto& u : units) {
      std::vector<int> values;
      std::set<int> seen;
      std::size_t decided = 0;
      for (const auto& c : cs.coders) {
        values.push_back(decision(c, u, v));
        if (values.back() != ag::kMissing) seen.insert(values.back()), ++decided;
      }
      g.compared += decided >= 2;
      if (seen.size() > 1) g.items.push_back({u, std::move(values)});
    }
    out.push_back(std::move(g));
  }
  return out;
}

std::string coders_with(const Codings& cs, const Disagreement& d, int value) {
  std::vector<std::string> names;
  for (std::size_t c = 0; c < cs.coders.size(); ++c)
    if (d.values[c] == value) names.push_back(cs.coders[c].coder);
  return fmt::format("{}", fmt::join(names, ", "));
}

Table diff_table(const Codings& cs, const std::vector<DiffGroup>& groups, const std::string& level) {
  Table t;
  t.title = "Disagreements";
  t.columns = {{level}, {"doc"}, {"seg", Kind::integer}, {"speaker"}, {"excerpt"}, {"with"}, {"without"}};
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
  for (const auto& c : cs.coders) width = std::max(width, draad::utf8::count_code_points(c.coder));
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
        if (d.values[c] == ag::kMissing) continue;
        const std::string& name = cs.coders[c].coder;
        std::string line = fmt::format("  {} {}{}  {}", d.values[c] ? '+' : '-', name,
                                       std::string(width - draad::utf8::count_code_points(name), ' '),
                                       codes_of(cs.coders[c], d.unit));
        out += paint(d.values[c] ? "32" : "31", line) + "\n";
      }
    }
    out += "\n";
  }
  if (out.empty()) out = "No disagreements.\n";
  return out;
}

// --- gold ---

std::string fired_terms(const std::string& terms) {
  // `surface@start-end;...` -> "surface, surface"
  std::vector<std::string> out;
  std::string_view rest = terms;
  while (!rest.empty()) {
    auto end = rest.find(';');
    std::string_view item = rest.substr(0, end);
    rest = end == std::string_view::npos ? std::string_view{} : rest.substr(end + 1);
    if (!item.empty()) out.emplace_back(item.substr(0, item.rfind('@')));
  }
  return fmt::format("{}", fmt::join(out, ", "));
}

std::vector<Table> gold_tables(const Codings& cs, const std::vector<Variable>& codes, const std::vector<Variable>& themes,
                               bool labels) {
  if (cs.coders.size() != 2)
    throw draad::UsageError(fmt::format("--gold compares exactly two coders, the gold and one other; the files hold {}",
                                        cs.coders.size()));
  const auto& gold = cs.coders[0];
  const auto& other = cs.coders[1];
  std::vector<UnitKey> units;
  for (const auto& [key, c] : gold.units)
    if (other.units.contains(key)) units.push_back(key);

  Table fp{"False positives: " + other.coder + " coded, " + gold.coder + " did not", {{"code"}, {"doc"}, {"seg", Kind::integer}, {"speaker"}, {"terms"}, {"excerpt"}}, {}, {}};
  Table fn{"False negatives: " + gold.coder + " coded, " + other.coder + " did not", {{"code"}, {"doc"}, {"seg", Kind::integer}, {"speaker"}, {"excerpt"}}, {}, {}};
  auto measure = [&](const std::vector<Variable>& vars, const std::string& level, bool list) {
    Table t{fmt::format("{} against {} per {} ({} segments both saw)", other.coder, gold.coder, level, units.size()),
            {{level}},
            {},
            {}};
    if (labels) t.columns.push_back({"label"});
    for (const char* name : {"gold", "coded", "tp", "fp", "fn"}) t.columns.push_back({name, Kind::integer});
    for (const char* name : {"precision", "recall", "f1"}) t.columns.push_back({name, Kind::real, 3});
    ag::Confusion all;
    auto add_row = [&](const std::string& id, const std::string& label, const ag::Confusion& c) {
      std::vector<Cell> row = {id};
      if (labels) row.emplace_back(label);
      for (Cell cell : {Cell(c.true_positives + c.false_negatives), Cell(c.true_positives + c.false_positives),
                        Cell(c.true_positives), Cell(c.false_positives), Cell(c.false_negatives), value(c.precision()),
                        value(c.recall()), value(c.f1())})
        row.push_back(std::move(cell));
      t.rows.push_back(std::move(row));
    };
    for (const auto& v : vars) {
      ag::Confusion c;
      for (const auto& u : units) {
        const int g = decision(gold, u, v), x = decision(other, u, v);
        if (g == ag::kMissing || x == ag::kMissing) continue;
        if (g && x) ++c.true_positives;
        if (!g && x) {
          ++c.false_positives;
          if (list) fp.rows.push_back({v.id, u.doc, u.seg, speaker(cs, u), fired_terms(other.units.at(u).at(v.id)), excerpt(cs, u)});
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
  Table by_code = measure(codes, "code", true);
  Table by_theme = measure(themes, "theme", false);
  return {by_code, by_theme, fp, fn};
}

}  // namespace

int draad::cli::run_agree(CLI::App& app, int argc, char** argv) {
  Options o;
  app.add_option("files", o.files, "filled coding sheets (.xlsx, .csv, .tsv) and coding streams (draad code)")
      ->required();
  app.add_option("-c,--codebook", o.codebook, "check every code id against this codebook (and show labels)");
  app.add_option("--level", o.level, "code or theme (a theme is present when any of its codes is)")
      ->check(CLI::IsMember({"code", "theme"}));
  app.add_flag("--coded-only", o.coded_only, "only the segments at least one coder coded (per code)");
  app.add_option("--bootstrap", o.bootstrap, "resamples for the alpha interval; 0 for none")->capture_default_str();
  app.add_option("--seed", o.seed, "seed of the bootstrap")->capture_default_str();
  auto* diff = app.add_flag("--diff", o.diff, "list the disagreeing segments per code");
  app.add_option("--gold", o.gold, "the gold standard: measure the other file against it (precision, recall, F1)")
      ->excludes(diff);
  std::vector<std::string> where;
  draad::cli::PseudonymFlags pseudonyms;
  draad::cli::add_where_option(app, where);
  draad::cli::add_pseudonym_options(app, pseudonyms);
  draad::cli::add_table_options(app, o.format, o.output);
  app.footer(
      "Examples:\n"
      "  draad agree anna.xlsx bram.csv                   # per code: units, agree, kappa, alpha\n"
      "  draad agree anna.xlsx bram.csv carmen.tsv --level theme -c codebooks/samenleven.yaml\n"
      "  draad agree --diff anna.xlsx bram.csv            # where they disagree, segment by segment\n"
      "  draad agree anna.xlsx bram.csv --where 'speaker!=Gespreksleider'\n"
      "  draad agree --diff --pseudonymise anna.xlsx bram.csv\n"
      "  draad segment samples/ | draad code -c codebooks/samenleven.yaml > codings.tsv\n"
      "  draad agree --gold anna.xlsx codings.tsv         # the codebook measured against Anna\n"
      "Each file's coder is its coder column or its file name (anna.xlsx -> anna). A segment missing from a\n"
      "coder's file is missing data, not 'absent'. A coefficient that is 0/0 (every decision the same) prints\n"
      "n/a with a note; --bootstrap 0 skips the interval on a large corpus.");
  return draad::cli::run(app, argc, argv, [&] {
    std::optional<draad::Codebook> codebook;
    if (!o.codebook.empty()) codebook = draad::load(o.codebook);
    const draad::Codebook* cb = codebook ? &*codebook : nullptr;
    std::vector<std::string> files = o.files;
    if (!o.gold.empty()) {
      if (files.size() != 1) throw draad::UsageError("--gold GOLD takes exactly one other file to measure");
      files.insert(files.begin(), o.gold);
    }
    const draad::where::Filter filter(where);
    Codings cs = draad::coding::read_codings(files, cb, filter);
    for (const auto& notice : cs.notices) fmt::print(stderr, "draad agree: {}\n", notice);
    // The speakers of the listed segments in (doc, seg) order: the order of a stream from draad segment.
    if (pseudonyms.on)
      for (const auto& [unit, info] : cs.segments) pseudonyms.names.observe(unit.doc, info.speaker);
    for (auto& [unit, info] : cs.segments) pseudonyms.apply(unit.doc, info.speaker, info.text);
    pseudonyms.write_key();
    if (cs.coders.size() < 2)
      throw draad::DataError({draad::display_name(files.front())},
                             fmt::format("agreement needs two coders or more; the files hold {}{}", cs.coders.size(),
                                         cs.coders.empty() ? "" : " ('" + cs.coders[0].coder + "')"));
    const auto format = draad::report::choose_format(o.format, o.output);
    if (!o.gold.empty())
      return draad::report::print(gold_tables(cs, variables(cs, cb, false), variables(cs, cb, true), cb != nullptr), format, o.output);
    const auto vars = variables(cs, cb, o.level == "theme");
    if (o.diff) {
      const auto units = all_units(cs);
      const auto groups = disagreements(cs, vars, units);
      const bool to_terminal = (o.output.empty() || o.output == "-") && o.format.empty() && isatty(STDOUT_FILENO);
      if (!to_terminal) return draad::report::print({diff_table(cs, groups, o.level)}, format, o.output);
      std::string text = diff_text(cs, groups, !std::getenv("NO_COLOR"));
      std::fwrite(text.data(), 1, text.size(), stdout);
      return;
    }
    draad::report::print({agreement_table(cs, vars, o, cb != nullptr)}, format, o.output);
  });
}
