// The Dutch dictionary's answers kept on disk between runs (a cache file,
// base/cache_file.h), so that a run whose words an earlier run asked about
// neither loads hunspell (a few tenths of a CPU second) nor asks it again
// (tens of microseconds a word). The answers depend only on hunspell and its
// word list, so the caller's key names those files (nl.aff, nl.dic and the
// hunspell library).
#pragma once

#include <string>
#include <vector>

#include "base/string_map.h"

namespace draad::answer_cache {

struct Answers {
  StringMap<bool> spelled;                     // word -> is a Dutch word
  StringMap<std::vector<std::string>> stemmed;  // word -> hunspell's stems
};

// Adds the answers in the cache file at `path` to `out` when the file is
// whole, made under `key` and at most 64 MB; false (and `out` unchanged)
// otherwise.
bool read(const std::string& path, const std::string& key, Answers& out);

// Writes `answers` under `key` to `path` (creating its directory); false
// when that fails, leaving any earlier file whole. Words and stems holding
// a tab or a line break are left out.
bool write(const std::string& path, const std::string& key, const Answers& answers);

}  // namespace draad::answer_cache
