// Loads and comparisons of the few bytes of a word, inline: the hot paths
// (hash look-ups of every token, the per-word rules' lists of function
// words) compare so many short words that a call to memcmp per comparison
// cost more than the work around it.
#pragma once

#include <cstdint>
#include <cstring>

namespace draad {

// The first `bytes` (at most 8) bytes at p as a number.
inline std::uint64_t load_bytes(const char* p, std::size_t bytes) {
  std::uint64_t w = 0;
  std::memcpy(&w, p, bytes);
  return w;
}

// Whether the n bytes at a and at b are the same; up to 16 bytes in at most
// two overlapping loads a side.
inline bool same_bytes(const char* a, const char* b, std::size_t n) {
  if (n > 16) return std::memcmp(a, b, n) == 0;
  if (n >= 8) return ((load_bytes(a, 8) ^ load_bytes(b, 8)) | (load_bytes(a + n - 8, 8) ^ load_bytes(b + n - 8, 8))) == 0;
  if (n >= 4) return ((load_bytes(a, 4) ^ load_bytes(b, 4)) | (load_bytes(a + n - 4, 4) ^ load_bytes(b + n - 4, 4))) == 0;
  for (std::size_t i = 0; i < n; ++i)
    if (a[i] != b[i]) return false;
  return true;
}

}  // namespace draad
