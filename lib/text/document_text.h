// What the readers of Word (.docx), OpenDocument (.odt) and PDF files share:
// recognising such a file by its first bytes, the text they hand to the
// segmenter, and the meeting-transcript layout of Teams exports.
//
// The text is UTF-8 with one paragraph per block, blocks separated by a
// blank line, line breaks inside a paragraph kept, and PDF pages separated
// by a form feed. A heading is written as a Markdown heading (`# Titel`,
// `## Subkop`), a list item as `- item` or `1. item`, a table cell as a
// paragraph of its own, in reading order.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/metadata.h"

namespace draad {

enum class DocumentKind { docx, odt, pdf };

// The largest part of a .docx or .odt package read, uncompressed (a larger
// one is refused as a zip bomb): the XML of a book of 5,000 pages, and the
// memory of its parsed tree stays under 200 MB.
inline constexpr std::size_t kMaxDocumentPartBytes = 64 << 20;

// The kind of the file named `path` whose first bytes are `head`, by its
// content first: `%PDF-` is a PDF; a zip archive is an OpenDocument text when
// its mimetype entry says so (or, with no mimetype entry in `head`, its name
// ends in .odt), else a Word document; other content named .pdf, .docx or
// .odt is that kind too (its reader refuses it). nullopt for anything else
// (plain text).
std::optional<DocumentKind> sniff_document(std::string_view head, const std::string& path);

struct ReadOptions {
  // Footnotes, endnotes, comments, page headers and footers, and tables of
  // contents (which repeat the headings): left out of the text unless
  // `notes`, when they follow the body, in that order.
  bool notes = false;
  // Only check that the file can be read and find its attributes: a PDF is
  // read up to its first page with text.
  bool probe = false;
};

struct ExtractedDocument {
  std::string text;
  Attributes attributes;  // title, author, created: those the file has
  // What was left out of the text, as "2 footnotes", "1 comment", ...
  std::vector<std::string> left_out;
  // What the reader should be told about the file although it was read whole.
  std::vector<std::string> notices;
};

// Reads a Word, OpenDocument or PDF file's bytes; `name` is used in messages.
// Errors are DataErrors naming the file (and the part of a zip package, with
// line and column in it).
ExtractedDocument read_document(DocumentKind kind, const std::string& bytes, const std::string& name,
                                const ReadOptions& options);

// "verslag.docx: left out 2 footnotes and 1 comment (--notes takes them in)",
// or "" when nothing was left out.
std::string left_out_message(const std::string& name, const std::vector<std::string>& left_out);

// Notes of one kind (footnotes, comments, page headers, ...), each as its
// paragraphs: counted in `out.left_out` ("2 footnotes"), or with
// `options.notes` appended to `paragraphs`. Empty items are skipped, and
// with `once` repeated ones too (a page header for first and other pages).
void take_notes(const std::vector<std::vector<std::string>>& items, std::string_view singular, std::string_view plural,
                bool once, const ReadOptions& options, std::vector<std::string>& paragraphs, ExtractedDocument& out);

// Item `n` (from 1) of a numbered list in `style`: '1' (1, 2, ...), 'a' or
// 'A' (a ... z, aa, ...), 'i' or 'I' (roman numerals); `n` is taken
// between 1 and 100,000.
std::string list_number(int n, char style);

// Joins paragraphs with a blank line between them, leaving out empty ones.
// When the paragraphs show the layout Microsoft Teams writes into a
// transcript, a speaker line followed by the words,
//   Marieke de Vries   0:03          or  00:00:03.120 --> 00:00:07.480
//   Goedemorgen allemaal.                Marieke de Vries
//                                        Goedemorgen allemaal.
// each speaker line is joined to the words as a timed label
// (`[0:03] Marieke de Vries: Goedemorgen allemaal.`) that the transcript
// parser reads as a turn. The layout counts when at least two speaker lines
// are each followed by words and they make up a third of the paragraphs.
std::string join_paragraphs(std::vector<std::string> paragraphs);

}  // namespace draad
