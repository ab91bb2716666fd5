#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "dutch/dutch_dictionary.h"
#include "dutch/lemma.h"
#include "dutch/verb.h"

using namespace draad;

namespace {

bool in_word_list(const std::string& w) { return dutch_dictionary::spell(w) == 1; }

// "infinitive:forms" per reading, forms as letters: i(nfinitive), s(tem), p(resent), v (past), d (participle).
std::string listed(const std::vector<VerbReading>& readings) {
  std::string out;
  for (const auto& r : readings) {
    out += (out.empty() ? "" : " ") + r.infinitive + ":";
    if (r.forms & kInfinitive) out += 'i';
    if (r.forms & kStem) out += 's';
    if (r.forms & kPresent) out += 'p';
    if (r.forms & kPast) out += 'v';
    if (r.forms & kParticiple) out += 'd';
  }
  return out;
}

std::string readings(const std::string& word) { return listed(verb_readings(word, in_word_list)); }

}  // namespace

TEST_CASE("verb: strong and irregular verbs come from the table") {
  CHECK(readings("hielp") == "helpen:v");
  CHECK(readings("hielpen") == "helpen:v");
  CHECK(readings("geholpen") == "helpen:d");
  CHECK(readings("helpt") == "helpen:p");
  CHECK(readings("help") == "helpen:s");
  CHECK(readings("helpen") == "helpen:i");
  CHECK(readings("liep") == "lopen:v");
  CHECK(readings("wreef") == "wrijven:v");
  CHECK(readings("bezweek") == "bezwijken:v");
  CHECK(readings("gespoten") == "spuiten:d");
  CHECK(readings("loopt") == "lopen:p");
  CHECK(readings("gelopen") == "lopen:d");
  CHECK(readings("deden") == "doen:v");
  CHECK(readings("doet") == "doen:p");
  CHECK(readings("gedaan") == "doen:d");
  CHECK(readings("is") == "zijn:p");
  CHECK(readings("heeft") == "hebben:p");
  CHECK(readings("wordt") == "worden:p");
  CHECK(readings("kon") == "kunnen:v");
  CHECK(readings("gaf") == "geven:v");
  CHECK(readings("geef") == "geven:s");
  CHECK(readings("lees") == "lezen:s");
  CHECK(readings("vroeg") == "vragen:v");
  CHECK(readings("dacht") == "denken:v");
  CHECK(readings("zei") == "zeggen:v");
  CHECK(readings("gebracht") == "brengen:d");
}

TEST_CASE("verb: regular verbs by the spelling rules") {
  CHECK(readings("fietste") == "fietsen:v");
  CHECK(readings("fietsten") == "fietsen:v");
  CHECK(readings("gefietst") == "fietsen:d");
  CHECK(readings("fietst") == "fietsen:p");
  // 't kofschip, s/z and f/v
  CHECK(readings("verhuisde") == "verhuizen:vd");  // also verhuisd + e: de verhuisde buren
  CHECK(readings("verhuisd") == "verhuizen:d");
  CHECK(readings("geloofde") == "geloven:vd");
  CHECK(readings("loosde") == "lozen:v");  // a long vowel is single in the open syllable: not loozen
  CHECK(readings("heet").find("heeten") == std::string::npos);  // nor heeten of the stem heet
  CHECK(readings("heet").find("heten") != std::string::npos);
  CHECK(readings("geloosd") == "lozen:d");
  // a short vowel closing the only syllable doubles: graf would be graffen, graven is graaf's
  CHECK(readings("graf").find("graven") == std::string::npos);
  CHECK(readings("graaf").find("graven") != std::string::npos);
  CHECK(readings("verf").find("verven") != std::string::npos);  // r closes it, not the vowel
  CHECK(readings("rij") == "rijden:p");         // spoken: ik rij, rij je mee?
  CHECK(readings("hoorde") == "horen:v");
  CHECK(readings("gehoord") == "horen:d");
  CHECK(readings("maakte") == "maken:v");
  CHECK(readings("gemaakt") == "maken:d");
  // doubled consonant, doubled vowel
  CHECK(readings("zette") == "zetten:v");
  CHECK(readings("gezet") == "zetten:d");
  CHECK(readings("belde") == "bellen:v");
  CHECK(readings("woon") == "wonen:s");
  CHECK(readings("woont") == "wonen:p");
  CHECK(readings("woonde") == "wonen:v");
  CHECK(readings("gewoond") == "wonen:d");
  CHECK(readings("vertrouw") == "vertrouwen:s");
  CHECK(readings("vertrouwd") == "vertrouwen:d");
  CHECK(readings("regelde") == "regelen:v");
  CHECK(readings("werkte") == "werken:v");
  // an unstressed prefix: no ge-
  CHECK(readings("beloofd") == "beloven:d");
  CHECK(readings("ontmoet") == "ontmoeten:spd");
  CHECK(readings("ontmoette") == "ontmoeten:v");
  CHECK(readings("verloor") == "verliezen:v");
  CHECK(readings("verliep") == "verlopen:v");
  CHECK(readings("ontvangen") == "ontvangen:id");
  CHECK(readings("begrepen") == "begrijpen:vd");
  // a stem in -d after a prefix is its own participle; a verb with ge- of its own behind another prefix
  CHECK(readings("bereid") == "bereiden:sd");
  CHECK(readings("voorbereid") == "voorbereiden:sd");
  CHECK(readings("beeld") == "beelden:s");  // be + eld is no participle
  CHECK(readings("voorbeeld") == "voorbeelden:s");  // as the word list allows, but no participle: voor is stressed
  CHECK(readings("vergeleek") == "vergelijken:v");
  CHECK(readings("vergeleken") == "vergelijken:vd");
  CHECK(readings("onderzocht") == "onderzoeken:vd");  // an inseparable particle: no ge- either
  CHECK(readings("doorgegeven") == "doorgeven:d");
}

TEST_CASE("verb: separable particles") {
  CHECK(readings("meegedaan") == "meedoen:d");
  CHECK(readings("meedoet") == "meedoen:p");
  CHECK(readings("meedoen") == "meedoen:i");
  CHECK(readings("opgehaald") == "ophalen:d");
  CHECK(readings("samengewerkt") == "samenwerken:d");
  CHECK(readings("deelgenomen") == "deelnemen:d");
  CHECK(separable_particle("meedoen", in_word_list) == "mee");
  CHECK(separable_particle("samenwerken", in_word_list) == "samen");
  CHECK(separable_particle("helpen", in_word_list) == "");
  CHECK(separable_particle("vertrouwen", in_word_list) == "");
  // a verb in -eren stressed on -eer, whose participle is ge + the whole:
  // no op + teren, op + poneren (but opleveren: opgeleverd)
  CHECK(separable_particle("opteren", in_word_list) == "");
  CHECK(separable_particle("opponeren", in_word_list) == "");
  CHECK(separable_particle("opleveren", in_word_list) == "op");
  // a verb nl.dic knows with its particle only: its forms apart too (moedigen ... aan)
  CHECK(readings("aangemoedigd") == "aanmoedigen:d");
  CHECK(readings("moedigde") == "moedigen:v");
  // particles that are adverbs or adjectives
  CHECK(readings("omhooggaat") == "omhooggaan:p");
  CHECK(readings("kapotgemaakt") == "kapotmaken:d");
  CHECK(readings("teleurgesteld") == "teleurstellen:d");
  CHECK(readings("klemgezet") == "klemzetten:d");
  CHECK(readings("platgegooid") == "platgooien:d");
  CHECK(readings("lastiggevallen") == "lastigvallen:d");
  CHECK(readings("beetgenomen") == "beetnemen:d");
  CHECK(readings("prijsgegeven") == "prijsgeven:d");
  CHECK(separable_particle("lastigvallen", in_word_list) == "lastig");
  // vol makes separable verbs (volhangen) beside inseparable ones (voldoen)
  CHECK(readings("volgehangen") == "volhangen:d");
  CHECK(separable_particle("volhouden", in_word_list) == "vol");
  // a particle that meets the base's vowel takes a hyphen (mee-eten), which
  // the joined forms and the old spelling (meeëten, whose norm folds the
  // diaeresis) do not write
  CHECK(readings("mee-eten") == "mee-eten:i");
  CHECK(readings("meeeten") == "mee-eten:i");
  CHECK(readings("meegegeten") == "mee-eten:d");
  CHECK(readings("meeat") == "mee-eten:v");
  CHECK(separable_particle("mee-eten", in_word_list) == "mee");
  CHECK(separable_particle("meeeten", in_word_list) == "mee");
  CHECK(separable_base("mee-eten", "mee") == "eten");
  CHECK(separable_base("meedoen", "mee") == "doen");
  // no hyphen the word list does not write (aan-doen is no aandoen)
  CHECK(readings("aan-doen") == "");
}

TEST_CASE("verb: stems in -x and -sh: x never doubles, sh is voiceless ('t kofschip)") {
  CHECK(readings("faxte") == "faxen:v");
  // nor does a w, its u a vowel of its own (duw: duwen, not duwwen)
  CHECK(readings("duwde") == "duwen:v");
  CHECK(readings("geduwd") == "duwen:d");
  CHECK(readings("spuwt") == "spuwen:p");
  // a loan keeps the doubled vowel nl.dic lists it with (zoomen, not zomen's alone)
  CHECK(readings("zoomen") == "zoomen:i");
  CHECK(readings("gefaxt") == "faxen:d");
  CHECK(readings("mixte") == "mixen:v");
  CHECK(readings("gemixt") == "mixen:d");
  CHECK(readings("crashte") == "crashen:v");
  CHECK(readings("gecrasht") == "crashen:d");
  // a regular verb with ge- whose participle the rules would give to another verb is in the table
  CHECK(readings("gebeurd") == "gebeuren:d");
  CHECK(readings("gebeurt") == "gebeuren:p");
  CHECK(readings("geloofd") == "geloven:d");
  CHECK(readings("loofde") == "loven:v");
  // hunspell-nl lists fixen without any of its forms: data/verbs.nl.txt has them
  CHECK(readings("fixte") == "fixen:v");
}

TEST_CASE("verb: a long or short y before the stem's consonant (typen, gymmen), and omver, opzij, tekeer, droog and recht are particles") {
  CHECK(readings("typen") == "typen:i");
  CHECK(readings("typte") == "typen:v");
  CHECK(readings("gymmen") == "gymmen:i");
  CHECK(readings("omvergelopen") == "omverlopen:d");
  CHECK(readings("opzijgezet") == "opzijzetten:d");
  CHECK(readings("tekeergegaan") == "tekeergaan:d");
  CHECK(readings("drooggevallen") == "droogvallen:d");
  CHECK(readings("rechtgezet") == "rechtzetten:d");
  CHECK(readings("omvergeduwd") == "omverduwen:d");  // on the + line of data/verbs.nl.txt
  CHECK(readings("achtervolgd") == "achtervolgen:d");  // listed there with its forms
  CHECK(readings("uitgebuit") == "uitbuiten:d");  // buiten, a particle, is a verb only behind one
  CHECK(readings("buiten") == "");
}

TEST_CASE("verb: particles that are adjectives or two particles, the longest first") {
  CHECK(readings("klaargezet") == "klaarzetten:d");  // not klaargezetten: ge + zet is a participle
  CHECK(readings("schoongemaakt") == "schoonmaken:d");
  CHECK(readings("kwijtgeraakt") == "kwijtraken:d");
  CHECK(readings("achteruitgegaan") == "achteruitgaan:d");
  CHECK(readings("vooruitgekeken") == "vooruitkijken:d");
  // goed makes only the verbs the word list has (goedkeuren), no goed + eren
  CHECK(readings("goedgekeurd") == "goedkeuren:d");
  CHECK(readings("goederen") == "");
  CHECK(readings("bekendgemaakt") == "bekendmaken:d");
  CHECK(readings("beziggehouden") == "bezighouden:d");
  CHECK(readings("gerustgesteld") == "geruststellen:d");
  CHECK(readings("heengegaan") == "heengaan:d");
  CHECK(readings("achternagezeten") == "achternazitten:d");
  CHECK(readings("vlotgetrokken") == "vlottrekken:d");
  // be or ge before a vowel: its doubled vowel single once the syllable opens
  CHECK(readings("beamen") == "beamen:i");
  CHECK(readings("beaamde") == "beamen:vd");
  CHECK(readings("beoogd") == "beogen:d");
  // a separable verb nl.dic lacks, listed with + in data/verbs.nl.txt
  CHECK(readings("ziekgemeld") == "ziekmelden:d");
  CHECK(readings("ziekmeldt") == "ziekmelden:p");
  CHECK(readings("volgeparkeerd") == "volparkeren:d");
  CHECK(readings("ziekgeschreven") == "");
  CHECK(readings("geblockt") == "blocken:d");  // a loan verb in data/verbs.nl.txt
  CHECK(readings("geind") == "innen:d");  // a stem too short for the rules, listed there too
  CHECK(readings("geroyeerd") == "royeren:d");  // a Dutch verb nl.dic lacks, listed there too
  CHECK(readings("in") == "");
  // weer makes inseparable verbs too (weerlegd, no ge-), and her- a verb
  // nl.dic lists with it of any verb's forms, a separable one's too
  CHECK(readings("weerlegd") == "weerleggen:d");
  CHECK(readings("heringericht") == "herinrichten:d");
  CHECK(readings("herinrichten") == "herinrichten:i");
  CHECK(readings("weergegeven") == "weergeven:d");
  CHECK(separable_particle("goedkeuren", in_word_list) == "goed");
  CHECK(separable_particle("vooruitkijken", in_word_list) == "vooruit");  // not voor + uitkijken
  CHECK(separable_particle("achteruitgaan", in_word_list) == "achteruit");
  CHECK(separable_particle("tegemoetkomen", in_word_list) == "tegemoet");
  CHECK(separable_particle("klaarzetten", in_word_list) == "klaar");
  CHECK(separable_particle("uitkijken", in_word_list) == "uit");
}

TEST_CASE("verb: a form the word list does not know is read as a learner or a typist writes it") {
  // its t or d against 't kofschip, a strong verb's regular past or participle
  CHECK(readings("crashde") == "crashen:v");
  CHECK(readings("aangeleert") == "aanleren:d");
  CHECK(readings("samengeleeft") == "samenleven:d");
  CHECK(readings("helpte") == "helpen:v");
  CHECK(readings("blijfde") == "blijven:v");
  CHECK(readings("gekrijgd") == "krijgen:d");
  CHECK(readings("plaatsgevindt") == "plaatsvinden:d");
  CHECK(readings("voerd") == "voeren:p");        // a present's t typed d
  CHECK(readings("gechecked") == "checken:d");  // an English participle
  // but still only a verb's: the stem must be one
  CHECK(readings("menste") == "");
  CHECK(readings("gemenst") == "");
}

TEST_CASE("verb: what only looks like a verb form is none") {
  CHECK(readings("mens") == "");     // mensen is a word, menste and gemenst none
  CHECK(readings("gemeente") == "");
  CHECK(readings("week") == "");     // listed as no verb: nearly always the noun
  CHECK(readings("weken") == "");
  CHECK(readings("reden") == "");
  CHECK(readings("geleden") == "");
  CHECK(readings("beste") == "");    // bessen is no be + ssen
  CHECK(readings("belang") == "");   // listed as no verb: belangen is the plural
}

TEST_CASE("verb: a regular verb's infinitive is one nl.dic lists as a verb's, not a word hunspell accepts") {
  CHECK(readings("harren") == "");  // the plural of har
  CHECK(readings("hart") == "");
  CHECK(readings("russen") == "");  // the plural of rus
  CHECK(readings("rust") == "rusten:sp");
  CHECK(readings("overlast") == "");  // overlasten only by the flag of over on lasten
  // a participle without ge- that nl.dic flags as one (overmand/Ve), where
  // the stem is an entry of its own (overman); not one after another prefix
  // (omgelegd is omleggen's, no omgelegen)
  CHECK(readings("overmand") == "overmannen:d");
  CHECK(readings("omgelegd") == "omleggen:d");
  CHECK(readings("regel") == "regelen:s");
  CHECK(readings("helpt") == "helpen:p");
  CHECK(readings("meedoet") == "meedoen:p");  // meedoen is no entry: its base doen is
  CHECK(readings("samenwerkt") == "samenwerken:p");
  CHECK(readings("fruit") == "fruiten:sp");
  // hunspell knows some pasts with a prefix in the singular only, as the
  // inflection of a participle nl.dic lists (herschikt/Ve)
  CHECK(readings("herschikte") == "herschikken:vd");
  CHECK(readings("herschikt") == "herschikken:pd");
  CHECK(readings("erbarmde") == "erbarmen:vd");
  // and some in the plural only (verroestten, not verroestte)
  CHECK(readings("verroestte") == "verroesten:v");
  CHECK(readings("verroest") == "verroesten:spd");
  CHECK(readings("genoeg") == "");  // a function word, though genoegen is a verb
  // a verb nl.dic lists only behind a particle (inburgeren/Vi; burgeren bare)
  CHECK(readings("burgerde") == "burgeren:v");
  CHECK(readings("ingeburgerd") == "inburgeren:d");
  CHECK(readings("buiten") == "");  // a particle itself, though uitbuiten is a verb
  // adjectives as particles
  CHECK(readings("flauwvalt") == "flauwvallen:p");
  CHECK(readings("leeggepompt") == "leegpompen:d");
  // scheppen, to scoop, beside scheppen, to create
  CHECK(readings("schepte") == "scheppen:v");
  CHECK(readings("schiep") == "scheppen:v");
}

TEST_CASE("verb: ge and a strong past make a verb with the prefix ge, where the word is no table form itself") {
  CHECK(readings("gebood") == "gebieden:v");
  CHECK(readings("gedroegen") == "gedragen:v");
  CHECK(readings("geboden") == "bieden:d");  // bieden's participle, no past of gebieden
  CHECK(readings("gezag") == "");            // no gezien: nl.dic lists it as no verb's infinitive
}

TEST_CASE("verb: a separable verb whose base the table has as another verb's past, listed as an infinitive too") {
  CHECK(separable_particle("omzagen", in_word_list) == "om");  // zagen: zien's past, and to saw
  CHECK(readings("zaagt") == "zagen:p");
}

TEST_CASE("verb: voer and voeren are voeren, whose past of varen the table leaves out, but ervoer is ervaren") {
  CHECK(readings("voeren") == "voeren:i");
  CHECK(readings("uitvoeren") == "uitvoeren:i");
  CHECK(readings("ervoer") == "ervaren:v");
  CHECK(readings("ervoeren") == "ervaren:v");
  CHECK(readings("gevaren") == "varen:d");
}

TEST_CASE("lemma: verbs join the lemmas, context settles noun or verb") {
  Lemmatiser l;
  auto read = [&](std::string_view previous, std::string_view word, std::string_view next) {
    auto context = [](std::string_view w) { return w.empty() ? ContextWord::edge : context_word(w); };
    return reading_in_context(context(previous), verb_shape(l.lookup(word)), context(next));
  };
  const Lemmas& regel = l.lookup("regel");
  CHECK(regel.nominal == std::vector<std::string>{"regel"});
  CHECK(regel.lemmas == std::vector<std::string>{"regel"});  // a bare stem: the noun, unless the context says verb
  CHECK(lemmas_read_as(regel, Reading::verb) == std::vector<std::string>{"regelen"});
  CHECK(lemmas_read_as(regel, Reading::noun) == std::vector<std::string>{"regel"});
  CHECK(l.lookup("regelt").lemmas == std::vector<std::string>{"regelen", "regelt"});  // not the noun regel
  CHECK(l.lookup("hielp").lemmas == std::vector<std::string>{"helpen", "hielp"});
  // a participle stays a verb form after an article: de geholpen buren
  const auto geholpen = lemmas_read_as(l.lookup("geholpen"), Reading::noun);
  CHECK(std::find(geholpen.begin(), geholpen.end(), "helpen") != geholpen.end());
  CHECK(read("ik", "regel", "straks") == Reading::verb);
  CHECK(read("de", "regel", "is") == Reading::noun);
  CHECK(read("morgen", "regel", "ik") == Reading::verb);
  CHECK(read("het", "werkt", "niet") == Reading::verb);
  CHECK(read("het", "is", "goed") == Reading::verb);
  CHECK(read("het", "moet", "") == Reading::verb);
  CHECK(read("het", "feest", "was") == Reading::noun);
  CHECK(read("je", "regel", "") == Reading::any);
  CHECK(read("dat", "regel", "") == Reading::noun);
  CHECK(read("dat", "is", "") == Reading::verb);
  CHECK(read("wat", "is", "") == Reading::verb);
  CHECK(read("zijn", "regel", "") == Reading::any);
  CHECK(read("", "regel", "") == Reading::any);
}

TEST_CASE("verb: les, actie, waar, stop and tussen are particles of the verbs nl.dic lists with them") {
  CHECK(readings("stopgezet") == "stopzetten:d");
  CHECK(readings("tussenkomt") == "tussenkomen:p");
  CHECK(readings("stoppen") == "stoppen:i");
  CHECK(readings("lesgeeft") == "lesgeven:p");
  CHECK(readings("actiegevoerd") == "actievoeren:d");
  CHECK(readings("lesgeld") == "");  // no lesgelden, which nl.dic takes for a compound
  CHECK(readings("waargenomen") == "waarnemen:d");
  CHECK(readings("waarborgen") == "waarborgen:i");  // no waar + borgen, bergen's past
  CHECK(readings("gewaarschuwd") == "waarschuwen:d");
  CHECK(readings("lessen") == "lessen:i");  // dorst lessen, no les + sen
}

TEST_CASE("verb: a regular verb's forms by the spelling rules alone") {
  // (each form with its bits in the place of an infinitive)
  CHECK(listed(regular_forms("bailen")) == "bail:s bailde:v bailden:v bailen:i bailt:p gebaild:d");
  CHECK(listed(regular_forms("cappen")) == "cap:s cappen:i capt:p capte:v capten:v gecapt:d");  // cap, not capp
  CHECK(listed(regular_forms("keten")) == "gekeet:d keet:sp keette:v keetten:v keten:i");     // keet: stem and present
  CHECK(listed(regular_forms("cruisen")) == "cruis:s cruisen:i cruist:p cruiste:v cruisten:v gecruist:d");
  CHECK(listed(regular_forms("herplannen")) == "herplan:s herpland:d herplande:v herplanden:v herplannen:i herplant:p");
  CHECK(listed(regular_forms("regel")) == "");  // no infinitive
  // a stem's last vowel short (the schwa of luisteren) or long (the stressed
  // vowel of vandaliseren): both
  CHECK(listed(regular_forms("vandaliseren")) ==
        "gevandaliseerd:d gevandaliserd:d vandaliseer:s vandaliseerde:v vandaliseerden:v vandaliseert:p vandaliser:s "
        "vandaliserde:v vandaliserden:v vandaliseren:i vandalisert:p");
}

TEST_CASE("verb: teweer, teweeg and aaneen are particles, and the table has rijten, wijten and gekerfd") {
  CHECK(readings("teweeggebracht") == "teweegbrengen:d");
  CHECK(readings("teweerstellen") == "teweerstellen:i");
  CHECK(readings("aaneengesloten") == "aaneensluiten:d");
  CHECK(readings("opengereten") == "openrijten:d");
  CHECK(readings("reet") == "rijten:v");
  CHECK(readings("reten") == "");  // only behind a particle: the plural of reet
  CHECK(readings("ingekerfd") == "inkerven:d");
  // wijten's past and participle are weten's forms but behind a particle
  CHECK(readings("wijt") == "wijten:sp");
  CHECK(readings("weet") == "weten:p");
  CHECK(readings("verweet") == "verwijten:v");
}

TEST_CASE("verb: achterover is a particle, the longest before the verb") {
  CHECK(separable_particle("achteroverslaan", in_word_list) == "achterover");
  CHECK(readings("achterovergedrukt") == "achteroverdrukken:d");
  CHECK(separable_particle("achteruitgaan", in_word_list) == "achteruit");
}

TEST_CASE("verb: fijn and nat are particles of the verbs nl.dic lists with them") {
  CHECK(readings("fijngesneden") == "fijnsnijden:d");
  CHECK(readings("natgemaakt") == "natmaken:d");
  CHECK(readings("natgeregend") == "natregenen:d");
  // a shorter particle that begins it makes a verb of the rest: na + trekken
  CHECK(separable_particle("natrekken", in_word_list) == "na");
  // but not where a particle makes up the rest of the longer one: achter + op
  CHECK(separable_particle("achteropraken", in_word_list) == "achterop");
  CHECK(separable_particle("fijnsnijden", in_word_list) == "fijn");
  // only where nl.dic lists the verb with it
  CHECK(readings("fijngevonden") == "");
}

TEST_CASE("verb: stand, groot and voorop are particles (standhouden, grootbrengen, vooropstellen)") {
  CHECK(readings("standgehouden") == "standhouden:d");
  CHECK(readings("grootgebracht") == "grootbrengen:d");
  CHECK(readings("vooropgesteld") == "vooropstellen:d");
  CHECK(readings("grootte") == "");
  CHECK(readings("standbeeld") == "");
}

TEST_CASE("verb: hoog and zwart are particles of the verbs nl.dic lists with them, and the table lists mantelzorgen and extensiveren") {
  CHECK(readings("hooggehouden") == "hooghouden:d");
  CHECK(readings("zwartgewerkt") == "zwartwerken:d");
  CHECK(readings("hoogte") == "");
  CHECK(readings("mantelzorgt") == "mantelzorgen:p");
  CHECK(readings("geextensiveerd") == "extensiveren:d");
}

TEST_CASE("verb: schadeloos is a particle of the verbs nl.dic lists with it, and the table lists flyeren, vloggen, eggen, hoeven and snij") {
  CHECK(readings("schadeloosgesteld") == "schadeloosstellen:d");
  CHECK(readings("schadeloosheid") == "");
  CHECK(readings("flyert") == "flyeren:p");
  CHECK(readings("geflyerd") == "flyeren:d");
  CHECK(readings("vlogde") == "vloggen:v");
  CHECK(readings("eg") == "eggen:p");
  CHECK(readings("egde") == "eggen:v");
  CHECK(readings("gehoeven") == "hoeven:d");
  CHECK(readings("snij") == "snijden:p");
  CHECK(readings("wegbestemd") == "wegbestemmen:d");
}

TEST_CASE("verb: mis is a particle of the verbs nl.dic lists with it, and makes no verb of a base nl.dic lists only behind it") {
  CHECK(readings("misgelopen") == "mislopen:d");
  CHECK(readings("misgegaan") == "misgaan:d");
  CHECK(readings("misleid") == "misleiden:sd");
  CHECK(readings("meester") == "");  // mismeesteren is listed, meesteren is not
  CHECK(readings("misdaad") == "");
  CHECK(readings("afgeslankt") == "afslanken:d");
}

TEST_CASE("verb: warm is a particle of the verbs nl.dic or the table lists with it, the table lists volleggen, and no stem ends in -zi") {
  CHECK(readings("warmloopt") == "warmlopen:p");
  CHECK(readings("warmgemaakt") == "warmmaken:d");  // warmmaken is in the table, not in nl.dic
  CHECK(readings("warmte") == "");
  CHECK(readings("vollegt") == "volleggen:p");
  CHECK(readings("volgelegd") == "volleggen:d");
  CHECK(readings("bezit") == "bezitten:sp");  // not bezien's: its stem is bezie
  CHECK(readings("beziet") == "bezien:p");
  CHECK(readings("herontworpen") == "herontwerpen:d");  // nl.dic lacks it: the table lists it
  CHECK(readings("herontwierp") == "herontwerpen:v");
}

TEST_CASE("verb: rot, vuil and zoet are particles of the verbs nl.dic or the table lists with them, and kijven, pluizen and verscheiden are strong") {
  CHECK(readings("rotgelachen") == "rotlachen:d");  // rotlachen is in the table, not in nl.dic
  CHECK(readings("vuilmaakt") == "vuilmaken:p");
  CHECK(readings("zoetgehouden") == "zoethouden:d");
  CHECK(readings("vuilnis") == "");
  CHECK(readings("zoetstof") == "");
  CHECK(readings("keef") == "kijven:v");
  CHECK(readings("gekeven") == "kijven:d");
  CHECK(readings("ploos") == "pluizen:v");
  CHECK(readings("pluisde") == "pluizen:v");
  CHECK(readings("verscheed") == "verscheiden:v");
}

TEST_CASE("verb: onderuit is a particle, and the table lists watertrappelen, pootjebaden, inwennen and kapotwerken, which nl.dic lacks") {
  CHECK(readings("onderuitgehaald") == "onderuithalen:d");
  CHECK(readings("watertrappelt") == "watertrappelen:p");
  CHECK(readings("pootjebaadden") == "pootjebaden:v");
  CHECK(readings("ingewend") == "inwennen:d");
  CHECK(readings("kapotgewerkt") == "kapotwerken:d");
}

TEST_CASE("verb: a verb nl.dic lists only with its particle is read joined, without a past of its own in the list") {
  // opleuken/Vi and uitponden: no leuken, leukte, pondde or uitgepond in the list
  CHECK(readings("opgeleukt") == "opleuken:d");
  CHECK(readings("opleukt") == "opleuken:p");
  CHECK(readings("uitgepond") == "uitponden:d");
  CHECK(readings("uitponden") == "uitponden:i");
  CHECK(readings("natspuit") == "natspuiten:sp");
  // apart the base stays a noun or an adjective: no verb ponden of pond, no overnachten's nachten
  CHECK(readings("pond") == "");
  CHECK(readings("leuk") == "");
  CHECK(readings("nacht") == "");
}

TEST_CASE("verb: kaal and achterop are particles of the verbs nl.dic or the table lists with them, and the table lists updaten and meezorgen") {
  CHECK(readings("kaalgevreten") == "kaalvreten:d");
  CHECK(readings("achteropgeraakt") == "achteropraken:d");
  CHECK(readings("kaalslag") == "");  // no verb kaalslaan's stem: the noun
  CHECK(readings("meegezorgd") == "meezorgen:d");
  CHECK(readings("updatet") == "updaten:p");
  CHECK(readings("geupdatet") == "updaten:d");
}

TEST_CASE("verb: glad is a particle of the verbs nl.dic lists with it, and the table lists ebben, whose stem is too short for the rules") {
  CHECK(readings("gladgestreken") == "gladstrijken:d");
  CHECK(readings("ebde") == "ebben:v");
  CHECK(readings("weggeebd") == "wegebben:d");
}

TEST_CASE("verb: bloed and stage are particles of the verbs the table lists with them, and make no other, and the table lists volzetten") {
  CHECK(readings("volgezet") == "volzetten:d");
  CHECK(readings("bloedgeprikt") == "bloedprikken:d");
  CHECK(readings("stagelopen") == "stagelopen:i");
  CHECK(readings("bloedvaten") == "");  // no bloed + vaten
}

TEST_CASE("verb: a verb nl.dic lists that is a word before a verb's infinitive is its own infinitive, unless nl.dic lists it as a noun too") {
  CHECK(readings("schoolzwemmen") == "schoolzwemmen:i");
  CHECK(readings("feestvieren") == "feestvieren:i");
  CHECK(readings("buikspreken") == "buikspreken:i");
  CHECK(readings("huishouden") == "");  // een gemiddeld huishouden
  CHECK(readings("schoolzwem") == "");  // no stem of its own
}

TEST_CASE("verb: a regular verb behind an inseparable particle whose stem nl.dic lets only begin compounds has its participle without ge-") {
  CHECK(readings("overtuigd") == "overtuigen:d");  // overtuig/Ca: overtuiging
  CHECK(readings("achterhaald") == "achterhalen:d");
  CHECK(readings("voorspelde") == "voorspellen:v");  // voorspel/V3 makes no voorspelen
}

TEST_CASE("verb: a verb in -iën, folded to -ien, has the stem in -ie (neurie, neuriede, geneuried)") {
  CHECK(readings("neurien") == "neurien:i");
  CHECK(readings("skien") == "skien:i");
}

TEST_CASE("verb: klein is a particle of the verbs nl.dic lists with it only") {
  CHECK(readings("kleingekregen") == "kleinkrijgen:d");
  CHECK(readings("kleinkrijgen") == "kleinkrijgen:i");
  CHECK(readings("kleinbedrijf") == "");  // no klein + bedrijven
}

TEST_CASE("verb: a word nl.dic lacks in -e whose -en is a listed verb is that infinitive said without its n") {
  CHECK(readings("studere") == "studeren:i");
  CHECK(readings("rotzooie") == "rotzooien:i");
  CHECK(readings("mooie") == "");  // a word nl.dic knows: the adjective
}

TEST_CASE("verb: lief, achteraan and tegenover are particles of the verbs nl.dic lists with them only") {
  CHECK(readings("liefgehad") == "liefhebben:d");
  CHECK(readings("tegenovergesteld") == "tegenoverstellen:d");
  CHECK(readings("achteraankomen") == "achteraankomen:i");
  CHECK(readings("aangekomen") == "aankomen:d");  // not achteraan's aan
}

TEST_CASE("verb: tevreden is a particle of the verbs nl.dic lists with it only") {
  CHECK(readings("tevredengesteld") == "tevredenstellen:d");
  CHECK(separable_particle("tevredenstellen", in_word_list) == "tevreden");
}

TEST_CASE("verb: a verb made of an adjective in -ig whose participle is ge + the whole has no particle") {
  // rechtvaardigen: gerechtvaardigd, not recht + vaardigen
  Lemmatiser l;
  auto readings_of = [&](std::string_view w) { return l.lookup(w).verbs; };
  CHECK(separable_particle("rechtvaardigen", readings_of) == "");
  CHECK(separable_particle("aanmoedigen", readings_of) == "aan");  // aangemoedigd
}
