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
// Verb forms add their infinitives (verb.h): helpt, hielp and geholpen have
// the lemma helpen, meegedaan meedoen. A form that is also a noun (regel: de
// regel, ik regel) keeps both, and the words around it settle which one a
// token is (reading_in_context below); read without context, a bare stem
// (regel, werk, beeld) is taken as the noun, since the verb's first person
// comes with ik.
//
// Look-ups are cached per distinct norm; a consultation corpus has a small
// vocabulary, so after the first pages hunspell is rarely called. A
// Lemmatiser is not thread-safe: make one per thread.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dutch/verb.h"

namespace draad {

struct Lemmas {
  std::string norm;
  std::vector<std::string> lemmas;   // nominal and the infinitives of verbs it is more than a bare stem of, sorted, without duplicates
  std::vector<std::string> nominal;  // the norm and its inflectional hunspell stems, sorted; not a verb's stem that hunspell gives its present and past forms that are no noun (regelt, vormden: not regel, vorm)
  std::vector<VerbReading> verbs;    // the verbs it is a form of
  std::string singular;             // of a verb's infinitive that is also a plural hunspell gives no singular for, by spelling (onderwerpen: onderwerp): its noun reading's
  std::string stem;                 // Snowball stem of the norm
  bool known = false;               // hunspell recognises the word
  bool adjective = false;           // a bare stem that is an adjective and no noun (echt: echtste, nodig): its shape is other
  bool noun = false;                // a verb form that is also a noun or adjective (werk: werkje, buurt: buurtje, nodig: nodige, bericht: berichtje; sport: nl.dic's noun flags; onderhoud: an unstressed prefix, and nl.dic lets it end a compound)
  bool inflected_adjective = false;  // may be an adjective with -e (grote, sociale, actieve, verschillende), which a noun follows
  bool operator==(const Lemmas&) const = default;
};

// How a token is read: as whatever it may be, as a verb, or as a noun (or
// adjective).
enum class Reading : std::uint8_t { any, verb, noun };

// The lemmas of a word read one way: a verb reading keeps only the
// infinitives (ik regel: regelen, not regel), a noun reading drops the
// infinitives of present and past readings but keeps a participle's, which
// is also an adjective (de regel: regel; de beloofde hulp: beloven). A
// reading the word has no lemmas for gives all its lemmas.
std::vector<std::string> lemmas_read_as(const Lemmas& lemmas, Reading reading);

// The one lemma a dictionary lists the word under, read one way (what Frog
// gives, but for the diaeresis, which norms fold):
//   a preposition of context_word's is itself, however it is read (zonder,
//     not zonderen; binnen, buiten: not bin, buit);
//   read as a verb: the infinitive, a form in the verb table's first
//     (waren: zijn), then the word itself as an infinitive (lichten, not a
//     past of lichen);
//   read as a noun: a plural's singular (de verslagen: verslag, de
//     onderwerpen: onderwerp), else a participle's infinitive unless it is
//     a noun (de gedeelde ruimte: delen; een bericht stays), else its
//     shortest nominal lemma (buren: buur, ideeen: idee);
//   else: a past form's or participle's infinitive (hielp: helpen, gedeelde:
//     delen, verbindende: verbinden; not a participle that is a noun with a
//     diminutive: gezicht, geluid), and a present form's unless it is also
//     a noun (helpt: helpen; buurt stays); a bare stem's infinitive when the
//     stem is no noun and no separable verb (investeer: investeren; werk,
//     inzet stay); else the shortest nominal lemma (kinderen: kind), which
//     is the word itself for an infinitive (werken; de werken is read as a
//     noun by its context). Of a diminutive's nominal lemmas the word with
//     -je comes before a shorter one with -tje (lijstje: lijst, not lijs);
//     a noun in -e that nl.dic gives a plural in -s is its own lemma
//     (waarde, not waard; het gemiddelde, not middelen; but actieve:
//     actief), and so is one in -er of more than seven letters
//     (vrijwilliger, not vrijwillig; but ouder: oud); a one-syllable word
//     with a short vowel is no lemma of itself with a single consonant and
//     -e (mate, not mat: that is matte); a listed strong verb's
//     stem that is a noun is the noun (onderhoud).
// Where a word stands decides which of a verb's forms Dutch has there
// (`slot`). A verb read where Dutch has the bare stem (with ik, opening an
// imperative) is the verb whose stem it is (ik spuit, kort ... in:
// spuiten, korten; not spuien, korren, whose present in -t it also is); a
// word opening an imperative, unless read as a noun, is the verb whose
// imperative it is (Wees gerust: zijn, not wijzen); and one where Dutch has
// the infinitive (after te, ending a clause that a modal opened), unless
// read as a noun, is the verb whose infinitive it is (je gaat je anders
// gedragen: gedragen, not dragen's participle).
enum class FormSlot { none, first_person, imperative, infinitive };
std::string main_lemma(const Lemmas& lemmas, Reading reading, FormSlot slot = FormSlot::none);

// What a word says about the reading of its neighbour (reading_in_context).
enum class ContextWord : std::uint8_t {
  other, subject, je, het, determiner, quantifier, demonstrative, preposition, te, modal, auxiliary, coordinator,
  number, adjective, no_verb, edge, verb_final, filler
};
// ik, jij, hij, zij, ze, wij, we, u, jullie, men, iemand, niemand and
// spoken 'k and ie: subject (not iedereen, an adverb's object too: echt
// iedereen);
// je; het and 't; de, een, mijn, m'n, onze, z'n, elke, geen, welke, ... (not
// zijn and haar, which are
// also a verb and a pronoun, nor ons, also an object: omdat niemand ons
// uitnodigde): determiner; meer, minder, veel, weinig, zoveel, teveel,
// andere, ene, dezelfde, zulke, which are also adverbs or pronouns (het thema
// leeft minder; voor die andere is het; de ene helpt de andere; dezelfde
// komen altijd), paar, soort, aantal, heleboel (dat soort dingen, een
// aantal vragen) and numbers spelled out (zes talen, tientallen verhalen):
// quantifier; die, dat, deze, dit, wat: demonstrative;
// in, op, met, voor, van, ...: preposition; te; the forms of kunnen,
// moeten, willen, zullen, mogen, gaan: modal; ben, bent, is, was, wordt, heeft,
// blijven, ...: auxiliary; en, of, maar, want, dus: coordinator; digits:
// number; eh, ehm, uh, uhm, euh, hm: filler, a sound of speech that is no
// word of the sentence (ik eh regel dat). `adjective` and `no_verb` are no
// classes of norms alone: see the overload below. `edge` is no word: the
// clause starts or ends there; nor is `verb_final`: a subordinate clause,
// whose verb comes last, ends there.
ContextWord context_word(std::string_view norm);

// Whether a norm is a number spelled out (twee, tien, honderd, tweeduizend,
// vijfentwintig, tientallen; not een, the article), which context_word
// counts among the quantifiers.
bool spelled_number(std::string_view norm);

// Whether a norm has a diminutive's ending, -je or -jes (briefje, boompjes,
// taalmaatje), or holds one with the s that joins it to a compound's next
// part (taalmaatjesproject): a word whose lemma is its base noun's (brief)
// and that often has a sense of its own.
bool diminutive_form(std::string_view norm);

// Whether a determiner of context_word's is an adjective too (eigen,
// nieuwe, goede, hele: in dat nieuwe complex, met dat hele gedoe).
bool adjective_determiner(std::string_view norm);

// The same for a word whose lemmas are known and that is read as a verb
// form or not (`verb`): where the norm alone says other, `adjective` for an
// inflected adjective's form (Lemmas::inflected_adjective), and `no_verb`
// for a word the word list knows, or a function word, that is no verb form
// as read, nor a reflexive or possessive pronoun (vragen read as a noun,
// kinderen, elkaar, dan, samen; not me, zich, haar, ons, nor an unknown
// word). The matcher asks it of word tokens, not of abbreviations.
ContextWord context_word(std::string_view norm, const Lemmas& lemmas, bool verb);

// Whether a word is a separable verb's stem written whole (samenhang,
// inzet, uitleg): a noun that takes no diminutive (de inzet, de opzet);
// after a particle that also makes inseparable verbs, one nl.dic lists as a
// noun (onderhoud; not ondersteun, onderteken, whose verbs are inseparable). As
// a verb it stands only last in a subordinate clause (dat ze samenhangen),
// since an imperative and a main clause's verb split it (hang samen, zet
// in).
bool separable_stem(const Lemmas& word);

// What verb form a word that may be a noun is.
enum class VerbShape : std::uint8_t {
  other,
  finite,      // a present or past form other than a bare stem or an infinitive (is, werkt, kwam; not zetten)
  infinitive,  // werken, delen
  stem,        // werk, zorg (not an adjective's: echt, nodig)
};
VerbShape verb_shape(const Lemmas& word);

// The rule that settles a form that may be a noun or a verb (regel, werk,
// zorg, werken), from the word before and after it in its clause, first
// match wins:
//   1. after a subject pronoun, te or a modal it is a verb (ik regel, wij
//      werken, om te werken, we kunnen delen; after te or a modal not an
//      adjective's stem, an adverb there: ik moet echt gaan), but a bare stem (or a word
//      that is no verb form as such: recht) after a subject pronoun and
//      before an auxiliary or a modal is the object whose verb follows (dat
//      ze recht heeft op, omdat ik werk moet zoeken); a subject after the finite
//      verb (Wat heeft u nodig? Vindt u werk belangrijk?) has had its verb,
//      and the matcher passes it as no context word; the matcher also reads
//      as no verb a form that cannot be one there: no infinitive after te
//      (te vroeg), a finite form or bare stem after its main clause's
//      finite verb (ik ben vroeg opgestaan, ik zoek werk), and passes a modal
//      as the word before an infinitive that ends the modal's clause after
//      an adverb (ik ga ff werken), and a determiner as the word before one
//      after an article and a word in -e, an inflected adjective (het
//      grootste deel), where it is no finite form; an adverb maar (Begin
//      maar!) is no coordinator after the word before it;
//   2. after je a verb if it is finite (je regelt), else open (je regel);
//      after het a verb if finite (het werkt, het is) or an infinitive, which
//      is then a noun made of the verb (het fietsen: fietsen), else a noun
//      (het werk, het feest);
//   3. after a determiner a noun (de regel, welke regel); after a
//      preposition, a quantifier or an inflected adjective a noun unless
//      finite (op zoek, met gasten, veel werk, specifieke onderwerpen; het
//      leeft minder: minder is an adverb there; het bijzondere was, er zit
//      waarde in: the adjective may stand for a noun or be one);
//   4. before a subject pronoun or je a verb (morgen regel ik, dat regel je);
//      last in a subordinate clause a verb (de buurman die nooit groet); an
//      infinitive before te the verb that takes it (niet hoeven te zitten);
//   5. after a demonstrative a verb if finite (dat is, dit waren), else a
//      noun (die regel);
//   6. an infinitive that ends its clause after a word that is no verb is
//      the clause's verb, its object, subject or adverb before it (vragen
//      stellen, een rol spelen, van elkaar verschillen, de kinderen spelen,
//      eerst zien, dan geloven; not ik maak me zorgen, ze uit haar zorgen);
//      the matcher passes no such word where a finite verb that takes no
//      infinitive came before in the clause (zijn er nog vragen, we hebben
//      ook zorgen);
//   7. a bare stem is a noun before an auxiliary, the subject of that finite
//      verb (Werk is belangrijk, dat er vooral nood is aan ...; the matcher
//      passes a finite form that is no noun as an auxiliary: Sport verbindt
//      mensen, Kunst en sport leert ..., unless a subject pronoun follows it:
//      als ik werk ben ik moe); one that opens its clause also before a
//      modal (Zorg kan beter); else one that opens its clause is a verb, the
//      imperative (Maak een plan. Geef het
//      door. Zorg dat ... Kijk op ...), unless the clause ends there (a
//      heading: Werk) or a coordinator or a number follows (Werk en
//      inkomen, Tip 2);
//   8. else it stays open (any).
Reading reading_in_context(ContextWord previous, VerbShape shape, ContextWord next);

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
