// Fuzz target for codebook YAML: check() must turn any bytes into a codebook
// or diagnostics, never a crash (recursive aliases, alias bombs, deep
// nesting and binary input included).
#include "fuzz_input.h"

#include "coding/codebook.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string path = draad::fuzz::as_file(data, size);
  draad::fuzz::expect_clean([&] {
    draad::CheckResult r = draad::check(path);
    for (const auto& d : r.diagnostics)
      if (d.message.empty()) __builtin_trap();
  });
  return 0;
}
