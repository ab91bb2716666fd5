#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "dutch/lemma.h"

using namespace draad;

namespace {

std::string main_of(Lemmatiser& l, const std::string& word, Reading reading = Reading::any) {
  return main_lemma(l.lookup(word), reading);
}

}  // namespace

TEST_CASE("lemma: the main lemma of a verb form is its infinitive") {
  Lemmatiser l;
  CHECK(main_of(l, "hielp") == "helpen");
  CHECK(main_of(l, "fietste") == "fietsen");
  CHECK(main_of(l, "woonden") == "wonen");
  CHECK(main_of(l, "verbindt") == "verbinden");  // ver + a strong verb
  CHECK(main_of(l, "speelt") == "spelen");       // speeltje is a word, speelt no noun
  CHECK(main_of(l, "meedoet") == "meedoen");
  // forms in the verb table are that verb's, also where they are a noun too
  CHECK(main_of(l, "waren") == "zijn");
  CHECK(main_of(l, "kan") == "kunnen");
  CHECK(main_of(l, "staat") == "staan");
  CHECK(main_of(l, "bleek") == "blijken");
  CHECK(main_of(l, "hadden") == "hebben");
  CHECK(main_of(l, "zouden") == "zullen");
}

TEST_CASE("lemma: participles, also inflected as an adjective") {
  Lemmatiser l;
  CHECK(main_of(l, "gedeelde") == "delen");
  CHECK(main_of(l, "gemaakte") == "maken");
  CHECK(main_of(l, "opgedane") == "opdoen");  // gedaan, the vowel single before -e
  CHECK(main_of(l, "verbonden") == "verbinden");
  CHECK(main_of(l, "ondersteund") == "ondersteunen");  // onder- without ge-
  CHECK(main_of(l, "verbindende") == "verbinden");      // present participle
  CHECK(main_of(l, "aanvullend") == "aanvullen");
  CHECK(main_of(l, "gedeelde", Reading::noun) == "delen");  // de gedeelde keuken
  CHECK(main_of(l, "geloofde") == "geloven");              // not ge + loven
  CHECK(l.lookup("gedachte").verbs.empty());               // listed as no verb form: not gedacht + e
}

TEST_CASE("lemma: a folded diaeresis is found back in the word list") {
  Lemmatiser l;
  CHECK(main_of(l, "geinvesteerd") == "investeren");
  CHECK(main_of(l, "gecreeerd") == "creeren");
  CHECK(main_of(l, "ideeen") == "idee");
  CHECK(l.lookup("ideeen").known);
}

TEST_CASE("lemma: a bare stem is the noun unless it has none") {
  Lemmatiser l;
  CHECK(main_of(l, "investeer") == "investeren");  // no investeertje: only a verb
  CHECK(main_of(l, "stimuleer") == "stimuleren");
  CHECK(main_of(l, "werk") == "werk");              // werkje: a noun
  CHECK(main_of(l, "werk", Reading::verb) == "werken");
  CHECK(main_of(l, "gedrag") == "gedrag");          // a stem with ge- is a noun
  CHECK(main_of(l, "inzet") == "inzet");            // a separable verb's stem too
  CHECK(main_of(l, "overleg") == "overleg");        // onder, over, voor: a noun nl.dic lists
  CHECK(main_of(l, "ondersteun") == "ondersteunen"); // not: an inseparable verb's stem
  CHECK(main_of(l, "onderteken") == "ondertekenen");
  CHECK(main_of(l, "buurt") == "buurt");            // a word of its own, not buur + t
  CHECK(main_of(l, "kant") == "kant");
  CHECK(main_of(l, "onderhoud") == "onderhoud");     // nl.dic lets it end a compound: a noun
  CHECK(main_of(l, "vervoer") == "vervoer");
  CHECK(main_of(l, "verander") == "veranderen");     // verander/CaCb only begins one
  CHECK(main_of(l, "sport") == "sport");             // nl.dic gives it a noun's flags (sport/Zb)
  CHECK(main_of(l, "ruim") == "ruim");               // an adjective's stem, with a noun's entry too
  CHECK(main_of(l, "zit") == "zitten");              // a strong verb's stem: zitje alone makes no noun of it
  CHECK(main_of(l, "loop") == "loop");               // loop/Zb: nl.dic's noun flags
}

TEST_CASE("lemma: the singular of a noun") {
  Lemmatiser l;
  CHECK(main_of(l, "buren") == "buur");
  CHECK(main_of(l, "kinderen") == "kind");
  CHECK(main_of(l, "steden") == "stad");
  CHECK(main_of(l, "zaken") == "zaak");     // not zak, whose plural is zakken
  CHECK(main_of(l, "scholen") == "school");
  CHECK(main_of(l, "werken") == "werk");    // an infinitive and a plural: the noun unless read as a verb
  CHECK(main_of(l, "werken", Reading::verb) == "werken");
  CHECK(main_of(l, "mogelijkheden") == "mogelijkheid");
  // a compound hunspell gives nothing for: its head's singular
  CHECK(main_of(l, "raadsleden") == "raadslid");
  CHECK(main_of(l, "kleinkinderen") == "kleinkind");
  CHECK(main_of(l, "oorlogsverleden") == "oorlogsverleden");  // verleden is no plural of lid
  CHECK(main_of(l, "overleden") == "overlijden");             // nor is over a compound's first part
  CHECK(main_of(l, "pionnen") == "pion");  // nl.dic lists pionnen whole; pion has pionnetje
  CHECK(main_of(l, "kleren") == "kleed");  // klederen, contracted
  CHECK(main_of(l, "koren") == "koor");    // nl.dic lists koren (grain) as a word of its own
  CHECK(main_of(l, "zonen") == "zoon");    // nl.dic lists zonen whole; not zon
  CHECK(main_of(l, "wijkraden") == "wijkraad");  // nl.dic lists raden whole and gives raad no plural
  CHECK(main_of(l, "afraden") == "afraden");
  // a noun nl.dic lists in -s is no plural of a noun it gives no plural in -s
  CHECK(main_of(l, "snoekbaars") == "snoekbaars");  // baar has baren
  CHECK(main_of(l, "baars") == "baars");
  CHECK(main_of(l, "leraars") == "leraar");  // leraar/Za
  // words the verb table lists as nearly always another word than a rare verb's form
  CHECK(main_of(l, "zonde") == "zonde");  // not zonnen's past
  CHECK(main_of(l, "mannen") == "man");
  CHECK(main_of(l, "gasten") == "gast");   // not gassen, to gas
  CHECK(main_of(l, "ziekte") == "ziekte");  // not zieken's past
  CHECK(main_of(l, "pijn") == "pijn");      // not pijnen
  CHECK(main_of(l, "messen") == "mes");    // not mess, the canteen
  CHECK(main_of(l, "keukenmessen") == "keukenmes");
  CHECK(main_of(l, "winkelcentra") == "winkelcentrum");  // Latin plurals: the longer singular
  CHECK(main_of(l, "politici") == "politicus");
  CHECK(main_of(l, "media") == "media");
  CHECK(main_of(l, "gelederen") == "gelid");
  CHECK(main_of(l, "rondbelde") == "rondbellen");  // hunspell knows rondbellen, not this form of it
  CHECK(main_of(l, "buurtinitiatieven") == "buurtinitiatief");
  CHECK(main_of(l, "beleidsmaker") == "beleidsmaker");  // no plural head: not beleids + mak
}

TEST_CASE("lemma: closed-class words are their own lemma") {
  Lemmatiser l;
  CHECK(l.lookup("als").lemmas == std::vector<std::string>{"als"});  // hunspell: al + s
  CHECK(main_of(l, "ons") == "ons");
  CHECK(main_of(l, "want") == "want");
}

TEST_CASE("lemma: an adjective's stem is no verb's") {
  Lemmatiser l;
  CHECK(main_of(l, "nodig") == "nodig");  // not nodigen
  CHECK(main_of(l, "sterk") == "sterk");
  CHECK(main_of(l, "eigen") == "eigen");
  CHECK(main_of(l, "jou") == "jou");
}

TEST_CASE("lemma: verbs in -ueren, their participle spelled with a diaeresis") {
  Lemmatiser l;
  CHECK(main_of(l, "geevalueerd") == "evalueren");  // geëvalueerd, folded
  CHECK(main_of(l, "evalueerde") == "evalueren");
  CHECK(main_of(l, "situeert") == "situeren");
}

TEST_CASE("lemma: read as a verb, the word itself before a past it also is") {
  Lemmatiser l;
  CHECK(main_of(l, "lichten", Reading::verb) == "lichten");  // not licht + ten of lichen
  CHECK(main_of(l, "waren", Reading::verb) == "zijn");       // a form in the verb table first
}

TEST_CASE("lemma: te, a modal, het and an imperative settle a verb") {
  Lemmatiser l;
  auto read = [&](ContextWord previous, std::string_view word, ContextWord next) {
    return reading_in_context(previous, verb_shape(l.lookup(word)), next);
  };
  CHECK(read(context_word("te"), "werken", ContextWord::edge) == Reading::verb);      // om samen te werken
  CHECK(read(context_word("kunnen"), "delen", ContextWord::other) == Reading::verb);  // we kunnen delen wat
  CHECK(read(context_word("moet"), "echt", ContextWord::other) == Reading::any);    // an adjective's stem: ik moet echt gaan
  // a bare stem is no verb of a modal's cluster, which takes infinitives
  // (moeten stoom kunnen afblazen, kan open zijn)
  CHECK(read(context_word("moeten"), "werk", ContextWord::modal) == Reading::any);
  CHECK(read(context_word("gaat"), "werken", ContextWord::edge) == Reading::verb);
  CHECK(read(context_word("het"), "fietsen", ContextWord::other) == Reading::verb);   // het fietsen: fietsen
  CHECK(read(context_word("het"), "werk", ContextWord::other) == Reading::noun);
  CHECK(read(context_word("de"), "werken", ContextWord::other) == Reading::noun);
  CHECK(read(ContextWord::edge, "zorg", context_word("de")) == Reading::verb);        // Zorg de hele dag ...
  CHECK(read(ContextWord::edge, "zorg", context_word("is")) == Reading::noun);        // Zorg is ...: its subject
  CHECK(read(ContextWord::edge, "werken", context_word("de")) == Reading::any);       // only a bare stem
  // last in a subordinate clause: where its verb is
  CHECK(read(context_word("nooit"), "groet", ContextWord::verb_final) == Reading::verb);  // die nooit groet
  CHECK(read(context_word("nooit"), "groet", ContextWord::edge) == Reading::any);
  CHECK(read(context_word("een"), "groet", ContextWord::verb_final) == Reading::noun);    // dat ze een groet ...
  // ons is also an object (omdat niemand ons uitnodigde), no determiner
  CHECK(context_word("ons") == ContextWord::other);
  CHECK(context_word("onze") == ContextWord::determiner);
  CHECK(verb_shape(l.lookup("werkt")) == VerbShape::finite);
  CHECK(verb_shape(l.lookup("werken")) == VerbShape::infinitive);
  CHECK(verb_shape(l.lookup("werk")) == VerbShape::stem);
  CHECK(verb_shape(l.lookup("gemeente")) == VerbShape::other);
}

TEST_CASE("lemma: a stem before one consonant after a short vowel is no adjective unless it doubles it (leg: lege is leeg's)") {
  Lemmatiser l;
  CHECK_FALSE(l.lookup("leg").adjective);   // Leg de braadworsten op de barbecue
  CHECK_FALSE(l.lookup("wek").adjective);   // Wek me maar niet
  CHECK(l.lookup("dik").adjective);         // dikke
  CHECK(l.lookup("zeker").adjective);       // zekere: an unstressed last syllable
}

TEST_CASE("lemma: ue before the stem's r is two syllables, so its e doubles (evalueren: evalueer, geëvalueerd)") {
  Lemmatiser l;
  CHECK(main_of(l, "evalueren", Reading::verb) == "evalueren");
  CHECK(main_of(l, "evalueert", Reading::verb) == "evalueren");
  CHECK(main_of(l, "geevalueerd", Reading::verb) == "evalueren");  // the norm folds the diaeresis
}

TEST_CASE("lemma: a table verb's past that nl.dic lists as an infinitive is that verb in an infinitive's place") {
  Lemmatiser l;
  const Lemmas& staken = l.lookup("staken");
  CHECK(main_lemma(staken, Reading::verb, FormSlot::infinitive) == "staken");  // die gaat nooit staken
  CHECK(main_lemma(staken, Reading::verb) == "steken");                        // ze staken de straat over
  CHECK(main_lemma(l.lookup("buren"), Reading::any, FormSlot::infinitive) == "buur");  // no verb: on the ! line
}

TEST_CASE("lemma: behind a particle, a table verb's past is also the regular verb nl.dic lists, and that verb first") {
  Lemmatiser l;
  // zagen is zien's past alone, but afzagen is also sawing, the verb in an
  // infinitive's place (mag je ze afzagen)
  CHECK(main_lemma(l.lookup("afzagen"), Reading::verb, FormSlot::infinitive) == "afzagen");
  CHECK(main_lemma(l.lookup("afzagen"), Reading::any) == "afzien");  // (toen ze ervan afzagen)
  CHECK(main_lemma(l.lookup("zagen"), Reading::any) == "zien");
  // a participle or a present behind a particle stays the table verb's
  CHECK(main_lemma(l.lookup("aangegeven"), Reading::any) == "aangeven");
  CHECK(main_lemma(l.lookup("afbaden"), Reading::any) == "afbidden");  // nl.dic lists no afbaden
  // a joined present behind a two-letter particle, of a verb the table's + line gives
  CHECK(main_lemma(l.lookup("opdokt"), Reading::any) == "opdokken");
}

TEST_CASE("lemma: a past in -tten is no plural of the stem unless a short vowel doubled its t") {
  Lemmatiser l;
  CHECK(l.lookup("feestten").nominal == std::vector<std::string>{"feestten"});  // feesten's past, not feest's plural
  CHECK(main_of(l, "feestten") == "feesten");
  CHECK(l.lookup("richtten").lemmas == std::vector<std::string>{"richten", "richtten"});  // no richt
  CHECK(main_of(l, "bedden", Reading::noun) == "bed");  // bed|den: a doubled d after a short vowel
  CHECK(main_of(l, "gescholen") == "schuilen");         // schuilen's strong participle, listed
}

TEST_CASE("lemma: plurals hunspell gives no singular for") {
  Lemmatiser l;
  CHECK(main_of(l, "communicatievaardigheden") == "communicatievaardigheid");  // -heden: -heid
  CHECK(main_of(l, "subvragen") == "subvraag");                                // a bound prefix before vragen
  CHECK(main_of(l, "excuses") == "excuus");
  CHECK(main_of(l, "decennia") == "decennium");  // a Latin plural hunspell knows whole
  CHECK(main_of(l, "onderwerpen", Reading::noun) == "onderwerp");  // de onderwerpen: by spelling, onderwerpje
  CHECK(main_of(l, "handvatten", Reading::noun) == "handvat");
  CHECK(main_of(l, "luisteren", Reading::noun) == "luisteren");  // luisteer is only luis + teer
  CHECK(main_of(l, "besluiten", Reading::noun) == "besluit");    // no besluitje: both end compounds (raadsbesluiten)
  CHECK(main_of(l, "besluiten") == "besluiten");
  CHECK(main_of(l, "drinken", Reading::noun) == "drinken");     // drinks is drink's plural
  CHECK(main_of(l, "jongen", Reading::noun) == "jongen");       // a noun with a plural of its own
  CHECK(main_of(l, "brieven", Reading::noun) == "brief");
  CHECK(main_of(l, "onderwerpen", Reading::verb) == "onderwerpen");
  CHECK(main_of(l, "onderwerpen") == "onderwerpen");                // no context: the verb's infinitive stays
  CHECK(main_of(l, "samenleven", Reading::noun) == "samenleven");  // samenleef is a stem, with no diminutive
  // compounds hunspell makes and knows no inflection of (its stems are their first parts)
  CHECK(main_of(l, "vragenlijsten") == "vragenlijst");
  CHECK(main_of(l, "adviesraden") == "adviesraad");
  CHECK(main_of(l, "gouden") == "gouden");  // an adjective of a material, no plural
  CHECK(main_of(l, "koffieuurtje") == "koffieuur");  // a diminutive head
  CHECK(main_of(l, "benen") == "been");               // hunspell: ben
  CHECK(main_of(l, "gevoelens") == "gevoel");         // hunspell: gevoelen
  CHECK(main_of(l, "rechtenstudenten") == "rechtenstudent");  // not the female form
  CHECK(main_of(l, "groenten") == "groente");  // groent is a form of groenen, no male noun
  CHECK(main_of(l, "ritten", Reading::noun) == "rit");  // read as a noun, not the verb ritten
  CHECK(main_of(l, "moeten", Reading::noun) == "moeten");          // die moeten: a modal, not moet
  CHECK(main_of(l, "verslagen", Reading::noun) == "verslag");      // de verslagen: the plural before the participle
  CHECK(main_of(l, "verslagen") == "verslaan");
  CHECK(main_of(l, "bericht", Reading::noun) == "bericht");        // een bericht: berichtje, a noun
  CHECK(main_of(l, "gedeelde", Reading::noun) == "delen");         // an inflected participle stays the verb's
  CHECK(main_of(l, "maatregelen", Reading::noun) == "maatregel");  // an unstressed -el stays short
  CHECK(main_of(l, "burgerpanelleden") == "burgerpanellid");       // hunspell: burgerpanel + leed
  CHECK(main_of(l, "verleden") == "verleden");                     // ver is a prefix: no compound of leden
  CHECK(main_of(l, "plantjes") == "plant");                         // plant + jes, not plan + tjes
  CHECK(main_of(l, "gezicht") == "gezicht");                        // a noun (gezichtje), not zichten's participle
  CHECK(main_of(l, "geluid") == "geluid");
  CHECK(main_of(l, "geholpen") == "helpen");
  CHECK(main_of(l, "studenten", Reading::noun) == "student");      // not studente, whose plural is studentes
  CHECK(main_of(l, "assistenten", Reading::noun) == "assistent");
  CHECK(main_of(l, "gedachten", Reading::noun) == "gedachte");     // gedacht is no noun (no gedachtje)
  CHECK(main_of(l, "ziekten", Reading::noun) == "ziekte");
  CHECK(main_of(l, "lunches") == "lunch");                          // an English plural in -es
  CHECK(main_of(l, "contactlunches") == "contactlunch");
  CHECK(main_of(l, "sandwiches") == "sandwich");
}

TEST_CASE("lemma: forms kept in set phrases") {
  Lemmatiser l;
  CHECK(main_of(l, "name") == "naam");         // met name
  CHECK(main_of(l, "opzichte") == "opzicht");  // ten opzichte van
  CHECK(main_of(l, "feite") == "feit");        // in feite
  CHECK(main_of(l, "goeie") == "goed");        // spoken goede: het goeie voorbeeld
  CHECK(main_of(l, "kapelke") == "kapel");     // the south's diminutive, which nl.dic does not know
  CHECK(main_of(l, "prinske") == "prins");
  CHECK(main_of(l, "trampolinetje") == "trampoline");  // a noun in -e's diminutive that nl.dic does not know
  CHECK_FALSE(l.lookup("prinske").inflected_adjective);  // so a noun term prins matches it
  CHECK(main_of(l, "loszit", Reading::verb) == "loszitten");  // a separable verb's form hunspell does not know, joined
  CHECK(l.lookup("ouwe").inflected_adjective);  // die ouwe fiets: fiets is the noun
  CHECK(main_of(l, "middags") == "middag");    // 's middags
}

TEST_CASE("lemma: a stem with ge- is a noun only past ge + two letters") {
  Lemmatiser l;
  CHECK(main_of(l, "geef") == "geven");
  CHECK(main_of(l, "gedrag") == "gedrag");
}

TEST_CASE("lemma: prepositions, quantifiers and imperatives settle a reading") {
  Lemmatiser l;
  auto read = [&](ContextWord previous, std::string_view word, ContextWord next) {
    return reading_in_context(previous, verb_shape(l.lookup(word)), next);
  };
  CHECK(read(context_word("op"), "zoek", context_word("naar")) == Reading::noun);     // op zoek naar
  CHECK(read(context_word("met"), "werken", ContextWord::other) == Reading::noun);
  CHECK(read(context_word("aan"), "doet", ContextWord::other) == Reading::any);      // wat je er aan doet: finite
  CHECK(read(context_word("minder"), "leeft", ContextWord::edge) == Reading::any);   // het thema leeft minder
  CHECK(read(context_word("veel"), "werk", ContextWord::edge) == Reading::noun);
  CHECK(read(ContextWord::edge, "zorg", context_word("dat")) == Reading::verb);      // Zorg dat ...
  CHECK(read(ContextWord::edge, "geef", context_word("ruimte")) == Reading::verb);   // Geef ruimte aan ...
  CHECK(read(ContextWord::edge, "zorg", context_word("is")) == Reading::noun);       // Zorg is duur.
  CHECK(read(ContextWord::edge, "werk", context_word("moet")) == Reading::noun);      // Werk moet lonen.
  CHECK(read(ContextWord::edge, "werk", context_word("en")) == Reading::any);        // Werk en inkomen
  CHECK(read(ContextWord::edge, "tip", context_word("2")) == Reading::any);          // Tip 2
  CHECK(read(ContextWord::edge, "werk", ContextWord::edge) == Reading::any);         // a heading
  CHECK(read(ContextWord::adjective, "onderwerpen", ContextWord::other) == Reading::noun);  // specifieke onderwerpen
  CHECK(read(context_word("zes"), "talen", ContextWord::edge) == Reading::noun);             // in zes talen
  CHECK(read(context_word("paar"), "regels", ContextWord::edge) == Reading::noun);           // een paar regels
  CHECK(read(ContextWord::adjective, "schuilt", ContextWord::other) == Reading::any);         // waarde schuilt in
  CHECK(read(ContextWord::no_verb, "stellen", ContextWord::edge) == Reading::verb);          // vragen stellen
  CHECK(read(ContextWord::no_verb, "stellen", ContextWord::other) == Reading::any);          // vragen stellen aan ...
  CHECK(read(ContextWord::no_verb, "regel", ContextWord::edge) == Reading::any);             // only an infinitive
  // a bare stem before an auxiliary, anywhere: the subject of that verb
  CHECK(read(context_word("vooral"), "nood", context_word("is")) == Reading::noun);  // dat er vooral nood is
  CHECK(read(context_word("en"), "sport", ContextWord::auxiliary) == Reading::noun);  // Kunst en sport leert
  // after a subject pronoun, before an auxiliary or a modal: the object
  CHECK(read(context_word("ik"), "werk", context_word("moet")) == Reading::noun);     // omdat ik werk moet zoeken
  CHECK(read(context_word("ze"), "recht", context_word("heeft")) == Reading::noun);   // dat ze recht heeft op
  CHECK(read(context_word("ik"), "werk", ContextWord::edge) == Reading::verb);        // omdat ik werk
  CHECK(read(context_word("ik"), "werk", ContextWord::other) == Reading::verb);       // als ik werk ben ik moe
}

TEST_CASE("lemma: what a word says of its neighbour, given its lemmas") {
  Lemmatiser l;
  auto context = [&](std::string_view word, bool verb) { return context_word(word, l.lookup(word), verb); };
  CHECK(context("de", false) == ContextWord::determiner);  // the norm alone decides first
  CHECK(context("grote", false) == ContextWord::adjective);
  CHECK(context("kinderen", false) == ContextWord::no_verb);
  CHECK(context("vragen", false) == ContextWord::no_verb);  // read as a noun
  CHECK(context("vragen", true) == ContextWord::other);
  CHECK(context("dan", false) == ContextWord::no_verb);     // a function word
  CHECK(context("me", false) == ContextWord::other);
  CHECK(context("haar", false) == ContextWord::other);
  CHECK(context("qwxzv", false) == ContextWord::other);     // unknown
}

TEST_CASE("lemma: an inflected adjective, and no verb from a prefix before a doubled consonant") {
  Lemmatiser l;
  CHECK(l.lookup("grote").inflected_adjective);
  CHECK(l.lookup("homogene").inflected_adjective);
  CHECK(l.lookup("verschillende").inflected_adjective);  // a present participle
  CHECK_FALSE(l.lookup("gemeente").inflected_adjective);
  CHECK_FALSE(l.lookup("maakte").inflected_adjective);    // a past
  CHECK_FALSE(l.lookup("feite").inflected_adjective);    // in feite, a set phrase's noun: In feite werken we samen
  CHECK_FALSE(l.lookup("bankje").inflected_adjective);    // a diminutive
  CHECK(main_of(l, "best") == "best");                    // not be + ssen
  CHECK(main_of(l, "lijstje") == "lijst");                // not lijs + tje
  CHECK(main_of(l, "bankje") == "bank");
  CHECK(main_of(l, "beste") == "best");
}

TEST_CASE("lemma: a diminutive in -etje only after a short vowel and one consonant") {
  Lemmatiser l;
  CHECK(main_of(l, "vertrouwen", Reading::noun) == "vertrouwen");  // not vertrouw: vertrouwwetje is a compound
  CHECK(main_of(l, "kom") == "kom");                               // kommetje: a noun
  // after a, o or u that vowel doubles (hunspell-nl: Ye)
  CHECK(main_of(l, "fotootje") == "foto");
  CHECK(main_of(l, "autootjes") == "auto");
  CHECK(main_of(l, "agendaatje") == "agenda");
  CHECK(main_of(l, "menuutjes") == "menu");
  // nl.dic lists festivalletje as a bare word: it is still festival's
  CHECK(main_of(l, "festivalletje") == "festival");
  CHECK(main_of(l, "festivalletjes") == "festival");
}

TEST_CASE("lemma: a diminutive in -inkje is the noun in -ing's, also in a compound the list lacks, and jongetje is jongen's") {
  Lemmatiser l;
  CHECK(main_of(l, "koninkjes") == "koning");
  CHECK(main_of(l, "tentoonstellinkjes") == "tentoonstelling");
  CHECK(main_of(l, "pinkje") == "pink");  // a short word keeps its -ink
  CHECK(main_of(l, "jongetjes") == "jongen");  // jong + etje
}

TEST_CASE("lemma: a loan verb nl.dic lacks has the forms the verb table gives it") {
  Lemmatiser l;
  CHECK(main_of(l, "geskatet") == "skaten");
  CHECK(main_of(l, "skatet") == "skaten");
  CHECK(main_of(l, "gechilld") == "chillen");
  CHECK(main_of(l, "geblowd") == "blowen");
}

TEST_CASE("lemma: a noun that hunspell's spelling alone would make a verb form stays the noun") {
  Lemmatiser l;
  CHECK(main_of(l, "hart", Reading::noun) == "hart");  // het hart: no harren
  CHECK(main_of(l, "hart") == "hart");
  CHECK(reading_in_context(ContextWord::het, verb_shape(l.lookup("hart")), ContextWord::other) == Reading::noun);
  CHECK(main_of(l, "rust", Reading::noun) == "rust");  // no russen
  CHECK(main_of(l, "rust", Reading::verb) == "rusten");
  CHECK(main_of(l, "overlast", Reading::noun) == "overlast");
  CHECK(main_of(l, "regel", Reading::verb) == "regelen");  // ik regel
  CHECK(main_of(l, "helpt") == "helpen");
  CHECK(main_of(l, "meedoet") == "meedoen");
}

TEST_CASE("lemma: a noun in -e in its own right, not an adjective's inflection, and verbs nl.dic lists bare") {
  Lemmatiser l;
  CHECK(main_of(l, "waarde", Reading::noun) == "waarde");  // not waard
  CHECK(main_of(l, "gedachte") == "gedachte");             // not gedacht
  CHECK(main_of(l, "hoogte") == "hoogte");
  CHECK(main_of(l, "actieve") == "actief");  // de actieve bewoners: actieve/Zi has no plural in -s
  CHECK(main_of(l, "plantje") == "plant");
  CHECK(main_of(l, "appte") == "appen");  // appen and geappt listed bare
  CHECK(main_of(l, "geappt") == "appen");
  CHECK(main_of(l, "kost", Reading::verb) == "kosten");  // kossen is bare, but gekost is kosten's
  CHECK(main_of(l, "verweten") == "verwijten");         // not ver + weten: verweten is listed bare
  CHECK(main_of(l, "gemiddelde", Reading::noun) == "gemiddelde");  // not middelen's participle
  CHECK(main_of(l, "vrijwilliger") == "vrijwilliger");  // a noun in -er with a plural in -s
  CHECK(main_of(l, "ouder") == "oud");                  // but a short adjective's comparative
}

TEST_CASE("lemma: the plural of a diminutive the word list has as a word of its own") {
  Lemmatiser l;
  CHECK(main_of(l, "meisjes") == "meisje");  // nl.dic lists meisjes beside meisje
  CHECK(main_of(l, "broodjes") == "brood");
}

TEST_CASE("lemma: numbers spelled out, as one word of their parts") {
  CHECK(spelled_number("twee"));
  CHECK(spelled_number("tweeduizend"));
  CHECK(spelled_number("vijfentwintig"));
  CHECK(spelled_number("driehonderdvijftig"));
  CHECK(spelled_number("zeventien"));
  CHECK(spelled_number("tientallen"));
  CHECK_FALSE(spelled_number("een"));     // the article
  CHECK_FALSE(spelled_number("tweeen"));  // met z'n tweeën
  CHECK_FALSE(spelled_number("tiental"));
  CHECK_FALSE(spelled_number("zesde"));
}

TEST_CASE("lemma: the plural of a compound hunspell does not split takes its head's singular") {
  Lemmatiser l;
  CHECK(main_of(l, "coronamaatregelen") == "coronamaatregel");  // hunspell gives maatregelen no singular
  CHECK(main_of(l, "dagbezoekers") == "dagbezoeker");            // neither head may end a compound in nl.dic
  CHECK(main_of(l, "statenverkiezingen") == "statenverkiezing");
  CHECK(main_of(l, "overheidshandelen") == "overheidshandelen");  // an infinitive's head: the act
  CHECK(main_of(l, "naarbinnen") == "naarbinnen");                // a preposition first: a typo, no compound
  // a head that is also an infinitive, whose singular by spelling is a noun's
  CHECK(main_of(l, "gemeenteraden") == "gemeenteraad");
  CHECK(main_of(l, "discriminatiegronden") == "discriminatiegrond");
  CHECK(main_of(l, "drugsdealen") == "drugsdealen");  // the act: a deal's plural is deals
  // a word hunspell knows whole, which the compound lexicon leaves whole
  CHECK(main_of(l, "koffiebonen") == "koffieboon");
  CHECK(main_of(l, "koninkrijksrelaties") == "koninkrijksrelatie");
  CHECK(main_of(l, "lastigvallen") == "lastigvallen");                  // a verb: its head is no plural
  CHECK(main_of(l, "kennismakingsrondje") == "kennismakingsrondje");  // nor a diminutive
  CHECK(main_of(l, "heggenscharen") == "heggenschaar");  // a verb's head after a plural: a noun's compound
}

TEST_CASE("lemma: a word no list knows, by an ending that says what it is") {
  Lemmatiser l;
  // a plural in -ers is a person's noun in -er
  CHECK(main_of(l, "buurtzorgers") == "buurtzorger");
  CHECK(main_of(l, "noordwijkers") == "noordwijker");
  // a suffix that makes only adjectives, inflected
  CHECK(main_of(l, "dementievriendelijke") == "dementievriendelijk");
  CHECK(l.lookup("dementievriendelijke").inflected_adjective);
  CHECK(main_of(l, "fietsbare") == "fietsbaar");
  CHECK(main_of(l, "mobiliteitsloze") == "mobiliteitsloos");
  // a place's adjective, which nl.dic lists capitalised only or not at all
  CHECK(main_of(l, "goudse") == "gouds");
  CHECK(l.lookup("utrechtse").inflected_adjective);
  CHECK(main_of(l, "elise") == "elise");
  // a word the list knows keeps its own lemmas (anders: no ander)
  CHECK(main_of(l, "anders") == "anders");
}

TEST_CASE("lemma: people named by a participle or an adjective whose plural nl.dic lists as a word of its own") {
  Lemmatiser l;
  CHECK(main_lemma(l.lookup("omwonenden"), Reading::any) == "omwonende");
  CHECK(main_lemma(l.lookup("minderjarigen"), Reading::any) == "minderjarige");
  CHECK(main_lemma(l.lookup("andersdenkenden"), Reading::any) == "andersdenkende");
  CHECK(main_lemma(l.lookup("genodigden"), Reading::any) == "genodigde");
  // not a word that only looks so: an adverb, a material, a point of the compass, a strong past
  CHECK(main_lemma(l.lookup("geleden"), Reading::any) == "geleden");
  CHECK(main_lemma(l.lookup("gouden"), Reading::any) == "gouden");
  CHECK(main_lemma(l.lookup("westen"), Reading::any) == "westen");
  CHECK(main_lemma(l.lookup("zaten"), Reading::any) == "zitten");
}

TEST_CASE("lemma: a preposition is its own main lemma, however it is read") {
  Lemmatiser l;
  for (Reading r : {Reading::any, Reading::noun, Reading::verb}) {
    CHECK(main_of(l, "zonder", r) == "zonder");  // not zonderen
    CHECK(main_of(l, "binnen", r) == "binnen");  // not bin
    CHECK(main_of(l, "buiten", r) == "buiten");  // not buit
  }
  // the words about it keep theirs
  CHECK(main_of(l, "bakken", Reading::noun) == "bak");
  CHECK(main_of(l, "rondde", Reading::verb) == "ronden");
}

TEST_CASE("lemma: a one-syllable word whose consonant -e would double is no lemma of the word with a single one") {
  Lemmatiser l;
  CHECK(main_of(l, "mate") == "mate");  // in zekere mate: matte is mat's
  CHECK(main_of(l, "matten", Reading::noun) == "mat");
  // not ij, a long vowel; not a longer word, whose syllable may be unstressed; not -en
  CHECK(main_of(l, "vrije") == "vrij");
  CHECK(main_of(l, "nodige") == "nodig");
  CHECK(main_of(l, "dagen", Reading::noun) == "dag");
}

TEST_CASE("lemma: -man's plurals in -lieden and -lui, also in a compound, and an unknown word's plural in 's") {
  Lemmatiser l;
  CHECK(main_of(l, "kooplui") == "koopman");  // nl.dic lists kooplui as a word of its own
  CHECK(main_of(l, "kooplieden") == "koopman");
  CHECK(main_of(l, "marktkooplieden") == "marktkoopman");
  CHECK(main_of(l, "zeelui") == "zeeman");
  CHECK(l.lookup("kinderen").lemmas == std::vector<std::string>{"kind"});  // no lemma of its own beside the singular
  CHECK(main_of(l, "diya's") == "diya");
  CHECK(main_of(l, "oma's") == "oma");
  CHECK(main_of(l, "'s") == "'s");
}

TEST_CASE("lemma: an infinitive nl.dic lists before a table verb's past behind a prefix, and meester no superlative's") {
  Lemmatiser l;
  CHECK(main_of(l, "verlagen") == "verlagen");  // not ver + lagen, liggen's past
  CHECK(main_of(l, "waren") == "zijn");
  CHECK(main_of(l, "meester") == "meester");  // not meest + er
  CHECK(main_of(l, "ouder") == "oud");
}

TEST_CASE("lemma: a short loan verb's form the verb table lists is that verb's, though the word list lacks it") {
  Lemmatiser l;
  CHECK(main_of(l, "chillt", Reading::verb) == "chillen");
  CHECK(main_of(l, "flext", Reading::verb) == "flexen");
  CHECK(main_of(l, "snitch", Reading::verb) == "snitchen");
  CHECK(main_of(l, "roast", Reading::verb) == "roasten");
  CHECK(main_of(l, "bep") == "bep");  // a name's letters are asked for no verb
}

TEST_CASE("lemma: a diminutive in -je of a noun, which the word list does not know") {
  Lemmatiser l;
  CHECK(main_of(l, "unitje") == "unit");
  CHECK(main_of(l, "unitjes") == "unit");
}

TEST_CASE("lemma: of two singulars as long, today's, not the old one the word list keeps beside it") {
  Lemmatiser l;
  CHECK(main_of(l, "uitgaven", Reading::noun) == "uitgave");  // not uitgaaf
  CHECK(main_of(l, "aanvragen", Reading::noun) == "aanvraag");  // not aanvrage
  CHECK(main_of(l, "gaven", Reading::noun) == "gave");
}

TEST_CASE("lemma: a regular verb's past confirmed by the participle the word list has, verbs the table adds") {
  Lemmatiser l;
  CHECK(main_of(l, "gechloreerd", Reading::verb) == "chloreren");  // chloreerde and gechloreerd/Ve
  CHECK(main_of(l, "hostte", Reading::verb) == "hosten");
  CHECK(main_of(l, "zoutte", Reading::verb) == "zouten");
  CHECK(main_of(l, "gehypet", Reading::verb) == "hypen");
  CHECK(main_of(l, "doorgegamed", Reading::verb) == "doorgamen");
  CHECK(main_of(l, "uitgebrakt", Reading::verb) == "uitbrakken");
  CHECK(main_of(l, "hadden", Reading::verb) == "hebben");
}

TEST_CASE("lemma: a noun nl.dic lists in a participle's letters is itself, read as a noun") {
  Lemmatiser l;
  CHECK(main_of(l, "gesticht", Reading::noun) == "gesticht");  // een gesticht, gesticht/CcZb
  CHECK(main_of(l, "gesticht", Reading::verb) == "stichten");
  CHECK(main_of(l, "gedeputeerde", Reading::noun) == "gedeputeerde");
  CHECK(main_of(l, "verdachte", Reading::noun) == "verdachte");
  // but not a participle whose entry's noun flag is -heid's (gemaakt/..Zm)
  CHECK(main_of(l, "gemaakt", Reading::noun) == "maken");
}

TEST_CASE("lemma: a diminutive's form ends in -je or -jes, or holds -jes before a compound's next part") {
  CHECK(diminutive_form("briefje"));
  CHECK(diminutive_form("boompjes"));
  CHECK(diminutive_form("taalmaatjesproject"));
  CHECK_FALSE(diminutive_form("brief"));
  CHECK_FALSE(diminutive_form("projectbrief"));
}

TEST_CASE("lemma: teloor, teniet, gade and boven are particles of the verbs nl.dic lists with them") {
  Lemmatiser l;
  CHECK(main_lemma(l.lookup("teloorgegaan"), Reading::any) == "teloorgaan");
  CHECK(main_lemma(l.lookup("tenietdoet"), Reading::any) == "tenietdoen");
  CHECK(main_lemma(l.lookup("gadegeslagen"), Reading::any) == "gadeslaan");
  CHECK(main_lemma(l.lookup("bovenkwam"), Reading::any) == "bovenkomen");
  CHECK(main_lemma(l.lookup("bovenmeester"), Reading::any) == "bovenmeester");  // no verb nl.dic lists
}

TEST_CASE("lemma: a form after a quantity or a preposition, before je, is the verb") {
  CHECK(reading_in_context(ContextWord::quantifier, VerbShape::stem, ContextWord::je) == Reading::verb);
  CHECK(reading_in_context(ContextWord::preposition, VerbShape::stem, ContextWord::je) == Reading::verb);
  // not a word no verb spells (met de hand je ...)
  CHECK(reading_in_context(ContextWord::preposition, VerbShape::other, ContextWord::je) == Reading::noun);
}
