#include "coding/limits.h"

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "base/suggest.h"

namespace draad {

AttributeLimits::AttributeLimits(const Codebook& codebook, const std::vector<std::string>& columns)
    : codebook_(codebook), columns_(columns) {
  std::set<std::string> missing;
  for (std::size_t c = 0; c < codebook.codes.size(); ++c)
    for (const auto& limit : codebook.codes[c].where) {
      const std::string& name = limit.condition.column;
      auto it = std::find(columns.begin(), columns.end(), name);
      if (it != columns.end()) {
        bound_.push_back({c, &limit, static_cast<std::size_t>(it - columns.begin())});
      } else if (missing.insert(name).second) {
        const Diagnostic d{Diagnostic::Severity::warning, Location{codebook.path, limit.mark.line, limit.mark.column},
                           fmt::format("the segments have no column '{}'{}, so where '{}' (and any other limit on it) "
                                       "is not applied",
                                       name, did_you_mean(name, columns), limit.condition.text)};
        warnings_.push_back(d.str());
      }
    }
}

void AttributeLimits::check(const std::function<std::string_view(std::size_t)>& field, Blocked& out) const {
  out.resize(codebook_.codes.size());
  for (auto& why : out) why.clear();
  for (const auto& b : bound_) {
    if (!out[b.code].empty()) continue;
    const std::string_view value = field(b.column);
    if (!b.limit->condition.passes(value))
      out[b.code] = fmt::format("as {} (where '{}', line {})",
                                value.empty() ? fmt::format("{} is empty", columns_[b.column])
                                              : fmt::format("{} = {}", columns_[b.column], value),
                                b.limit->condition.text, b.limit->mark.line);
  }
}

}  // namespace draad
