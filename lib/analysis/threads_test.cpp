// tests/data/threads/codings.tsv is tests/data/freq/codings.tsv coded with
// tests/data/threads/codebook.yaml (coder klein@2#c17ec091). Hand counts
// (sessie 2 = Zwolle, 5 = Utrecht, 10 = Groningen):
// - sociaal_vertrouwen (vertrouwen or veiligheid, segment): Z3, U1, U3, G3.
// - veilig_ontmoeten (veiligheid and theme ontmoeting, segment): U3 only.
// - plek_en_vertrouwen (ontmoetingsplek and vertrouwen in one document):
//   Zwolle (Z1, Z3, Z4) and Groningen (G1, G3); Utrecht has no ontmoetingsplek.

#include <doctest/doctest.h>

#include "coding/codebook.h"
#include "base/error.h"
#include "stream/report.h"
#include "support.h"
#include "analysis/threads.h"

using namespace draad;

namespace {

std::vector<report::Table> fixture(threads::Options o = {}) {
  o.by = "sessie";
  o.min_sessions = 2;
  o.min_themes = 2;
  return threads::analyse(load(test::data_path("threads/codebook.yaml")), {test::data_path("threads/codings.tsv")},
                          o);
}

}  // namespace

TEST_CASE("threads: sessions, segments, shares, codes and co-occurring themes per thread") {
  CHECK(report::render({fixture()[0]}, report::Format::tsv) ==
        "thread\tlabel\tsessions\tof\tsegments\tshare\tcodes\tthemes\n"
        "sociaal_vertrouwen\tSociaal vertrouwen is essentieel\t3\t3\t4\t33.3\t"
        "wederkerigheid/vertrouwen 3, spelregels/veiligheid 2\twederkerigheid 3, spelregels 2, ontmoeting 1\n"
        "veilig_ontmoeten\tVeilig ontmoeten\t1\t3\t1\t8.3\tspelregels/veiligheid 1\tontmoeting 1, spelregels 1\n"
        "plek_en_vertrouwen\tPlekken en vertrouwen in één gesprek\t2\t3\t5\t41.7\t"
        "ontmoeting/ontmoetingsplek 3, wederkerigheid/vertrouwen 2\tontmoeting 3, wederkerigheid 2, spelregels 1\n");
}

TEST_CASE("threads: thread × session matrix in natural session order") {
  CHECK(report::render({fixture()[1]}, report::Format::tsv) ==
        "thread\t2\t5\t10\ttotal\n"
        "sociaal_vertrouwen\t1\t2\t1\t4\n"
        "veilig_ontmoeten\t0\t1\t0\t1\n"
        "plek_en_vertrouwen\t3\t0\t2\t5\n");
}

TEST_CASE("threads: one quote per session, the most hits first, then stream order") {
  CHECK(report::render({fixture()[2]}, report::Format::tsv) ==
        "thread\tsessie\tdoc\tseg\tspeaker\tquote\n"
        "sociaal_vertrouwen\t2\tsessie-zwolle\t3\tAnna\t… Je moet je veilig voelen, dan komt het vertrouwen vanzelf. Toch?\n"
        "sociaal_vertrouwen\t5\tsessie-utrecht\t1\tFatima\tIk vertrouw mijn buren, en dat vertrouwen is wederzijds.\n"
        "sociaal_vertrouwen\t10\tverslag-groningen\t3\t\tDeelnemers noemden vertrouwen als basis.\n"
        "veilig_ontmoeten\t5\tsessie-utrecht\t3\tKees\tHet buurthuis heeft regels. Daardoor voel ik me veilig.\n"
        "plek_en_vertrouwen\t2\tsessie-zwolle\t1\tAnna\tIn het buurthuis en de bibliotheek ontmoet je elkaar. Dat is fijn.\n"
        "plek_en_vertrouwen\t10\tverslag-groningen\t1\t\tEr zijn te weinig ontmoetingsplekken.\n");
}

TEST_CASE("threads: candidates ranked by sessions, then themes, with evidence") {
  const std::string t = report::render({fixture()[3]}, report::Format::tsv);
  CHECK(t.substr(0, t.find("\tquote\n")) == "candidate\tsessions\tthemes\tsegments\tsession_list\ttheme_list\tthreads");
  CHECK(t.find("\nwederkerigheid/vertrouwen\t3\t2\t3\t2, 5, 10\tspelregels, wederkerigheid\t"
               "sociaal_vertrouwen, plek_en_vertrouwen\tIk vertrouw mijn buren") != std::string::npos);
  CHECK(t.find("\nspelregels/veiligheid\t2\t3\t2\t2, 5\tontmoeting, spelregels, wederkerigheid\t"
               "sociaal_vertrouwen, veilig_ontmoeten\t") != std::string::npos);
  CHECK(t.find("\nontmoeting/buurthuis\t2\t2\t2\t2, 5\tontmoeting, spelregels\tveilig_ontmoeten\t") != std::string::npos);
  CHECK(fixture()[3].rows.size() == 3);  // pairs occur in one session only; ontmoetingsplek has one theme
  threads::Options strict;
  strict.min_sessions = 2;
  strict.min_themes = 3;
  strict.by = "sessie";
  auto only = threads::analyse(load(test::data_path("threads/codebook.yaml")), {test::data_path("threads/codings.tsv")},
                               strict);
  REQUIRE(only[3].rows.size() == 1);
  CHECK(std::get<std::string>(only[3].rows[0][0].value) == "spelregels/veiligheid");
}

TEST_CASE("threads: codings from another codebook are refused") {
  try {
    threads::analyse(load(test::data_path("threads/codebook.yaml")), {test::data_path("freq/codings.tsv")}, {});
    FAIL("no error");
  } catch (const DataError& e) {
    CHECK(e.where().line == 2);
    CHECK(e.detail().starts_with("these codings were made with codebook 'samenleven@1#3fa9c2d1', but "));
    CHECK(e.detail().find("is 'klein@2#c17ec091'") != std::string::npos);
  }
  // A human coder's file: codes must be the codebook's.
  const std::string path = test::temp_dir() + "/anna.tsv";
  test::write_file(path, "doc\tseg\tcode\ttheme\tcoder\thits\tterms\na\t1\twederkerigheid/vertrouwn\t\tanna\t1\t\n");
  CHECK_THROWS_WITH(threads::analyse(load(test::data_path("threads/codebook.yaml")), {path}, {}),
                    doctest::Contains("anna.tsv:2: code 'wederkerigheid/vertrouwn' is not in codebook klein@2#c17ec091 "
                                      "(did you mean 'wederkerigheid/vertrouwen'?)"));
}
