// What passes between draad and its PDF module, draad-pdf.so, the one part
// of draad that links poppler. Loading poppler and the 23 libraries it
// needs costs every run about 8 ms of CPU, 40% of draad's start-up, and
// most runs read no PDF, so text/pdf_reader.cpp loads the module on the
// first one (dlopen) and says in draad's words what went wrong.
#pragma once

#include <ctime>
#include <string>

namespace draad::pdf_module {

struct Extracted {
  enum class Status { ok, unreadable, locked, no_text };
  Status status = Status::ok;
  std::string text;             // each page's text, pages separated by form feeds
  int pages = 0;
  bool owner_password = false;  // encrypted, but it opens without a password
  std::string title, author;    // from the document information, "" when absent
  std::time_t created = 0;      // 0 when absent
};

// The module exports `kSymbol`, an `Extract`: the text of the PDF in
// `bytes` (at most 2 GB); with `probe`, up to its first page with text.
using Extract = void (*)(const std::string& bytes, bool probe, Extracted& out);
inline constexpr const char* kSymbol = "draad_pdf_extract";
inline constexpr const char* kFile = "draad-pdf.so";

}  // namespace draad::pdf_module
