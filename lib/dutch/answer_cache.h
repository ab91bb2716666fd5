// The Dutch dictionary's answers kept on disk between runs, so that a run
// whose words an earlier run asked about neither loads hunspell (a few
// tenths of a CPU second) nor asks it again (tens of microseconds a word).
//
// The answers depend only on hunspell and its word list, so the file holds
// a key naming those files (path, size and modification time of nl.aff,
// nl.dic and the hunspell library): a file with another key is not used.
// The file is read whole and used only when its header, key, length and
// checksum are right; otherwise it is ignored, without a word, and written
// anew. It is written to a temporary file that is then renamed over it, so
// a reader never sees half a file and two runs writing at once leave one
// whole file.
//
// Where: $XDG_CACHE_HOME/draad/, else ~/.cache/draad/. DRAAD_CACHE=off
// (or 0, no) turns it off: nothing is read or written.
#pragma once

#include <string>
#include <vector>

#include "base/string_map.h"

namespace draad::answer_cache {

struct Answers {
  StringMap<bool> spelled;                     // word -> is a Dutch word
  StringMap<std::vector<std::string>> stemmed;  // word -> hunspell's stems
};

// The file for `name` under the cache directory, or "" when the cache is
// off or there is no home to put it in.
std::string path(const std::string& name);

// Adds the answers in the file at `path` to `out` when the file is whole,
// made under `key` and at most 64 MB; false (and `out` unchanged) otherwise.
bool read(const std::string& path, const std::string& key, Answers& out);

// Writes `answers` under `key` to `path` (creating its directory); false
// when that fails, leaving any earlier file whole. Words and stems holding
// a tab or a line break are left out.
bool write(const std::string& path, const std::string& key, const Answers& answers);

// The part of a key that names a file: its path, size and modification
// time, or its path and "missing".
std::string file_key(const std::string& file);

}  // namespace draad::answer_cache
