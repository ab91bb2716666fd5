// String-keyed hash containers for the hot paths, which look up every
// token's norm: probing takes a std::string_view and allocates nothing.
//
// StringMap is an open-addressing table (linear probing, at most half full)
// of small slots over a std::deque of entries, so a look-up touches one
// contiguous slot array and one entry, and a reference to a value stays
// valid until clear(), however much the map grows: caches hand out such
// references (a token's norm, a word's lemmas). Look-ups give the entry's
// address (nullptr when absent). There is no erase: the caches here empty
// themselves whole when they are full. Iteration is in insertion order.
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <deque>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "base/short_bytes.h"

namespace draad {

// Inline and word-at-a-time: most keys are words of a few bytes, where the
// call into std::hash's byte loop cost more than the probe.
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const {
    const char* p = s.data();
    const std::size_t size = s.size();
    std::size_t n = size;
    std::uint64_t h = 0x9E3779B97F4A7C15ULL ^ size;
    for (; n > 8; p += 8, n -= 8) h = mix(h, load_bytes(p, 8));
    // The last 1 to 8 bytes in at most two loads (overlapping when short).
    std::uint64_t tail = 0;
    if (size >= 8)
      tail = load_bytes(s.data() + size - 8, 8);
    else if (n >= 4)
      tail = load_bytes(p, 4) | load_bytes(p + n - 4, 4) << 32;
    else if (n > 0)
      tail = std::uint64_t{static_cast<unsigned char>(p[0])} | std::uint64_t{static_cast<unsigned char>(p[n / 2])} << 8 |
             std::uint64_t{static_cast<unsigned char>(p[n - 1])} << 16;
    // Every input bit reaches the low bits, which pick the slot: with one
    // multiply, keys alike but for their last bytes (numbers, words of one
    // stem) fell into the same few slots.
    h = (h ^ tail) * 0x94D049BB133111EBULL;
    h = (h ^ (h >> 29)) * 0xBF58476D1CE4E5B9ULL;
    return h ^ (h >> 32);
  }

  // One step: one to one in h for a given w, and in w for a given h.
  static std::uint64_t mix(std::uint64_t h, std::uint64_t w) {
    h = (h ^ w) * 0xBF58476D1CE4E5B9ULL;
    return h ^ (h >> 31);
  }
};


template <typename Value>
class StringMap {
 public:
  using value_type = std::pair<const std::string, Value>;
  using iterator = typename std::deque<value_type>::iterator;
  using const_iterator = typename std::deque<value_type>::const_iterator;

  iterator begin() { return entries_.begin(); }
  iterator end() { return entries_.end(); }
  const_iterator begin() const { return entries_.begin(); }
  const_iterator end() const { return entries_.end(); }
  std::size_t size() const { return entries_.size(); }
  bool empty() const { return entries_.empty(); }

  void clear() {
    entries_.clear();
    slots_.assign(slots_.size(), Slot{});
  }
  void reserve(std::size_t n) {
    if (2 * n > slots_.size()) rehash(2 * n);
  }

  // The entry of key, or nullptr.
  value_type* find(std::string_view key) { return slots_.empty() ? nullptr : slots_[slot_of(key, StringHash{}(key))].entry; }
  const value_type* find(std::string_view key) const {
    return slots_.empty() ? nullptr : slots_[slot_of(key, StringHash{}(key))].entry;
  }
  std::size_t count(std::string_view key) const { return find(key) ? 1 : 0; }

  // Inserts key with a value made from args unless key is present; the
  // entry and whether it is new.
  template <typename... Args>
  std::pair<value_type*, bool> try_emplace(std::string_view key, Args&&... args) {
    if (2 * (entries_.size() + 1) > slots_.size()) rehash(std::max<std::size_t>(16, 2 * slots_.size()));
    const std::size_t hash = StringHash{}(key);
    Slot& slot = slots_[slot_of(key, hash)];
    if (slot.entry) return {slot.entry, false};
    entries_.emplace_back(std::piecewise_construct, std::forward_as_tuple(key),
                          std::forward_as_tuple(std::forward<Args>(args)...));
    slot = {tag(hash), &entries_.back()};
    return {slot.entry, true};
  }
  std::pair<value_type*, bool> emplace(std::string_view key, Value value) { return try_emplace(key, std::move(value)); }
  Value& operator[](std::string_view key) { return try_emplace(key).first->second; }

 private:
  // The entry itself, not its index: a deque stays put as it grows, and
  // indexing one costs a division on every probe.
  struct Slot {
    std::uint32_t tag = 0;         // high bits of the key's hash: most mismatches end here
    value_type* entry = nullptr;   // nullptr = empty
  };

  static std::uint32_t tag(std::size_t hash) { return static_cast<std::uint32_t>(hash >> 32); }

  static bool same(const std::string& a, std::string_view b) {
    return a.size() == b.size() && same_bytes(a.data(), b.data(), a.size());
  }

  // The slot holding key, or the empty slot where it would go.
  std::size_t slot_of(std::string_view key, std::size_t hash) const {
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (!s.entry || (s.tag == tag(hash) && same(s.entry->first, key))) return i;
    }
  }

  void rehash(std::size_t at_least) {
    std::size_t n = 16;
    while (n < at_least) n *= 2;
    slots_.assign(n, Slot{});
    const std::size_t mask = n - 1;
    for (auto& e : entries_) {
      const std::size_t hash = StringHash{}(e.first);
      std::size_t i = hash & mask;
      while (slots_[i].entry) i = (i + 1) & mask;
      slots_[i] = {tag(hash), &e};
    }
  }

  std::vector<Slot> slots_;  // a power of two in size, at most half full
  std::deque<value_type> entries_;
};

// A set of strings on the same table (abbreviations, negation words).
class StringSet {
 public:
  void insert(std::string_view key) { map_.try_emplace(key); }
  std::size_t count(std::string_view key) const { return map_.count(key); }
  std::size_t size() const { return map_.size(); }

 private:
  StringMap<bool> map_;
};

}  // namespace draad
