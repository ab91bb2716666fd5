// Stage "tokenise": Dutch text into tokens a Dutch reader agrees with.
//
// ICU's word break rules over the UTF-8 text (no copy of the whole text),
// corrected by Dutch rules. White space is never a token; every other
// character of the text is in exactly one token. The rules, each with an
// example of the tokens it gives:
//
//   abbreviations keep their dot (data/abbreviations.nl.txt, initials, and
//     dotted letters like "a.s."):           bijv. | o.a. | d.w.z. | J.P.   (abbrev)
//   elisions and apostrophes stay inside:    's | avonds  't  zo'n  m'n  auto's  Anna's  '90
//   hyphen compounds are one token:          duo-interviews  Noord-Holland  's-Hertogenbosch
//   elliptic compounds keep their hyphen:    (semi-)openbare   sport- | en | cultuurverenigingen
//   slash alternatives are split:            anti-discriminatie | / | anti-racisme   en | / | of
//   numbers (kind number):                   4,5  58,5%  18-30  12-03-2026  16:30  3e  21ste  65+  1/2
//   a date with a month name is two tokens:  1 | maart
//   URLs, e-mail addresses, #hashtags, @mentions are one token each (kinds url,
//     email, hashtag, mention); trailing sentence punctuation is not part of them;
//   every quote, bracket and dash is a token of its own: ‘ | mooie | ’   “ | Ja | , | ”
//     (a doubled quote '' is two tokens, as ucto has it); a run of one
//     repeated mark is one token: ... | ** | !!! ; the ellipsis … is one token;
//   bullets and other symbols (● ➔ €) are tokens of kind symbol when the
//     Unicode category is a symbol, punct otherwise (• % & are punct).
//
// Token fields:
//   norm: NFC, case-folded; typographic apostrophes (’ ‘ ´ ` ′ ʼ) become ',
//     hyphen variants (‐ ‑) become -, soft hyphens and zero-width characters
//     are dropped. Diacritics: the diaeresis, grave, circumflex and cedilla
//     are folded (creëren = creeren, ideeën = ideeen, à = a, enquête =
//     enquete, façade = facade) because writers use them inconsistently and
//     Dutch spelling never contrasts on them; the acute accent is KEPT, because
//     Dutch uses it to mark real differences (één/een, vóór/voor, dé/de) and in
//     loans (café, comité) writers keep it.
//   stem: the Snowball Dutch stem (libstemmer) of norm, for words (empty
//     from a Tokeniser made without stems); norm for every other kind.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

struct sb_stemmer;  // libstemmer.h

namespace draad {

enum class TokenKind { word, number, punct, symbol, abbrev, url, email, hashtag, mention };
const char* kind_name(TokenKind kind);

// norm and stem view storage owned by the Tokeniser: they stay valid until
// its next tokenise() call (copy them to keep them longer).
struct Token {
  static constexpr std::uint32_t kNoSurfaceId = UINT32_MAX;

  std::size_t begin = 0;  // byte offsets into the text given to tokenise()
  std::size_t end = 0;
  TokenKind kind = TokenKind::word;
  std::string_view norm;  // see above
  std::string_view stem;  // see above
  // A small number naming the surface (the token's text): equal surfaces
  // get equal ids, counting from 0, as long as Tokeniser::generation() stays
  // the same, so callers can keep per-word data in a vector indexed by it
  // instead of a second hash look-up. kNoSurfaceId for one-byte marks and
  // digits and for surfaces too long to cache.
  std::uint32_t surface_id = kNoSurfaceId;
};

class Tokeniser {
 public:
  // Whether tokens carry their stems: a caller that reads only norms is
  // spared Snowball, most of the cost of a surface seen the first time.
  enum class Stems : bool { no, yes };

  // Loads the Dutch data files once; a Tokeniser is cheap to use many times
  // but not to share between threads (make one per thread). Throws
  // std::runtime_error when a data file or ICU's break rules are missing.
  // Without stems, a word's Token::stem is empty.
  explicit Tokeniser(Stems stems = Stems::yes);
  ~Tokeniser();

  // Tokens of valid UTF-8 `text`, in order, written into `out`. Norms and
  // stems are computed once per distinct surface and cached (the cache is
  // bounded between calls), so tokenising a stream allocates nothing per
  // token once it runs. Any valid UTF-8 is accepted
  // (control and private-use characters, lone combining marks, a 1 MB
  // "word") in time linear in its length.
  void tokenise(std::string_view text, std::vector<Token>& out);

  // Changes when tokenise() empties its cache of surfaces and starts giving
  // out surface ids afresh.
  std::uint64_t generation() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The Snowball Dutch stemmer (Debian libstemmer) behind Token::stem; the
// lemma layer stems with it too. Not thread-safe: make one per thread.
class SnowballStemmer {
 public:
  // Throws std::runtime_error when libstemmer has no Dutch stemmer.
  SnowballStemmer();
  ~SnowballStemmer();
  SnowballStemmer(const SnowballStemmer&) = delete;
  SnowballStemmer& operator=(const SnowballStemmer&) = delete;

  // The stem of a token norm into `out` (the norm itself if Snowball fails).
  void stem(std::string_view norm, std::string& out);

 private:
  ::sb_stemmer* stemmer_;
};

// The abbreviations of data/abbreviations.nl.txt, lower case, each with its
// final dot ("bijv.", "d.w.z."); loaded once. The sentence splitter uses the
// same list.
const std::vector<std::string>& dutch_abbreviations();

// A compound word split into its parts: "ontmoetingsplekken" gives parts
// {ontmoeting, plekken} with linkers {"s"}; "buurthuiswerker" gives
// {buurt, huis, werker} with linkers {"", ""}; "duo-interviews" gives
// {duo, interviews} with linkers {"-"}. Parts are slices of the norm, so
// concatenating parts[0] linkers[0] parts[1] ... gives the norm back (without
// the brackets of "(semi-)openbare" and the final hyphen of "sport-"). The head (last part) keeps
// its inflection, so stem it to match; modifiers are lexicon words. A word
// that is no compound gives one part and no linkers.
struct CompoundSplit {
  std::vector<std::string> parts;    // modifier(s) first, head last
  std::vector<std::string> linkers;  // linkers[i] joins parts[i] and parts[i+1]: "", "s", "e", "en", "er", "-"
};

// Splits compounds with a lexicon built from the Debian hunspell-nl word list
// (/usr/share/hunspell/nl.dic; inflected heads are checked with its affix
// rules). The lexicon is loaded once per process, on the first split() (a
// table mapped from the cache directory, built from the word list and kept
// there when it is missing or stale), and shared by every CompoundSplitter; split() may be called from several
// threads. Without the word list every word is one part. Costs a few
// microseconds per call: callers that see the same word often should cache.
class CompoundSplitter {
 public:
  CompoundSplitter();
  ~CompoundSplitter();
  CompoundSplit split(std::string_view norm) const;
};

}  // namespace draad
