// Fuzz target for YAML front matter and the transcript formats WebVTT and SRT,
// on the valid UTF-8 text the segmenter hands them.
#include "fuzz_input.h"

#include "text/metadata.h"
#include "text/transcript.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text = draad::fuzz::valid_utf8({reinterpret_cast<const char*>(data), size});
  draad::fuzz::expect_clean([&] {
    draad::FrontMatter fm = draad::parse_front_matter(text, "fuzz.md");
    if (fm.length > text.size()) __builtin_trap();
  });
  draad::fuzz::expect_clean([&] { draad::parse_webvtt(text, "fuzz.vtt"); });
  draad::fuzz::expect_clean([&] { draad::parse_srt(text, "fuzz.srt"); });
  return 0;
}
