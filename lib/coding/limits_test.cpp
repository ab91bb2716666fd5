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
    for (std::size_t c = 0; c < out.codes.size(); ++c)
      if (!out.codes[c].empty()) s += cb.codes[c].id + ": " + out.codes[c] + "\n";
    CHECK(out.questions.empty());
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

TEST_CASE("limits: questions are skipped in the segments that any of questions.where_any picks out") {
  const Codebook cb = load(data_path("codebook/questions.yaml"));
  auto questions = [&](const AttributeLimits& limits, std::vector<std::string> record) {
    Blocked out;
    limits.check([&](std::size_t i) { return std::string_view(record[i]); }, out);
    return out.questions;
  };
  const AttributeLimits both(cb, {"doc", "speaker", "rol"});
  CHECK(!both.empty());
  CHECK(both.warnings().empty());
  CHECK(questions(both, {"d", "Sanne", "Gespreksleider"}) ==
        "in a question, as rol = Gespreksleider (questions.where_any 'rol=gespreksleider,interviewer', line 8)");
  CHECK(questions(both, {"d", "Interviewer", ""}) ==
        "in a question, as speaker = Interviewer (questions.where_any 'speaker=Interviewer,Gespreksleider', line 8)");
  CHECK(questions(both, {"d", "Jelle", "deelnemer"}).empty());
  const AttributeLimits labels(cb, {"doc", "speaker"});
  CHECK(labels.warnings().empty());
  CHECK(questions(labels, {"d", "Sanne"}).empty());
  CHECK(!questions(labels, {"d", "gespreksleider"}).empty());
  const AttributeLimits none(cb, {"doc", "text"});
  CHECK(none.empty());
  CHECK(none.warnings() == std::vector<std::string>{data_path("codebook/questions.yaml") +
                                                    ":7:3: warning: the segments have none of the columns that "
                                                    "questions.where_any names ('rol', 'speaker'), so no question is "
                                                    "skipped"});
}

TEST_CASE("limits: headings are skipped in the segments that headings.where_any picks out") {
  const Codebook cb = load(data_path("codebook/headings.yaml"));
  auto check = [&](const AttributeLimits& limits, std::vector<std::string> record) {
    Blocked out;
    limits.check([&](std::size_t i) { return std::string_view(record[i]); }, out);
    CHECK(out.questions.empty());
    return out.headings;
  };
  const AttributeLimits speakers(cb, {"doc", "speaker"});
  CHECK(!speakers.empty());
  CHECK(speakers.warnings().empty());
  CHECK(check(speakers, {"d", ""}) == "in a heading, as speaker is empty (headings.where_any 'speaker=', line 8)");
  CHECK(check(speakers, {"d", "Anna"}).empty());
  // under a Markdown heading (a section): a numbered line is a list item
  const AttributeLimits sections(cb, {"doc", "speaker", "section"});
  CHECK(!check(sections, {"d", "", ""}).empty());
  CHECK(check(sections, {"d", "", "Aanbevelingen"}).empty());
  const AttributeLimits none(cb, {"doc", "text"});
  CHECK(none.empty());
  CHECK(none.warnings() == std::vector<std::string>{data_path("codebook/headings.yaml") +
                                                    ":7:3: warning: the segments have none of the columns that "
                                                    "headings.where_any names ('speaker'), so no heading is "
                                                    "skipped"});
}

TEST_CASE("limits: an answer is read against its question column, else a section that ends in a question mark") {
  const Codebook cb = load(data_path("codebook/answers.yaml"));
  auto check = [&](const AttributeLimits& limits, std::vector<std::string> record) {
    Blocked out;
    limits.check([&](std::size_t i) { return std::string_view(record[i]); }, out);
    return out.question + (out.answers.empty() ? "" : " | " + out.answers);
  };
  const AttributeLimits poll(cb, {"doc", "unit", "speaker", "section"});
  CHECK(check(poll, {"d", "paragraph", "", "Wat heeft u nodig?  "}) ==
        "Wat heeft u nodig? | in an answer, as speaker is empty (answers.where_any 'speaker=', line 8)");
  CHECK(check(poll, {"d", "paragraph", "", "Resultaten van de avond"}).empty());
  CHECK(check(poll, {"d", "paragraph", "", ""}).empty());
  // a speaker's turn under a question is no poll answer
  CHECK(check(poll, {"d", "turn", "Anna", "Wat heeft u nodig?"}).empty());
  const AttributeLimits survey(cb, {"doc", "unit", "speaker", "question", "section"});
  CHECK(check(survey, {"d", "response", "R001", "Wat mist u?", "Wat heeft u nodig?"}) ==
        "Wat mist u? | in an answer, as unit = response (answers.where_any 'unit=response', line 8)");
  CHECK(check(survey, {"d", "response", "R001", "", "Wat heeft u nodig?"}) ==
        "Wat heeft u nodig? | in an answer, as unit = response (answers.where_any 'unit=response', line 8)");
  const AttributeLimits none(cb, {"doc", "unit", "speaker"});
  CHECK(check(none, {"d", "response", ""}).empty());
}
