// OpenDocument text (.odt) as text for the segmenter (document_text.h says
// what that text is).
//
// Reads content.xml in reading order: headings (as Markdown headings by
// their outline level), paragraphs, list items ("-"), table cells, sections,
// frames and text boxes; spaces (text:s), tabs and line breaks as written,
// other white space collapsed as ODF prescribes. Tracked deletions are left
// out. meta.xml gives the title, author (meta:initial-creator, else
// dc:creator) and created attributes. Footnotes, endnotes, comments
// (office:annotation), the page headers and footers of styles.xml, and
// tables of contents and other indexes are left out unless ReadOptions::notes.
#pragma once

#include <string>

#include "text/document_text.h"

namespace draad {

ExtractedDocument read_odt(const std::string& bytes, const std::string& name, const ReadOptions& options);

}  // namespace draad
