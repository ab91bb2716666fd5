#include "tokenise.h"

namespace draad {

CompoundSplitter::CompoundSplitter() = default;
CompoundSplitter::~CompoundSplitter() = default;

CompoundSplit CompoundSplitter::split(std::string_view norm) const { return {{std::string(norm)}, {}}; }

}  // namespace draad
