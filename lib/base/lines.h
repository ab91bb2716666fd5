// Walking a text line by line, in place: the one loop that transcripts,
// reflow and the segmenter's checks share.
#pragma once

#include <cstddef>
#include <string_view>
#include <type_traits>

namespace draad {

// Calls f(begin, end) with the byte offsets of each line of `text`, its '\n'
// left out: a last line without '\n' is a line, nothing after a final '\n'
// is. An f that returns bool stops the walk by returning false.
template <typename F>
void for_each_line(std::string_view text, F&& f) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    if constexpr (std::is_same_v<std::invoke_result_t<F&, std::size_t, std::size_t>, bool>) {
      if (!f(pos, end)) return;
    } else {
      f(pos, end);
    }
    pos = end + 1;
  }
}

}  // namespace draad
