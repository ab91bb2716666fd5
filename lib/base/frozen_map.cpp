#include "base/frozen_map.h"

#include <cstring>

#include "base/string_map.h"

namespace draad {
namespace {

// An entry in the pool: key size (1 byte), value size (2 bytes, little
// end first), key, value.
constexpr std::size_t kHeader = 3;

std::uint32_t tag_of(std::size_t hash) { return static_cast<std::uint32_t>(hash >> 32); }

std::size_t table_size(std::size_t keys) {
  std::size_t n = 16;
  while (n < keys + keys / 2) n *= 2;
  return n;
}

}  // namespace

// --- FrozenMap

std::optional<FrozenMap> FrozenMap::view(std::string_view block) {
  std::uint64_t counts[2];
  if (block.size() < sizeof counts) return std::nullopt;
  std::memcpy(counts, block.data(), sizeof counts);
  block.remove_prefix(sizeof counts);
  const auto [slots, entries] = counts;
  if (slots < 16 || (slots & (slots - 1)) != 0 || slots > block.size() / 8 || entries >= slots) return std::nullopt;
  FrozenMap map;
  map.slot_count_ = static_cast<std::size_t>(slots);
  map.size_ = static_cast<std::size_t>(entries);
  map.slots_ = block.substr(0, map.slot_count_ * 8);
  map.pool_ = block.substr(map.slots_.size());
  return map;
}

std::uint32_t FrozenMap::entry_at(std::size_t slot) const {
  std::uint32_t at;
  std::memcpy(&at, slots_.data() + slot * 8, sizeof at);  // slots need not be aligned in a mapped file
  if (at == 0 || at - 1 + kHeader > pool_.size()) return 0;
  const auto* p = reinterpret_cast<const unsigned char*>(pool_.data() + at - 1);
  return at - 1 + kHeader + p[0] + (p[1] | p[2] << 8) <= pool_.size() ? at : 0;
}

std::string_view FrozenMap::key_of(std::uint32_t at) const {
  const auto* p = reinterpret_cast<const unsigned char*>(pool_.data() + at - 1);
  return {pool_.data() + at - 1 + kHeader, p[0]};
}

std::string_view FrozenMap::value_of(std::uint32_t at) const {
  const auto* p = reinterpret_cast<const unsigned char*>(pool_.data() + at - 1);
  return {pool_.data() + at - 1 + kHeader + p[0], static_cast<std::size_t>(p[1] | p[2] << 8)};
}

std::optional<std::string_view> FrozenMap::find(std::string_view key) const {
  if (slot_count_ == 0 || key.empty() || key.size() > max_key) return std::nullopt;
  const std::size_t hash = StringHash{}(key);
  const std::uint32_t tag = tag_of(hash);
  const std::size_t mask = slot_count_ - 1;
  for (std::size_t n = 0, i = hash & mask; n < slot_count_; ++n, i = (i + 1) & mask) {
    // The slot alone first: a probe past another key's slot, the usual
    // case, touches no entry in the pool.
    std::uint32_t slot[2];
    std::memcpy(slot, slots_.data() + i * 8, sizeof slot);
    if (slot[0] == 0) return std::nullopt;
    if (slot[1] != tag) continue;
    const std::uint32_t at = entry_at(i);
    if (at == 0) return std::nullopt;
    if (key_of(at) == key) return value_of(at);
  }
  return std::nullopt;
}

// --- FrozenMapBuilder

FrozenMapBuilder::FrozenMapBuilder(std::size_t keys) : slots_(table_size(keys)) {}

std::size_t FrozenMapBuilder::probe(std::string_view key, std::size_t hash) const {
  const std::uint32_t tag = tag_of(hash);
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (s.at == 0) return i;
    if (s.tag == tag && static_cast<unsigned char>(pool_[s.at - 1]) == key.size() &&
        std::string_view(pool_).substr(s.at - 1 + kHeader, key.size()) == key)
      return i;
  }
}

void FrozenMapBuilder::grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.size() * 2, Slot{});
  const std::size_t mask = slots_.size() - 1;
  for (const Slot& s : old) {
    if (s.at == 0) continue;
    const auto key_size = static_cast<unsigned char>(pool_[s.at - 1]);
    std::size_t i = StringHash{}(std::string_view(pool_).substr(s.at - 1 + kHeader, key_size)) & mask;
    while (slots_[i].at != 0) i = (i + 1) & mask;
    slots_[i] = s;
  }
}

char* FrozenMapBuilder::insert(std::string_view key, std::size_t value_size) {
  if (key.empty() || key.size() > FrozenMap::max_key || value_size > FrozenMap::max_value) return nullptr;
  if (pool_.size() + kHeader + key.size() + value_size >= 0xFFFFFFFFu) return nullptr;  // offsets are 32 bits
  if (3 * (size_ + 1) > 2 * slots_.size()) grow();
  const std::size_t hash = StringHash{}(key);
  Slot& s = slots_[probe(key, hash)];
  if (s.at != 0) {
    const auto* p = reinterpret_cast<const unsigned char*>(pool_.data() + s.at - 1);
    return pool_.data() + s.at - 1 + kHeader + p[0];
  }
  s = {static_cast<std::uint32_t>(pool_.size() + 1), tag_of(hash)};
  ++size_;
  pool_ += static_cast<char>(key.size());
  pool_ += static_cast<char>(value_size & 0xFF);
  pool_ += static_cast<char>(value_size >> 8);
  pool_ += key;
  pool_.append(value_size, '\0');
  return pool_.data() + pool_.size() - value_size;
}

bool FrozenMapBuilder::add(std::string_view key, std::string_view value) {
  const std::size_t before = size_;
  char* bytes = insert(key, value.size());
  if (!bytes || size_ == before) return false;
  std::memcpy(bytes, value.data(), value.size());
  return true;
}

FrozenMapBuilder FrozenMapBuilder::keeping(const FrozenMap& kept, std::size_t added, std::size_t max) {
  if (kept.size() + added > max) return FrozenMapBuilder(added);
  FrozenMapBuilder out(kept.size() + added);
  kept.each([&](std::string_view key, std::string_view value) { out.add(key, value); });
  return out;
}

std::string FrozenMapBuilder::finish() {
  const std::uint64_t counts[2] = {slots_.size(), size_};
  std::string block(sizeof counts, '\0');
  std::memcpy(block.data(), counts, sizeof counts);
  for (const Slot& s : slots_) {
    char bytes[8];
    std::memcpy(bytes, &s.at, 4);
    std::memcpy(bytes + 4, &s.tag, 4);
    block.append(bytes, 8);
  }
  block += pool_;
  *this = FrozenMapBuilder();
  return block;
}

}  // namespace draad
