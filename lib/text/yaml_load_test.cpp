#include "text/yaml_load.h"

#include <doctest/doctest.h>

#include "base/error.h"

using draad::DataError;
using draad::load_yaml;
using draad::YamlLimits;

namespace {

std::string error_of(std::string_view content) {
  try {
    load_yaml(content, "x.yaml", YamlLimits{1000, 16});
  } catch (const DataError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("yaml_load: one document, empty and comment-only files are null") {
  CHECK(load_yaml("a: 1\nb: [2, 3]\n", "x.yaml", YamlLimits{1000, 16})["b"][1].as<int>() == 3);
  CHECK(load_yaml("", "x.yaml", YamlLimits{1000, 16}).IsNull());
  CHECK(load_yaml("# alleen commentaar\n", "x.yaml", YamlLimits{1000, 16}).IsNull());
  CHECK(error_of("a: 1\n---\nb: 2\n") == "x.yaml:2:1: a second YAML document (after '---'); a file holds one");
}

TEST_CASE("yaml_load: input on which yaml-cpp's LoadAll would never end is an error") {
  // A stray ',' makes yaml-cpp 0.7 start document after document at the same place.
  CHECK(error_of(",: a\n\tb\n") == "x.yaml:1:1: malformed YAML that the parser cannot read (a stray ',' or ':' before a tab?)");
  CHECK(error_of(",\n") == "x.yaml:1:1: malformed YAML that the parser cannot read (a stray ',' or ':' before a tab?)");
}

TEST_CASE("yaml_load: aliases, depth and node counts are bounded") {
  CHECK(error_of("a: &a [*a]\n").find("a recursive alias") != std::string::npos);
  CHECK(error_of("a: " + std::string(20, '[') + "1" + std::string(20, ']') + "\n") ==
        "x.yaml:1:19: nested deeper than 16 levels");
}
