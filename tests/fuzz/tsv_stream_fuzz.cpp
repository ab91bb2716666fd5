// Fuzz target for the stream readers: tsv::Reader with the segment checks of
// code/tokens/kwic, and the CodingReader of freq/cooc/threads. Every input
// must end in records or a located DataError.
#include "fuzz_input.h"

#include "coding/coding_reader.h"
#include "stream/tsv.h"
#include "text/segment_stream.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string path = draad::fuzz::as_file(data, size);
  draad::fuzz::expect_clean([&] {
    draad::tsv::Reader in(path);
    std::optional<draad::SegmentChecker> checker;
    if (in.find("doc") && in.find("seg") && in.find("text")) checker.emplace(in);
    while (in.next())
      if (checker) checker->check(in);
  });
  draad::fuzz::expect_clean([&] {
    draad::CodingReader in({path}, {}, true);
    draad::CodedSegment segment;
    while (in.next(segment))
      if (segment.seg <= 0 || segment.doc.empty()) __builtin_trap();
  });
  return 0;
}
