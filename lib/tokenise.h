// Stage "tokenise": Dutch text into tokens a Dutch reader agrees with.
//
// ICU's word break rules over the UTF-8 text (no copy of the whole text),
// corrected by Dutch rules: abbreviations (data/abbreviations.nl.txt),
// elisions ('s avonds, zo'n, auto's), hyphen and slash compounds, numbers with
// decimal commas, percentages, dates and times, URLs, e-mail addresses,
// hashtags and mentions. White space is never a token.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace draad {

enum class TokenKind { word, number, punct, symbol, abbrev, url, email, hashtag, mention };
const char* kind_name(TokenKind kind);

struct Token {
  std::size_t begin = 0;  // byte offsets into the text given to tokenise()
  std::size_t end = 0;
  TokenKind kind = TokenKind::word;
  std::string norm;  // NFC, case-folded, apostrophes unified, diacritics as documented in tokenise.cpp
  std::string stem;  // Snowball Dutch stem of norm, for words; norm otherwise
};

class Tokeniser {
 public:
  // Loads the Dutch data files once; a Tokeniser is cheap to use many times
  // but not to share between threads (make one per thread).
  Tokeniser();
  ~Tokeniser();

  // Tokens of valid UTF-8 `text`, in order, written into `out` (cleared
  // first; its strings' storage is reused across calls).
  void tokenise(std::string_view text, std::vector<Token>& out);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// A compound word split into its parts: "ontmoetingsplekken" gives
// {ontmoeting, plekken} with linker "s" between them. Parts are slices of the
// norm (the head keeps its inflection, so stem it to match); the modifiers
// are lexicon words (from hunspell-nl). A word that is no compound gives one part.
struct CompoundSplit {
  std::vector<std::string> parts;    // modifier(s) first, head last
  std::vector<std::string> linkers;  // linkers[i] joins parts[i] and parts[i+1]: "", "s", "e", "en"
};

class CompoundSplitter {
 public:
  CompoundSplitter();
  ~CompoundSplitter();
  CompoundSplit split(std::string_view norm) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace draad
