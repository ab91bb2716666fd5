// Whether a value is one of a short list written out where it is asked:
// is_one_of({"en", "of", "maar"}, word), is_one_of({ContextWord::edge, ...}, next).
#pragma once

#include <algorithm>
#include <initializer_list>
#include <string>
#include <string_view>
#include <type_traits>

#include "base/short_bytes.h"

namespace draad {

// The list takes its type from the value alone, so that string literals
// asked about a std::string_view are string_views whose lengths are known
// when compiled: no strlen and no std::string per comparison (the callers
// are the matcher's and the lemmatiser's per-word rules). Ask about a
// std::string as a std::string_view.
template <typename T>
bool is_one_of(std::initializer_list<std::type_identity_t<T>> items, const T& value) {
  static_assert(!std::is_same_v<T, std::string>, "ask about a std::string as a std::string_view");
  if constexpr (std::is_same_v<T, std::string_view>) {
    // (without a call to memcmp per item)
    for (std::string_view item : items)
      if (item.size() == value.size() && same_bytes(item.data(), value.data(), item.size())) return true;
    return false;
  } else {
    return std::find(items.begin(), items.end(), value) != items.end();
  }
}

}  // namespace draad
