// The hand-coded gold standard (tests/data/gold) stays usable: every code is
// one of the default codebook's, no segment is listed twice, and every gold
// segment is still the segment draad segment cuts (same text for samples/,
// same offsets for the corpus, which is checked only where it is present).
#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "../support.h"

using draad::test::read_file;
using draad::test::shell;
using draad::test::write_file;

namespace {
const std::string kCorpus = "/work/shared/corpus";
const std::string kWellFormed =
    ", every code in codebooks/samenleven.yaml, every segment the one draad segment cuts\n";

bool corpus_present() {
  for (const char* doc : {"rapport-burgerconsultaties-deel1", "tips-inclusieve-gemeente", "werkconferentie-amersfoort"})
    if (!std::filesystem::exists(kCorpus + "/" + doc + ".txt")) return false;
  return true;
}
}  // namespace

TEST_CASE("gold: the files in tests/data/gold are well-formed") {
  auto r = shell("scripts/evaluate-gold --check");
  REQUIRE(r.status == 0);
  if (corpus_present()) {
    CHECK(r.out == "gold well-formed: 631 segments (samples 335, corpus 296)" + kWellFormed);
    CHECK(r.err.empty());
  } else {
    MESSAGE(kCorpus << " absent: the corpus gold's segment ids are not checked");
    CHECK(r.out == "gold well-formed: 335 segments (samples 335)" + kWellFormed);
    CHECK(r.err.find("corpus.tsv (296 segments) neither checked nor measured") != std::string::npos);
  }
}

TEST_CASE("gold: an unknown code, a segment listed twice and a segment that changed are located errors") {
  const std::string dir = draad::test::temp_dir();
  const std::string samples = read_file(draad::test::data_path("gold/samples.tsv"));
  write_file(dir + "/corpus.tsv", "doc\tseg\tstart\tend\tcodes\n");
  auto check_fails = [&](const std::string& content, const std::string& message) {
    write_file(dir + "/samples.tsv", content);
    auto r = shell("scripts/evaluate-gold --check --gold-dir " + dir);
    CHECK(r.status == 1);
    CHECK(r.err == "evaluate-gold: " + dir + "/samples.tsv:" + message + "\n");
  };
  const std::string header = "doc\tseg\tspeaker\ttext\tcodes\n";
  const std::string yusuf = samples.substr(samples.find("duo-interview-almere\t3\t"));
  const std::string row = yusuf.substr(0, yusuf.find('\n') + 1);
  check_fails(header + row + "sessie-groningen\t7\tAmina\tEn die was op, hoor, binnen een kwartier.\tverhalen/feest\n",
              "3: 'verhalen/feest' is not a code of the codebook");
  check_fails(header + row + row, "3: segment duo-interview-almere:3 listed twice");
  check_fails(header + "sessie-groningen\t7\tAmina\tEn die was op.\t\n",
              "2: sessie-groningen:7 is no longer the segment the gold coded (its text changed): "
              "re-key the gold (tests/data/gold/README.md)");
  check_fails(header + "sessie-groningen\t71\tJelle\tEerst zien, dan geloven.\t\n",
              "2: draad segment cuts no segment sessie-groningen:71");

  // The corpus part has no text: its offsets identify the segment.
  if (!corpus_present()) {
    MESSAGE(kCorpus << " absent: offsets of corpus segments not checked");
    return;
  }
  write_file(dir + "/samples.tsv", header + row);
  // The gold's first corpus segment runs from 0 to 12; claim 0 to 13.
  CHECK(read_file(draad::test::data_path("gold/corpus.tsv")).find("\nrapport-burgerconsultaties-deel1\t1\t0\t12\t\n") !=
        std::string::npos);
  write_file(dir + "/corpus.tsv", "doc\tseg\tstart\tend\tcodes\nrapport-burgerconsultaties-deel1\t1\t0\t13\t\n");
  auto r = shell("scripts/evaluate-gold --check --gold-dir " + dir);
  CHECK(r.status == 1);
  CHECK(r.err == "evaluate-gold: " + dir + "/corpus.tsv:2: rapport-burgerconsultaties-deel1:1 is no longer the segment "
                 "the gold coded (its start and end changed): re-key the gold (tests/data/gold/README.md)\n");
}

TEST_CASE("gold: precision, recall and F1 per theme and code, and the main theme, against a small codebook") {
  // Five Groningen turns coded by hand with the agreement tests' codebook:
  // 26 (vertrouwen), 48 (moestuin) and 63's activiteit (moestuinbak, a
  // compound that begins with the term) are found, 48's plek and 63's
  // vertrouwen are missed, 7 and 27 carry no code; 27's only hit is negated
  // ("vertrouwen ... niet"), so it is not coded either. The main theme is
  // right for 26 and 48, the two of 3 coded segments where draad finds the
  // gold's main theme at all (63's is vertrouwen).
  const std::string dir = draad::test::temp_dir();
  const std::string samples = read_file(draad::test::data_path("gold/samples.tsv"));
  std::string gold = "doc\tseg\tspeaker\ttext\tcodes\n";
  for (const auto& [seg, codes] : std::vector<std::pair<std::string, std::string>>{
           {"7", ""},
           {"26", "vertrouwen/vertrouwen"},
           {"27", ""},
           {"48", "ontmoeting/plek;ontmoeting/activiteit"},
           {"63", "vertrouwen/vertrouwen;ontmoeting/activiteit"}}) {
    const std::string key = "sessie-groningen\t" + seg + "\t";
    const auto at = samples.find("\n" + key) + 1;
    const std::string row = samples.substr(at, samples.find('\n', at) - at);
    gold += row.substr(0, row.rfind('\t')) + "\t" + codes + "\n";
  }
  write_file(dir + "/samples.tsv", gold);
  write_file(dir + "/corpus.tsv", "doc\tseg\tstart\tend\tcodes\n");
  auto r = shell("scripts/evaluate-gold -c tests/data/agree/codebook.yaml --gold-dir " + dir);
  REQUIRE(r.status == 0);
  CHECK(r.err.empty());
  CHECK(r.out ==
        "gold: 5 segments (samples 5); codebook tests/data/agree/codebook.yaml\n"
        "\n"
        "theme       gold  coded  tp  fp  fn  precision  recall     f1\n"
        "ontmoeting     2      2   2   0   0      1.000   1.000  1.000\n"
        "vertrouwen     2      1   1   0   1      1.000   0.500  0.667\n"
        "overall        4      3   3   0   1      1.000   0.750  0.857\n"
        "\n"
        "code                   gold  coded  tp  fp  fn  precision  recall     f1\n"
        "ontmoeting/plek           1      0   0   0   1        n/a   0.000  0.000\n"
        "ontmoeting/activiteit     2      2   2   0   0      1.000   1.000  1.000\n"
        "vertrouwen/vertrouwen     2      1   1   0   1      1.000   0.500  0.667\n"
        "vertrouwen/geven          0      0   0   0   0        n/a     n/a    n/a\n"
        "overall                   5      3   3   0   2      1.000   0.600  0.750\n"
        "\n"
        "source   segments  theme precision  theme recall  theme f1  main theme right  share  right where found\n"
        "samples         5            1.000         0.750     0.857               2/3  0.667                2/2\n"
        "all             5            1.000         0.750     0.857               2/3  0.667                2/2\n");
}

TEST_CASE("gold: the main theme of a tie between themes is the one whose first hit comes first") {
  // Groningen 48 has one hit of each theme: `flats` (second theme of the
  // codebook) before `Nederlanders` (first theme). With equal hits and codes
  // the main theme is the one the segment opens with, not the codebook's first.
  const std::string dir = draad::test::temp_dir();
  write_file(dir + "/codebook.yaml",
             "codebook: gelijk\nversion: 1\nthemes:\n"
             "  mensen:\n    codes:\n      nederlander:\n        terms: [nederlander]\n"
             "  wonen:\n    codes:\n      flat:\n        terms: [flat]\n");
  const std::string samples = read_file(draad::test::data_path("gold/samples.tsv"));
  const std::string key = "\nsessie-groningen\t48\t";
  const auto at = samples.find(key) + 1;
  const std::string row = samples.substr(at, samples.find('\n', at) - at);
  write_file(dir + "/samples.tsv", "doc\tseg\tspeaker\ttext\tcodes\n" + row.substr(0, row.rfind('\t')) +
                                       "\twonen/flat;mensen/nederlander\n");
  write_file(dir + "/corpus.tsv", "doc\tseg\tstart\tend\tcodes\n");
  auto r = shell("scripts/evaluate-gold -c " + dir + "/codebook.yaml --gold-dir " + dir + " | tail -2");
  REQUIRE(r.status == 0);
  CHECK(r.out ==
        "samples         1            1.000         1.000     1.000               1/1  1.000                1/1\n"
        "all             1            1.000         1.000     1.000               1/1  1.000                1/1\n");
}

TEST_CASE("gold: scripts/blind-gold gives a blind coder every code's definition and none of its patterns") {
  const std::string dir = draad::test::temp_dir();
  auto r = shell("scripts/blind-gold " + dir);
  REQUIRE(r.status == 0);
  const std::string definitions = read_file(dir + "/codebook-definitions.md");
  CHECK(definitions.find("| theme | code | label | definition | include | exclude | example |\n") != std::string::npos);
  CHECK(definitions.find("| spelregels | spelregels/omstanders | Omstanders | De rol van omstanders") != std::string::npos);
  // terms and globs of the default codebook's omstanders code
  CHECK(definitions.find("terms:") == std::string::npos);
  CHECK(definitions.find("omstandertraining") == std::string::npos);
  CHECK(definitions.find("bijspring") == std::string::npos);
  const std::string prompt = read_file(dir + "/GOLD-PROMPT.md");
  CHECK(prompt.find(dir + "/codebook-definitions.md") != std::string::npos);
  CHECK(prompt.find("Run no draad command but `draad segment`") != std::string::npos);
}
