// The lemma layer: which inflections of a Dutch word are the same word.
//
// Debian's Snowball `dutch` stemmer is the old Porter algorithm: it conflates
// unrelated words (heel/helen -> hel, kopen -> kop) and misses inflections
// (fiets -> fiet but fietsen -> fiets; huis/huizen). hunspell-nl knows the
// inflections of its word list: `fietsen` gives {fietsen, fiets}, `huizen`
// {huizen, huis}, `ontmoetingen` {ontmoeting}. So a word's lemmas are its
// norm plus those of hunspell's stems that it inflects (hunspell also gives
// compound first parts, buurtpeiling: buurt, and separable verb bases,
// meedoen: doen, which are other words); only for a word hunspell does not know (a new
// compound, a misspelling) is the Snowball stem used, marked apart so that it
// can only meet another stem.
//
// Look-ups are cached per distinct norm; a consultation corpus has a small
// vocabulary, so after the first pages hunspell is rarely called. A
// Lemmatiser is not thread-safe: make one per thread.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace draad {

struct Lemmas {
  std::vector<std::string> lemmas;  // the norm and its inflectional hunspell stems, sorted, without duplicates
  std::string stem;                 // Snowball stem of the norm
  bool known = false;               // hunspell recognises the word
};

class Lemmatiser {
 public:
  // Loads /usr/share/hunspell/nl.{aff,dic}; without them every word is
  // unknown and matching falls back to the Snowball stem.
  Lemmatiser();
  ~Lemmatiser();
  Lemmatiser(const Lemmatiser&) = delete;
  Lemmatiser& operator=(const Lemmatiser&) = delete;

  // The lemmas of a case-folded word (a token norm). The reference stays
  // valid until the next call.
  const Lemmas& lookup(std::string_view norm);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace draad
