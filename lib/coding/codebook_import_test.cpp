#include <doctest/doctest.h>

#include <string>

#include "base/error.h"
#include "coding/codebook_import.h"

using draad::DictionaryFormat;
using draad::import_dictionary;

TEST_CASE("codebook_import: the format comes from the .dic name or a leading %") {
  CHECK(draad::dictionary_format("woorden.dic", "") == DictionaryFormat::liwc);
  CHECK(draad::dictionary_format("-", "%\n1\tx\n%\n") == DictionaryFormat::liwc);
  CHECK(draad::dictionary_format("woorden.yml", "buren: [buur*]\n") == DictionaryFormat::quanteda);
}

TEST_CASE("codebook_import: LIWC categories become the codes of one theme") {
  const std::string dic = "%\n1\tSociaal\n2\tSociaal\n%\nbuur*\t1\nsamen\t1 2\nfijn weer\t2\n";
  CHECK(import_dictionary(dic, DictionaryFormat::liwc, "w.dic", "Mijn Woorden", false) ==
        "# Imported by draad codebook convert from w.dic (LIWC dictionary).\n"
        "codebook: mijn_woorden\nversion: 1\nlanguage: nl\nthemes:\n  mijn_woorden:\n    label: Mijn Woorden\n"
        "    codes:\n"
        "      sociaal:\n        label: Sociaal\n        globs: [buur*, samen]\n"
        "      sociaal_2:\n        label: Sociaal\n        globs: [samen]\n        phrases: [fijn weer]");
  // --terms: a word without * becomes a term; a prefix stays a glob.
  const std::string terms = import_dictionary(dic, DictionaryFormat::liwc, "w.dic", "w", true);
  CHECK(terms.find("        terms: [samen]\n        globs: [buur*]\n") != std::string::npos);
}

TEST_CASE("codebook_import: a quanteda dictionary's top level becomes themes") {
  const std::string yml = "Buren:\n  - buurvrouw\n  - Hulp:\n      - help*\nplekken: [buurthuis, plek om te praten]\n";
  CHECK(import_dictionary(yml, DictionaryFormat::quanteda, "d.yml", "d", true) ==
        "# Imported by draad codebook convert from d.yml (quanteda-style YAML dictionary).\n"
        "codebook: d\nversion: 1\nlanguage: nl\nthemes:\n"
        "  buren:\n    label: Buren\n    codes:\n"
        "      buren:\n        label: Buren\n        terms: [buurvrouw]\n"
        "      hulp:\n        label: Hulp\n        globs: [help*]\n"
        "  plekken:\n    label: plekken\n    codes:\n"
        "      plekken:\n        label: plekken\n        terms: [buurthuis]\n        phrases: [plek om te praten]");
}

TEST_CASE("codebook_import: malformed dictionaries name file, line and column") {
  auto message = [](const std::string& content, DictionaryFormat format) {
    try {
      import_dictionary(content, format, "x", "x", false);
    } catch (const draad::DataError& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  CHECK(message("%\n1\tSociaal\n%\nburen\t2\n", DictionaryFormat::liwc) == "x:4:7: unknown category number 2");
  CHECK(message("1\tSociaal\n", DictionaryFormat::liwc) ==
        "x:1:1: a LIWC dictionary starts with a '%' line before its categories");
  CHECK(message("%\n1\tSociaal\n", DictionaryFormat::liwc) ==
        "x: no word section: a LIWC dictionary has '%' lines around its categories");
  CHECK(message("- a\n- b\n", DictionaryFormat::quanteda) == "x:1:1: a quanteda dictionary is a YAML mapping of categories");
  CHECK(message("{}\n", DictionaryFormat::quanteda) == "x: the dictionary has no categories");
}
