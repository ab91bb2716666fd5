// Fuzz target for spreadsheet number formats: a stored value, a newline,
// then a format code, shown in both date systems.
#include "fuzz_input.h"

#include "stream/number_format.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view in(reinterpret_cast<const char*>(data), size);
  const std::size_t newline = in.find('\n');
  const std::string_view value = in.substr(0, newline);
  const std::string_view code = newline == std::string_view::npos ? "General" : in.substr(newline + 1);
  draad::fuzz::expect_clean([&] {
    const draad::xlsx::NumberFormat format(code);
    format.show(value, false);
    format.show(value, true);
  });
  return 0;
}
