// Differential fuzz target for the regex prefilter: its first line is a
// pattern, the rest a text. Wherever ICU's case-insensitive regex (as the
// matcher compiles it) finds a match, the prefilter must not have ruled the
// text out nor start after the match: a prefilter that did would lose a hit
// in silence.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include <unicode/regex.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>

#include "coding/regex_prefilter.h"
#include "fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string input = draad::fuzz::valid_utf8(std::string_view(reinterpret_cast<const char*>(data), size));
  const std::size_t newline = input.find('\n');
  if (newline == std::string::npos) return 0;
  const std::string pattern = input.substr(0, newline), text = input.substr(newline + 1);
  UErrorCode status = U_ZERO_ERROR;
  UParseError where;
  std::unique_ptr<icu::RegexPattern> compiled(
      icu::RegexPattern::compile(icu::UnicodeString::fromUTF8(pattern), UREGEX_CASE_INSENSITIVE, where, status));
  if (U_FAILURE(status)) return 0;
  std::unique_ptr<icu::RegexMatcher> matcher(compiled->matcher(status));
  if (U_FAILURE(status)) return 0;
  matcher->setTimeLimit(200, status);  // nested repetition may run away; the matcher stops it the same way
  UText* utext = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  matcher->reset(utext);
  const draad::RegexPrefilter prefilter(pattern);
  if (matcher->find(status) && U_SUCCESS(status)) {
    const auto start = static_cast<std::size_t>(matcher->start64(status));
    if (prefilter.first_candidate(text) > start) __builtin_trap();
  }
  utext_close(utext);
  return 0;
}
