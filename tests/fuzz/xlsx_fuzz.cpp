// Fuzz target for the xlsx reader (zip + XML of a filled-in coding sheet).
#include "fuzz_input.h"

#include "stream/xlsx_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string path = draad::fuzz::as_file(data, size);
  draad::fuzz::expect_clean([&] { draad::xlsx::read_first_sheet(path); });
  return 0;
}
