#include "text/pdf_reader.h"

#include <algorithm>
#include <ctime>
#include <limits>
#include <memory>
#include <mutex>

#include <fmt/format.h>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include "base/error.h"
#include "base/utf8.h"

namespace draad {

namespace {

std::string utf8_of(const poppler::ustring& s) {
  const poppler::byte_array bytes = s.to_utf8();
  std::string out(bytes.begin(), bytes.end());
  // Control characters other than tab and newline (a NUL would mark the text binary).
  std::erase_if(out, [](char c) { return static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r'; });
  return out;
}

void quiet(const std::string&, void*) {}

}  // namespace

ExtractedDocument read_pdf(const std::string& bytes, const std::string& name, const ReadOptions& options) {
  // poppler writes its complaints about damaged files to standard error;
  // draad says what matters itself.
  static std::once_flag silenced;
  std::call_once(silenced, [] { poppler::set_debug_error_function(quiet, nullptr); });
  if (bytes.size() > static_cast<std::size_t>(std::numeric_limits<int>::max()))
    throw DataError({name}, "a PDF larger than 2 GB: draad cannot read it");
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!doc) throw DataError({name}, "not a readable PDF (truncated or damaged)");
  if (doc->is_locked())
    throw DataError({name}, "the PDF is protected with a password: draad cannot read it; save or print it as a PDF "
                            "without a password and segment that");
  ExtractedDocument out;
  // Only an owner password (no password to open it): the text is what any
  // viewer shows, so it is read, and the restriction is said.
  if (doc->is_encrypted())
    out.notices.push_back("the PDF has an owner password (it restricts printing, copying or changing, not "
                          "reading): its text is read as a PDF viewer shows it");
  const int pages = doc->pages();
  bool any_text = false;
  for (int i = 0; i < pages; ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    std::string text = page ? utf8_of(page->text(poppler::rectf(), poppler::page::non_raw_non_physical_layout)) : "";
    if (i > 0) out.text += '\f';
    if (!text.empty() && text.back() != '\n') text += '\n';
    out.text += text;
    if (!utf8::trim(text).empty() && std::any_of(text.begin(), text.end(), [](char c) { return c > ' '; })) {
      any_text = true;
      if (options.probe) break;
    }
  }
  if (!any_text)
    throw DataError({name}, fmt::format("no text in {} page{}: a scan without a text layer; run it through OCR "
                                        "first (ocrmypdf, or the scanner's \"searchable PDF\") and segment the result",
                                        pages, pages == 1 ? "" : "s"));
  if (auto title = utf8_of(doc->get_title()); !utf8::trim(title).empty())
    out.attributes.emplace_back("title", std::string(utf8::trim(title)));
  if (auto author = utf8_of(doc->get_author()); !utf8::trim(author).empty())
    out.attributes.emplace_back("author", std::string(utf8::trim(author)));
  if (std::time_t created = doc->get_creation_date_t(); created > 0) {
    std::tm tm{};
    gmtime_r(&created, &tm);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
    out.attributes.emplace_back("created", buffer);
  }
  return out;
}

}  // namespace draad
