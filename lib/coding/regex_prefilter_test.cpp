#include <doctest/doctest.h>

#include <memory>
#include <string>

#include <unicode/regex.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>

#include "base/utf8.h"
#include "coding/regex_prefilter.h"

using draad::RegexPrefilter;

TEST_CASE("regex prefilter: the literal every match starts with") {
  CHECK(RegexPrefilter("samen[- ]?redzaa").literal() == "samen");
  CHECK(RegexPrefilter("Buurt-app").literal() == "buurt-app");
  CHECK(RegexPrefilter("buurten?").literal() == "buurte");     // n may be absent
  CHECK(RegexPrefilter("ab*c").literal() == "a");
  CHECK(RegexPrefilter("hallo{2}").literal() == "hall");
  CHECK(RegexPrefilter("ja+").literal() == "ja");              // at least one a
  CHECK(RegexPrefilter("wij(k|ken)").literal() == "wij");     // a group after the literal
  CHECK(RegexPrefilter("(samen)werk").literal().empty());
  CHECK(RegexPrefilter("\\bsamen").literal().empty());
  CHECK(RegexPrefilter("[Ss]amen").literal().empty());
  CHECK(RegexPrefilter("^samen").literal().empty());
  CHECK(RegexPrefilter("a?b").literal().empty());
  CHECK(RegexPrefilter("samen|buurt").literal().empty());      // a top-level | makes either part optional
}

TEST_CASE("regex prefilter: the longest literal every match holds, wherever it stands") {
  CHECK(RegexPrefilter("samen[- ]?redzaa").required() == "redzaa");
  CHECK(RegexPrefilter("\\b(goede|geen) manieren\\b").required() == " manieren");
  CHECK(RegexPrefilter("(?:goed|slecht)e buren").required() == "e buren");
  CHECK(RegexPrefilter("[Ss]amen").required() == "amen");
  CHECK(RegexPrefilter("\\bsamen").required() == "samen");
  CHECK(RegexPrefilter("mijn nederlands\\b").required().empty());  // the literal it opens with is the longest
  CHECK(RegexPrefilter("samen|buurtwerk").required().empty());
  CHECK(RegexPrefilter("buurt(werk|huis|app)+").required().empty());
  CHECK(RegexPrefilter("wij[kn]?elkaar{0,2}s").required() == "elkaa");  // r may be absent
  // Escapes are never literal text: \x41 is A, \12 a back reference, \p{L} a class.
  CHECK(RegexPrefilter("a\\x41bc").required() == "bc");
  CHECK(RegexPrefilter("\\x{41}bc").required() == "bc");
  CHECK(RegexPrefilter("(a)b\\12345").required() == "b");
  CHECK(RegexPrefilter("\\p{L}xyz\\pLabcd").required() == "abcd");
  CHECK(RegexPrefilter("\\u00e9tage").required() == "tage");
  CHECK(RegexPrefilter("[a-z[0-9]]etage").required() == "etage");
  CHECK(RegexPrefilter("[]abc]de").required() == "de");  // a ] first in a class is a member
  CHECK(RegexPrefilter("[^]abc]de").required() == "de");
  CHECK(RegexPrefilter("x([)]abc)de").required() == "de");  // a ) in a class closes no group
  CHECK(RegexPrefilter("a(?#x)bcd").literal() == "abcd");  // a comment is no atom: the run goes on
  CHECK(RegexPrefilter("c(?#7(?#2)*a").required() == "a");    // the * is c's (the fuzzer's)
  CHECK(RegexPrefilter("c(?#7(?#2)*a").literal().empty());
  CHECK(RegexPrefilter("(?#c(d)ef|g").required().empty());   // a comment ends at its first ): the | is top-level
  CHECK(RegexPrefilter("(:1x)ab").required() == "ab");        // a group, no flags (the fuzzer's)
  CHECK(RegexPrefilter("(").required().empty());
  CHECK(RegexPrefilter("w[\\\\\\c]((?c( ]\\\\|d").required().empty());  // \c] escapes the ]: the class and its group close later
  // Beyond this reading: quoting, and the flag that makes spaces insignificant.
  CHECK(RegexPrefilter("\\Qa.b\\E samen").required().empty());
  CHECK(RegexPrefilter("(?x)goede manieren").required().empty());
}

TEST_CASE("regex prefilter: a text without the longest literal is ruled out, unless a folding character may stand for it") {
  constexpr auto none = std::string_view::npos;
  const RegexPrefilter f("\\b(goede|geen) manieren\\b");
  CHECK(f.first_candidate("Dat zijn GOEDE MANIEREN.") == 0);
  CHECK(f.first_candidate("goede manier") == none);
  CHECK(f.first_candidate("goedemanieren") == none);
  CHECK(f.first_candidate("straße, geen manieren") == 0);
  CHECK(f.first_candidate("goede manıeren") == none);  // dotless i folds to no ASCII letter
  const RegexPrefilter g("samen[- ]?redzaa");
  CHECK(g.first_candidate("samen zijn we sterk") == none);  // the prefix alone is not enough
  CHECK(g.first_candidate("we zijn samen redzaam") == 8);
  CHECK(g.first_candidate("zelfredzaam, samen") == 13);      // the regex then finds nothing
}

TEST_CASE("regex prefilter: finds where a match may start, or rules the text out") {
  const RegexPrefilter f("samen[- ]?r");
  constexpr auto none = std::string_view::npos;
  CHECK(f.first_candidate("Dat is SAMENredzaamheid.") == 7);
  CHECK(f.first_candidate("ook samen redzaam") == 4);
  CHECK(f.first_candidate("samen") == 0);
  CHECK(f.first_candidate("één keer, en toen nog eens samen") == 29);  // offsets in bytes
  CHECK(f.first_candidate("zelfredzaam en sa men") == none);
  CHECK(f.first_candidate("") == none);
  CHECK(f.first_candidate("sam") == none);
  CHECK(f.first_candidate("mmmm amen") == none);  // the anchor m at the text's start
  CHECK(f.first_candidate("nu ſamen") == 0);      // long s folds to s: from the start
  CHECK(f.first_candidate("straße") == 0);        // ß folds to ss
  CHECK(f.first_candidate("één café") == none);
  CHECK(f.first_candidate("ook samen, straße") == 4);  // a folding character after the match
  CHECK(f.first_candidate("Samen, SAMEN") == 0);
  CHECK(f.first_candidate("sa-men en SaMeN") == 10);  // the anchor in either case
  CHECK(RegexPrefilter("(a|b)").first_candidate("") == 0);  // no literal: always from the start
}

TEST_CASE("regex prefilter: folds_to_ascii lists every such character ICU knows") {
  for (UChar32 c = 0x80; c <= 0x10FFFF; ++c) {
    icu::UnicodeString s(c);
    s.foldCase();
    bool ascii = false;
    for (int32_t i = 0; i < s.length(); ++i) ascii |= s.charAt(i) < 0x80;
    if (ascii != draad::folds_to_ascii(static_cast<char32_t>(c))) FAIL_CHECK("U+" << std::hex << c);
  }
}

TEST_CASE("regex prefilter: never starts after a match of ICU's case-insensitive regex") {
  const char* patterns[] = {"samen[- ]?redzaa", "buurten?", "ja+", "strasse", "kelvin", "fiets", "ab*c", "wij(k|ken)",
                            "\\b(goede|geen) manieren\\b", "(?:ja|nee) hoor", "ja{2,}+ hoor", "a\\x41c", "\\bwijk\\w*",
                            "[]ab]cd", "[^]ab]cd", "[a\\]b]cd", "x[[a-z]&&[^q]]yz", "f((<)<)(?#f(<)|", "(?<xy>ab) cd", "(?x)a b", "w[\\\\\\c]((?c( ]\\\\|d"};
  const char* texts[] = {"SAMEN-REDZAAM", "Samen redzaamheid", "buurt", "BUURTEN", "jaaa", "Straße", "STRASSE",
                         "\u212Aelvin", "ﬁets", "ac", "abbbc", "wijken", "niets", "zelfredzaam", "", "sa\u0301men",
                         "geen manieren", "GOEDE MANIEREN", "Nee hoor", "jaaa hoor", "aac", "AaC", "wijkagent",
                         "ſamen redzaam", "goede mani\u0130ren", "]cd", "ab]cd", "xcd", "xbyz", "ab cd", "AB"};
  for (const char* p : patterns) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError pe;
    std::unique_ptr<icu::RegexPattern> re(
        icu::RegexPattern::compile(icu::UnicodeString::fromUTF8(p), UREGEX_CASE_INSENSITIVE, pe, status));
    REQUIRE(U_SUCCESS(status));
    const RegexPrefilter f(p);
    for (const char* t : texts) {
      std::string text;
      icu::UnicodeString::fromUTF8(t).unescape().toUTF8String(text);
      UText* utext = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
      std::unique_ptr<icu::RegexMatcher> m(re->matcher(status));
      m->reset(utext);
      if (m->find()) {
        const auto start = static_cast<std::size_t>(m->start64(status));
        CHECK_MESSAGE(f.first_candidate(text) <= start, std::string(p) << " on " << text);
      }
      utext_close(utext);
    }
  }
}

TEST_CASE("regex prefilter: the first case-insensitive occurrence, wherever it lies in a long text") {
  // Texts longer than a block of eight starts, with the literal (or near
  // misses: one byte off, a control byte that OR 0x20 turns into the
  // literal's) at every offset.
  const RegexPrefilter f("Buurt-app");
  auto expected = [](const std::string& text) {
    for (std::size_t s = 0; s + 9 <= text.size(); ++s)
      if (draad::utf8::ascii_lower(std::string_view(text).substr(s, 9)) == "buurt-app") return s;
    return std::string_view::npos;
  };
  const std::string decoys[] = {"buurt-ap", "buurt\rapp", "BUURT-APQ", "buurtapp", "uurt-app"};
  for (std::size_t length = 0; length < 40; ++length)
    for (std::size_t at = 0; at + 9 <= length + 9; ++at)
      for (const auto& decoy : decoys) {
        std::string text(length, 'x');
        text.insert(std::min(at / 2, text.size()), decoy);
        text.insert(std::min(at, text.size()), at % 2 ? "BUURT-APP" : "buurt-app");
        CHECK_MESSAGE(f.first_candidate(text) == expected(text), text);
        const std::string without = text.substr(0, std::min(at, text.size()));
        CHECK_MESSAGE(f.first_candidate(without) == expected(without), without);
      }
}
