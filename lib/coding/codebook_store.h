// Codebooks read before, kept on disk between runs. yaml-cpp takes longer
// to parse the default codebook's 60 KB than draad takes to code a short
// transcript, so load() keeps each codebook it read without errors in a
// cache file (base/cache_file.h, "codebooks-<program>") under the length and
// checksum of its bytes (cache_file::checksum: a SHA-256 of the default
// codebook took a tenth of a short run), and takes it from there when the
// same bytes come again, under whatever path. A rebuilt draad starts
// afresh: a change in the reader may change what the same bytes mean.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "coding/codebook.h"

namespace draad::codebook_store {

// The codebook read from a file of these bytes, kept by an earlier run of
// this program, with `name` as its path and as the file of its locations;
// nullopt when none is kept (or the cache is off).
std::optional<Codebook> find(std::string_view file_bytes, const std::string& name);

// Keeps `codebook`, read without errors from a file of `file_bytes`, for
// later runs.
void keep(const Codebook& codebook, std::string_view file_bytes);

// The bytes a codebook is kept as, and the codebook again (nullopt for
// bytes serialise() did not make). Its path and its locations' file are not
// kept: they are `name` when read back.
std::string serialise(const Codebook& codebook);
std::optional<Codebook> deserialise(std::string_view bytes, const std::string& name);

}  // namespace draad::codebook_store
