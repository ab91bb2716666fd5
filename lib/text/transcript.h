// Speaker turns in a normalised document text, and the cues of WebVTT and
// SRT subtitle files turned into such a text.
//
// A document is a sequence of paragraphs: blocks of lines separated by blank
// lines, also split where a line opens with a speaker label. A label opens a
// turn; the paragraphs after it without a label of their own continue that
// turn (and carry its speaker and time).
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "text/metadata.h"

namespace draad {

// A speaker label at the start of a line, in one of the forms
//   Naam:   P3:   Deelnemer 4:   Marieke van Dijk:
//   [00:12:31] Fatima:   00:12:31 Fatima:   Fatima (00:12:31):   Fatima [00:12:31]:
//   **Fatima:**   **Fatima**:   __Fatima:__   (Markdown bold, part of the label)
// The name is 1-4 words: a role word (gespreksleider, interviewer, deelnemer,
// respondent, ...; any case) possibly followed by a number or name; a code
// such as P3 or R12; or a name whose first word starts with a capital letter
// and whose other words are capitalised, numbers or particles (van, de, ter,
// ...). The colon is followed by white space or the end of the line.
enum class LabelKind { name, code, role };

struct Label {
  std::string speaker;      // the name as written: "Fatima", "Deelnemer 4"
  std::string time;         // the timestamp as written, without brackets; may be empty
  std::size_t length = 0;   // bytes from the line start up to and including the colon
  LabelKind kind = LabelKind::name;
};

// The label at the start of `line` (which may hold more than one line; only
// its first line is looked at), or nullopt. Leading spaces and tabs are
// allowed and counted in `length`.
std::optional<Label> parse_label(std::string_view line);

// What the paragraphs of one turn under one heading share, held once for
// them all (a document of millions of short paragraphs holds few of these).
struct TurnLabel {
  std::string speaker;  // of the turn ("" before any label)
  std::string time;     // the timestamp of the turn's label
  std::string section;  // the nearest heading above, with `headings`; "" before any
};

struct Paragraph {
  std::size_t begin = 0;    // byte offsets of the content in the text, without the
  std::size_t end = 0;      // label and without surrounding white space; begin == end
                            // for a label with no text after it
  bool opens_turn = false;  // this paragraph starts with a label (or is a merged cue turn)
  std::shared_ptr<const TurnLabel> label;  // null: no speaker, time or section

  const std::string& speaker() const { return label ? label->speaker : kNone; }
  const std::string& time() const { return label ? label->time : kNone; }
  const std::string& section() const { return label ? label->section : kNone; }

 private:
  static inline const std::string kNone;
};

// A Markdown ATX heading (`## Titel`, up to three spaces before the 1-6 #s,
// a space or the line end after them): its text without the #s, trimmed
// (closing #s removed); nullopt for any other line.
std::optional<std::string_view> markdown_heading(std::string_view line);

// The paragraphs of `text`, in order. So that a heading or a phrase such as
// `Conclusie:` in a report is not taken for a speaker, a label counts when it
// carries a timestamp, is a role word or a name listed in `speakers`; a name
// or code counts when the same name opens at least two lines of the document
// (a code also when a code with the same letters does, as P7 among P1..P8) and
// the document has at least two speakers. Once a label counts (the document
// shows a label pattern), a name that opens one line counts too where that
// line opens a paragraph, follows the line of a label that counts (as Anna
// and Bram answering an Interviewer once each), or where labels that count
// open at least half the non-blank lines (a transcript). Words that head
// lines of reports and connectives (Conclusie, Hoofdvraag, Vraag, Noot, Let
// op, Kortom, ...) are never names, unless listed in `speakers`.
// Elsewhere the would-be label stays part of the text. Names match
// case-insensitively; a speaker is written as at the name's first label.
// With `headings` (Markdown, and readers that write a document's headings
// as `#` lines), a heading line is no paragraph: it ends the turn before it
// (the next paragraph opens a turn, without a speaker unless it has a
// label) and is the `section` of the paragraphs after it.
// `speakers` holds names (folded, fold_name) listed in --speakers: their
// labels count wherever they open a line, heading words included.
std::vector<Paragraph> find_paragraphs(std::string_view text, bool headings = false,
                                       const std::unordered_set<std::string>& speakers = {});

// find_paragraphs() one paragraph at a time, so that the paragraphs of a
// large document need not all be held: the constructor reads `text` once
// for its labels; each() walks it again, as often as asked. `text` must
// outlive the finder.
class ParagraphFinder {
 public:
  ParagraphFinder(std::string_view text, bool headings, const std::unordered_set<std::string>& speakers);
  // Calls `f` with each paragraph in order (a paragraph is valid during the call).
  void each(const std::function<void(const Paragraph&)>& f) const;
  // Whether some paragraph has content (begin < end), as each() would show;
  // walks only up to the first that has.
  bool has_content() const;

 private:
  // each(), up to and including the paragraph for which `f` returns false.
  void walk(const std::function<bool(const Paragraph&)>& f) const;
  bool is_heading(std::size_t begin, std::size_t end) const;
  std::string_view text_;
  bool headings_;
  // The folded names whose labels count, each with its spelling: a name is
  // written as at its first label (ANNA: ... Anna: is one speaker).
  std::unordered_map<std::string, std::string> accepted_;
};

// A subtitle file (WebVTT or SRT) as a document: `text` holds one paragraph
// `Naam: cue text` per turn (consecutive cues of one speaker merged, cue
// lines and cues joined with a space, markup tags removed, entities
// decoded), paragraphs separated by a blank line; cue ids, timings, NOTE,
// STYLE and REGION blocks are left out. A NOTE block made of `key: value`
// lines before the first cue gives document attributes.
struct SubtitleDocument {
  std::string text;
  std::vector<Paragraph> paragraphs;  // one per turn, offsets into `text`; time = first cue's start
  Attributes attributes;
};

// `text` is the normalised file content; `name` is used in messages: a
// missing WEBVTT line or a block that is not a cue is a DataError naming its
// line.
SubtitleDocument parse_webvtt(std::string_view text, const std::string& name);
SubtitleDocument parse_srt(std::string_view text, const std::string& name);

// The attributes of the NOTE blocks before the first cue of a WebVTT text,
// without reading the cues (so the start of a file will do).
Attributes webvtt_note_attributes(std::string_view text, const std::string& name);

// What a file's check before any output needs, for less than its parse:
// parse_webvtt() or parse_srt() throws the same errors, and would give these
// attributes and, when `has_text`, some paragraph. The text of the cues
// after the first that surely gives a paragraph is not cleaned.
struct SubtitleCheck {
  Attributes attributes;
  bool has_text = false;
};
SubtitleCheck check_webvtt(std::string_view text, const std::string& name);
SubtitleCheck check_srt(std::string_view text, const std::string& name);

}  // namespace draad
