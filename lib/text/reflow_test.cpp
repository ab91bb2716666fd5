#include <doctest/doctest.h>

#include <chrono>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "text/normalise.h"
#include "text/reflow.h"
#include "support.h"

using draad::looks_like_pdf_extract;
using draad::reflow;
using draad::test::data_path;
using draad::test::read_file;
using draad::test::words;

namespace {

std::string flow(std::string_view text) { return reflow(text).text; }

// The text after YAML front matter.
std::string body(const std::string& text) {
  if (text.rfind("---\n", 0) != 0) return text;
  std::size_t end = text.find("\n---\n", 3);
  return end == std::string::npos ? text : text.substr(end + 5);
}

// What the line-end hyphen in "<left>-\n<right>" becomes, alone in a document.
std::string mend(const std::string& left, const std::string& right) {
  std::string out = flow("Een regel die eindigt op " + left + "-\n" + right + " en dan verder.");
  std::string_view v = out;
  v.remove_prefix(std::string_view("Een regel die eindigt op ").size());
  return std::string(v.substr(0, v.find(' ')));
}

}  // namespace

TEST_CASE("reflow: a word broken at a line end is rejoined") {
  CHECK(mend("diver", "siteit") == "diversiteit");
  CHECK(mend("gespreks", "tafel") == "gesprekstafel");
  CHECK(mend("samen", "werking") == "samenwerking");
  CHECK(mend("georga", "niseerde") == "georganiseerde");
  CHECK(mend("intimi", "datie") == "intimidatie");
  CHECK(mend("formu", "lieren") == "formulieren");
  CHECK(mend("ouder", "avonden") == "ouderavonden");
  CHECK(mend("zieken", "huis") == "ziekenhuis");
  CHECK(mend("benadruk", "ten") == "benadrukten");
  CHECK(mend("afge", "schaft") == "afgeschaft");
  CHECK(mend("betutte", "lend") == "betuttelend");
  CHECK(mend("zeggen", "schap") == "zeggenschap");
  CHECK(mend("beleids", "medewerker") == "beleidsmedewerker");
  CHECK(mend("informatie", "bijeenkomst") == "informatiebijeenkomst");
  CHECK(mend("migratie", "achtergrond") == "migratieachtergrond");  // e-a is no vowel clash
  CHECK(mend("ontmoetings", "plekken") == "ontmoetingsplekken");
  CHECK(mend("laag", "drempelig") == "laagdrempelig");
  CHECK(mend("multi", "culturele") == "multiculturele");
  CHECK(mend("buurt", "huiswerkers") == "buurthuiswerkers");  // unknown to the word list: join
  CHECK(mend("samen", "redzaamheid") == "samenredzaamheid");
  CHECK(mend("DIVER", "SITEIT") == "DIVERSITEIT");
}

TEST_CASE("reflow: a real hyphen at a line end stays") {
  CHECK(mend("duo", "interviews") == "duo-interviews");
  CHECK(mend("Noord", "Brabant") == "Noord-Brabant");        // capital after the hyphen
  CHECK(mend("Pools", "Nederlandse") == "Pools-Nederlandse");
  CHECK(mend("zee", "egel") == "zee-egel");                  // vowel clash
  CHECK(mend("auto", "ongeluk") == "auto-ongeluk");
  CHECK(mend("mede", "eigenaar") == "mede-eigenaar");
  CHECK(mend("na", "apen") == "na-apen");
  CHECK(mend("co", "ouderschap") == "co-ouderschap");
  CHECK(mend("re", "integratie") == "re-integratie");
  CHECK(mend("toe", "eigenen") == "toe-eigenen");
  CHECK(mend("contra", "expertise") == "contra-expertise");
  CHECK(mend("radio", "omroep") == "radio-omroep");
  CHECK(mend("buurtcafe", "eigenaar") == "buurtcafe-eigenaar");  // unknown to the word list: the vowel clash decides
  CHECK(mend("ex", "partner") == "ex-partner");
  CHECK(mend("oud", "wethouder") == "oud-wethouder");
  CHECK(mend("oud", "burgemeester") == "oud-burgemeester");
  CHECK(mend("ex", "collega") == "ex-collega");
  CHECK(mend("anti", "racisme") == "anti-racisme");
  CHECK(mend("COVID", "19") == "COVID-19");
  CHECK(mend("2025", "2026") == "2025-2026");
  CHECK(mend("e", "mail") == "e-mail");
}

TEST_CASE("reflow: the document's own words decide before the word list") {
  // The word list joins cocreatie; this document writes co-creatie.
  CHECK(flow("We kozen bewust voor co-creatie. Dat betekent dat co-\ncreatie tijd kost.") ==
        "We kozen bewust voor co-creatie. Dat betekent dat co-creatie tijd kost.");
  // The prefix rule keeps anti-; this document writes antiracisme.
  CHECK(flow("Het antiracisme van de club. Ook anti-\nracisme in de wijk.") ==
        "Het antiracisme van de club. Ook antiracisme in de wijk.");
  // A prefix the document hyphenates elsewhere: super-wijk, so super-diversiteit.
  CHECK(flow("Een super-wijk met super-\ndiversiteit.") == "Een super-wijk met super-diversiteit.");
  // Without that evidence the word list joins.
  CHECK(flow("Een wijk met super-\ndiversiteit.") == "Een wijk met superdiversiteit.");
}

TEST_CASE("reflow: a soft hyphen at a line end, shown by normalise, is rejoined") {
  std::string text = draad::normalise("een kwestie van diver\xC2\xAD\nsiteit", "t.txt", {}).text;
  CHECK(flow(text) == "een kwestie van diversiteit");
}

TEST_CASE("reflow: a hyphen standing for a left-out part keeps its space") {
  CHECK(flow("via sport-\nen cultuurverenigingen") == "via sport- en cultuurverenigingen");
  CHECK(flow("over huur-\nof koopwoningen") == "over huur- of koopwoningen");
  // A dash with a space before it is punctuation, not a broken word.
  CHECK(flow("hij zei -\nen dat meende hij") == "hij zei - en dat meende hij");
}

TEST_CASE("reflow: page headers, footers and page numbers are dropped and reported") {
  auto r = reflow(read_file(data_path("reflow/pages.txt")));
  CHECK(r.text ==
        "In de Assendorperstraat kwamen op woensdagavond veertien bewoners bij elkaar om te praten over de "
        "plannen voor het pleintje achter de bibliotheek. De gespreksleider opende met een vraag over "
        "ontmoeting.\n\n"
        "Veel bewoners wilden meer bankjes en een plek waar kinderen kunnen spelen zonder dat de buren er "
        "last van hebben. Een oudere bewoner vond dat de jongeren al genoeg ruimte krijgen.\n\n"
        "Een jonge moeder was het daar niet mee eens: “Waar moeten ze dan heen? Het buurthuis is om negen "
        "uur dicht en de sportvelden liggen aan de andere kant van de stad.”\n\n"
        "Tot slot spraken de bewoners af om in het voorjaar samen met de gemeente een schouw te houden en "
        "daarna een voorstel te schrijven.\n");
  CHECK(r.dropped == std::vector<draad::DroppedLine>{
                         {1, "Gemeente Zwolle — verslag buurtgesprek Assendorp"},
                         {7, "- 1 -"},
                         {8, "Gemeente Zwolle — verslag buurtgesprek Assendorp"},
                         {13, "Pagina 2 van 4"},
                         {14, "Gemeente Zwolle — verslag buurtgesprek Assendorp"},
                         {21, "3"},
                         {22, "Gemeente Zwolle — verslag buurtgesprek Assendorp"},
                         {29, "4/4"},
                     });
}

TEST_CASE("reflow: a lone number or a repeated short line in running text stays") {
  CHECK(flow("Hoeveel kinderen heeft u?\n\n3\n\nEn hoe oud zijn ze?\n") ==
        "Hoeveel kinderen heeft u?\n\n3\n\nEn hoe oud zijn ze?\n");
  CHECK(flow("Ja\n\nNee\n\nJa\n\nJa\n") == "Ja\n\nNee\n\nJa\n\nJa\n");
  // Numbers that do not count up page by page are data.
  CHECK(flow("Leeftijd?\n\n34\n\n61\n\n19\n") == "Leeftijd?\n\n34\n\n61\n\n19\n");
}

TEST_CASE("reflow: a blank line after every line") {
  std::string extract = read_file(data_path("reflow/blank-lines.txt"));
  CHECK(looks_like_pdf_extract(extract));
  CHECK(flow(extract) ==
        "Op woensdag kwamen veertien bewoners bij elkaar in het buurthuis om te praten over de plannen voor "
        "het pleintje achter de bibliotheek. De gespreksleider opende met een vraag over ontmoeting: waar "
        "zie je je buren eigenlijk nog? Veel mensen noemden de supermarkt.\n\n"
        "Daarna ging het over veiligheid. Een bewoonster vertelde dat ze ’s avonds liever niet over het "
        "plein loopt, omdat de verlichting al maanden kapot is en niemand de melding lijkt op te pakken bij "
        "de gemeente of de corporatie. Anderen herkenden dat en een paar bewoners hadden zelf al gebeld.\n\n"
        "Aanbevelingen\n\n"
        "● Repareer de verlichting op het plein en meld de bewoners wanneer het klaar is.\n\n"
        "● Zet een paar bankjes bij de speeltuin.\n");
}

TEST_CASE("reflow: bullets and numbered items are paragraphs of their own, with their marker") {
  CHECK(flow("De deelnemers noemden:\n"
             "● meer plekken om elkaar te ontmoeten, ook voor jongeren die nu op straat\n"
             "  hangen;\n"
             "• een buurtapp;\n"
             "➔ vaker een buurtfeest;\n"
             "◆ brieven in eenvoudige taal;\n"
             "▪ een vast aanspreekpunt bij de gemeente;\n"
             "- minder regels voor\n"
             "  vrijwilligers;\n"
             "* een welkomstpakket;\n"
             "1. geld voor initiatieven;\n"
             "a) tijd.\n") ==
        "De deelnemers noemden:\n\n"
        "● meer plekken om elkaar te ontmoeten, ook voor jongeren die nu op straat hangen;\n\n"
        "• een buurtapp;\n\n"
        "➔ vaker een buurtfeest;\n\n"
        "◆ brieven in eenvoudige taal;\n\n"
        "▪ een vast aanspreekpunt bij de gemeente;\n\n"
        "- minder regels voor vrijwilligers;\n\n"
        "* een welkomstpakket;\n\n"
        "1. geld voor initiatieven;\n\n"
        "a) tijd.\n");
}

TEST_CASE("reflow: headings, speaker labels and tables keep their own lines") {
  CHECK(flow("Inleiding\n"
             "Op dinsdag 7 april vond in Eindhoven de zevende gesprekstafel plaats in de\n"
             "reeks over samenleven in diversiteit.\n") ==
        "Inleiding\n\nOp dinsdag 7 april vond in Eindhoven de zevende gesprekstafel plaats in de reeks over "
        "samenleven in diversiteit.\n");
  CHECK(flow("Fatima: ik vind dat de gemeente vaker naar de wijk moet komen, want nu\n"
             "zien we ze alleen als er iets mis is.\n"
             "Gespreksleider: wie herkent dat?\n") ==
        "Fatima: ik vind dat de gemeente vaker naar de wijk moet komen, want nu zien we ze alleen als er iets "
        "mis is.\n\nGespreksleider: wie herkent dat?\n");
  CHECK(flow("Leeftijd      Aantal\n18-30         5\n31-50         8\n") == "Leeftijd      Aantal\n18-30         5\n31-50         8\n");
}

TEST_CASE("reflow: a form feed marks a page break") {
  CHECK(flow("De buurt wil een plek waar je zonder afspraak\n\f\nkunt binnenlopen.\n") ==
        "De buurt wil een plek waar je zonder afspraak kunt binnenlopen.\n");
}

TEST_CASE("reflow: a header on both pages of a two-page PDF, with no blank line below it, is dropped") {
  // As poppler gives a page: its header, then at once its first line of text.
  const std::string page_text =
      "die zij zelf kozen. Daarna ging het gesprek over de speeltuin en over de bankjes bij het plein.\n"
      "Bewoners zeiden dat ze elkaar vroeger vaker zagen, op straat en bij de school van de kinderen.\n"
      "Nu kent bijna niemand zijn buren nog, want de mensen in de portieken wisselen zo snel van huis.\n";
  const std::string second_page =
      "Een bewoonster vertelde dat haar buurvrouw de kinderen ophaalt als zij laat moet werken.\n"
      "Zonder die hulp zou het niet gaan, zei ze, en dat hoor je vaker in deze straat en in de wijk.\n"
      "Anderen vonden dat de gemeente daar meer aan kan doen, met een plek om elkaar te ontmoeten.\n";
  const std::string text = "Buurtgesprek Zwolle-Zuid, 12 maart 2026\n" + page_text + "Pagina 1 van 2\n\f" +
                           "Buurtgesprek Zwolle-Zuid, 12 maart 2026\n" + second_page + "Pagina 2 van 2\n";
  const auto result = reflow(text);
  CHECK(result.dropped == std::vector<draad::DroppedLine>{{1, "Buurtgesprek Zwolle-Zuid, 12 maart 2026", 1},
                                                          {5, "Pagina 1 van 2", 1},
                                                          {6, "Buurtgesprek Zwolle-Zuid, 12 maart 2026", 2},
                                                          {10, "Pagina 2 van 2", 2}});
  // A heading that opens some pages differs in its digits and stays; and a
  // line found twice in a text of three pages is no running header.
  const std::string questions = "Vraag 1\n" + page_text + "\fVraag 2\n" + second_page + "\fVraag 3\n" + page_text;
  CHECK(reflow(questions).dropped.empty());
  const std::string twice = "Samenvatting\n" + page_text + "\f" + second_page + "\fSamenvatting\n" + second_page;
  CHECK(reflow(twice).dropped.empty());
}

TEST_CASE("reflow: the PDF extract of the Eindhoven report gives the words of its clean copy") {
  std::string extract = body(read_file(std::string(DRAAD_SOURCE_DIR) + "/samples/verslag-eindhoven.txt"));
  std::string clean = body(read_file(data_path("reflow/verslag-eindhoven-clean.txt")));
  REQUIRE(looks_like_pdf_extract(extract));
  auto r = reflow(extract);
  CHECK(words(r.text) == words(clean));
  CHECK(r.dropped.size() == 14);  // seven running headers, seven page numbers
  CHECK(r.text.find("\n\n\n") == std::string::npos);
}

TEST_CASE("reflow: idempotent on its own output") {
  for (std::string name : {"reflow/pages.txt", "reflow/blank-lines.txt"}) {
    std::string once = flow(read_file(data_path(name)));
    CHECK(flow(once) == once);
  }
  std::string once = flow(body(read_file(std::string(DRAAD_SOURCE_DIR) + "/samples/verslag-eindhoven.txt")));
  CHECK(flow(once) == once);
  CHECK_FALSE(looks_like_pdf_extract(once));
}

TEST_CASE("reflow: transcripts and markdown are not PDF extracts and pass unchanged") {
  namespace fs = std::filesystem;
  int checked = 0;
  for (const auto& entry : fs::directory_iterator(std::string(DRAAD_SOURCE_DIR) + "/samples")) {
    std::string ext = entry.path().extension().string();
    if (ext != ".txt" && ext != ".md" && ext != ".vtt") continue;
    std::string text = body(read_file(entry.path().string()));
    bool extract = entry.path().stem() == "verslag-eindhoven";
    CAPTURE(entry.path().string());
    CHECK(looks_like_pdf_extract(text) == extract);
    if (extract || ext == ".vtt") continue;
    // Leading blank lines go; every other byte stays.
    CHECK(flow(text) == text.substr(text.find_first_not_of('\n')));
    ++checked;
  }
  CHECK(checked >= 4);
}

TEST_CASE("reflow: a 50 MB single line and random bytes in linear time") {
  std::string line(50'000'000, 'a');
  for (std::size_t i = 8; i < line.size(); i += 9) line[i] = ' ';
  auto t0 = std::chrono::steady_clock::now();
  CHECK_FALSE(looks_like_pdf_extract(line));
  CHECK(flow(line) == line);
  // Broken "words" of millions of letters before and after a line-end hyphen.
  const std::string a(5'000'000, 'a'), b(5'000'000, 'b');
  CHECK(flow(a + "-\n" + b).size() == a.size() + b.size());
  // A guard against quadratic work, not a speed measure: linear takes seconds even under TSan on a
  // busy machine (7 s alone, 41 s beside two other test runs), quadratic would take hours.
  CHECK(std::chrono::steady_clock::now() - t0 < std::chrono::seconds(300));

  std::mt19937 rng(7);
  std::string noise(200'000, '\0');
  for (char& c : noise) c = static_cast<char>(rng() % 4 ? rng() % 255 + 1 : "\n- \f"[rng() % 4]);
  (void)looks_like_pdf_extract(noise);
  (void)reflow(noise);  // invalid UTF-8 must not crash
  draad::NormaliseOptions lenient;
  lenient.lenient = true;
  std::string text = draad::normalise(noise, "noise", lenient).text;
  (void)looks_like_pdf_extract(text);
  std::string once = flow(text);
  CHECK(flow(once).size() > 0);
}

TEST_CASE("reflow: content that recurs is kept: sentences, labelled lines, repeated paragraphs") {
  // Three sessions joined into one file: each opens with the same heading
  // and question and closes with the same two lines; none of it is furniture.
  std::string text;
  for (const char* city : {"Zwolle", "Deventer", "Almelo"}) {
    text += "Verslag gesprekstafel\n\nWat betekent de buurt voor u?\n\n";
    text += std::string("In ") + city + " kwamen bewoners bij elkaar om te praten over\n";
    text += "de plannen voor het plein en de bibliotheek in de wijk.\n\n";
    text += "Gespreksleider: Dank u wel\n\nMet vriendelijke groet\nhet wijkteam\n\n";
  }
  auto r = reflow(text);
  CHECK(r.dropped.empty());
  std::size_t copies = 0;
  for (std::size_t at = 0; (at = r.text.find("Verslag gesprekstafel\n\nWat betekent de buurt voor u?", at)) !=
                           std::string::npos;
       ++at)
    ++copies;
  CHECK(copies == 3);
  // Without page marks a short line recurring at short intervals is no header either.
  std::string lines;
  for (int i = 0; i < 4; ++i) lines += "Kernpunt\n\nEen punt over de buurt " + std::to_string(i) + "\n\n";
  CHECK(reflow(lines).dropped.empty());
}

TEST_CASE("reflow_in_place: the text becomes what reflow gives, written over itself or, where it grows, into a copy") {
  // Shrinks (line ends and a broken word joined, a page number dropped): written over the text.
  std::string shrinks =
      "In de wijk kwamen veertien bewoners bij elkaar om te praten over de diver-\n"
      "siteit van het plein.\n\n- 1 -\n\fDe gespreksleider opende met een vraag.\n";
  const std::string expected_shrunk =
      "In de wijk kwamen veertien bewoners bij elkaar om te praten over de diversiteit van het plein.\n\n"
      "De gespreksleider opende met een vraag.\n";
  CHECK(flow(shrinks) == expected_shrunk);
  const auto dropped = draad::reflow_in_place(shrinks);
  CHECK(shrinks == expected_shrunk);
  CHECK(dropped == std::vector<draad::DroppedLine>{{4, "- 1 -", 1}});
  // Grows (each list item after a single line break opens a paragraph): into a copy.
  std::string grows = "Afspraken\n- een bankje bij de bushalte\n- een buurtapp\n";
  draad::reflow_in_place(grows);
  CHECK(grows == "Afspraken\n\n- een bankje bij de bushalte\n\n- een buurtapp\n");
  // The blank line that opens the second paragraph is written over the
  // indentation of its line, which must have been read before.
  std::string indented = "Het plein is te leeg.\n      Daarom komt er een bankje.\n";
  draad::reflow_in_place(indented);
  CHECK(indented == "Het plein is te leeg.\n\nDaarom komt er een bankje.\n");
}

TEST_CASE("reflow: a dropped line carries its page, counted by form feeds") {
  std::string text;
  for (int page = 1; page <= 3; ++page)
    text += "Gemeente Zwolle - verslag\n\nDe bewoners van de wijk spraken op pagina " + std::to_string(page) +
            " over het plein.\n\n" + "Pagina " + std::to_string(page) + " van 3\n\f";
  const auto r = reflow(text);
  std::vector<std::int64_t> pages;
  for (const auto& d : r.dropped) pages.push_back(d.page);
  CHECK(pages == std::vector<std::int64_t>{1, 1, 2, 2, 3, 3});
}
