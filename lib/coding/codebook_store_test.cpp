#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "base/error.h"
#include "base/input.h"
#include "coding/codebook.h"
#include "coding/codebook_store.h"
#include "support.h"

using namespace draad;
using draad::test::data_path;

namespace {

// Every file that loads, so that every key of the schema is kept and read
// back: the default codebook and the fixtures that use answers, questions,
// headings, method, where, word classes and nested codes.
const char* const kCodebooks[] = {"answers.yaml", "headings.yaml", "limits.yaml", "method.yaml",
                                  "mini.yaml",    "questions.yaml", "verbs.yaml", "word-class.yaml"};

}  // namespace

TEST_CASE("codebook store: every codebook reads back equal to the one parsed from YAML") {
  std::vector<std::string> paths = {default_codebook_path()};
  for (const char* name : kCodebooks) paths.push_back(data_path(std::string("codebook/") + name));
  for (const auto& path : paths) {
    CAPTURE(path);
    const CheckResult parsed = check(path);
    REQUIRE(parsed.ok());
    const auto kept = codebook_store::deserialise(codebook_store::serialise(parsed.codebook), parsed.codebook.path);
    REQUIRE(kept);
    CHECK(*kept == parsed.codebook);
  }
}

TEST_CASE("codebook store: the fixtures set the keys a round trip must keep") {
  // A key the fixtures leave at its default would round-trip however it is
  // written; these are the ones a test above would otherwise not see.
  const Codebook method = load(data_path("codebook/method.yaml"));
  CHECK(method.method.on);
  CHECK_FALSE(method.method.words.empty());
  const Codebook answers = load(data_path("codebook/answers.yaml"));
  CHECK(answers.answers.on);
  CHECK_FALSE(answers.answers.non_answers.empty());
  const Codebook samenleven = load(default_codebook_path());
  CHECK(samenleven.questions.on);
  CHECK(samenleven.headings.on);
  CHECK_FALSE(samenleven.threads.empty());
  const Codebook limits = load(data_path("codebook/limits.yaml"));
  CHECK(limits.long_segments.words > 0);
}

TEST_CASE("codebook store: bytes it did not make are refused, never half read") {
  const Codebook cb = load(data_path("codebook/mini.yaml"));
  const std::string bytes = codebook_store::serialise(cb);
  for (std::size_t size = 0; size < bytes.size(); ++size) {
    CAPTURE(size);
    CHECK_FALSE(codebook_store::deserialise(std::string_view(bytes).substr(0, size), "mini.yaml"));
  }
  CHECK_FALSE(codebook_store::deserialise(bytes + "x", "mini.yaml"));
  CHECK_FALSE(codebook_store::deserialise(std::string(200, '\xff'), "mini.yaml"));
}

TEST_CASE("codebook store: the same bytes under another path read back with that path") {
  const std::string dir = test::temp_dir();
  const std::string content = test::read_file(data_path("codebook/mini.yaml"));
  test::write_file(dir + "/first.yaml", content);
  test::write_file(dir + "/second.yaml", content);
  const Codebook first = load(dir + "/first.yaml");  // parsed and kept
  const Codebook second = load(dir + "/second.yaml");  // the same bytes: from the store
  CHECK(second.path == display_name(dir + "/second.yaml"));
  CHECK(second.codes.front().mark.file == second.path);
  CHECK(second.codes.front().mark.line == first.codes.front().mark.line);
  CHECK(second.hash == first.hash);

  // load() takes what the store holds for those bytes.
  test::write_file(dir + "/third.yaml", content + "\n# third\n");
  Codebook doctored = check(dir + "/third.yaml").codebook;
  doctored.description = "kept by an earlier run";
  codebook_store::keep(doctored, content + "\n# third\n");
  CHECK(load(dir + "/third.yaml").description == "kept by an earlier run");

  // An edited file is read anew, errors and all.
  test::write_file(dir + "/second.yaml", content + "\nbroken: [\n");
  CHECK_THROWS_AS(load(dir + "/second.yaml"), DataError);
}
