#include "dutch/lemma.h"

#include <algorithm>
#include <cctype>
#include <utility>

#include "dutch/dutch_dictionary.h"
#include "dutch/lexicon.h"
#include "dutch/lemma_store.h"
#include "base/one_of.h"
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
      "ers", "st", "ste", "je", "jes", "tje", "tjes", "etje", "etjes", "pje", "pjes",
      // a diminutive doubles a last a, o or u (omaatje, fotootje, menuutje)
      "atje", "atjes", "otje", "otjes", "utje", "utjes"};
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

bool ends_with(std::string_view s, std::string_view end) {
  return s.size() >= end.size() && s.substr(s.size() - end.size()) == end;
}

// Whether `word` is `stem` + a verb's ending (kant: kan + t), not a noun's.
bool verb_ending(std::string_view stem, std::string_view word) {
  if (word.size() <= stem.size() || word.substr(0, stem.size()) != stem) return false;
  const std::string_view rest = word.substr(stem.size());
  return rest == "t" || rest == "d" || rest == "te" || rest == "de" || rest == "ten" || rest == "den";
}

bool vowel(char c) { return std::string_view("aeiouy").find(c) != std::string_view::npos; }

// Whether a word ends in one short vowel and one consonant (zak, schol;
// pion and duel too, whose two vowels are two syllables, not one vowel
// written with two letters as in boom, buik, mail).
bool closed_short(std::string_view w) {
  const std::size_t n = w.size();
  if (n < 3 || vowel(w[n - 1]) || !vowel(w[n - 2])) return false;
  return !vowel(w[n - 3]) || is_one_of({"ia", "io", "iu", "ua", "ue", "eo"}, w.substr(n - 3, 2));
}

// Whether `word` is a one-syllable `n` with -e where Dutch spelling would
// double n's consonant after its short vowel (mat: matte; so mate is no
// form of mat). Not -en, whose plurals may lengthen the vowel instead
// (dag: dagen, spel: spelen), nor a longer n, whose last syllable may be
// unstressed (nodig: nodige), nor ij, a long vowel (vrij: vrije).
bool undoubled_inflection(std::string_view n, std::string_view word) {
  return closed_short(n) && !n.ends_with("ij") && std::count_if(n.begin(), n.end(), vowel) == 1 && word.size() == n.size() + 1 &&
         word.starts_with(n) && word.back() == 'e';
}

// The word with its last vowel doubled (zak: zaak).
std::string long_vowel(std::string_view w) {
  std::string out(w.substr(0, w.size() - 1));
  out += w[w.size() - 2];
  out += w.back();
  return out;
}

// Whether the word list has the word or, since norms fold it, the word
// with a diaeresis (geinvesteerd: geïnvesteerd).
bool is_word(const std::string& w) {
  return dutch_dictionary::spell(w) == 1 || !dutch_dictionary::with_diaeresis(w).empty();
}

// Whether ge + stem + d or t is a participle of `infinitive`, as the
// lemmatiser reads it (gewaarschuwd; not geinloopt, which nl.dic takes for
// a compound of gein).
bool ge_before_whole_stem(const std::string& stem, const std::string& infinitive) {
  for (const char* end : {"d", "t"})
    for (const VerbReading& r : verb_readings("ge" + stem + end, is_word))
      if (r.infinitive == infinitive && (r.forms & kParticiple)) return true;
  return false;
}

}  // namespace

bool separable_stem(const Lemmas& word) {
  return std::any_of(word.verbs.begin(), word.verbs.end(), [&](const VerbReading& v) {
    if (!(v.forms & kStem)) return false;
    const std::string_view particle = separable_particle(v.infinitive, is_word);
    // after a particle that also makes inseparable verbs, only a noun nl.dic
    // lists (onderhoud, overleg: flagged to end a compound or as a noun); the
    // stem of ondersteunen or ondertekenen is its imperative; nor is the
    // stem of a verb that takes ge- before the whole of it, whose first
    // letters only spell a particle (gewaarschuwd: waarschuwen, no waar +
    // schuwen; getoeterd)
    return !particle.empty() &&
           (!inseparable_particle(particle) || lexicon::compound_head(word.norm) || lexicon::noun(word.norm)) &&
           !ge_before_whole_stem(word.norm, v.infinitive);
  });
}

bool diminutive_form(std::string_view norm) {
  return norm.ends_with("je") || norm.find("jes") != std::string_view::npos;
}

bool spelled_number(std::string_view w) {
  if (is_one_of({"tientallen", "honderden", "duizenden"}, w)) return true;
  // a number is written as one word of these (tweeduizend, vijfentwintig,
  // driehonderdvijftig), read greedily, so a part comes before a shorter one
  // it begins with (zeventien, zestig before zeven, zes); `een` alone is the
  // article
  static constexpr std::string_view kParts[] = {
      "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien", "twintig",
      "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig", "honderd", "duizend", "miljoen",
      "twee", "drie", "vier", "vijf", "zeven", "zes", "acht", "negen", "tien", "elf", "een", "en"};
  std::size_t parts = 0;
  std::string_view last;
  while (!w.empty()) {
    // the first byte first: most words ask, and most begin with no part
    const auto part = std::find_if(std::begin(kParts), std::end(kParts),
                                   [&](std::string_view p) { return p[0] == w[0] && w.starts_with(p); });
    if (part == std::end(kParts)) return false;
    last = *part;
    w.remove_prefix(part->size());
    ++parts;
  }
  return last != "en" && (parts > 1 || last != "een");
}

namespace {

// The determiners that are adjectives too (adjective_determiner).
constexpr std::string_view kAdjectiveDeterminers[] = {"eigen", "nieuwe", "goede", "hele"};

// The words of each class but numbers, in one table: every token's norm
// asks (the matcher reads each word's neighbours), and a chain of string
// comparisons took a tenth of coding a corpus. A word of two lists keeps
// the first's class, as the chain read them.
const StringMap<ContextWord>& context_words() {
  static const StringMap<ContextWord> table = [] {
    struct Class {
      ContextWord word_class;
      std::initializer_list<std::string_view> words;
    };
    const Class classes[] = {
        {ContextWord::subject, {"ik", "'k", "jij", "hij", "zij", "ze", "wij", "we", "u", "jullie", "men", "ie", "iemand", "niemand"}},
        {ContextWord::je, {"je"}},
        {ContextWord::het, {"het", "'t"}},
        {ContextWord::determiner, {"de", "een", "'n", "mijn", "m'n", "mn", "jouw", "onze", "hun", "uw", "z'n", "zn", "elke",
                                   "iedere", "ieder", "elk", "geen", "alle", "sommige", "welke", "zo'n", "enkele", "allerlei", "beide",
                                   "meerdere"}},
        {ContextWord::quantifier, {"tientallen", "honderden", "duizenden", "meer", "minder", "veel", "weinig", "zoveel",
                                   "teveel", "evenveel", "andere", "ene", "dezelfde", "zulke", "zulk", "paar", "soort",
                                   "aantal", "heleboel", "vol"}},
        {ContextWord::demonstrative, {"die", "dat", "deze", "dit", "wat"}},
        {ContextWord::preposition, {"in", "op", "aan", "met", "voor", "van", "naar", "bij", "uit", "over", "tot", "zonder",
                                    "onder", "tussen", "tegen", "per", "via", "vanuit", "binnen", "rond", "rondom", "volgens",
                                    "ondanks", "tijdens", "sinds", "dankzij", "namens", "om", "door", "na", "achter", "naast",
                                    "boven", "buiten", "langs", "vanaf", "tegenover", "beneden"}},
        {ContextWord::auxiliary, {"ben", "bent", "is", "was", "zijn", "waren", "wordt", "werd", "worden", "werden", "heeft",
                                  "hebben", "had", "hadden", "blijft", "blijven"}},
        {ContextWord::coordinator, {"en", "of", "maar", "want", "dus"}},
        {ContextWord::te, {"te"}},
        {ContextWord::filler, {"eh", "ehm", "uh", "uhm", "euh", "hm", "hmm"}},
        {ContextWord::modal, {"kan", "kun", "kunt", "kunnen", "kon", "konden", "moet", "moeten", "moest", "moesten", "wil",
                              "wilt", "willen", "wilde", "wilden", "zal", "zul", "zult", "zullen", "zou", "zouden", "mag",
                              "mogen", "mocht", "mochten", "ga", "gaat", "gaan", "ging", "gingen"}},
    };
    StringMap<ContextWord> words;
    for (const Class& c : classes)
      for (std::string_view w : c.words) words.try_emplace(w, c.word_class);
    for (std::string_view w : kAdjectiveDeterminers) words.try_emplace(w, ContextWord::determiner);
    return words;
  }();
  return table;
}

}  // namespace

bool adjective_determiner(std::string_view norm) {
  return std::ranges::find(kAdjectiveDeterminers, norm) != std::end(kAdjectiveDeterminers);
}

ContextWord context_word(std::string_view w) {
  if (const auto* listed = context_words().find(w)) return listed->second;
  // a spelled number is never a word of the table but for the three above
  if (spelled_number(w)) return ContextWord::quantifier;
  if (!w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) return ContextWord::number;
  return ContextWord::other;
}

ContextWord context_word(std::string_view norm, const Lemmas& lemmas, bool verb) {
  const ContextWord alone = context_word(norm);
  if (alone != ContextWord::other) return alone;
  if (lemmas.inflected_adjective) return ContextWord::adjective;
  if ((lemmas.known || function_word(norm)) && !verb && !is_one_of({"me", "mij", "zich", "haar", "ons"}, norm))
    return ContextWord::no_verb;
  return alone;
}

VerbShape verb_shape(const Lemmas& word) {
  VerbShape shape = VerbShape::other;
  // an adjective's stem is an adverb before a verb (echt iedereen), no imperative
  if (word.adjective) return shape;
  for (const VerbReading& v : word.verbs) {
    // an infinitive whose past plural is spelled the same (zetten, inzetten,
    // schatten) is read as the infinitive, as one spelled like its present is
    if ((v.forms & (kPresent | kPast)) && !(v.forms & (kStem | kInfinitive))) return VerbShape::finite;
    if (v.forms & kInfinitive) shape = VerbShape::infinitive;
    else if ((v.forms & kStem) && shape == VerbShape::other) shape = VerbShape::stem;
  }
  return shape;
}

Reading reading_in_context(ContextWord previous, VerbShape shape, ContextWord next) {
  const bool finite = shape == VerbShape::finite;
  switch (previous) {
    case ContextWord::subject:
      return (shape == VerbShape::stem || shape == VerbShape::other) &&
                     (next == ContextWord::auxiliary || next == ContextWord::modal)
                 ? Reading::noun
                 : Reading::verb;
    case ContextWord::te:
    case ContextWord::modal:  // not an adjective's stem, an adverb there (ik moet echt gaan)
      return shape == VerbShape::other || shape == VerbShape::stem ? Reading::any : Reading::verb;
    case ContextWord::je: return finite ? Reading::verb : Reading::any;
    case ContextWord::het: return finite || shape == VerbShape::infinitive ? Reading::verb : Reading::noun;
    case ContextWord::determiner: return Reading::noun;
    case ContextWord::quantifier:
    case ContextWord::preposition:
      // the last word of a subordinate clause is its verb, a quantity's
      // adverb or a particle before it (omdat het meer kost, als de spouw
      // vol zit, waarvoor weinig plekken over waren), and so is a form
      // before a subject pronoun (om half acht gooien ze de straat dicht,
      // bij windkracht negen sleep je niemand meer binnen)
      if ((next == ContextWord::verb_final || next == ContextWord::subject || next == ContextWord::je) &&
          shape != VerbShape::other)
        return Reading::verb;
      [[fallthrough]];
    case ContextWord::adjective: return finite ? Reading::any : Reading::noun;
    default: break;
  }
  if (next == ContextWord::subject || next == ContextWord::je) return Reading::verb;
  if (next == ContextWord::verb_final && shape != VerbShape::other) return Reading::verb;
  // an infinitive before te takes that te's verb (niet hoeven te zitten,
  // zitten te wachten)
  if (next == ContextWord::te && shape == VerbShape::infinitive) return Reading::verb;
  if (previous == ContextWord::demonstrative) return finite ? Reading::verb : Reading::noun;
  if (previous == ContextWord::no_verb && shape == VerbShape::infinitive && next == ContextWord::edge) return Reading::verb;
  if (shape == VerbShape::stem && next == ContextWord::auxiliary) return Reading::noun;
  if (previous == ContextWord::edge && shape == VerbShape::stem) {
    if (next == ContextWord::modal) return Reading::noun;
    if (!is_one_of({ContextWord::edge, ContextWord::coordinator, ContextWord::number}, next)) return Reading::verb;
  }
  return Reading::any;
}

std::vector<std::string> lemmas_read_as(const Lemmas& lemmas, Reading reading) {
  std::vector<std::string> out;
  if (reading == Reading::verb) {
    for (const auto& v : lemmas.verbs) out.push_back(v.infinitive);
  } else if (reading == Reading::noun) {
    out = lemmas.nominal;
    if (!lemmas.singular.empty()) out.push_back(lemmas.singular);
    // not a participle that is a noun's plural (de gebeden: gebed, not
    // bidden), as main_lemma reads it
    const bool plural = ends_with(lemmas.norm, "en") &&
                        std::any_of(lemmas.nominal.begin(), lemmas.nominal.end(),
                                    [&](const std::string& n) { return n.size() < lemmas.norm.size(); });
    for (const auto& v : lemmas.verbs)
      if ((v.forms & (kParticiple | kPresentParticiple)) && !plural) out.push_back(v.infinitive);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
  }
  return out.empty() ? lemmas.lemmas : out;
}

std::string main_lemma(const Lemmas& l, Reading reading, FormSlot slot) {
  // The verb whose forms include `bits`: a form in the verb table first
  // (waren: zijn before waren), then the word as an infinitive (lichten,
  // not a past of lichen).
  // (but a word that is an infinitive nl.dic lists is that verb before the
  // past of a table's verb behind an unstressed prefix: verlagen, not
  // verliggen's; not waren: zijn, nor gedragen: dragen)
  constexpr std::size_t kPrefixLengths[] = {2, 3};  // verb_prefix's: be, ge, er; ver, ont, her, mis
  const bool own_infinitive_first =
      lexicon::verb_infinitive(l.norm) && std::any_of(l.verbs.begin(), l.verbs.end(), [&](const VerbReading& v) {
        return (v.forms & kListed) && !(v.forms & kParticiple) && v.infinitive != l.norm &&
               std::any_of(std::begin(kPrefixLengths), std::end(kPrefixLengths), [&](std::size_t n) {
                 const std::string_view prefix = std::string_view(l.norm).substr(0, n);
                 return verb_prefix(prefix) && v.infinitive.starts_with(prefix);
               });
      });
  auto verb = [&](std::uint8_t bits) -> const VerbReading* {
    auto rank = [&](const VerbReading& v) {
      if (own_infinitive_first && (v.forms & kInfinitive) && v.infinitive == l.norm) return -1;
      return (v.forms & kListed) ? 0 : (v.forms & kInfinitive) ? 1 : 2;
    };
    const VerbReading* found = nullptr;
    for (const auto& v : l.verbs)
      if ((v.forms & bits) && (!found || rank(v) < rank(*found))) found = &v;
    return found;
  };
  // not a verb's stem that hunspell gives (kant: kan, buurt: buur), nor a
// short vowel where the long one is a lemma too (zaken: zaak, not zak)
  // a noun in -e in its own right is its own lemma, not an adjective's
  // inflection nor a participle's (de waarde: not waard; de gedachte: not
  // gedacht; het gemiddelde: not middelen; but de actieve bewoners: actief),
  // and so is one in -er made of a long adjective (vrijwilliger, not
  // vrijwillig's comparative; a short one's comparative is as common as the
  // noun: ouder, lager, drukker: oud, laag, druk) or of a superlative, which
  // has none (meester, not meest's)
  const bool own_noun =
      ((ends_with(l.norm, "e") && !ends_with(l.norm, "je")) ||
       (ends_with(l.norm, "er") && (l.norm.size() > 7 || ends_with(l.norm, "ster")) && l.verbs.empty())) &&
      lexicon::noun_with_plural_s(l.norm);
  auto shortest_nominal = [&](bool noun = false) {
    if (own_noun) return l.norm;
    // a diminutive's word with -je(s) before one with -tje(s) (lijstje: lijst,
    // not lijs; plantjes: plant, not plan)
    const std::size_t suffix = ends_with(l.norm, "je") ? 2 : ends_with(l.norm, "jes") ? 3 : 0;
    for (const auto& n : l.nominal)
      if (suffix && l.norm.size() == n.size() + suffix && l.norm.compare(0, n.size(), n) == 0) return n;
    // a Latin plural's singular is the longer word (centra: centrum, politici: politicus)
    for (const auto& n : l.nominal)
      if (n.size() == l.norm.size() + 1 && l.norm.compare(0, l.norm.size() - 1, n, 0, l.norm.size() - 1) == 0 &&
          ((ends_with(l.norm, "a") && ends_with(n, "um")) || (ends_with(l.norm, "i") && ends_with(n, "us"))))
        return n;
    // (the word itself only where it is one of them: kooplui is koopman's
    // plural, whatever the letters' order)
    const std::string* best =
        l.nominal.empty() || std::find(l.nominal.begin(), l.nominal.end(), l.norm) != l.nominal.end() ? &l.norm
                                                                                                    : &l.nominal.front();
    // (of two as long, not the old singular nl.dic keeps beside today's:
    // uitgaven is uitgave's plural, not uitgaaf's)
    auto old_singular = [](std::string_view n) { return is_one_of({"uitgaaf", "opgaaf", "weergaaf", "aanvrage"}, n); };
    for (const auto& n : l.nominal)
      if ((n.size() < best->size() ||
           (n.size() == best->size() && !old_singular(n) && (n < *best || old_singular(*best)))) &&
          // handvat|ten, where it is no verb or read as a noun (vier ritten)
          (!verb_ending(n, l.norm) || ((l.verbs.empty() || noun) && l.norm == n + n.back() + "en")) &&
          !(closed_short(n) && std::binary_search(l.nominal.begin(), l.nominal.end(), long_vowel(n))) &&
          !undoubled_inflection(n, l.norm) &&
          // (a noun nl.dic lists in -s is no plural of a word it gives no
          // plural in -s: terras, not terra; snoekbaars, not snoekbaar,
          // whose head baar has baren)
          !(l.norm == n + "s" && lexicon::noun(l.norm) && !lexicon::noun_with_plural_s(n)))
        best = &n;
    return *best;
  };
  constexpr std::uint8_t kParticiples = kParticiple | kPresentParticiple;
  // a preposition is itself, whatever else its letters spell (zonder: not
  // zonderen; binnen, buiten: not bin, buit)
  if (context_word(l.norm) == ContextWord::preposition) return l.norm;
  if (slot == FormSlot::imperative && reading != Reading::noun)
    if (const VerbReading* v = verb(kImperative)) return v->infinitive;
  if (slot == FormSlot::infinitive && reading != Reading::noun) {
    if (const VerbReading* v = verb(kInfinitive)) return v->infinitive;
    // (a table verb's past that is an infinitive nl.dic lists is that verb
    // in an infinitive's place: gaan staken, not steken's past)
    if (!l.verbs.empty() && lexicon::verb_infinitive(l.norm)) return l.norm;
  }
  if (reading == Reading::verb) {
    if (slot == FormSlot::first_person || slot == FormSlot::imperative)
      if (const VerbReading* v = verb(kStem)) return v->infinitive;
    if (const VerbReading* v = verb(0xff)) return v->infinitive;
  }
  if (reading == Reading::noun) {
    if (!l.singular.empty()) return l.singular;
    std::string nominal = shortest_nominal(true);
    // a plural before a participle (de verslagen: verslag, not verslaan),
    // and a noun (een bericht: not berichten), and one nl.dic lists in a
    // participle's letters as a noun and a compound's head, and as no
    // adjective, is itself (een gesticht: not stichten; de gedeputeerde;
    // not gemaakt, whose entry's noun flag is -heid's, nor gegeven, which
    // says given as often: er wordt veel gegeven)
    if (nominal.size() < l.norm.size() && ends_with(l.norm, "en")) return nominal;
    if (const VerbReading* v = verb(kParticiples)) {
      if (lexicon::noun(l.norm) && lexicon::compound_head(l.norm) && !lexicon::adjective(l.norm)) return l.norm;
      if (!l.noun && !own_noun) return v->infinitive;
    }
    return nominal;
  }
  // (a listed stem that is a noun is the noun: onderhoud)
  if (const VerbReading* v = verb(kListed); v && !own_infinitive_first && !(l.noun && (v->forms & kStem)))
    return v->infinitive;
  // an infinitive that is also a plural (werken: werk) stays open: the noun
  if (verb(kInfinitive)) return shortest_nominal();
  // (not a participle that is only that and a noun: gezicht, geluid)
  if (const VerbReading* v = verb(kPast | kParticiples); v && !(l.noun && !(v->forms & kStem))) return v->infinitive;
  if (const VerbReading* v = verb(kPresent); v && !(v->forms & kStem) && !l.noun) return v->infinitive;
  if (const VerbReading* v = verb(kStem); v && !l.noun) return v->infinitive;
  return shortest_nominal();
}

struct Lemmatiser::Impl {
  const bool have_dictionary = dutch_dictionary::installed();
  SnowballStemmer stemmer;
  CompoundSplitter splitter;
  StringMap<Lemmas> cache;

  // The inflectional stems hunspell gives of a word it knows (through
  // its diaeresis where the norm folded one), `known` set when it does.
  static std::vector<std::string> inflectional_stems(const std::string& norm, bool& known, bool* root = nullptr) {
    std::vector<std::string> stems = dutch_dictionary::stems(norm);
    known = !stems.empty() || dutch_dictionary::spell(norm) == 1;
    if (root) *root = std::find(stems.begin(), stems.end(), norm) != stems.end();
    if (!known) {
      const std::string spelled = dutch_dictionary::with_diaeresis(norm);
      if (!spelled.empty()) {
        known = true;
        stems = dutch_dictionary::stems(spelled);
        for (auto& s : stems) s = dutch_dictionary::fold_diaeresis(std::move(s));
      }
    }
    std::vector<std::string> out;
    for (auto& s : stems)
      if (s != norm && inflects(s, norm)) out.push_back(std::move(s));
    return out;
  }

  // An adjective has a superlative or an inflected comparative (sterkste,
  // nodigere, snellere); -e alone would not do: denke and leve are old
  // subjunctives of verbs.
  static bool inflects_as_adjective(const std::string& w) {
    // nodig, mogelijk, twintig; not a verb's stem with no inflected form
    // (wijzig, bevestig: no wijzige)
    for (std::string_view suffix : {"ig", "lijk", "baar", "zaam", "isch"})
      if (ends_with(w, suffix)) return dutch_dictionary::spell(w + "e") == 1 || spelled_number(w);
    const char last = w.back();
    // (a one-syllable stem's short vowel before one consonant doubles it:
    // dikke, volle; leg's lege and legere are leeg's; not zeker, whose last
    // syllable is unstressed)
    if (closed_short(w) && std::count_if(w.begin(), w.end(), vowel) == 1 && dutch_dictionary::spell(w + last + "e") != 1)
      return false;
    return dutch_dictionary::spell(w + "ste") == 1 || dutch_dictionary::spell(w + "ere") == 1 ||
           dutch_dictionary::spell(w + last + "ere") == 1;
  }

  // A noun has a diminutive: werkje, deeltje, kommetje, bloempje; -etje
  // only after a short vowel and one consonant (kom, pion), or hunspell's
  // compounding takes vertrouwwetje as vertrouw + wet + je.
  static bool has_diminutive(const std::string& w) {
    if (w.size() < 2) return false;
    for (const std::string& d : {w + "je", w + "tje", w + "pje"})
      if (dutch_dictionary::spell(d) == 1) return true;
    return closed_short(w) && dutch_dictionary::spell(w + w.back() + "etje") == 1;
  }

  // Plurals whose singular hunspell does not give: a changed vowel (steden,
  // benen), -eren (kinderen, kleren), -ens (gevoelens), or a plural nl.dic
  // lists as another word (koren).
  static std::string_view irregular_singular(std::string_view w) {
    static constexpr std::pair<std::string_view, std::string_view> kPlurals[] = {
        {"steden", "stad"},     {"leden", "lid"},       {"schepen", "schip"},   {"gebeden", "gebed"},
        {"kinderen", "kind"},   {"eieren", "ei"},       {"bladeren", "blad"},   {"liederen", "lied"},
        {"volkeren", "volk"},   {"goederen", "goed"},   {"kalveren", "kalf"},   {"lammeren", "lam"},
        {"runderen", "rund"},   {"beenderen", "been"},  {"raderen", "rad"},     {"gemoederen", "gemoed"},
        {"excuses", "excuus"},  {"gevoelens", "gevoel"}, {"benen", "been"},  // hunspell: gevoelen, a formal word for an opinion
        {"koeien", "koe"},      {"koetje", "koe"},      {"koetjes", "koe"},     {"vlooien", "vlo"},
        {"loten", "lot"},       {"ouderen", "oudere"},  // hunspell: ouder, the parent, whose plural is ouders
        {"kleren", "kleed"},    // klederen, contracted
        {"gelederen", "gelid"}, {"koren", "koor"},  // nl.dic lists koren as a word of its own (grain)
        {"zonen", "zoon"},      // nl.dic lists zonen whole, hunspell takes it for zon's
        {"raden", "raad"},      // nl.dic lists raden whole and gives raad no plural (de raden van de wijken)
        // Latin plurals, which hunspell knows but gives no singular for
        {"centra", "centrum"},  {"musea", "museum"},    {"criteria", "criterium"}, {"politici", "politicus"},
        {"historici", "historicus"}, {"stadia", "stadium"}, {"podia", "podium"},
        {"decennia", "decennium"}, {"millennia", "millennium"}, {"visa", "visum"},
        {"messen", "mes"},      // hunspell: mess (the canteen), whose Dutch plural is messes
        // diminutives whose vowel lengthens, as in the plural (schepen, bladen)
        {"blaadje", "blad"},    {"blaadjes", "blad"},   {"scheepje", "schip"},  {"scheepjes", "schip"},
        {"gaatje", "gat"},      {"gaatjes", "gat"},     {"glaasje", "glas"},    {"glaasjes", "glas"},
        {"paadje", "pad"},      {"paadjes", "pad"},     {"vaatje", "vat"},      {"vaatjes", "vat"},
        // and jongen's, which drops its -en (jong + etje)
        {"jongetje", "jongen"}, {"jongetjes", "jongen"},
        // -man's plurals in -lieden and -lui (hunspell: kooplied)
        {"kooplieden", "koopman"}, {"kooplui", "koopman"}, {"zeelieden", "zeeman"}, {"zeelui", "zeeman"},
        {"werklieden", "werkman"}, {"werklui", "werkman"}, {"vaklieden", "vakman"}, {"vaklui", "vakman"},
        {"timmerlieden", "timmerman"}, {"timmerlui", "timmerman"}, {"ambachtslieden", "ambachtsman"},
        {"ambachtslui", "ambachtsman"}, {"bootslieden", "bootsman"}};
    for (const auto& [plural, singular] : kPlurals)
      if (w == plural) return singular;
    return {};
  }

  // A compound ending in one of those: raadsleden, hoofdsteden,
  // kleinkinderen; its first part is a word, maybe with the linker s, and
  // no verb's prefix or particle (not slavernijverleden: slavernijver +
  // leden; not overleden: a participle of overlijden).
  static std::string irregular_compound_singular(std::string_view w) {
    for (std::size_t head = 3; head + 4 < w.size(); ++head)
      if (auto singular = irregular_singular(w.substr(head)); !singular.empty()) {
        const std::string first(w.substr(0, head));
        if (verb_prefix(first) || context_word(first) == ContextWord::preposition) continue;
        if (dutch_dictionary::spell(first) == 1 || (first.back() == 's' && dutch_dictionary::spell(first.substr(0, head - 1)) == 1))
          return first + std::string(singular);
      }
    return {};
  }

  // Forms kept only in set phrases (met name, ten opzichte van, 's
  // middags, van harte, ter plekke, in feite): the lemma is today's noun.
  static std::string_view set_phrase_noun(std::string_view w) {
    static constexpr std::pair<std::string_view, std::string_view> kForms[] = {
        {"name", "naam"},   {"opzichte", "opzicht"}, {"middags", "middag"}, {"ochtends", "ochtend"},
        {"avonds", "avond"}, {"nachts", "nacht"},     {"morgens", "morgen"}, {"harte", "hart"},
        {"plekke", "plek"}, {"feite", "feit"}};
    for (const auto& [form, noun] : kForms)
      if (w == form) return noun;
    return {};
  }

  // Whether w opens with a separable particle and has three letters after
  // it (loszit, opdokt).
  static bool starts_with_particle(const std::string& w) {
    for (std::size_t n = 2; n + 3 <= w.size(); ++n)
      if (separable_particle_word(std::string_view(w).substr(0, n))) return true;
    return false;
  }

  // Spoken forms of inflected adjectives, whose d became a glide (een goeie
  // buur, die ouwe fiets): the adjective's.
  static std::string_view spoken_adjective(std::string_view w) {
    static constexpr std::pair<std::string_view, std::string_view> kForms[] = {
        {"goeie", "goed"}, {"ouwe", "oud"}, {"rooie", "rood"}, {"kouwe", "koud"}, {"dooie", "dood"}};
    for (const auto& [form, adjective] : kForms)
      if (w == form) return adjective;
    return {};
  }

  // Whether hunspell knows w and gives as its stems only its first parts
  // (vragenlijsten: vragen), as for a compound it makes by compounding and
  // knows no inflection of.
  static bool only_first_parts(const std::string& w) {
    const auto stems = dutch_dictionary::stems(w);
    return !stems.empty() && std::all_of(stems.begin(), stems.end(), [&](const std::string& s) {
      return s.size() + 3 < w.size() && w.starts_with(s);
    });
  }

  // A stem with an unstressed prefix that nl.dic lets end a compound
  // (onderhoud, vervoer, beheer, herstel).
  static bool inseparable_noun(const std::string& w) {
    for (std::string_view prefix : {"be", "ver", "ont", "her", "onder", "over"})
      if (w.size() > prefix.size() + 2 && w.starts_with(prefix)) return lexicon::compound_head(w);
    return false;
  }

  // The word list has `w` as an entry of its own, not only as a form of
  // another word.
  static bool is_entry(const std::string& w) {
    if (dutch_dictionary::spell(w) != 1) return false;
    const auto stems = dutch_dictionary::stems(w);
    return std::find(stems.begin(), stems.end(), w) != stems.end();
  }

  // The lemma by its ending of a word that neither hunspell nor the compound
  // lexicon gives a stem (hunspell may know it by compounding), or "": a
  // plural in -ers is a person's noun in -er (buurtzorgers, Noordwijkers:
  // buurtzorger, Noordwijker), as one in -es, -els or -ems is its singular's
  // where nl.dic lists that (ashoogtes: ashoogte), and a word in -e of a suffix that makes only
  // adjectives is that adjective inflected (dementievriendelijke, zorgzame:
  // dementievriendelijk, zorgzaam; its long vowel written double and z as s
  // where the -e goes); not -ige, whose words are as often people (de
  // boomdeskundige). So is one in -se after a consonant: a place's adjective
  // (de Goudse buurt, de Utrechtse wijk, which nl.dic lists capitalised
  // only: Gouds, Utrechts); not after a vowel or s, as names end (Elise,
  // Jesse). A plural in 's after a vowel is its singular's.
  static std::string unknown_word_lemma(const std::string& w) {
    if (w.size() >= 7 && ends_with(w, "ers")) return w.substr(0, w.size() - 1);
    // a plural in -s of a noun in -e, -el or -em that nl.dic lists with no
    // plural (ashoogtes: ashoogte)
    if (w.size() >= 7 && (ends_with(w, "es") || ends_with(w, "els") || ends_with(w, "ems")) &&
        dutch_dictionary::spell(w.substr(0, w.size() - 1)) == 1)
      return w.substr(0, w.size() - 1);
    // a plural in 's after a vowel (diya's, nani's: diya, nani)
    if (w.size() >= 5 && ends_with(w, "'s") && vowel(w[w.size() - 3])) return w.substr(0, w.size() - 2);
    if (w.size() >= 5 && ends_with(w, "se") && !vowel(w[w.size() - 3]) && w[w.size() - 3] != 's')
      return w.substr(0, w.size() - 1);
    static constexpr std::pair<std::string_view, std::string_view> kAdjectives[] = {
        {"lijke", "lijk"}, {"ische", "isch"}, {"bare", "baar"}, {"loze", "loos"},
        {"zame", "zaam"},  {"volle", "vol"},  {"rijke", "rijk"}};
    for (const auto& [inflected, base] : kAdjectives)
      if (w.size() >= inflected.size() + 3 && ends_with(w, inflected))
        return w.substr(0, w.size() - inflected.size()) + std::string(base);
    return {};
  }

  // The noun of a diminutive that nl.dic does not know, in -tje (a noun in
  // -e's: trampolinetje), -je (unitje) or in -ke or -ske as the south says
  // it (kapelke, prinske, boekske: kapel, prins, boek), or "".
  static std::string diminutive_base(const std::string& w) {
    for (std::string_view ending : {"tje", "tjes", "je", "jes", "ke", "kes", "ske", "skes"})
      if (w.size() >= ending.size() + 4 && ends_with(w, ending)) {
        std::string base = w.substr(0, w.size() - ending.size());
        if (lexicon::noun(base)) return base;
      }
    return {};
  }

  // The singular of an English loan's plural in -es, which hunspell-nl does
  // not know (lunches: lunch, contactlunches: contactlunch), or "".
  static std::string english_singular(const std::string& w) {
    for (std::string_view ending : {"ches", "shes", "xes"})
      if (w.size() > ending.size() + 2 && ends_with(w, ending)) {
        std::string singular = w.substr(0, w.size() - 2);
        return dutch_dictionary::spell(singular) == 1 ? singular : std::string();
      }
    return {};
  }

  // The singular of a plural in -en by the spelling rules, where the word
  // list has it as an entry of its own (onderwerpen: onderwerp, handvatten:
  // handvat, flessen: fles; lopen: loop; not luisteren: luisteer, which
  // hunspell only makes of luis + teer), or "". hunspell gives none where
  // it knows the word as a verb's infinitive only.
  static std::string spelled_singular(const std::string& w, bool (*listed)(const std::string&) = is_entry) {
    if (w.size() < 6 || !ends_with(w, "en")) return {};
    std::string body = w.substr(0, w.size() - 2);
    const std::size_t n = body.size();
    const bool vowel_before = vowel(body[n - 2]);
    if (body[n - 1] == body[n - 2] && !vowel_before) {
      body.pop_back();  // handvat|ten
    } else if (closed_short(body)) {
      // lo|pen: loop; but the unstressed -el of a noun stays (maatregelen:
      // maatregel; not luisteren: luister, an infinitive)
      if (std::string longer = long_vowel(body); is_entry(longer) || !ends_with(body, "el") || !is_entry(body))
        body = std::move(longer);
    }
    if (listed(body)) return body;
    const char last = body.back();
    if (last != 'v' && last != 'z') return {};
    body.back() = last == 'v' ? 'f' : 's';  // brieven: brief, reizen: reis
    return listed(body) ? body : std::string();
  }

  // The nominal lemmas other than the word of a word hunspell gives none
  // for: an irregular plural, a plural of -heid (communicatievaardigheden),
  // a word with a bound prefix (subvragen: subvraag), or a compound whose
  // head has some (onderzoeksvragen: onderzoeksvraag, raadsleden: raadslid).
  // `verb_form`: the word is a verb's form (luisteren: no luis + teren).
  std::vector<std::string> compound_lemmas(const std::string& norm, bool verb_form) {
    std::vector<std::string> out;
    if (auto singular = irregular_singular(norm); !singular.empty()) return {std::string(singular)};
    if (auto singular = irregular_compound_singular(norm); !singular.empty()) return {singular};
    if (auto singular = english_singular(norm); !singular.empty()) return {singular};
    if (ends_with(norm, "heden") && norm.size() > 8) {
      std::string singular = norm.substr(0, norm.size() - 5) + "heid";
      if (dutch_dictionary::spell(singular) == 1) return {singular};
    }
    for (std::string_view prefix : {"sub", "co", "ex", "anti", "inter", "multi", "super", "mini", "semi", "non"})
      if (norm.size() > prefix.size() + 3 && norm.compare(0, prefix.size(), prefix) == 0) {
        bool known = false;
        const std::string rest = norm.substr(prefix.size());
        for (auto& s : inflectional_stems(rest, known))
          if (s.size() < rest.size()) out.push_back(std::string(prefix) + s);
        if (!out.empty()) return out;
      }
    const CompoundSplit split = splitter.split(norm);
    std::string head = split.parts.size() < 2 ? std::string() : split.parts.back();
    if (head.empty() || norm.compare(norm.size() - head.size(), head.size(), head) != 0)  // brackets taken out
      head = known_head(norm, verb_form);
    if (head.empty()) return out;
    const std::string modifier = norm.substr(0, norm.size() - head.size());
    // only a plural, diminutive or adjective's head in -je (koffieuurtje:
    // koffieuur; aardgasvrije: aardgasvrij): beleidsmaker is no form of mak
    if (!ends_with(head, "s") && !ends_with(head, "en") && !ends_with(head, "je")) return out;
    bool known = false;
    for (auto& s : inflectional_stems(head, known))
      if (s.size() < head.size()) out.push_back(modifier + s);
    if (!out.empty()) return out;
    // else the lemmas that the head has by spelling (coronamaatregelen:
    // maatregelen, whose singular hunspell does not give); a head that is
    // also a verb's infinitive only where spelling gives the compound a
    // singular whose head nl.dic flags as a noun, with no plural in -s
    // (gemeenteraden: raad, discriminatiegronden: grond; not drugsdealen:
    // deals), as the lemmatiser reads the head alone (de gronden: grond)
    const Lemmas of_head = compute(head);
    if (std::any_of(of_head.verbs.begin(), of_head.verbs.end(),
                    [](const VerbReading& v) { return (v.forms & kInfinitive) != 0; })) {
      std::string singular = spelled_singular(norm, is_word);
      const std::string_view head_singular = std::string_view(singular).substr(std::min(modifier.size(), singular.size()));
      if (!head_singular.empty() && lexicon::noun(head_singular) && !lexicon::noun_with_plural_s(head_singular))
        out.push_back(std::move(singular));
      return out;
    }
    for (const auto& s : of_head.lemmas)
      if (s.size() < head.size()) out.push_back(modifier + s);
    return out;
  }

  // A compound's first part that is a noun's plural in -en (heggen, muggen).
  static bool plural_modifier(const std::string& start) {
    if (start.size() < 5 || !ends_with(start, "en")) return false;
    const auto stems = dutch_dictionary::stems(start);
    return std::any_of(stems.begin(), stems.end(), [&](const std::string& s) { return s.size() < start.size(); });
  }

  // The head of a word the compound lexicon cannot split: its longest end
  // of at least five letters that the word list knows and that is no
  // function word, after a start of at least three letters that is no
  // preposition (naarbinnen: a typo, no compound); "" when there is none.
  // Of a word hunspell does not know (dagbezoekers, statenverkiezingen:
  // nl.dic lets neither head end a compound) the start is a word it knows,
  // a linking s or e aside; of one it knows, by compounding or listed whole
  // (koffiebonen, koninkrijksrelaties) and that is no verb form, the start
  // is a word that may begin a compound (lexicon::modifier), maybe with a
  // linking s, and the head no diminutive (kennismakingsrondje) nor verb
  // form (lastig + vallen, paard + rijden: verbs hunspell makes whole),
  // unless the start is a noun's plural (heggen + scharen).
  static std::string known_head(const std::string& norm, bool verb_form) {
    const bool known = dutch_dictionary::spell(norm) == 1;
    if (known && verb_form) return {};
    for (std::size_t cut = 3; cut + 5 <= norm.size(); ++cut) {
      if (norm[cut - 1] == '-') continue;
      const std::string head = norm.substr(cut);
      if (!std::isalpha(static_cast<unsigned char>(head[0])) || function_word(head) || dutch_dictionary::spell(head) != 1)
        continue;
      const std::string start = norm.substr(0, cut);
      if (function_word(start) || context_word(start) == ContextWord::preposition) continue;  // naarbinnen
      const std::string bare = start.substr(0, cut - 1);
      if (!(known ? lexicon::modifier(start) || (ends_with(start, "s") && lexicon::modifier(bare, "s"))
                  : is_word(start) || ((ends_with(start, "s") || ends_with(start, "e")) && is_word(bare))))
        continue;
      // (a plural first part makes a noun of a verb's head: heggenscharen,
      // muggenbulten; verbs take no plural: lastigvallen, paardrijden)
      if (known && (ends_with(head, "je") || (!verb_readings(head, is_word).empty() && !plural_modifier(start)))) continue;
      return head;
    }
    return {};
  }

  Lemmas compute(const std::string& norm) {
    Lemmas out;
    out.norm = norm;
    out.lemmas.push_back(norm);
    bool plural_only = false;  // an irregular plural (irregular_singular)
    // hunspell allocates per call and works on whole words only; numbers and
    // very long tokens (URLs) are not words it can know.
    if (have_dictionary && norm.size() <= 100 && !function_word(norm)) {
      bool root = false;
      std::vector<std::string> stems = inflectional_stems(norm, out.known, &root);
      // (and a longer word it does not know that a verb it knows makes:
      // hunspell knows rondbellen, not rondbelde; not a name: Bep; or a
      // present typed with d: voerd; or a learner's regular past of a strong
      // verb: ligde, neemde; or a separable verb's form joined
      // after its particle: loszit; and a loan verb's form the verb table
      // lists: chillt, flext)
      if (norm.size() <= kMaxVerbLength &&
          (out.known || norm.size() >= 7 ||
           (norm.size() >= 5 && (norm.back() == 'd' || norm.ends_with("de") || norm.ends_with("te"))) ||
           (norm.size() >= 6 && (starts_with_particle(norm) || norm.starts_with("ge"))) ||  // (gefixt)
           listed_verb_form(norm)))
        out.verbs = verb_readings(norm, is_word);
      if (auto noun = set_phrase_noun(norm); !noun.empty()) stems.emplace_back(noun);
      if (auto adjective = spoken_adjective(norm); !adjective.empty()) stems.emplace_back(adjective);
      // hunspell's stem of an irregular plural can be another word (leden:
      // leed), also at the end of a compound that is no entry of its own
      // (burgerpanelleden; not verleden)
      if (auto singular = irregular_singular(norm); !singular.empty()) {
        stems = {std::string(singular)};
        plural_only = true;
      } else if (auto compound = root ? std::string() : irregular_compound_singular(norm); !compound.empty()) {
        stems = {std::move(compound)};
      }
      // a diminutive in -etje after a doubled consonant that the word list
      // has as a bare word of its own, and its plural (festivalletje): the
      // noun it makes small (festival)
      for (std::string_view ending : {"etje", "etjes"})
        if (stems.empty() && norm.size() >= ending.size() + 4 && ends_with(norm, ending) &&
            lexicon::bare_entry(norm.substr(0, norm.size() - (ending.size() - 4)))) {
          std::string base = norm.substr(0, norm.size() - ending.size());
          if (base[base.size() - 1] == base[base.size() - 2] && !vowel(base.back())) base.pop_back();
          if (lexicon::noun(base)) stems = {std::move(base)};
        }
      // the plural of a diminutive the word list has as a word of its own
      // (meisjes, which it lists beside meisje)
      if (stems.empty() && ends_with(norm, "jes") && is_entry(norm.substr(0, norm.size() - 1)))
        stems = {norm.substr(0, norm.size() - 1)};
      // people named by a participle or an adjective that nl.dic lists, whose
      // plural it lists as a word of its own (omwonenden, andersdenkenden,
      // genodigden, gelijkgestemden, minderjarigen): the singular in -e (not
      // geleden, gouden, westen, nor a past: zaten)
      if (const std::string participle = norm.size() > 6 && ends_with(norm, "en") ? norm.substr(0, norm.size() - 2) : std::string();
          stems.empty() && !participle.empty() &&
          (ends_with(participle, "end") || lexicon::adjective(participle) ||
           ((participle.back() == 'd' || participle.back() == 't') && participle.find("ge") != std::string::npos)) &&
          lexicon::bare_entry(norm) && is_entry(participle) && out.verbs.empty())
        stems = {norm.substr(0, norm.size() - 1)};
      if (stems.empty() && !out.known && out.verbs.empty())
        if (std::string base = diminutive_base(norm); !base.empty()) stems = {std::move(base)};
      if (stems.empty()) stems = compound_lemmas(norm, !out.verbs.empty());
      if (stems.empty() && out.verbs.empty())
        if (std::string lemma = unknown_word_lemma(norm); !lemma.empty()) stems = {std::move(lemma)};
      // hunspell takes a plural in -en of a person's noun for the female
      // form's (studenten: studente), whose plural is in -s (studentes)
      if (ends_with(norm, "en")) {
        const std::string male = norm.substr(0, norm.size() - 2);
        for (auto& s : stems)
          if (s == male + "e" && (is_entry(male) || only_first_parts(male)) && has_diminutive(male))
            s = male;  // (a compound too: rechtenstudenten; not groenten: groent is a form of groenen)
      }
      // a diminutive in -inkje is a noun in -ing's (tentoonstellinkjes:
      // tentoonstelling), where the parts of an unknown compound gave -ink
      // (not a short word: pinkje, klinkje)
      if (ends_with(norm, "inkje") || ends_with(norm, "inkjes"))
        for (auto& s : stems)
          if (s.size() >= 6 && ends_with(s, "ink") && is_word(s.substr(0, s.size() - 1) + "g")) s.back() = 'g';
      for (auto& s : stems) out.lemmas.push_back(std::move(s));
      // a word in -e that hunspell takes as a form of another (grote:
      // groot, homogene: homogeen, belangrijkste: belangrijk), but no
      // diminutive (bankje: bank, kapelke: kapel) nor a set phrase's noun (in
      // feite)
      out.inflected_adjective =
          ends_with(norm, "e") && !ends_with(norm, "je") && !stems.empty() && set_phrase_noun(norm).empty() &&
          (out.known || diminutive_base(norm).empty()) &&
          std::all_of(out.verbs.begin(), out.verbs.end(),
                      [](const VerbReading& v) { return (v.forms & ~(kParticiple | kPresentParticiple | kListed)) == 0; });
      if (stems.empty() && out.known) {
        // Only a noun's, with a diminutive (onderwerpje; not samenleef, the
        // stem of samenleven, nor vormgeef), or, for a word that is no verb
        // form and whose only stems hunspell gives are its first parts, a
        // word hunspell knows (vragenlijsten: vragen, so vragenlijst, which it
        // makes by compounding; not gouden: goud); a verb's infinitive keeps it
        // for its noun reading (de onderwerpen), unless it is a modal or an
        // auxiliary (die moeten: not moet).
        std::string singular =
            out.verbs.empty() || context_word(norm) == ContextWord::other ? spelled_singular(norm) : std::string();
        // (or one that nl.dic lets end a compound, as it does the plural, a
        // noun that takes no diminutive: besluiten: besluit/Cc, besluiten/Cc;
        // not luisteren: luister/CaCb; nor a noun with a plural in -s, whose
        // plural this is not: drinken, drink/CcZa; jongen/CcZa)
        if (!singular.empty() && !has_diminutive(singular) &&
            !(lexicon::compound_head(singular) && lexicon::compound_head(norm) &&
              !lexicon::noun_with_plural_s(singular) && !lexicon::noun(norm)))
          singular.clear();
        if (singular.empty() && out.verbs.empty() && only_first_parts(norm)) singular = spelled_singular(norm, is_word);
        if (!singular.empty()) {
          if (out.verbs.empty()) out.lemmas.push_back(std::move(singular));
          else if (context_word(norm) == ContextWord::other) out.singular = std::move(singular);
        }
      }
      // A form in the verb table is that verb's (kan, staat, weet); a stem
      // with ge- and two more letters is the noun (not geef) (gedrag, gevoel, gebruik), and so is one
      // with another unstressed prefix that nl.dic lets end a compound (onderhoud, vervoer, verkeer; not
      // verander, which it lets only begin one), and one with a
      // diminutive (werk, deel), or an adjective's forms (nodig, sterk); a present in -t is the noun where the word
      // list has it as a word of its own and with a diminutive (buurt,
      // kant; not speelt, which hunspell only knows as a form of spelen); a
      // participle is a noun with a diminutive (bericht: berichtje).
      bool listed = false, stem = false, present = false, participle = false, past = false;
      for (const auto& v : out.verbs) {
        listed |= (v.forms & kListed) != 0;
        stem |= (v.forms & kStem) != 0;
        present |= (v.forms & kPresent) != 0;
        participle |= (v.forms & kParticiple) != 0;
        past |= (v.forms & kPast) != 0;
      }
      const bool prefixed_noun = stem && inseparable_noun(norm);  // a strong verb's too: onderhoud, besluit
      if (stem && (!listed || prefixed_noun)) {
        // the cheapest confirmations first: each is a hunspell call or more
        // (a strong verb's stem needs nl.dic's noun flags besides: zit, whose
        // zitje is another word, is zitten's)
        const bool strong = std::any_of(out.verbs.begin(), out.verbs.end(),
                                        [](const VerbReading& v) { return listed_verb_form(v.infinitive); });
        out.noun = prefixed_noun || (norm.size() > 4 && norm.compare(0, 2, "ge") == 0) ||
                   ((!strong || lexicon::noun(norm)) && has_diminutive(norm));
        // (an adjective's stem may have a noun's entry too: ruim, het ruim)
        out.adjective = !out.noun && inflects_as_adjective(norm);
        out.noun = out.noun || out.adjective || lexicon::noun(norm) || separable_stem(out);
      }
      else if (!listed && present) out.noun = root && has_diminutive(norm);
      // a strong past that nl.dic has as a noun with a diminutive, or one
      // that ends compounds, too (stal, greep, sloot, vocht; not hing, which
      // it flags oddly)
      else if (listed && past && !present && !participle)
        out.noun = lexicon::noun(norm) && (has_diminutive(norm) || lexicon::compound_head(norm));
      else if (!listed && participle && !ends_with(norm, "e"))
        out.noun = has_diminutive(norm);  // bericht, verslag, gezicht, geluid
    }
    // hunspell gives a verb's present and past forms its bare stem (regelt,
    // werkte, vormden: regel, werk, vorm), which is the noun: no form of it
    // (de regel, not regelt); a doubled consonant after a short vowel is a
    // plural's (bedden: bed; not feestten, feesten's past: feest).
    // A form that is a noun itself keeps the stems of its own inflection,
    // but a noun in -t is no form of the verb's stem either (de plant: not
    // plan, de buurt: not buur, de kant: not kan); its verb reading keeps
    // the verb (hij plant: plannen).
    if (!out.verbs.empty())
      std::erase_if(out.lemmas, [&](const std::string& s) {
        return out.noun ? norm == s + "t" : verb_ending(s, norm) && !(norm == s + s.back() + "en" && closed_short(s));
      });
    // (an irregular plural that nl.dic lists as a word of its own is no
    // lemma beside its singular: kooplui, koopman)
    if (plural_only) std::erase(out.lemmas, norm);
    // (nor is a number's diminutive a form of that number: tientje, the
    // note, not tien; but met z'n drieën: drie)
    if (ends_with(norm, "je") || ends_with(norm, "jes"))
      std::erase_if(out.lemmas, [&](const std::string& s) { return s != norm && spelled_number(s); });
    std::sort(out.lemmas.begin(), out.lemmas.end());
    out.lemmas.erase(std::unique(out.lemmas.begin(), out.lemmas.end()), out.lemmas.end());
    out.nominal = out.lemmas;
    if (!out.singular.empty()) out.lemmas.push_back(out.singular);
    // A bare stem is mostly a noun (regel, werk, beeld): its verb only
    // where the context says so (ik regel); but a stem that is no noun
    // (investeer, geef) is the verb.
    for (const auto& v : out.verbs)
      if (v.forms != kStem || !out.noun) out.lemmas.push_back(v.infinitive);
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
  Lemmas lemmas;
  if (!lemma_store::find(norm, lemmas)) {
    lemmas = impl_->compute(key);
    lemma_store::add(lemmas);
  }
  return cache.emplace(std::move(key), std::move(lemmas)).first->second;
}

}  // namespace draad
