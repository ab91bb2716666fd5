#include "coding/glob_set.h"

namespace draad {

bool glob_match(std::string_view glob, std::string_view s) {
  std::size_t g = 0, i = 0, star = std::string_view::npos, resume = 0;
  while (i < s.size()) {
    if (g < glob.size() && glob[g] == '*') {
      star = g++;
      resume = i;
    } else if (g < glob.size() && glob[g] == s[i]) {
      ++g;
      ++i;
    } else if (star != std::string_view::npos) {
      g = star + 1;
      i = ++resume;
    } else {
      return false;
    }
  }
  while (g < glob.size() && glob[g] == '*') ++g;
  return g == glob.size();
}

void GlobSet::add(std::string glob, std::uint32_t id) {
  const std::size_t from = glob.find_first_not_of('*');
  std::string literal;
  if (from != std::string::npos) literal = glob.substr(from, glob.find('*', from) - from);
  const auto index = static_cast<std::uint32_t>(globs_.size());
  if (literal.empty())
    all_stars_.push_back(index);
  else
    (from == 0 ? anchored_ : floating_)[static_cast<unsigned char>(literal[0])].push_back(index);
  globs_.push_back({std::move(glob), id, std::move(literal)});
}

}  // namespace draad
