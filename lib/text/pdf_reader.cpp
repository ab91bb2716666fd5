#include "text/pdf_reader.h"

#include <ctime>
#include <limits>
#include <string>

#include <fmt/format.h>

#include "base/error.h"
#include "base/module.h"
#include "base/utf8.h"
#include "text/pdf_module/pdf_module.h"

namespace draad {

ExtractedDocument read_pdf(const std::string& bytes, const std::string& name, const ReadOptions& options) {
  static const Module module(pdf_module::kFile, DRAAD_PDF_MODULE, "PDF");
  static const auto extract = reinterpret_cast<pdf_module::Extract>(module.symbol(pdf_module::kSymbol, {name}));
  if (bytes.size() > static_cast<std::size_t>(std::numeric_limits<int>::max()))
    throw DataError({name}, "a PDF larger than 2 GB: draad cannot read it");
  pdf_module::Extracted pdf;
  extract(bytes, options.probe, pdf);
  using Status = pdf_module::Extracted::Status;
  if (pdf.status == Status::unreadable) throw DataError({name}, "not a readable PDF (truncated or damaged)");
  if (pdf.status == Status::locked)
    throw DataError({name}, "the PDF is protected with a password: draad cannot read it; save or print it as a PDF "
                            "without a password and segment that");
  if (pdf.status == Status::no_text)
    throw DataError({name}, fmt::format("no text in {} page{}: a scan without a text layer; run it through OCR "
                                        "first (ocrmypdf, or the scanner's \"searchable PDF\") and segment the result",
                                        pdf.pages, pdf.pages == 1 ? "" : "s"));
  ExtractedDocument out;
  out.text = std::move(pdf.text);
  // Only an owner password (no password to open it): the text is what any
  // viewer shows, so it is read, and the restriction is said.
  if (pdf.owner_password)
    out.notices.push_back("the PDF has an owner password (it restricts printing, copying or changing, not "
                          "reading): its text is read as a PDF viewer shows it");
  if (const auto title = utf8::trim(pdf.title); !title.empty()) out.attributes.emplace_back("title", std::string(title));
  if (const auto author = utf8::trim(pdf.author); !author.empty())
    out.attributes.emplace_back("author", std::string(author));
  if (pdf.created > 0) {
    std::tm tm{};
    gmtime_r(&pdf.created, &tm);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
    out.attributes.emplace_back("created", buffer);
  }
  return out;
}

}  // namespace draad
