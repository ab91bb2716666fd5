// Illustrative quotes (draad quotes, and the supporting quotes of threads).
//
// A quote is cut from a segment's text at sentence boundaries around its
// hits (split_sentences), with the hits marked for highlighting.
//
// Choosing quotes is deterministic: the candidates are the segments carrying
// the code (or any code of the theme), ranked by their hits for it, then by
// stream order. Quotes are taken round-robin over the groups of a column
// (documents by default; groups in order of their best candidate, then by
// name), and no speaker gives a second quote while a candidate from an
// unused speaker is left. A speaker is a (doc, speaker) pair; segments with
// no speaker share one anonymous speaker per document.
//
// Headings are data about a session, not voices: they are never quoted (see
// is_heading), and neither is a segment without a speaker in a document where
// other segments have one (a transcript's title, a note between turns).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "stream/record.h"
#include "stream/report.h"
#include "stream/where.h"
#include "text/pseudonyms.h"

namespace draad::quotes {

// Whether a segment is a heading: its `unit` is `heading`, or its text is one
// markdown heading line (`## Wat heeft u nodig?`, as a .txt or a stream made
// before Markdown sections has it). `draad segment` on a .md file makes no
// segment of a heading: it is the `section` column of the paragraphs below.
bool is_heading(std::string_view unit, std::string_view text);

struct Excerpt {
  std::string text;
  std::vector<ByteRange> marks;  // byte ranges of `text`
};

// The sentences of `text` (a segment starting at document code point offset
// `text_start`) around `hits`: from the sentence of the first hit on, adding
// sentences while they hold hits and the excerpt stays within `max_bytes`
// (one sentence is always taken whole). With no hit inside the text, the
// first sentence. An excerpt shorter than 60 bytes gets the following, then
// the preceding sentences while it stays within `max_bytes`. `…` marks text left out before or after. A hit whose offsets
// do not fall in the text is looked up by its surface instead.
Excerpt excerpt(std::string_view text, std::int64_t text_start, const std::vector<DocumentHit>& hits,
                std::size_t max_bytes = 400);

struct Options {
  std::string code;                     // a full code id, or
  std::string theme;                    // a theme id
  std::size_t count = 5;                // quotes wanted, at least 1
  std::string by = "doc";               // the column to spread over
  std::vector<std::string> attributes;  // further columns to attribute quotes with
  std::size_t max_bytes = 400;
  where::Filter where;                        // the segments to quote from
  pseudonyms::Pseudonymiser* names = nullptr;  // observes every speaker read
};

// Reads the coding streams `paths` and picks the quotes: a table with the
// columns doc seg speaker [by] [attributes...] hits quote. A stream without a
// `text` column, or a code or theme that never occurs (with a suggestion
// from the codes that do), is a DataError.
report::Table pick(const std::vector<std::string>& paths, const Options& options);

}  // namespace draad::quotes
