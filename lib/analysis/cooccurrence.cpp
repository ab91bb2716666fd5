#include "analysis/cooccurrence.h"

#include <algorithm>
#include <cmath>
#include <deque>
#include <unordered_map>

#include <fmt/format.h>

#include "coding/coding_reader.h"
#include "base/error.h"
#include "base/suggest.h"

namespace draad::cooc {
namespace {

struct Stats {
  double c, expected, ratio;
};

Stats stats(std::int64_t n1, std::int64_t n2, std::int64_t n12, std::int64_t units) {
  const double expected = units ? static_cast<double>(n1) * static_cast<double>(n2) / static_cast<double>(units) : 0;
  const std::int64_t either = n1 + n2 - n12;
  return {either ? static_cast<double>(n12) / static_cast<double>(either) : std::nan(""), expected,
          expected > 0 ? static_cast<double>(n12) / expected : std::nan("")};
}

std::string title(freq::Level level, int window, std::int64_t units, std::string_view what) {
  const char* name = level == freq::Level::code ? "codes" : "themes";
  return window == 0 ? fmt::format("Co-occurrence of {} within a segment{} (N = {} segments)", name, what, units)
                     : fmt::format("Co-occurrence of {} within {} segment{} either side{} (N = {} segments)", name,
                                   window, window == 1 ? "" : "s", what, units);
}

}  // namespace

Counts count(const std::vector<std::string>& paths, freq::Level level, int window, const where::Filter& where) {
  if (window < 0) throw UsageError("the window must be 0 or more segments");
  CodingReader reader(paths, {});
  reader.filter(where);
  CodedSegment seg;
  std::vector<std::string> names;
  std::unordered_map<std::string, std::size_t> index;
  std::vector<std::int64_t> n;
  std::map<std::pair<std::size_t, std::size_t>, std::int64_t> pairs;
  std::int64_t units = 0;

  // The key sets of the current document's segments still needed by a window.
  std::deque<std::vector<std::size_t>> recent;
  std::int64_t first = 0, evaluated = 0, last = -1;  // ordinals within the document
  std::string doc;
  std::vector<std::size_t> present;
  auto evaluate = [&](std::int64_t i) {
    present.clear();
    const std::int64_t from = std::max(first, i - window), to = std::min(last, i + static_cast<std::int64_t>(window));
    for (std::int64_t j = from; j <= to; ++j) {
      const auto& keys = recent[static_cast<std::size_t>(j - first)];
      present.insert(present.end(), keys.begin(), keys.end());
    }
    std::sort(present.begin(), present.end());
    present.erase(std::unique(present.begin(), present.end()), present.end());
    ++units;
    for (std::size_t a = 0; a < present.size(); ++a) {
      ++n[present[a]];
      for (std::size_t b = a + 1; b < present.size(); ++b) ++pairs[{present[a], present[b]}];
    }
  };
  auto flush = [&](bool document_end) {
    while (evaluated <= last && (document_end || evaluated + window <= last)) evaluate(evaluated++);
    while (!recent.empty() && first < evaluated - window) {
      recent.pop_front();
      ++first;
    }
  };
  while (reader.next(seg)) {
    if (seg.doc != doc) {
      flush(true);
      recent.clear();
      first = evaluated = 0;
      last = -1;
      doc = seg.doc;
    }
    std::vector<std::size_t> keys;
    for (const auto& c : seg.codes) {
      const std::string& name = level == freq::Level::code ? c.code : c.theme;
      auto [it, added] = index.try_emplace(name, names.size());
      if (added) {
        names.push_back(name);
        n.push_back(0);
      }
      keys.push_back(it->second);
    }
    recent.push_back(std::move(keys));
    ++last;
    flush(false);
  }
  flush(true);

  // Renumber the keys in natural order so that output does not depend on
  // the order of first appearance.
  std::vector<std::size_t> order(names.size()), rank(names.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](auto a, auto b) { return report::natural_less(names[a], names[b]); });
  Counts out;
  out.units = units;
  for (std::size_t r = 0; r < order.size(); ++r) {
    rank[order[r]] = r;
    out.keys.push_back(names[order[r]]);
    out.n.push_back(n[order[r]]);
  }
  for (const auto& [p, k] : pairs) {
    auto a = rank[p.first], b = rank[p.second];
    out.pairs[{std::min(a, b), std::max(a, b)}] = k;
  }
  return out;
}

Measure parse_measure(std::string_view name) {
  if (name == "count") return Measure::count;
  if (name == "c") return Measure::c;
  if (name == "ratio") return Measure::ratio;
  const std::vector<std::string> names{"count", "c", "ratio"};
  throw UsageError(fmt::format("unknown measure '{}'{}; choose count, c or ratio", name, did_you_mean(name, names)));
}

report::Table pair_table(const Counts& counts, freq::Level level, int window) {
  const std::string name = level == freq::Level::code ? "code" : "theme";
  report::Table t;
  t.title = title(level, window, counts.units, "");
  t.columns = {{name + "1"},
               {name + "2"},
               {"n1", report::Kind::integer},
               {"n2", report::Kind::integer},
               {"n12", report::Kind::integer},
               {"c", report::Kind::real, 3},
               {"expected", report::Kind::real, 2},
               {"ratio", report::Kind::real, 2}};
  struct Row {
    std::size_t a, b;
    std::int64_t n12;
    Stats s;
  };
  std::vector<Row> rows;
  for (const auto& [p, k] : counts.pairs)
    rows.push_back({p.first, p.second, k, stats(counts.n[p.first], counts.n[p.second], k, counts.units)});
  std::stable_sort(rows.begin(), rows.end(), [](const Row& x, const Row& y) {
    if (x.n12 != y.n12) return x.n12 > y.n12;
    return x.s.c > y.s.c;  // pairs are already in key order
  });
  for (const auto& r : rows)
    t.rows.push_back({counts.keys[r.a], counts.keys[r.b], counts.n[r.a], counts.n[r.b], r.n12, r.s.c, r.s.expected,
                      r.s.ratio});
  t.notes = {"c = n12 / (n1 + n2 - n12); expected = n1 * n2 / N; ratio = n12 / expected"};
  return t;
}

report::Table matrix_table(const Counts& counts, freq::Level level, int window, Measure measure) {
  const char* what = measure == Measure::count ? ": n12" : measure == Measure::c ? ": c-coefficient" : ": observed/expected";
  report::Table t;
  t.title = title(level, window, counts.units, what);
  const auto kind = measure == Measure::count ? report::Kind::integer : report::Kind::real;
  const int digits = measure == Measure::c ? 3 : 2;
  t.columns.push_back({level == freq::Level::code ? "code" : "theme"});
  for (const auto& k : counts.keys) t.columns.push_back({k, kind, digits});
  for (std::size_t i = 0; i < counts.keys.size(); ++i) {
    std::vector<report::Cell> row{counts.keys[i]};
    for (std::size_t j = 0; j < counts.keys.size(); ++j) {
      if (i == j) {
        if (measure == Measure::count) row.emplace_back(counts.n[i]);
        else if (measure == Measure::c) row.emplace_back(1.0);
        else row.emplace_back();
        continue;
      }
      auto it = counts.pairs.find({std::min(i, j), std::max(i, j)});
      const std::int64_t n12 = it == counts.pairs.end() ? 0 : it->second;
      const Stats s = stats(counts.n[i], counts.n[j], n12, counts.units);
      if (measure == Measure::count) row.emplace_back(n12);
      else row.emplace_back(measure == Measure::c ? s.c : s.ratio);
    }
    t.rows.push_back(std::move(row));
  }
  if (measure == Measure::count) t.notes = {"the diagonal gives n, the units holding the key"};
  return t;
}

}  // namespace draad::cooc
