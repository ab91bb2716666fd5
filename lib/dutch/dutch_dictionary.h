// The Dutch hunspell dictionary (Debian hunspell-nl), for lemmas and for
// deciding line-end hyphens, safe to call from any thread. Its answers are
// kept, in memory and on disk between runs (answer_cache.h), and hunspell is
// loaded (a tenth of a CPU second, about 25 MB) only when a word's answer is
// not known yet. A Hunspell object answers one thread at a time, and on a
// new text asking it is most of the coding threads' time: threads that
// would wait for each other load one more, up to four.
//
// Debian 12's libhunspell (1.7.1) keeps a process-wide table that each
// Hunspell object sets up and tears down without a lock, so two threads
// making or destroying dictionaries at once corrupt it (hunspell issue #727,
// fixed upstream after 1.7.1): they are made one at a time, never destroyed.
#pragma once

#include <string>
#include <vector>

namespace draad::dutch_dictionary {

// Whether hunspell-nl is installed; without it every answer below is empty.
bool installed();

// 1 when `word` (lower-case UTF-8) is a Dutch word, 0 when not, -1 when the
// dictionary is not installed. Answers are cached.
int spell(const std::string& word);

// Token norms fold the diaeresis (creëren: creeren, ideeën: ideeen), which
// the word list keeps: the spelling with one diaeresis back on a vowel after
// a vowel that the word list knows (creëren, ideeën, geïnvesteerd), or ""
// when there is none.
std::string with_diaeresis(const std::string& word);

// `word` with the diaeresis folded, as in a token norm.
std::string fold_diaeresis(std::string word);

// What the answers depend on, for a cache's key: the word list and the
// hunspell library (path, size and modification time of each).
std::string source_key();

// hunspell's stems of `word` (may include compound parts and verb bases).
std::vector<std::string> stems(const std::string& word);

}  // namespace draad::dutch_dictionary
