// Repairs text extracted from PDF: lines wrapped mid-sentence (also with a
// blank line after every line) are joined into paragraphs; words broken with
// a hyphen at a line end are rejoined (diver- / siteit) while real hyphens
// stay (duo-interviews, anti-racisme, Noord-Holland), decided with the
// document's own vocabulary and the hunspell-nl word list; repeated page
// headers and page numbers are dropped; bullets and numbered items stay
// paragraphs of their own.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace draad {

// True when `text` (normalised, without front matter) shows the marks of a PDF
// extract: most non-blank lines share one width (20-200 characters, typical of
// a page), and many of them run on into a next line that starts in lower case
// (with or without a blank line between), or at least two end in a word cut
// by a hyphen. False for WebVTT/SRT, markdown (headings, code fences) and
// transcripts whose paragraphs are single long lines. Looks at the first
// 2 MiB only.
bool looks_like_pdf_extract(std::string_view text);

// A line reflow removed: its number in the text given (1-based), its text
// and its page.
struct DroppedLine {
  std::int64_t line = 0;
  std::string text;
  std::int64_t page = 1;  // 1 + the form feeds before it
  bool operator==(const DroppedLine&) const = default;
};

struct ReflowResult {
  std::string text;
  std::vector<DroppedLine> dropped;  // each header or page number removed
};

// Rebuilds the paragraphs of a PDF extract. The result has each paragraph on
// one line (table rows aside), paragraphs separated by exactly one blank
// line, leading blank lines, indentation and trailing white space removed,
// and a final newline when `text` had one.
//  - Lines of one block are joined with a space, except that a list item
//    (●, •, ➔, ◆, ▪, -, *, "1.", "a)"), a speaker label ("Fatima:") or the
//    text after a short line ending a sentence or a heading starts a new
//    paragraph, and table rows (a run of 3+ spaces or a tab) keep their line
//    breaks and spacing.
//  - When a blank line follows every line of running text, a blank line
//    joins too, unless the line before is short and ends a sentence, is a
//    heading, or two blank lines follow it.
//  - A line-end hyphen between letters is decided in this order: "sport- en"
//    keeps the hyphen and a space; a digit or a capital after it (COVID-19,
//    Noord-Brabant) or a single letter before it (e-mail) keeps it; then the
//    more frequent of the joined and the hyphenated form elsewhere in `text`;
//    a first part the text hyphenates elsewhere (super-wijk) or "anti" keeps
//    it; then hunspell-nl when it knows exactly one of the two forms (loaded
//    on first need, once per process, thread-safe); then a vowel clash
//    (zee-egel, auto-ongeluk) keeps it; otherwise the word is joined.
//  - Page numbers ("- 3 -", "Pagina 3 van 9", "Page 3 of 9", and a bare "3"
//    or "3/9" when such lines count up by one or two) and running headers or
//    footers (a short line that recurs, digits aside, at least three times
//    or on both pages of a text of two,
//    standing apart near page breaks, or, where no page breaks or numbers
//    are known, at regular intervals of 10 lines or more) are dropped, each
//    listed in `dropped` with its 1-based line number in `text`. A form feed
//    is a page break. Content is never dropped: a sentence of three words or
//    more, a line opening with a speaker label, and a line that recurs with
//    the same line before it or after it each time (a paragraph the
//    document repeats) stay.
// Text that is not an extract passes unchanged apart from the blank-line and
// white-space rules above, and reflow(reflow(t).text).text ==
// reflow(t).text. Linear in the size of `text`.
ReflowResult reflow(std::string_view text);

// reflow() where the text lies: `text` becomes reflow(text).text; returns
// what was dropped. The output is written over the lines already read, so
// that a large document is not held twice (a text whose output would run
// ahead of them, which takes many single line breaks made blank lines, is
// written into a copy). Besides the text it holds about 25 bytes per line. A
// text of 2 GiB or more is a std::length_error (documents are far smaller).
std::vector<DroppedLine> reflow_in_place(std::string& text);

}  // namespace draad
