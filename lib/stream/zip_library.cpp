#include "stream/zip_library.h"

#include "base/module.h"

namespace draad::zip_library {
namespace {

const Module& module() {
  static const Module loaded("draad-zip.so", DRAAD_ZIP_MODULE, "DOCX, ODT, XLSX, ODS and QDPX");
  return loaded;
}

}  // namespace

// zip_open stands for both libraries: dlopen has refused a module that lacks either.
void require(const std::string& file) { module().symbol("zip_open", {file}); }

void* function(const char* name) { return module().symbol(name); }

}  // namespace draad::zip_library
