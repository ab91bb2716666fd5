#include "analysis/quotes.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <set>

#include <fmt/format.h>

#include "coding/coding_reader.h"
#include "base/error.h"
#include "base/input.h"
#include "dutch/sentences.h"
#include "base/suggest.h"
#include "base/utf8.h"

namespace draad::quotes {

namespace {
constexpr std::size_t kShortBytes = 60;
}  // namespace

bool is_heading(std::string_view unit, std::string_view text) {
  text = utf8::trim(text);
  if (unit == "heading") return true;
  return text.starts_with('#') && text.find('\n') == std::string_view::npos;
}

Excerpt excerpt(std::string_view text, std::int64_t text_start, const std::vector<DocumentHit>& hits, std::size_t max_bytes) {
  utf8::ByteOffsets byte_at(text);
  std::vector<ByteRange> ranges;
  for (const auto& h : hits) {
    const std::int64_t b = h.start - text_start, e = h.end - text_start;
    const auto bb = e > b ? byte_at.at(b) : std::nullopt;
    const auto be = bb ? byte_at.at(e) : std::nullopt;
    if (be && (h.surface.empty() || text.substr(*bb, *be - *bb) == h.surface)) {
      ranges.push_back({*bb, *be});
      continue;
    }
    if (h.surface.empty()) continue;
    if (auto at = text.find(h.surface); at != std::string_view::npos) ranges.push_back({at, at + h.surface.size()});
  }
  std::sort(ranges.begin(), ranges.end(), [](auto a, auto b) { return a.begin < b.begin; });
  std::vector<ByteRange> merged;
  for (const auto& r : ranges) {
    if (!merged.empty() && r.begin <= merged.back().end) merged.back().end = std::max(merged.back().end, r.end);
    else merged.push_back(r);
  }

  std::vector<ByteRange> sentences = split_sentences(text);
  if (sentences.empty()) return {};
  auto holds_hit = [&](const ByteRange& s) {
    return std::any_of(merged.begin(), merged.end(), [&](auto m) { return m.begin < s.end && m.end > s.begin; });
  };
  std::size_t first = 0;
  if (!merged.empty())
    while (first + 1 < sentences.size() && sentences[first].end <= merged.front().begin) ++first;
  std::size_t last = first;
  while (last + 1 < sentences.size() && holds_hit(sentences[last + 1]) &&
         sentences[last + 1].end - sentences[first].begin <= max_bytes)
    ++last;
  // A short sentence ("Opbouwwerker.") says little on its own: add its
  // neighbours, the next one first, while the excerpt stays within bounds.
  while (sentences[last].end - sentences[first].begin < kShortBytes) {
    if (last + 1 < sentences.size() && sentences[last + 1].end - sentences[first].begin <= max_bytes) ++last;
    else if (first > 0 && sentences[last].end - sentences[first - 1].begin <= max_bytes) --first;
    else break;
  }
  const std::size_t b = sentences[first].begin, e = sentences[last].end;
  Excerpt out;
  if (first > 0) out.text = "… ";
  const std::size_t shift = out.text.size();
  out.text.append(text.substr(b, e - b));
  if (last + 1 < sentences.size()) out.text += " …";
  for (const auto& m : merged)
    if (m.begin < e && m.end > b) out.marks.push_back({std::max(m.begin, b) - b + shift, std::min(m.end, e) - b + shift});
  return out;
}

namespace {

struct Candidate {
  std::int64_t score = 0;
  std::int64_t ordinal = 0;  // stream order
  std::string doc;
  std::int64_t seg = 0;
  std::string speaker;
  std::vector<std::string> values;  // by, attributes
  std::string text;
  std::int64_t start = 0;
  std::vector<DocumentHit> hits;
};

bool better(const Candidate& a, const Candidate& b) {
  return a.score != b.score ? a.score > b.score : a.ordinal < b.ordinal;
}

}  // namespace

report::Table pick(const std::vector<std::string>& paths, const Options& options) {
  const bool by_code = !options.code.empty();
  const std::string& wanted = by_code ? options.code : options.theme;
  std::vector<std::string> columns;
  if (options.by != "doc") columns.push_back(options.by);
  for (const auto& a : options.attributes)
    if (a != options.by && a != "doc" && a != "speaker" && std::find(columns.begin(), columns.end(), a) == columns.end())
      columns.push_back(a);
  std::vector<std::string> extra = {"text"};
  extra.insert(extra.end(), columns.begin(), columns.end());
  CodingReader reader(paths, extra, true, {"start", "unit"});
  const std::size_t start_index = extra.size(), unit_index = start_index + 1;
  reader.filter(options.where);
  if (options.names) reader.observe(*options.names);
  std::set<std::string> docs_with_speakers;

  // The best candidates of each (group, speaker): never more than the number
  // of quotes wanted, so memory stays flat however common the code.
  std::map<std::string, std::map<std::string, std::vector<Candidate>>> groups;
  std::set<std::string> seen_keys;
  CodedSegment seg;
  std::int64_t ordinal = 0;
  while (reader.next(seg)) {
    ++ordinal;
    if (!seg.speaker.empty()) docs_with_speakers.insert(seg.doc);
    if (is_heading(seg.values[unit_index], seg.values[0])) continue;
    std::int64_t score = 0;
    bool carries = false;
    std::vector<DocumentHit> hits;
    for (const auto& c : seg.codes) {
      const std::string& key = by_code ? c.code : c.theme;
      seen_keys.insert(key);
      if (key != wanted) continue;
      carries = true;
      score += c.hits;
      auto h = parse_hits(c.terms);
      hits.insert(hits.end(), h.begin(), h.end());
    }
    if (!carries) continue;
    const std::string group = options.by == "doc" ? seg.doc : seg.values[1];
    auto& list = groups[group][seg.doc + '\t' + seg.speaker];
    Candidate cand;
    cand.score = score;
    cand.ordinal = ordinal;
    if (list.size() >= options.count && !better(cand, list.back())) continue;
    cand.doc = seg.doc;
    cand.seg = seg.seg;
    cand.speaker = seg.speaker;
    cand.values.assign(seg.values.begin() + 1, seg.values.begin() + static_cast<std::ptrdiff_t>(start_index));
    cand.text = seg.values[0];
    const std::string& start = seg.values[start_index];
    std::from_chars(start.data(), start.data() + start.size(), cand.start);
    cand.hits = std::move(hits);
    list.insert(std::upper_bound(list.begin(), list.end(), cand, better), std::move(cand));
    if (list.size() > options.count) list.pop_back();
  }
  for (auto& [name, speakers] : groups)
    std::erase_if(speakers, [&](const auto& entry) {
      const auto& [speaker, list] = entry;
      return speaker.ends_with('\t') && docs_with_speakers.contains(speaker.substr(0, speaker.size() - 1));
    });
  std::erase_if(groups, [](const auto& entry) { return entry.second.empty(); });
  if (groups.empty()) {
    std::vector<std::string> known(seen_keys.begin(), seen_keys.end());
    throw DataError({display_name(paths.empty() ? "-" : paths.front())},
                    fmt::format("no segment{} carries the {} '{}'{}", options.where.empty() ? "" : " that --where keeps",
                                by_code ? "code" : "theme", wanted, did_you_mean(wanted, known)));
  }

  // Each group's candidates in rank order; groups in order of their best.
  struct Group {
    std::string name;
    std::vector<Candidate> ranked;
    std::size_t next = 0;
  };
  std::vector<Group> order;
  for (auto& [name, speakers] : groups) {
    Group g{name, {}, 0};
    for (auto& [speaker, list] : speakers)
      for (auto& c : list) g.ranked.push_back(std::move(c));
    std::sort(g.ranked.begin(), g.ranked.end(), better);
    order.push_back(std::move(g));
  }
  std::sort(order.begin(), order.end(), [](const Group& a, const Group& b) {
    if (a.ranked.front().score != b.ranked.front().score) return a.ranked.front().score > b.ranked.front().score;
    return report::natural_less(a.name, b.name);
  });
  std::set<std::string> used_speakers;
  std::vector<std::vector<bool>> taken(order.size());
  for (std::size_t g = 0; g < order.size(); ++g) taken[g].assign(order[g].ranked.size(), false);
  auto speaker_of = [](const Candidate& c) { return c.doc + '\t' + c.speaker; };
  auto fresh_left = [&] {
    for (std::size_t g = 0; g < order.size(); ++g)
      for (std::size_t i = 0; i < order[g].ranked.size(); ++i)
        if (!taken[g][i] && !used_speakers.count(speaker_of(order[g].ranked[i]))) return true;
    return false;
  };
  std::vector<const Candidate*> picked;
  for (bool progress = true; progress && picked.size() < options.count;) {
    progress = false;
    for (std::size_t g = 0; g < order.size() && picked.size() < options.count; ++g) {
      const auto& ranked = order[g].ranked;
      std::size_t choice = ranked.size();
      for (std::size_t i = 0; i < ranked.size() && choice == ranked.size(); ++i)
        if (!taken[g][i] && !used_speakers.count(speaker_of(ranked[i]))) choice = i;
      if (choice == ranked.size() && !fresh_left())
        for (std::size_t i = 0; i < ranked.size() && choice == ranked.size(); ++i)
          if (!taken[g][i]) choice = i;
      if (choice == ranked.size()) continue;
      taken[g][choice] = true;
      used_speakers.insert(speaker_of(ranked[choice]));
      picked.push_back(&ranked[choice]);
      progress = true;
    }
  }

  report::Table t;
  t.title = fmt::format("Quotes for {} {}", by_code ? "code" : "theme", wanted);
  t.columns = {{"doc"}, {"seg", report::Kind::integer}, {"speaker"}};
  for (const auto& c : columns) t.columns.push_back({c});
  t.columns.push_back({"hits", report::Kind::integer});
  t.columns.push_back({"quote"});
  for (const Candidate* c : picked) {
    std::vector<report::Cell> row{c->doc, c->seg, c->speaker};
    for (const auto& v : c->values) row.emplace_back(v);
    row.emplace_back(c->score);
    Excerpt e = excerpt(c->text, c->start, c->hits, options.max_bytes);
    row.emplace_back(std::move(e.text), std::move(e.marks));
    t.rows.push_back(std::move(row));
  }
  return t;
}

}  // namespace draad::quotes
