// Lemmas kept between runs. Lemmatising a word a run has not seen costs
// some 20 µs (verb forms, compound parts, hunspell's stems), every run
// lemmatises all the codebook's terms, and the same words come back run
// after run: the Lemmas of every word a run computed are kept in a cache
// file (base/cache_file.h, "lemmas-<program>") as a FrozenMap, which later
// runs map and look words up in without reading the rest.
//
// The key names all the Lemmas depend on: the program itself (path, size and
// modification time, so a rebuilt draad starts afresh), the verb table,
// hunspell's word list and library, and Snowball's library. A file made
// under another key, cut short or changed is not used, and written anew.
// At exit, when the run computed words the file lacked, the file is
// written again with them (started afresh past 2^17 words). DRAAD_CACHE=off
// turns it off.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "dutch/lemma.h"

namespace draad::lemma_store {

// The kept Lemmas of `norm` into `out`; false when none are kept.
// Thread-safe.
bool find(std::string_view norm, Lemmas& out);

// Keeps `lemmas` (of lemmas.norm, a word find() did not give) for the file
// written at exit. Thread-safe.
void add(const Lemmas& lemmas);

// The bytes that stand for `lemmas` in the file, or nullopt when one of its
// words holds a space or a tab (such a word is not kept); and back.
std::optional<std::string> encode(const Lemmas& lemmas);
bool decode(std::string_view norm, std::string_view bytes, Lemmas& out);

}  // namespace draad::lemma_store
