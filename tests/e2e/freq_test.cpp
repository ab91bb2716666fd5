#include <doctest/doctest.h>

#include "support.h"

using draad::test::run_draad;
using draad::test::shell;

TEST_CASE("freq e2e: a cross table from a file and from standard input") {
  const std::string expected =
      "theme\tGroningen\tUtrecht\tZwolle\ttotal\n"
      "ontmoeting\t1\t1\t2\t4\n"
      "spelregels\t0\t1\t1\t2\n"
      "wederkerigheid\t1\t1\t1\t3\n"
      "(any theme)\t2\t2\t3\t7\n"
      "(all)\t4\t4\t4\t12\n";
  auto r = run_draad({"freq", "--by", "theme,plaats", "tests/data/freq/codings.tsv"});
  CHECK(r.status == 0);
  CHECK(r.err == "");
  CHECK(r.out == expected);
  auto s = run_draad({"freq", "--by", "theme,plaats"}, draad::test::read_file(draad::test::data_path("freq/codings.tsv")));
  CHECK(s.out == expected);
}

TEST_CASE("freq e2e: formats md, csv and json") {
  auto md = run_draad({"freq", "--by", "theme", "--format", "md", "tests/data/freq/codings.tsv"});
  CHECK(md.out ==
        "### Frequenties per thema\n\n"
        "| thema | segmenten | treffers | documenten | sprekers | aandeel |\n"
        "| --- | ---: | ---: | ---: | ---: | ---: |\n"
        "| ontmoeting | 4 | 6 | 3 | 3 | 33,3% |\n"
        "| spelregels | 2 | 2 | 2 | 2 | 16,7% |\n"
        "| wederkerigheid | 3 | 4 | 3 | 2 | 25,0% |\n"
        "| (enig thema) | 7 | 12 | 3 | 4 | 58,3% |\n"
        "| (alle) | 12 | 12 | 3 | 4 | 100,0% |\n");
  auto en = run_draad({"freq", "--by", "theme", "--format", "md", "--lang", "en", "tests/data/freq/codings.tsv"});
  CHECK(en.out ==
        "### Frequencies per theme\n\n"
        "| theme | segments | hits | docs | speakers | share |\n"
        "| --- | ---: | ---: | ---: | ---: | ---: |\n"
        "| ontmoeting | 4 | 6 | 3 | 3 | 33.3% |\n"
        "| spelregels | 2 | 2 | 2 | 2 | 16.7% |\n"
        "| wederkerigheid | 3 | 4 | 3 | 2 | 25.0% |\n"
        "| (any theme) | 7 | 12 | 3 | 4 | 58.3% |\n"
        "| (all) | 12 | 12 | 3 | 4 | 100.0% |\n");
  auto csv = run_draad({"freq", "--by", "code,sessie", "--count", "hits", "--format", "csv", "tests/data/freq/codings.tsv"});
  CHECK(csv.out ==
        "code,2,5,10,total\r\n"
        "ontmoeting/buurthuis,2,1,0,3\r\n"
        "ontmoeting/ontmoetingsplek,2,0,1,3\r\n"
        "spelregels/veiligheid,1,1,0,2\r\n"
        "wederkerigheid/vertrouwen,1,2,1,4\r\n"
        "(any code),6,4,2,12\r\n"
        "(all),6,4,2,12\r\n");
  auto excel = run_draad({"freq", "--by", "theme", "--format", "csv", "--excel", "tests/data/freq/codings.tsv"});
  CHECK(excel.out ==
        "\xef\xbb\xbfthema;segmenten;treffers;documenten;sprekers;aandeel\r\n"
        "ontmoeting;4;6;3;3;33,3\r\n"
        "spelregels;2;2;2;2;16,7\r\n"
        "wederkerigheid;3;4;3;2;25,0\r\n"
        "(enig thema);7;12;3;4;58,3\r\n"
        "(alle);12;12;3;4;100,0\r\n");
  CHECK(run_draad({"freq", "--excel", "tests/data/freq/codings.tsv"}).status == 2);  // --excel is for csv
  auto labels = run_draad({"freq", "--by", "code", "--format", "text", "--labels", "-c",
                           "tests/data/threads/codebook.yaml", "tests/data/freq/codings.tsv"});
  CHECK(labels.out.find("\nOntmoetingsplekken          3         3           2         2    25,0%\n") != std::string::npos);
  auto json = run_draad({"freq", "--format", "json", "tests/data/freq/codings.tsv"});
  CHECK(json.out.find("\"theme\": \"ontmoeting\",\n      \"segments\": 4,") != std::string::npos);
  auto xlsx = run_draad({"freq", "--format", "xlsx", "tests/data/freq/codings.tsv"});
  CHECK(xlsx.status == 0);
  CHECK(xlsx.out.substr(0, 2) == "PK");
}

TEST_CASE("freq e2e: bad usage and bad data") {
  auto by = run_draad({"freq", "--by", "theme,sesie", "tests/data/freq/codings.tsv"});
  CHECK(by.status == 1);
  CHECK(by.err ==
        "draad freq: tests/data/freq/codings.tsv:1: no column 'sesie' (did you mean 'sessie'?); the stream has: doc, "
        "seg, code, theme, coder, hits, terms, negated, unit, speaker, start, end, text, time, sessie, plaats\n");
  auto count = run_draad({"freq", "--count", "segmenten", "tests/data/freq/codings.tsv"});
  CHECK(count.status == 2);
  CHECK(count.err.find("unknown count 'segmenten' (did you mean 'segments'?)") != std::string::npos);
  auto first = run_draad({"freq", "--by", "plaats", "tests/data/freq/codings.tsv"});
  CHECK(first.status == 2);
  auto ragged = run_draad({"freq"}, "doc\tseg\tcode\ttheme\thits\na\t1\tx\n");
  CHECK(ragged.status == 1);
  CHECK(ragged.err == "draad freq: <stdin>:2:6: ragged row: 3 fields where the header has 5 columns\n");
  auto empty = run_draad({"freq"}, "");
  CHECK(empty.status == 1);
}

TEST_CASE("freq e2e: an output that cannot be written is a located error, for tables and partials") {
  const std::string in = "tests/data/freq/codings.tsv";
  auto missing = run_draad({"freq", "--by", "theme", "-o", "/nonexistent-dir/t.tsv", in});
  CHECK(missing.status == 1);
  CHECK(missing.err == "draad freq: /nonexistent-dir/t.tsv: cannot open for writing: No such file or directory\n");
  auto partial = run_draad({"freq", "--partial", "-o", "/nonexistent-dir/p.tsv", in});
  CHECK(partial.status == 1);
  CHECK(partial.err == "draad freq: /nonexistent-dir/p.tsv: cannot open for writing: No such file or directory\n");
  auto full = shell("draad freq --by theme --format tsv " + in + " > /dev/full");
  CHECK(full.status == 1);
  CHECK(full.err == "draad freq: <stdout>: cannot write: No space left on device\n");
}

TEST_CASE("freq e2e: a corpus split by documents with GNU parallel merges to the single run, byte for byte") {
  // Split the codings by document, count each part in parallel, merge.
  auto r = shell(
      "set -e; d=$(mktemp -d); trap 'rm -rf $d' EXIT; f=tests/data/freq/codings.tsv; "
      "for doc in $(tail -n +2 $f | cut -f1 | uniq); do "
      "  (head -1 $f; awk -F'\\t' -v d=$doc '$1==d' $f) > $d/$doc.tsv; done; "
      "ls $d/*.tsv | parallel -j 2 'draad freq --partial --by theme,sessie {} > {}.part'; "
      "draad freq --merge $d/*.part > $d/merged; "
      "draad freq --by theme,sessie $f > $d/single; "
      "cmp $d/merged $d/single && cat $d/merged");
  CHECK(r.status == 0);
  CHECK(r.err == "");
  // cmp passed; the table is the hand-counted one of frequency_test.
  CHECK(r.out.starts_with("theme\t2\t5\t10\ttotal\nontmoeting\t2\t1\t1\t4\n"));
}

TEST_CASE("freq e2e: the main theme of every segment, a tie going to the theme the codebook lists first") {
  // `groeten` codes communicatie/kleine_gebaren and spelregels/omgangsvormen
  // at one place; the codebook lists spelregels first, the ids sort
  // communicatie first. Segment 2: vertrouw comes before buurthuis.
  const std::string pipeline =
      "printf 'Gewoon groeten op straat.\\n\\nIk vertrouw mijn buren, maar het buurthuis is dicht.\\n\\nJa.\\n' | "
      "draad segment - | draad code -c codebooks/samenleven.yaml | draad freq --by main,seg --long --format tsv";
  auto with = shell(pipeline + " -c codebooks/samenleven.yaml");
  CHECK(with.status == 0);
  CHECK(with.err == "");
  CHECK(with.out ==
        "main_theme\tseg\tsegments\thits\tdocs\tspeakers\tshare\n"
        "spelregels\t1\t1\t1\t1\t0\t100.0\n"
        "(any main theme)\t1\t1\t2\t1\t0\t100.0\n"
        "(all)\t1\t1\t2\t1\t0\t100.0\n"
        "wederkerigheid\t2\t1\t1\t1\t0\t100.0\n"
        "(any main theme)\t2\t1\t2\t1\t0\t100.0\n"
        "(all)\t2\t1\t2\t1\t0\t100.0\n"
        "(any main theme)\t3\t0\t0\t0\t0\t0.0\n"
        "(all)\t3\t1\t0\t1\t0\t100.0\n"
        "spelregels\t(total)\t1\t1\t1\t0\t33.3\n"
        "wederkerigheid\t(total)\t1\t1\t1\t0\t33.3\n"
        "(any main theme)\t(total)\t2\t4\t1\t0\t66.7\n"
        "(all)\t(total)\t3\t4\t1\t0\t100.0\n");
  auto without = shell(pipeline);
  CHECK(without.out.starts_with("main_theme\tseg\tsegments\thits\tdocs\tspeakers\tshare\n"
                                "communicatie\t1\t1\t1\t1\t0\t100.0\n"));
  auto dutch = run_draad({"freq", "--by", "main,sessie", "--format", "md", "tests/data/freq/codings.tsv"});
  CHECK(dutch.out ==
        "### Segmenten per hoofdthema en sessie\n\n"
        "| hoofdthema | 2 | 5 | 10 | totaal |\n"
        "| --- | ---: | ---: | ---: | ---: |\n"
        "| ontmoeting | 2 | 1 | 1 | 4 |\n"
        "| spelregels | 1 | 0 | 0 | 1 |\n"
        "| wederkerigheid | 0 | 1 | 1 | 2 |\n"
        "| (enig hoofdthema) | 3 | 2 | 2 | 7 |\n"
        "| (alle) | 4 | 4 | 4 | 12 |\n");
}
