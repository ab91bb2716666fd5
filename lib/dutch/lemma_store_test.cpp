#include <doctest/doctest.h>

#include <string>

#include "dutch/lemma.h"
#include "dutch/lemma_store.h"

using namespace draad;

TEST_CASE("lemma store: the Lemmas of a word come back whole from their bytes") {
  Lemmatiser l;
  // Verb forms, separable and strong verbs, nouns with a singular, adjectives, diaeresis, unknown words.
  for (const char* word : {"hielp", "meegedaan", "onderwerpen", "regel", "grote", "ideeen", "geinvesteerd", "werk",
                           "buurthuiswerker", "verschillende", "kinderen", "xyzzy", "eh", "m'n", "zorgen", "lijstje"}) {
    INFO(word);
    const Lemmas& lemmas = l.lookup(word);
    const auto bytes = lemma_store::encode(lemmas);
    REQUIRE(bytes);
    Lemmas back;
    REQUIRE(lemma_store::decode(word, *bytes, back));
    CHECK(back == lemmas);
  }
}

TEST_CASE("lemma store: the bytes of one word") {
  Lemmas l;
  l.norm = "hielp";
  l.lemmas = {"helpen", "hielp"};
  l.nominal = {"hielp"};
  l.verbs = {{"helpen", 2}};
  l.stem = "hielp";
  l.known = true;
  l.inflected_adjective = true;
  CHECK(lemma_store::encode(l) == std::optional<std::string>("9\thelpen hielp\thielp\t2:helpen\t\thielp"));
  l.lemmas.push_back("two words");  // a space would cut it in two: not kept
  CHECK_FALSE(lemma_store::encode(l));
}

TEST_CASE("lemma store: bytes it did not write are refused") {
  Lemmas out;
  out.norm = "unchanged";
  for (const char* bad : {"", "1", "1\ta\tb\tc\td", "1\ta\tb\tc\td\te\tf", "x\ta\tb\t\t\tstem", "1\ta\tb\t2helpen\t\tstem",
                          "1\ta\tb\t2:\t\tstem", "1\ta\tb\t300:helpen\t\tstem", "1\ta\tb\t-1:helpen\t\tstem"}) {
    INFO(bad);
    CHECK_FALSE(lemma_store::decode("w", bad, out));
  }
  CHECK(out.norm == "unchanged");
  REQUIRE(lemma_store::decode("w", "1\t\t\t\t\tw", out));
  CHECK(out.norm == "w");
  CHECK(out.lemmas.empty());
  CHECK(out.known);
}
