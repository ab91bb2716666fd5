#include "dutch/sentences.h"

#include <algorithm>
#include <cstring>
#include <iterator>
#include <memory>
#include <stdexcept>
#include <string>

#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>

#include "dutch/tokenise.h"
#include "base/chars.h"
#include "base/utf8.h"

namespace draad {
namespace {

// ICU's sentence breaks, told not to end a sentence after a Dutch
// abbreviation (ICU ships no Dutch list) or an initial ("J. de Vries").
std::unique_ptr<icu::BreakIterator> make_iterator() {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::FilteredBreakIteratorBuilder> builder(
      icu::FilteredBreakIteratorBuilder::createEmptyInstance(status));
  auto suppress = [&](const std::string& s) {
    builder->suppressBreakAfter(icu::UnicodeString::fromUTF8(s), status);
  };
  for (const std::string& a : dutch_abbreviations()) {
    // "nl." (namelijk) also ends a domain name ending a sentence ("zie
    // www.zwolle.nl."); continues() joins after it when it is the abbreviation.
    if (a == "nl.") continue;
    suppress(a);
    std::string upper = a;  // sentence-initial: "Bijv.", "Dhr."
    upper[0] = static_cast<char>(upper[0] - 32 * (upper[0] >= 'a' && upper[0] <= 'z'));
    suppress(upper);
  }
  for (char c = 'A'; c <= 'Z'; ++c) suppress(std::string(1, c) + ".");
  icu::BreakIterator* base = icu::BreakIterator::createSentenceInstance(icu::Locale("nl"), status);
  std::unique_ptr<icu::BreakIterator> it(builder->wrapIteratorWithFilter(base, status));
  if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU sentence breaks unavailable: ") + u_errorName(status));
  return it;
}

using chars::is_space;

// [b, e) of `text` without white space at either end. Decoded, not byte by
// byte: the last byte of "à" (C3 A0) is no no-break space.
void trim_space(std::string_view text, std::size_t& b, std::size_t& e) {
  for (std::size_t i = b; b < e && is_space(utf8::next(text, i));) b = i;
  while (e > b) {
    const std::size_t last = utf8::previous(text, e);
    std::size_t i = last;
    if (!is_space(utf8::next(text, i))) break;
    e = last;
  }
}

// A list bullet: a sentence starts at one that stands before a space.
bool is_bullet(char32_t c) {
  switch (c) {
    case 0x2022: case 0x25CF: case 0x25E6: case 0x25AA: case 0x25A0: case 0x25A1: case 0x25C6: case 0x25C7:
    case 0x25CB: case 0x2023: case 0x2043: case 0x27A2: case 0x2794: case 0x279C: case 0x27A4: case 0x25BA:
    case 0x25B6: case 0x2192: case 0x2713: case 0x2714: case 0x00B7: case 0x2219:
      return true;
    default:
      return false;
  }
}

// Whether an elided article or pronoun starting a sentence begins at i:
// "’t Is", "'s Avonds", "’n Mens".
bool starts_with_elision(std::string_view text, std::size_t i) {
  const char32_t apostrophe = utf8::next(text, i);
  if (!(apostrophe == '\'' || apostrophe == 0x2019 || apostrophe == 0x2018 || apostrophe == 0xB4)) return false;
  if (i + 2 >= text.size() || !std::strchr("stnk", text[i]) || text[i + 1] != ' ') return false;
  i += 2;
  return u_isupper(utf8::next(text, i));
}

// Whether text[b, e) is only a list number or letter: "1.", "2)", "a)".
bool is_list_marker(std::string_view s) {
  if (s.size() < 2 || s.size() > 4 || (s.back() != '.' && s.back() != ')')) return false;
  const std::string_view body = s.substr(0, s.size() - 1);
  bool digits = true;
  for (char c : body) digits &= c >= '0' && c <= '9';
  return digits || (body.size() == 1 && body[0] >= 'a' && body[0] <= 'z');
}

// Whether the sentence starting at b continues `prev` after all: prev is only
// a list marker ("1."), or ends in an abbreviation ICU's suppressions miss
// ("d.w.z.", "1 jan."), or b starts in lower case on the same line
// (“Kom je ook?” vroeg ze.).
bool continues(std::string_view text, const ByteRange& prev, std::size_t b) {
  const std::string_view p = text.substr(prev.begin, prev.end - prev.begin);
  if (is_list_marker(p)) return true;
  const std::string_view gap = text.substr(prev.end, b - prev.end);
  if (gap.find('\n') == std::string_view::npos) {
    std::size_t i = b;
    if (u_islower(utf8::next(text, i))) return true;
  }
  if (p.back() != '.') return false;
  // The last two chunks, tokenised as the tokeniser sees them.
  std::size_t from = p.size();
  for (int chunks = 0; from > 0 && chunks < 2;) {
    from = utf8::previous(p, from);
    std::size_t i = from;
    if (is_space(utf8::next(p, i))) ++chunks;
  }
  thread_local Tokeniser tokeniser(Tokeniser::Stems::no);
  thread_local std::vector<Token> tokens;
  tokeniser.tokenise(p.substr(from), tokens);
  return !tokens.empty() && tokens.back().kind == TokenKind::abbrev;
}

}  // namespace

std::vector<ByteRange> split_sentences(std::string_view text) {
  thread_local std::unique_ptr<icu::BreakIterator> it = make_iterator();
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU sentence breaks failed: ") + u_errorName(status));
  it->setText(ut, status);

  // Break positions: ICU's, plus one before every bullet that follows white
  // space (list items run together on one line after reflow).
  std::vector<std::size_t> cuts;
  for (int32_t end = it->next(); end != icu::BreakIterator::DONE; end = it->next())
    cuts.push_back(static_cast<std::size_t>(end));
  utext_close(ut);
  std::vector<std::size_t> bullets;
  char32_t last_mark = 0;  // the last character before the current run of spaces
  for (std::size_t i = 0, prev_space = 1; i < text.size();) {
    const std::size_t at = i;
    const char32_t c = utf8::next(text, i);
    std::size_t after = i;
    if (prev_space && at > 0 && is_bullet(c) && (i >= text.size() || is_space(utf8::next(text, after))))
      bullets.push_back(at);
    if (prev_space && (last_mark == '.' || last_mark == '?' || last_mark == '!') && starts_with_elision(text, at))
      bullets.push_back(at);  // ". ’t Is laat": ICU reads the lower-case t as no new sentence
    if (!is_space(c)) last_mark = c;
    prev_space = is_space(c);
  }
  std::vector<std::size_t> all;
  all.reserve(cuts.size() + bullets.size());
  std::merge(cuts.begin(), cuts.end(), bullets.begin(), bullets.end(), std::back_inserter(all));

  std::vector<ByteRange> out;
  std::size_t begin = 0;
  for (std::size_t end : all) {
    if (end <= begin) continue;
    std::size_t b = begin, e = end;
    begin = end;
    trim_space(text, b, e);
    if (b == e) continue;
    if (!out.empty() && continues(text, out.back(), b))
      out.back().end = e;
    else
      out.push_back({b, e});
  }
  return out;
}

}  // namespace draad
