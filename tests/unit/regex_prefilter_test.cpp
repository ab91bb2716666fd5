#include <doctest/doctest.h>

#include <memory>
#include <string>

#include <unicode/regex.h>
#include <unicode/unistr.h>

#include "regex_prefilter.h"

using draad::RegexPrefilter;

TEST_CASE("regex prefilter: the literal every match starts with") {
  CHECK(RegexPrefilter("samen[- ]?redzaa").literal() == "samen");
  CHECK(RegexPrefilter("Buurt-app").literal() == "buurt-app");
  CHECK(RegexPrefilter("buurten?").literal() == "buurte");     // n may be absent
  CHECK(RegexPrefilter("ab*c").literal() == "a");
  CHECK(RegexPrefilter("hallo{2}").literal() == "hall");
  CHECK(RegexPrefilter("ja+").literal() == "ja");              // at least one a
  CHECK(RegexPrefilter("wij(k|ken)").literal().empty());       // alternation anywhere: no literal
  CHECK(RegexPrefilter("(samen)werk").literal().empty());
  CHECK(RegexPrefilter("\\bsamen").literal().empty());
  CHECK(RegexPrefilter("[Ss]amen").literal().empty());
  CHECK(RegexPrefilter("^samen").literal().empty());
  CHECK(RegexPrefilter("a?b").literal().empty());
}

TEST_CASE("regex prefilter: rules a text out only when the regex cannot match it") {
  const RegexPrefilter f("samen[- ]?redzaa");
  CHECK(f.may_match("Dat is SAMENredzaamheid."));
  CHECK(f.may_match("ook samen redzaam"));
  CHECK(f.may_match("samen"));
  CHECK_FALSE(f.may_match("zelfredzaam en sa men"));
  CHECK_FALSE(f.may_match(""));
  CHECK_FALSE(f.may_match("sam"));
  CHECK(f.may_match("ſamen"));       // long s folds to s
  CHECK(f.may_match("straße"));      // ß folds to ss
  CHECK_FALSE(f.may_match("één café"));
  CHECK(RegexPrefilter("(a|b)").may_match(""));  // no literal: always
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

TEST_CASE("regex prefilter: never rules out a text ICU's case-insensitive regex matches") {
  const char* patterns[] = {"samen[- ]?redzaa", "buurten?", "ja+", "strasse", "kelvin", "fiets", "ab*c", "wij(k|ken)"};
  const char* texts[] = {"SAMEN-REDZAAM", "Samen redzaamheid", "buurt", "BUURTEN", "jaaa", "Straße", "STRASSE",
                         "\u212Aelvin", "ﬁets", "ac", "abbbc", "wijken", "niets", "zelfredzaam", "", "sa\u0301men"};
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
      std::unique_ptr<icu::RegexMatcher> m(re->matcher(icu::UnicodeString::fromUTF8(text), status));
      if (m->find()) CHECK_MESSAGE(f.may_match(text), std::string(p) << " on " << text);
    }
  }
}
