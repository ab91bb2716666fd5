#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "stream/record.h"

using namespace draad;

TEST_CASE("record: column sets and their header line") {
  CHECK(header_line(kSegmentColumns) == "doc\tseg\tunit\tspeaker\tstart\tend\ttext\ttime\n");
  CHECK(kSegmentColumns[kDocField] == "doc");
  CHECK(kSegmentColumns[kSegField] == "seg");
  CHECK(kSegmentColumns[kUnitField] == "unit");
  CHECK(kSegmentColumns[kSpeakerField] == "speaker");
  CHECK(kSegmentColumns[kStartField] == "start");
  CHECK(kSegmentColumns[kEndField] == "end");
  CHECK(kSegmentColumns[kTextField] == "text");
  CHECK(kSegmentColumns[kTimeField] == "time");
  CHECK(header_line(kTokenColumns) == "doc\tseg\ttok\tstart\tend\tsurface\tnorm\tstem\tkind\n");
  CHECK(header_line(kCodingColumns) == "doc\tseg\tcode\ttheme\tcoder\thits\tterms\tnegated\n");
}

TEST_CASE("record: a coding row applies when it has a code and hits") {
  CHECK(coding_applies("ontmoeting/plek", 2));
  CHECK_FALSE(coding_applies("ontmoeting/plek", 0));  // all hits negated and flagged
  CHECK_FALSE(coding_applies("", 0));
}

TEST_CASE("record: hit lists are written and read back") {
  std::string list;
  append_hit(list, "buurthuis", 65, 74);
  append_hit(list, "koffie;thee", 100, 111);  // a ';' in a surface becomes ','
  append_hit(list, "mail@adres", 120, 130);   // the last '@' starts the offsets
  CHECK(list == "buurthuis@65-74;koffie,thee@100-111;mail@adres@120-130");
  const auto hits = parse_hits(list);
  REQUIRE(hits.size() == 3);
  CHECK(hits[0].surface == "buurthuis");
  CHECK(hits[0].start == 65);
  CHECK(hits[0].end == 74);
  CHECK(hits[1].surface == "koffie,thee");
  CHECK(hits[2].surface == "mail@adres");
  CHECK(hits[2].start == 120);
  CHECK(format_hits(hits) == list);
  CHECK(format_hits({}).empty());
  CHECK(parse_hits("").empty());
  // Malformed items are skipped, the others kept.
  const auto some = parse_hits("geen;x@3;y@5-2;z@1-2x;plek@7-11;;w@-1-3");
  REQUIRE(some.size() == 1);
  CHECK(some[0].surface == "plek");
}

TEST_CASE("record: the coder id of a codebook, and a human coder") {
  CHECK(format_coder({"samenleven", "1", "1102456c"}) == "samenleven@1#1102456c");
  const auto id = parse_coder("samenleven@2.1#1102456c");
  REQUIRE(id);
  CHECK(id->name == "samenleven");
  CHECK(id->version == "2.1");
  CHECK(id->hash == "1102456c");
  CHECK_FALSE(parse_coder("anna"));
  CHECK_FALSE(parse_coder("anna@werk"));
  CHECK_FALSE(parse_coder("team#2@werk"));
}

TEST_CASE("record: the theme of a code id") {
  CHECK(theme_of("ontmoeting/plek") == "ontmoeting");
  CHECK(theme_of("ontmoeting/mensen/buren") == "ontmoeting");
  CHECK(theme_of("ontmoeting") == "ontmoeting");
  CHECK(theme_of("").empty());
}
