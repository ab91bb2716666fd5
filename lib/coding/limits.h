// The codebook's `where` limits bound to a segment stream's columns: which
// codes a segment's attributes keep away (`where: rol=deelnemer` keeps a
// code to the participants' segments; `where: speaker!=Interviewer` keeps it
// away from the interviewer's), and whether the segment's questions count
// (the codebook's `questions`: skip where_any rol=gespreksleider, or
// speaker=Interviewer), and whether a heading's do (`headings`: skip
// where_any speaker=, a report's headings), and whether a paragraph about
// the study's method does (`method`: where_any speaker=), and which
// question an answer is read against (`answers`). A segment with a non-empty
// `section` column is never taken as a heading: its document marks its
// headings (Markdown, docx, odt), and a numbered line there is a list item.
//
// A limit on a column the segments do not have is not applied: the
// codebook may name attributes that only some studies record. For a code
// that means the code may apply; warnings() says so once per column,
// located at the limit in the codebook. An alternative of `questions`'
// (or headings') where_any on such a column picks out no segment; when the
// segments have none of their columns, no question (heading) is skipped, and
// warnings() says so.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "coding/codebook.h"

namespace draad {

// What a segment's attributes rule out; Matcher::match takes it.
struct Blocked {
  // Per code (index into Codebook::codes): "" when the segment's attributes
  // allow it, else why not, e.g. "as rol = moderator (where ...)".
  std::vector<std::string> codes;
  // "" unless hits in the segment's questions count for no code: then why.
  std::string questions;
  // "" unless a heading's hits count for no code (when the segment is one,
  // text/heading.h): then why.
  std::string headings;
  // The segment's unit is `heading`: the segmenter found it one, with the
  // document around it (a plain-text report's bare title).
  bool unit_heading = false;
  // "" unless a theme needs more than one passing word where the segment
  // tells how the study was done (when it does, Codebook::method): then why.
  std::string method;
  // The question an answer that codes nothing is read against (the
  // codebook's `answers`): its `question` column, else its `section` when
  // that ends in '?'; "" when the rule does not apply to the segment. Then
  // `answers` says why it does.
  std::string question;
  std::string answers;
};

class AttributeLimits {
 public:
  // Keeps a reference to `codebook`, which must outlive it.
  AttributeLimits(const Codebook& codebook, const std::vector<std::string>& columns);

  // No limit applies to these columns and no rule of the codebook picks out
  // segments by them: nothing to check per segment.
  bool empty() const {
    return bound_.empty() && !questions_.active && !headings_.active && !method_.active && !answers_.active;
  }

  // "file:line:column: warning: ..." per column that a limit names and the
  // segments do not have.
  const std::vector<std::string>& warnings() const { return warnings_; }

  // What the attributes of the segment whose field i is field(i) rule out.
  void check(const std::function<std::string_view(std::size_t)>& field, Blocked& out) const;

 private:
  struct Bound {
    std::size_t code;
    const Limit* limit;
    std::size_t column;
    // The reason a value gives: before_value + value + after_value, or
    // empty_value for the empty field.
    std::string before_value, empty_value, after_value;
    void why(std::string_view value, std::string& out) const;
  };
  // A SegmentRule bound to the columns.
  struct Skip {
    const SegmentRule* rule;
    const char* key;   // questions, headings, method, answers
    const char* part;  // what it picks out: "a question", "a heading", "a method paragraph", "an answer"
    const char* on;    // what turns the rule on: "hits: skip", "words", "uncoded: question"
    bool active = false;  // in some segments
    std::vector<Bound> alternatives;  // those of where_any on columns the segments have (code unused)
    std::string always;  // the reason when there is no where_any
  };
  void bind(Skip& skip);
  Bound make_bound(std::size_t code, const Limit& limit, std::size_t column, std::string_view lead,
                   std::string_view key) const;
  void why_skipped(const Skip& skip, const std::function<std::string_view(std::size_t)>& field, std::string& out) const;
  void warn(const Location& mark, std::string message);

  const Codebook& codebook_;
  std::vector<std::string> columns_;
  std::vector<Bound> bound_;  // by code
  Skip questions_;
  Skip headings_;
  Skip method_;
  Skip answers_;
  std::size_t section_;   // the section column, or columns_.size()
  std::size_t unit_;      // the unit column, or columns_.size()
  std::size_t question_;  // the question column, or columns_.size()
  std::vector<std::string> warnings_;
};

}  // namespace draad
