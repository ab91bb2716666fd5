#include <doctest/doctest.h>

#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include <hunspell/hunspell.hxx>

#include "dutch/dutch_dictionary.h"

using namespace draad;

namespace {

constexpr const char* kNouns[] = {"huis", "deur", "buurt", "feest", "school", "werk", "tuin",  "straat",
                                  "markt", "kerk", "geld", "water", "boek", "brief", "plein", "zorg"};

// Words no earlier run asked about, so that every thread asks hunspell:
// each noun with letters from the clock, which make no Dutch word.
std::vector<std::string> unheard_words(int thread) {
  const auto now = std::chrono::steady_clock::now().time_since_epoch().count();
  std::string salt;
  for (auto n = now; n > 0; n /= 5) salt += "qxzvw"[n % 5];
  std::vector<std::string> words;
  for (const char* noun : kNouns) words.push_back(noun + salt + "qx" + std::to_string(thread));
  return words;
}

}  // namespace

TEST_CASE("dutch dictionary: threads asking at once get the answers of one dictionary") {
  if (!dutch_dictionary::installed()) return;
  // Compounds (answers hunspell works out) and words it has to reject.
  std::vector<std::vector<std::string>> asked(4);
  for (int t = 0; t < 4; ++t) {
    for (const char* first : kNouns)
      for (const char* second : {"deur", "feest", "werk", "geld"}) asked[t].push_back(std::string(first) + second);
    for (auto& w : unheard_words(t)) asked[t].push_back(w);
  }
  std::vector<std::vector<int>> spelled(4);
  std::vector<std::vector<std::vector<std::string>>> stemmed(4);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      for (const auto& w : asked[t]) {
        spelled[t].push_back(dutch_dictionary::spell(w));
        stemmed[t].push_back(dutch_dictionary::stems(w));
      }
    });
  for (auto& t : threads) t.join();

  // Made after the module's own dictionaries (hunspell 1.7.1 makes one at a time).
  Hunspell one("/usr/share/hunspell/nl.aff", "/usr/share/hunspell/nl.dic");
  int words = 0, non_words = 0;
  for (int t = 0; t < 4; ++t)
    for (std::size_t i = 0; i < asked[t].size(); ++i) {
      CAPTURE(asked[t][i]);
      CHECK(spelled[t][i] == (one.spell(asked[t][i]) ? 1 : 0));
      CHECK(stemmed[t][i] == one.stem(asked[t][i]));
      (spelled[t][i] == 1 ? words : non_words) += 1;
    }
  CHECK(words >= 200);  // most compounds are words: the answers are not all alike
  CHECK(non_words >= 64);
  CHECK(dutch_dictionary::spell("buurtfeest") == 1);
  CHECK(dutch_dictionary::spell(asked[0].back()) == 0);
}

TEST_CASE("dutch dictionary: a word on which libhunspell reads before its buffer is answered (tests/asan.supp)") {
  if (!dutch_dictionary::installed()) return;
  // Under AddressSanitizer this fails unless tests/asan.supp is in
  // ASAN_OPTIONS: libhunspell's strncmp reads a byte before a buffer here.
  Hunspell one("/usr/share/hunspell/nl.aff", "/usr/share/hunspell/nl.dic");
  CHECK_FALSE(one.spell(std::string("buurkinderekindje")));
  CHECK(one.stem(std::string("buurkinderekindje")).empty());
  CHECK(dutch_dictionary::spell("buurkinderekindje") == 0);
  CHECK(dutch_dictionary::stems("buurkinderekindje").empty());
}
