// Parsing YAML that a user hands over (codebooks, front matter, imported
// dictionaries) without trusting it.
//
// yaml-cpp follows aliases without limit: `a: &a [*a]` is a node inside
// itself (walking it overflows the stack) and a few hundred bytes of nested
// aliases expand to billions of nodes. load_yaml() refuses both before any
// reader walks the tree, and says why instead of crashing: a recursive
// alias, more than `max_nodes` nodes with aliases expanded, nesting deeper
// than `max_depth`, a NUL byte or UTF-16 text, invalid UTF-8, a syntax error
// and a second document are each a DataError with file, line and code point
// column.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <yaml-cpp/yaml.h>

#include "base/error.h"

namespace draad {

struct YamlLimits {
  std::size_t max_nodes = 200'000;  // counted with every alias expanded
  int max_depth = 64;               // nesting of sequences and mappings
};

// Parses `content`, which starts at line `first_line` of `name` (front matter
// starts at line 2 of its document).
YAML::Node load_yaml(std::string_view content, const std::string& name, const YamlLimits& limits = {},
                     std::int64_t first_line = 1);

// The location in `content` (from load_yaml's arguments) of a yaml-cpp mark,
// with the column in code points; line 0 when the mark is unknown.
Location yaml_location(std::string_view content, const std::string& name, const YAML::Mark& mark,
                       std::int64_t first_line = 1);

}  // namespace draad
