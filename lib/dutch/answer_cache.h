// The Dutch dictionary's answers kept on disk between runs (a cache file,
// base/cache_file.h, holding a FrozenMap), so that a run whose words an
// earlier run asked about neither loads hunspell (a few tenths of a CPU
// second) nor asks it again (tens of microseconds a word). The file is
// mapped and its answers looked up in place: a run reads only the answers
// it needs. The answers depend only on hunspell and its word list, so the
// caller's key names those files (nl.aff, nl.dic and the hunspell library).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/cache_file.h"
#include "base/string_map.h"

namespace draad::answer_cache {

// Answers asked in this run.
struct Answers {
  StringMap<bool> spelled;                     // word -> is a Dutch word
  StringMap<std::vector<std::string>> stemmed;  // word -> hunspell's stems
};

// The answers of earlier runs.
class Kept {
 public:
  // None.
  Kept() = default;
  // The answers in the cache file at `path` when it is whole, made under
  // `key` and at most 64 MB; none otherwise.
  static Kept read(const std::string& path, const std::string& key);

  std::optional<bool> spelled(std::string_view word) const;
  std::optional<std::vector<std::string>> stemmed(std::string_view word) const;
  std::size_t size() const { return answers_.map.size(); }

 private:
  friend bool write(const std::string&, const std::string&, const Kept&, const Answers&);
  cache_file::MappedMap answers_;
};

// Writes the answers of `kept` and `added` under `key` to `path` (creating
// its directory); `added` alone when both hold more than 2^17 answers.
// False when that fails, leaving any earlier file whole. A word longer than
// 255 bytes, a stem holding a tab and more than 64 KB of stems are left
// out: they are asked again.
bool write(const std::string& path, const std::string& key, const Kept& kept, const Answers& added);

}  // namespace draad::answer_cache
