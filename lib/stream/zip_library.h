// libzip and libxlsxwriter, reached through draad's module draad-zip.so
// (base/module.h) instead of linked: they and the libcrypto they need cost
// every run 6 ms of start-up, and most runs read no DOCX, ODT, XLSX, ODS or
// QDPX and write no XLSX. Their headers still give every type;
// DRAAD_ZIP(zip_fopen)(z, name, 0) calls the library's zip_fopen.
#pragma once

#include <string>

namespace draad::zip_library {

// Nothing when the module loads; else a DataError naming `file`, the file
// about to be read or written: "DOCX, ODT, XLSX, ODS and QDPX support is
// missing (draad-zip.so is in none of a, b); reinstall draad". Call it
// before the first DRAAD_ZIP for a file, so that the message names it.
void require(const std::string& file);

// The address of the library function `name`; a DataError (naming no file)
// when the module is missing or broken.
void* function(const char* name);

}  // namespace draad::zip_library

// The library function `f`, typed as its header declares it, looked up once
// per place that calls it. decltype takes only the type: draad keeps no
// reference to the symbol that would make the linker want the library.
#define DRAAD_ZIP(f)                                                          \
  ([] {                                                                       \
    static const auto address =                                               \
        reinterpret_cast<decltype(&::f)>(::draad::zip_library::function(#f)); \
    return address;                                                           \
  }())
