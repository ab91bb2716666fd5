// Dutch sentence boundaries: ICU's sentence break iterator with the Dutch
// abbreviations (data/abbreviations.nl.txt) suppressing false ends, and list
// items and bullets as sentences of their own.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "base/byte_range.h"

namespace draad {

// The sentences of valid UTF-8 `text`, in order, without surrounding white
// space; together they cover every non-space character of `text` once.
std::vector<ByteRange> split_sentences(std::string_view text);

}  // namespace draad
