#include <doctest/doctest.h>

#include "text/pseudonyms.h"

using draad::pseudonyms::Pseudonymiser;
using draad::ByteRange;
namespace report = draad::report;

TEST_CASE("pseudonyms: numbered per role in order of first appearance, the key lists them") {
  Pseudonymiser p;
  p.observe("zwolle", "Gespreksleider", "gespreksleider");
  p.observe("zwolle", "Anneke", "deelnemer");
  p.observe("zwolle", "Mehmet");
  p.observe("zwolle", "Anneke", "deelnemer");
  p.observe("utrecht", "Interviewer");
  p.observe("utrecht", "Anneke", "buurtwerker");
  p.observe("utrecht", "");
  CHECK(p.pseudonym("zwolle", "Gespreksleider") == "Gespreksleider 1");
  CHECK(p.pseudonym("zwolle", "Anneke") == "Deelnemer 1");
  CHECK(p.pseudonym("zwolle", "Mehmet") == "Deelnemer 2");
  CHECK(p.pseudonym("utrecht", "Interviewer") == "Interviewer 1");
  CHECK(p.pseudonym("utrecht", "Anneke") == "Buurtwerker 1");
  CHECK(p.pseudonym("utrecht", "") == "");
  CHECK(p.pseudonym("utrecht", "Kees") == "Deelnemer 3");  // new: observed now
  CHECK(report::render({p.key()}, report::Format::tsv) ==
        "doc\tspeaker\trole\tpseudonym\n"
        "zwolle\tGespreksleider\tgespreksleider\tGespreksleider 1\n"
        "zwolle\tAnneke\tdeelnemer\tDeelnemer 1\n"
        "zwolle\tMehmet\tdeelnemer\tDeelnemer 2\n"
        "utrecht\tInterviewer\tinterviewer\tInterviewer 1\n"
        "utrecht\tAnneke\tbuurtwerker\tBuurtwerker 1\n"
        "utrecht\tKees\tdeelnemer\tDeelnemer 3\n");
}

TEST_CASE("pseudonyms: names in text, whole words, case-aware, possessives") {
  Pseudonymiser p;
  p.observe("utrecht", "Marieke van Dijk", "gespreksleider");
  p.observe("utrecht", "Tom de Graaf", "deelnemer");
  p.observe("utrecht", "Fatima", "deelnemer");
  p.observe("utrecht", "Gespreksleider", "gespreksleider");
  CHECK(p.replace("utrecht", "Dank je, Marieke. Marieke van Dijk zei het al: Fatima's idee is goed.") ==
        "Dank je, Gespreksleider 1. Gespreksleider 1 zei het al: Deelnemer 2's idee is goed.");
  CHECK(p.replace("utrecht", "De Graaf en mevrouw Van Dijk, TOM en Tom’s buurman.") ==
        "Deelnemer 1 en mevrouw Gespreksleider 1, Deelnemer 1 en Deelnemer 1’s buurman.");
  CHECK(p.replace("utrecht", "Tomaat, atom, tom, Fatimas, de graaf en de Gespreksleider blijven.") ==
        "Tomaat, atom, tom, Fatimas, de graaf en de Gespreksleider blijven.");
}

TEST_CASE("pseudonyms: the text's own document first, then all, a shared name becomes [naam]") {
  Pseudonymiser p;
  p.observe("zwolle", "Bas");
  p.observe("utrecht", "Bas Hoekstra");
  p.observe("almere", "Yusuf");
  p.observe("almere", "Naomi");
  CHECK(p.replace("zwolle", "Bas en Yusuf") == "Deelnemer 1 en Deelnemer 3");
  CHECK(p.replace("utrecht", "Bas, Hoekstra") == "Deelnemer 2, Deelnemer 2");
  CHECK(p.replace("almere", "Bas Hoekstra en Bas") == "Deelnemer 2 en [naam]");
}

TEST_CASE("pseudonyms: marks move with the text") {
  Pseudonymiser p;
  p.observe("d", "Jo");
  std::vector<ByteRange> marks = {{0, 2}, {6, 15}, {18, 23}};  // the last starts inside a name
  const std::string text = "Jo en buurthuis, Jo's tuin";
  const std::string out = p.replace("d", text, &marks);
  CHECK(out == "Deelnemer 1 en buurthuis, Deelnemer 1's tuin");
  REQUIRE(marks.size() == 3);
  CHECK(out.substr(marks[0].begin, marks[0].end - marks[0].begin) == "Deelnemer 1");
  CHECK(out.substr(marks[1].begin, marks[1].end - marks[1].begin) == "buurthuis");
  CHECK(out.substr(marks[2].begin, marks[2].end - marks[2].begin) == "Deelnemer 1's t");
}

TEST_CASE("pseudonyms: a table's speakers and texts, doc left alone") {
  Pseudonymiser p;
  p.observe("sessie-jo", "Jo", "deelnemer");
  report::Table t;
  t.columns = {{"doc"}, {"seg", report::Kind::integer}, {"speaker"}, {"rol"}, {"quote"}};
  t.rows.push_back({"sessie-jo", 1, "Lieke", "gespreksleider", "Jo, wat vind jij? Lieke vraagt het."});
  t.rows.push_back({"sessie-jo", 2, "Jo", "deelnemer", "Dank je, Lieke."});
  p.apply(t);
  CHECK(report::render({t}, report::Format::tsv) ==
        "doc\tseg\tspeaker\trol\tquote\n"
        "sessie-jo\t1\tGespreksleider 1\tgespreksleider\tDeelnemer 1, wat vind jij? Gespreksleider 1 vraagt het.\n"
        "sessie-jo\t2\tDeelnemer 1\tdeelnemer\tDank je, Gespreksleider 1.\n");
}
