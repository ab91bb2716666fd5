// A string-keyed map laid out in one block of bytes, so that it can be kept
// in a cache file and used straight from the mapped file: a run looks up
// the few keys it needs instead of reading every entry into a hash map.
//
// The block is a slot count, an entry count, an open-addressing table of
// 8-byte slots (linear probing, at most two thirds full) and a pool of
// entries, each a key and a value of bytes. Keys are at most 255 bytes,
// values at most 65,535; FrozenMapBuilder::insert refuses longer ones.
// view() checks only the counts, so that viewing a mapped cache file reads
// none of it; a look-up stays inside the block and ends whatever the block
// holds (an entry outside the pool is no entry; a probe visits each slot at
// most once), which a cache's checksum alone would not promise.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace draad {

class FrozenMap {
 public:
  static constexpr std::size_t max_key = 255, max_value = 65535;

  // A map over `block` (which must outlive it), or nullopt when the block
  // is not one that FrozenMapBuilder::finish() made.
  static std::optional<FrozenMap> view(std::string_view block);

  // An empty map.
  FrozenMap() = default;

  // The value of key, or nullopt.
  std::optional<std::string_view> find(std::string_view key) const;

  std::size_t size() const { return size_; }

  // Each key and value, in table order.
  template <typename F>
  void each(F&& f) const {
    for (std::size_t i = 0; i < slot_count_; ++i)
      if (const std::uint32_t at = entry_at(i)) f(key_of(at), value_of(at));
  }

 private:
  friend class FrozenMapBuilder;
  std::uint32_t entry_at(std::size_t slot) const;  // 1 + the entry's pool offset; 0: empty
  std::string_view key_of(std::uint32_t at) const;
  std::string_view value_of(std::uint32_t at) const;

  std::size_t slot_count_ = 0, size_ = 0;
  std::string_view slots_, pool_;
};

// Builds the block of a FrozenMap.
class FrozenMapBuilder {
 public:
  // Room for about `keys` keys without growing.
  explicit FrozenMapBuilder(std::size_t keys = 0);

  // The value bytes of key: its present ones, or `value_size` new zero
  // bytes when it is new. Valid until the next insert(). nullptr for a key
  // or value too long (or an empty key).
  char* insert(std::string_view key, std::size_t value_size);
  // Adds key with value unless key is present; false when it was present or
  // too long.
  bool add(std::string_view key, std::string_view value);
  // A builder for a cache file's next map: the entries of `kept` (its map
  // now) with room for `added` more, or none, so that the cache starts
  // afresh, when kept and added together would hold more than `max` keys.
  static FrozenMapBuilder keeping(const FrozenMap& kept, std::size_t added, std::size_t max);

  std::size_t size() const { return size_; }

  // The block; the builder is empty afterwards.
  std::string finish();

 private:
  struct Slot {
    std::uint32_t at = 0;   // 1 + pool offset of the entry; 0: empty
    std::uint32_t tag = 0;  // the hash's high bits
  };
  std::size_t probe(std::string_view key, std::size_t hash) const;
  void grow();

  std::vector<Slot> slots_;
  std::string pool_;
  std::size_t size_ = 0;
};

}  // namespace draad
