// PDF files as text for the segmenter, through poppler: each page's text in
// reading order (as pdftotext gives it), pages separated by a form feed so
// that reflow knows the page boundaries. The document information gives the
// title, author and created (ISO 8601, UTC) attributes.
//
// A PDF that is encrypted with a password, or whose pages hold no text (a
// scan without a text layer), is a DataError that says what to do. A PDF
// encrypted with only an owner password (it opens without one, but forbids
// printing or copying) is read, with a notice saying so.
#pragma once

#include <string>

#include "text/document_text.h"

namespace draad {

ExtractedDocument read_pdf(const std::string& bytes, const std::string& name, const ReadOptions& options);

}  // namespace draad
