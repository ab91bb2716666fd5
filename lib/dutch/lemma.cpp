#include "dutch/lemma.h"

#include <algorithm>

#include "dutch/dutch_dictionary.h"
#include "base/string_map.h"
#include "dutch/tokenise.h"

namespace draad {
namespace {

// Past this many distinct norms the cache starts afresh, which keeps memory
// flat on a corpus with an open vocabulary (numbers, names, typos).
constexpr std::size_t kCacheLimit = 200'000;

// Longer words are compounds and names, no verb forms worth the look-ups.
constexpr std::size_t kMaxVerbLength = 30;

// Whether `word` is an inflection of `stem`: they share all but the last two
// letters of the stem, and what follows in the word is a Dutch ending, maybe
// after one consonant of a spelling change (plek|ken, hui|zen, brie|ven,
// straat: stra|ten). hunspell-nl's stem() also gives the first part of a
// compound (buurtpeiling: buurt) and the base of a separable verb (meedoen:
// doen); taken as lemmas, those would let a term `buurt` match every
// buurtpeiling as a whole word, and a term `buurtpeiling` match every buurt.
bool inflects(std::string_view stem, std::string_view word) {
  static constexpr std::string_view kEndings[] = {
      "", "s", "'s", "n", "en", "e", "es", "t", "te", "ten", "d", "de", "den", "er", "ere", "eren",
      "ers", "st", "ste", "je", "jes", "tje", "tjes", "etje", "etjes", "pje", "pjes"};
  std::size_t common = 0;
  while (common < stem.size() && common < word.size() && stem[common] == word[common]) ++common;
  if (common == 0 || common + 2 < stem.size()) return false;
  const std::string_view rest = word.substr(common);
  auto is_ending = [](std::string_view s) {
    return std::find(std::begin(kEndings), std::end(kEndings), s) != std::end(kEndings);
  };
  const bool consonant = !rest.empty() && std::string_view("bcdfghjklmnpqrstvwxz").find(rest[0]) != std::string_view::npos;
  return is_ending(rest) || (consonant && is_ending(rest.substr(1)));
}

bool contains(std::initializer_list<std::string_view> words, std::string_view w) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

}  // namespace

ContextWord context_word(std::string_view w) {
  if (contains({"ik", "jij", "hij", "zij", "ze", "wij", "we", "u", "jullie", "men"}, w)) return ContextWord::subject;
  if (w == "je") return ContextWord::je;
  if (w == "het") return ContextWord::het;
  if (contains({"de", "een", "mijn", "jouw", "onze", "ons", "hun", "uw", "elke", "iedere", "ieder", "elk", "geen",
                "veel", "weinig", "alle", "sommige", "welke", "zo'n", "meer", "minder", "enkele", "andere", "eigen",
                "nieuwe", "goede", "hele"},
               w))
    return ContextWord::determiner;
  if (contains({"die", "dat", "deze", "dit", "wat"}, w)) return ContextWord::demonstrative;
  return ContextWord::other;
}

bool finite_form(const Lemmas& word) {
  return std::any_of(word.verbs.begin(), word.verbs.end(),
                     [](const VerbReading& v) { return (v.forms & (kPresent | kPast)) && !(v.forms & kStem); });
}

Reading reading_in_context(ContextWord previous, bool finite, ContextWord next) {
  switch (previous) {
    case ContextWord::subject: return Reading::verb;
    case ContextWord::je: return finite ? Reading::verb : Reading::any;
    case ContextWord::het: return finite ? Reading::verb : Reading::noun;
    case ContextWord::determiner: return Reading::noun;
    default: break;
  }
  if (next == ContextWord::subject || next == ContextWord::je) return Reading::verb;
  if (previous == ContextWord::demonstrative) return finite ? Reading::verb : Reading::noun;
  return Reading::any;
}

std::vector<std::string> lemmas_read_as(const Lemmas& lemmas, Reading reading) {
  std::vector<std::string> out;
  if (reading == Reading::verb) {
    for (const auto& v : lemmas.verbs) out.push_back(v.infinitive);
  } else if (reading == Reading::noun) {
    out = lemmas.nominal;
    for (const auto& v : lemmas.verbs)
      if (v.forms & kParticiple) out.push_back(v.infinitive);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
  }
  return out.empty() ? lemmas.lemmas : out;
}

struct Lemmatiser::Impl {
  const bool have_dictionary = dutch_dictionary::installed();
  SnowballStemmer stemmer;
  StringMap<Lemmas> cache;

  Lemmas compute(const std::string& norm) {
    Lemmas out;
    out.lemmas.push_back(norm);
    // hunspell allocates per call and works on whole words only; numbers and
    // very long tokens (URLs) are not words it can know.
    if (have_dictionary && norm.size() <= 100) {
      std::vector<std::string> stems = dutch_dictionary::stems(norm);
      out.known = !stems.empty() || dutch_dictionary::spell(norm) == 1;
      for (auto& s : stems)
        if (inflects(s, norm)) out.lemmas.push_back(std::move(s));
      if (out.known && norm.size() <= kMaxVerbLength)
        out.verbs = verb_readings(norm, [](const std::string& w) { return dutch_dictionary::spell(w) == 1; });
    }
    std::sort(out.lemmas.begin(), out.lemmas.end());
    out.lemmas.erase(std::unique(out.lemmas.begin(), out.lemmas.end()), out.lemmas.end());
    out.nominal = out.lemmas;
    // A bare stem is mostly a noun (regel, werk, beeld): its verb only
    // where the context says so (ik regel).
    for (const auto& v : out.verbs)
      if (v.forms != kStem) out.lemmas.push_back(v.infinitive);
    std::sort(out.lemmas.begin(), out.lemmas.end());
    out.lemmas.erase(std::unique(out.lemmas.begin(), out.lemmas.end()), out.lemmas.end());
    stemmer.stem(norm, out.stem);
    if (out.stem.empty()) out.stem = norm;
    return out;
  }
};

Lemmatiser::Lemmatiser() : impl_(std::make_unique<Impl>()) {}
Lemmatiser::~Lemmatiser() = default;

const Lemmas& Lemmatiser::lookup(std::string_view norm) {
  auto& cache = impl_->cache;
  if (auto* it = cache.find(norm)) return it->second;
  if (cache.size() >= kCacheLimit) cache.clear();
  std::string key(norm);
  Lemmas lemmas = impl_->compute(key);
  return cache.emplace(std::move(key), std::move(lemmas)).first->second;
}

}  // namespace draad
