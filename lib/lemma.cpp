#include "lemma.h"

#include <algorithm>

#include <libstemmer.h>

#include "dutch_dictionary.h"
#include "string_map.h"

namespace draad {
namespace {

// Past this many distinct norms the cache starts afresh, which keeps memory
// flat on a corpus with an open vocabulary (numbers, names, typos).
constexpr std::size_t kCacheLimit = 200'000;

}  // namespace

struct Lemmatiser::Impl {
  const bool have_dictionary = dutch_dictionary::installed();
  sb_stemmer* stemmer = nullptr;
  StringMap<Lemmas> cache;

  Impl() {
    stemmer = sb_stemmer_new("dutch", "UTF_8");
  }
  ~Impl() { sb_stemmer_delete(stemmer); }

  Lemmas compute(const std::string& norm) {
    Lemmas out;
    out.lemmas.push_back(norm);
    // hunspell allocates per call and works on whole words only; numbers and
    // very long tokens (URLs) are not words it can know.
    if (have_dictionary && norm.size() <= 100) {
      for (auto& s : dutch_dictionary::stems(norm)) out.lemmas.push_back(std::move(s));
      out.known = out.lemmas.size() > 1 || dutch_dictionary::spell(norm) == 1;
    }
    std::sort(out.lemmas.begin(), out.lemmas.end());
    out.lemmas.erase(std::unique(out.lemmas.begin(), out.lemmas.end()), out.lemmas.end());
    if (stemmer) {
      const sb_symbol* s = sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol*>(norm.data()),
                                           static_cast<int>(norm.size()));
      if (s) out.stem.assign(reinterpret_cast<const char*>(s), static_cast<std::size_t>(sb_stemmer_length(stemmer)));
    }
    if (out.stem.empty()) out.stem = norm;
    return out;
  }
};

Lemmatiser::Lemmatiser() : impl_(std::make_unique<Impl>()) {}
Lemmatiser::~Lemmatiser() = default;

const Lemmas& Lemmatiser::lookup(std::string_view norm) {
  auto& cache = impl_->cache;
  if (auto it = cache.find(norm); it != cache.end()) return it->second;
  if (cache.size() >= kCacheLimit) cache.clear();
  std::string key(norm);
  Lemmas lemmas = impl_->compute(key);
  return cache.emplace(std::move(key), std::move(lemmas)).first->second;
}

}  // namespace draad
