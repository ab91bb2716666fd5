#include "text/pdf_reader.h"

#include <dlfcn.h>

#include <ctime>
#include <filesystem>
#include <limits>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "base/data_files.h"
#include "base/error.h"
#include "base/utf8.h"
#include "text/pdf_module/pdf_module.h"

namespace draad {
namespace {

// The module's function, loaded once: beside the executable (a build
// directory), in <prefix>/<libdir>/draad beside <prefix>/bin/draad, or where
// this build made it (the tests); or why none loads.
struct Module {
  pdf_module::Extract extract = nullptr;
  std::string failure;

  Module() {
    std::vector<std::filesystem::path> places;
    if (const auto dir = executable_dir(); !dir.empty()) {
      places.push_back(dir / pdf_module::kFile);
      places.push_back(dir / ".." / DRAAD_INSTALL_LIBDIR / "draad" / pdf_module::kFile);
    }
    places.push_back(DRAAD_PDF_MODULE);
    std::string tried;
    for (const auto& p : places) {
      std::error_code ec;
      const std::string path = p.lexically_normal().string();
      tried += (tried.empty() ? "" : ", ") + path;
      if (!std::filesystem::is_regular_file(p, ec)) continue;
      // Never closed: the process may exit while a thread reads a PDF.
      void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
      if (!handle) {
        failure = fmt::format("PDF support is broken ({}); reinstall draad", dlerror());
        return;
      }
      extract = reinterpret_cast<pdf_module::Extract>(dlsym(handle, pdf_module::kSymbol));
      if (!extract) failure = fmt::format("PDF support is broken ({} lacks {}); reinstall draad", path, pdf_module::kSymbol);
      return;
    }
    failure = fmt::format("PDF support is missing ({} is in none of {}); reinstall draad", pdf_module::kFile, tried);
  }
};

}  // namespace

ExtractedDocument read_pdf(const std::string& bytes, const std::string& name, const ReadOptions& options) {
  static const Module module;
  if (!module.extract) throw DataError({name}, module.failure);
  if (bytes.size() > static_cast<std::size_t>(std::numeric_limits<int>::max()))
    throw DataError({name}, "a PDF larger than 2 GB: draad cannot read it");
  pdf_module::Extracted pdf;
  module.extract(bytes, options.probe, pdf);
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
