#include <doctest/doctest.h>

#include "base/error.h"
#include "analysis/quotes.h"
#include "stream/report.h"
#include "support.h"

using namespace draad;

TEST_CASE("quotes: an excerpt is the sentences around the hits, code point offsets") {
  // "één " is 4 code points but 6 bytes: offsets must be converted.
  const std::string text = "Eerst dit. Dan één buurthuis, en nog een buurthuis. Tot slot.";
  auto e = quotes::excerpt(text, 100, {{"buurthuis", 119, 128}, {"buurthuis", 141, 150}});
  CHECK(e.text == text);  // 43 bytes: the short neighbours join
  CHECK(quotes::excerpt(text, 100, {{"buurthuis", 119, 128}}, 50).text == "… Dan één buurthuis, en nog een buurthuis. …");
  REQUIRE(e.marks.size() == 2);
  CHECK(e.text.substr(e.marks[0].begin, e.marks[0].end - e.marks[0].begin) == "buurthuis");
  CHECK(e.text.substr(e.marks[1].begin, e.marks[1].end - e.marks[1].begin) == "buurthuis");
  // Offsets that do not match the text: found by surface.
  auto f = quotes::excerpt(text, 0, {{"slot", 500, 504}});
  CHECK(f.text == text);  // short: its neighbours join
  CHECK(f.marks.size() == 1);
  // No hits: the first sentence, here with its short neighbours.
  CHECK(quotes::excerpt(text, 0, {}, 30).text == "Eerst dit. …");
  CHECK(quotes::excerpt(text, 0, {}).text == text);
  // A later sentence with a hit joins only within the byte limit.
  auto g = quotes::excerpt(text, 100, {{"Eerst", 100, 105}, {"slot", 156, 160}}, 20);
  CHECK(g.text == "Eerst dit. …");
}

TEST_CASE("quotes: spread over documents, no speaker twice while another is left") {
  quotes::Options o;
  o.theme = "ontmoeting";
  o.count = 4;
  auto t = quotes::pick({test::data_path("quotes/speakers.tsv")}, o);
  CHECK(report::render({t}, report::Format::tsv) ==
        "doc\tseg\tspeaker\thits\tquote\n"
        "een\t1\tAnna\t3\tBuurthuis, buurthuis, buurthuis! Echt waar.\n"
        "twee\t1\tCor\t1\tOns buurthuis is dicht.\n"
        "een\t3\tBram\t1\tIk ga soms naar het buurthuis.\n"
        "een\t2\tAnna\t2\tHet buurthuis en nog een buurthuis.\n");
  CHECK(report::render({t}, report::Format::md).find("| twee | 1 | Cor | 1 | Ons **buurthuis** is dicht. |") !=
        std::string::npos);
}

TEST_CASE("quotes: a theme over sessions of the codings fixture, by plaats with attributes") {
  quotes::Options o;
  o.theme = "ontmoeting";
  o.by = "plaats";
  o.attributes = {"sessie"};
  auto t = quotes::pick({test::data_path("freq/codings.tsv")}, o);
  CHECK(report::render({t}, report::Format::tsv) ==
        "doc\tseg\tspeaker\tplaats\tsessie\thits\tquote\n"
        "sessie-zwolle\t1\tAnna\tZwolle\t2\t3\tIn het buurthuis en de bibliotheek ontmoet je elkaar. Dat is fijn.\n"
        "verslag-groningen\t1\t\tGroningen\t10\t1\tEr zijn te weinig ontmoetingsplekken.\n"
        "sessie-utrecht\t3\tKees\tUtrecht\t5\t1\tHet buurthuis heeft regels. Daardoor voel ik me veilig.\n"
        "sessie-zwolle\t4\tBram\tZwolle\t2\t1\tEen ontmoetingsplek in de wijk zou helpen.\n");
  o = {};
  o.code = "spelregels/veiligheid";
  o.count = 1;
  o.by = "plaats";
  CHECK(report::render({quotes::pick({test::data_path("freq/codings.tsv")}, o)}, report::Format::tsv) ==
        "doc\tseg\tspeaker\tplaats\thits\tquote\n"
        "sessie-utrecht\t3\tKees\tUtrecht\t1\tHet buurthuis heeft regels. Daardoor voel ik me veilig.\n");
}

TEST_CASE("quotes: an unknown theme gets a suggestion") {
  quotes::Options o;
  o.theme = "ontmoting";
  CHECK_THROWS_WITH_AS(quotes::pick({test::data_path("freq/codings.tsv")}, o),
                       doctest::Contains("no segment carries the theme 'ontmoting' (did you mean 'ontmoeting'?)"),
                       DataError);
}

TEST_CASE("quotes: headings are recognised by unit or a markdown heading line") {
  using draad::quotes::is_heading;
  CHECK(is_heading("heading", "Opzet en deelnemers"));
  CHECK(is_heading("paragraph", "## Wat heeft u nodig om uw buren beter te leren kennen?"));
  CHECK_FALSE(is_heading("paragraph", "# dit is een hashtag\nen dan gewone tekst"));
  // The `section` column names the heading above a paragraph, never the paragraph itself.
  CHECK_FALSE(is_heading("paragraph", "2. Opzet en deelnemers"));
  CHECK_FALSE(is_heading("turn", ""));
}
