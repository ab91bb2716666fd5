// Loading one of draad's modules, the shared objects (draad-pdf.so,
// draad-zip.so) that link the large libraries most runs never need: linked
// into draad, poppler would cost every run 8 ms of start-up, and libzip,
// libxlsxwriter and the libcrypto they pull in 6 ms more. A module is loaded
// (dlopen) on first use, and what went wrong is said in draad's words.
#pragma once

#include <string>
#include <string_view>

#include "base/error.h"

namespace draad {

class Module {
 public:
  // The module `file` ("draad-pdf.so") from the first place that has it:
  // beside the executable (a build directory), in <prefix>/<libdir>/draad
  // beside <prefix>/bin/draad, or `built_at`, where this build made it (the
  // tests). `support` names what is lost without it in messages: "PDF".
  // Never unloaded (the process may exit while a thread uses it), so one
  // Module per module file, held for the whole run.
  Module(std::string_view file, std::string_view built_at, std::string_view support);
  Module(const Module&) = delete;
  Module& operator=(const Module&) = delete;

  // The address of `name` in the module or in a library it links. When the
  // module is missing, broken or lacks `name`, a DataError at `where`:
  // "PDF support is missing (draad-pdf.so is in none of a, b); reinstall draad".
  void* symbol(const char* name, const Location& where = {}) const;

 private:
  std::string support_, path_, failure_;
  void* handle_ = nullptr;
};

}  // namespace draad
