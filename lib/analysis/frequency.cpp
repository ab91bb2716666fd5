#include "analysis/frequency.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>

#include "analysis/main_theme.h"
#include "coding/coding_reader.h"
#include "base/error.h"
#include "base/suggest.h"
#include "stream/tsv.h"

namespace draad::freq {
namespace {

constexpr std::size_t kAll = 0;    // key: every segment
constexpr std::size_t kAny = 1;    // key: segments with at least one key
constexpr std::size_t kTotal = 0;  // group: the total column

constexpr std::string_view kMeasureNames[] = {"segments", "hits", "docs", "speakers"};

// Each level as --by names it, as its column in tables and partials, and in
// a table's title and its (any ...) row.
struct LevelNames {
  Level level;
  std::string_view by, column, words;
};
constexpr LevelNames kLevels[] = {{Level::code, "code", "code", "code"},
                                  {Level::theme, "theme", "theme", "theme"},
                                  {Level::main_theme, "main", "main_theme", "main theme"}};

const LevelNames& names_of(Level level) {
  return *std::find_if(std::begin(kLevels), std::end(kLevels), [&](const LevelNames& n) { return n.level == level; });
}
std::string level_name(Level level) { return std::string(names_of(level).column); }

// The level a --by key (by) or a partial's column (column) names, if any.
const LevelNames* find_level(std::string_view name, std::string_view LevelNames::*field) {
  const auto it = std::find_if(std::begin(kLevels), std::end(kLevels), [&](const LevelNames& n) { return n.*field == name; });
  return it == std::end(kLevels) ? nullptr : it;
}

std::uint64_t cell_key(std::size_t key, std::size_t group) {
  return (static_cast<std::uint64_t>(key) << 32) | static_cast<std::uint64_t>(group);
}

struct PairHash {
  std::size_t operator()(const std::pair<std::uint64_t, std::size_t>& p) const {
    return std::hash<std::uint64_t>{}(p.first * 0x9E3779B97F4A7C15ull ^ p.second);
  }
};

// The group value list of a tsv-escaped, tab-joined group key.
std::vector<std::string> group_values(const std::string& key, std::size_t columns) {
  std::vector<std::string> out;
  if (columns == 0) return out;
  std::size_t at = 0;
  for (;;) {
    std::size_t tab = key.find('\t', at);
    std::string_view raw = std::string_view(key).substr(at, tab == std::string::npos ? std::string::npos : tab - at);
    std::string value;
    for (std::size_t i = 0; i < raw.size(); ++i) {
      if (raw[i] == '\\' && i + 1 < raw.size()) {
        char c = raw[++i];
        value += c == 't' ? '\t' : c == 'n' ? '\n' : c == 'r' ? '\r' : c;
      } else {
        value += raw[i];
      }
    }
    out.push_back(std::move(value));
    if (tab == std::string::npos) break;
    at = tab + 1;
  }
  return out;
}

}  // namespace

Measure parse_measure(std::string_view name) {
  for (std::size_t i = 0; i < std::size(kMeasureNames); ++i)
    if (name == kMeasureNames[i]) return static_cast<Measure>(i);
  std::vector<std::string> names(std::begin(kMeasureNames), std::end(kMeasureNames));
  throw UsageError(fmt::format("unknown count '{}'{}; choose one of {}", name, did_you_mean(name, names),
                               fmt::join(names, ", ")));
}

std::int64_t Counts::get(Measure m) const {
  switch (m) {
    case Measure::segments: return segments;
    case Measure::hits: return hits;
    case Measure::docs: return docs;
    case Measure::speakers: return speakers;
  }
  return 0;
}

Counts& Counts::operator+=(const Counts& o) {
  segments += o.segments;
  hits += o.hits;
  docs += o.docs;
  speakers += o.speakers;
  return *this;
}

Grouping parse_by(std::string_view by) {
  Grouping g;
  std::vector<std::string> keys;
  std::size_t at = 0;
  for (;;) {
    std::size_t comma = by.find(',', at);
    std::string_view key = by.substr(at, comma == std::string_view::npos ? std::string_view::npos : comma - at);
    while (!key.empty() && key.front() == ' ') key.remove_prefix(1);
    while (!key.empty() && key.back() == ' ') key.remove_suffix(1);
    if (key.empty()) throw UsageError(fmt::format("--by '{}' has an empty key", by));
    if (std::find(keys.begin(), keys.end(), key) != keys.end())
      throw UsageError(fmt::format("--by names '{}' twice", key));
    keys.emplace_back(key);
    if (comma == std::string_view::npos) break;
    at = comma + 1;
  }
  const LevelNames* level = find_level(keys[0], &LevelNames::by);
  if (!level)
    throw UsageError(fmt::format(
        "--by starts with what is counted, code, theme or main (the main theme) (e.g. --by theme,{}), not '{}'",
        keys[0], keys[0]));
  g.level = level->level;
  for (std::size_t i = 1; i < keys.size(); ++i) {
    if (find_level(keys[i], &LevelNames::by))
      throw UsageError(
          fmt::format("--by can count codes, themes or main themes, not group by them: '{}' must come first", keys[i]));
    g.columns.push_back(keys[i]);
  }
  return g;
}

namespace {

std::vector<std::string> partial_columns(const Grouping& g) {
  std::vector<std::string> columns{"kind", level_name(g.level)};
  columns.insert(columns.end(), g.columns.begin(), g.columns.end());
  for (auto m : kMeasureNames) columns.emplace_back(m);
  return columns;
}

}  // namespace

Grouping partial_grouping(const std::string& path) {
  if (path == "-") throw UsageError("with --merge from standard input, give --by as well");
  tsv::Reader reader(path);
  const auto& c = reader.columns();
  const LevelNames* level = c.size() < 6 ? nullptr : find_level(c[1], &LevelNames::column);
  if (!level || c[0] != "kind" || !std::equal(c.end() - 4, c.end(), std::begin(kMeasureNames)))
    throw DataError({reader.name(), 1}, "not a partial tally (made with draad freq --partial): the header is '" +
                                            tsv::column_list(c) + "'");
  Grouping g;
  g.level = level->level;
  g.columns.assign(c.begin() + 2, c.end() - 4);
  return g;
}

struct Tally::State {
  struct Cell {
    Counts counts;
    std::int64_t last_doc = -1;  // ordinal of the last document counted into counts.docs
  };
  std::vector<std::string> keys{"", ""};  // kAll, kAny, then codes or themes
  std::unordered_map<std::string, std::size_t> key_index;
  std::vector<std::string> groups{""};  // kTotal, then tab-joined escaped values
  std::unordered_map<std::string, std::size_t> group_index;
  std::unordered_map<std::uint64_t, Cell> cells;
  std::vector<std::string> docs;
  std::unordered_set<std::string> doc_set;

  static std::size_t intern(std::vector<std::string>& names, std::unordered_map<std::string, std::size_t>& index,
                            const std::string& name) {
    auto [it, added] = index.try_emplace(name, names.size());
    if (added) names.push_back(name);
    return it->second;
  }

  Counts counts(std::size_t key, std::size_t group) const {
    auto it = cells.find(cell_key(key, group));
    return it == cells.end() ? Counts{} : it->second.counts;
  }
};

Tally::Tally(Grouping grouping) : grouping_(std::move(grouping)), state_(std::make_unique<State>()) {}
Tally::~Tally() = default;

void Tally::count(const std::vector<std::string>& paths, const where::Filter& where,
                  const std::vector<std::string>& theme_order) {
  State& st = *state_;
  const bool main = grouping_.level == Level::main_theme;
  CodingReader reader(paths, grouping_.columns, /*want_terms=*/main);
  reader.filter(where);
  CodedSegment seg;
  std::string group_key;
  std::vector<std::pair<std::size_t, std::int64_t>> seg_keys;  // distinct keys of a segment with their hits
  std::unordered_map<std::string, std::size_t> speakers;       // of the current document
  std::unordered_set<std::pair<std::uint64_t, std::size_t>, PairHash> speaker_cells;  // (cell, speaker) seen in it
  std::int64_t doc = -1;
  while (reader.next(seg)) {
    if (doc < 0 || seg.doc != st.docs.back()) {
      if (!st.doc_set.insert(seg.doc).second)
        throw DataError(seg.where, fmt::format("document '{}' is counted already (in a merged partial)", seg.doc));
      st.docs.push_back(seg.doc);
      doc = static_cast<std::int64_t>(st.docs.size()) - 1;
      speakers.clear();
      speaker_cells.clear();
    }
    group_key.clear();
    for (std::size_t i = 0; i < seg.values.size(); ++i) {
      if (i) group_key += '\t';
      tsv::escape_to(group_key, seg.values[i]);
    }
    const std::size_t group = State::intern(st.groups, st.group_index, group_key);
    seg_keys.clear();
    std::int64_t all_hits = 0;
    const std::string_view main_key = main ? main_theme(seg.codes, theme_order) : std::string_view();
    for (const auto& c : seg.codes) {
      if (main && c.theme != main_key) continue;
      const std::size_t key = State::intern(st.keys, st.key_index, grouping_.level == Level::code ? c.code : c.theme);
      auto it = std::find_if(seg_keys.begin(), seg_keys.end(), [&](const auto& p) { return p.first == key; });
      if (it == seg_keys.end()) seg_keys.emplace_back(key, c.hits);
      else it->second += c.hits;
    }
    for (const auto& c : seg.codes) all_hits += c.hits;
    const std::size_t speaker =
        seg.speaker.empty() ? 0 : speakers.try_emplace(seg.speaker, speakers.size() + 1).first->second;
    auto add = [&](std::size_t key, std::int64_t hits) {
      for (std::size_t g : {group, kTotal}) {
        const std::uint64_t k = cell_key(key, g);
        State::Cell& cell = st.cells[k];
        cell.counts.segments += 1;
        cell.counts.hits += hits;
        if (cell.last_doc != doc) {
          cell.counts.docs += 1;
          cell.last_doc = doc;
        }
        if (speaker && speaker_cells.emplace(k, speaker).second) cell.counts.speakers += 1;
      }
    };
    for (const auto& [key, hits] : seg_keys) add(key, hits);
    if (!seg_keys.empty()) add(kAny, all_hits);
    add(kAll, all_hits);
  }
}

namespace {

const std::string_view kKinds[] = {"all", "any", "key"};

}  // namespace

void Tally::merge(const std::vector<std::string>& paths) {
  State& st = *state_;
  const auto expected = partial_columns(grouping_);
  const std::size_t n_group = grouping_.columns.size();
  std::string group_key;
  for (const auto& path : paths) {
    tsv::Reader reader(path);
    if (reader.columns() != expected)
      throw DataError({reader.name(), 1},
                      fmt::format("this partial has the columns '{}', but the merge needs '{}': make every part "
                                  "with the same --by",
                                  tsv::column_list(reader.columns()), tsv::column_list(expected)));
    while (reader.next()) {
      const auto& f = reader.fields();
      const std::string& kind = f[0];
      if (kind == "doc") {
        if (!st.doc_set.insert(f[1]).second)
          throw DataError(reader.where(1), fmt::format("document '{}' is counted in two parts: split a corpus by "
                                                       "documents, not within one",
                                                       f[1]));
        st.docs.push_back(f[1]);
        continue;
      }
      const bool total = kind.ends_with("-total");
      const std::string_view base = std::string_view(kind).substr(0, kind.size() - (total ? 6 : 0));
      const auto k = std::find(std::begin(kKinds), std::end(kKinds), base);
      if (k == std::end(kKinds))
        throw DataError(reader.where(0), fmt::format("unknown kind '{}' in a partial tally", kind));
      std::size_t key = static_cast<std::size_t>(k - std::begin(kKinds));
      if (key == 2) key = State::intern(st.keys, st.key_index, f[1]);
      group_key.clear();
      for (std::size_t i = 0; i < n_group; ++i) {
        if (i) group_key += '\t';
        tsv::escape_to(group_key, f[2 + i]);
      }
      const std::size_t group = total ? kTotal : State::intern(st.groups, st.group_index, group_key);
      Counts add;
      std::int64_t* targets[] = {&add.segments, &add.hits, &add.docs, &add.speakers};
      for (std::size_t m = 0; m < 4; ++m) {
        const std::string& s = f[2 + n_group + m];
        auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), *targets[m]);
        if (ec != std::errc() || end != s.data() + s.size() || *targets[m] < 0)
          throw DataError(reader.where(2 + n_group + m), fmt::format("a count must be a non-negative integer, not '{}'", s));
      }
      st.cells[cell_key(key, group)].counts += add;
    }
  }
}

void Tally::write_partial(std::FILE* out) const {
  const State& st = *state_;
  tsv::Writer w(out, partial_columns(grouping_));
  std::vector<std::size_t> keys(st.keys.size() - 2), groups(st.groups.size() - 1);
  for (std::size_t i = 0; i < keys.size(); ++i) keys[i] = i + 2;
  for (std::size_t i = 0; i < groups.size(); ++i) groups[i] = i + 1;
  std::sort(keys.begin(), keys.end(), [&](auto a, auto b) { return report::natural_less(st.keys[a], st.keys[b]); });
  std::sort(groups.begin(), groups.end(), [&](auto a, auto b) { return report::natural_less(st.groups[a], st.groups[b]); });
  keys.insert(keys.begin(), {kAll, kAny});
  groups.insert(groups.begin(), kTotal);
  const std::size_t n_group = grouping_.columns.size();
  for (std::size_t g : groups) {
    const auto values = g == kTotal ? std::vector<std::string>(n_group) : group_values(st.groups[g], n_group);
    for (std::size_t k : keys) {
      auto it = st.cells.find(cell_key(k, g));
      if (it == st.cells.end()) continue;
      const std::string_view kind = kKinds[std::min<std::size_t>(k, 2)];
      w.field(g == kTotal ? std::string(kind) + "-total" : std::string(kind));
      w.field(k >= 2 ? std::string_view(st.keys[k]) : std::string_view());
      for (const auto& v : values) w.field(v);
      const Counts& c = it->second.counts;
      w.field(c.segments).field(c.hits).field(c.docs).field(c.speakers);
      w.end_row();
    }
  }
  std::vector<std::string> docs = st.docs;
  std::sort(docs.begin(), docs.end(), [](const auto& a, const auto& b) { return report::natural_less(a, b); });
  for (const auto& d : docs) {
    w.field("doc").field(d);
    for (std::size_t i = 0; i < n_group; ++i) w.field("");
    w.field(std::int64_t{0}).field(std::int64_t{0}).field(std::int64_t{0}).field(std::int64_t{0});
    w.end_row();
  }
  w.flush();
}

report::Table Tally::table(const TableOptions& options) const {
  const State& st = *state_;
  const std::string level(names_of(grouping_.level).words);
  const std::size_t n_group = grouping_.columns.size();

  std::vector<std::size_t> keys(st.keys.size() - 2), groups(st.groups.size() - 1);
  for (std::size_t i = 0; i < keys.size(); ++i) keys[i] = i + 2;
  for (std::size_t i = 0; i < groups.size(); ++i) groups[i] = i + 1;
  std::sort(keys.begin(), keys.end(), [&](auto a, auto b) {
    if (options.sort == Sort::count) {
      const auto ca = st.counts(a, kTotal).get(options.measure), cb = st.counts(b, kTotal).get(options.measure);
      if (ca != cb) return ca > cb;
    }
    return report::natural_less(st.keys[a], st.keys[b]);
  });
  std::sort(groups.begin(), groups.end(), [&](auto a, auto b) { return report::natural_less(st.groups[a], st.groups[b]); });
  auto label = [&](std::size_t key) -> std::string {
    if (key == kAll) return "(all)";
    if (key == kAny) return "(any " + level + ")";
    return st.keys[key];
  };
  auto share = [](std::int64_t part, std::int64_t whole) {
    return whole == 0 ? std::nan("") : static_cast<double>(part) / static_cast<double>(whole);
  };
  std::vector<std::size_t> rows = keys;
  rows.push_back(kAny);
  rows.push_back(kAll);

  report::Table t;
  const std::string by = n_group ? fmt::format(" and {}", fmt::join(grouping_.columns, ", ")) : "";
  if (n_group == 0 || options.long_form) {
    t.title = fmt::format("Frequencies per {}{}", level, by);
    t.columns.push_back({level_name(grouping_.level)});
    for (const auto& c : grouping_.columns) t.columns.push_back({c});
    for (auto m : kMeasureNames) t.columns.push_back({std::string(m), report::Kind::integer});
    t.columns.push_back({"share", report::Kind::percent, 1});
    std::vector<std::size_t> shown_groups = n_group ? groups : std::vector<std::size_t>{};
    shown_groups.push_back(kTotal);
    for (std::size_t g : shown_groups) {
      const Counts all = st.counts(kAll, g);
      for (std::size_t k : rows) {
        const Counts c = st.counts(k, g);
        if (k >= 2 && c.segments == 0) continue;
        std::vector<report::Cell> row{label(k)};
        if (g == kTotal) {
          for (std::size_t i = 0; i < n_group; ++i) row.emplace_back("(total)");
        } else {
          for (auto& v : group_values(st.groups[g], n_group)) row.emplace_back(std::move(v));
        }
        row.insert(row.end(), {c.segments, c.hits, c.docs, c.speakers, share(c.segments, all.segments)});
        t.rows.push_back(std::move(row));
      }
    }
    return t;
  }

  const std::string measure(kMeasureNames[static_cast<int>(options.measure)]);
  t.title = options.percent ? fmt::format("Share of {} (%) per {}{}; (all) gives the denominators", measure, level, by)
                            : fmt::format("{} per {}{}", measure, level, by);
  t.title[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(t.title[0])));
  const auto kind = options.percent ? report::Kind::percent : report::Kind::integer;
  t.columns.push_back({level_name(grouping_.level)});
  for (std::size_t g : groups) {
    auto values = group_values(st.groups[g], n_group);
    for (auto& v : values)
      if (v.empty()) v = "(none)";
    t.columns.push_back({fmt::format("{}", fmt::join(values, " / ")), kind, 1});
  }
  t.columns.push_back({"total", kind, 1});
  groups.push_back(kTotal);
  for (std::size_t k : rows) {
    std::vector<report::Cell> row{label(k)};
    for (std::size_t g : groups) {
      const std::int64_t n = st.counts(k, g).get(options.measure);
      if (options.percent && k != kAll) row.emplace_back(share(n, st.counts(kAll, g).get(options.measure)));
      else row.emplace_back(n);
    }
    t.rows.push_back(std::move(row));
  }
  return t;
}

}  // namespace draad::freq
