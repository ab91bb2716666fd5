// Fuzz target for the tokeniser, the sentence splitter and the compound
// splitter. Invalid UTF-8 never reaches them in draad (the stream reader
// refuses it), so the input is made valid first, as `draad segment
// --lenient` does: each invalid byte becomes U+FFFD.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "dutch/sentences.h"
#include "dutch/tokenise.h"
#include "base/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  std::string text;
  while (auto bad = draad::utf8::find_invalid(in)) {
    text.append(in.substr(0, *bad)).append("\uFFFD");
    in.remove_prefix(*bad + 1);
  }
  text.append(in);

  static draad::Tokeniser tokeniser;
  static draad::CompoundSplitter splitter;
  static std::vector<draad::Token> tokens;
  tokeniser.tokenise(text, tokens);
  std::size_t last = 0;
  for (const draad::Token& t : tokens) {
    // Tokens are in order, non-empty, within the text, on character boundaries.
    if (t.begin < last || t.end <= t.begin || t.end > text.size()) __builtin_trap();
    if ((static_cast<unsigned char>(text[t.begin]) & 0xC0) == 0x80) __builtin_trap();
    if (t.end < text.size() && (static_cast<unsigned char>(text[t.end]) & 0xC0) == 0x80) __builtin_trap();
    last = t.end;
    if (t.kind == draad::TokenKind::word && t.norm.size() < 100) splitter.split(t.norm);
  }
  last = 0;
  for (const draad::ByteRange& s : draad::split_sentences(text)) {
    if (s.begin < last || s.end <= s.begin || s.end > text.size()) __builtin_trap();
    last = s.end;
  }
  return 0;
}
