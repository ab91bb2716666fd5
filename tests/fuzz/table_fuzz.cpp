// Fuzz target for hand-made tables (--meta, --speakers, coding sheets) in
// both dialects: every row has as many fields as the header has columns.
#include "fuzz_input.h"

#include "stream/table_file.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  for (const char* name : {"fuzz.csv", "fuzz.tsv"})
    draad::fuzz::expect_clean([&] {
      draad::LoadedTable t = draad::parse_table(bytes, name);
      for (const auto& row : t.rows())
        if (row.fields.size() != t.columns().size()) __builtin_trap();
    });
  return 0;
}
