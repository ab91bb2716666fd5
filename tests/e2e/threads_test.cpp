#include <doctest/doctest.h>

#include "support.h"

using draad::test::run_draad;

TEST_CASE("threads e2e: four tables as titled tsv blocks, xlsx to a file") {
  auto r = run_draad({"threads", "-c", "tests/data/threads/codebook.yaml", "--by", "sessie", "--min-sessions", "3",
                      "--min-themes", "2", "tests/data/threads/codings.tsv"});
  CHECK(r.status == 0);
  CHECK(r.err == "");
  CHECK(r.out.starts_with("# Rode draden of codebook klein@2#c17ec091 (sessions: sessie)\nthread\tlabel\t"));
  CHECK(r.out.find("\n\n# Segments carrying each thread per sessie\nthread\t2\t5\t10\ttotal\n") != std::string::npos);
  CHECK(r.out.ends_with(
      "# Candidate threads: codes and code pairs in at least 3 sessions (sessie) with at least 2 themes\n"
      "candidate\tsessions\tthemes\tsegments\tsession_list\ttheme_list\tthreads\tquote\n"
      "wederkerigheid/vertrouwen\t3\t2\t3\t2, 5, 10\tspelregels, wederkerigheid\tsociaal_vertrouwen, "
      "plek_en_vertrouwen\tIk vertrouw mijn buren, en dat vertrouwen is wederzijds.\n"));
  const std::string xlsx = draad::test::temp_dir() + "/draden.xlsx";
  auto x = run_draad({"threads", "-c", "tests/data/threads/codebook.yaml", "-o", xlsx, "tests/data/threads/codings.tsv"});
  CHECK(x.status == 0);
  CHECK(draad::test::read_file(xlsx).substr(0, 2) == "PK");
}

TEST_CASE("threads e2e: another codebook's codings, a missing codebook, a bad --by") {
  auto other = run_draad({"threads", "-c", "tests/data/threads/codebook.yaml", "tests/data/freq/codings.tsv"});
  CHECK(other.status == 1);
  CHECK(other.err.starts_with("draad threads: tests/data/freq/codings.tsv:2: these codings were made with codebook "
                              "'samenleven@1#3fa9c2d1'"));
  CHECK(run_draad({"threads", "tests/data/threads/codings.tsv"}).status == 2);
  auto by = run_draad({"threads", "-c", "tests/data/threads/codebook.yaml", "--by", "sesie",
                       "tests/data/threads/codings.tsv"});
  CHECK(by.status == 1);
  CHECK(by.err.find("no column 'sesie' (did you mean 'sessie'?)") != std::string::npos);
}
