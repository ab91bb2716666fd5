// Repairs text extracted from PDF: lines wrapped mid-sentence (also with a
// blank line after every line) are joined into paragraphs; words broken with
// a hyphen at a line end are rejoined (diver- / siteit) while real hyphens
// stay (duo-interviews, anti-racisme, Noord-Holland), decided with the
// document's own vocabulary and the hunspell-nl word list; repeated page
// headers and page numbers are dropped; bullets and numbered items stay
// paragraphs of their own.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace draad {

// True when `text` (normalised) shows the marks of a PDF extract.
bool looks_like_pdf_extract(std::string_view text);

struct ReflowResult {
  std::string text;
  std::vector<std::string> dropped;  // "line N: <text>" for each header or page number removed
};

ReflowResult reflow(std::string_view text);

}  // namespace draad
