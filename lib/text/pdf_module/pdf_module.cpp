// draad-pdf.so: a PDF's text through poppler-cpp (pdf_module.h).
#include "pdf_module.h"

#include <algorithm>
#include <memory>
#include <mutex>

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

namespace {

using draad::pdf_module::Extracted;

std::string utf8_of(const poppler::ustring& s) {
  const poppler::byte_array bytes = s.to_utf8();
  std::string out(bytes.begin(), bytes.end());
  // Control characters other than tab and newline (a NUL would mark the text binary).
  std::erase_if(out, [](char c) { return static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r'; });
  return out;
}

void quiet(const std::string&, void*) {}

}  // namespace

extern "C" __attribute__((visibility("default"))) void draad_pdf_extract(const std::string& bytes, bool probe,
                                                                          Extracted& out) {
  // poppler writes its complaints about damaged files to standard error;
  // draad says what matters itself.
  static std::once_flag silenced;
  std::call_once(silenced, [] { poppler::set_debug_error_function(quiet, nullptr); });
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!doc) {
    out.status = Extracted::Status::unreadable;
    return;
  }
  if (doc->is_locked()) {
    out.status = Extracted::Status::locked;
    return;
  }
  out.owner_password = doc->is_encrypted();
  out.pages = doc->pages();
  bool any_text = false;
  for (int i = 0; i < out.pages; ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    std::string text = page ? utf8_of(page->text(poppler::rectf(), poppler::page::non_raw_non_physical_layout)) : "";
    if (i > 0) out.text += '\f';
    if (!text.empty() && text.back() != '\n') text += '\n';
    out.text += text;
    if (std::any_of(text.begin(), text.end(), [](char c) { return c > ' '; })) {
      any_text = true;
      if (probe) break;
    }
  }
  if (!any_text) {
    out.status = Extracted::Status::no_text;
    return;
  }
  out.title = utf8_of(doc->get_title());
  out.author = utf8_of(doc->get_author());
  out.created = doc->get_creation_date_t();
}
