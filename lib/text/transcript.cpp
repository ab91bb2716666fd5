#include "text/transcript.h"

#include <algorithm>
#include <array>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>
#include <unicode/uchar.h>

#include "base/lines.h"
#include "base/error.h"
#include "base/utf8.h"

namespace draad {

namespace {

bool is_blank(char c) { return c == ' ' || c == '\t'; }
// Byte-level on purpose: in a normalised text (normalise.h) every space is a
// plain space and every line end an LF, and chars::is_space of a single byte
// would take the continuation byte A0 of "à" for a no-break space.
bool is_blank_or_newline(char c) { return c == ' ' || c == '\t' || c == '\n'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

using utf8::ascii_lower;
using utf8::trim;

// The length of a timestamp at the start of `s` (`0:12`, `00:12:31`,
// `00:12:31.250`, `00:12:31,250`), or 0; minutes and seconds are below 60
// (`[99:99:99]` is not a time).
std::size_t timestamp_length(std::string_view s) {
  std::size_t i = 0;
  auto digits = [&](std::size_t min, std::size_t max) {
    std::size_t n = 0;
    while (i < s.size() && n < max && is_digit(s[i])) ++i, ++n;
    return n >= min && (i >= s.size() || !is_digit(s[i]));
  };
  if (!digits(1, 2)) return 0;
  for (int group = 0; group < 2; ++group) {
    if (i >= s.size() || s[i] != ':') {
      if (group == 0) return 0;
      break;
    }
    ++i;
    if (!digits(2, 2) || s[i - 2] > '5') return 0;
  }
  if (i + 1 < s.size() && (s[i] == '.' || s[i] == ',') && is_digit(s[i + 1])) {
    ++i;
    if (!digits(1, 3)) return 0;
  }
  return i;
}

// A timestamp in brackets or parentheses at the start of `s`: the
// timestamp's length, with the brackets in `total`.
std::size_t bracketed_timestamp(std::string_view s, std::size_t& total) {
  if (s.empty() || (s[0] != '[' && s[0] != '(')) return 0;
  char close = s[0] == '[' ? ']' : ')';
  std::size_t n = timestamp_length(s.substr(1));
  if (n == 0 || 1 + n >= s.size() || s[1 + n] != close) return 0;
  total = n + 2;
  return n;
}

// string_views, not C strings: every line of a document is asked, and a
// comparison with a C string measures it first.
constexpr std::array<std::string_view, 21> kRoleWords = {
    "begeleider",  "deelneemster", "deelnemer",   "facilitator", "gespreksleider", "gespreksleidster",
    "geïnterviewde", "host",       "interviewer", "interviewster", "moderator",    "notulant",
    "notulist",    "onderzoeker",  "onderzoekster", "participant", "respondent",   "speaker",
    "spreekster",  "spreker",      "voorzitter"};

// Particles of Dutch and other names that are written in lower case.
constexpr std::array<std::string_view, 27> kParticles = {"'s", "'t", "al", "bin", "da", "de", "del", "della", "den", "der", "des",
                                   "di", "dos", "du", "el", "het", "ibn", "la", "le", "t'", "te", "ten",
                                   "ter", "van", "vande", "von", "zu"};

template <std::size_t N>
bool among(const std::array<std::string_view, N>& words, std::string_view w) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

bool is_code(std::string_view name) {
  std::size_t i = 0;
  while (i < name.size() && name[i] >= 'A' && name[i] <= 'Z') ++i;
  std::size_t letters = i;
  while (i < name.size() && is_digit(name[i])) ++i;
  return letters >= 1 && letters <= 3 && i - letters >= 1 && i - letters <= 3 && i == name.size();
}

// Scans one word of a name at `line[i]`: letters, digits, marks and . ' ’ -
// with at least one letter or digit. Returns its end, or `i` when none.
std::size_t scan_word(std::string_view line, std::size_t i) {
  std::size_t j = i;
  bool alnum = false;
  while (j < line.size()) {
    const char a = line[j];
    if (static_cast<unsigned char>(a) < 0x80) {  // every line is asked: ASCII without ICU
      const bool ascii_alnum = (a >= 'a' && a <= 'z') || (a >= 'A' && a <= 'Z') || (a >= '0' && a <= '9');
      if (!ascii_alnum && a != '.' && a != '\'' && a != '-') break;
      alnum |= ascii_alnum;
      ++j;
      continue;
    }
    std::size_t k = j;
    char32_t c = utf8::next(line, k);
    if (u_isalnum(static_cast<UChar32>(c))) {
      alnum = true;
    } else if (!(U_GET_GC_MASK(static_cast<UChar32>(c)) & U_GC_M_MASK) && c != '.' && c != '\'' && c != U'’' &&
               c != '-') {
      break;
    }
    j = k;
  }
  return alnum ? j : i;
}

bool starts_upper(std::string_view word) {
  std::size_t i = 0;
  return u_isupper(static_cast<UChar32>(utf8::next(word, i)));
}

bool has_digit(std::string_view word) { return std::any_of(word.begin(), word.end(), is_digit); }

}  // namespace

std::optional<Label> parse_label(std::string_view line) {
  line = line.substr(0, line.find('\n'));
  std::size_t i = 0;
  while (i < line.size() && is_blank(line[i])) ++i;
  Label label;
  // A timestamp before the name: [00:12:31] Fatima:  or  00:12:31 Fatima:
  std::size_t total = 0;
  if (std::size_t n = bracketed_timestamp(line.substr(i), total)) {
    label.time = line.substr(i + 1, n);
    i += total;
  } else if (std::size_t m = timestamp_length(line.substr(i))) {
    label.time = line.substr(i, m);
    i += m;
  }
  if (!label.time.empty()) {
    if (i >= line.size() || !is_blank(line[i])) return std::nullopt;
    while (i < line.size() && is_blank(line[i])) ++i;
  }
  // Markdown bold around the name: **Naam:**  **Naam**:  __Naam:__
  std::string_view bold;
  if (line.substr(i, 2) == "**" || line.substr(i, 2) == "__") {
    bold = line.substr(i, 2);
    i += 2;
  }
  bool closed = bold.empty();
  const std::size_t name_begin = i;
  std::size_t name_end = 0;
  std::array<std::string_view, 4> words;  // a name has at most four
  std::size_t word_count = 0;
  for (;;) {
    std::size_t end = scan_word(line, i);
    if (end == i || word_count == words.size()) return std::nullopt;
    words[word_count++] = line.substr(i, end - i);
    i = end;
    if (i < line.size() && line[i] == ':') {
      name_end = i;
      break;
    }
    if (!closed && line.substr(i, 2) == bold && i + 2 < line.size() && line[i + 2] == ':') {  // **Naam**:
      name_end = i;
      i += 2;
      closed = true;
      break;
    }
    if (i + 1 >= line.size() || line[i] != ' ') return std::nullopt;
    std::size_t n = label.time.empty() ? bracketed_timestamp(line.substr(i + 1), total) : 0;
    if (n && i + 1 + total < line.size() && line[i + 1 + total] == ':') {  // Fatima (00:12:31):
      label.time = line.substr(i + 2, n);
      name_end = i;
      i += 1 + total;
      break;
    }
    ++i;
  }
  if (!closed) {  // **Naam:**
    if (line.substr(i + 1, 2) != bold) return std::nullopt;
    i += 2;
  }
  if (i + 1 < line.size() && !is_blank(line[i + 1])) return std::nullopt;
  label.speaker = line.substr(name_begin, name_end - name_begin);
  label.length = i + 1;
  if (among(kRoleWords, ascii_lower(words[0]))) {
    label.kind = LabelKind::role;
    return label;
  }
  if (word_count == 1 && is_code(words[0])) {
    label.kind = LabelKind::code;
    return label;
  }
  if (!starts_upper(words[0])) return std::nullopt;
  for (std::size_t w = 1; w < word_count; ++w)
    if (!starts_upper(words[w]) && !has_digit(words[w]) && !among(kParticles, ascii_lower(words[w])))
      return std::nullopt;
  return label;
}

namespace {

// One per label of a document (a transcript has one on most lines): its
// names are held once, in a Names set.
struct Candidate {
  const std::string* key;  // folded name
  LabelKind kind;
  bool timed;
  bool opens_block = false;          // its line follows a blank line or starts the text
  const std::string* after = nullptr;  // the key of the label on the line just before, if any
};

using Names = std::unordered_set<std::string>;

// Words that head lines of reports and minutes (`Conclusie: ...`) and are
// never a speaker's name, folded.
bool is_heading_word(std::string_view key) {
  static const std::unordered_set<std::string_view> words = {
      "aanbeveling", "aanbevelingen", "aanleiding", "aanwezig", "aanwezigen", "achtergrond", "actie", "actiepunt",
      "actiepunten", "advies", "adviezen", "afwezig", "agenda", "besluit", "besluiten", "bijlage", "bron", "bronnen",
      "citaat", "conclusie", "conclusies", "datum", "deelvraag", "deelvragen", "definitie", "doel", "doelen",
      "fase", "figuur", "hoofdvraag", "inleiding", "kernboodschap", "locatie", "methode", "noot", "onderwerp",
      "onderzoeksvraag", "opbrengst", "opbrengsten", "opmerking", "opmerkingen", "plaats", "programma", "quote",
      "resultaat", "resultaten", "samenvatting", "stap", "stelling", "stellingen", "subvraag", "subvragen", "tabel",
      "thema", "tijd", "tip", "tips", "toelichting", "uitkomst", "uitkomsten", "vervolg", "vervolgstappen",
      "voorbeeld", "voorbeelden", "werkwijze",
      // more words that head a line of a report or a Q&A, and connectives
      // that open a sentence with a colon
      "aandachtspunt", "aandachtspunten", "aanvulling", "afspraak", "afspraken", "antwoord", "antwoorden",
      "belangrijk", "beslispunt", "beslispunten", "bijvoorbeeld", "daarnaast", "daarom", "dus", "echter",
      "eindconclusie", "kansen", "kern", "kernpunten", "knelpunt", "knelpunten", "kortom", "let", "maar",
      "namelijk", "nb", "notitie", "oftewel", "ofwel", "ps", "reactie", "reacties", "risico", "risico's",
      "samengevat", "signaal", "signalen", "status", "stelling", "tenslotte", "vervolgens", "vraag", "vragen",
      "vraagstuk", "waarom", "wanneer", "wat", "wie", "zie"};
  return words.count(key) > 0;
}

// The names (folded) whose labels count, by the rule in transcript.h.
// `lines` is the number of non-blank lines of the document; `known` the
// folded names listed in --speakers.
std::unordered_set<std::string> accepted_names(const std::vector<Candidate>& candidates, std::size_t lines,
                                               const std::unordered_set<std::string>& known) {
  struct Tally {
    std::size_t count = 0;
    bool strong = false;  // timed or a role word
    LabelKind kind = LabelKind::name;
  };
  std::map<std::string, Tally> tally;
  for (const auto& c : candidates) {
    const bool listed = known.count(*c.key) > 0;
    if (c.kind == LabelKind::name && is_heading_word(*c.key) && !listed) continue;
    Tally& t = tally[*c.key];
    ++t.count;
    t.strong |= c.timed || c.kind == LabelKind::role || listed;
    t.kind = c.kind;
  }
  auto letters = [](const std::string& code) { return code.substr(0, code.find_first_of("0123456789")); };
  std::unordered_set<std::string> repeated_code_letters;
  for (const auto& [key, t] : tally)
    if (t.kind == LabelKind::code && t.count >= 2) repeated_code_letters.insert(letters(key));
  std::unordered_set<std::string> accepted, strong;
  std::size_t labelled = 0;
  for (const auto& [key, t] : tally) {
    if (t.strong) strong.insert(key);
    if (t.strong || t.count >= 2 || (t.kind == LabelKind::code && repeated_code_letters.count(letters(key)))) {
      accepted.insert(key);
      labelled += t.count;
    }
  }
  if (accepted.empty()) return accepted;
  // Once the document shows a label pattern, a name said once is a speaker
  // too (a participant who speaks once): in a transcript where labels open
  // at least half the lines, or where its label opens a paragraph or
  // follows the line of a label that counts.
  const bool transcript = 2 * labelled >= lines;
  for (const auto& c : candidates) {
    if (c.kind != LabelKind::name || accepted.count(*c.key) || !tally.count(*c.key)) continue;
    if (transcript || c.opens_block || (c.after && accepted.count(*c.after))) accepted.insert(*c.key);
  }
  if (accepted.size() < 2) return strong;
  return accepted;
}

Candidate candidate_of(const Label& label, Names& names) {
  return {&*names.insert(fold_name(label.speaker)).first, label.kind, !label.time.empty()};
}

bool blank_line(std::string_view line) { return std::all_of(line.begin(), line.end(), is_blank); }

}  // namespace

std::optional<std::string_view> markdown_heading(std::string_view line) {
  std::size_t i = 0;
  while (i < 3 && i < line.size() && line[i] == ' ') ++i;
  std::size_t hashes = 0;
  while (i < line.size() && line[i] == '#') ++i, ++hashes;
  if (hashes == 0 || hashes > 6 || (i < line.size() && !is_blank(line[i]))) return std::nullopt;
  std::string_view title = trim(line.substr(i));
  std::size_t end = title.size();
  while (end > 0 && title[end - 1] == '#') --end;
  if (end == 0 || is_blank(title[end - 1])) title = trim(title.substr(0, end));  // closing #s
  return title;
}

ParagraphFinder::ParagraphFinder(std::string_view text, bool headings, const std::unordered_set<std::string>& speakers)
    : text_(text), headings_(headings) {
  // Labels are parsed again in each() rather than kept: a large transcript
  // has a label on most of its lines.
  std::vector<Candidate> candidates;
  Names names;
  std::unordered_map<std::string, std::string> spelling;  // of every name, at its first label
  std::size_t lines = 0;  // non-blank
  bool after_blank = true;
  const std::string* previous_line_label = nullptr;
  for_each_line(text, [&](std::size_t b, std::size_t e) {
    if (is_heading(b, e)) {
      after_blank = true;
      previous_line_label = nullptr;
      return;
    }
    const bool blank = blank_line(text.substr(b, e - b));
    lines += !blank;
    const std::string* this_line_label = nullptr;
    std::optional<Label> label = parse_label(text.substr(b, e - b));
    if (label) {
      Candidate c = candidate_of(*label, names);
      c.opens_block = after_blank;
      c.after = previous_line_label;
      this_line_label = c.key;
      spelling.try_emplace(*c.key, label->speaker);
      candidates.push_back(c);
    }
    after_blank = blank;
    previous_line_label = this_line_label;
  });
  for (const std::string& key : accepted_names(candidates, lines, speakers))
    accepted_.emplace(key, std::move(spelling.at(key)));
}

bool ParagraphFinder::is_heading(std::size_t b, std::size_t e) const {
  return headings_ && b < e && text_[b] != '\t' && markdown_heading(text_.substr(b, e - b));
}

void ParagraphFinder::each(const std::function<void(const Paragraph&)>& f) const {
  walk([&](const Paragraph& p) {
    f(p);
    return true;
  });
}

bool ParagraphFinder::has_content() const {
  bool found = false;
  walk([&](const Paragraph& p) {
    found = p.begin < p.end;
    return !found;
  });
  return found;
}

void ParagraphFinder::walk(const std::function<bool(const Paragraph&)>& f) const {
  const std::string_view text = text_;
  bool stopped = false;
  std::string speaker, time, section;
  Paragraph p;  // the last one; its label is shared by the next when the same
  bool open = false, after_heading = false;
  std::optional<Label> open_label;
  const std::string* open_spelling = nullptr;  // of open_label's speaker
  std::size_t content_begin = 0, content_end = 0;
  auto close = [&] {
    if (!open) return;
    open = false;
    if (open_label) {
      speaker = *open_spelling;
      time = open_label->time;
    }
    std::size_t b = content_begin;
    while (b < content_end && is_blank_or_newline(text[b])) ++b;
    std::size_t e = content_end;
    while (e > b && is_blank_or_newline(text[e - 1])) --e;
    if (p.speaker() != speaker || p.time() != time || p.section() != section)
      p.label = speaker.empty() && time.empty() && section.empty()
                    ? nullptr
                    : std::make_shared<const TurnLabel>(TurnLabel{speaker, time, section});
    p.begin = b;
    p.end = e;
    p.opens_turn = open_label.has_value() || after_heading;
    stopped = !f(p);
    after_heading = false;
  };
  for_each_line(text, [&](std::size_t b, std::size_t e) {
    if (is_heading(b, e)) {
      close();
      section = *markdown_heading(text.substr(b, e - b));
      speaker.clear();
      time.clear();
      after_heading = true;
      return !stopped;
    }
    if (blank_line(text.substr(b, e - b))) {
      close();
      return !stopped;
    }
    std::optional<Label> label = parse_label(text.substr(b, e - b));
    const std::string* spelling = nullptr;
    if (label) {
      const auto accepted = accepted_.find(fold_name(label->speaker));
      if (accepted == accepted_.end()) label.reset();
      else spelling = &accepted->second;
    }
    if (label) close();
    if (stopped) return false;
    if (!open) {
      open = true;
      content_begin = label ? b + label->length : b;
      open_label = std::move(label);
      open_spelling = spelling;
    }
    content_end = e;
    return true;
  });
  close();  // does nothing once stopped: the paragraph was closed
}

std::vector<Paragraph> find_paragraphs(std::string_view text, bool headings,
                                       const std::unordered_set<std::string>& speakers) {
  std::vector<Paragraph> out;
  ParagraphFinder(text, headings, speakers).each([&](const Paragraph& p) { out.push_back(p); });
  return out;
}

namespace {

// A block of non-blank lines of a subtitle file.
struct Block {
  std::int64_t line;  // 1-based number of its first line
  std::vector<std::string_view> lines;
};

std::vector<Block> blocks_of(std::string_view text) {
  std::vector<Block> blocks;
  std::int64_t n = 0;
  bool open = false;
  for_each_line(text, [&](std::size_t b, std::size_t e) {
    ++n;
    std::string_view line = text.substr(b, e - b);
    if (blank_line(line)) {
      open = false;
      return;
    }
    if (!open) {
      blocks.push_back({n, {}});
      // A cue is an id, a timing and a line or two of text: one allocation.
      blocks.back().lines.reserve(4);
    }
    open = true;
    blocks.back().lines.push_back(line);
  });
  return blocks;
}

bool starts_with_word(std::string_view line, std::string_view word) {
  return line.substr(0, word.size()) == word && (line.size() == word.size() || is_blank(line[word.size()]));
}

bool is_timing(std::string_view line) { return line.find("-->") != std::string_view::npos; }

// `key: value` lines of a NOTE block, or nothing when a line is not one.
Attributes note_attributes(const Block& block, const std::string& name) {
  Attributes attributes;
  std::string_view first = trim(block.lines[0].substr(4));
  for (std::size_t i = first.empty() ? 1 : 0; i < block.lines.size(); ++i) {
    std::string_view line = i == 0 ? first : block.lines[i];
    std::size_t colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0) return {};
    std::string_view key = line.substr(0, colon);
    if (!std::all_of(key.begin(), key.end(), [](char c) {
          return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '-';
        }))
      return {};
    if (is_segment_column(key))
      throw DataError({name, block.line + static_cast<std::int64_t>(i), 1},
                      fmt::format("NOTE key '{}' is also a segment column; rename it", key));
    attributes.emplace_back(key, trim(line.substr(colon + 1)));
  }
  return attributes;
}

// Views into the file's text, which outlives its cue lines: a cue costs
// no copy of its time or voice.
struct CueLine {
  std::string_view start;            // the cue's start time as written
  std::optional<std::string_view> voice;  // <v Name>
  std::optional<Label> label;        // a Name: prefix
  std::string text;                  // markup removed
};

// Removes tags (<i>, </v>, <00:00:01.000>, {\an8}) and decodes the entities
// of WebVTT; returns the voice of a <v Name> tag in `voice`, a view into `s`.
std::string clean_cue_text(std::string_view s, std::optional<std::string_view>& voice) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    // The text up to the next tag or entity in one piece.
    std::size_t plain = i;
    while (plain < s.size() && s[plain] != '<' && s[plain] != '{' && s[plain] != '&') ++plain;
    out.append(s.data() + i, plain - i);
    i = plain;
    if (i == s.size()) break;
    char c = s[i];
    if (c == '<' || (c == '{' && i + 1 < s.size() && s[i + 1] == '\\')) {
      std::size_t close = s.find(c == '<' ? '>' : '}', i);
      if (close != std::string_view::npos) {
        std::string_view tag = s.substr(i + 1, close - i - 1);
        if (!tag.empty() && tag[0] == 'v' && (tag.size() == 1 || tag[1] == ' ' || tag[1] == '.')) {
          std::size_t space = tag.find(' ');
          if (space != std::string_view::npos && !trim(tag.substr(space)).empty())
            voice = trim(tag.substr(space));
        }
        i = close + 1;
        continue;
      }
    }
    if (c == '&') {
      static constexpr std::pair<std::string_view, std::string_view> kEntities[] = {
          {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"},
          {"&#39;", "'"}, {"&nbsp;", " "}, {"&lrm;", ""}, {"&rlm;", ""}};
      auto it = std::find_if(std::begin(kEntities), std::end(kEntities),
                             [&](const auto& e) { return s.substr(i, e.first.size()) == e.first; });
      if (it != std::end(kEntities)) {
        out += it->second;
        i += it->first.size();
        continue;
      }
    }
    out += c;
    ++i;
  }
  return out;
}

bool valid_cue_time(std::string_view t) {
  std::size_t n = timestamp_length(t);
  return n == t.size() && (t.find('.') != std::string_view::npos || t.find(',') != std::string_view::npos);
}

bool is_meta_block(const Block& block) {
  return starts_with_word(block.lines[0], "NOTE") || starts_with_word(block.lines[0], "STYLE") ||
         starts_with_word(block.lines[0], "REGION");
}

// The attributes of the NOTE blocks from `blocks[first]` up to the first cue,
// whose index is left in `first`.
Attributes leading_notes(const std::vector<Block>& blocks, const std::string& name, std::size_t& first) {
  Attributes attributes;
  for (; first < blocks.size() && is_meta_block(blocks[first]); ++first)
    if (starts_with_word(blocks[first].lines[0], "NOTE"))
      for (auto& kv : note_attributes(blocks[first], name)) attributes.push_back(std::move(kv));
  return attributes;
}

// Reads the cue blocks from `blocks[first]` on (a timing line, optionally
// after an id line), skipping NOTE, STYLE and REGION blocks. With `text`,
// only checks the blocks after the first cue line that surely makes a
// paragraph (one with text besides any label), and sets *text when there is one.
std::vector<CueLine> read_cues(const std::vector<Block>& blocks, std::size_t first, const std::string& name,
                               const char* format, bool* text = nullptr) {
  std::vector<CueLine> out;
  bool found = false;
  for (std::size_t b = first; b < blocks.size(); ++b) {
    const Block& block = blocks[b];
    if (is_meta_block(block)) continue;
    std::size_t timing = is_timing(block.lines[0]) ? 0 : 1;
    if (timing >= block.lines.size() || !is_timing(block.lines[timing]))
      throw DataError({name, block.line, 1},
                      fmt::format("not a {} cue: expected a timing line such as '00:00:04.210 --> 00:00:07.655'", format));
    std::string_view timing_line = block.lines[timing];
    std::string_view start = trim(timing_line.substr(0, timing_line.find("-->")));
    if (!valid_cue_time(start))
      throw DataError({name, block.line + static_cast<std::int64_t>(timing), 1},
                      fmt::format("bad cue start time '{}'", excerpt(start)));
    std::string_view end = trim(timing_line.substr(timing_line.find("-->") + 3));
    end = end.substr(0, end.find_first_of(" \t"));  // WebVTT cue settings may follow
    if (!valid_cue_time(end))
      throw DataError({name, block.line + static_cast<std::int64_t>(timing), 1},
                      fmt::format("bad cue end time '{}'", excerpt(end)));
    std::optional<std::string_view> voice;
    for (std::size_t i = timing + 1; !found && i < block.lines.size(); ++i) {
      std::string cleaned = clean_cue_text(block.lines[i], voice);
      const std::string_view trimmed = trim(cleaned);
      std::string line_text = trimmed.size() == cleaned.size() ? std::move(cleaned) : std::string(trimmed);
      CueLine line{start, voice, std::nullopt, std::move(line_text)};
      if (!voice) line.label = parse_label(line.text);
      if (line.text.empty()) continue;
      found = text && (line.voice || !line.label || !trim(std::string_view(line.text).substr(line.label->length)).empty());
      out.push_back(std::move(line));
    }
  }
  if (text) *text = found;
  return out;
}

// Joins cue lines into turns: a line with a voice or an accepted label opens
// a turn unless it is the current speaker's; other lines continue the turn.
SubtitleDocument build_document(std::vector<CueLine> lines, Attributes attributes) {
  std::vector<Candidate> candidates;
  Names names;
  for (const auto& l : lines)
    if (l.label) candidates.push_back(candidate_of(*l.label, names));
  const auto accepted = accepted_names(candidates, lines.size(), {});

  SubtitleDocument doc;
  doc.attributes = std::move(attributes);
  bool open = false;
  for (auto& l : lines) {
    std::optional<std::string_view> speaker = l.voice;
    std::string_view text = l.text;
    if (!speaker && l.label && accepted.count(fold_name(l.label->speaker))) {
      speaker = l.label->speaker;
      text = trim(text.substr(l.label->length));
    }
    if (text.empty()) continue;
    if (!open || (speaker && *speaker != doc.paragraphs.back().speaker())) {
      if (open) doc.text += "\n\n";
      Paragraph p;
      p.label = std::make_shared<const TurnLabel>(
          TurnLabel{std::string(speaker.value_or(std::string_view())), std::string(l.start), ""});
      p.opens_turn = true;
      if (!p.speaker().empty()) doc.text += p.speaker() + ": ";
      p.begin = doc.text.size();
      doc.paragraphs.push_back(std::move(p));
      open = true;
    } else {
      doc.text += ' ';
    }
    doc.text += text;
    doc.paragraphs.back().end = doc.text.size();
  }
  if (open) doc.text += '\n';
  return doc;
}

// The cue lines of a WebVTT file's blocks (read_cues) and its NOTE attributes.
std::vector<CueLine> read_webvtt(const std::vector<Block>& blocks, const std::string& name, Attributes& attributes,
                                 bool* text = nullptr) {
  if (blocks.empty() || blocks[0].line != 1 || !starts_with_word(blocks[0].lines[0], "WEBVTT"))
    throw DataError({name, 1, 1}, "not a WebVTT file: the first line must be 'WEBVTT'");
  std::size_t first = 1;
  attributes = leading_notes(blocks, name, first);
  return read_cues(blocks, first, name, "WebVTT", text);
}

// Whether the cue lines that read_cues() gave with `text` make a paragraph.
bool has_text(std::vector<CueLine> lines, bool text) {
  return text || !build_document(std::move(lines), {}).paragraphs.empty();
}

}  // namespace

Attributes webvtt_note_attributes(std::string_view text, const std::string& name) {
  std::size_t first = 1;
  return leading_notes(blocks_of(text), name, first);
}

SubtitleDocument parse_webvtt(std::string_view text, const std::string& name) {
  Attributes attributes;
  std::vector<CueLine> lines = read_webvtt(blocks_of(text), name, attributes);
  return build_document(std::move(lines), std::move(attributes));
}

SubtitleDocument parse_srt(std::string_view text, const std::string& name) {
  return build_document(read_cues(blocks_of(text), 0, name, "SRT"), {});
}

SubtitleCheck check_webvtt(std::string_view text, const std::string& name) {
  SubtitleCheck check;
  bool text_found = false;
  std::vector<CueLine> lines = read_webvtt(blocks_of(text), name, check.attributes, &text_found);
  check.has_text = has_text(std::move(lines), text_found);
  return check;
}

SubtitleCheck check_srt(std::string_view text, const std::string& name) {
  bool text_found = false;
  std::vector<CueLine> lines = read_cues(blocks_of(text), 0, name, "SRT", &text_found);
  return {{}, has_text(std::move(lines), text_found)};
}

}  // namespace draad
