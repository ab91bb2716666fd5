// Files a run keeps for the next one (what a slow computation found), under
// the user's cache directory: $XDG_CACHE_HOME/draad/, else ~/.cache/draad/.
// DRAAD_CACHE=off (or 0, no) turns every cache off: nothing is read or
// written.
//
// A cache file holds what made it: a magic line naming its format and a key
// line naming its inputs (file_key() of each file it was computed from, and
// whatever else it depends on). It is used only when both are the ones asked
// for and its length and checksum are right; otherwise it is ignored,
// without a word, and the caller computes the answers and writes it anew.
// It is written to a temporary file that is then renamed over it, so a
// reader never sees half a file and two runs writing at once leave one whole
// file.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "base/frozen_map.h"
#include "base/mapped_file.h"

namespace draad::cache_file {

// A 64-bit checksum of `bytes`, as every cache file carries of its body:
// fast (about a byte per instruction) and no cryptographic hash, for
// telling apart what a user's own runs wrote, not what someone forged.
std::uint64_t checksum(std::string_view bytes);

// The file for `name` under the cache directory, or "" when the cache is
// off or there is no home to put it in.
std::string path(const std::string& name);

// The part of a key that names a file: its path, size and modification
// time, or its path and "missing".
std::string file_key(const std::string& file);

// The part of a key that names the shared library holding `symbol` (by
// file_key), program_key() when the running program holds it (a library
// linked statically), or "unknown library".
std::string library_key(const void* symbol);

// The part of a key that names the running program (file_key of its file):
// for a cache of what draad's own code worked out, which a rebuilt draad
// must not use. Such a cache is kept per program, at program_path(name)
// (path() of name-<program>), so that two programs (draad and its tests)
// do not take turns writing one file.
std::string program_key();
std::string program_path(const std::string& name);

// A cache file's content, mapped: body is what write() was given.
struct Contents {
  MappedFile file;
  std::string_view body;
};

// The cache file at `path` when it is whole, of format `magic`, made under
// `key` and at most max_bytes long; nullopt otherwise.
std::optional<Contents> read(const std::string& path, std::string_view magic, std::string_view key,
                             std::size_t max_bytes);

// A cache file whose body is a FrozenMap: the map over the mapped file, or
// an empty map when read() gives nothing or the body is no FrozenMap.
struct MappedMap {
  std::optional<MappedFile> file;  // what map views
  FrozenMap map;
};
MappedMap read_map(const std::string& path, std::string_view magic, std::string_view key, std::size_t max_bytes);

// Writes `body` under `magic` and `key` (one line each) to `path`, creating
// its directory; false when that fails, leaving any earlier file whole.
bool write(const std::string& path, std::string_view magic, std::string_view key, std::string_view body);

}  // namespace draad::cache_file
