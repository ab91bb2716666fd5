#include <doctest/doctest.h>

#include "base/error.h"
#include "present/wording.h"
#include "support.h"

using namespace draad;
using namespace draad::present;

TEST_CASE("wording: phrases and words in Dutch, their holes filled and translated, unknown text unchanged") {
  CHECK(say("Segments per theme and sessie", Language::nl) == "Segmenten per thema en sessie");
  CHECK(say("Segments per theme and sessie", Language::en) == "Segments per theme and sessie");
  CHECK(say("Frequencies per code and plaats, sessie", Language::nl) == "Frequenties per code en plaats, sessie");
  CHECK(say("Frequencies per theme", Language::nl) == "Frequenties per thema");
  CHECK(say("Share of segments (%) per theme and doc; (all) gives the denominators", Language::nl) ==
        "Aandeel segmenten (%) per thema en document; (alle) geeft de noemers");
  CHECK(say("Co-occurrence of themes within a segment: c-coefficient (N = 671 segments)", Language::nl) ==
        "Samen voorkomen van thema's binnen een segment: c-coëfficiënt (N = 671 segmenten)");
  CHECK(say("Agreement per code (2 coders: anna, bram)", Language::nl) ==
        "Overeenstemming per code (2 codeurs: anna, bram)");
  CHECK(say("share", Language::nl) == "aandeel");
  CHECK(say("sessie", Language::nl) == "sessie");
  CHECK(say("Iets heel anders", Language::nl) == "Iets heel anders");
  CHECK(parse_language("en") == Language::en);
  CHECK_THROWS_AS(parse_language("de"), UsageError);
}

TEST_CASE("wording: translate changes headings, notes and marker cells, never data") {
  report::Table t;
  t.title = "Segments per theme and sessie";
  t.columns = {{"theme"}, {"1", report::Kind::integer}, {"total", report::Kind::integer}};
  t.rows = {{"ontmoeting", 3, 3}, {"share", 1, 1}, {"(any theme)", 4, 4}, {"(all)", 9, 9}};
  t.notes = {"the diagonal gives n, the units holding the key"};
  std::vector<report::Table> tables{t};
  translate(tables, Language::nl);
  CHECK(tables[0].title == "Segmenten per thema en sessie");
  CHECK(tables[0].columns[0].name == "thema");
  CHECK(tables[0].columns[1].name == "1");
  CHECK(tables[0].columns[2].name == "totaal");
  CHECK(std::get<std::string>(tables[0].rows[1][0].value) == "share");  // a data value, however English it looks
  CHECK(std::get<std::string>(tables[0].rows[2][0].value) == "(enig thema)");
  CHECK(std::get<std::string>(tables[0].rows[3][0].value) == "(alle)");
  CHECK(tables[0].notes[0] == "de diagonaal geeft n, de eenheden met de sleutel");
  std::vector<report::Table> english{t};
  translate(english, Language::en);
  CHECK(english[0].title == t.title);
  CHECK(english[0].columns[0].name == "theme");
}

TEST_CASE("wording: for_people is text, md, xlsx and csv for Excel") {
  CHECK(for_people(report::Format::text, false));
  CHECK(for_people(report::Format::md, false));
  CHECK(for_people(report::Format::xlsx, false));
  CHECK(for_people(report::Format::csv, true));
  CHECK_FALSE(for_people(report::Format::csv, false));
  CHECK_FALSE(for_people(report::Format::tsv, false));
  CHECK_FALSE(for_people(report::Format::json, false));
}

TEST_CASE("wording: use_labels puts the codebook's labels where a whole cell or column name is an id") {
  const Codebook cb = load(draad::test::data_path("report/codebook.yaml"));
  report::Table t;
  t.columns = {{"code"}, {"ontmoeting", report::Kind::integer}};
  t.rows = {{"ontmoeting/buurthuis", 1}, {"sociaal_vertrouwen", 2}, {"ontmoeting en meer", 3}};
  std::vector<report::Table> tables{t};
  use_labels(tables, cb);
  CHECK(tables[0].columns[0].name == "code");
  CHECK(tables[0].columns[1].name == "Ruimte voor ontmoeting");
  CHECK(std::get<std::string>(tables[0].rows[0][0].value) == "Buurthuis");
  CHECK(std::get<std::string>(tables[0].rows[1][0].value) == "Sociaal vertrouwen is essentieel");
  CHECK(std::get<std::string>(tables[0].rows[2][0].value) == "ontmoeting en meer");
}
