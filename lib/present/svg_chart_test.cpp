#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <pugixml.hpp>

#include "present/svg_chart.h"

using namespace draad::present;

namespace {

// The texts of the <text class="cls"> elements, in order.
std::vector<std::string> texts(const pugi::xml_node& svg, const std::string& cls) {
  std::vector<std::string> out;
  const std::string xpath = "//text[@class='" + cls + "']";
  for (const auto& node : svg.select_nodes(xpath.c_str())) out.push_back(node.node().text().get());
  return out;
}

}  // namespace

TEST_CASE("svg_chart: escape makes any text safe in content and attributes") {
  CHECK(escape("a & b <c> \"d\" 'e'") == "a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#39;");
  CHECK(escape("x\x01y") == "x y");
}

TEST_CASE("svg_chart: a bar chart is labelled for screen readers and writes every value beside its bar") {
  BarChart chart;
  chart.id = "c1";
  chart.title = "Spelregels & <grenzen>";
  chart.description = "Segmenten per sessie.";
  chart.category_label = "sessie";
  chart.value_label = "segmenten";
  chart.colour = "#f28e2b";
  chart.bars = {{"2", 3}, {"5", 0}, {"10", 12}};
  pugi::xml_document doc;
  REQUIRE(doc.load_string(svg(chart).c_str()));
  const auto root = doc.child("svg");
  CHECK(std::string(root.attribute("role").value()) == "img");
  CHECK(std::string(root.attribute("aria-labelledby").value()) == "c1-title c1-desc");
  CHECK(std::string(root.child("title").text().get()) == "Spelregels & <grenzen>");
  CHECK(std::string(root.child("title").attribute("id").value()) == "c1-title");
  CHECK(std::string(root.child("desc").text().get()) == "Segmenten per sessie. 2: 3; 5: 0; 10: 12.");
  CHECK(texts(root, "chart-title") == std::vector<std::string>{"Spelregels & <grenzen>"});
  CHECK(texts(root, "category") == std::vector<std::string>{"2", "5", "10"});
  CHECK(texts(root, "value") == std::vector<std::string>{"3", "0", "12"});
  CHECK(texts(root, "axis-label") == std::vector<std::string>{"sessie", "segmenten"});
  CHECK(texts(root, "tick") == std::vector<std::string>{"0", "5", "10", "15"});
  CHECK(root.select_nodes("//rect[@fill='#f28e2b']").size() == 3);
}

TEST_CASE("svg_chart: a heat map writes each cell's text, shades by value and hatches empty cells") {
  HeatMap map;
  map.id = "h";
  map.title = "Rode draden";
  map.description = "Aandelen.";
  map.row_label = "draad";
  map.column_label = "sessie";
  map.colour = "#000000";
  map.rows = {"a", "b"};
  map.columns = {"1", "2"};
  map.values = {{0.5, 0.0}, {std::nullopt, 0.25}};
  map.text = {{"50,0%", "0,0%"}, {"", "25,0%"}};
  pugi::xml_document doc;
  REQUIRE(doc.load_string(svg(map).c_str()));
  const auto root = doc.child("svg");
  CHECK(std::string(root.child("desc").text().get()) == "Aandelen. a: 1 50,0%, 2 0,0%. b: 1 -, 2 25,0%.");
  CHECK(texts(root, "cell") == std::vector<std::string>{"50,0%", "0,0%", "", "25,0%"});
  CHECK(texts(root, "row") == std::vector<std::string>{"a", "b"});
  CHECK(texts(root, "column") == std::vector<std::string>{"1", "2"});
  // The largest value is darkest (and gets white text); 0 is white; no value is hatched.
  const auto rects = root.select_nodes("//rect");
  REQUIRE(rects.size() == 4);
  CHECK(std::string(rects[0].node().attribute("fill").value()) == "#191919");
  CHECK(std::string(rects[1].node().attribute("fill").value()) == "#ffffff");
  CHECK(std::string(rects[2].node().attribute("fill").value()) == "url(#h-none)");
  CHECK(std::string(root.select_node("//text[@class='cell']").node().attribute("fill").value()) == "#fff");
}
