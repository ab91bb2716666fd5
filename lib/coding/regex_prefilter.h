// A cheap test that rules out most texts before an ICU regular expression
// runs over them (the matcher's regexes are case-insensitive and would
// otherwise be the costliest step per segment).
//
// From a pattern such as "samen[- ]?redzaa" it takes the literal ASCII text
// every match must start with ("samen"; a letter under a ?, * or {..}
// quantifier is dropped, and a pattern with | or starting with a group,
// class, anchor or escape has none). first_candidate() finds the first place
// that literal occurs, ignoring ASCII case, so the regex can start there; a
// text with one of the few non-ASCII characters whose case folding contains
// ASCII letters (ß, ſ, the Kelvin sign, the ﬁ ligatures, ...) gives 0, so it
// never skips a match the regex would find.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace draad {

class RegexPrefilter {
 public:
  explicit RegexPrefilter(std::string_view pattern);

  // The literal, lower-case; empty when the pattern has none (then
  // first_candidate() is always 0).
  const std::string& literal() const { return literal_; }

  // The byte offset in `text` before which no match starts, or npos when
  // none can. `first_folding` is first_folding_to_ascii(text), which a
  // caller with several prefilters finds once per text.
  std::size_t first_candidate(std::string_view text, std::size_t first_folding) const;
  std::size_t first_candidate(std::string_view text) const;

 private:
  std::string literal_;
  // The scan looks for the literal's rarest letter in Dutch, not its first,
  // and its second rarest byte (the anchor again when it has one byte).
  std::size_t anchor_ = 0;
  std::size_t second_ = 0;
};

// Whether the full case folding of `c` contains an ASCII character.
bool folds_to_ascii(char32_t c);

// The byte offset of the first character in `text` whose case folding holds
// an ASCII character, or npos: a case-insensitive regex could match there
// without the literal being written.
std::size_t first_folding_to_ascii(std::string_view text);

}  // namespace draad
