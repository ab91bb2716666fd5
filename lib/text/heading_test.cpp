#include <doctest/doctest.h>

#include "text/heading.h"

using draad::is_bare_title;
using draad::is_headline;
using draad::is_question_title;
using draad::is_heading;
using draad::ProseCount;

TEST_CASE("heading: numbered section titles and chapter lines of a plain-text report") {
  CHECK(is_heading("1. Wonen en werken in de wijk"));
  CHECK(is_heading("3. buren en hun tuinen"));
  CHECK(is_heading("2.3 Opzet van de avonden"));
  CHECK(is_heading("2.3.1. Wie er kwamen"));
  CHECK(is_heading("\u25CF Hoofdstuk 2: Regels in de straat"));
  CHECK(is_heading("Hoofdstuk 4"));
  CHECK(is_heading("Bijlage B: Vragenlijst"));
  CHECK(is_heading("Deel II Uitkomsten per wijk"));
  CHECK(is_heading("- 4. Vertrouwen (sessie 3)"));
  CHECK(is_heading("  1. Buurtfeesten en markten\n"));
  // a survey's ranked answer with its share is no section
  CHECK(!is_heading("1. Elkaar helpen (57%)"));
  CHECK(!is_heading("2. Samen iets eten of drinken 38%"));
}

TEST_CASE("heading: a table of contents, every line with a dotted leader and a page number") {
  CHECK(is_heading("Inleiding ........ 4\n1. Wonen in de wijk ..... 7\n2.1 Opzet \u2026 12"));
  CHECK(is_heading("Samenvatting . . . . 3"));
  CHECK(is_heading("Inhoudsopgave\nInleiding ........ 4\nBijlagen .... 30"));
  CHECK(!is_heading("Inhoud"));
  CHECK(!is_heading("Inleiding ........ 4\nWe spraken met veertig bewoners."));
  CHECK(!is_heading("Wij wonen hier 22"));
  CHECK(!is_heading("........ 4"));
}

TEST_CASE("heading: sentences, lead-ins, answers and lists are no headings") {
  CHECK(!is_heading("3. Taal als gemeenschappelijke deler."));
  CHECK(!is_heading("2. Wat zijn goede regels voor de straat?"));
  CHECK(!is_heading("De voorstellen gaan onder andere over:"));
  CHECK(!is_heading("Tip 3: vorm met alle partners een brede alliantie"));
  CHECK(!is_heading("Wederkerigheid"));
  CHECK(!is_heading("ontmoetingsplek"));
  CHECK(!is_heading("5 tips voor een buurt waar niemand achterblijft"));
  CHECK(!is_heading("22.00 uur geen herrie meer"));
  CHECK(!is_heading("1. meer bankjes\n2. een buurthuis dat open is"));
  CHECK(!is_heading("1. een moestuin of buurttuin waar we samen werken, want dat is makkelijker dan zomaar praten"));
  CHECK(!is_heading("Hoofdstuk van mijn leven dat ik niet vergeet"));
  CHECK(!is_heading(""));
  CHECK(!is_heading("1."));
}

TEST_CASE("heading: a bare title is one line without punctuation, bullet or opening quote") {
  CHECK(is_bare_title("Zoektocht naar juiste aanpak"));
  CHECK(is_bare_title("Madjori, klachtenbehandelaar"));
  CHECK(is_bare_title("Verslag Dorpenfestival: \u2018Het dorpshuis is terug van weggeweest\u2019"));
  CHECK(is_bare_title("Vluchtelingen hebben weinig contact met Nederlanders (en andere eerste resultaten)"));
  CHECK(is_bare_title("Save the date 30 januari 2020"));
  CHECK(!is_bare_title("Veel buren groeten elkaar."));
  CHECK(!is_bare_title("Wat vindt u van de wijk?"));
  CHECK(!is_bare_title("Dit zeiden de bewoners:"));
  CHECK(!is_bare_title("Ontmoeten in de wijk. Onderwijs"));
  CHECK(!is_bare_title("\u201CVertrouwen moet je verdienen, zeggen de buren hier\u201D"));
  CHECK(!is_bare_title("- meer vertrouwen tussen buren"));
  CHECK(!is_bare_title("\u25CF Ontmoeting in de buurt"));
  CHECK(!is_bare_title("[gelach]"));
  CHECK(!is_bare_title("Eerste regel\nTweede regel"));
  CHECK(!is_bare_title("een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien "
                       "zestien zeventien achttien negentien twintig eenentwintig"));
  CHECK(is_bare_title("een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien "
                      "zestien zeventien achttien negentien twintig"));
}

TEST_CASE("heading: a document's first paragraph is its headline also where it asks, exclaims or quotes") {
  CHECK(is_headline("Zoektocht naar juiste aanpak"));  // every bare title
  CHECK(is_headline("Hoe denken Nederlanders over hun buren?"));
  CHECK(is_headline("Een zachte landing in de wijk!"));
  CHECK(is_headline("\u201CWe willen de eenzaamheid voor zijn\u201D"));
  CHECK(is_headline("\u2018De koffie is nog steeds gratis\u2019"));
  CHECK(is_headline("Beter een goede buur........"));
  CHECK(is_headline("Bijeenkomst \u2018Veiligheid in de buurt\u2019 goed bezocht en krijgt een vervolg\u2026"));
  CHECK(!is_headline("Dit verslag beschrijft de derde avond."));  // a full stop: the text's first sentence
  CHECK(!is_headline("Nel: \u2018Het taalcafé is mijn familie\u2019, zei ze. Hoe mooi is dat?"));  // two sentences
  CHECK(!is_headline("- Wat vindt u van de wijk?"));
  CHECK(!is_headline("Eerste regel?\nTweede regel"));
  CHECK(!is_headline("Dit zeiden de bewoners:"));
}

TEST_CASE("heading: a question put as a title is one line that ends in a question mark, bulleted or not") {
  CHECK(is_question_title("Hoe kun je het meten?"));
  CHECK(is_question_title("Waarom zijn jullie onlangs een bewonersgroep gestart?"));
  CHECK(is_question_title("\u25CF Hoe ervaren burgers samenleven in de dagelijkse praktijk?"));
  CHECK(is_question_title("Hoofdvraag: Welke verhalen en opgaven verbinden ons als inwoners van Nederland?"));
  CHECK(!is_question_title("Is dat zo? Ja, dat is zo."));  // an answer follows in the same line
  CHECK(!is_question_title("Geef het goede voorbeeld!"));
  CHECK(!is_question_title("Wat vindt u?\nEn uw buren?"));
  CHECK(!is_question_title("Zoektocht naar juiste aanpak"));
}

TEST_CASE("heading: a document reads as prose when two thirds of its words end a sentence") {
  ProseCount report;
  report.add("Buren bouwen aan vertrouwen");                          // 4 words
  report.add("Op de avond spraken veertig bewoners over hun straat.");  // 9
  CHECK(report.prose());
  report.add("Marieke, buurtwerker");  // 2: 9 of 15 is less than two thirds
  CHECK(!report.prose());
  report.add("\u201CHet gaat goed hier.\u201D");  // 4: a quote's full stop counts, 13 of 19
  CHECK(report.prose());
  ProseCount notes;
  notes.add("Meer vertrouwen tussen buren");
  notes.add("Een bankje bij de speeltuin");
  notes.add("Wat is er nodig?");
  CHECK(!notes.prose());
  CHECK(!ProseCount().prose());
}
