#include <doctest/doctest.h>

#include <string>

#include "coding/codebook.h"
#include "coding/explanation.h"
#include "coding/match.h"
#include "support.h"

using namespace draad;

TEST_CASE("explanation: a theme id shows its codes, a text no pattern matches says so") {
  const Codebook cb = load(test::data_path("codebook/verbs.yaml"));
  const CompiledCodebook compiled(cb);
  Matcher matcher(compiled);
  CHECK(explanation(matcher, cb, "samen", "Hij hielp de buren.") ==
        "Hij hielp de buren.\n"
        "  words: Hij hielp(verb: helpen) de buren(buur,buren)\n"
        "  samen/helpen: applies\n"
        "    hielp                    term 'helpen' (line 15): counted\n"
        "  samen/buren: applies\n"
        "    buren                    term 'buren' (line 30): counted\n");
  CHECK(explanation(matcher, cb, "samen", "Ik vertrouw ze níét.") ==
        "Ik vertrouw ze níét.\n"
        "  words: Ik vertrouw(verb: vertrouwen) ze níét(niet)[negation]\n"
        "  samen/vertrouwen: does not apply\n"
        "    vertrouw                 term 'vertrouwen' (line 18): flagged, not counted, negated by 'níét' after it "
        "(negation: flag)\n");
  CHECK(explanation(matcher, cb, "", "Het regent.") ==
        "Het regent.\n"
        "  words: Het regent(verb: regenen)\n"
        "  no pattern of the codebook matches\n");
  CHECK(explanation(matcher, cb, "samen/meedoen", "Hij hielp de buren.") ==
        "Hij hielp de buren.\n"
        "  words: Hij hielp(verb: helpen) de buren(buur,buren)\n"
        "  no pattern of that code matches\n");
}
