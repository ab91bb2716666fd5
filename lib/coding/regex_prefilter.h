// A cheap test that rules out most texts before an ICU regular expression
// runs over them (the matcher's regexes are case-insensitive and would
// otherwise be the costliest step per segment).
//
// From a pattern it reads the runs of literal ASCII text outside every group
// and class: each must occur in a match. In "\\b(goede|geen) manieren\\b"
// that is " manieren"; in "samen[- ]?redzaa", "samen" and "redzaa" (a letter
// under a ?, * or {..} quantifier is dropped; a top-level | leaves none).
// first_candidate() rules out a text that lacks the longest run, and starts
// the regex where the run the pattern opens with first occurs, ignoring ASCII
// case. A text with one of the few non-ASCII characters whose case folding
// contains ASCII letters (ß, ſ, the Kelvin sign, the ﬁ ligatures, ...) is
// never ruled out and starts at 0, so no match the regex would find is lost.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace draad {

// A lower-case ASCII literal found in text whatever its ASCII case.
class CaselessLiteral {
 public:
  CaselessLiteral() = default;
  explicit CaselessLiteral(std::string text);

  const std::string& text() const { return text_; }
  bool empty() const { return text_.empty(); }
  // The offset of the letter the scan looks for first.
  std::size_t anchor() const { return anchor_; }

  // The byte offset of the first occurrence in `text`, or npos.
  std::size_t find(std::string_view text) const;

 private:
  std::string text_;
  // The scan looks for the literal's rarest letter in Dutch, not its first,
  // and its second rarest byte (the anchor again when it has one byte).
  std::size_t anchor_ = 0;
  std::size_t second_ = 0;
};

class RegexPrefilter {
 public:
  explicit RegexPrefilter(std::string_view pattern);

  // The run the pattern opens with, lower-case; empty when it opens with a
  // group, class, anchor or escape.
  const std::string& literal() const { return prefix_.text(); }
  // The longest run, when longer than literal(); else empty.
  const std::string& required() const { return required_.text(); }

  // The byte offset in `text` before which no match starts, or npos when
  // none can. `first_folding` is first_folding_to_ascii(text), which a
  // caller with several prefilters finds once per text.
  std::size_t first_candidate(std::string_view text, std::size_t first_folding) const;
  std::size_t first_candidate(std::string_view text) const;

 private:
  CaselessLiteral prefix_, required_;
};

// Whether the full case folding of `c` contains an ASCII character.
bool folds_to_ascii(char32_t c);

// The byte offset of the first character in `text` whose case folding holds
// an ASCII character, or npos: a case-insensitive regex could match there
// without the literal being written.
std::size_t first_folding_to_ascii(std::string_view text);

}  // namespace draad
