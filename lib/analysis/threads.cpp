#include "analysis/threads.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>

#include <fmt/format.h>

#include "coding/coding_reader.h"
#include "base/error.h"
#include "analysis/quotes.h"
#include "stream/record.h"
#include "base/suggest.h"

namespace draad::threads {
namespace {

// A segment that may be quoted.
struct Quote {
  std::int64_t score = -1;
  std::int64_t ordinal = 0;
  std::string doc;
  std::int64_t seg = 0;
  std::string speaker;
  std::string text;
  std::int64_t start = 0;
  std::vector<HitSpan> hits;
  bool quotable = true;

  bool beats(const Quote& other) const {
    if (quotable != other.quotable) return quotable;
    return score != other.score ? score > other.score : ordinal < other.ordinal;
  }
};

// The parts of a segment the analysis needs, kept while a document-scope
// thread waits for the end of its document.
struct Seen {
  std::size_t session = 0;
  std::vector<std::string> codes;
  std::vector<std::string> themes;  // distinct
  Quote quote;                      // score and hits for one thread's codes
};

struct ThreadState {
  const Thread* thread;
  std::int64_t segments = 0;
  std::map<std::size_t, std::int64_t> per_session;  // session -> segments
  std::map<std::string, std::int64_t> codes, themes;
  std::map<std::size_t, Quote> quotes;  // session -> best
  std::vector<Seen> pending;            // document scope: segments of the current document
  std::set<std::string> pending_items;

  bool lists_code(const SegmentCode& c) const {
    return std::find(thread->codes.begin(), thread->codes.end(), c.code) != thread->codes.end() ||
           std::find(thread->themes.begin(), thread->themes.end(), c.theme) != thread->themes.end();
  }

  // The listed codes and themes that occur in `codes`.
  std::set<std::string> items(const std::vector<SegmentCode>& codes) const {
    std::set<std::string> out;
    for (const auto& c : codes) {
      if (std::find(thread->codes.begin(), thread->codes.end(), c.code) != thread->codes.end()) out.insert(c.code);
      if (std::find(thread->themes.begin(), thread->themes.end(), c.theme) != thread->themes.end())
        out.insert("theme:" + c.theme);
    }
    return out;
  }

  void commit(Seen& s) {
    ++segments;
    ++per_session[s.session];
    for (const auto& c : s.codes)
      if (std::find(thread->codes.begin(), thread->codes.end(), c) != thread->codes.end()) ++codes[c];
    for (const auto& t : s.themes) ++themes[t];
    auto [it, added] = quotes.try_emplace(s.session);
    if (added || s.quote.beats(it->second)) it->second = std::move(s.quote);
  }
};

struct CandidateState {
  std::set<std::size_t> sessions;
  std::set<std::string> themes;
  std::int64_t segments = 0;
  Quote quote;
};

std::string counted_list(const std::map<std::string, std::int64_t>& counts) {
  std::vector<std::pair<std::string, std::int64_t>> v(counts.begin(), counts.end());
  std::stable_sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  std::string out;
  for (const auto& [name, n] : v) out += fmt::format("{}{} {}", out.empty() ? "" : ", ", name, n);
  return out;
}

// Whether `q` may be quoted now that every document's speakers are known.
bool quotable(const Quote& q, const std::set<std::string>& docs_with_speakers) {
  return q.quotable && !(q.speaker.empty() && docs_with_speakers.contains(q.doc));
}

report::Cell quote_cell(const Quote& q, std::size_t max_bytes, const std::set<std::string>& docs_with_speakers) {
  if (q.text.empty() || !quotable(q, docs_with_speakers)) return {};
  auto e = quotes::excerpt(q.text, q.start, q.hits, max_bytes);
  return report::Cell(std::move(e.text), std::move(e.marks));
}

// Refuses codings made with another codebook (or another version of it).
class CoderCheck {
 public:
  explicit CoderCheck(const Codebook& cb) : cb_(cb) {
    for (const auto& c : cb.codes) ids_.push_back(c.id);
  }
  void check(const CodedSegment& seg) {
    if (seg.coder != last_coder_) {
      last_coder_ = seg.coder;
      machine_ = parse_coder(seg.coder).has_value();
      if (machine_ && seg.coder != cb_.coder())
        throw DataError(seg.where, fmt::format("these codings were made with codebook '{}', but {} is '{}': the "
                                               "codebook changed since coding; code again, or give the codebook "
                                               "that was used",
                                               seg.coder, cb_.path, cb_.coder()));
    }
    if (machine_) return;
    for (const auto& c : seg.codes)
      if (!cb_.find_code(c.code))
        throw DataError(seg.where, fmt::format("code '{}' is not in codebook {}{}", c.code, cb_.coder(),
                                               did_you_mean(c.code, ids_)));
  }

 private:
  const Codebook& cb_;
  std::vector<std::string> ids_;
  std::string last_coder_ = "\x01";  // never a coder: the first segment is checked
  bool machine_ = false;
};

}  // namespace

std::vector<report::Table> analyse(const Codebook& codebook, const std::vector<std::string>& paths,
                                   const Options& options) {
  std::vector<std::string> extra;
  if (options.by != "doc") extra.push_back(options.by);
  CodingReader reader(paths, extra, true, {"text", "start", "unit"});
  // Where the columns asked for are in CodedSegment::values.
  const std::size_t by_at = 0, text_at = extra.size(), start_at = extra.size() + 1, unit_at = start_at + 1;
  reader.filter(options.where);
  if (options.names) reader.observe(*options.names);
  std::set<std::string> docs_with_speakers;

  std::vector<std::string> sessions;
  std::unordered_map<std::string, std::size_t> session_index;
  std::vector<ThreadState> threads;
  for (const auto& t : codebook.threads) threads.push_back({&t, 0, {}, {}, {}, {}, {}, {}});
  std::map<std::vector<std::string>, CandidateState> candidates;  // one code or a pair
  CoderCheck coder(codebook);
  std::int64_t total_segments = 0, ordinal = 0;
  std::string doc;

  auto end_document = [&] {
    for (auto& t : threads) {
      if (t.pending_items.size() >= static_cast<std::size_t>(t.thread->rule.min_codes))
        for (auto& s : t.pending) t.commit(s);
      t.pending.clear();
      t.pending_items.clear();
    }
  };
  auto make_quote = [&](const CodedSegment& seg, auto&& counts) {
    Quote q;
    q.score = 0;
    q.ordinal = ordinal;
    q.doc = seg.doc;
    q.seg = seg.seg;
    q.speaker = seg.speaker;
    q.text = seg.values[text_at];
    // A speakerless segment before the document's first speaker is caught below.
    q.quotable = !quotes::is_heading(seg.values[unit_at], q.text) &&
                 (!seg.speaker.empty() || !docs_with_speakers.contains(seg.doc));
    const std::string& start = seg.values[start_at];
    std::from_chars(start.data(), start.data() + start.size(), q.start);
    for (const auto& c : seg.codes)
      if (counts(c)) {
        q.score += c.hits;
        auto h = parse_hits(c.terms);
        q.hits.insert(q.hits.end(), h.begin(), h.end());
      }
    return q;
  };

  CodedSegment seg;
  std::vector<std::string> seg_themes, seg_codes;
  while (reader.next(seg)) {
    coder.check(seg);
    if (!seg.speaker.empty()) docs_with_speakers.insert(seg.doc);
    ++total_segments;
    ++ordinal;
    if (seg.doc != doc) {
      end_document();
      doc = seg.doc;
    }
    const std::string& session_name = options.by == "doc" ? seg.doc : seg.values[by_at];
    const std::size_t session = session_index.try_emplace(session_name, sessions.size()).first->second;
    if (session == sessions.size()) sessions.push_back(session_name);
    if (seg.codes.empty()) continue;
    seg_themes.clear();
    seg_codes.clear();
    for (const auto& c : seg.codes) {
      seg_themes.push_back(c.theme);
      seg_codes.push_back(c.code);
    }
    std::sort(seg_themes.begin(), seg_themes.end());
    seg_themes.erase(std::unique(seg_themes.begin(), seg_themes.end()), seg_themes.end());
    std::sort(seg_codes.begin(), seg_codes.end());
    seg_codes.erase(std::unique(seg_codes.begin(), seg_codes.end()), seg_codes.end());

    for (auto& t : threads) {
      const auto items = t.items(seg.codes);
      if (items.empty()) continue;
      Seen s{session, seg_codes, seg_themes, make_quote(seg, [&](const SegmentCode& c) { return t.lists_code(c); })};
      if (t.thread->rule.scope == ThreadScope::document) {
        t.pending_items.insert(items.begin(), items.end());
        t.pending.push_back(std::move(s));
      } else if (items.size() >= static_cast<std::size_t>(t.thread->rule.min_codes)) {
        t.commit(s);
      }
    }

    auto observe = [&](std::vector<std::string> key) {
      CandidateState& c = candidates[key];
      c.sessions.insert(session);
      c.themes.insert(seg_themes.begin(), seg_themes.end());
      ++c.segments;
      Quote q = make_quote(seg, [&](const SegmentCode& sc) {
        return std::find(key.begin(), key.end(), sc.code) != key.end();
      });
      if (c.quote.score < 0 || q.beats(c.quote)) c.quote = std::move(q);
    };
    for (std::size_t a = 0; a < seg_codes.size(); ++a) {
      observe({seg_codes[a]});
      for (std::size_t b = a + 1; b < seg_codes.size(); ++b) observe({seg_codes[a], seg_codes[b]});
    }
  }
  end_document();

  std::vector<std::size_t> session_order(sessions.size());
  for (std::size_t i = 0; i < sessions.size(); ++i) session_order[i] = i;
  std::sort(session_order.begin(), session_order.end(),
            [&](auto a, auto b) { return report::natural_less(sessions[a], sessions[b]); });

  std::vector<report::Table> out(4);
  report::Table& summary = out[0];
  summary.title = fmt::format("Rode draden of codebook {} (sessions: {})", codebook.coder(), options.by);
  summary.columns = {{"thread"},
                     {"label"},
                     {"sessions", report::Kind::integer},
                     {"of", report::Kind::integer},
                     {"segments", report::Kind::integer},
                     {"share", report::Kind::percent, 1},
                     {"codes"},
                     {"themes"}};
  report::Table& matrix = out[1];
  matrix.title = fmt::format("Segments carrying each thread per {}", options.by);
  matrix.columns.push_back({"thread"});
  for (auto s : session_order) matrix.columns.push_back({sessions[s], report::Kind::integer});
  matrix.columns.push_back({"total", report::Kind::integer});
  report::Table& quotes_table = out[2];
  quotes_table.title = fmt::format("Supporting quotes, one per {}", options.by);
  quotes_table.columns = {{"thread"}, {options.by}, {"doc"}, {"seg", report::Kind::integer}, {"speaker"}, {"quote"}};
  if (options.by == "doc") quotes_table.columns.erase(quotes_table.columns.begin() + 2);

  for (const auto& t : threads) {
    summary.rows.push_back({t.thread->id, t.thread->label, t.per_session.size(), sessions.size(), t.segments,
                            total_segments ? static_cast<double>(t.segments) / static_cast<double>(total_segments)
                                           : std::nan(""),
                            counted_list(t.codes), counted_list(t.themes)});
    std::vector<report::Cell> row{t.thread->id};
    for (auto s : session_order) {
      auto it = t.per_session.find(s);
      row.emplace_back(it == t.per_session.end() ? std::int64_t{0} : it->second);
    }
    row.emplace_back(t.segments);
    matrix.rows.push_back(std::move(row));
    for (auto s : session_order) {
      auto it = t.quotes.find(s);
      if (it == t.quotes.end() || !quotable(it->second, docs_with_speakers)) continue;
      const Quote& q = it->second;
      std::vector<report::Cell> qrow{t.thread->id, sessions[s]};
      if (options.by != "doc") qrow.emplace_back(q.doc);
      qrow.insert(qrow.end(), {q.seg, q.speaker, quote_cell(q, options.quote_bytes, docs_with_speakers)});
      quotes_table.rows.push_back(std::move(qrow));
    }
  }

  report::Table& cand = out[3];
  cand.title = fmt::format("Candidate threads: codes and code pairs in at least {} sessions ({}) with at least {} themes",
                           options.min_sessions, options.by, options.min_themes);
  cand.columns = {{"candidate"},
                  {"sessions", report::Kind::integer},
                  {"themes", report::Kind::integer},
                  {"segments", report::Kind::integer},
                  {"session_list"},
                  {"theme_list"},
                  {"threads"},
                  {"quote"}};
  std::vector<const std::pair<const std::vector<std::string>, CandidateState>*> ranked;
  for (const auto& entry : candidates)
    if (entry.second.sessions.size() >= options.min_sessions && entry.second.themes.size() >= options.min_themes)
      ranked.push_back(&entry);
  std::stable_sort(ranked.begin(), ranked.end(), [](const auto* a, const auto* b) {
    const auto& x = a->second;
    const auto& y = b->second;
    if (x.sessions.size() != y.sessions.size()) return x.sessions.size() > y.sessions.size();
    if (x.themes.size() != y.themes.size()) return x.themes.size() > y.themes.size();
    return x.segments > y.segments;
  });
  if (ranked.size() > options.max_candidates) ranked.resize(options.max_candidates);
  for (const auto* entry : ranked) {
    const auto& [key, c] = *entry;
    std::vector<std::string> names;
    for (auto s : session_order)
      if (c.sessions.count(s)) names.push_back(sessions[s]);
    std::vector<std::string> covering;
    for (const auto& t : codebook.threads) {
      const bool covers = std::all_of(key.begin(), key.end(), [&](const std::string& code) {
        const Code* def = codebook.find_code(code);
        return std::find(t.codes.begin(), t.codes.end(), code) != t.codes.end() ||
               (def && std::find(t.themes.begin(), t.themes.end(), def->theme) != t.themes.end());
      });
      if (covers) covering.push_back(t.id);
    }
    cand.rows.push_back({fmt::format("{}", fmt::join(key, " + ")), c.sessions.size(), c.themes.size(), c.segments,
                         fmt::format("{}", fmt::join(names, ", ")),
                         fmt::format("{}", fmt::join(c.themes, ", ")), fmt::format("{}", fmt::join(covering, ", ")),
                         quote_cell(c.quote, options.quote_bytes, docs_with_speakers)});
  }
  return out;
}

}  // namespace draad::threads
