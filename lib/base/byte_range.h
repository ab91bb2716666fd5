// A byte range of a text, the one type for it in every stage: a sentence of
// a paragraph, a hit to emphasise in a quote.
#pragma once

#include <cstddef>

namespace draad {

struct ByteRange {
  std::size_t begin;  // byte offsets into the text meant, end excluded
  std::size_t end;
};

}  // namespace draad
