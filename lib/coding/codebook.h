// Codebooks: a researcher's themes, codes, patterns and threads, read from
// YAML (schema v1, documented with examples in codebooks/README.md).
//
// load() gives a Codebook only when the file is free of errors; check()
// gives every problem at once (what `draad codebook lint` prints), each with
// file:line:column. The size of the file and the number of YAML nodes are
// limited before and while parsing, so an alias bomb or a 100 MB file is
// refused with a message instead of exhausting memory.
//
// The content hash is SHA-256 of the file's bytes; `hash8` is its first 8 hex
// digits and the coder id is `name@version#hash8` (e.g. samenleven@1#3fa9c2d1).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/error.h"
#include "stream/where.h"

namespace draad {

// Where a term may match inside a compound word: as its head (`plek` in
// `ontmoetingsplekken`), as a modifier (`buurt` in `buurthuis`), either, or
// only as a whole word. A whole word always matches.
enum class CompoundMode { any, head, modifier, none };
const char* compound_mode_name(CompoundMode mode);

// How a term's word must be read in the text: as whatever it is (the
// default), only as a noun (or adjective), only as a verb, or as the action
// a verb names: the verb and its infinitive made a noun (het douchen, bij
// het kaarten; not de kaarten). Where a word may be either (zorgen, delen,
// vragen, regel), the words around it decide (lemma.h: reading_in_context);
// where they do not, it is both.
enum class WordClass { any, noun, verb, action };
const char* word_class_name(WordClass word_class);

// What a hit preceded by a negation word does: counted like any hit, listed
// apart in the `negated` column without counting (flag), or ignored (drop).
enum class NegationMode { flag, count, drop };
const char* negation_mode_name(NegationMode mode);

enum class ThreadScope { segment, document };
const char* thread_scope_name(ThreadScope scope);

// Each item read from a codebook file keeps its `mark`: where in the file
// it is written, for messages.
struct Term {
  std::string text;  // one word, as written (matching ignores case)
  CompoundMode compound = CompoundMode::any;
  Location mark;
  WordClass as = WordClass::any;

  bool operator==(const Term&) const = default;
};

// A pattern written as a string: a glob, a phrase, a regex or an exclusion.
struct Pattern {
  std::string text;
  Location mark;

  bool operator==(const Pattern&) const = default;
};

// All of `terms` within `within` tokens of each other.
struct Near {
  std::vector<Term> terms;
  int within = 8;
  Location mark;

  bool operator==(const Near&) const = default;
};

// A limit on the segments a code may apply to: a condition on one of the
// segment's columns, written as `--where` takes it (`rol=deelnemer`,
// `speaker!=Interviewer,Gespreksleider`).
struct Limit {
  where::Condition condition;
  Location mark;

  bool operator==(const Limit&) const = default;
};

struct Code {
  std::string id;      // full id: theme/code, or theme/code/sub for a nested code
  std::string theme;   // the theme id
  std::string parent;  // full id of the enclosing code; "" for a code directly under its theme
  std::string name;    // the last part of the id
  std::string label;
  std::string definition;
  std::string include;  // criteria.include: prose for the human coder
  std::string exclude_criteria;  // criteria.exclude
  std::string example;
  std::string colour;   // "#rrggbb" or ""
  std::vector<Term> terms;
  std::vector<Pattern> globs;    // on the token norm; * = any run of characters
  std::vector<Pattern> phrases;  // words match by lemma; * = a gap of 0 to 3 tokens
  std::vector<Near> near;
  std::vector<Pattern> regex;    // ICU, case-insensitive, on the segment text
  std::vector<Pattern> exclude;  // a word, glob or phrase; a hit inside its match is vetoed
  NegationMode negation = NegationMode::flag;
  int min_hits = 1;
  // Its theme's, its parent code's and its own `where`: all must hold.
  std::vector<Limit> where;
  Location mark;  // of the code's key

  bool operator==(const Code&) const = default;
};

struct Theme {
  std::string id;
  std::string label;
  std::string description;
  std::string colour;
  std::vector<std::size_t> codes;  // indices into Codebook::codes, in file order (nested ones too)
  std::vector<Limit> where;        // inherited by its codes
  Location mark;

  bool operator==(const Theme&) const = default;
};

struct ThreadRule {
  int min_codes = 2;
  ThreadScope scope = ThreadScope::segment;

  bool operator==(const ThreadRule&) const = default;
};

// A rode draad: a segment (or document, by scope) carries it when at least
// rule.min_codes of the listed codes and themes occur in it. A listed theme
// occurs when any of its codes does.
struct Thread {
  std::string id;
  std::string label;
  std::string description;
  std::vector<std::string> codes;   // full code ids
  std::vector<std::string> themes;  // theme ids
  ThreadRule rule;
  Location mark;

  bool operator==(const Thread&) const = default;
};

struct NegationSettings {
  std::vector<std::string> words = {"niet", "geen", "nooit", "zonder", "nergens", "niemand", "niets"};
  int window = 3;  // tokens before the hit

  bool operator==(const NegationSettings&) const = default;
};

// When a theme is present in a long segment: in a segment of more than
// `words` words, its codes' counted hits together must reach `theme_hits`,
// or one of them must span several words (a phrase, a near, a regex); else
// none of its codes applies. words = 0: off.
struct LongSegments {
  int words = 0;
  int theme_hits = 2;

  bool operator==(const LongSegments&) const = default;
};

// A rule of the codebook that applies, when `on`, to the segments that pass
// any one of `where_any` (none listed: every segment), so that a moderator
// is known by a `rol` column where the segments have one and by a speaker
// label such as `Interviewer` where they do not. For `questions` and
// `headings` (hits: skip), the parts of a segment that set or frame a topic
// but say nothing about it, whose hits count for no code:
// - questions: a question put to the participants (a moderator's `Wat
//   betekent vertrouwen voor u?`), a sentence ending in '?';
// - headings: a segment that is a plain-text report's heading or table of
//   contents (text/heading.h: `● Hoofdstuk 2: Spelregels`), never one
//   with a non-empty `section` column (limits.h).
struct SegmentRule {
  bool on = false;
  std::vector<Limit> where_any;
  Location mark;  // of the key

  bool operator==(const SegmentRule&) const = default;
};

// A paragraph in which a report tells how its study was done (`We
// organiseerden zeven bijeenkomsten met ...`) names the study's themes in
// passing; a human coder codes a theme there only when the paragraph says
// something about it. A segment is such a paragraph when at least min_words
// of its words, and at least min_per_100_words per hundred of them, match
// one of `words` (globs on the token norm, as a code's globs). There, as in
// a long segment (LongSegments), a theme needs theme_hits counted hits of
// its codes together, or one hit spanning several words; else none of its
// codes applies. On when words are given.
struct MethodRule : SegmentRule {
  std::vector<Pattern> words;
  int min_words = 2;
  int min_per_100_words = 4;
  int theme_hits = 2;

  bool operator==(const MethodRule&) const = default;
};

// An answer is read against its question: a poll's answer (`tijd`) under
// its question (`Wat heeft u nodig om uw buren beter te leren kennen?`, the
// `section` when it ends in '?'), a survey's answer with its `question`
// column. `answers: {uncoded: question}` turns it on: an answer that codes
// nothing takes the codes that its question carries (limits.h). When
// `non_answers` is given, not an answer that says no or nothing: one whose
// first clause holds no word but negation words and those (Weet niet;
// Nergens; geen idee, ...; Nooit eigenlijk), as a human coder codes no theme
// there and a negated hit counts for none.
struct AnswerRule : SegmentRule {
  std::vector<Pattern> non_answers;  // words, matched by their token norm
  Location non_answers_mark;         // of the key; line 0 when not given

  bool operator==(const AnswerRule&) const = default;
};

struct Codebook {
  std::string path;  // as given to load()
  std::string name;
  std::string version;  // as written (an integer or a string)
  std::string language = "nl";
  std::string description;
  std::string hash;   // SHA-256 of the file bytes, 64 lower-case hex digits
  std::string hash8;  // its first 8 digits
  NegationSettings negation;
  LongSegments long_segments;
  SegmentRule questions;
  SegmentRule headings;
  MethodRule method;
  AnswerRule answers;
  std::vector<Theme> themes;  // in file order
  std::vector<Code> codes;    // in file order, a parent before its sub-codes
  std::vector<Thread> threads;

  // `name@version#hash8`: the coder column of the coding stream.
  std::string coder() const;
  const Code* find_code(std::string_view id) const;
  const Theme* find_theme(std::string_view id) const;

  bool operator==(const Codebook&) const = default;
};

// One problem found in a codebook.
struct Diagnostic {
  enum class Severity { error, warning };
  Severity severity = Severity::error;
  Location where;
  std::string message;
  // "file:line:column: error: message" (or "warning:").
  std::string str() const;
};

struct CheckResult {
  Codebook codebook;  // as far as it could be read
  std::vector<Diagnostic> diagnostics;  // errors and warnings, in file order
  bool ok() const;  // no errors
};

// Limits applied before and while parsing.
inline constexpr std::size_t kMaxCodebookBytes = 4 * 1024 * 1024;
inline constexpr std::size_t kMaxCodebookNodes = 200'000;

// Reads and checks a codebook; never throws for a problem in the file itself
// (only for one that cannot be read, a DataError naming it).
CheckResult check(const std::string& path);
// The same for a codebook held in memory (e.g. one just converted), its
// problems located in `name`.
CheckResult check_text(const std::string& name, std::string content);

// Reads a codebook that must be free of errors: the first error is thrown as
// a DataError, with the number of further errors in its message. Warnings
// are ignored.
Codebook load(const std::string& path);

// The default codebook: codebooks/samenleven.yaml of the source tree.
std::string default_codebook_path();

// SHA-256 of `bytes` as 64 lower-case hex digits.
std::string sha256_hex(std::string_view bytes);

}  // namespace draad
