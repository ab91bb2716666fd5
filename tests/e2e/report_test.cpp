#include <doctest/doctest.h>

#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include "support.h"

using draad::test::run_draad;

namespace {

const std::string kDir = "tests/data/report/";

std::vector<std::string> report_args(std::vector<std::string> extra = {}) {
  std::vector<std::string> args = {"report", "-c", kDir + "codebook.yaml", "--by", "sessie", "--bootstrap", "200"};
  args.insert(args.end(), extra.begin(), extra.end());
  return args;
}

std::vector<std::string> texts(const pugi::xml_node& node, const std::string& xpath) {
  std::vector<std::string> out;
  for (const auto& n : node.select_nodes(xpath.c_str())) out.push_back(n.node().text().get());
  return out;
}

}  // namespace

TEST_CASE("report e2e: one well-formed page, every chart titled, nothing fetched, input text escaped") {
  auto r = run_draad(report_args({"--coders", kDir + "anna.tsv," + kDir + "bram.tsv", kDir + "codings.tsv"}));
  CHECK(r.status == 0);
  CHECK(r.err == "");
  pugi::xml_document doc;
  const auto parsed = doc.load_string(r.out.c_str());
  INFO(parsed.description());
  REQUIRE(parsed);
  CHECK(r.out.starts_with("<!DOCTYPE html>\n<html lang=\"nl\">"));

  const auto charts = doc.select_nodes("//svg");
  CHECK(charts.size() == 5);  // three themes, the threads, the co-occurrence
  for (const auto& c : charts) {
    const auto svg = c.node();
    CHECK(std::string(svg.attribute("role").value()) == "img");
    CHECK(!std::string(svg.child("title").text().get()).empty());
    CHECK(!std::string(svg.child("desc").text().get()).empty());
    CHECK(texts(svg, ".//text[@class='axis-label']").size() == 2);
  }
  // No script, stylesheet link, image or frame; no address to fetch.
  for (const char* tag : {"script", "link", "img", "iframe", "object", "embed"})
    CHECK(doc.select_nodes((std::string("//") + tag).c_str()).empty());
  for (const auto& a : doc.select_nodes("//@src | //@href")) {
    const std::string value = a.attribute().value();
    CHECK(value.find("http://") == std::string::npos);
    CHECK(value.find("https://") == std::string::npos);
  }
  CHECK(r.out.find("http://") == std::string::npos);
  CHECK(r.out.find("https://") == std::string::npos);
  CHECK(r.out.find("@import") == std::string::npos);
  CHECK(r.out.find("url(#") != std::string::npos);  // the hatching of empty cells: an id in the page
  CHECK(r.out.find("url(h") == std::string::npos);

  // Sections: overview, themes, threads, co-occurrence, agreement, methods; print breaks between them.
  CHECK(texts(doc, "//h2") == std::vector<std::string>{"Thema's", "Ruimte voor ontmoeting", "Spelregels & <grenzen>",
                                                       "Wederkerigheid", "Rode draden", "Samenhang tussen thema's",
                                                       "Overeenstemming tussen codeurs", "Methode"});
  CHECK(r.out.find("Spelregels &amp; &lt;grenzen&gt;") != std::string::npos);
  CHECK(r.out.find("section { break-before: page; }") != std::string::npos);
  CHECK(texts(doc, "//dl/dd")[0] == "3");  // documents
  CHECK(texts(doc, "//dl/dd")[3] == "12");  // segments

  // Quotes: from different sessions, with the speaker escaped.
  CHECK(texts(doc, "//section[@id='thema-spelregels']//blockquote/footer") ==
        std::vector<std::string>{"— Anna, sessie 2 (sessie-zwolle)", "— Kees & <Co>, sessie 5 (sessie-utrecht)"});

  // The methods paragraph, in Dutch, from the run.
  const std::string methods = doc.select_node("//section[@id='methode']/p").node().text().get();
  CHECK(methods.starts_with("De 12 segmenten uit 3 documenten zijn automatisch gecodeerd met codeboek klein versie 2 "
                            "(hash c8fd7852) door draad "));
  CHECK(methods.find("; 7 segmenten (58,3%) kregen ten minste één code.") != std::string::npos);
  CHECK(methods.find("Twee codeurs codeerden 8 segmenten; Krippendorffs α = ") != std::string::npos);
  CHECK(methods.find(" (95%-BI ") != std::string::npos);
}

TEST_CASE("report e2e: every number in a theme's chart is the one draad freq gives") {
  auto r = run_draad(report_args({kDir + "codings.tsv"}));
  REQUIRE(r.status == 0);
  pugi::xml_document doc;
  REQUIRE(doc.load_string(r.out.c_str()));
  auto f = run_draad({"freq", "--by", "theme,sessie", "--format", "json", kDir + "codings.tsv"});
  REQUIRE(f.status == 0);
  const auto table = nlohmann::json::parse(f.out);
  std::map<std::string, nlohmann::json> row_of;
  for (const auto& row : table["rows"]) row_of[row["theme"].get<std::string>()] = row;
  const std::vector<std::string> themes = {"ontmoeting", "spelregels", "wederkerigheid"};
  const std::vector<std::string> sessions = {"2", "5", "10"};
  for (std::size_t t = 0; t < themes.size(); ++t) {
    const std::string id = "chart-theme-" + std::to_string(t + 1);
    const auto svg = doc.select_node(("//svg[@aria-labelledby='" + id + "-title " + id + "-desc']").c_str()).node();
    REQUIRE(svg);
    CHECK(texts(svg, ".//text[@class='category']") == sessions);
    std::vector<std::string> expected;
    for (const auto& s : sessions) expected.push_back(std::to_string(row_of.at(themes[t])[s].get<int>()));
    CHECK(texts(svg, ".//text[@class='value']") == expected);
  }
}

TEST_CASE("report e2e: English on request, standard input, errors name standard input") {
  auto en = run_draad(report_args({"--lang", "en", kDir + "codings.tsv"}));
  CHECK(en.status == 0);
  CHECK(en.out.find("<html lang=\"en\">") != std::string::npos);
  CHECK(en.out.find("<h2>Co-occurrence of themes</h2>") != std::string::npos);
  CHECK(en.out.find("got at least one code") != std::string::npos);

  const std::string input = draad::test::read_file(draad::test::data_path("report/codings.tsv"));
  auto piped = run_draad(report_args(), input);
  CHECK(piped.status == 0);
  CHECK(piped.err == "");
  auto from_file = run_draad(report_args({kDir + "codings.tsv"}));
  // The same page but for the command line in the overview.
  const auto cut = [](const std::string& page) {
    const auto at = page.find("<dt>Gemaakt met</dt>");
    return page.substr(0, at) + page.substr(page.find("</dd>", at));
  };
  CHECK(cut(piped.out) == cut(from_file.out));

  auto other = run_draad(report_args(), draad::test::read_file(draad::test::data_path("threads/codings.tsv")));
  CHECK(other.status == 1);
  CHECK(other.err.starts_with("draad report: <stdin>:2: these codings were made with codebook 'klein@2#c17ec091'"));
  auto no_quotes = run_draad(report_args({"--quotes", "0", kDir + "codings.tsv"}));
  CHECK(no_quotes.status == 0);
  CHECK(no_quotes.out.find("<h3>Citaten</h3>") == std::string::npos);
  auto one_coder = run_draad(report_args({"--coders", kDir + "anna.tsv", kDir + "codings.tsv"}));
  CHECK(one_coder.status == 2);
}

TEST_CASE("report e2e: --where reports on the chosen segments only, --pseudonymise leaves no speaker's name") {
  auto all = run_draad(report_args({kDir + "codings.tsv"}));
  auto chosen = run_draad(report_args({"--where", "sessie!=10", kDir + "codings.tsv"}));
  REQUIRE(chosen.status == 0);
  CHECK(all.out.find("<dt>Segmenten</dt><dd>12</dd>") != std::string::npos);
  CHECK(chosen.out.find("<dt>Segmenten</dt><dd>8</dd>") != std::string::npos);
  CHECK(chosen.out.find("Groningen") == std::string::npos);

  const std::string key = draad::test::temp_dir() + "/sleutel.tsv";
  auto named = run_draad(report_args({"--pseudonymise", "--pseudonym-key", key, kDir + "codings.tsv"}));
  REQUIRE(named.status == 0);
  for (const char* name : {"Anna", "Fatima", "Kees"}) {  // the speakers quoted
    CHECK_MESSAGE(all.out.find(name) != std::string::npos, name);
    CHECK_MESSAGE(named.out.find(name) == std::string::npos, name);
  }
  CHECK(named.out.find("Deelnemer 1") != std::string::npos);
  CHECK(draad::test::read_file(key) ==
        "doc\tspeaker\trole\tpseudonym\n"
        "sessie-zwolle\tAnna\tdeelnemer\tDeelnemer 1\n"
        "sessie-zwolle\tBram\tdeelnemer\tDeelnemer 2\n"
        "sessie-utrecht\tFatima\tdeelnemer\tDeelnemer 3\n"
        "sessie-utrecht\tKees & <Co>\tdeelnemer\tDeelnemer 4\n");
}
