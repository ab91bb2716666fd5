// Stage "normalise": a document's bytes into the normalised text that every
// offset refers to (and that an export to other QDA software carries).
//
// The result is valid UTF-8 in NFC with LF line ends: a BOM is stripped,
// UTF-16 with a BOM is converted, CRLF, CR, NEL and U+2028/U+2029 become LF,
// soft hyphens, zero-width characters (U+200B-U+200D, U+2060) and stray BOMs
// are removed (a soft hyphen at a line end, where a PDF hyphenated a word,
// becomes '-' so that reflow can rejoin the word), U+2010/U+2011 hyphens
// become '-', non-breaking and other Unicode spaces (category Zs) become a
// plain space; tabs stay. A NUL byte marks a binary file and is refused.
// One pass over the bytes; NFC composition runs only when a code point at or
// above U+0300 occurs and the text fails ICU's quick check.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace draad {

struct NormaliseOptions {
  bool lenient = false;  // invalid UTF-8 becomes U+FFFD instead of an error
  std::string encoding;  // "" = UTF-8 (or UTF-16 by BOM); else an ICU converter name such as "latin1"
};

struct NormalisedText {
  std::string text;
  std::size_t replaced = 0;  // invalid sequences replaced under `lenient`
};

// `name` is used in messages: invalid UTF-8 is a DataError naming the file,
// line, column and byte offset (a file offset, counting a BOM), and
// suggesting --lenient or --encoding; bytes invalid in `options.encoding`
// likewise. An unknown encoding name is a UsageError.
NormalisedText normalise(std::string_view bytes, const std::string& name, const NormaliseOptions& options);

// normalise() for a whole document read into `bytes`, cleaned where it lies
// so that a large document is not held twice: UTF-8 (with or without a BOM)
// only, not lenient. Returns nullopt for input it does not take or that has
// an error (invalid UTF-8, a NUL byte); normalise() on a fresh copy then
// gives the result or the located error.
std::optional<std::string> normalise_in_place(std::string&& bytes, const NormaliseOptions& options);

}  // namespace draad
