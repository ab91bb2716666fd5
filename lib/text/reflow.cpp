#include "text/reflow.h"

#include <fmt/format.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <limits>
#include <memory>
#include <optional>
#include <stdexcept>

#include "dutch/dutch_dictionary.h"
#include "base/lines.h"
#include "base/chars.h"
#include "base/string_map.h"
#include "base/utf8.h"
#include "text/transcript.h"

namespace draad {
using chars::is_digit;
using chars::is_letter;

namespace {

// ---------------------------------------------------------------- characters

// utf8::next that never steps past the end, so that text which is not valid
// UTF-8 (reflow expects normalised text, but must not crash on other bytes)
// cannot lead an index astray.
char32_t next(std::string_view s, std::size_t& i) {
  char32_t c = utf8::next(s, i);
  i = std::min(i, s.size());
  return c;
}

char32_t first_char(std::string_view s) {
  if (s.empty()) return 0;
  std::size_t i = 0;
  return next(s, i);
}

// Start of the last code point of non-empty `s`.
std::size_t last_char_start(std::string_view s) {
  std::size_t i = s.size() - 1;
  while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  return i;
}

char32_t last_char(std::string_view s) {
  if (s.empty()) return 0;
  std::size_t i = last_char_start(s);
  return next(s, i);
}

bool is_lower(char32_t c) { return u_islower(static_cast<UChar32>(c)); }
bool is_upper(char32_t c) { return u_isupper(static_cast<UChar32>(c)) || u_istitle(static_cast<UChar32>(c)); }
bool is_closer(char32_t c) {
  return c == U'"' || c == U'\'' || c == U'”' || c == U'’' || c == U'»' || c == U')' || c == U']';
}

void append_lower(std::string& out, std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    char32_t c = next(s, i);
    if (c < 0x80)
      out += utf8::ascii_lower(static_cast<char>(c));
    else
      utf8::append(out, static_cast<char32_t>(u_tolower(static_cast<UChar32>(c))));
  }
}

std::string lower(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  append_lower(out, s);
  return out;
}

bool all_upper(std::string_view s) {
  bool any = false;
  for (std::size_t i = 0; i < s.size();) {
    char32_t c = next(s, i);
    if (is_lower(c)) return false;
    any |= is_upper(c);
  }
  return any;
}

bool starts_lower(std::string_view s) { return is_lower(first_char(s)); }

// The text without closing quotes and brackets at its end.
std::string_view without_closers(std::string_view s) {
  while (!s.empty() && is_closer(last_char(s))) s = s.substr(0, last_char_start(s));
  return s;
}

// A sentence (or an announcement before a list) ends here.
bool ends_sentence(std::string_view s) {
  char32_t c = last_char(without_closers(s));
  return c == '.' || c == '!' || c == '?' || c == U'…' || c == ':';
}

bool ends_with_punctuation(std::string_view s) {
  char32_t c = last_char(without_closers(s));
  return ends_sentence(s) || c == ',' || c == ';' || c == '-' || c == U'–' || c == U'—';
}

bool is_word_start(char32_t c) { return is_letter(c) || is_digit(c); }

// `s` ends in a word cut by a hyphen: a letter or digit, then '-'.
bool ends_in_broken_word(std::string_view s) {
  if (s.size() < 2 || s.back() != '-') return false;
  return is_word_start(last_char(s.substr(0, s.size() - 1)));
}

// ---------------------------------------------------------------- line kinds

// Byte length of a list marker (with the space after it) at the start of
// `s`: a bullet symbol, "-", "*", "1.", "12)", "a)", "(a)", "(1)"; else 0.
std::size_t list_marker(std::string_view s) {
  static constexpr std::array<std::string_view, 17> kSymbols = {"●", "•", "➔", "◆", "▪", "■", "○", "◦", "►", "➢",
                                                                "→", "✓", "✔", "·", "-", "*", "+"};
  auto space_at = [&](std::size_t i) { return i == s.size() || s[i] == ' ' || s[i] == '\t'; };
  for (auto symbol : kSymbols)
    if (s.starts_with(symbol) && space_at(symbol.size())) return symbol.size();
  std::size_t i = s.size() > 0 && s[0] == '(' ? 1 : 0;
  std::size_t end = i;
  while (end < s.size() && end - i < 3 && is_digit(static_cast<unsigned char>(s[end]))) ++end;
  bool letter = false;
  if (end == i) {
    if (i >= s.size() || s[i] < 'a' || s[i] > 'z') return 0;
    end = i + 1;
    letter = true;
  }
  if (end >= s.size()) return 0;
  if (i == 1 || letter) {
    if (s[end] != ')') return 0;
  } else if (s[end] != '.' && s[end] != ')') {
    return 0;
  }
  return space_at(end + 1) ? end + 1 : 0;
}

// "Fatima:", "P3:", "Gespreksleider:", "[00:12:31] Fatima:", "Fatima (00:12:31):":
// a turn starts here, even when the extract runs turns together.
bool speaker_label(std::string_view s) {
  std::size_t i = 0;
  if (!s.empty() && s[0] == '[') {
    std::size_t close = s.find(']');
    if (close == std::string_view::npos || close > 12) return false;
    i = close + 1;
    while (i < s.size() && s[i] == ' ') ++i;
  }
  if (!is_upper(first_char(s.substr(i)))) return false;
  int words = 1;
  for (std::size_t limit = std::min(s.size(), i + 48); i < limit;) {
    char c = s[i];
    if (c == ':') return i + 1 == s.size() || s[i + 1] == ' ';
    if (c == '(') {
      std::size_t close = s.find(')', i);
      if (close == std::string_view::npos || close - i > 12) return false;
      i = close + 1;
      continue;
    }
    if (c == ' ' && ++words > 4) return false;
    char32_t cp = next(s, i);
    if (!is_letter(cp) && !is_digit(cp) && cp != ' ' && cp != '.' && cp != '-' && cp != '\'' && cp != U'’') return false;
  }
  return false;
}

// Columns of a table keep their line breaks.
bool table_row(std::string_view content) {
  return content.find('\t') != std::string_view::npos || content.find("   ") != std::string_view::npos;
}

enum class PageNumber : std::uint8_t { none, weak, strong };

// "3", "3/9" (weak: could be data) or "- 3 -", "Pagina 3", "Pagina 3 van 9",
// "Page 3 of 9", "blz. 3", "3 van 9" (strong).
PageNumber page_number(std::string_view s, long& value) {
  if (s.size() > 40) return PageNumber::none;
  std::string t = lower(s);
  std::string_view v = t;
  bool strong = false;
  auto skip_spaces = [&] {
    while (!v.empty() && v.front() == ' ') v.remove_prefix(1);
    while (!v.empty() && v.back() == ' ') v.remove_suffix(1);
  };
  for (std::string_view dash : {"-", "–", "—"}) {
    if (v.starts_with(dash) && v.size() > 2 * dash.size() && v.ends_with(dash)) {
      v = v.substr(dash.size(), v.size() - 2 * dash.size());
      strong = true;
      break;
    }
  }
  skip_spaces();
  for (std::string_view word : {"pagina", "page", "pag.", "blz.", "blz", "p."}) {
    if (v.starts_with(word)) {
      v.remove_prefix(word.size());
      strong = true;
      break;
    }
  }
  skip_spaces();
  auto number = [&](long& n) {
    std::size_t k = 0;
    n = 0;
    while (k < v.size() && k < 4 && is_digit(static_cast<unsigned char>(v[k]))) n = n * 10 + (v[k++] - '0');
    if (k == 0 || (k < v.size() && is_digit(static_cast<unsigned char>(v[k])))) return false;
    v.remove_prefix(k);
    return true;
  };
  if (!number(value)) return PageNumber::none;
  skip_spaces();
  if (!v.empty()) {
    bool slash = v.starts_with("/");
    if (slash) {
      v.remove_prefix(1);
    } else if (v.starts_with("van ") || v.starts_with("of ")) {
      v.remove_prefix(v[0] == 'v' ? 4 : 3);
      strong = true;
    } else {
      return PageNumber::none;
    }
    skip_spaces();
    long total = 0;
    if (!number(total) || !v.empty() || total < value) return PageNumber::none;
  }
  return strong ? PageNumber::strong : PageNumber::weak;
}

// ---------------------------------------------------------------- lines

// A line of the text: the line without trailing white space and form
// feeds. Made on demand from a LineSpan, which is all that is held per line.
struct Line {
  std::string_view text;
  std::uint32_t indent = 0;  // bytes of indentation before the content
  bool page_break = false;   // a form feed stood on this line
  std::string_view content() const { return text.substr(indent); }  // text without its indentation
  bool blank() const { return indent == text.size(); }
  std::size_t length() const { return utf8::count_code_points(text); }  // in code points
};

// Eight bytes per line, so that a document of short lines (a PDF extract of
// two million) costs little besides its text.
struct LineSpan {
  std::uint32_t offset;      // of the line's text in the document
  std::uint32_t size : 31;   // a document is far smaller than 2 GiB
  std::uint32_t page_break : 1;
};

// Calls f(line) for each line of `text` in order, until f returns false.
template <typename F>
void each_line(std::string_view text, F&& f) {
  for_each_line(text, [&](std::size_t begin, std::size_t end) {
    std::string_view t = text.substr(begin, end - begin);
    const bool page_break = t.find('\f') != std::string_view::npos;
    while (!t.empty() && (t.front() == '\f' || t.front() == '\v')) t.remove_prefix(1);
    while (!t.empty() && std::string_view(" \t\f\v").find(t.back()) != std::string_view::npos) t.remove_suffix(1);
    return static_cast<bool>(f(Line{t, static_cast<std::uint32_t>(std::min(t.find_first_not_of(" \t"), t.size())), page_break}));
  });
}

// The lines of a text, one LineSpan each.
class Lines {
 public:
  explicit Lines(std::string_view text) : text_(text) {
    if (text.size() >= (std::size_t{1} << 31)) throw std::length_error("reflow: a text of 2 GiB or more");
    // Sized once: growing by doubling would hold the old and the new array at once.
    spans_.reserve(utf8::count_byte(text, '\n') + 1);
    each_line(text, [&](const Line& line) {
      spans_.push_back({static_cast<std::uint32_t>(line.text.data() - text.data()),
                        static_cast<std::uint32_t>(line.text.size()), line.page_break});
      return true;
    });
  }
  std::size_t size() const { return spans_.size(); }
  Line operator[](std::size_t i) const {
    const std::string_view t = text_.substr(spans_[i].offset, spans_[i].size);
    return {t, static_cast<std::uint32_t>(std::min(t.find_first_not_of(" \t"), t.size())), spans_[i].page_break != 0};
  }
  // Where line i's text starts in the document.
  std::size_t offset(std::size_t i) const { return spans_[i].offset; }

 private:
  std::string_view text_;
  std::vector<LineSpan> spans_;
};

// The usual width of a full line: the 90th percentile of the lengths of
// the non-blank lines added (lines longer than 1000 code points count as 1000).
class WidthTally {
 public:
  void add(const Line& line) {
    ++histogram_[std::min<std::size_t>(line.length(), 1000)];
    ++n_;
  }
  std::size_t width() const {
    std::size_t seen = 0;
    for (std::size_t len = 0; len < histogram_.size(); ++len) {
      seen += histogram_[len];
      if (seen * 10 >= n_ * 9) return len;
    }
    return 0;
  }

 private:
  std::array<std::size_t, 1001> histogram_{};
  std::size_t n_ = 0;
};

// The typical width of the lines not dropped.
std::size_t typical_width(const Lines& lines, const std::vector<bool>& dropped) {
  WidthTally widths;
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (const Line line = lines[i]; !line.blank() && !dropped[i]) widths.add(line);
  return widths.width();
}

bool full(const Line& line, std::size_t width) { return line.length() * 10 >= width * 6; }

// Close to the typical width, as the lines of a page are.
bool in_band(const Line& line, std::size_t width) { return full(line, width) && line.length() * 4 <= width * 5; }

// A typical width that a printed page gives; transcripts with one paragraph
// per line have far longer lines.
bool page_width(std::size_t width) { return width >= 20 && width <= 200; }

// A wrapped line: it runs on into `following`, which starts in lower case.
bool wraps(const Line& line, const Line& following, std::size_t width) {
  return full(line, width) && !ends_sentence(line.text) && starts_lower(following.content());
}

// ---------------------------------------------------------------- page furniture

// A sentence of three words or more (ending in . ! ? or …, maybe before a
// closing quote or bracket) is content, however often it recurs: the same
// question asked in each session, a summary repeated at the end.
bool is_sentence(std::string_view s) {
  while (!s.empty() && std::string_view("\"')]").find(s.back()) != std::string_view::npos) s.remove_suffix(1);
  if (s.ends_with("\xE2\x80\x9D") || s.ends_with("\xE2\x80\x99")) s.remove_suffix(3);  // ” ’
  const bool final = s.ends_with('.') || s.ends_with('!') || s.ends_with('?') || s.ends_with("\xE2\x80\xA6");
  return final && std::count(s.begin(), s.end(), ' ') >= 2;
}

// The digit-blind key of a candidate header or footer line into `key`; false
// for a line that cannot be one.
bool furniture_key(const Line& line, std::string& key) {
  key.clear();
  if (line.blank() || line.length() > 100 || list_marker(line.content()) || is_sentence(line.content()) ||
      parse_label(line.content()))
    return false;
  const std::string_view s = line.content();
  bool letter = false;
  for (std::size_t i = 0; i < s.size();) {
    const char b = s[i];
    if (is_digit(static_cast<unsigned char>(b))) {
      if (key.empty() || key.back() != '#') key += '#';
      ++i;
    } else if (b == ' ' || b == '\t') {
      if (key.empty() || key.back() != ' ') key += ' ';
      ++i;
    } else {
      // A run of other characters in one piece: an append per character
      // cost more than the rest of the key.
      const std::size_t start = i;
      while (i < s.size() && !is_digit(static_cast<unsigned char>(s[i])) && s[i] != ' ' && s[i] != '\t')
        letter |= is_letter(next(s, i));
      key.append(s.substr(start, i - start));
    }
  }
  return letter;
}

// The fewest lines between two running headers when no page marks (form
// feeds, page numbers) show where pages end: a page holds more.
constexpr std::size_t kPageLines = 10;

// Marks page numbers and running headers and footers in `dropped`.
void find_furniture(std::string_view text, const Lines& lines, std::vector<bool>& dropped,
                    std::vector<DroppedLine>& report) {
  const std::size_t n = lines.size();
  // Lines whose keys are the same form a group; a line's group is an index
  // (four bytes a line, not a pointer).
  constexpr std::uint32_t kNoGroup = std::numeric_limits<std::uint32_t>::max();
  StringMap<std::uint32_t> by_key;
  std::vector<std::vector<std::uint32_t>> groups;
  std::vector<std::uint32_t> group_of(n, kNoGroup);
  std::string key;
  std::vector<PageNumber> numbers(n, PageNumber::none);
  for (std::size_t i = 0; i < n; ++i) {
    const Line line = lines[i];
    if (line.blank()) continue;
    long value = 0;
    numbers[i] = page_number(line.content(), value);
    if (numbers[i] != PageNumber::none) continue;
    if (!furniture_key(line, key)) continue;
    auto [group, added] = by_key.try_emplace(key, static_cast<std::uint32_t>(groups.size()));
    if (added) groups.emplace_back();
    groups[group->second].push_back(static_cast<std::uint32_t>(i));
    group_of[i] = group->second;
  }
  // A header recurs at least three times, or on both pages of a document of
  // two pages (form feeds tell where they meet).
  const std::size_t pages = 1 + utf8::count_byte(text, '\f');
  const std::size_t least_repeats = pages == 2 ? 2 : 3;
  auto repeated = [&](std::size_t i) { return group_of[i] != kNoGroup && groups[group_of[i]].size() >= least_repeats; };
  // Whether line i opens or closes its page: between it and a page break
  // (which pdftotext and poppler write at the start of a page's first line)
  // or the edge of the text stand only blank lines and page numbers.
  auto margin = [&](std::size_t j) { return lines[j].blank() || numbers[j] != PageNumber::none; };
  auto at_page_edge = [&](std::size_t i) {
    if (lines[i].page_break) return true;
    std::size_t j = i;
    while (j > 0 && margin(j - 1) && !lines[j - 1].page_break) --j;
    if (j == 0 || lines[j - 1].page_break) return true;
    j = i + 1;
    while (j < n && margin(j) && !lines[j].page_break) ++j;
    return j == n || lines[j].page_break;
  };
  // Furniture stands apart from the running text: its neighbours are blank
  // lines, the edges of the text, page numbers or other furniture.
  auto apart = [&](std::size_t i) {
    auto ok = [&](std::size_t j) { return margin(j) || repeated(j); };
    return (i == 0 || ok(i - 1)) && (i + 1 == n || ok(i + 1));
  };

  // A bare "3" or "3/9" is a page number only in a series that counts up by
  // one or two (a page without a number).
  std::vector<long> weak;  // their numbers
  for (std::size_t i = 0; i < n; ++i)
    if (numbers[i] == PageNumber::weak && apart(i)) page_number(lines[i].content(), weak.emplace_back());
  bool series = weak.size() >= 2;
  for (std::size_t k = 1; k < weak.size(); ++k) {
    long step = weak[k] - weak[k - 1];
    series &= step >= 1 && step <= 2;
  }
  std::vector<std::size_t> page_marks;
  for (std::size_t i = 0; i < n; ++i) {
    if (numbers[i] == PageNumber::strong || (numbers[i] == PageNumber::weak && series && apart(i))) {
      dropped[i] = true;
      page_marks.push_back(i);
    } else if (lines[i].page_break) {
      page_marks.push_back(i);
    }
  }

  // A running header repeats (ignoring digits) least_repeats times, each
  // time near a page mark or an edge of the text; without page marks, at
  // fairly regular distances.
  std::size_t first_nonblank = 0;
  while (first_nonblank < n && lines[first_nonblank].blank()) ++first_nonblank;
  auto near_page_mark = [&](std::size_t i) {
    auto it = std::lower_bound(page_marks.begin(), page_marks.end(), i > 4 ? i - 4 : 0);
    return (it != page_marks.end() && *it <= i + 4) || i <= first_nonblank + 4 || i + 5 >= n;
  };
  // The nearest line before (step -1) or after (+1) that is neither blank nor a page number.
  auto neighbour = [&](std::size_t i, int step) -> std::string_view {
    for (std::size_t j = i + step; j < n; j += step)
      if (const Line line = lines[j]; !line.blank() && numbers[j] == PageNumber::none) return line.content();
    return {};
  };
  // Lines of a paragraph the document repeats come with the same neighbour
  // each time; a running header or footer stands between different pages.
  auto same_context = [&](const std::vector<std::uint32_t>& at, int step) {
    const std::string_view first = neighbour(at[0], step);
    return !first.empty() && std::all_of(at.begin(), at.end(), [&](std::size_t i) { return neighbour(i, step) == first; });
  };
  for (const auto& at : groups) {
    if (at.size() < least_repeats) continue;
    std::size_t min_gap = n, max_gap = 0;
    for (std::size_t k = 1; k < at.size(); ++k) {
      min_gap = std::min<std::size_t>(min_gap, at[k] - at[k - 1]);
      max_gap = std::max<std::size_t>(max_gap, at[k] - at[k - 1]);
    }
    // Without page marks, only a line that recurs at page-like intervals.
    if (min_gap < (page_marks.empty() ? kPageLines : 5) || same_context(at, -1) || same_context(at, 1)) continue;
    bool furniture = page_marks.empty() ? max_gap <= 2 * min_gap : true;
    // Where form feeds mark the pages, a line that is the same on every
    // page, digits too, may also touch its page's edge without a blank line
    // (poppler gives a header and the page's first line of text so); a
    // heading that opens some pages ("Vraag 1", "Vraag 2") differs in its digits.
    const bool same = std::all_of(at.begin(), at.end(), [&](std::size_t i) { return lines[i].content() == lines[at[0]].content(); });
    for (std::size_t i : at)
      furniture = furniture && (apart(i) || (pages >= 2 && same && at_page_edge(i))) && (page_marks.empty() || near_page_mark(i));
    if (furniture)
      for (std::size_t i : at) dropped[i] = true;
  }
  // A line's page: 1 + the form feeds before its content.
  std::int64_t page = 1;
  std::size_t counted = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (!dropped[i]) continue;
    const std::size_t at = lines.offset(i);
    page += static_cast<std::int64_t>(utf8::count_byte(text.substr(counted, at - counted), '\f'));
    counted = at;
    report.push_back({static_cast<std::int64_t>(i + 1), std::string(lines[i].content()), page});
  }
}

// ---------------------------------------------------------------- hyphens

// Dutch writes a hyphen where the vowels on both sides would otherwise read
// as one sound: zee-egel, auto-ongeluk, mede-eigenaar, na-apen.
bool vowel_clash(char32_t left, char32_t right) {
  static constexpr std::array<std::string_view, 15> kClashes = {"aa", "ae", "ai", "au", "ee", "ei", "eu", "ie",
                                                                "ii", "oe", "oi", "oo", "ou", "ui", "uu"};
  if (left > 0x7F || right > 0x7F) return false;
  const char pair[2] = {static_cast<char>(u_tolower(static_cast<UChar32>(left))),
                        static_cast<char>(u_tolower(static_cast<UChar32>(right)))};
  return std::find(kClashes.begin(), kClashes.end(), std::string_view(pair, 2)) != kClashes.end();
}

// Prefixes that Dutch writers keep apart with a hyphen although the word list
// joins them (anti-racisme, anti-discriminatie).
bool hyphenated_prefix(std::string_view left) { return lower(left) == "anti"; }

bool word_char(char32_t c) { return is_letter(c) || is_digit(c) || c == '-' || c == '\'' || c == U'’'; }

enum class Hyphen { join, keep, elide };

// Decides what a hyphen at a line end is, from the document's own words, the
// Dutch word list and spelling rules.
class HyphenJudge {
 public:
  explicit HyphenJudge(std::string_view text) : text_(text) {}

  Hyphen judge(std::string_view left, std::string_view right, std::string_view after_right) {
    // "sport- en cultuurverenigingen": the hyphen stands for a left-out part.
    if ((right == "en" || right == "of") && (after_right.empty() || after_right[0] == ' ')) return Hyphen::elide;
    if (is_digit(last_char(left)) || is_digit(first_char(right))) return Hyphen::keep;  // COVID-19, 2025-2026
    if (is_upper(first_char(right)) && !all_upper(left)) return Hyphen::keep;         // Noord-Brabant
    // Hyphenation leaves at least two letters on a line: e-mail, x-as.
    const std::string_view last_part = left.substr(left.rfind('-') == std::string_view::npos ? 0 : left.rfind('-') + 1);
    if (utf8::count_code_points(last_part) < 2) return Hyphen::keep;
    if (!vocabulary_built_) build_vocabulary();
    std::string joined = lower(std::string(left) + std::string(right));
    std::string hyphenated = lower(std::string(left) + "-" + std::string(right));
    std::size_t as_one = count(joined), as_two = count(hyphenated);
    if (as_one || as_two) return as_one >= as_two ? Hyphen::join : Hyphen::keep;
    if (prefixes_.count(lower(last_part)) || hyphenated_prefix(last_part)) return Hyphen::keep;
    bool caps = all_upper(left) && all_upper(right);
    int one = dutch_dictionary::spell(caps ? joined : std::string(left) + std::string(right));
    int two = dutch_dictionary::spell(caps ? hyphenated : std::string(left) + "-" + std::string(right));
    if (one >= 0 && one != two) return one ? Hyphen::join : Hyphen::keep;
    if (vowel_clash(last_char(left), first_char(right))) return Hyphen::keep;
    return Hyphen::join;
  }

 private:
  std::size_t count(const std::string& word) const {
    const auto* it = words_.find(word);
    return it ? it->second : 0;
  }

  // Every word of the text, lower-cased, with how often it occurs; and the
  // first parts of hyphenated words whose hyphen no spelling rule explains
  // (anti-discriminatie gives "anti").
  void build_vocabulary() {
    vocabulary_built_ = true;
    // ASCII bytes answer word_char() from a table; other characters are decoded.
    static constexpr auto kAsciiWordChar = [] {
      std::array<bool, 128> t{};
      for (int c = 'a'; c <= 'z'; ++c) t[c] = t[c - 32] = true;
      for (int c = '0'; c <= '9'; ++c) t[c] = true;
      t['-'] = t['\''] = true;
      return t;
    }();
    // Whether the character at `at` is a word character; steps past it.
    auto word_char_at = [&](std::size_t& at) {
      const auto b = static_cast<unsigned char>(text_[at]);
      if (b >= 0x80) return word_char(next(text_, at));
      ++at;
      return kAsciiWordChar[b];
    };
    std::string key;
    for (std::size_t i = 0; i < text_.size();) {
      std::size_t start = i;
      if (!word_char_at(i)) continue;
      std::size_t end = i;
      while (end < text_.size()) {
        std::size_t after = end;
        if (!word_char_at(after)) break;
        end = after;
      }
      i = end;
      std::string_view word = text_.substr(start, end - start);
      while (!word.empty() && !is_letter(first_char(word)) && !is_digit(first_char(word))) {
        std::size_t k = 0;
        next(word, k);
        word.remove_prefix(k);
      }
      while (!word.empty() && !is_letter(last_char(word)) && !is_digit(last_char(word)))
        word.remove_suffix(word.size() - last_char_start(word));
      if (word.empty()) continue;
      key.clear();
      append_lower(key, word);
      ++words_[key];
      for (std::size_t h = word.find('-'); h != std::string_view::npos; h = word.find('-', h + 1)) {
        std::string_view before = word.substr(0, h);
        before = before.substr(before.rfind('-') == std::string_view::npos ? 0 : before.rfind('-') + 1);
        std::string_view after = word.substr(h + 1);
        if (utf8::count_code_points(before) >= 2 && starts_lower(after) &&
            !vowel_clash(last_char(before), first_char(after)))
          prefixes_.insert(lower(before));
      }
    }
  }

  std::string_view text_;
  bool vocabulary_built_ = false;
  StringMap<std::size_t> words_;
  StringSet prefixes_;
};

// ---------------------------------------------------------------- assembly

enum class Relation { join, line_break, paragraph };

struct Layout {
  std::size_t width;
  bool blank_line_mode;  // a blank line follows every line of running text
};

// What goes between a line and the next one of its paragraph.
enum class Joint : std::uint8_t {
  space,         // the line end becomes a space
  none,          // a hyphen at the end is kept: Noord-|Brabant
  drop_hyphen,   // a word broken at the end is rejoined: diver|siteit
  line_break,    // a table row: the line end stays
  paragraph,     // a blank line (none before the first paragraph)
};

// A non-blank line that reflow keeps, with what separates it from the one
// before: blank lines, or a page break (a form feed or dropped furniture).
// Eight bytes: a document has one per line of text.
struct Kept {
  std::uint32_t line;   // its index in the lines
  std::uint8_t blanks;  // how many, up to 255 (only 0, 1 and more tell)
  bool page_break;
  Joint joint;  // with the line before (the first line's: a paragraph)
  bool whole;   // taken with its indentation (a table row)
};

// kept[k] is a block of one line.
bool single(const std::vector<Kept>& kept, std::size_t k) {
  return (k == 0 || kept[k].blanks > 0 || kept[k].page_break) &&
         (k + 1 == kept.size() || kept[k + 1].blanks > 0 || kept[k + 1].page_break);
}

// A short line without final punctuation, in capitals or numbered, not
// followed by a lower-case start.
bool heading(const Line& line, const Line* after, std::size_t width) {
  char32_t first = first_char(line.content());
  return line.length() * 10 < width * 6 && !ends_with_punctuation(line.content()) && (is_upper(first) || is_digit(first)) &&
         (!after || !starts_lower(after->content()));
}

// Whether kept[k - 1] and kept[k] belong to one paragraph, and how.
Relation relate(const Lines& lines, const std::vector<Kept>& kept, std::size_t k, const Layout& layout) {
  const Line a = lines[kept[k - 1].line];
  const Line b = lines[kept[k].line];
  const std::size_t blanks = kept[k].blanks;
  if (list_marker(b.content()) || speaker_label(b.content())) return Relation::paragraph;
  const bool short_line = a.length() * 10 < layout.width * 8;
  // A paragraph never ends in a broken word, however many blank lines follow.
  if (ends_in_broken_word(a.content()) && is_word_start(first_char(b.content()))) return Relation::join;
  if (blanks == 0 && !kept[k].page_break) {
    if (table_row(a.content()) || table_row(b.content())) return Relation::line_break;
    char32_t next = first_char(b.content());
    bool heading_before = !ends_with_punctuation(a.content()) && (is_upper(next) || is_digit(next));
    if (short_line && (ends_sentence(a.content()) || heading_before)) return Relation::paragraph;
    return Relation::join;
  }
  if (kept[k].page_break)
    return !ends_sentence(a.content()) && starts_lower(b.content()) ? Relation::join : Relation::paragraph;
  if (!layout.blank_line_mode || blanks != 1) return Relation::paragraph;
  if (single(kept, k - 1) && single(kept, k)) {
    const std::optional<Line> c = k + 1 < kept.size() ? std::optional<Line>(lines[kept[k + 1].line]) : std::nullopt;
    if (table_row(a.content()) || table_row(b.content()) || heading(a, &b, layout.width) ||
        heading(b, c ? &*c : nullptr, layout.width) || (short_line && ends_sentence(a.content()) && !starts_lower(b.content())))
      return Relation::paragraph;
    return Relation::join;
  }
  // At the edge of a region in that mode only a lower-case start is evidence.
  return (single(kept, k - 1) || single(kept, k)) && wraps(a, b, layout.width) ? Relation::join : Relation::paragraph;
}


// How line `b` joins the paragraph `out` ends with: rejoining a word broken
// at the line end, or with a space.
Joint join(std::string_view out, std::string_view b, HyphenJudge& judge) {
  if (!ends_in_broken_word(out) || !is_word_start(first_char(b))) return Joint::space;
  // Words longer than this are no words; the bound keeps a run of broken
  // lines without spaces linear.
  constexpr std::size_t kLongestWord = 100;
  std::size_t start = out.size() - 1;
  while (start > 0 && out.size() - start < kLongestWord) {
    std::size_t prev = last_char_start(out.substr(0, start));
    std::size_t k = prev;
    if (!word_char(next(out, k))) break;
    start = prev;
  }
  while (start < out.size() && out[start] == '-') ++start;
  std::string_view left = out.substr(start, out.size() - 1 - start);
  std::size_t end = 0;
  while (end < b.size() && end < kLongestWord) {
    std::size_t after = end;
    char32_t c = next(b, after);
    if (!is_word_start(c) && c != '\'' && c != U'’') break;
    end = after;
  }
  switch (judge.judge(left, b.substr(0, end), b.substr(end))) {
    case Hyphen::join: return Joint::drop_hyphen;
    case Hyphen::keep: return Joint::none;
    case Hyphen::elide: return Joint::space;
  }
  return Joint::space;
}

// The last bytes of the reflowed text, enough for join() to find the word a
// line ends with (the whole text is written only once every line is placed).
class Tail {
 public:
  std::string_view view() const { return text_; }
  void append(std::string_view s) {
    text_ += s;
    if (text_.size() > 4 * kKept) text_.erase(0, text_.size() - kKept);
  }
  void pop() {
    if (!text_.empty()) text_.pop_back();
  }

 private:
  static constexpr std::size_t kKept = 1024;
  std::string text_;
};

}  // namespace

bool looks_like_pdf_extract(std::string_view text) {
  // The marks show early; a bounded prefix keeps detection cheap on huge files.
  constexpr std::size_t kSample = 2 << 20;
  if (text.size() > kSample) {
    std::size_t cut = text.rfind('\n', kSample);
    text = text.substr(0, cut == std::string_view::npos ? 0 : cut + 1);
  }
  if (text.starts_with("WEBVTT")) return false;
  // A first pass holds no lines: most texts are no extract, which their
  // marks or their widths tell.
  std::size_t nonblank = 0, full_lines = 0, wrapped = 0, broken = 0, timings = 0;
  bool markdown = false;
  WidthTally widths;
  each_line(text, [&](const Line& line) {
    if (line.blank()) return true;
    ++nonblank;
    const std::string_view c = line.content();
    if (c.find("-->") != std::string_view::npos) ++timings;
    // Markdown headings and code fences: a markdown file, not an extract.
    const std::size_t hashes = std::min(c.find_first_not_of('#'), c.size());
    markdown = (hashes >= 1 && hashes <= 6 && hashes < c.size() && c[hashes] == ' ') || c.starts_with("```");
    widths.add(line);
    return !markdown;
  });
  if (markdown || nonblank < 3 || timings >= 2) return false;
  const std::size_t width = widths.width();
  if (!page_width(width)) return false;
  const Lines lines(text);
  std::optional<Line> prev;
  std::size_t blanks = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Line line = lines[i];
    if (line.blank()) {
      ++blanks;
      continue;
    }
    full_lines += in_band(line, width);
    if (prev && blanks <= 1 && wraps(*prev, line, width)) ++wrapped;
    if (prev && blanks <= 3 && full(*prev, width) && ends_in_broken_word(prev->content()) && starts_lower(line.content()))
      ++broken;
    prev = line;
    blanks = 0;
  }
  return full_lines * 2 >= nonblank && (wrapped >= std::max<std::size_t>(3, nonblank / 8) || broken >= 2);
}

std::vector<DroppedLine> reflow_in_place(std::string& text) {
  std::vector<DroppedLine> dropped_lines;
  const Lines lines(text);
  std::vector<Kept> kept;
  Layout layout{0, false};
  {
    std::vector<bool> dropped(lines.size(), false);
    find_furniture(text, lines, dropped, dropped_lines);
    std::size_t nonblank = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) nonblank += !lines[i].blank();
    kept.reserve(nonblank);
    std::size_t blanks = 0;
    bool page_break = false;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      const Line line = lines[i];
      if (dropped[i] || (line.blank() && line.page_break)) {
        page_break = true;
      } else if (line.blank()) {
        ++blanks;
      } else {
        kept.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint8_t>(std::min<std::size_t>(blanks, 255)),
                        page_break || line.page_break, Joint::paragraph, false});
        blanks = 0;
        page_break = false;
      }
    }
    layout.width = typical_width(lines, dropped);
  }
  // Blank-line mode: single-line blocks one blank line apart, mostly of the
  // width of a page, many running on into the next.
  std::size_t pairs = 0, wrapped = 0, banded = 0;
  for (std::size_t k = 1; k < kept.size(); ++k) {
    if (kept[k].blanks != 1 || kept[k].page_break || !single(kept, k - 1) || !single(kept, k)) continue;
    const Line a = lines[kept[k - 1].line];
    ++pairs;
    banded += in_band(a, layout.width);
    wrapped += wraps(a, lines[kept[k].line], layout.width) || ends_in_broken_word(a.content());
  }
  layout.blank_line_mode =
      page_width(layout.width) && wrapped >= 2 && wrapped * 4 >= pairs && banded * 2 >= pairs;

  // First every line's joint is decided, reading the text; then the lines
  // are written. Written over the text itself when the output never runs
  // ahead of the lines still to be copied (it only grows where a line
  // opens a paragraph after a single line break), so that a large document
  // is held once; otherwise into a copy.
  HyphenJudge judge(text);
  Tail tail;
  std::size_t size = 0;  // of the output so far
  bool in_place = true;
  for (std::size_t k = 0; k < kept.size(); ++k) {
    Kept& line = kept[k];
    const Line b = lines[line.line];
    switch (k == 0 ? Relation::paragraph : relate(lines, kept, k, layout)) {
      case Relation::join:
        line.joint = join(tail.view(), b.content(), judge);
        break;
      case Relation::line_break:
        line.joint = Joint::line_break;
        line.whole = true;
        break;
      case Relation::paragraph:
        line.joint = Joint::paragraph;
        line.whole = table_row(b.content());
        break;
    }
    const std::string_view piece = line.whole ? b.text : b.content();
    switch (line.joint) {
      case Joint::space: tail.append(" "), ++size; break;
      case Joint::none: break;
      case Joint::drop_hyphen: tail.pop(), --size; break;
      case Joint::line_break: tail.append("\n"), ++size; break;
      case Joint::paragraph:
        if (size > 0) tail.append("\n\n"), size += 2;
        break;
    }
    in_place = in_place && size <= static_cast<std::size_t>(piece.data() - text.data());
    tail.append(piece);
    size += piece.size();
  }
  const bool final_newline = size > 0 && !text.empty() && text.back() == '\n';
  size += final_newline;
  in_place = in_place && size <= text.size();

  std::string copy;
  if (!in_place) copy.resize(size);
  char* out = in_place ? text.data() : copy.data();
  std::size_t at = 0;
  // A line's indentation may be written over by the line before it, so each
  // line is read before the one before it is written.
  std::optional<Line> next;
  if (!kept.empty()) next = lines[kept[0].line];
  for (std::size_t k = 0; k < kept.size(); ++k) {
    const Kept& line = kept[k];
    const Line b = *next;
    if (k + 1 < kept.size()) next = lines[kept[k + 1].line];
    switch (line.joint) {
      case Joint::space: out[at++] = ' '; break;
      case Joint::none: break;
      case Joint::drop_hyphen: --at; break;
      case Joint::line_break: out[at++] = '\n'; break;
      case Joint::paragraph:
        if (at > 0) out[at++] = '\n', out[at++] = '\n';
        break;
    }
    const std::string_view piece = line.whole ? b.text : b.content();
    std::memmove(out + at, piece.data(), piece.size());
    at += piece.size();
  }
  if (final_newline) out[at++] = '\n';
  if (in_place) text.resize(at);
  else text.swap(copy);
  return dropped_lines;
}

ReflowResult reflow(std::string_view text) {
  ReflowResult result{std::string(text), {}};
  result.dropped = reflow_in_place(result.text);
  return result;
}

}  // namespace draad
