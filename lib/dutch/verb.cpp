#include "dutch/verb.h"

#include <algorithm>
#include <fstream>
#include <map>

#include "base/data_files.h"
#include "base/error.h"
#include "base/string_map.h"
#include "dutch/lexicon.h"

namespace draad {
namespace {

struct StrongVerbs {
  StringMap<std::vector<VerbReading>> forms;  // past, participle, irregular present -> verbs
  StringMap<std::vector<VerbReading>> bound_forms;  // forms far more often another word alone: only behind a particle (mee|reden)
  StringSet infinitives;
  StringSet not_verbs;  // words the rules would read as a verb form that are (nearly) always another word
  StringSet separables;  // separable verbs nl.dic lacks (ziekmelden): their particle and base make them
};

// The parts of s between separators, empty ones left out. Cut in place: an
// istringstream per line took most of the time of reading the table, which
// a run reads when it first asks for the readings of a verb form.
std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> out;
  for (std::size_t start = 0; start < s.size();) {
    const std::size_t end = std::min(s.find(sep, start), s.size());
    if (end > start) out.emplace_back(s.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

const StrongVerbs& strong_verbs() {
  static const StrongVerbs table = [] {
    const std::string path = data_file("data/verbs.nl.txt");
    std::ifstream in(path);
    if (!in) throw DataError(Location{path, 0, 0}, "cannot read the verb table");
    StrongVerbs out;
    auto add = [&](const std::string& form, const std::string& infinitive, std::uint8_t bits) {
      // (reden): a form that stands for the verb only behind a particle
      const bool bound = form.size() > 2 && form.front() == '(' && form.back() == ')';
      auto& readings = bound ? out.bound_forms[form.substr(1, form.size() - 2)] : out.forms[form];
      for (auto& r : readings)
        if (r.infinitive == infinitive) {
          r.forms |= bits;
          return;
        }
      readings.push_back({infinitive, bits});
    };
    std::int64_t line_no = 0;
    for (std::string line; std::getline(in, line);) {
      ++line_no;
      if (line.empty() || line[0] == '#') continue;
      if (line[0] == '!' || line[0] == '+') {
        for (const auto& w : split(line.substr(1), ' ')) (line[0] == '!' ? out.not_verbs : out.separables).insert(w);
        continue;
      }
      const std::vector<std::string> columns = split(line, ' ');
      if (columns.size() < 4 || columns.size() > 5)
        throw DataError(Location{path, line_no, 1},
                        "a verb line has 4 or 5 columns: infinitive, past singular, past plural, participle, "
                        "irregular present forms");
      const std::string& infinitive = columns[0];
      out.infinitives.insert(infinitive);
      static constexpr std::uint8_t kColumnForm[] = {0, kPast, kPast, kParticiple, kPresent};
      for (std::size_t c = 1; c < columns.size(); ++c)
        for (const auto& form : split(columns[c], c == 4 ? ',' : '|')) {
          if (c == 4 && form.size() > 1 && form.back() == '!')
            add(form.substr(0, form.size() - 1), infinitive, kImperative | kListed);
          else if (form != "-")
            add(form, infinitive, kColumnForm[c] | kListed);
        }
    }
    return out;
  }();
  return table;
}

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }

bool ends_with(std::string_view s, std::string_view end) {
  return s.size() >= end.size() && s.substr(s.size() - end.size()) == end;
}

// 't kofschip: the regular past is stem + te after a voiceless consonant of
// the infinitive's stem (fietsen: fietste), else stem + de (verhuizen:
// verhuisde, horen: hoorde).
char past_consonant(std::string_view infinitive) {
  std::string_view stem = infinitive.substr(0, infinitive.size() - 2);
  if (ends_with(stem, "ch") || ends_with(stem, "sh") || ends_with(stem, "sj")) return 't';  // crashte
  const char c = stem.empty() ? 'x' : stem.back();
  return std::string_view("tkfspx").find(c) != std::string_view::npos ? 't' : 'd';
}

// Whether the stem, but for an unstressed prefix, is one syllable with one
// short vowel before a single final consonant (leg, zet, herstel; not leer,
// regel, open), which doubles before -en; a w never does, its u or ou a
// vowel of their own (duw: duwen, spuw: spuwen).
bool one_short_syllable(std::string_view stem) {
  for (std::string_view prefix : {"be", "ge", "her", "ont", "ver"})
    if (stem.size() > prefix.size() + 2 && stem.substr(0, prefix.size()) == prefix) {
      stem.remove_prefix(prefix.size());
      break;
    }
  int groups = 0;
  for (std::size_t i = 0; i < stem.size(); ++i)
    if (is_vowel(stem[i]) && (i == 0 || !is_vowel(stem[i - 1]))) ++groups;
  const std::size_t n = stem.size();
  return groups == 1 && n >= 2 && !is_vowel(stem[n - 1]) && stem[n - 1] != 'w' && is_vowel(stem[n - 2]) &&
         (n < 3 || !is_vowel(stem[n - 3]));
}

// Whether the vowel w[k] is one a closed syllable may write double and an
// open one single (heet: heten): no i, and after no vowel, or an e after e
// or i (a folded diaeresis: creëer, definieer) or after u (a syllable of
// its own: evalueer), or any right after the prefix be or ge (beaam:
// beamen, beoog: beogen).
bool doubles_when_closed(std::string_view w, std::size_t k) {
  const char v = w[k];
  if (!is_vowel(v) || v == 'i') return false;
  if (k == 0 || !is_vowel(w[k - 1])) return true;
  if (v == 'e' && (w[k - 1] == 'e' || w[k - 1] == 'i' || w[k - 1] == 'u')) return true;
  return k == 2 && (w.starts_with("be") || w.starts_with("ge"));
}

// The infinitives whose stem (first person present) `stem` may be: loop:
// lopen, geef: geven, verhuis: verhuizen, zet: zetten, regel: regelen.
std::vector<std::string> infinitives_of_stem(const std::string& stem) {
  std::vector<std::string> out;
  // (no stem in -zi either: zien and its compounds have the stem -zie, so
  // bezit is bezitten's, not bezien's)
  if (stem.size() < 3 || stem.ends_with("zi")) return out;
  // a stem in -ie takes only an n (neurie: neuriën, folded neurien; ski:
  // skiën), not one nl.dic lists as a noun, which it nearly always is
  // (ruzie: no ruziën)
  if (stem.ends_with("ie") && stem.size() > 3 && !lexicon::noun(stem)) out.push_back(stem + "n");
  const char last = stem.back();
  const std::string body = stem.substr(0, stem.size() - 1);
  const std::size_t n = body.size();
  const bool long_vowel = !is_vowel(last) && n >= 2 && body[n - 1] == body[n - 2] && doubles_when_closed(body, n - 2);
  // One short vowel closes the stem's only syllable (leg, stel, herstel):
  // stem + en would open it (legen is a form of leeg), so the consonant
  // doubles; but x never does (fixen). A doubled vowel before the last
  // consonant is single once the syllable opens (heet: heten, never heeten).
  // (a y may be long as in typen or short as in gymmen: both, which the
  // word list then confirms)
  if ((!one_short_syllable(stem) && !long_vowel) || stem == "kom" || last == 'x' || (n >= 1 && body[n - 1] == 'y'))
    out.push_back(stem + "en");  // komen has the stem kom
  if (is_vowel(last)) return out;
  std::string ends = {last};
  if (last == 'f') ends += 'v';
  if (last == 's') ends += 'z';
  const bool short_vowel = n >= 1 && is_vowel(body[n - 1]) && (n < 2 || !is_vowel(body[n - 2]));
  // a long vowel is written single in the open syllable (loos: lozen, never
  // loozen); a short one closing the only syllable doubles the consonant
  // instead (graf would be graffen: graven is graaf's)
  for (char e : ends) {
    if (long_vowel) out.push_back(body.substr(0, n - 1) + e + "en");
    else if (e != last && !one_short_syllable(stem)) out.push_back(body + e + "en");
  }
  if (short_vowel && last != 'w' && last != 'j' && last != 'h' && last != 'x') out.push_back(stem + last + "en");
  // a loan keeps its doubled vowel where nl.dic lists it so (zoom: zoomen)
  if (long_vowel && lexicon::verb_infinitive(stem + "en")) out.push_back(stem + "en");
  return out;
}

// The stems whose infinitive by the spelling rules `word` is (lopen: loop,
// zetten: zet, verhuizen: verhuis, neurien: neurie).
std::vector<std::string> stems_of_infinitive(const std::string& word) {
  std::vector<std::string> out;
  if (!word.ends_with("en") || word.size() < 5) return out;
  const std::string body = word.substr(0, word.size() - 2);
  std::vector<std::string> stems = {body};
  const std::size_t n = body.size();
  const char last = body.back();
  if (last == 'v') stems.push_back(body.substr(0, n - 1) + 'f');
  if (last == 'z') stems.push_back(body.substr(0, n - 1) + 's');
  if (n >= 3 && body[n - 2] == last && !is_vowel(last)) stems.push_back(body.substr(0, n - 1));
  if (word.ends_with("ien")) stems.push_back(word.substr(0, word.size() - 1));  // neurien: neurie
  const std::size_t base = stems.size();
  for (std::size_t i = 0; i < base; ++i) {
    const std::string& s = stems[i];
    const std::size_t m = s.size();
    if (m >= 3 && !is_vowel(s[m - 1]) && doubles_when_closed(s, m - 2))  // lop: loop, evaluer: evalueer
      stems.push_back(s.substr(0, m - 1) + s[m - 2] + s[m - 1]);
  }
  for (auto& s : stems) {
    const auto candidates = infinitives_of_stem(s);
    if (std::find(candidates.begin(), candidates.end(), word) != candidates.end()) out.push_back(std::move(s));
  }
  return out;
}

// Unstressed prefixes, after which the participle has no ge-.
constexpr std::string_view kPrefixes[] = {"be", "ge", "her", "ont", "ver", "er", "mis"};

// Separable particles: meedoen, opgeven, samenwerken, deelnemen, and the
// ones made of two (vooruitkijken, achteruitgaan, tegemoetkomen), longest
// first, so that a verb's particle is the longest one before a verb
// (vooruit + kijken, not voor + uitkijken; achterover + slaan, not achter +
// overslaan).
constexpr std::string_view kParticles[] = {
    "achterover", "schadeloos", "achteraan", "tegenover", "achteruit", "achterop", "tegemoet", "tevreden", "achterna", "onderuit", "overeen", "overeind", "terecht", "voorbij", "vooruit", "voorop", "aaneen", "achter", "bijeen", "binnen", "buiten",
    "lastig", "geheim", "gelijk", "gerust", "kennis", "teloor", "teniet", "teweeg", "teweer", "verder", "bekend", "bezig", "boven", "omhoog", "omlaag", "plaats", "omver", "opzij", "tekeer", "schoon", "scheef", "tekort", "teleur", "uiteen", "bloot", "dicht",
    "actie", "groot", "zwart", "prijs", "dwars", "flauw", "ineen", "stand", "kapot", "klaar", "kwijt", "langs", "onder", "samen", "tegen", "terug", "tussen",
    "thuis", "voort", "droog", "recht", "beet", "deel", "dood", "door", "gade", "goed", "klem", "leeg", "neer", "open", "over", "plat",
    "rond", "ziek", "schuil", "vuil", "zoet", "kaal", "glad", "bloed", "stage", "mooi",
    "stil", "stop", "stuk", "krom", "fijn", "kort", "adem", "vast", "klein", "lief", "hoog", "voor", "vrij", "waar", "weer", "zoek", "heen", "vlot", "warm", "aan", "bij", "lam", "nat", "mis", "les", "vol", "los", "mee", "toe", "uit",
    "rot", "weg", "af", "in", "na", "om", "op"};

// Particles that make only the verbs nl.dic or the verb table lists with them (Analysis::separable).
constexpr std::string_view kListedOnly[] = {"goed",  "waar",  "les",  "actie", "stop",       "tussen",
                                            "stand", "groot", "hoog", "zwart", "schadeloos", "mis", "warm", "schuil",
                                            "rot", "vuil", "zoet", "kaal", "achterop", "glad", "bloed", "stage", "mooi", "krom", "geheim", "kort", "adem", "scheef",
                                            "teloor", "teniet", "teweeg", "teweer", "verder", "boven", "gade", "klein", "lief", "achteraan", "tegenover",
                                            "fijn", "nat", "tevreden"};
bool listed_only(std::string_view particle) { return std::ranges::find(kListedOnly, particle) != std::end(kListedOnly); }

// Particles that also make inseparable verbs, whose participle has no ge-
// either (ondersteund, overtuigd, voorzien, weerlegd).
constexpr std::string_view kInseparable[] = {"achter", "door", "om", "onder", "over", "vol", "voor", "weer"};

// What follows a prefix opens a syllable, which no doubled consonant does
// (bessen, the plural of bes, is no be + ssen).
bool starts_with_one_of(std::string_view word, const std::string_view* begin, const std::string_view* end) {
  return std::any_of(begin, end, [&](std::string_view p) {
    return word.size() > p.size() + 2 && word.substr(0, p.size()) == p &&
           !(word[p.size()] == word[p.size() + 1] && !is_vowel(word[p.size()]));
  });
}

bool has_unstressed_prefix(std::string_view word) {
  return starts_with_one_of(word, std::begin(kPrefixes), std::end(kPrefixes));
}

bool has_prefix(std::string_view word) {
  return has_unstressed_prefix(word) || starts_with_one_of(word, std::begin(kInseparable), std::end(kInseparable));
}

}  // namespace

bool verb_prefix(std::string_view word) {
  return std::find(std::begin(kPrefixes), std::end(kPrefixes), word) != std::end(kPrefixes);
}

bool inseparable_particle(std::string_view word) {
  return std::find(std::begin(kInseparable), std::end(kInseparable), word) != std::end(kInseparable);
}

bool function_word(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "aan", "al", "alle", "als", "an", "daar", "dan", "dat", "de", "die", "door", "dus", "een", "en", "er", "d'r",
      "haar", "heel", "hem", "hen", "het", "hier", "hun", "in", "maar", "meer", "men", "met", "mij", "mijn",
      "na", "naar", "nee", "niet", "niks", "nog", "nu", "of", "om", "ons", "onder", "op", "over", "per",
      "samen", "toch", "toe", "tot", "uit", "van", "veel", "voor", "waar", "want", "wat", "wel", "wie", "zo",
      "zelf", "ondanks", "vanuit", "zoals", "jou", "jouw", "minder", "eigen", "naast", "langs", "anders",
      "vervolgens", "slechts", "genoeg", "zonder"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

namespace {

struct Analysis {
  const IsWord& is_word;
  const StrongVerbs& strong = strong_verbs();
  std::map<std::string, std::uint8_t> found;
  // Reading a word the list does not know, as a learner or a quick typist
  // writes a form: its t or d need not agree with 't kofschip, and a strong
  // verb may take a regular past or participle (crashde, aangeleert,
  // blijfde, gevindt: crashen, aanleren, blijven, vinden).
  bool misspelt = false;
  // The word stands behind a separable particle, so a verb nl.dic lists
  // only with one counts, a particle's letters too (uit + gebuit:
  // uitbuiten), which alone they do not (buiten is no verb).
  bool behind_particle = false;

  void add(const std::string& infinitive, std::uint8_t forms) { found[infinitive] |= forms; }

  // A strong verb behind an unstressed prefix (verbinden: binden), whose
  // present the rules give but whose past they do not.
  bool prefixed_strong(const std::string& infinitive) const {
    for (std::string_view prefix : kPrefixes)
      if (infinitive.size() > prefix.size() + 3 && infinitive.compare(0, prefix.size(), prefix) == 0 &&
          strong.infinitives.count(std::string_view(infinitive).substr(prefix.size())))
        return true;
    return false;
  }

  // A regular verb: nl.dic lists the infinitive as a verb's and the past
  // and the participle are words (regelde, geregeld; voren, voorde but no
  // gevoord). That hunspell accepts the infinitive is not enough: it takes
  // harren for the plural of har and russen for that of rus, which would
  // make hart and rust verb forms. A verb the list makes only by a
  // particle's flag (meedoen, from doen/Pr) is read by separable() through
  // its base; an inseparable one (overleven, overtuigen: leven/Pm,
  // tuigen/Pm) here, through its base, unless the stem is an entry of its
  // own (overlast, the noun; overlasten is lasten/Pm too), but not one the
  // list lets only begin a compound (overtuig/Ca, achterhaal/Ca: the stem of
  // overtuiging, achterhaalbaar; not voorspel/V3, voorspellen's stem, which
  // makes no voorspelen); one nl.dic lists only behind a particle,
  // regular() asks listed_behind_particle of once.
  bool listed_verb(const std::string& stem, const std::string& infinitive) const {
    if (lexicon::verb_infinitive(infinitive)) return true;
    if (lexicon::entry(stem) && !lexicon::begins_compounds_only(stem)) return false;
    return behind_inseparable(infinitive);
  }

  // Whether `infinitive` is a verb nl.dic lists after an inseparable
  // particle and hunspell accepts whole (overtuigen, overmannen).
  bool behind_inseparable(const std::string& infinitive) const {
    for (std::string_view particle : kInseparable)
      if (infinitive.size() > particle.size() + 4 && infinitive.compare(0, particle.size(), particle) == 0 &&
          lexicon::verb_infinitive(std::string_view(infinitive).substr(particle.size())))
        return is_word(infinitive);
    return false;
  }

  // A verb nl.dic lists only behind a particle (inburgeren; burgeren is
  // listed bare, burger is the noun), unless it is a particle itself
  // (buiten: uitbuiten); not one that makes only the verbs nl.dic lists
  // (mismeesteren: meester is no verb's stem).
  bool listed_behind_particle(const std::string& infinitive) const {
    if (separable_particle_word(infinitive) && !behind_particle) return false;
    std::string whole;
    for (std::string_view particle : kParticles) {
      if (listed_only(particle)) continue;
      whole.assign(particle).append(infinitive);
      if (lexicon::verb_infinitive(whole)) return true;
    }
    return false;
  }

  // A strong verb's form behind a prefix makes a verb (verliezen: ver +
  // liezen; verwijten, not ver + weten) where the infinitive is a word and
  // not an entry of nl.dic's other than a verb's (verweten is listed
  // without flags: the past of verwijten).
  bool prefixed_infinitive(const std::string& infinitive) const {
    return is_word(infinitive) && (lexicon::verb_infinitive(infinitive) || !lexicon::entry(infinitive));
  }

  // A regular verb: the infinitive a listed verb's, the past and the
  // participle words (regelde, geregeld; voren, voorde but no gevoord).
  bool regular(const std::string& stem, const std::string& infinitive) const {
    // Behind its particle, a verb nl.dic lists only with one has no past or
    // participle there to confirm it (opgeleukt, uitgepond: no leukte, no
    // uitgepond): the particle's listing is the confirmation. Not apart
    // (leuk ... op, pondt ... uit), where the base would make verbs of
    // every noun such a verb holds (nacht: overnachten, muur: ommuren).
    const bool by_particle = !lexicon::verb_infinitive(infinitive) && listed_behind_particle(infinitive);
    if (behind_particle && by_particle) return true;
    const char ending = past_consonant(infinitive);
    const std::string participle = stem.back() == ending ? stem : stem + ending;
    // the list names some recent verbs without flags, and their participles
    // likewise (appen, geappt), where a plural has no such participle
    // (russen: gerust is rusten's) or one that is another verb's (kossen:
    // gekost is kosten's)
    // (or one behind an inseparable particle whose participle, the stem and
    // its d or t, it flags as one: overmand/Ve, where overman is an entry of
    // its own; not overlast, the noun)
    const bool listed = by_particle || listed_verb(stem, infinitive) ||
                        (lexicon::bare_entry(infinitive) && lexicon::bare_entry("ge" + participle) &&
                         !lexicon::verb_infinitive(participle + "en")) ||
                        (participle != stem && lexicon::participle(participle) && behind_inseparable(infinitive));
    // The past is confirmed by two of three signs: its singular, its plural,
    // and a participle nl.dic lists (hunspell knows some such pasts in the
    // singular only, as the participle's inflection: herschikt/Ve,
    // herschikte, gechloreerd/Ve, chloreerde; some in the plural only:
    // verroestten, not verroestte).
    const int signs = int{is_word(stem + ending + "e")} + int{is_word(stem + ending + "en")} +
                      int{lexicon::entry(has_prefix(infinitive) ? participle : "ge" + participle)};
    const bool past = signs >= 2;
    return listed && past &&
           (is_word("ge" + participle) || (has_prefix(infinitive) && is_word(participle)) ||
            participle_with_particle(infinitive, participle));
  }

  // A verb that nl.dic knows with a particle only has its participle there
  // (moedigen: aangemoedigd, no gemoedigd).
  bool participle_with_particle(const std::string& infinitive, const std::string& participle) const {
    for (std::string_view particle : kParticles)
      if (is_word(std::string(particle) + "ge" + participle) && is_word(std::string(particle) + infinitive)) return true;
    return false;
  }

  // `stem` read as the stem of a verb; `ending` is the t or d that followed
  // it in a past or participle (0 for a present), which must agree with 't
  // kofschip.
  void from_stem(const std::string& stem, std::uint8_t forms, char ending) {
    const bool present = forms & (kPresent | kStem);
    for (const auto& infinitive : infinitives_of_stem(stem)) {
      if (strong.infinitives.count(infinitive)) {
        if ((present || misspelt) && is_word(infinitive)) add(infinitive, forms);
      } else if ((ending == 0 || misspelt || ending == past_consonant(infinitive)) && regular(stem, infinitive)) {
        add(infinitive, forms);
      } else if (present && prefixed_strong(infinitive) && is_word(infinitive)) {
        add(infinitive, forms);  // verbindt; ontmoet is regular (ontmoette), not ont + moeten
      }
    }
  }

  // A word ending in -en that is a verb's infinitive (or plural present).
  void as_infinitive(const std::string& word) {
    if (strong.infinitives.count(word) || (prefixed_strong(word) && is_word(word))) {
      add(word, kInfinitive);  // verbinden: ver + binden
      return;
    }
    for (const auto& s : stems_of_infinitive(word))
      if (regular(s, word)) {
        add(word, kInfinitive);
        return;
      }
    if (lexicon::verb_infinitive(word) && !lexicon::noun(word) && word_and_verb(word)) add(word, kInfinitive);
  }

  // A verb nl.dic lists that is a word before a verb's infinitive
  // (schoolzwemmen, feestvieren, buikspreken): said nearly always as the
  // infinitive, so no past or participle of its own confirms it. Not one
  // nl.dic lists as a noun too, which it nearly always is (een gemiddeld
  // huishouden).
  bool word_and_verb(std::string_view word) const {
    for (std::size_t k = 3; k + 5 <= word.size(); ++k) {
      const std::string_view first = word.substr(0, k), verb = word.substr(k);
      if ((strong.infinitives.count(verb) || lexicon::verb_infinitive(verb)) &&
          (lexicon::entry(first) || lexicon::modifier(first)))
        return true;
    }
    return false;
  }

  // Readings of `word` by itself, without taking off a prefix or particle.
  // A form in the table is only what the table says (ben: zijn, not benen).
  void simple(const std::string& word) {
    if (strong.infinitives.count(word)) add(word, kInfinitive);
    if (const auto* it = strong.forms.find(word)) {
      for (const auto& r : it->second) add(r.infinitive, r.forms);
      // (but behind a particle, a strong past may be a regular verb's
      // infinitive too: wegzagen, not weg + zagen of zien)
      if (behind_particle && std::all_of(it->second.begin(), it->second.end(),
                                         [](const VerbReading& r) { return (r.forms & ~kListed) == kPast; }))
        as_infinitive(word);
      return;
    }
    as_infinitive(word);
    const std::size_t n = word.size();
    const char last = n ? word.back() : 0;
    // a stem in -t is its own third person too (moet, zet, praat)
    from_stem(word, static_cast<std::uint8_t>(last == 't' ? kStem | kPresent : kStem), 0);
    if (last == 't' && n > 2 && word[n - 2] != 't') from_stem(word.substr(0, n - 1), kPresent, 0);
    for (std::string_view ending : {"te", "de", "ten", "den"})
      if (ends_with(word, ending) && n > ending.size() + 1)
        from_stem(word.substr(0, n - ending.size()), kPast, ending[0]);
    if (misspelt && n > 4) {
      // a present's t written d (hij voerd, draaid), an English participle
      // (gechecked)
      if (last == 'd' && word[n - 2] != 'd') from_stem(word.substr(0, n - 1), kPresent, 0);
      if (word.starts_with("ge") && ends_with(word, "ed") && !is_vowel(word[n - 3]))
        from_stem(word.substr(2, n - 4), kParticiple, 'd');
      // an infinitive or plural said without its n (we kunne, studere, rotzooie)
      if (last == 'e') as_infinitive(word + 'n');
    }
    if (last == 't' || last == 'd') {
      if (n > 4 && word.substr(0, 2) == "ge") {
        from_stem(word.substr(2, n - 3), kParticiple, last);
        from_stem(word.substr(2), kParticiple, last);  // gezet: zetten
      }
      if (has_prefix(word)) {
        from_stem(word.substr(0, n - 1), kParticiple, last);  // beloofd
        // ontmoet, bereid: the stem's own t or d ends it; a d only after an
        // unstressed prefix (not beeld, whose ee is none, nor voorbeeld)
        if (last == 't' || (has_unstressed_prefix(word) && word.compare(1, 2, "ee") != 0))
          from_stem(word, kParticiple, last);
      }
    }
  }

  // A strong verb behind an unstressed prefix or an inseparable particle:
  // verliep, verloren (ge + verloren is no form, so the participle is
  // looked up with ge), ontving, onderzocht. Regular ones need no prefix
  // rule: beloofd is read whole by simple().
  void prefixed(const std::string& word) {
    auto read = [&](std::string_view prefix) {
      if (word.size() < prefix.size() + 3 || word.compare(0, prefix.size(), prefix) != 0) return;
      // ge + a participle is a participle, not a verb with the prefix ge; ge
      // + a past makes one where the word is no table form itself (gebood:
      // gebieden; not geboden, bieden's participle)
      const bool ge = prefix == "ge";
      if (ge && strong.forms.find(word)) return;
      const std::string rest = word.substr(prefix.size());
      for (const std::string& form : {rest, "ge" + rest})
        if (const auto* it = ge && form != rest ? nullptr : strong.forms.find(form))
          for (const auto& r : it->second) {
            // a verb with ge- of its own has no other (vergeleken: ver + geleken of gelijken);
            // the base's own imperative makes none with a prefix (wees: zijn, no uitzijn)
            const bool own_ge = r.infinitive.compare(0, 2, "ge") == 0;
            const std::uint8_t base = r.forms & ~kImperative;
            const std::uint8_t forms = ge             ? base & (kPast | kListed)
                                       : form != rest ? base & (kParticiple | kListed)
                                       : own_ge       ? base
                                                      : base & ~kParticiple;
            const std::string infinitive = std::string(prefix) + r.infinitive;
            if ((forms & ~kListed) && prefixed_infinitive(infinitive)) add(infinitive, forms);
          }
      // (and a form the table binds to a particle, as bound to a prefix:
      // besloop, besluipen's; not the sloop alone)
      if (const auto* it = ge ? nullptr : strong.bound_forms.find(rest))
        for (const auto& r : it->second)
          if (const std::string infinitive = std::string(prefix) + r.infinitive; prefixed_infinitive(infinitive))
            add(infinitive, r.forms & ~(kImperative | kParticiple));
    };
    for (std::string_view prefix : kPrefixes) read(prefix);
    for (std::string_view prefix : kInseparable) read(prefix);
  }

  // A separable particle before a verb form: meedoet, meegedaan, opgegeven,
  // meegegeten (the verb's spelling mee-eten).
  void separable(const std::string& word) {
    for (std::string_view particle : kParticles) {
      if (word.size() < particle.size() + 2 || word.compare(0, particle.size(), particle) != 0) continue;
      const bool hyphen = word[particle.size()] == '-';
      Analysis rest{is_word, strong, {}, misspelt, true};
      const std::string verb = word.substr(particle.size() + hyphen);
      rest.simple(verb);
      rest.prefixed(verb);
      if (const auto* it = strong.bound_forms.find(verb))
        for (const auto& r : it->second) rest.add(r.infinitive, r.forms);
      rest.drop_ge_verbs();
      for (const auto& [infinitive, forms] : rest.found) {
        const std::string joined = std::string(particle) + infinitive;
        const std::string hyphened = std::string(particle) + '-' + infinitive;
        // goed, waar, les, actie, stop, tussen, stand, groot, hoog, zwart,
        // schadeloos, mis, warm, schuil, rot, vuil, zoet, kaal, achterop,
        // glad, bloed, stage and mooi, which open more other words than
        // verbs (goederen: no goed + eren; waarborgen: no waar + borgen;
        // lesgeld; tussenjaren; misdaad; warmte; rotzooi; vuilnis; zoetstof;
        // kaalslag; gladheid; mooiheid), make only the verbs nl.dic or the
        // verb table lists (goedkeuren, waarnemen, lesgeven, actievoeren,
        // stopzetten, tussenkomen, standhouden, grootbrengen, hooghouden,
        // zwartwerken, schadeloosstellen, misgaan, warmlopen, warmmaken,
        // rotlachen, vuilmaken, zoethouden, kaalvreten, achteropraken,
        // gladstrijken, bloedprikken, stagelopen, mooipraten)
        if (listed_only(particle)) {
          if (lexicon::verb_infinitive(joined) || strong.separables.count(joined)) add(joined, forms);
        } else if (!hyphen && (is_word(joined) || strong.separables.count(joined))) {
          add(joined, forms);
        } else if (is_word(hyphened)) {
          add(hyphened, forms);
        }
      }
    }
  }

  // A participle with ge- (gezet: zetten) is no form of a verb with the
  // prefix ge- that the rules make of it (gezetten), nor behind a particle
  // (klaargezet: klaarzetten, not klaargezetten).
  void drop_ge_verbs() {
    bool participle = false;
    for (const auto& [infinitive, forms] : found) participle |= (forms & kParticiple) && infinitive.compare(0, 2, "ge") != 0;
    for (auto it = found.begin(); it != found.end();)
      if (participle && it->first.compare(0, 2, "ge") == 0 && !strong.infinitives.count(it->first)) it = found.erase(it);
      else ++it;
  }

  // Every reading of `word`, with or without a prefix or particle.
  void whole(const std::string& word) {
    simple(word);
    prefixed(word);
    separable(word);
    renewed(word);
  }

  // her- before a verb that nl.dic lists with it, a separable one too, whose
  // forms are the verb's (heringericht, her in te richten: herinrichten;
  // hergebruikt: hergebruiken)
  void renewed(const std::string& word) {
    if (word.size() < 7 || !word.starts_with("her")) return;
    Analysis rest{is_word, strong, {}, misspelt};
    rest.whole(word.substr(3));
    for (const auto& [infinitive, forms] : rest.found)
      if (lexicon::verb_infinitive("her" + infinitive)) add("her" + infinitive, forms & ~kImperative);
  }

  // A participle inflected as an adjective (de gedeelde ruimte, het
  // gemaakte plan, de opgedane kennis: gedaan) and a present participle
  // (verbindend, verbindende): the readings of the uninflected form that
  // are participles, or of the infinitive under -end.
  void inflected_participle(const std::string& word) {
    const std::size_t n = word.size();
    if (n < 6) return;
    std::vector<std::pair<std::string, std::uint8_t>> bases;  // form, the bit it must have
    const std::string bare = ends_with(word, "e") ? word.substr(0, n - 1) : word;
    if (ends_with(bare, "end")) bases.emplace_back(bare.substr(0, bare.size() - 1), kInfinitive);
    if (bare.size() < n && !ends_with(bare, "tt") && !ends_with(bare, "dd")) {  // ontmoette is no ontmoet + e
      bases.emplace_back(bare, kParticiple);
      const std::size_t m = bare.size();
      // gedane: gedaan, the vowel doubled again before the last consonant
      if (is_vowel(bare[m - 2]) && !is_vowel(bare[m - 3]) && !is_vowel(bare[m - 1]))
        bases.emplace_back(bare.substr(0, m - 1) + bare[m - 2] + bare[m - 1], kParticiple);
    } else if (bare.size() < n && is_vowel(bare[n - 4]) && !is_vowel(bare[n - 5])) {
      // besmette: besmet, its t doubled after a short vowel, as a participle
      // that is its stem inflects (geredde: gered)
      bases.emplace_back(bare.substr(0, n - 2), kParticiple);
    }
    // Where the word is already a form of a verb that the base is a
    // participle of, only that verb (geloofde: geloven, not ge + loven).
    const std::map<std::string, std::uint8_t> before = found;
    for (const auto& [base, bit] : bases) {
      if (strong.not_verbs.count(base)) continue;
      Analysis b{is_word, strong, {}};
      b.whole(base);
      bool shared = false;
      for (const auto& [infinitive, forms] : b.found) shared |= (forms & bit) && before.count(infinitive);
      for (const auto& [infinitive, forms] : b.found)
        if ((forms & bit) && (bit != kInfinitive || infinitive == base) && (!shared || before.count(infinitive)))
          add(infinitive, bit == kInfinitive ? std::uint8_t{kPresentParticiple} : std::uint8_t{kParticiple});
    }
  }
};

}  // namespace

std::vector<VerbReading> verb_readings(std::string_view word, const IsWord& is_word) {
  if (function_word(word) || strong_verbs().not_verbs.count(word)) return {};
  Analysis a{is_word, strong_verbs(), {}};
  const std::string w(word);
  a.whole(w);
  a.drop_ge_verbs();
  // after that: geloofde is a past of geloven, and geloofd + e
  a.inflected_participle(w);
  if (a.found.empty() && !is_word(w)) {
    Analysis misspelt{is_word, strong_verbs(), {}, true};
    misspelt.simple(w);
    misspelt.separable(w);
    a.found = std::move(misspelt.found);
  }
  std::vector<VerbReading> out;
  for (auto& [infinitive, forms] : a.found) out.push_back({infinitive, forms});
  return out;
}

bool listed_verb_form(std::string_view word) {
  const StrongVerbs& table = strong_verbs();
  return table.forms.find(word) != nullptr || table.infinitives.count(word);
}

bool separable_particle_word(std::string_view word) {
  // a set: the matcher's clause rules ask this of most words
  static const StringSet particles = [] {
    StringSet set;
    for (std::string_view particle : kParticles) set.insert(particle);
    return set;
  }();
  return particles.count(word) > 0;
}

std::string_view separable_particle(std::string_view infinitive, const IsWord& is_word) {
  return separable_particle(infinitive, [&](std::string_view rest) { return verb_readings(rest, is_word); });
}

std::string_view separable_base(std::string_view infinitive, std::string_view particle) {
  infinitive.remove_prefix(particle.size());
  if (!infinitive.empty() && infinitive.front() == '-') infinitive.remove_prefix(1);
  return infinitive;
}

// The particles that make only listed verbs, each with a shorter particle
// that begins it where no particle makes up the rest (nat: na), found once.
const std::vector<std::pair<std::string_view, std::string_view>>& yielding_particles() {
  static const auto pairs = [] {
    std::vector<std::pair<std::string_view, std::string_view>> out;
    for (std::string_view particle : kListedOnly)
      for (std::string_view shorter : kParticles)
        if (shorter.size() < particle.size() && particle.starts_with(shorter) &&
            std::ranges::find(kParticles, particle.substr(shorter.size())) == std::end(kParticles))
          out.emplace_back(particle, shorter);
    return out;
  }();
  return pairs;
}

std::string_view separable_particle(std::string_view infinitive, const VerbReadingsOf& readings_of) {
  // A verb whose participle is ge + the whole keeps its first letters,
  // which only look like a particle: one of Latin stock whose stress falls
  // on -eer (opteren: geopteerd, not opgeteerd; opponeren, and informeren
  // where the norm folds geïnformeerd), and one made of an adjective in -ig
  // (rechtvaardigen: gerechtvaardigd, not rechtgevaardigd).
  const auto participle_of_whole = [&](std::string_view ending, std::string_view participle_ending) {
    if (infinitive.size() <= 6 || !infinitive.ends_with(ending)) return false;
    const std::string participle =
        "ge" + std::string(infinitive.substr(0, infinitive.size() - ending.size())) + std::string(participle_ending);
    return std::ranges::any_of(readings_of(participle), [&](const VerbReading& r) {
      return (r.forms & kParticiple) && r.infinitive == infinitive;
    });
  };
  if (participle_of_whole("eren", "eerd") || participle_of_whole("igen", "igd")) return {};
  const auto verb_after = [&](std::string_view particle) {
    if (infinitive.size() < particle.size() + 3 || infinitive.substr(0, particle.size()) != particle) return false;
    const std::string_view rest = separable_base(infinitive, particle);
    for (const auto& r : readings_of(rest))
      if ((r.forms & kInfinitive) && r.infinitive == rest) return true;
    // a rest the verb table has as another verb's past (zagen: zien), which
    // nl.dic lists as an infinitive too, as it does the whole (omzagen)
    return lexicon::verb_infinitive(infinitive) && lexicon::verb_infinitive(rest);
  };
  for (std::string_view particle : kParticles) {
    if (!verb_after(particle)) continue;
    // (a particle that makes only listed verbs yields to a shorter one
    // that begins it where no particle makes up the rest of it: natrekken
    // is na + trekken, not nat + rekken; but achterop + raken)
    if (std::ranges::any_of(yielding_particles(), [&](const auto& pair) {
          return pair.first == particle && verb_after(pair.second);
        }))
      continue;
    return particle;
  }
  return {};
}

std::vector<VerbReading> regular_forms(std::string_view infinitive) {
  const std::string word(infinitive);
  // (no stem ends in a doubled consonant: cappen is cap's, not capp's)
  // (and where the rules leave a stem's last vowel short or long, the
  // schwa of luisteren or the stressed vowel of vandaliseren, both: no word
  // list says which)
  const char ending = past_consonant(word);
  std::vector<VerbReading> out;
  for (const std::string& stem : stems_of_infinitive(word)) {
    if (stem.size() >= 2 && stem.back() == stem[stem.size() - 2] && !is_vowel(stem.back())) continue;
    const std::string participle = stem.back() == ending ? stem : stem + ending;
    out.insert(out.end(), {{word, kInfinitive},
                           {stem, kStem},
                           {stem.back() == 't' ? stem : stem + 't', kPresent},
                           {stem + ending + "e", kPast},
                           {stem + ending + "en", kPast},
                           {has_prefix(word) ? participle : "ge" + participle, kParticiple}});
  }
  // (a stem in -t is its own present: keet)
  std::sort(out.begin(), out.end(), [](const VerbReading& a, const VerbReading& b) { return a.infinitive < b.infinitive; });
  std::vector<VerbReading> merged;
  for (const VerbReading& r : out)
    if (!merged.empty() && merged.back().infinitive == r.infinitive) merged.back().forms |= r.forms;
    else merged.push_back(r);
  return merged;
}

}  // namespace draad
