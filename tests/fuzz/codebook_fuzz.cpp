// Fuzz target for codebook YAML: check() must turn any bytes into a codebook
// or diagnostics, never a crash (recursive aliases, alias bombs, deep
// nesting and binary input included). A codebook without errors must come
// back equal from the bytes the codebook store keeps it as, and the store's
// reader must refuse any other bytes without a crash.
#include "fuzz_input.h"

#include "coding/codebook.h"
#include "coding/codebook_store.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string path = draad::fuzz::as_file(data, size);
  draad::fuzz::expect_clean([&] {
    draad::CheckResult r = draad::check(path);
    for (const auto& d : r.diagnostics)
      if (d.message.empty()) __builtin_trap();
    if (r.ok()) {
      const auto kept = draad::codebook_store::deserialise(draad::codebook_store::serialise(r.codebook), r.codebook.path);
      if (!kept || !(*kept == r.codebook)) __builtin_trap();
    }
    (void)draad::codebook_store::deserialise(std::string_view(reinterpret_cast<const char*>(data), size), path);
  });
  return 0;
}
