// Word documents (.docx, Office Open XML) as text for the segmenter
// (document_text.h says what that text is).
//
// Reads the main document part (found through _rels/.rels, usually
// word/document.xml) in reading order: paragraphs, runs, tabs, line breaks,
// hyphens, fields' results, hyperlinks, inserted text, content controls,
// text boxes (after the paragraph that holds them) and table cells; deleted
// text and field codes are left out. Paragraph styles with an outline level
// ("heading 1", "Title") become Markdown headings, numbered and bulleted
// paragraphs list items ("1.", "a)", "-") counted as Word counts them.
// docProps/core.xml gives the title, author (dc:creator) and created
// attributes. Footnotes, endnotes, comments, page headers and footers and
// tables of contents (paragraphs styled "toc N") are left out unless
// ReadOptions::notes.
#pragma once

#include <string>

#include "text/document_text.h"

namespace draad {

ExtractedDocument read_docx(const std::string& bytes, const std::string& name, const ReadOptions& options);

}  // namespace draad
