// The fixture tests/data/freq/codings.tsv: 3 documents × 4 segments, 5 of
// them uncoded. Hand counts (theme level, sessie 2 = Zwolle, 5 = Utrecht,
// 10 = Groningen):
//   ontmoeting      Z seg 1 (two codes, 2+1 hits), Z seg 4, U seg 3, G seg 1
//   spelregels      Z seg 3, U seg 3
//   wederkerigheid  Z seg 3, U seg 1 (2 hits), G seg 3
//   speakers        Anna, Bram (Z), Fatima, Kees (U), none in G
//   U seg 2 has a spelregels row with 0 hits (only a flagged negated hit): uncoded

#include <doctest/doctest.h>

#include <cstdio>

#include "base/error.h"
#include "analysis/frequency.h"
#include "stream/report.h"
#include "support.h"

using namespace draad;

namespace {

std::string table_of(const std::string& by, freq::TableOptions options = {}) {
  freq::Tally tally(freq::parse_by(by));
  tally.count({test::data_path("freq/codings.tsv")});
  return report::render({tally.table(options)}, report::Format::tsv);
}

std::string partial_of(freq::Tally& tally) {
  const std::string path = test::temp_dir() + "/partial.tsv";
  std::FILE* f = std::fopen(path.c_str(), "wb");
  tally.write_partial(f);
  std::fclose(f);
  return path;
}

}  // namespace

TEST_CASE("freq: themes per session, counted by hand, uncoded segments in (all)") {
  CHECK(table_of("theme,sessie") ==
        "theme\t2\t5\t10\ttotal\n"
        "ontmoeting\t2\t1\t1\t4\n"
        "spelregels\t1\t1\t0\t2\n"
        "wederkerigheid\t1\t1\t1\t3\n"
        "(any theme)\t3\t2\t2\t7\n"
        "(all)\t4\t4\t4\t12\n");
}

TEST_CASE("freq: shares divide by the group's (all) row") {
  freq::TableOptions o;
  o.percent = true;
  CHECK(table_of("theme,sessie", o) ==
        "theme\t2\t5\t10\ttotal\n"
        "ontmoeting\t50.0\t25.0\t25.0\t33.3\n"
        "spelregels\t25.0\t25.0\t0.0\t16.7\n"
        "wederkerigheid\t25.0\t25.0\t25.0\t25.0\n"
        "(any theme)\t75.0\t50.0\t50.0\t58.3\n"
        "(all)\t4\t4\t4\t12\n");
}

TEST_CASE("freq: without groups every measure, a theme counts a segment once for two of its codes") {
  CHECK(table_of("theme") ==
        "theme\tsegments\thits\tdocs\tspeakers\tshare\n"
        "ontmoeting\t4\t6\t3\t3\t33.3\n"
        "spelregels\t2\t2\t2\t2\t16.7\n"
        "wederkerigheid\t3\t4\t3\t2\t25.0\n"
        "(any theme)\t7\t12\t3\t4\t58.3\n"
        "(all)\t12\t12\t3\t4\t100.0\n");
  CHECK(table_of("code") ==
        "code\tsegments\thits\tdocs\tspeakers\tshare\n"
        "ontmoeting/buurthuis\t2\t3\t2\t2\t16.7\n"
        "ontmoeting/ontmoetingsplek\t3\t3\t2\t2\t25.0\n"
        "spelregels/veiligheid\t2\t2\t2\t2\t16.7\n"
        "wederkerigheid/vertrouwen\t3\t4\t3\t2\t25.0\n"
        "(any code)\t7\t12\t3\t4\t58.3\n"
        "(all)\t12\t12\t3\t4\t100.0\n");
}

TEST_CASE("freq: docs and speakers are distinct over the total column, not summed") {
  freq::TableOptions o;
  o.measure = freq::Measure::speakers;
  // Per speaker group, each speaker is one speaker; the empty speaker of
  // Groningen counts no speaker but its segments count.
  CHECK(table_of("theme,speaker", o) ==
        "theme\t(none)\tAnna\tBram\tFatima\tKees\ttotal\n"
        "ontmoeting\t0\t1\t1\t0\t1\t3\n"
        "spelregels\t0\t1\t0\t0\t1\t2\n"
        "wederkerigheid\t0\t1\t0\t1\t0\t2\n"
        "(any theme)\t0\t1\t1\t1\t1\t4\n"
        "(all)\t0\t1\t1\t1\t1\t4\n");
  o.measure = freq::Measure::docs;
  o.sort = freq::Sort::count;
  CHECK(table_of("theme,plaats", o) ==
        "theme\tGroningen\tUtrecht\tZwolle\ttotal\n"
        "ontmoeting\t1\t1\t1\t3\n"
        "wederkerigheid\t1\t1\t1\t3\n"
        "spelregels\t0\t1\t1\t2\n"
        "(any theme)\t1\t1\t1\t3\n"
        "(all)\t1\t1\t1\t3\n");
}

TEST_CASE("freq: long form lists each group, then the total") {
  freq::TableOptions o;
  o.long_form = true;
  const std::string t = table_of("code,plaats", o);
  CHECK(t.substr(0, t.find('\n')) == "code\tplaats\tsegments\thits\tdocs\tspeakers\tshare");
  CHECK(t.find("ontmoeting/ontmoetingsplek\tGroningen\t1\t1\t1\t0\t25.0\n") != std::string::npos);
  CHECK(t.find("(all)\tZwolle\t4\t6\t1\t2\t100.0\n") != std::string::npos);
  CHECK(t.ends_with("(any code)\t(total)\t7\t12\t3\t4\t58.3\n(all)\t(total)\t12\t12\t3\t4\t100.0\n"));
}

TEST_CASE("freq: --by must start with code or theme, unknown columns are named with a suggestion") {
  CHECK_THROWS_AS(freq::parse_by("plaats,theme"), UsageError);
  CHECK_THROWS_AS(freq::parse_by("theme,code"), UsageError);
  CHECK_THROWS_AS(freq::parse_by("theme,,sessie"), UsageError);
  CHECK(freq::parse_by("code, plaats ,leeftijd").columns == std::vector<std::string>{"plaats", "leeftijd"});
  freq::Tally tally(freq::parse_by("theme,plaas"));
  try {
    tally.count({test::data_path("freq/codings.tsv")});
    FAIL("no error");
  } catch (const DataError& e) {
    CHECK(e.detail() ==
          "no column 'plaas' (did you mean 'plaats'?); the stream has: doc, seg, code, theme, coder, hits, terms, "
          "negated, unit, speaker, start, end, text, time, sessie, plaats");
    CHECK(e.where().line == 1);
  }
}

TEST_CASE("freq: partials of documents merge into the table of the whole") {
  const std::string dir = test::temp_dir();
  const std::string all = test::read_file(test::data_path("freq/codings.tsv"));
  const std::string header = all.substr(0, all.find('\n') + 1);
  std::string zwolle = header, rest = header;
  std::size_t at = header.size();
  while (at < all.size()) {
    std::size_t end = all.find('\n', at) + 1;
    (all.compare(at, 13, "sessie-zwolle") == 0 ? zwolle : rest) += all.substr(at, end - at);
    at = end;
  }
  test::write_file(dir + "/a.tsv", zwolle);
  test::write_file(dir + "/b.tsv", rest);
  for (const char* by : {"theme,sessie", "code,speaker", "theme", "main,plaats"}) {
    freq::Tally a(freq::parse_by(by)), b(freq::parse_by(by));
    a.count({dir + "/a.tsv"});
    b.count({dir + "/b.tsv"});
    const std::string pa = partial_of(a), pb = dir + "/pb.tsv";
    std::rename(partial_of(b).c_str(), pb.c_str());
    freq::Tally merged(freq::partial_grouping(pa));
    merged.merge({pb, pa});
    for (auto m : {freq::Measure::segments, freq::Measure::hits, freq::Measure::docs, freq::Measure::speakers}) {
      freq::TableOptions o;
      o.measure = m;
      CHECK(report::render({merged.table(o)}, report::Format::tsv) == table_of(by, o));
    }
    // The same document in two parts would be counted twice: refused.
    freq::Tally twice(freq::partial_grouping(pa));
    CHECK_THROWS_WITH_AS(twice.merge({pa, pa}),
                         doctest::Contains("document 'sessie-zwolle' is counted in two parts"), DataError);
    // A partial made with another --by is refused.
    freq::Tally other(freq::parse_by(std::string(by) == "theme" ? "code" : "theme"));
    CHECK_THROWS_AS(other.merge({pa}), DataError);
  }
}

TEST_CASE("freq: rows out of order are refused rather than counted twice") {
  const std::string dir = test::temp_dir();
  const std::string head = "doc\tseg\tcode\ttheme\thits\n";
  test::write_file(dir + "/seg.tsv", head + "a\t1\tx/y\tx\t1\na\t2\t\t\t0\na\t1\tx/z\tx\t1\n");
  test::write_file(dir + "/doc.tsv", head + "a\t1\tx/y\tx\t1\nb\t1\t\t\t0\na\t2\tx/z\tx\t1\n");
  test::write_file(dir + "/hits.tsv", head + "a\t1\tx/y\tx\tveel\n");
  test::write_file(dir + "/ragged.tsv", head + "a\t1\tx/y\tx\n");
  freq::Tally t(freq::parse_by("theme"));
  CHECK_THROWS_WITH(t.count({dir + "/seg.tsv"}),
                    doctest::Contains("seg.tsv:4:3: segment 1 of document 'a' comes after segment 2"));
  freq::Tally t2(freq::parse_by("theme"));
  CHECK_THROWS_WITH(t2.count({dir + "/doc.tsv"}), doctest::Contains("doc.tsv:4:1: document 'a' comes back"));
  freq::Tally t3(freq::parse_by("theme"));
  CHECK_THROWS_WITH(t3.count({dir + "/hits.tsv"}),
                    doctest::Contains("hits.tsv:2:11: hits must be a non-negative integer, not 'veel'"));
  freq::Tally t4(freq::parse_by("theme"));
  CHECK_THROWS_WITH(t4.count({dir + "/ragged.tsv"}),
                    doctest::Contains("ragged.tsv:2:10: ragged row: 4 fields where the header has 5 columns"));
}

TEST_CASE("freq: the main theme counts each coded segment once, counted by hand") {
  // Zwolle 3 (veilig@122, vertrouwen@150) and Utrecht 3 (buurthuis@77,
  // veilig@121) tie on hits and codes: the theme hit first wins.
  CHECK(table_of("main,sessie") ==
        "main_theme\t2\t5\t10\ttotal\n"
        "ontmoeting\t2\t1\t1\t4\n"
        "spelregels\t1\t0\t0\t1\n"
        "wederkerigheid\t0\t1\t1\t2\n"
        "(any main theme)\t3\t2\t2\t7\n"
        "(all)\t4\t4\t4\t12\n");
  // hits: the main theme's own; (any main theme) the coded segments' all.
  CHECK(table_of("main") ==
        "main_theme\tsegments\thits\tdocs\tspeakers\tshare\n"
        "ontmoeting\t4\t6\t3\t3\t33.3\n"
        "spelregels\t1\t1\t1\t1\t8.3\n"
        "wederkerigheid\t2\t3\t2\t1\t16.7\n"
        "(any main theme)\t7\t12\t3\t4\t58.3\n"
        "(all)\t12\t12\t3\t4\t100.0\n");
  CHECK_THROWS_WITH_AS(freq::parse_by("theme,main"), doctest::Contains("not group by them: 'main' must come first"),
                       UsageError);
  CHECK_THROWS_WITH_AS(freq::parse_by("sessie"), doctest::Contains("code, theme or main (the main theme)"),
                       UsageError);
}
