#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

// ctest runs each test case on its own by name (doctest_discover_tests). A
// name ctest mangles (it cuts names at ';') would match no test case, and an
// empty run passes in doctest: so a run that ran no test case fails here.
namespace {

int test_cases_started = 0;

struct CountTestCases : doctest::IReporter {
  explicit CountTestCases(const doctest::ContextOptions&) {}
  void report_query(const doctest::QueryData&) override {}
  void test_run_start() override {}
  void test_run_end(const doctest::TestRunStats&) override {}
  void test_case_start(const doctest::TestCaseData&) override { ++test_cases_started; }
  void test_case_reenter(const doctest::TestCaseData&) override {}
  void test_case_end(const doctest::CurrentTestCaseStats&) override {}
  void test_case_exception(const doctest::TestCaseException&) override {}
  void subcase_start(const doctest::SubcaseSignature&) override {}
  void subcase_end() override {}
  void log_assert(const doctest::AssertData&) override {}
  void log_message(const doctest::MessageData&) override {}
  void test_case_skipped(const doctest::TestCaseData&) override {}
};

REGISTER_LISTENER("count-test-cases", 1, CountTestCases);

}  // namespace

int main(int argc, char** argv) {
  // The draad runs of the tests keep their cache files (hunspell's answers,
  // the compound lexicon: lib/base/cache_file.h) in a directory of the
  // tests' own, not in the user's: test words
  // would fill it, and a user's cache would make the tests depend on it.
  const std::string cache = (std::filesystem::temp_directory_path() / "draad-tests-cache").string();
  ::setenv("XDG_CACHE_HOME", cache.c_str(), 1);
  doctest::Context context(argc, argv);
  const int result = context.run();
  if (context.shouldExit()) return result;
  if (test_cases_started == 0) {
    std::fputs("draad_tests: no test case matches the filters (a name with ';' is cut by ctest)\n", stderr);
    return 1;
  }
  return result;
}
