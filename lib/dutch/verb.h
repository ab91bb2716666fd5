// Dutch verb forms and their infinitives: helpt, hielp and geholpen are forms
// of helpen; fietste and gefietst of fietsen; beloofd of beloven; meegedaan
// and meedoet of meedoen.
//
// The strong and irregular verbs come from data/verbs.nl.txt (past forms,
// participles, irregular presents). Every other form is undone by the rules of
// Dutch spelling: the present is the stem (help) or stem + t (helpt), the
// past stem + te/de by 't kofschip (fietste, verhuisde), the participle ge +
// stem + t/d (gefietst, verhuisd) or, after an unstressed prefix (be, ver,
// ont, ...), prefix + stem + t/d without ge (beloofd, ontmoet); the stem
// loses the vowel doubling (loop: lopen), v and z turn to f and s (geef:
// geven, verhuis: verhuizen) and a doubled consonant is single (zet: zetten).
// A separable particle in front (mee, op, aan, ...) is taken off and the rest
// read as a verb form (meegedaan: mee + gedaan). Where the particle's vowel
// meets the base's, nl.dic writes the infinitive with a hyphen (mee-eten,
// na-apen, toe-eigenen), and that is the reading of every joined form
// (meegegeten, meeat, and meeëten, the old spelling).
//
// The rules propose more infinitives than there are verbs (boot: boten,
// huis: huizen, hart: harren), so a reading is kept only when the word lists
// confirm it: a regular verb's infinitive is listed in nl.dic as a verb's
// (dutch/lexicon.h; harren is only a plural hunspell makes of har), or it
// and its participle are listed bare, as a few recent verbs are (appen,
// geappt), and its regular past is a word (regelde, verhuisde; huisde is
// none); a strong verb's infinitive is a word; a particle verb's base is a
// verb and the whole a word (meedoen: doen, verlopen: lopen), but for a
// prefix one that nl.dic lists as nothing but a verb (not verweten,
// verwijten's past) and for goed one it lists as a verb (goedkeuren).
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace draad {

// Which forms of the verb a word is (a word can be several: lopen is the
// infinitive and the plural present).
enum VerbForm : std::uint8_t {
  kInfinitive = 1,  // and the plural present, which is spelled the same
  kPresent = 2,     // the singular present with -t (helpt), or an irregular one (ben, doet)
  kStem = 16,       // the bare stem: first person and imperative (help, regel)
  kPast = 4,
  kParticiple = 8,          // also inflected as an adjective (gedeelde, gemaakte, opgedane)
  kPresentParticiple = 32,  // verbindend, verbindende
  kListed = 64,             // with the others: the form is in the table of strong and irregular verbs (waren, kan, ging)
  kImperative = 128,        // the imperative where it is no stem (wees: zijn)
};

struct VerbReading {
  std::string infinitive;
  std::uint8_t forms = 0;  // VerbForm bits
  bool operator==(const VerbReading&) const = default;
};

// Whether a case-folded word is a Dutch word (the word list's answer).
using IsWord = std::function<bool(const std::string&)>;

// The verbs a case-folded word may be a form of, sorted by infinitive. A
// word that is no form by these rules and no word of the list is read as a
// learner or a quick typist writes a form: its t or d against 't kofschip, a
// strong verb's regular past or participle (crashde, aangeleert, blijfde:
// crashen, aanleren, blijven), but only of a verb the rules confirm. Reads
// data/verbs.nl.txt on first use (a DataError naming file and line when it is
// malformed). Thread-safe.
std::vector<VerbReading> verb_readings(std::string_view word, const IsWord& is_word);

// Whether data/verbs.nl.txt lists the word as a verb's form or infinitive
// (chillt, flext, kan): a short word the word list does not know is still
// asked for its readings then.
bool listed_verb_form(std::string_view word);

// Words of the closed classes (articles, pronouns, conjunctions,
// prepositions, a few adverbs) that the rules would read as a verb (niet:
// nieten, voor: voren, het: heten, waar: waren) or hunspell as an inflection
// (als: al, ons: on, want: wan); they are neither.
bool function_word(std::string_view word);

// Whether the word is one of the unstressed prefixes of verbs (be, ge, her,
// ont, ver, er, mis), which are no words of their own in a compound
// (verleden is no ver + leden).
bool verb_prefix(std::string_view word);

// Whether a separable particle also makes inseparable verbs (onder:
// ondersteunen beside onderduiken; door, om, over, voor, achter, vol).
bool inseparable_particle(std::string_view word);

// Whether a word can be a separable verb's particle standing apart from it
// (mee in doet mee, op in ruim op); the verb decides whether it is one.
bool separable_particle_word(std::string_view word);

// The particle of a separable verb given as its infinitive (meedoen: mee,
// samenwerken: samen), or "" when it is none: the rest must be a verb's
// infinitive (doen, werken), and a verb in -eren whose participle is ge +
// the whole (geopteerd, geïnformeerd) is none.
std::string_view separable_particle(std::string_view infinitive, const IsWord& is_word);

// The forms of a regular verb by the spelling rules alone, each with its
// form's bits in the place of an infinitive (bailen: bail kStem, bailt
// kPresent, bailde and bailden kPast, gebaild kParticiple, bailen
// kInfinitive; keten: keet kStem|kPresent), for a verb no word list
// confirms; none where the infinitive is no regular one's (no -en).
std::vector<VerbReading> regular_forms(std::string_view infinitive);

// The base of a separable verb given as its infinitive, after its particle
// and the hyphen that may join them (meedoen: doen; mee-eten: eten).
std::string_view separable_base(std::string_view infinitive, std::string_view particle);

// The same, with the verb readings of the rest given by `readings_of` (a
// lemmatiser's, which later runs keep on disk: Lemmas::verbs) instead of
// verb_readings(rest, is_word).
using VerbReadingsOf = std::function<std::vector<VerbReading>(std::string_view)>;
std::string_view separable_particle(std::string_view infinitive, const VerbReadingsOf& readings_of);

}  // namespace draad
