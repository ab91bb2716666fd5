// What kind of pattern a bare string is, where nothing else says: several
// words (a space, tab or line end in it) are a phrase, one word with a '*' a
// glob, anything else a term. `draad kwic`, a code's `exclude` list and the
// dictionary importers read their patterns so, and a codebook's `terms` list
// refuses a string that is not a term by saying where it belongs.
#pragma once

#include <string_view>

namespace draad {

enum class PatternKind { term, glob, phrase };

inline PatternKind pattern_kind(std::string_view text) {
  if (text.find_first_of(" \t\n") != std::string_view::npos) return PatternKind::phrase;
  if (text.find('*') != std::string_view::npos) return PatternKind::glob;
  return PatternKind::term;
}

}  // namespace draad
