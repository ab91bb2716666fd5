// Fuzz target for the matcher: any text, made valid UTF-8 as the readers
// make it, coded and explained with the default codebook. The matcher's
// rules look words before and after each word up and down its clause;
// a rule that reads past a clause or the text shows up here (the fuzz build
// checks the standard library's bounds too). Hits must lie within the text,
// on character boundaries, and explain() must find the codes match() finds.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "base/data_files.h"
#include "base/error.h"
#include "coding/codebook.h"
#include "coding/match.h"
#include "fuzz_input.h"

namespace {

bool on_boundary(const std::string& text, std::size_t at) {
  return at == text.size() || (static_cast<unsigned char>(text[at]) & 0xC0) != 0x80;
}

void check(const std::string& text, const std::vector<draad::CodeMatch>& found) {
  for (const auto& m : found)
    for (const auto* hits : {&m.counted, &m.negated})
      for (const auto& h : *hits)
        if (h.begin > h.end || h.end > text.size() || !on_boundary(text, h.begin) || !on_boundary(text, h.end))
          __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const draad::Codebook codebook = draad::load(draad::data_file("codebooks/samenleven.yaml"));
  static const draad::CompiledCodebook compiled(codebook);
  static draad::Matcher matcher(compiled);
  const std::string text = draad::fuzz::valid_utf8(std::string_view(reinterpret_cast<const char*>(data), size));
  std::vector<draad::CodeMatch> found, explained;
  std::vector<draad::HitNote> notes;
  std::vector<draad::WordNote> words;
  try {
    matcher.match(text, found);
    check(text, found);
    matcher.explain(text, explained, notes, words);
    check(text, explained);
  } catch (const draad::DataError&) {
    return 0;  // a pattern past its time or stack limit: said to the user, not a crash
  }
  if (found.size() != explained.size()) __builtin_trap();
  for (std::size_t i = 0; i < found.size(); ++i)
    if (found[i].code != explained[i].code) __builtin_trap();
  return 0;
}
