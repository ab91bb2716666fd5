#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "base/string_map.h"

using draad::StringMap;

TEST_CASE("string map: probing with a view finds what was put in, and nothing else") {
  StringMap<int> m;
  CHECK(m.find("buurt") == nullptr);  // empty, no slots yet
  auto [it, fresh] = m.try_emplace("buurt", 1);
  CHECK(fresh);
  CHECK(it->first == "buurt");
  CHECK_FALSE(m.try_emplace(std::string_view("buurt"), 2).second);  // present: the value stays
  CHECK(m.find("buurt")->second == 1);
  m["huis"] = 3;
  CHECK(m.count("huis") == 1);
  CHECK(m.count("buur") == 0);
  CHECK(m.count("") == 0);
  m[""] = 4;  // the empty string is a key like any other
  CHECK(m.find("")->second == 4);
  CHECK(m.size() == 3);
}

TEST_CASE("string map: references stay valid while it grows, iteration is in insertion order") {
  StringMap<std::string> m;
  std::string& first = m["w0"];
  first = "eerste";
  const std::string* address = &first;
  for (int i = 1; i < 100000; ++i) m.try_emplace("w" + std::to_string(i), std::to_string(i));
  CHECK(&m.find("w0")->second == address);
  CHECK(*address == "eerste");
  CHECK(m.find("w99999")->second == "99999");
  std::vector<std::string> keys;
  for (const auto& [key, value] : m) {
    if (keys.size() == 3) break;
    keys.push_back(key);
  }
  CHECK(keys == std::vector<std::string>{"w0", "w1", "w2"});
}

TEST_CASE("string map: clear empties it for reuse") {
  StringMap<int> m;
  for (int i = 0; i < 1000; ++i) m[std::to_string(i)] = i;
  m.clear();
  CHECK(m.empty());
  CHECK(m.find("7") == nullptr);
  m["7"] = 70;
  CHECK(m.find("7")->second == 70);
  CHECK(m.size() == 1);
}
