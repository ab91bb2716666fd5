#include <doctest/doctest.h>

#include <string>

#include "coding/codebook.h"
#include "coding/codebook_import.h"
#include "coding/qdc.h"
#include "support.h"

using namespace draad;
using draad::test::data_path;

TEST_CASE("qdc: name-based GUIDs are stable, version 8 and RFC 4122 variant") {
  const std::string g = qda::guid("code buurt ontmoeting/plek");
  CHECK(g == qda::guid("code buurt ontmoeting/plek"));
  CHECK(g != qda::guid("code buurt ontmoeting"));
  REQUIRE(g.size() == 36);
  CHECK(g[8] == '-');
  CHECK(g[14] == '8');
  CHECK(std::string("89ab").find(g[19]) != std::string::npos);
  CHECK(g == "d8506f41-f05c-89f2-bb6d-80092b7d4bb4");  // python3: sha256(b"draad REFI-QDA\n" + name)
}

TEST_CASE("qdc: names become ids") {
  CHECK(make_id("Ruimte voor ontmoeting") == "ruimte_voor_ontmoeting");
  CHECK(make_id("Geïnspireerd / Creëren!") == "geinspireerd_creeren");
  CHECK(make_id("  ") == "code");
}

TEST_CASE("qdc: a codebook written as QDC reads back as the same codebook, patterns aside") {
  const Codebook cb = load(data_path("qda/codeboek.yaml"));
  const std::string dir = test::temp_dir();
  test::write_file(dir + "/buurt.qdc", qda::write_qdc(cb));
  const qda::QdaCodebook q = qda::read_qdc(dir + "/buurt.qdc");
  CHECK(q.origin == "draad " + cb.coder());
  REQUIRE(q.codes.size() == 7);  // 2 themes, 5 codes
  CHECK(q.codes[0].id == "ontmoeting");
  CHECK_FALSE(q.codes[0].codable);
  CHECK(q.codes[1].id == "ontmoeting/plek");
  CHECK(q.codes[1].name == "Ontmoetingsplekken");
  CHECK(q.codes[1].include == "Een plek wordt genoemd als plek om elkaar te zien.");
  CHECK(q.codes[3].id == "ontmoeting/plek/bibliotheek/leesclub");
  CHECK(q.codes[3].parent == 2);
  CHECK(q.coding_id(1) == "ontmoeting/plek");

  test::write_file(dir + "/terug.yaml", qda::codebook_yaml(q, "ignored", "buurt.qdc"));
  const Codebook back = load(dir + "/terug.yaml");
  CHECK(back.name == "buurt");
  CHECK(back.version == "1");
  REQUIRE(back.codes.size() == cb.codes.size());
  for (std::size_t i = 0; i < cb.codes.size(); ++i) {
    CAPTURE(cb.codes[i].id);
    CHECK(back.codes[i].id == cb.codes[i].id);
    CHECK(back.codes[i].label == cb.codes[i].label);
    CHECK(back.codes[i].definition == cb.codes[i].definition);
    CHECK(back.codes[i].include == cb.codes[i].include);
    CHECK(back.codes[i].exclude_criteria == cb.codes[i].exclude_criteria);
    CHECK(back.codes[i].example == cb.codes[i].example);
    CHECK(back.codes[i].colour == cb.codes[i].colour);
    CHECK(back.codes[i].terms.empty());
  }
  REQUIRE(back.themes.size() == 2);
  CHECK(back.themes[0].label == cb.themes[0].label);
  CHECK(back.themes[0].description == cb.themes[0].description);
  CHECK(back.themes[1].colour == "#e15759");
  REQUIRE(back.threads.size() == 1);
  CHECK(back.threads[0].id == "samen_leven");
  CHECK(back.threads[0].label == cb.threads[0].label);
  CHECK(back.threads[0].description == cb.threads[0].description);
  CHECK(back.threads[0].codes == cb.threads[0].codes);
  CHECK(back.threads[0].themes == cb.threads[0].themes);
  CHECK(back.threads[0].rule.min_codes == 2);
  CHECK(back.threads[0].rule.scope == ThreadScope::document);
}

TEST_CASE("qdc: another program's flat codebook: codable top-level codes are themes with one code") {
  const std::string dir = test::temp_dir();
  test::write_file(dir + "/atlas.qdc",
                   "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                   "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\" origin=\"ATLAS.ti\">\n"
                   "<Codes>\n"
                   "<Code guid=\"11111111-1111-1111-1111-111111111111\" name=\"Buurt &amp; wijk\" isCodable=\"true\" color=\"#F0a\">\n"
                   "<Description>Alles over de buurt.\nWel coderen: straat, plein</Description>\n"
                   "<Code guid=\"22222222-2222-2222-2222-222222222222\" name=\"Straat\" isCodable=\"true\">\n"
                   "<Code guid=\"33333333-3333-3333-3333-333333333333\" name=\"Straat\" isCodable=\"false\"/>\n"
                   "</Code></Code>\n"
                   "<Code guid=\"44444444-4444-4444-4444-444444444444\" name=\"Straat\" isCodable=\"true\"/>\n"
                   "</Codes></CodeBook>\n");
  const qda::QdaCodebook q = qda::read_qdc(dir + "/atlas.qdc");
  REQUIRE(q.codes.size() == 4);
  CHECK(q.codes[0].id == "buurt_wijk");
  CHECK(q.codes[0].colour == "#ff00aa");
  CHECK(q.codes[0].definition == "Alles over de buurt.");
  CHECK(q.codes[0].include == "straat, plein");
  CHECK(q.codes[1].id == "buurt_wijk/straat");
  CHECK(q.codes[2].id == "buurt_wijk/straat/straat");
  CHECK(q.codes[3].id == "straat");
  CHECK(q.coding_id(0) == "buurt_wijk/buurt_wijk");
  CHECK(q.coding_id(3) == "straat/straat");
  CHECK(q.find("44444444-4444-4444-4444-444444444444") == 3);
  CHECK(qda::codebook_yaml(q, "Mijn project", "atlas.qdc") ==
        "# Imported by draad codebook convert from atlas.qdc (REFI-QDA codebook). It has no patterns: add terms, "
        "globs or phrases for draad code.\n"
        "codebook: mijn_project\n"
        "version: 1\n"
        "language: nl\n"
        "themes:\n"
        "  buurt_wijk:\n"
        "    label: Buurt & wijk\n"
        "    description: \"Alles over de buurt.\\nstraat, plein\"\n"
        "    colour: \"#ff00aa\"\n"
        "    codes:\n"
        "      buurt_wijk:\n"
        "        label: Buurt & wijk\n"
        "        definition: Alles over de buurt.\n"
        "        criteria:\n"
        "          include: straat, plein\n"
        "        colour: \"#ff00aa\"\n"
        "      straat:\n"
        "        label: Straat\n"
        "        codes:\n"
        "          straat:\n"
        "            label: Straat\n"
        "  straat:\n"
        "    label: Straat\n"
        "    codes:\n"
        "      straat:\n"
        "        label: Straat\n");
}

TEST_CASE("qdc: located errors") {
  const std::string dir = test::temp_dir();
  test::write_file(dir + "/kapot.qdc", "<CodeBook>\n<Codes>\n<Code name=\"x\"\n</Codes>");
  CHECK_THROWS_WITH_AS(qda::read_qdc(dir + "/kapot.qdc"), doctest::Contains("kapot.qdc:4:1: malformed XML: Error parsing start element tag"), DataError);
  test::write_file(dir + "/ander.qdc", "<?xml version=\"1.0\"?>\n<Project/>\n");
  CHECK_THROWS_WITH_AS(qda::read_qdc(dir + "/ander.qdc"),
                       doctest::Contains("ander.qdc:2:1: not a REFI-QDA codebook: the root element is <Project>"),
                       DataError);
  test::write_file(dir + "/dubbel.qdc",
                   "<CodeBook><Codes>\n<Code guid=\"a\" name=\"x\" isCodable=\"true\"/>\n"
                   "<Code guid=\"a\" name=\"y\" isCodable=\"true\"/></Codes></CodeBook>");
  CHECK_THROWS_WITH_AS(qda::read_qdc(dir + "/dubbel.qdc"), doctest::Contains("dubbel.qdc:3:1: a second Code with guid a"),
                       DataError);
}
