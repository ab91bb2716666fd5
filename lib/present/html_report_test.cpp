#include <doctest/doctest.h>

#include <pugixml.hpp>

#include "coding/codebook.h"
#include "present/html_report.h"
#include "support.h"

using namespace draad;

TEST_CASE("html_report: a stream without segments gives a well-formed page with empty charts and no quotes") {
  const Codebook cb = load(test::data_path("report/codebook.yaml"));
  const std::string header = test::read_file(test::data_path("report/codings.tsv")).substr(0, 200);
  const std::string path = test::temp_dir() + "/leeg.tsv";
  test::write_file(path, header.substr(0, header.find('\n') + 1));
  present::ReportOptions options;
  options.language = present::Language::en;
  options.command = "draad report <test>";
  const std::string page = present::html_report(cb, path, options);
  pugi::xml_document doc;
  REQUIRE(doc.load_string(page.c_str()));
  CHECK(doc.select_nodes("//svg").size() == 5);
  CHECK(doc.select_nodes("//text[@class='value']").empty());  // no session, no bar
  CHECK(doc.select_nodes("//blockquote").empty());
  CHECK(std::string(doc.select_node("//dl/dd[last()]/code").node().text().get()) == "draad report <test>");
  CHECK(std::string(doc.select_node("//section[@id='methode']/p").node().text().get())
            .starts_with("The 0 segments of 0 documents were coded automatically with codebook klein version 2 "
                         "(hash c8fd7852) by draad "));
}
