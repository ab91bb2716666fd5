// Codebooks read before, kept on disk between runs. yaml-cpp takes longer
// to parse the default codebook's 60 KB than draad takes to code a short
// transcript, so load() keeps each codebook it read without errors in a
// cache file (base/cache_file.h, "codebooks-<program>") under the SHA-256 of
// its bytes, and takes it from there when the same bytes come again, under
// whatever path. A rebuilt draad starts afresh: a change in the reader may
// change what the same bytes mean.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "coding/codebook.h"

namespace draad::codebook_store {

// The codebook whose file bytes hash to `hash`, kept by an earlier run of
// this program, with `name` as its path and as the file of its locations;
// nullopt when none is kept (or the cache is off).
std::optional<Codebook> find(std::string_view hash, const std::string& name);

// Keeps `codebook`, read without errors, for later runs.
void keep(const Codebook& codebook);

// The bytes a codebook is kept as, and the codebook again (nullopt for
// bytes serialise() did not make). Its path and its locations' file are not
// kept: they are `name` when read back.
std::string serialise(const Codebook& codebook);
std::optional<Codebook> deserialise(std::string_view bytes, const std::string& name);

}  // namespace draad::codebook_store
