#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "coding/codebook.h"
#include "coding/limits.h"
#include "support.h"

using namespace draad;
using draad::test::data_path;

TEST_CASE("limits: a code is kept away by its theme's, parent's and own where, a missing column is said once") {
  const Codebook cb = load(data_path("codebook/limits.yaml"));
  const std::vector<std::string> columns = {"doc", "speaker", "rol"};
  const AttributeLimits limits(cb, columns);
  CHECK(!limits.empty());
  REQUIRE(limits.warnings().size() == 1);
  CHECK(limits.warnings()[0] == data_path("codebook/limits.yaml") +
                                    ":31:16: warning: the segments have no column 'plaats', so where 'plaats=zwolle' "
                                    "(and any other limit on it) is not applied");
  auto blocked = [&](std::vector<std::string> record) {
    Blocked out;
    limits.check([&](std::size_t i) { return std::string_view(record[i]); }, out);
    std::string s;
    for (std::size_t c = 0; c < out.size(); ++c)
      if (!out[c].empty()) s += cb.codes[c].id + ": " + out[c] + "\n";
    return s;
  };
  CHECK(blocked({"d", "Anna", "deelnemer"}).empty());
  CHECK(blocked({"d", "Gespreksleider", "Moderator"}) ==
        "gevoel/welkom: as rol = Moderator (where 'rol!=moderator', line 12)\n"
        "gevoel/thuis: as rol = Moderator (where 'rol!=moderator', line 12)\n"
        "gevoel/thuis/echt_thuis: as rol = Moderator (where 'rol!=moderator', line 12)\n");
  CHECK(blocked({"d", "interviewer", ""}) ==
        "gevoel/thuis: as speaker = interviewer (where 'speaker!=Interviewer,Gespreksleider', line 20)\n"
        "gevoel/thuis/echt_thuis: as speaker = interviewer (where 'speaker!=Interviewer,Gespreksleider', line 20)\n");
  const AttributeLimits none(cb, {"doc", "text"});
  CHECK(none.empty());
  CHECK(none.warnings().size() == 3);  // rol, speaker and plaats, each once
}
