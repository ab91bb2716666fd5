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
//   `Bijlage B`, `Deel II`).
// A bare title (`Wederkerigheid`, `Leeswijzer`) is no heading here: it looks
// like a poll's one-word answer (`ontmoetingsplek`), and only the format tells them
// apart. A numbered line that states its point as a sentence (`3. Taal als
// gemeenschappelijke deler.`) is no heading either: a coder codes it.
#pragma once

#include <string_view>

namespace draad {

// `text`: valid UTF-8 with LF line ends.
bool is_heading(std::string_view text);

}  // namespace draad
