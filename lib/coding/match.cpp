#include "coding/match.h"

#include <algorithm>
#include <limits>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>
#include <unicode/regex.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>

#include "coding/pattern_kind.h"
#include "dutch/lemma.h"
#include "coding/regex_prefilter.h"
#include "base/string_map.h"
#include "dutch/tokenise.h"

namespace draad {
namespace {

// What a match of a pattern does for its code.
enum class Role : std::uint8_t { hit, exclude, near };

// A pattern that matches one token: a term or a glob.
struct Unit {
  std::uint32_t code = 0;
  Role role = Role::hit;
  CompoundMode compound = CompoundMode::any;
  std::uint32_t near = 0;       // for Role::near: which near pattern
  std::uint32_t near_term = 0;  // and which of its terms
};

struct Glob {
  std::string pattern;  // case-folded; * = any run of characters
  std::uint32_t unit = 0;
};

// A 64-bit summary of a set of lemma keys: two sets that share a key share a
// bit, so a zero AND rules out a shared key without looking at the sets.
std::uint64_t key_bits(const std::vector<std::uint32_t>& keys) {
  std::uint64_t bits = 0;
  for (auto k : keys) bits |= std::uint64_t{1} << (k % 64);
  return bits;
}

// The key bits that rule nothing out: a gap's, and what follows a phrase's last word.
constexpr std::uint64_t kAnyBits = ~std::uint64_t{0};

// One word of a phrase (any of its lemma keys), or a gap of 0 to kMaxGap tokens.
struct Element {
  std::vector<std::uint32_t> keys;  // sorted
  bool gap = false;
  std::uint64_t bits = 0;           // key_bits(keys); all ones for a gap
};
constexpr int kMaxGap = 3;

struct Phrase {
  std::uint32_t code = 0;
  Role role = Role::hit;
  std::vector<Element> elements;
};

struct NearPattern {
  std::uint32_t code = 0;
  std::uint32_t terms = 0;
  int within = 8;
  std::uint32_t state = 0;  // offset of its terms in the matcher's state array
};

struct RegexPattern {
  std::uint32_t code = 0;
  std::unique_ptr<icu::RegexPattern> pattern;
  const Pattern* source = nullptr;
  RegexPrefilter prefilter;
};

bool glob_match(std::string_view glob, std::string_view s) {
  std::size_t g = 0, i = 0, star = std::string_view::npos, resume = 0;
  while (i < s.size()) {
    if (g < glob.size() && glob[g] == '*') {
      star = g++;
      resume = i;
    } else if (g < glob.size() && glob[g] == s[i]) {
      ++g;
      ++i;
    } else if (star != std::string_view::npos) {
      g = star + 1;
      i = ++resume;
    } else {
      return false;
    }
  }
  while (g < glob.size() && glob[g] == '*') ++g;
  return g == glob.size();
}

std::string fold(std::string_view s) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  u.foldCase();
  std::string out;
  u.toUTF8String(out);
  return out;
}

bool is_word(const Token& t) { return t.kind != TokenKind::punct && t.kind != TokenKind::symbol; }

bool ends_sentence(const Token& t) {
  if (t.kind != TokenKind::punct || t.norm.size() != 1) return false;
  const char c = t.norm[0];
  return c == '.' || c == '!' || c == '?' || c == ';' || c == ':';
}

bool intersects(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b) {
  auto i = a.begin(), j = b.begin();
  while (i != a.end() && j != b.end()) {
    if (*i == *j) return true;
    if (*i < *j) ++i; else ++j;
  }
  return false;
}

}  // namespace

struct CompiledCodebook::Impl {
  StringMap<std::uint32_t> key_ids;  // lemma, or "~" + stem
  std::vector<std::vector<std::uint32_t>> units_by_key;    // key id -> units
  std::vector<Unit> units;
  std::vector<Glob> globs;
  std::vector<Phrase> phrases;
  std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> phrases_by_first_key;
  std::vector<NearPattern> nears;
  std::uint32_t near_state_size = 0;
  std::vector<RegexPattern> regexes;
  StringSet negation_words;

  std::uint32_t intern(const std::string& key) {
    auto [it, fresh] = key_ids.try_emplace(key, static_cast<std::uint32_t>(key_ids.size()));
    if (fresh) units_by_key.emplace_back();
    return it->second;
  }

  // The keys a pattern word matches: its lemmas and its stem.
  std::vector<std::uint32_t> pattern_keys(Lemmatiser& lemmatiser, std::string_view norm) {
    const Lemmas& l = lemmatiser.lookup(norm);
    std::vector<std::uint32_t> keys;
    for (const auto& lemma : l.lemmas) keys.push_back(intern(lemma));
    keys.push_back(intern("~" + l.stem));
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    return keys;
  }

  // The word tokens of `text`, with `*` words as gaps.
  std::vector<Element> elements(Tokeniser& tokeniser, Lemmatiser& lemmatiser, const std::string& text) {
    std::vector<Element> out;
    std::vector<Token> tokens;
    std::size_t start = 0;
    while (start <= text.size()) {
      std::size_t space = text.find(' ', start);
      if (space == std::string::npos) space = text.size();
      std::string word = text.substr(start, space - start);
      start = space + 1;
      if (word.empty()) continue;
      if (word == "*") {
        out.push_back({{}, true, kAnyBits});
        continue;
      }
      tokeniser.tokenise(word, tokens);
      for (const auto& t : tokens)
        if (is_word(t)) {
          std::vector<std::uint32_t> keys = pattern_keys(lemmatiser, t.norm);
          const std::uint64_t bits = key_bits(keys);
          out.push_back({std::move(keys), false, bits});
        }
    }
    return out;
  }

  void add_phrase(std::uint32_t code, Role role, std::vector<Element> elems) {
    if (elems.empty() || elems.front().gap) return;
    const auto id = static_cast<std::uint32_t>(phrases.size());
    for (auto key : elems.front().keys) phrases_by_first_key[key].push_back(id);
    phrases.push_back({code, role, std::move(elems)});
  }

  // A term: one word matched by its lemma keys. A term that the tokeniser
  // cuts into several words (e-mail) is matched as a phrase, except in near.
  void add_term(Tokeniser& tokeniser, Lemmatiser& lemmatiser, const Term& term, Unit unit) {
    auto elems = elements(tokeniser, lemmatiser, term.text);
    if (elems.size() != 1) {
      if (unit.role != Role::near) add_phrase(unit.code, unit.role, std::move(elems));
      return;
    }
    unit.compound = term.compound;
    const auto id = static_cast<std::uint32_t>(units.size());
    units.push_back(unit);
    for (auto key : elems.front().keys) units_by_key[key].push_back(id);
  }

  void add_glob(const std::string& text, Unit unit) {
    globs.push_back({fold(text), static_cast<std::uint32_t>(units.size())});
    units.push_back(unit);
  }
};

CompiledCodebook::CompiledCodebook(const Codebook& codebook) : codebook_(codebook), impl_(std::make_unique<Impl>()) {
  Impl& m = *impl_;
  Tokeniser tokeniser;
  Lemmatiser lemmatiser;
  for (const auto& w : codebook.negation.words) m.negation_words.insert(fold(w));
  for (std::uint32_t c = 0; c < codebook.codes.size(); ++c) {
    const Code& code = codebook.codes[c];
    for (const auto& t : code.terms) m.add_term(tokeniser, lemmatiser, t, {c, Role::hit});
    for (const auto& g : code.globs) m.add_glob(g.text, {c, Role::hit});
    for (const auto& p : code.phrases) m.add_phrase(c, Role::hit, m.elements(tokeniser, lemmatiser, p.text));
    for (const auto& e : code.exclude) {
      switch (pattern_kind(e.text)) {
        case PatternKind::glob: m.add_glob(e.text, {c, Role::exclude}); break;
        case PatternKind::term:
          m.add_term(tokeniser, lemmatiser, Term{e.text, CompoundMode::any, e.mark}, {c, Role::exclude});
          break;
        case PatternKind::phrase: m.add_phrase(c, Role::exclude, m.elements(tokeniser, lemmatiser, e.text)); break;
      }
    }
    for (const auto& n : code.near) {
      const auto id = static_cast<std::uint32_t>(m.nears.size());
      m.nears.push_back({c, static_cast<std::uint32_t>(n.terms.size()), n.within, m.near_state_size});
      m.near_state_size += static_cast<std::uint32_t>(n.terms.size());
      for (std::uint32_t t = 0; t < n.terms.size(); ++t) {
        Term term = n.terms[t];
        term.compound = CompoundMode::none;
        m.add_term(tokeniser, lemmatiser, term, {c, Role::near, CompoundMode::none, id, t});
      }
    }
    for (const auto& r : code.regex) {
      UErrorCode status = U_ZERO_ERROR;
      UParseError pe;
      std::unique_ptr<icu::RegexPattern> p(
          icu::RegexPattern::compile(icu::UnicodeString::fromUTF8(r.text), UREGEX_CASE_INSENSITIVE, pe, status));
      if (U_FAILURE(status))
        throw DataError({codebook.path, r.mark.line, r.mark.column},
                        fmt::format("invalid regular expression '{}' in code {}: {}", r.text, code.id, u_errorName(status)));
      m.regexes.push_back({c, std::move(p), &r, RegexPrefilter(r.text)});
    }
  }
}

CompiledCodebook::~CompiledCodebook() = default;

namespace {

// What a distinct token norm matches, computed once per Matcher.
struct NormInfo {
  std::vector<std::uint32_t> keys;   // lemma keys known to the codebook, sorted
  std::vector<std::uint32_t> units;  // single-token patterns it matches, sorted
  std::vector<std::uint32_t> phrase_starts;  // phrases whose first word it matches, sorted
  std::vector<std::uint64_t> phrase_next;    // per phrase start: its second element's bits
  std::uint64_t bits = 0;                    // key_bits(keys)
  bool negation = false;
};

struct Candidate {
  std::uint32_t code;
  Role role;
  std::size_t begin, end;  // bytes
  std::size_t first_word;  // index into the word list
};

// What the scan over a segment's words reads of each: most words start no
// pattern, and skipping them without touching their NormInfo keeps the scan
// in cache.
struct WordInfo {
  const NormInfo* info = nullptr;
  std::uint64_t bits = 0;       // info->bits
  std::uint64_t next_bits = 0;  // the OR of info->phrase_next: what a next word must share to go on with a phrase
  bool negation = false;        // info->negation
  bool units = false;           // info->units is not empty
  bool any_next = false;        // a phrase it starts goes on with a gap, or ends with it
};

WordInfo word_info(const NormInfo& n) {
  WordInfo w{&n, n.bits, 0, n.negation, !n.units.empty(), false};
  for (auto next : n.phrase_next) {
    if (next == kAnyBits)
      w.any_next = true;
    else
      w.next_bits |= next;
  }
  return w;
}

constexpr std::size_t kNormCacheLimit = 200'000;

}  // namespace

struct Matcher::Impl {
  const CompiledCodebook& compiled;
  const CompiledCodebook::Impl& cb;
  Tokeniser tokeniser;
  CompoundSplitter splitter;
  Lemmatiser lemmatiser;
  StringMap<NormInfo> cache;
  // The cache's entries by the tokeniser's surface id, so most words skip the look-up by norm.
  std::vector<WordInfo> by_surface;
  WordInfo uncached;  // the last word without a surface id
  std::uint64_t surface_generation = 0;
  std::vector<std::unique_ptr<icu::RegexMatcher>> regex_matchers;
  UText* utext = nullptr;

  // Per-segment scratch, reused.
  std::vector<Token> tokens;
  std::vector<std::size_t> words;           // token indices of word tokens
  std::vector<std::size_t> sentence_start;  // per word: index of the first word of its sentence
  std::vector<WordInfo> infos;              // per word
  std::vector<Candidate> candidates;
  std::vector<long> near_last;
  std::vector<CodeMatch> spare;  // code matches given back, their hit lists' storage kept

  explicit Impl(const CompiledCodebook& c) : compiled(c), cb(*c.impl_) {
    for (const auto& r : cb.regexes) {
      UErrorCode status = U_ZERO_ERROR;
      std::unique_ptr<icu::RegexMatcher> m(r.pattern->matcher(status));
      m->setTimeLimit(kRegexTimeLimit, status);
      m->setStackLimit(kRegexStackLimit, status);
      regex_matchers.push_back(std::move(m));
    }
  }
  ~Impl() {
    if (utext) utext_close(utext);
  }

  void add_keys(std::string_view norm, std::vector<std::uint32_t>& keys) {
    const Lemmas& l = lemmatiser.lookup(norm);
    for (const auto& lemma : l.lemmas)
      if (auto* it = cb.key_ids.find(lemma)) keys.push_back(it->second);
    if (!l.known)
      if (auto* it = cb.key_ids.find("~" + l.stem)) keys.push_back(it->second);
  }

  void add_units(const std::vector<std::uint32_t>& keys, std::vector<std::uint32_t>& units, bool head, bool modifier) {
    for (auto key : keys)
      for (auto u : cb.units_by_key[key]) {
        CompoundMode mode = cb.units[u].compound;
        bool ok = (!head && !modifier) || mode == CompoundMode::any ||
                  (head && mode == CompoundMode::head) || (modifier && mode == CompoundMode::modifier);
        if (ok) units.push_back(u);
      }
  }

  // A reference, so that callers copy it from memory written long before
  // (a copy of a freshly assembled temporary stalls on store forwarding).
  const WordInfo& info(const Token& token) {
    const std::uint32_t id = token.surface_id;
    if (id == Token::kNoSurfaceId) return uncached = word_info(info_of_norm(token));
    if (id >= by_surface.size()) by_surface.resize(id + 1);
    if (!by_surface[id].info) by_surface[id] = word_info(info_of_norm(token));
    return by_surface[id];
  }

  const NormInfo& info_of_norm(const Token& token) {
    if (auto* it = cache.find(token.norm)) return it->second;
    NormInfo n;
    n.negation = cb.negation_words.count(token.norm) > 0;
    if (token.kind == TokenKind::word || token.kind == TokenKind::abbrev) {
      add_keys(token.norm, n.keys);
      add_units(n.keys, n.units, false, false);
      CompoundSplit split = splitter.split(token.norm);
      for (std::size_t p = 0; split.parts.size() > 1 && p < split.parts.size(); ++p) {
        std::vector<std::uint32_t> part_keys;
        add_keys(split.parts[p], part_keys);
        const bool head = p + 1 == split.parts.size();
        add_units(part_keys, n.units, head, !head);
      }
    } else {
      add_keys(token.norm, n.keys);
      add_units(n.keys, n.units, false, false);
    }
    for (const auto& g : cb.globs)
      if (glob_match(g.pattern, token.norm)) n.units.push_back(g.unit);
    for (auto key : n.keys)
      if (auto it = cb.phrases_by_first_key.find(key); it != cb.phrases_by_first_key.end())
        n.phrase_starts.insert(n.phrase_starts.end(), it->second.begin(), it->second.end());
    for (auto* v : {&n.keys, &n.units, &n.phrase_starts}) {
      std::sort(v->begin(), v->end());
      v->erase(std::unique(v->begin(), v->end()), v->end());
    }
    n.bits = key_bits(n.keys);
    for (auto id : n.phrase_starts) {
      const auto& elements = cb.phrases[id].elements;
      n.phrase_next.push_back(elements.size() > 1 ? elements[1].bits : kAnyBits);
    }
    return cache.emplace(token.norm, std::move(n)).first->second;
  }

  // The last word index of a match of elements[e..] starting at word w, or -1.
  long match_phrase(const Phrase& p, std::size_t e, std::size_t w) const {
    if (e == p.elements.size()) return static_cast<long>(w) - 1;
    const Element& el = p.elements[e];
    if (el.gap) {
      for (std::size_t skip = 0; skip <= kMaxGap && w + skip <= words.size(); ++skip)
        if (long r = match_phrase(p, e + 1, w + skip); r >= 0) return r;
      return -1;
    }
    if (w >= words.size() || !(el.bits & infos[w].bits) || !intersects(el.keys, infos[w].info->keys)) return -1;
    return match_phrase(p, e + 1, w + 1);
  }

  void add_candidate(std::uint32_t code, Role role, std::size_t first, std::size_t last) {
    candidates.push_back({code, role, tokens[words[first]].begin, tokens[words[last]].end, first});
  }

  void match_tokens() {
    near_last.assign(cb.near_state_size, std::numeric_limits<long>::min() / 2);
    for (std::size_t w = 0; w < words.size(); ++w) {
      // Most words start nothing, or phrases the next word cannot continue.
      const std::uint64_t next_bits = w + 1 < words.size() ? infos[w + 1].bits : 0;
      const bool phrases = infos[w].any_next || (infos[w].next_bits & next_bits);
      if (!infos[w].units && !phrases) continue;
      const NormInfo& n = *infos[w].info;
      for (auto u : n.units) {
        const Unit& unit = cb.units[u];
        if (unit.role != Role::near) {
          add_candidate(unit.code, unit.role, w, w);
          continue;
        }
        const NearPattern& np = cb.nears[unit.near];
        near_last[np.state + unit.near_term] = static_cast<long>(w);
        long first = static_cast<long>(w);
        for (std::uint32_t t = 0; t < np.terms; ++t) first = std::min(first, near_last[np.state + t]);
        if (static_cast<long>(w) - first <= np.within) {
          add_candidate(np.code, Role::hit, static_cast<std::size_t>(first), w);
          for (std::uint32_t t = 0; t < np.terms; ++t) near_last[np.state + t] = std::numeric_limits<long>::min() / 2;
        }
      }
      // Most phrase starts fail on the next word: its bits rule them out
      // without touching the phrase.
      for (std::size_t s = 0; phrases && s < n.phrase_starts.size(); ++s) {
        if (!(n.phrase_next[s] & next_bits) && n.phrase_next[s] != kAnyBits) continue;
        const Phrase& p = cb.phrases[n.phrase_starts[s]];
        if (long last = match_phrase(p, 1, w + 1); last >= 0)
          add_candidate(p.code, p.role, w, static_cast<std::size_t>(last));
      }
    }
  }

  void match_regexes(std::string_view text) {
    if (cb.regexes.empty()) return;
    UErrorCode status = U_ZERO_ERROR;
    utext = utext_openUTF8(utext, text.data(), static_cast<int64_t>(text.size()), &status);
    for (std::size_t r = 0; r < cb.regexes.size(); ++r) {
      const std::size_t from = cb.regexes[r].prefilter.first_candidate(text);
      if (from == std::string_view::npos) continue;
      icu::RegexMatcher& m = *regex_matchers[r];
      status = U_ZERO_ERROR;
      m.reset(utext);
      for (bool found = m.find(static_cast<int64_t>(from), status); found && U_SUCCESS(status); found = m.find(status)) {
        auto b = static_cast<std::size_t>(m.start64(status));
        auto e = static_cast<std::size_t>(m.end64(status));
        if (b == e) continue;
        auto first = std::lower_bound(words.begin(), words.end(), b,
                                      [&](std::size_t t, std::size_t off) { return tokens[t].end <= off; });
        candidates.push_back({cb.regexes[r].code, Role::hit, b, e, static_cast<std::size_t>(first - words.begin())});
      }
      if (status == U_REGEX_TIME_OUT || status == U_REGEX_STACK_OVERFLOW) {
        const RegexPattern& rp = cb.regexes[r];
        const Codebook& book = compiled.codebook();
        throw DataError({book.path, rp.source->mark.line, rp.source->mark.column},
                        fmt::format("regular expression '{}' of code {} ran away ({}) and was stopped; "
                                    "simplify it (nested repetition such as (a+)+ is the usual cause)",
                                    rp.source->text, book.codes[rp.code].id,
                                    status == U_REGEX_TIME_OUT ? "time limit" : "stack limit"));
      }
    }
  }

  bool negated(std::size_t first_word) const {
    const std::size_t window = static_cast<std::size_t>(compiled.codebook().negation.window);
    if (first_word >= words.size()) return false;
    const std::size_t from = std::max(sentence_start[first_word], first_word >= window ? first_word - window : 0);
    for (std::size_t w = from; w < first_word; ++w)
      if (infos[w].negation) return true;
    return false;
  }

  void resolve(std::vector<CodeMatch>& out) {
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
      if (a.code != b.code) return a.code < b.code;
      if (a.role != b.role) return a.role > b.role;  // exclusions first
      if (a.begin != b.begin) return a.begin < b.begin;
      return a.end > b.end;
    });
    for (auto& previous : out) spare.push_back(std::move(previous));
    out.clear();
    for (std::size_t i = 0; i < candidates.size();) {
      const std::uint32_t code = candidates[i].code;
      std::size_t j = i;
      while (j < candidates.size() && candidates[j].code == code && candidates[j].role == Role::exclude) ++j;
      const std::size_t excludes_end = j;
      CodeMatch cm;
      if (!spare.empty()) {
        cm = std::move(spare.back());
        spare.pop_back();
        cm.counted.clear();
        cm.negated.clear();
      }
      cm.code = code;
      const Code& c = compiled.codebook().codes[code];
      std::size_t covered_to = 0;
      bool any = false;
      for (; j < candidates.size() && candidates[j].code == code; ++j) {
        const Candidate& h = candidates[j];
        bool vetoed = false;
        for (std::size_t x = i; x < excludes_end && !vetoed; ++x)
          vetoed = candidates[x].begin <= h.begin && h.end <= candidates[x].end;
        if (vetoed || (any && h.end <= covered_to)) continue;
        any = true;
        covered_to = std::max(covered_to, h.end);
        if (c.negation == NegationMode::count || !negated(h.first_word))
          cm.counted.push_back({h.begin, h.end});
        else if (c.negation == NegationMode::flag)
          cm.negated.push_back({h.begin, h.end});
      }
      i = j;
      if (cm.counted.size() >= static_cast<std::size_t>(c.min_hits) || (cm.counted.empty() && !cm.negated.empty()))
        out.push_back(std::move(cm));
      else
        spare.push_back(std::move(cm));
    }
    const auto& codes = compiled.codebook().codes;
    std::sort(out.begin(), out.end(),
              [&](const CodeMatch& a, const CodeMatch& b) { return codes[a.code].id < codes[b.code].id; });
  }
};

const std::vector<Token>& Matcher::tokens() const { return impl_->tokens; }

Matcher::Matcher(const CompiledCodebook& compiled) : impl_(std::make_unique<Impl>(compiled)) {}
Matcher::~Matcher() = default;

void Matcher::match(std::string_view text, std::vector<CodeMatch>& out) {
  Impl& m = *impl_;
  // Cleared between segments only: infos point into the cache.
  if (m.cache.size() >= kNormCacheLimit) {
    m.cache.clear();
    m.by_surface.clear();
  }
  m.tokeniser.tokenise(text, m.tokens);
  if (m.tokeniser.generation() != m.surface_generation) {
    m.surface_generation = m.tokeniser.generation();
    m.by_surface.clear();
  }
  m.words.clear();
  m.sentence_start.clear();
  m.infos.clear();
  m.candidates.clear();
  std::size_t sentence = 0;
  for (std::size_t t = 0; t < m.tokens.size(); ++t) {
    if (ends_sentence(m.tokens[t])) sentence = m.words.size();
    if (!is_word(m.tokens[t])) continue;
    m.words.push_back(t);
    m.sentence_start.push_back(sentence);
    m.infos.push_back(m.info(m.tokens[t]));
  }
  m.match_tokens();
  m.match_regexes(text);
  m.resolve(out);
}

}  // namespace draad
