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
  std::vector<DocumentHit> hits;
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

// The columns analyse() reads beside the codes, by name: the reader hands
// them over in CodedSegment::values in the order asked for here.
class Columns {
 public:
  explicit Columns(const std::string& by) : by_doc_(by == "doc") {
    if (!by_doc_) extra_.push_back(by);
  }
  CodingReader reader(const std::vector<std::string>& paths) const {
    return CodingReader(paths, extra_, true, {"text", "start", "unit"});
  }

  // The session a segment belongs to: its doc, or its value of the --by column.
  const std::string& session(const CodedSegment& seg) const { return by_doc_ ? seg.doc : seg.values[0]; }
  const std::string& text(const CodedSegment& seg) const { return seg.values[extra_.size()]; }
  const std::string& start(const CodedSegment& seg) const { return seg.values[extra_.size() + 1]; }
  const std::string& unit(const CodedSegment& seg) const { return seg.values[extra_.size() + 2]; }

 private:
  bool by_doc_;
  std::vector<std::string> extra_;
};

// Reads the stream once, segment by segment, into the per-thread and
// per-candidate counts and quotes; then lays them out as the four tables.
class Analysis {
 public:
  Analysis(const Codebook& codebook, const Options& options)
      : codebook_(codebook), options_(options), columns_(options.by), coder_(codebook) {
    for (const auto& t : codebook.threads) threads_.push_back({&t, 0, {}, {}, {}, {}, {}, {}});
  }

  void add(const CodedSegment& seg) {
    coder_.check(seg);
    if (!seg.speaker.empty()) docs_with_speakers_.insert(seg.doc);
    ++total_segments_;
    ++ordinal_;
    if (seg.doc != doc_) {
      end_document();
      doc_ = seg.doc;
    }
    const std::size_t session = session_of(columns_.session(seg));
    if (seg.codes.empty()) return;
    distinct_themes_and_codes(seg);
    add_to_threads(seg, session);
    add_to_candidates(seg, session);
  }

  // Decides the document-scope threads of the last document.
  void finish() { end_document(); }

  std::vector<report::Table> tables() const {
    std::vector<std::size_t> session_order(sessions_.size());
    for (std::size_t i = 0; i < sessions_.size(); ++i) session_order[i] = i;
    std::sort(session_order.begin(), session_order.end(),
              [&](auto a, auto b) { return report::natural_less(sessions_[a], sessions_[b]); });
    std::vector<report::Table> out;
    out.push_back(summary_table());
    out.push_back(matrix_table(session_order));
    out.push_back(quotes_table(session_order));
    out.push_back(candidates_table(session_order));
    return out;
  }

  const Columns& columns() const { return columns_; }

 private:
  std::size_t session_of(const std::string& name) {
    const std::size_t session = session_index_.try_emplace(name, sessions_.size()).first->second;
    if (session == sessions_.size()) sessions_.push_back(name);
    return session;
  }

  void end_document() {
    for (auto& t : threads_) {
      if (t.pending_items.size() >= static_cast<std::size_t>(t.thread->rule.min_codes))
        for (auto& s : t.pending) t.commit(s);
      t.pending.clear();
      t.pending_items.clear();
    }
  }

  void distinct_themes_and_codes(const CodedSegment& seg) {
    seg_themes_.clear();
    seg_codes_.clear();
    for (const auto& c : seg.codes) {
      seg_themes_.push_back(c.theme);
      seg_codes_.push_back(c.code);
    }
    std::sort(seg_themes_.begin(), seg_themes_.end());
    seg_themes_.erase(std::unique(seg_themes_.begin(), seg_themes_.end()), seg_themes_.end());
    std::sort(seg_codes_.begin(), seg_codes_.end());
    seg_codes_.erase(std::unique(seg_codes_.begin(), seg_codes_.end()), seg_codes_.end());
  }

  // `seg` as a quote scored by the hits of the codes `counts` accepts.
  template <typename Counts>
  Quote make_quote(const CodedSegment& seg, Counts&& counts) const {
    Quote q;
    q.score = 0;
    q.ordinal = ordinal_;
    q.doc = seg.doc;
    q.seg = seg.seg;
    q.speaker = seg.speaker;
    q.text = columns_.text(seg);
    // A speakerless segment before the document's first speaker is caught when the tables are made.
    q.quotable = !quotes::is_heading(columns_.unit(seg), q.text) &&
                 (!seg.speaker.empty() || !docs_with_speakers_.contains(seg.doc));
    const std::string& start = columns_.start(seg);
    std::from_chars(start.data(), start.data() + start.size(), q.start);
    for (const auto& c : seg.codes)
      if (counts(c)) {
        q.score += c.hits;
        auto h = parse_hits(c.terms);
        q.hits.insert(q.hits.end(), h.begin(), h.end());
      }
    return q;
  }

  void add_to_threads(const CodedSegment& seg, std::size_t session) {
    for (auto& t : threads_) {
      const auto items = t.items(seg.codes);
      if (items.empty()) continue;
      Seen s{session, seg_codes_, seg_themes_,
             make_quote(seg, [&](const SegmentCode& c) { return t.lists_code(c); })};
      if (t.thread->rule.scope == ThreadScope::document) {
        t.pending_items.insert(items.begin(), items.end());
        t.pending.push_back(std::move(s));
      } else if (items.size() >= static_cast<std::size_t>(t.thread->rule.min_codes)) {
        t.commit(s);
      }
    }
  }

  // Each code of the segment and each pair of them is a candidate.
  void add_to_candidates(const CodedSegment& seg, std::size_t session) {
    auto observe = [&](std::vector<std::string> key) {
      CandidateState& c = candidates_[key];
      c.sessions.insert(session);
      c.themes.insert(seg_themes_.begin(), seg_themes_.end());
      ++c.segments;
      Quote q = make_quote(seg, [&](const SegmentCode& sc) {
        return std::find(key.begin(), key.end(), sc.code) != key.end();
      });
      if (c.quote.score < 0 || q.beats(c.quote)) c.quote = std::move(q);
    };
    for (std::size_t a = 0; a < seg_codes_.size(); ++a) {
      observe({seg_codes_[a]});
      for (std::size_t b = a + 1; b < seg_codes_.size(); ++b) observe({seg_codes_[a], seg_codes_[b]});
    }
  }

  report::Table summary_table() const {
    report::Table summary;
    summary.title = fmt::format("Rode draden of codebook {} (sessions: {})", codebook_.coder(), options_.by);
    summary.columns = {{"thread"},
                       {"label"},
                       {"sessions", report::Kind::integer},
                       {"of", report::Kind::integer},
                       {"segments", report::Kind::integer},
                       {"share", report::Kind::percent, 1},
                       {"codes"},
                       {"themes"}};
    for (const auto& t : threads_)
      summary.rows.push_back({t.thread->id, t.thread->label, t.per_session.size(), sessions_.size(), t.segments,
                              total_segments_ ? static_cast<double>(t.segments) / static_cast<double>(total_segments_)
                                              : std::nan(""),
                              counted_list(t.codes), counted_list(t.themes)});
    return summary;
  }

  report::Table matrix_table(const std::vector<std::size_t>& session_order) const {
    report::Table matrix;
    matrix.title = fmt::format("Segments carrying each thread per {}", options_.by);
    matrix.columns.push_back({"thread"});
    for (auto s : session_order) matrix.columns.push_back({sessions_[s], report::Kind::integer});
    matrix.columns.push_back({"total", report::Kind::integer});
    for (const auto& t : threads_) {
      std::vector<report::Cell> row{t.thread->id};
      for (auto s : session_order) {
        auto it = t.per_session.find(s);
        row.emplace_back(it == t.per_session.end() ? std::int64_t{0} : it->second);
      }
      row.emplace_back(t.segments);
      matrix.rows.push_back(std::move(row));
    }
    return matrix;
  }

  report::Table quotes_table(const std::vector<std::size_t>& session_order) const {
    report::Table table;
    table.title = fmt::format("Supporting quotes, one per {}", options_.by);
    table.columns = {{"thread"}, {options_.by}, {"doc"}, {"seg", report::Kind::integer}, {"speaker"}, {"quote"}};
    if (options_.by == "doc") table.columns.erase(table.columns.begin() + 2);
    for (const auto& t : threads_)
      for (auto s : session_order) {
        auto it = t.quotes.find(s);
        if (it == t.quotes.end() || !quotable(it->second, docs_with_speakers_)) continue;
        const Quote& q = it->second;
        std::vector<report::Cell> row{t.thread->id, sessions_[s]};
        if (options_.by != "doc") row.emplace_back(q.doc);
        row.insert(row.end(), {q.seg, q.speaker, quote_cell(q, options_.quote_bytes, docs_with_speakers_)});
        table.rows.push_back(std::move(row));
      }
    return table;
  }

  // The codebook threads that list every code of `key` (or its theme).
  std::vector<std::string> covering_threads(const std::vector<std::string>& key) const {
    std::vector<std::string> covering;
    for (const auto& t : codebook_.threads) {
      const bool covers = std::all_of(key.begin(), key.end(), [&](const std::string& code) {
        const Code* def = codebook_.find_code(code);
        return std::find(t.codes.begin(), t.codes.end(), code) != t.codes.end() ||
               (def && std::find(t.themes.begin(), t.themes.end(), def->theme) != t.themes.end());
      });
      if (covers) covering.push_back(t.id);
    }
    return covering;
  }

  report::Table candidates_table(const std::vector<std::size_t>& session_order) const {
    report::Table cand;
    cand.title = fmt::format("Candidate threads: codes and code pairs in at least {} sessions ({}) with at least {} themes",
                             options_.min_sessions, options_.by, options_.min_themes);
    cand.columns = {{"candidate"},
                    {"sessions", report::Kind::integer},
                    {"themes", report::Kind::integer},
                    {"segments", report::Kind::integer},
                    {"session_list"},
                    {"theme_list"},
                    {"threads"},
                    {"quote"}};
    std::vector<const std::pair<const std::vector<std::string>, CandidateState>*> ranked;
    for (const auto& entry : candidates_)
      if (entry.second.sessions.size() >= options_.min_sessions && entry.second.themes.size() >= options_.min_themes)
        ranked.push_back(&entry);
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto* a, const auto* b) {
      const auto& x = a->second;
      const auto& y = b->second;
      if (x.sessions.size() != y.sessions.size()) return x.sessions.size() > y.sessions.size();
      if (x.themes.size() != y.themes.size()) return x.themes.size() > y.themes.size();
      return x.segments > y.segments;
    });
    if (ranked.size() > options_.max_candidates) ranked.resize(options_.max_candidates);
    for (const auto* entry : ranked) {
      const auto& [key, c] = *entry;
      std::vector<std::string> names;
      for (auto s : session_order)
        if (c.sessions.count(s)) names.push_back(sessions_[s]);
      cand.rows.push_back({fmt::format("{}", fmt::join(key, " + ")), c.sessions.size(), c.themes.size(), c.segments,
                           fmt::format("{}", fmt::join(names, ", ")), fmt::format("{}", fmt::join(c.themes, ", ")),
                           fmt::format("{}", fmt::join(covering_threads(key), ", ")),
                           quote_cell(c.quote, options_.quote_bytes, docs_with_speakers_)});
    }
    return cand;
  }

  const Codebook& codebook_;
  const Options& options_;
  Columns columns_;
  CoderCheck coder_;
  std::set<std::string> docs_with_speakers_;
  std::vector<std::string> sessions_;
  std::unordered_map<std::string, std::size_t> session_index_;
  std::vector<ThreadState> threads_;
  std::map<std::vector<std::string>, CandidateState> candidates_;  // one code or a pair
  std::int64_t total_segments_ = 0, ordinal_ = 0;
  std::string doc_;                                   // the document being read
  std::vector<std::string> seg_themes_, seg_codes_;  // of the segment being added, distinct
};

}  // namespace

std::vector<report::Table> analyse(const Codebook& codebook, const std::vector<std::string>& paths,
                                   const Options& options) {
  Analysis analysis(codebook, options);
  CodingReader reader = analysis.columns().reader(paths);
  reader.filter(options.where);
  if (options.names) reader.observe(*options.names);
  for (CodedSegment seg; reader.next(seg);) analysis.add(seg);
  analysis.finish();
  return analysis.tables();
}

}  // namespace draad::threads
