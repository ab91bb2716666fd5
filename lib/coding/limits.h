// The codebook's `where` limits bound to a segment stream's columns: which
// codes a segment's attributes keep away (`where: rol=deelnemer` keeps a
// code to the participants' segments; `where: speaker!=Interviewer` keeps it
// away from the interviewer's).
//
// A limit on a column the segments do not have is not applied: the
// codebook may name attributes that only some studies record. warnings()
// says so once per column, located at the limit in the codebook.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "coding/codebook.h"

namespace draad {

// Per code (index into Codebook::codes): "" when the segment's attributes
// allow it, else why not, e.g. "rol = moderator". Matcher::match takes it.
using Blocked = std::vector<std::string>;

class AttributeLimits {
 public:
  // Keeps a reference to `codebook`, which must outlive it.
  AttributeLimits(const Codebook& codebook, const std::vector<std::string>& columns);

  // No limit applies to these columns: nothing to check per segment.
  bool empty() const { return bound_.empty(); }

  // "file:line:column: warning: ..." per column that a limit names and the
  // segments do not have.
  const std::vector<std::string>& warnings() const { return warnings_; }

  // The codes that the segment whose field i is field(i) may not have.
  void check(const std::function<std::string_view(std::size_t)>& field, Blocked& out) const;

 private:
  struct Bound {
    std::size_t code;
    const Limit* limit;
    std::size_t column;
  };
  const Codebook& codebook_;
  std::vector<std::string> columns_;
  std::vector<Bound> bound_;  // by code
  std::vector<std::string> warnings_;
};

}  // namespace draad
