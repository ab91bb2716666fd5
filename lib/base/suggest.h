// "Did you mean ...?" for misspelt keys, codes, columns and commands.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace draad {

// The candidate closest to `word` by edit distance (case-insensitive for
// ASCII), if it is close enough to be a plausible typo; nullopt otherwise.
std::optional<std::string> closest(std::string_view word, const std::vector<std::string>& candidates);

// " (did you mean 'x'?)" or "".
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace draad
