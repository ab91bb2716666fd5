#include "dutch/tokenise.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <deque>
#include <fstream>
#include <stdexcept>

#include <libstemmer.h>
#include <unicode/brkiter.h>
#include <unicode/bytestream.h>
#include <unicode/casemap.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include "base/chars.h"
#include "base/data_files.h"
#include "base/string_map.h"
#include "base/utf8.h"

namespace draad {

const char* kind_name(TokenKind kind) {
  switch (kind) {
    case TokenKind::word: return "word";
    case TokenKind::number: return "number";
    case TokenKind::punct: return "punct";
    case TokenKind::symbol: return "symbol";
    case TokenKind::abbrev: return "abbrev";
    case TokenKind::url: return "url";
    case TokenKind::email: return "email";
    case TokenKind::hashtag: return "hashtag";
    case TokenKind::mention: return "mention";
  }
  return "word";
}

namespace {

// data/abbreviations.nl.txt: "bijv." is always an abbreviation; a line
// "jan. after-number" only right after a number (1 jan. 2024, but "Jan." the name).
struct Abbreviations {
  std::vector<std::string> always, after_number;
};

const Abbreviations& abbreviation_lists() {
  static const Abbreviations lists = [] {
    const std::string path = data_file("data/abbreviations.nl.txt");
    std::ifstream in(path);
    if (!in) throw std::runtime_error("cannot read " + path);
    Abbreviations out;
    for (std::string line; std::getline(in, line);) {
      if (line.empty() || line[0] == '#') continue;
      const std::size_t space = line.find(' ');
      if (space == std::string::npos)
        out.always.push_back(line);
      else
        out.after_number.push_back(line.substr(0, space));
    }
    return out;
  }();
  return lists;
}

}  // namespace

const std::vector<std::string>& dutch_abbreviations() { return abbreviation_lists().always; }

namespace {

using utf8::ascii_lower;

using chars::is_apostrophe;
using chars::is_digit;
using chars::is_quote;
using chars::is_space;
using chars::is_word_char;

// A character that separates chunks like white space but is no token:
// controls (after U+0080 too) and unassigned code points have no reading.
bool is_separator(char32_t c) {
  if (is_space(c)) return true;
  const int8_t type = u_charType(c);
  return type == U_CONTROL_CHAR || type == U_UNASSIGNED;
}

bool is_mark(char32_t c) {
  if (c < 0x300) return false;
  const int8_t type = u_charType(c);
  return type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK || type == U_ENCLOSING_MARK;
}
// A word character that is not a digit: letters and marks.
bool is_word_letter(char32_t c) { return is_word_char(c) && !is_digit(c); }

bool is_hyphen(char32_t c) { return c == '-' || c == 0x2010 || c == 0x2011; }

// The norm of each ASCII character, so that one-byte tokens need no storage.
constexpr std::array<char, 128> kAsciiNorms = [] {
  std::array<char, 128> n{};
  for (int c = 0; c < 128; ++c) n[c] = c == '`' ? '\'' : c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : static_cast<char>(c);
  return n;
}();

// Decoding at a byte offset, forwards and backwards, over valid UTF-8.
struct Cursor {
  std::string_view text;
  char32_t at(std::size_t i) const {
    std::size_t j = i;
    return utf8::next(text, j);
  }
  std::size_t after(std::size_t i) const {
    const auto c = static_cast<unsigned char>(text[i]);
    return i + (c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2);
  }
  std::size_t before(std::size_t i) const { return utf8::previous(text, i); }
};

bool is_elision(std::string_view letters) {
  static constexpr std::string_view forms[] = {"s", "t", "n", "k", "m", "r", "ns"};
  for (auto f : forms)
    if (letters.size() == f.size() && ascii_lower(letters[0]) == f[0] &&
        (f.size() == 1 || ascii_lower(letters[1]) == f[1]))
      return true;
  return false;
}

constexpr std::string_view top_level_domains[] = {"nl", "be", "com", "org", "net", "eu", "info", "nu", "io", "gov", "edu", "de", "frl", "amsterdam"};

// The norms, stems and surface ids of the surfaces seen: each distinct
// surface is normalised and (when stems are asked for) stemmed once. Entries stay put during a call
// (tokens view them); the cache is emptied between calls once it is full, so
// memory stays flat on any input. Surfaces too long to be worth caching live
// until the next call.
class SurfaceCache {
 public:
  struct Entry {
    std::string norm, stem;
    std::uint32_t id = Token::kNoSurfaceId;
  };

  explicit SurfaceCache(Tokeniser::Stems stems) : stems_(stems == Tokeniser::Stems::yes) {
    UErrorCode status = U_ZERO_ERROR;
    nfd_ = icu::Normalizer2::getNFDInstance(status);
    nfc_ = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU normalisation unavailable: ") + u_errorName(status));
  }

  // Called at the start of each tokenise(): the tokens of the previous call
  // may be invalidated now.
  void start_call() {
    if (cache_.size() >= kMaxEntries) {
      cache_.clear();
      ++generation_;
    }
    long_entries_.clear();
  }

  std::uint64_t generation() const { return generation_; }

  const Entry& lookup(std::string_view surface, bool want_stem) {
    if (surface.size() <= kMaxKey) {
      // Nearly every surface is there already: a plain look-up first.
      if (auto* found = cache_.find(surface)) return found->second;
      auto [it, fresh] = cache_.try_emplace(surface);
      Entry& e = it->second;
      if (fresh) {
        e.id = static_cast<std::uint32_t>(cache_.size() - 1);
        normalise(surface, e.norm);
        if (stems_) stemmer_.stem(e.norm, e.stem);
      }
      return e;
    }
    Entry& e = long_entries_.emplace_back();
    normalise(surface, e.norm);
    if (stems_ && want_stem) stemmer_.stem(e.norm, e.stem);
    return e;
  }

 private:
  static constexpr std::size_t kMaxKey = 64, kMaxEntries = 1 << 17;

  void normalise(std::string_view surface, std::string& norm) {
    norm.clear();
    bool ascii = true;
    for (char c : surface) ascii &= static_cast<unsigned char>(c) < 0x80;
    if (ascii) {
      for (char c : surface) norm += kAsciiNorms[static_cast<unsigned char>(c)];
      return;
    }
    UErrorCode status = U_ZERO_ERROR;
    scratch_.clear();
    icu::StringByteSink<std::string> fold_sink(&scratch_);
    icu::CaseMap::utf8Fold(0, icu::StringPiece(surface.data(), static_cast<int32_t>(surface.size())), fold_sink,
                           nullptr, status);
    scratch2_.clear();
    icu::StringByteSink<std::string> nfd_sink(&scratch2_);
    nfd_->normalizeUTF8(0, scratch_, nfd_sink, nullptr, status);
    scratch_.clear();
    for (std::size_t i = 0; i < scratch2_.size();) {
      char32_t c = utf8::next(scratch2_, i);
      if (c == 0x0308 || c == 0x0300 || c == 0x0302 || c == 0x0327) continue;  // folded diacritics
      if (c == 0x00AD || (c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF) continue;
      if (is_apostrophe(c)) c = '\'';
      if (c == 0x2010 || c == 0x2011) c = '-';
      utf8::append(scratch_, c);
    }
    icu::StringByteSink<std::string> sink(&norm);
    nfc_->normalizeUTF8(0, scratch_, sink, nullptr, status);
    if (U_FAILURE(status)) norm.assign(surface);
  }

  bool stems_;
  std::uint64_t generation_ = 0;
  StringMap<Entry> cache_;
  std::deque<Entry> long_entries_;
  SnowballStemmer stemmer_;
  const icu::Normalizer2* nfd_ = nullptr;
  const icu::Normalizer2* nfc_ = nullptr;
  std::string scratch_, scratch2_;
};

// ICU's word boundaries over the text of one call (a UText over the UTF-8,
// no copy), set up only when first asked, which keeps the common path free
// of ICU.
class WordBreaks {
 public:
  WordBreaks() {
    UErrorCode status = U_ZERO_ERROR;
    words_.reset(icu::BreakIterator::createWordInstance(icu::Locale("nl"), status));
    if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU word breaks unavailable: ") + u_errorName(status));
  }
  ~WordBreaks() { utext_close(utext_); }
  WordBreaks(const WordBreaks&) = delete;
  WordBreaks& operator=(const WordBreaks&) = delete;

  void start_call(std::string_view text) {
    text_ = text;
    text_set_ = false;
  }

  // The first boundary after byte b, then the following ones; DONE at the end.
  int32_t following(std::size_t b) {
    if (!text_set_) {
      UErrorCode status = U_ZERO_ERROR;
      utext_ = utext_openUTF8(utext_, text_.data(), static_cast<int64_t>(text_.size()), &status);
      words_->setText(utext_, status);
      if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU word breaks failed: ") + u_errorName(status));
      text_set_ = true;
    }
    return words_->following(static_cast<int32_t>(b));
  }
  int32_t next() { return words_->next(); }

 private:
  std::unique_ptr<icu::BreakIterator> words_;
  UText* utext_ = nullptr;
  std::string_view text_;
  bool text_set_ = false;  // whether words_ iterates over text_ yet
};

// data/abbreviations.nl.txt as sets for look-up.
struct AbbreviationSets {
  StringSet always, after_number;
  AbbreviationSets() {
    for (const auto& a : abbreviation_lists().always) always.insert(a);
    for (const auto& a : abbreviation_lists().after_number) after_number.insert(a);
  }
};

// The Dutch rules as questions about byte ranges of one text: where a URL,
// e-mail address, number, compound or run of marks ends, whether a range is
// an abbreviation. They read the text and emit nothing.
struct DutchRules {
  std::string_view text;
  Cursor cur;
  const AbbreviationSets& abbreviations;

  // Letters from i while they are letters; returns the end.
  std::size_t letters_end(std::size_t i, std::size_t e) const {
    while (i < e && is_word_letter(cur.at(i))) i = cur.after(i);
    return i;
  }
  std::size_t alnum_end(std::size_t i, std::size_t e) const {
    while (i < e && is_word_char(cur.at(i))) i = cur.after(i);
    return i;
  }

  // The end of a run of one repeated mark starting at b, with the combining
  // marks that cling to it (quotes never repeat: '' is two quotes).
  std::size_t run_end(std::size_t b, std::size_t e) const {
    const char32_t c = cur.at(b);
    std::size_t i = cur.after(b);
    if ((c == '-' || c == '=') && i < e && text[i] == '>') {
      ++i;  // arrows -> =>
    } else if (!is_quote(c)) {
      const bool emphatic = c == '?' || c == '!';  // ?! and ?? are one mark
      while (i < e && (cur.at(i) == c || (emphatic && (text[i] == '?' || text[i] == '!')))) i = cur.after(i);
    }
    while (i < e && is_mark(cur.at(i))) i = cur.after(i);
    return i;
  }

  // Whether the character at b opens the core of a chunk rather than being
  // an opening mark of it: 's avonds, 't, '90, #tag, @naam, (semi-)openbare.
  bool starts_core(std::size_t b, std::size_t e) const {
    const char32_t c = cur.at(b);
    if (is_word_char(c) && !is_mark(c) && u_charType(c) != U_FORMAT_CHAR) return true;
    const std::size_t n = cur.after(b);
    if (is_apostrophe(c) && n < e) {
      std::size_t l = letters_end(n, e);
      if (l > n && is_elision(text.substr(n, l - n)) && (l == e || !is_word_char(cur.at(l)))) return true;
      std::size_t d = n;
      while (d < e && is_digit(cur.at(d))) d = cur.after(d);
      if (d - n == 2 && (d == e || !is_word_char(cur.at(d)))) return true;
    }
    if ((c == '#' || c == '@') && n < e && is_word_char(cur.at(n))) return true;
    return c == '(' && elliptic_end(b, e);
  }

  // "(semi-)openbare", "(vrijwilligers)werk": the end of the bracketed
  // modifier, or 0.
  std::size_t elliptic_end(std::size_t b, std::size_t e) const {
    std::size_t i = alnum_end(cur.after(b), e);
    if (i == cur.after(b) || i + 1 >= e) return 0;
    if (is_hyphen(cur.at(i))) i = cur.after(i);
    if (i >= e || cur.at(i) != ')') return 0;
    i = cur.after(i);
    return i < e && is_word_char(cur.at(i)) ? i : 0;
  }

  // Finds where the core of [b, e) ends: the closing marks after it are
  // emitted once the core has been.
  std::size_t peel_trailing(std::size_t b, std::size_t e) const {
    while (e > b) {
      const std::size_t p = cur.before(e);
      const char32_t c = cur.at(p);
      if (is_word_char(c)) return e;
      if (p > b) {
        const std::size_t q = cur.before(p);
        const char32_t before = cur.at(q);
        if (c == '.' && before != '.' && is_abbreviation(b, e)) return e;
        if ((is_hyphen(c) || (c == 0x2013 && conjunction_follows(e))) && is_word_letter(before)) return e;  // sport- en
        if (c == '+' && is_word_char(before)) return e;                 // lhbti+, 65+
        if ((c == '%' || c == 0x2030) && is_digit(before)) return e;
      }
      // Back to the start of the run of marks that ends at e.
      std::size_t s = p;
      if (!is_quote(c))
        while (s > b && cur.at(cur.before(s)) == c) s = cur.before(s);
      e = s;
    }
    return e;
  }

  // Whether the chunk before b ends in a digit.
  bool after_number(std::size_t b) const {
    std::size_t i = b;
    while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == '\t')) --i;
    return i < b && i > 0 && is_digit(static_cast<unsigned char>(text[i - 1]));
  }

  // Whether "en" or "of" follows e: "perspectief– en oplossingsgericht".
  bool conjunction_follows(std::size_t e) const {
    std::size_t i = e;
    while (i < text.size() && text[i] == ' ') ++i;
    const std::string_view rest = text.substr(i, 3);
    return i > e && (rest == "en " || rest == "of ");
  }

  bool is_abbreviation(std::size_t b, std::size_t e) const {
    const std::string_view s = text.substr(b, e - b);  // ends with '.'
    if (s.size() <= 12) {
      char buf[12];
      for (std::size_t i = 0; i < s.size(); ++i) buf[i] = ascii_lower(s[i]);
      const std::string_view lower(buf, s.size());
      if (abbreviations.always.count(lower)) return true;
      if (abbreviations.after_number.count(lower) && after_number(b)) return true;
    }
    // Initials and dotted letters: "J.", "J.P.", "a.s.", "o.i.d."
    std::size_t i = b, segments = 0;
    while (i < e) {
      // At most three letters are read: a longer run is no initial.
      std::size_t l = i, letters = 0;
      while (l < e && letters <= 2 && is_word_letter(cur.at(l))) {
        l = cur.after(l);
        ++letters;
      }
      if (letters == 0 || letters > 2 || l >= e || cur.at(l) != '.') return false;
      if (segments == 0 && letters == 1 && l + 1 == e) return u_isupper(cur.at(i));
      ++segments;
      i = l + 1;
    }
    return segments >= 2;
  }

  // A URL starting at b: its end (trailing sentence marks excluded), or 0.
  std::size_t url_end(std::size_t b, std::size_t e) const {
    const std::string_view s = text.substr(b, e - b);
    auto starts = [&](std::string_view p) {
      if (s.size() <= p.size()) return false;
      for (std::size_t i = 0; i < p.size(); ++i)
        if (ascii_lower(s[i]) != p[i]) return false;
      return true;
    };
    if (!(starts("http://") || starts("https://") || starts("ftp://") || starts("www."))) {
      // A bare domain: "gemeente.nl", "Rijksoverheid.nl/onderwerpen".
      std::size_t slash = s.find('/');
      std::string_view host = s.substr(0, slash);
      while (!host.empty() && std::strchr(".,;:!?)", host.back())) host.remove_suffix(1);
      std::size_t dot = host.rfind('.');
      if (dot == std::string_view::npos || dot == 0) return 0;
      for (char c : host)
        if (!(is_word_char(static_cast<unsigned char>(c)) || c == '.' || c == '-')) return 0;
      std::string_view tld = host.substr(dot + 1);
      bool known = false;
      for (auto d : top_level_domains)
        if (tld == d) known = true;
      if (!known) return 0;
      if (slash == std::string_view::npos) return b + host.size();
    }
    std::size_t n = trim_sentence_marks(s);
    if (s.substr(0, n).find('(') != std::string_view::npos && n < s.size() && s[n] == ')') ++n;  // wiki/a_(b)
    return b + n;
  }

  // Length of `s` without the sentence marks and closing brackets or quotes at its end.
  static std::size_t trim_sentence_marks(std::string_view s) {
    std::size_t n = s.size();
    while (n > 0) {
      const std::size_t p = utf8::previous(s, n);
      std::size_t j = p;
      char32_t c = utf8::next(s, j);
      if (!(c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == ']' ||
            c == '>' || is_quote(c)))
        break;
      n = p;
    }
    return n;
  }

  // An e-mail address starting at b: its end, or 0.
  std::size_t email_end(std::size_t b, std::size_t e) const {
    std::size_t i = b;
    auto local = [](char c) { return is_word_char(static_cast<unsigned char>(c)) || std::strchr("._%+-", c); };
    while (i < e && static_cast<unsigned char>(text[i]) < 0x80 && local(text[i])) ++i;
    if (i == b || i >= e || text[i] != '@') return 0;
    std::size_t d = ++i;
    while (i < e && static_cast<unsigned char>(text[i]) < 0x80 &&
           (is_word_char(static_cast<unsigned char>(text[i])) || text[i] == '-' || text[i] == '.'))
      ++i;
    while (i > d && text[i - 1] == '.') --i;
    const std::string_view domain = text.substr(d, i - d);
    const std::size_t dot = domain.rfind('.');
    if (dot == std::string_view::npos || dot == 0 || dot + 2 > domain.size()) return 0;
    return i;
  }

  // A hashtag or mention filling all of [b, e).
  bool is_tag(std::size_t b, std::size_t e) const {
    const char32_t first = cur.at(b);
    if (first != '#' && first != '@') return false;
    std::size_t i = cur.after(b);
    while (i < e && (is_word_char(cur.at(i)) || cur.at(i) == '_')) i = cur.after(i);
    return i == e;
  }

  // Digits, optionally grouped with , . : / - between digit groups, with an
  // ordinal suffix (3e, 21ste) or a % or + at the end; '90 (a year).
  bool is_number(std::size_t b, std::size_t e) const {
    std::size_t i = b;
    if (is_apostrophe(cur.at(i))) i = cur.after(i);
    if (i >= e || !is_digit(cur.at(i))) return false;
    while (i < e) {
      while (i < e && is_digit(cur.at(i))) ++i;
      if (i == e) return true;
      const char c = text[i];
      if ((c == ',' || c == '.' || c == ':' || c == '/' || c == '-') && i + 1 < e && is_digit(cur.at(i + 1))) {
        ++i;
        continue;
      }
      const std::string_view rest = text.substr(i, e - i);
      return rest == "%" || rest == "+" || rest == "e" || rest == "de" || rest == "ste" ||
             rest == "\u2030";
    }
    return true;
  }

  // A full stop between a lower-case and an upper-case letter, where a space
  // went missing ("zijn.Voor"), or e.
  std::size_t missing_space(std::size_t b, std::size_t e) const {
    for (std::size_t i = b + 1; i + 1 < e; ++i)
      if (text[i] == '.' && u_islower(cur.at(cur.before(i))) && u_isupper(cur.at(i + 1))) return i;
    return e;
  }

  // The first slash between two words (en/of), or e.
  std::size_t find_slash(std::size_t b, std::size_t e) const {
    for (std::size_t i = b; i < e; ++i)
      if (text[i] == '/' && i > b && i + 1 < e) return i;
    return e;
  }

  // Words joined by single hyphens or apostrophes (duo-interviews, zo'n,
  // 's-Hertogenbosch, COVID-19), maybe with a final hyphen (sport-) or an
  // elliptic bracket ((semi-)openbare) or a final + (lhbti+).
  bool is_compound(std::size_t b, std::size_t e) const {
    std::size_t i = b;
    if (cur.at(i) == '(') {
      i = elliptic_end(b, e);
      if (!i) return false;
    } else if (is_apostrophe(cur.at(i))) {
      i = cur.after(i);
    }
    for (;;) {
      const std::size_t w = alnum_end(i, e);
      if (w == i) return false;
      if (w == e) return true;
      const char32_t c = cur.at(w);
      const std::size_t n = cur.after(w);
      if (n == e) return is_hyphen(c) || c == 0x2013 || c == '+';  // kept by peel_trailing
      if (!(is_hyphen(c) || is_apostrophe(c))) return false;
      i = n;
    }
  }
};

TokenKind mark_kind(char32_t c) {
  switch (u_charType(c)) {
    case U_MATH_SYMBOL:
    case U_CURRENCY_SYMBOL:
    case U_MODIFIER_SYMBOL:
    case U_OTHER_SYMBOL:
    case U_PRIVATE_USE_CHAR:
    case U_SURROGATE:
    case U_NON_SPACING_MARK:
    case U_ENCLOSING_MARK:
    case U_COMBINING_SPACING_MARK:
    case U_FORMAT_CHAR:
      return TokenKind::symbol;
    default:
      return TokenKind::punct;
  }
}

bool is_clause_mark(char c) { return c == ',' || c == ';' || c == ':' || c == '?' || c == '!' || c == ')'; }

// How each byte starts a character, so that ASCII needs no decoding.
enum : std::uint8_t { kSeparator = 1, kLetter = 2, kMultibyte = 4 };
constexpr auto kByteClass = [] {
  std::array<std::uint8_t, 256> classes{};
  for (int c = 0; c <= 0x20; ++c) classes[c] = kSeparator;
  classes[0x7F] = kSeparator;
  for (int c = 'a'; c <= 'z'; ++c) classes[c] = classes[c - 32] = kLetter;
  for (int c = 0x80; c < 0x100; ++c) classes[c] = kMultibyte;
  return classes;
}();

// The high bit of each of eight bytes that is no ASCII letter: exact per
// byte (no carry crosses a byte), unlike the has_byte test.
std::uint64_t non_letters(std::uint64_t w) {
  constexpr std::uint64_t low7 = 0x7F7F7F7F7F7F7F7FULL, ones = 0x0101010101010101ULL;
  const std::uint64_t x = (w | 0x2020202020202020ULL) & low7;  // lower case, high bit apart
  const std::uint64_t at_least_a = x + ones * (0x80 - 'a');    // high bit set: x >= 'a'
  const std::uint64_t above_z = x + ones * (0x7F - 'z');       // high bit set: x > 'z'
  return ~(at_least_a & ~above_z & ~w) & ~low7;
}

// One tokenise() call: cuts the text into chunks (runs between white space),
// peels each chunk's opening and closing marks, and cuts its core into
// tokens by the Dutch rules, then by ICU's word breaks.
class Pass {
 public:
  Pass(std::string_view text, const AbbreviationSets& abbreviations, SurfaceCache& cache, WordBreaks& words,
       std::vector<Token>& out)
      : text_(text), cur_{text}, rules_{text, Cursor{text}, abbreviations}, cache_(cache), words_(words), out_(out) {}

  void run() {
    // Chunks are runs between separators. ASCII bytes are classified by a
    // table; only a multi-byte character is decoded to ask ICU.
    const std::string_view t = text_;
    const std::size_t n = t.size();
    std::size_t i = 0;
    while (i < n) {
      while (i < n) {
        const std::uint8_t k = kByteClass[static_cast<unsigned char>(t[i])];
        if (k & kSeparator)
          ++i;
        else if ((k & kMultibyte) && is_separator(cur_.at(i)))
          i = cur_.after(i);
        else
          break;
      }
      const std::size_t b = i;
      std::size_t first_other = std::string_view::npos;  // the first byte that is no ASCII letter
      // Most chunks start with a word: its ASCII letters eight at a time.
      for (; i + 8 <= n; i += 8)
        if (const std::uint64_t others = non_letters(utf8::load8(t.data() + i))) {
          i += utf8::first_flagged(others);
          break;
        }
      while (i < n) {
        const std::uint8_t k = kByteClass[static_cast<unsigned char>(t[i])];
        if (k & kSeparator) break;
        if (k & kMultibyte) {
          if (is_separator(cur_.at(i))) break;
          if (first_other == std::string_view::npos) first_other = i;
          i = cur_.after(i);
          continue;
        }
        if (!(k & kLetter) && first_other == std::string_view::npos) first_other = i;
        ++i;
      }
      if (b == i) break;
      // ASCII letters, maybe with one clause mark or a full stop: the common
      // case, where only the abbreviation rule applies.
      if (first_other == std::string_view::npos) {
        emit(b, i, TokenKind::word);
      } else if (first_other == i - 1 && i - b >= 2 && t[i - 1] == '.' && rules_.is_abbreviation(b, i)) {
        emit(b, i, TokenKind::abbrev);
      } else if (first_other == i - 1 && i - b >= 2 && (is_clause_mark(t[i - 1]) || t[i - 1] == '.')) {
        emit(b, i - 1, TokenKind::word);
        emit(i - 1, i, TokenKind::punct);
      } else {
        chunk(b, i);
      }
    }
  }

 private:
  void emit(std::size_t b, std::size_t e, TokenKind kind) {
    Token& t = out_.emplace_back();
    t.begin = b;
    t.end = e;
    t.kind = kind;
    if (e - b == 1 && kind != TokenKind::word) {  // a one-byte mark or digit is its own norm
      // Both from a local: reading a field just written stalls on store forwarding.
      const std::string_view norm(&kAsciiNorms[static_cast<unsigned char>(text_[b])], 1);
      t.norm = norm;
      t.stem = norm;
      return;
    }
    const SurfaceCache::Entry& entry = cache_.lookup(text_.substr(b, e - b), kind == TokenKind::word);
    t.norm = entry.norm;
    t.stem = kind == TokenKind::word ? entry.stem : entry.norm;
    t.surface_id = entry.id;
  }

  void emit_marks(std::size_t b, std::size_t e) {
    while (b < e) {
      const std::size_t r = rules_.run_end(b, e);
      emit(b, r, mark_kind(cur_.at(b)));
      b = r;
    }
  }

  // A token [b, m) followed by nothing but closing marks up to e.
  void emit_with_tail(std::size_t b, std::size_t m, std::size_t e, TokenKind kind) {
    emit(b, m, kind);
    emit_marks(m, e);
  }

  void chunk(std::size_t b, std::size_t e) {
    b = peel_leading(b, e);
    if (b == e) return;
    if (std::size_t u = rules_.url_end(b, e)) return emit_with_tail(b, u, e, TokenKind::url);
    if (std::size_t m = rules_.email_end(b, e)) return emit_with_tail(b, m, e, TokenKind::email);
    std::size_t core_end = rules_.peel_trailing(b, e);
    core(b, core_end);
    emit_marks(core_end, e);
  }

  // Emits the opening marks of a chunk and returns where its core starts.
  std::size_t peel_leading(std::size_t b, std::size_t e) {
    while (b < e && !rules_.starts_core(b, e)) {
      const std::size_t r = rules_.run_end(b, e);
      emit_marks(b, r);
      b = r;
    }
    return b;
  }

  // The core of a chunk: no opening or closing marks. A slash or a missing
  // space cuts the core in two: the left part (which has none before it) is
  // a core of its own, the right part goes round the loop, so that a run of
  // thousands of a/b/c/... cannot exhaust the stack.
  void core(std::size_t b, std::size_t e) {
    while (b < e) {
      if (rules_.is_tag(b, e)) return emit(b, e, text_[b] == '#' ? TokenKind::hashtag : TokenKind::mention);
      if (text_[e - 1] == '.' && rules_.is_abbreviation(b, e)) return emit(b, e, TokenKind::abbrev);
      if (rules_.is_number(b, e)) return emit(b, e, TokenKind::number);
      std::size_t cut = rules_.find_slash(b, e);
      if (cut == e) {
        if (rules_.is_compound(b, e)) return emit(b, e, TokenKind::word);
        cut = rules_.missing_space(b, e);
        if (cut == e) return pieces(b, e);
      }
      core(b, cut);
      emit(cut, cut + 1, TokenKind::punct);
      b = cut + 1;
    }
  }

  // What no Dutch rule covers: ICU's word boundaries decide.
  void pieces(std::size_t b, std::size_t e) {
    std::size_t i = b;
    for (int32_t f = words_.following(b); i < e; f = words_.next()) {
      const std::size_t next = f == icu::BreakIterator::DONE ? e : std::min(e, static_cast<std::size_t>(f));
      const char32_t c = cur_.at(i);
      if (is_word_char(c) && !is_mark(c))
        emit(i, next, rules_.is_number(i, next) ? TokenKind::number : TokenKind::word);
      else
        emit_marks(i, next);
      i = next;
    }
  }

  std::string_view text_;
  Cursor cur_;
  DutchRules rules_;
  SurfaceCache& cache_;
  WordBreaks& words_;
  std::vector<Token>& out_;
};

}  // namespace

// What outlives a call: the data loaded once and the surface cache.
struct Tokeniser::Impl {
  explicit Impl(Stems stems) : cache(stems) {}
  AbbreviationSets abbreviations;
  SurfaceCache cache;
  WordBreaks words;
};

SnowballStemmer::SnowballStemmer() : stemmer_(sb_stemmer_new("dutch", "UTF_8")) {
  if (!stemmer_) throw std::runtime_error("libstemmer has no Dutch stemmer");
}
SnowballStemmer::~SnowballStemmer() { sb_stemmer_delete(stemmer_); }

void SnowballStemmer::stem(std::string_view norm, std::string& out) {
  const sb_symbol* s =
      sb_stemmer_stem(stemmer_, reinterpret_cast<const sb_symbol*>(norm.data()), static_cast<int>(norm.size()));
  if (s)
    out.assign(reinterpret_cast<const char*>(s), static_cast<std::size_t>(sb_stemmer_length(stemmer_)));
  else
    out.assign(norm);
}

Tokeniser::Tokeniser(Stems stems) : impl_(std::make_unique<Impl>(stems)) {}
Tokeniser::~Tokeniser() = default;

void Tokeniser::tokenise(std::string_view text, std::vector<Token>& out) {
  out.clear();
  impl_->cache.start_call();
  impl_->words.start_call(text);
  Pass(text, impl_->abbreviations, impl_->cache, impl_->words, out).run();
}

std::uint64_t Tokeniser::generation() const { return impl_->cache.generation(); }

}  // namespace draad
