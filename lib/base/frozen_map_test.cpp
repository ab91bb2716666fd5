#include <doctest/doctest.h>

#include <cstring>
#include <string>

#include "base/frozen_map.h"

using draad::FrozenMap;
using draad::FrozenMapBuilder;

TEST_CASE("frozen map: what is added is found in the block, nothing else") {
  FrozenMapBuilder b;
  CHECK(b.add("buurt", "huis"));
  CHECK(b.add("ontmoeting", ""));
  CHECK_FALSE(b.add("buurt", "other"));  // present: the first value stays
  for (int i = 0; i < 1000; ++i) CHECK(b.add("woord" + std::to_string(i), std::to_string(i * 7)));  // grows
  CHECK(b.size() == 1002);
  const std::string block = b.finish();
  CHECK(b.size() == 0);
  const auto map = FrozenMap::view(block);
  REQUIRE(map);
  CHECK(map->size() == 1002);
  CHECK(map->find("buurt") == std::optional<std::string_view>("huis"));
  CHECK(map->find("ontmoeting") == std::optional<std::string_view>(""));
  CHECK(map->find("woord999") == std::optional<std::string_view>("6993"));
  CHECK_FALSE(map->find("buur"));
  CHECK_FALSE(map->find("buurten"));
  CHECK_FALSE(map->find(""));
  std::size_t seen = 0;
  map->each([&](std::string_view key, std::string_view value) {
    ++seen;
    CHECK(map->find(key) == std::optional<std::string_view>(value));
  });
  CHECK(seen == 1002);
}

TEST_CASE("frozen map: a cache's next map keeps the entries of its map now, or none past the limit") {
  FrozenMapBuilder now;
  now.add("buurt", "1");
  now.add("huis", "2");
  const std::string block = now.finish();
  const FrozenMap kept = FrozenMap::view(block).value();
  auto next = FrozenMapBuilder::keeping(kept, 2, 4);  // 2 kept + 2 added: at the limit, kept
  CHECK(next.add("plein", "3"));
  CHECK_FALSE(next.add("huis", "other"));  // kept: the kept value stays
  const std::string merged = next.finish();
  const FrozenMap map = FrozenMap::view(merged).value();
  CHECK(map.size() == 3);
  CHECK(map.find("buurt") == std::optional<std::string_view>("1"));
  CHECK(map.find("huis") == std::optional<std::string_view>("2"));
  CHECK(map.find("plein") == std::optional<std::string_view>("3"));
  auto afresh = FrozenMapBuilder::keeping(kept, 3, 4);  // past the limit: the added alone
  CHECK(afresh.size() == 0);
  CHECK(afresh.add("huis", "other"));
  const std::string fresh = afresh.finish();
  CHECK(FrozenMap::view(fresh)->find("huis") == std::optional<std::string_view>("other"));
  CHECK_FALSE(FrozenMap::view(fresh)->find("buurt"));
}

TEST_CASE("frozen map: insert gives the value bytes to change in place and refuses too long keys and values") {
  FrozenMapBuilder b(4);
  char* v = b.insert("plek", 1);
  REQUIRE(v);
  CHECK(*v == 0);
  *v |= 2;
  v = b.insert("plek", 1);
  *v |= 4;
  CHECK(b.insert(std::string(256, 'a'), 1) == nullptr);
  CHECK(b.insert("a", 65536) == nullptr);
  CHECK(b.insert("", 1) == nullptr);
  CHECK(b.insert(std::string(255, 'a'), 65535) != nullptr);
  const std::string block = b.finish();
  const auto map = FrozenMap::view(block);
  REQUIRE(map);
  CHECK(map->find("plek") == std::optional<std::string_view>("\x06"));
  CHECK(map->find(std::string(255, 'a'))->size() == 65535);
  CHECK_FALSE(map->find(std::string(256, 'a')));
}

TEST_CASE("frozen map: a block it did not make is refused, or looked up inside its bounds and to an end") {
  FrozenMapBuilder b;
  b.add("buurt", "huis");
  const std::string block = b.finish();
  REQUIRE(FrozenMap::view(block));
  CHECK_FALSE(FrozenMap::view(""));
  CHECK_FALSE(FrozenMap::view(block.substr(0, 15)));
  CHECK_FALSE(FrozenMap::view(block.substr(0, 16 + 8 * 15)));  // fewer slots than it says
  std::string odd = block;
  const std::uint64_t fifteen = 15;  // not a power of two
  std::memcpy(odd.data(), &fifteen, 8);
  CHECK_FALSE(FrozenMap::view(odd));
  // Every slot taken (by the one entry): a probe for another key ends all the same.
  std::string full = block;
  for (std::size_t i = 0; i < 16; ++i) std::memcpy(full.data() + 16 + i * 8, "\x01\0\0\0\0\0\0\0", 8);
  const auto full_map = FrozenMap::view(full);
  REQUIRE(full_map);
  CHECK_FALSE(full_map->find("straat"));
  // Entries past the pool's end, or cut short by it, are none.
  std::string outside = block;
  for (std::size_t i = 0; i < 16; ++i) std::memcpy(outside.data() + 16 + i * 8, "\xff\0\0\0\0\0\0\0", 8);
  CHECK_FALSE(FrozenMap::view(outside)->find("buurt"));
  const std::string cut_short = block.substr(0, block.size() - 1);  // a map views its block: it must outlive it
  const auto cut = FrozenMap::view(cut_short);
  REQUIRE(cut);
  CHECK_FALSE(cut->find("buurt"));
  std::size_t seen = 0;
  cut->each([&](std::string_view, std::string_view) { ++seen; });
  CHECK(seen == 0);
}
