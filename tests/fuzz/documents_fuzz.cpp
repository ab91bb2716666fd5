// Fuzz target for the readers of packaged documents: Word, OpenDocument and
// PDF files (zip + XML, poppler), REFI-QDA projects and codebooks.
#include "fuzz_input.h"

#include "coding/qda_project.h"
#include "text/document_text.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  draad::ReadOptions options;
  options.notes = true;
  for (auto kind : {draad::DocumentKind::docx, draad::DocumentKind::odt, draad::DocumentKind::pdf})
    draad::fuzz::expect_clean([&] { draad::read_document(kind, bytes, "fuzz", options); });
  const std::string path = draad::fuzz::as_file(data, size);
  draad::fuzz::expect_clean([&] { draad::qda::import_project(path, {}); });
  draad::fuzz::expect_clean([&] { draad::qda::convert_codebook(path, "fuzz"); });
  return 0;
}
