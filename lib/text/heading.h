// Whether a segment's text is a report's structure rather than what it says:
// a heading or a table-of-contents entry of a plain-text report (Markdown,
// docx and odt headings are no segments at all: they fill the `section`
// column). A human coder gives such lines no code, though they name the
// report's themes (`● Hoofdstuk 4: Negatieve beeldvorming`); the codebook's
// `headings` key decides whether their hits count.
//
// A heading is either
// - a table of contents: every line a title, a dotted leader (`..` or `…`)
//   and a page number (`Inleiding ........ 4`), under an optional first line
//   `Inhoud` or `Inhoudsopgave`;
// - one line of at most 12 words that does not end in punctuation (a
//   sentence or a lead-in ends in . ! ? : ; , … or a quote; it must end in a
//   letter, a digit or a closing parenthesis) and, after an optional bullet, opens
//   with a section number (`1.`, `2.3`, `2.3.1.`) or with `Hoofdstuk`,
//   `Bijlage`, `Paragraaf` or `Deel` and a number (`Hoofdstuk 2:`,
//   `Bijlage B`, `Deel II`), and holds no share (`1. Elkaar helpen (57%)`
//   is a survey's ranked answer).
// A bare title (`Wederkerigheid`, `Leeswijzer`) is no heading by itself: it
// looks like a poll's one-word answer (`ontmoetingsplek`), and only the
// document around it tells them apart (is_bare_title). A numbered line that
// states its point as a sentence (`3. Taal als gemeenschappelijke deler.`) is
// no heading either: a coder codes it.
#pragma once

#include <cstddef>
#include <string_view>

namespace draad {

// `text`: valid UTF-8 with LF line ends.
bool is_heading(std::string_view text);

// Whether a document reads as prose, told paragraph by paragraph: at least
// two thirds of its words lie in paragraphs that end a sentence (in . ! ? or
// …, before any closing quotes or brackets). A report, a news page or a
// transcript does; a plain-text export of a poll's answers or of a
// workshop's sticky notes (`Naast ontmoeten ook rolmodellen benutten`) does
// not: there a short line without a full stop is what someone answered.
class ProseCount {
 public:
  void add(std::string_view paragraph);
  bool prose() const { return words_ > 0 && 3 * in_sentences_ >= 2 * words_; }

 private:
  std::size_t words_ = 0, in_sentences_ = 0;
};

// Whether `text`, a paragraph of a document that reads as prose, is a bare
// title: a page's headline (`Zoektocht naar juiste aanpak`), a subheading, a
// byline (`Madjori, klachtenbehandelaar`). One line of at most 20 words that
// ends in no punctuation and holds no sentence end (`. `, `! `, `? `), opens
// with no bullet (a list item states a point) and no quote mark (a quote is
// what someone said, whatever its punctuation), and is not wholly between
// brackets (`[gelach]`). Such a line names a topic without saying anything
// about it, and a human coder gives it no code.
bool is_bare_title(std::string_view text);

// Whether `text`, a paragraph of a document that reads as prose, is a
// question put as a title: a subheading (`Hoe kun je het meten?`), a written
// interview's question (`Waarom zijn jullie een bewonersgroep gestart?`), a
// report's research question, bulleted or not. One line as for a bare title
// that ends in a question mark. A coder codes the answer below it, not the
// question.
bool is_question_title(std::string_view text);

// Whether `text`, the first paragraph of a document that reads as prose, is
// its headline: a bare title, or one that asks, exclaims or quotes (`Hoe
// denken Nederlanders over hun buren?`, `Een zachte landing in de wijk!`,
// `‘De koffie is nog steeds gratis’`). The same one line with no sentence
// end inside it, but not one that ends in a full stop: that is the first
// sentence of the text.
bool is_headline(std::string_view text);

}  // namespace draad
