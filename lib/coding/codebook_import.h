// Dictionaries of other tools imported as draad codebooks.
//
// A LIWC dictionary (.dic) has a category section between two `%` lines
// (`number<TAB or space>name`), then `word<TAB>number<TAB>number...` lines;
// `word*` is a prefix. LIWC categories are flat, so one theme named after the
// codebook holds one code per category. A quanteda-style YAML dictionary is
// nested maps of lists of patterns (`*` a wildcard); its top level becomes the
// themes, deeper levels nested codes, and a theme given patterns of its own
// gets a first code with its label holding them.
//
// Imported words keep the dictionary's exact matching: they become globs, a
// pattern with a space a phrase. With `as_terms` a word without `*` becomes a
// term, which also matches its inflections and inside compounds. Ids are the
// names made ids (make_id); a second `x` among siblings becomes `x_2`.
// Malformed input is a DataError at file:line:column.
#pragma once

#include <string>
#include <string_view>

namespace draad {

enum class DictionaryFormat { liwc, quanteda };

// `name` as a draad id: ASCII lower case with accents dropped (`Geïnspireerd`
// -> geinspireerd), digits, and `_` for each run of anything else; "code"
// when nothing is left.
std::string make_id(std::string_view name);

// LIWC when the path ends in .dic or the content starts with '%'.
DictionaryFormat dictionary_format(std::string_view path, std::string_view content);

// The codebook YAML for the dictionary `content`, read from `file` (named in
// messages and in the codebook's opening comment); `name` is the codebook's
// name (and its id, made an id).
std::string import_dictionary(std::string_view content, DictionaryFormat format, const std::string& file,
                              const std::string& name, bool as_terms);

}  // namespace draad
