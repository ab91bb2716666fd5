#include "text/heading.h"

#include <algorithm>
#include <cstddef>
#include <string>

#include "base/chars.h"
#include "base/utf8.h"

namespace draad {
namespace {

constexpr int max_heading_words = 12;
// A headline is longer than a section title: measured on three hand-coded
// golds, lines of 13 to 20 words without punctuation in prose were all
// titles (`Vluchtelingen hebben weinig contact met Nederlanders (en andere
// eerste resultaten van ...)`).
constexpr int max_title_words = 20;

std::string_view skip_spaces(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t next = i;
    if (!chars::is_space(utf8::next(s, next))) break;
    i = next;
  }
  return s.substr(i);
}

// The first whitespace-separated word of `s` (which starts with no space).
std::string_view first_word(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t next = i;
    if (chars::is_space(utf8::next(s, next))) break;
    i = next;
  }
  return s.substr(0, i);
}

int count_words(std::string_view s) {
  int words = 0;
  for (s = skip_spaces(s); !s.empty(); s = skip_spaces(s.substr(first_word(s).size()))) ++words;
  return words;
}

// `●`, `•`, `-` and the like before a list item or a heading.
bool is_bullet(char32_t c) { return c == U'-' || c == U'*' || c == U'\u2013' || chars::is_bullet_symbol(c); }

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!chars::is_digit(static_cast<unsigned char>(c))) return false;
  return true;
}

// `1.`, `2.3`, `2.3.1.`: numbers of one or two digits with dots between or
// after, but not a bare number (`5 tips`, `22 jaar`) nor a time (`22.00`).
bool is_section_number(std::string_view w) {
  if (w.find('.') == std::string_view::npos) return false;
  if (w.back() == '.') w.remove_suffix(1);
  for (std::size_t part = 0;; ++part) {
    const std::string_view digits = w.substr(0, w.find('.'));
    if (!all_digits(digits) || digits.size() > 2 || (part > 0 && digits[0] == '0')) return false;
    if (digits.size() == w.size()) return true;
    w.remove_prefix(digits.size() + 1);
  }
}

// `2`, `2:`, `II.`, `B`: what numbers a chapter, an appendix or a part.
bool is_part_number(std::string_view w) {
  while (!w.empty() && (w.back() == ':' || w.back() == '.')) w.remove_suffix(1);
  if (all_digits(w) && w.size() <= 3) return true;
  if (w.size() == 1 && w[0] >= 'A' && w[0] <= 'Z') return true;
  if (w.empty() || w.size() > 5) return false;
  for (char c : w)
    if (std::string_view("IVXL").find(c) == std::string_view::npos) return false;
  return true;
}

bool is_part_word(std::string_view w) {
  const std::string lower = utf8::ascii_lower(w);
  return lower == "hoofdstuk" || lower == "bijlage" || lower == "paragraaf" || lower == "deel";
}

// The last code point of `s` (not empty).
char32_t last_code_point(std::string_view s) {
  std::size_t i = utf8::previous(s, s.size());
  return utf8::next(s, i);
}

// `s` without the quotes and closing brackets at its end.
std::string_view without_closing_marks(std::string_view s) {
  while (!s.empty()) {
    std::size_t i = utf8::previous(s, s.size());
    const std::size_t at = i;
    if (const char32_t c = utf8::next(s, i); !chars::is_quote(c) && c != U')' && c != U']') break;
    s = s.substr(0, at);
  }
  return s;
}

bool is_sentence_end(char32_t c) { return c == U'.' || c == U'!' || c == U'?' || c == U'\u2026'; }

// A title line: a number or a chapter word opens it, and it ends as no
// sentence or lead-in ends. A share in it makes it a ranked result, no
// section (`1. Elkaar helpen (57%)`).
bool is_title_line(std::string_view line) {
  line = utf8::trim(line);
  if (line.empty() || line.find('%') != std::string_view::npos) return false;
  std::size_t after_bullet = 0;
  if (is_bullet(utf8::next(line, after_bullet))) line = skip_spaces(line.substr(after_bullet));
  if (line.empty()) return false;
  const char32_t last = last_code_point(line);
  if (!chars::is_letter(last) && !chars::is_digit(last) && last != U')') return false;
  const std::string_view opener = first_word(line);
  const std::string_view rest = skip_spaces(line.substr(opener.size()));
  if (is_section_number(opener)) return !rest.empty() && count_words(rest) <= max_heading_words;
  if (is_part_word(opener) && !rest.empty() && is_part_number(first_word(rest)))
    return count_words(line) <= max_heading_words;
  return false;
}

// `Inleiding ........ 4`, `2.1 Opzet … 12`: a title, a dotted leader and a
// page number.
bool is_contents_line(std::string_view line) {
  line = utf8::trim(line);
  std::size_t end = line.size();
  while (end > 0 && chars::is_digit(static_cast<unsigned char>(line[end - 1]))) --end;
  if (end == line.size() || line.size() - end > 4) return false;
  std::string_view before = utf8::trim(line.substr(0, end));
  std::size_t dots = 0;
  while (!before.empty()) {
    if (before.back() == '.' || before.back() == ' ') {
      dots += before.back() == '.';
      before.remove_suffix(1);
    } else if (before.size() >= 3 && before.substr(before.size() - 3) == "\u2026") {
      dots += 3;
      before.remove_suffix(3);
    } else {
      break;
    }
  }
  if (dots < 2) return false;
  for (std::size_t i = 0; i < before.size();)
    if (chars::is_letter(utf8::next(before, i))) return true;
  return false;
}

// `Inhoud`, `Inhoudsopgave`: the title of a table of contents.
bool is_contents_title(std::string_view line) {
  const std::string lower = utf8::ascii_lower(utf8::trim(line));
  return lower == "inhoud" || lower == "inhoudsopgave" || lower == "inhoudstafel";
}

}  // namespace

bool is_heading(std::string_view text) {
  text = utf8::trim(text);
  if (text.empty()) return false;
  bool contents = true;
  for (std::size_t start = 0; start <= text.size() && contents;) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    const std::string_view line = text.substr(start, end - start);
    contents = utf8::trim(line).empty() || is_contents_line(line) || (start == 0 && is_contents_title(line));
    start = end + 1;
  }
  if (contents && !is_contents_title(text)) return true;
  return text.find('\n') == std::string_view::npos && is_title_line(text);
}

void ProseCount::add(std::string_view paragraph) {
  const std::size_t n = static_cast<std::size_t>(count_words(paragraph));
  words_ += n;
  const std::string_view end = without_closing_marks(utf8::trim(paragraph));
  if (!end.empty() && is_sentence_end(last_code_point(end))) in_sentences_ += n;
}

namespace {

// One line of at most max_title_words words that opens with no bullet, is not
// wholly between brackets (`[gelach]`) and holds no sentence end (`. `, `! `,
// `? `); its body, without closing quotes and brackets, or "" when it is none.
std::string_view title_body(std::string_view text) {
  text = utf8::trim(text);
  if (text.empty() || text.find('\n') != std::string_view::npos) return {};
  std::size_t after_first = 0;
  const char32_t first = utf8::next(text, after_first);
  if (is_bullet(first) || (first == U'[' && last_code_point(text) == U']')) return {};
  for (std::size_t i = 0; i < text.size();) {
    const char32_t c = utf8::next(text, i);
    std::size_t after = i;
    if (is_sentence_end(c) && i < text.size() && chars::is_space(utf8::next(text, after))) return {};
  }
  if (count_words(text) > max_title_words) return {};
  return without_closing_marks(text);
}

}  // namespace

bool is_bare_title(std::string_view text) {
  const std::string_view body = title_body(text);
  if (body.empty()) return false;
  std::size_t after_first = 0;
  if (chars::is_quote(utf8::next(body, after_first))) return false;  // a quote is what someone said
  const char32_t last = last_code_point(body);
  return chars::is_letter(last) || chars::is_digit(last);
}

bool is_question_title(std::string_view text) {
  text = utf8::trim(text);
  std::size_t after_first = 0;
  if (!text.empty() && is_bullet(utf8::next(text, after_first))) text = text.substr(after_first);
  const std::string_view body = title_body(text);
  return !body.empty() && last_code_point(body) == U'?';
}

bool is_headline(std::string_view text) {
  const std::string_view body = title_body(text);
  if (body.empty()) return false;
  const char32_t last = last_code_point(body);
  // an ellipsis, not a full stop: a sentence ends there
  const bool ellipsis = body.size() >= 2 && body.substr(body.size() - 2) == "..";
  return chars::is_letter(last) || chars::is_digit(last) || last == U'?' || last == U'!' || last == U'\u2026' || ellipsis;
}

}  // namespace draad
