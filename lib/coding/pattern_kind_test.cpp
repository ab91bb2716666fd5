#include <doctest/doctest.h>

#include "coding/pattern_kind.h"

using draad::PatternKind;
using draad::pattern_kind;

TEST_CASE("pattern_kind: phrases, globs and terms") {
  CHECK(pattern_kind("ontmoeting") == PatternKind::term);
  CHECK(pattern_kind("vertrouw*") == PatternKind::glob);
  CHECK(pattern_kind("*plek") == PatternKind::glob);
  CHECK(pattern_kind("vertrou?en") == PatternKind::term);  // '?' is no glob character
  CHECK(pattern_kind("plek om * ontmoeten") == PatternKind::phrase);
  CHECK(pattern_kind("elkaar\tzien") == PatternKind::phrase);
}
