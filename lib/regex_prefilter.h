// A cheap test that rules out most texts before an ICU regular expression
// runs over them (the matcher's regexes are case-insensitive and would
// otherwise be the costliest step per segment).
//
// From a pattern such as "samen[- ]?redzaa" it takes the literal ASCII text
// every match must start with ("samen"; a letter under a ?, * or {..}
// quantifier is dropped, and a pattern with | or starting with a group,
// class, anchor or escape has none). may_match() is false only when that
// literal occurs nowhere in the text, ignoring ASCII case, and the text has
// none of the few non-ASCII characters whose case folding contains ASCII
// letters (ß, ſ, the Kelvin sign, the ﬁ ligatures, ...), so it never skips
// a text the regex would match.
#pragma once

#include <string>
#include <string_view>

namespace draad {

class RegexPrefilter {
 public:
  explicit RegexPrefilter(std::string_view pattern);

  // The literal, lower-case; empty when the pattern has none (then
  // may_match() is always true).
  const std::string& literal() const { return literal_; }

  bool may_match(std::string_view text) const;

 private:
  std::string literal_;
};

// Whether the full case folding of `c` contains an ASCII character.
bool folds_to_ascii(char32_t c);

}  // namespace draad
