// The matcher: which codes of a codebook a segment's text carries, and where.
//
// Cost is linear in the text. A CompiledCodebook turns every pattern word
// into lemma keys (lemma.h) held in hash tables; a Matcher tokenises a
// segment once and, per distinct token norm, caches which single-token
// patterns the token matches (a term as the whole word or as the head or a
// modifier of a compound, a glob on the norm) and which lemma keys it has.
// Phrases are indexed by their first word and checked forward from a token
// that starts one, so no pattern scans the text on its own; only a code's
// regular expressions run over the text, each under ICU's time and stack
// limits.
//
// A code that the segment's attributes keep away (limits.h) does not
// apply, whatever its hits. When they skip the segment's questions (the
// codebook's `questions`), a hit inside a sentence ending in '?' is vetoed;
// when they skip its headings (`headings`) and the text is one
// (text/heading.h) or its unit is `heading` (as the segmenter marks a
// plain-text document's titles), every hit is. In a long segment (the codebook's
// long_segments), and in a paragraph that tells how the study was done
// (`method`), a theme whose codes together have fewer counted hits than
// asked, none of them spanning several words, is taken as a passing
// mention: none of its codes applies.
//
// The fillers of speech (eh, uh: lemma.h, ContextWord::filler) are no words
// to the matcher: `ik eh regel dat` is read as `ik regel dat`.
//
// Per code, hits that lie inside a match of one of the code's `exclude`
// patterns are vetoed, a hit contained in a longer hit of the same code
// counts once (the longer one), and a hit with a negation word within the
// window before it in its clause is negated; the code's negation
// mode then counts, flags or drops it. A code applies when its counted hits
// reach min_hits. A code whose hits were all flagged as negated is returned
// too, with no counted hits, so that its flagged hits can be reviewed; it
// does not apply.
//
// An answer that codes nothing, when the segment's attributes give the
// question it answers (the codebook's `answers`), takes the codes that
// apply to the question (where the segment's attributes allow them), with
// the question's counted hits as question_hits; each distinct question is
// matched once per Matcher.
//
// A negation word also negates a hit before it, in the same clause, where
// Dutch puts it after the verb and its object (ik vertrouw de gemeente
// niet; not the subject: omdat de buren niet helpen), a hit it stands
// inside (ze doen niet mee), and a verb anywhere
// after it in the clause (niemand heeft het ons uitgelegd); zonder only
// what follows it in its own phrase (zonder hulp, not we ruimden zonder
// hulp op); `niet alleen`, `niet` before a word of quantity or frequency
// (niet altijd, niet iedereen, niet veel) and `niet niet` are no negation. A term that is
// a separable verb (meedoen) also matches its forms with the particle
// apart in the same clause (doet graag mee, mee te kunnen doen), and such
// a form is then that verb's, no hit of a term for its base or for a noun
// (we werken samen: samenwerken, not werken or werk). A verb form whose
// particle apart makes another verb the word list knows is no hit of a term
// for the verb alone, whether the codebook names the other verb or not (we
// spraken af: afspreken, not spreken), unless a term or glob of the same
// code matches the other verb (schelden with uitschel*: ze schelden me uit)
// or the particle only says a direction or going on (terug, mee, weg,
// door, rond, langs: ze belde me terug is bellen). A clause ends at , . ; : ! ? and
// dashes and where a conjunction opens one; `dat` and `die` open one only
// where a verb follows in it (not ik steun dat plan niet). A phrase
// that goes on to an infinitive also matches it with te before it (erbij
// horen: om erbij te horen), and one that ends in it (zich thuis voelen)
// in every Dutch word order within the clause (ik voel me hier thuis,
// omdat ik me er nooit thuis heb gevoeld, hoor je er echt bij).
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/byte_range.h"
#include "coding/codebook.h"
#include "coding/limits.h"
#include "dutch/lemma.h"
#include "dutch/tokenise.h"

namespace draad {

// A hit of the matcher is a ByteRange of the text given to match(); the
// coding stream lists it as a DocumentHit (stream/record.h), in code points
// of the whole document and with its surface.
struct CodeMatch {
  std::size_t code = 0;             // index into Codebook::codes
  std::vector<ByteRange> counted;   // in text order
  std::vector<ByteRange> negated;   // flagged negated hits, not counted, in text order
  // In an answer that codes nothing, read against its question
  // (Blocked::question): the code's counted hits in the question.
  std::size_t question_hits = 0;
  std::size_t hits() const { return counted.size() + question_hits; }
};

// The codebook in the form the matcher needs; immutable, shared by threads.
class CompiledCodebook {
 public:
  // Keeps a reference to `codebook`, which must outlive it.
  explicit CompiledCodebook(const Codebook& codebook);
  ~CompiledCodebook();
  CompiledCodebook(const CompiledCodebook&) = delete;
  CompiledCodebook& operator=(const CompiledCodebook&) = delete;

  const Codebook& codebook() const { return codebook_; }

 private:
  friend class Matcher;
  struct Impl;
  const Codebook& codebook_;
  std::unique_ptr<Impl> impl_;
};

// Why a hit of a pattern did or did not count, for `draad explain`.
struct HitNote {
  enum class Fate { counted, flagged, dropped, excluded, inside_longer, not_applied, passing };
  std::size_t code = 0;
  ByteRange hit{};
  std::string pattern;  // as the codebook writes it: term 'vertrouwen' (line 12)
  Fate fate = Fate::counted;
  std::string why;      // the exclusion, negation, limit or long-segment rule that decided it, or ""
};

// A word of the text as the matcher read it.
struct WordNote {
  ByteRange word{};
  std::vector<std::string> lemmas;  // as read in its context
  std::string lemma;                // its main lemma as read (lemma.h: main_lemma)
  Reading reading = Reading::any;   // what its context made it
  bool negation = false;            // one of the codebook's negation words
};

// Matches segments; holds the per-thread state (tokeniser, lemmatiser,
// regex matchers, caches). Make one per thread.
class Matcher {
 public:
  explicit Matcher(const CompiledCodebook& compiled);
  ~Matcher();
  Matcher(const Matcher&) = delete;
  Matcher& operator=(const Matcher&) = delete;

  // The codes that apply to valid UTF-8 `text`, sorted by code id, into `out`
  // (cleared first). A regular expression that exceeds its time or stack
  // limit is a DataError located at the pattern in the codebook, naming the
  // code. `blocked` (or null): the codes the segment's attributes keep away
  // and whether its questions and headings are skipped.
  void match(std::string_view text, std::vector<CodeMatch>& out, const Blocked* blocked = nullptr);

  // match(), and why: a note on every hit of every code (by code, then in
  // text order) and the words with their lemmas. Slower; for a few texts.
  void explain(std::string_view text, std::vector<CodeMatch>& out, std::vector<HitNote>& notes,
               std::vector<WordNote>& words, const Blocked* blocked = nullptr);

  // The tokens of the text last given to match(), valid until the next call
  // (hit offsets are byte offsets into that text, like theirs).
  const std::vector<Token>& tokens() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// ICU regex limits: match-engine steps (roughly milliseconds) and stack bytes.
inline constexpr int kRegexTimeLimit = 1000;
inline constexpr int kRegexStackLimit = 1 << 20;

}  // namespace draad
