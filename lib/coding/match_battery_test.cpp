// The spoken-Dutch batteries (tests/data/spoken/battery*.tsv): sentences with
// verb forms, separable verbs, phrases and negation, each with the codes a
// reader expects (counted or negated) and the main lemma of its verb forms.
#include <doctest/doctest.h>

#include <fstream>
#include <string>
#include <vector>

#include "coding/codebook.h"
#include "coding/match.h"
#include "support.h"

using namespace draad;

namespace {

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t end; (end = s.find(sep, start)) != std::string::npos; start = end + 1) out.push_back(s.substr(start, end - start));
  out.push_back(s.substr(start));
  return out;
}

std::string lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

// Every sentence of the battery read with its codebook; the sentences not
// fully right, each with what differs.
void check_battery(const std::string& battery, const std::string& codebook) {
  const Codebook cb = load(test::data_path(codebook));
  const CompiledCodebook compiled(cb);
  Matcher matcher(compiled);
  std::ifstream in(test::data_path(battery));
  REQUIRE(in);
  std::string failures;
  int sentences = 0, right = 0;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    const std::vector<std::string> columns = split(line, '\t');
    REQUIRE_MESSAGE(columns.size() == 3, line);
    const std::string& text = columns[0];
    std::vector<CodeMatch> found;
    std::vector<HitNote> notes;
    std::vector<WordNote> words;
    matcher.explain(text, found, notes, words);
    std::string codes;
    for (const auto& m : found) {
      codes += (codes.empty() ? "" : " | ") + cb.codes[m.code].id + "=";
      for (std::size_t i = 0; i < m.counted.size(); ++i)
        codes += (i ? "," : "") + text.substr(m.counted[i].begin, m.counted[i].end - m.counted[i].begin);
      for (const auto& h : m.negated) codes += " !" + text.substr(h.begin, h.end - h.begin);
    }
    std::string wrong;
    if (codes != columns[1]) wrong += "\n    codes: " + codes + "\n    want:  " + columns[1];
    for (const auto& expected : split(columns[2], ' ')) {
      if (expected.empty()) continue;
      const std::size_t eq = expected.find('=');
      REQUIRE_MESSAGE(eq != std::string::npos, line);
      const std::string form = expected.substr(0, eq), lemma = expected.substr(eq + 1);
      bool seen = false;
      for (const auto& w : words)
        if (lower(text.substr(w.word.begin, w.word.end - w.word.begin)) == form) {
          seen = true;
          if (w.lemma != lemma) wrong += "\n    lemma of " + form + ": " + w.lemma + ", want " + lemma;
        }
      if (!seen) wrong += "\n    no word " + form;
    }
    ++sentences;
    if (wrong.empty()) ++right;
    else failures += "\n  " + text + wrong;
  }
  MESSAGE(battery, ": ", right, " of ", sentences, " sentences fully right");
  CHECK(failures == "");
}

}  // namespace

TEST_CASE("match: the spoken-Dutch battery") { check_battery("spoken/battery.tsv", "spoken/spoken.yaml"); }

// Written as a checker would probe, with verbs and phrases the first one never used.
TEST_CASE("match: the second spoken-Dutch battery") { check_battery("spoken/battery2.tsv", "spoken/spoken2.yaml"); }

// Written as an outside checker would probe: strong verbs in every tense,
// particles far from their verb, nouns and verbs of one form, phrases whose
// words inflect, and the fillers and contractions of speech.
TEST_CASE("match: the third spoken-Dutch battery") { check_battery("spoken/battery3.tsv", "spoken/spoken3.yaml"); }

// Written as an outside checker would probe, with verbs and phrases none of the
// first three used: a verb form that is also an ordinal, a simple verb whose
// particle makes another verb, and negation around coordinated clauses.
TEST_CASE("match: the fourth spoken-Dutch battery") { check_battery("spoken/battery4.tsv", "spoken/spoken4.yaml"); }

// Written as an outside checker would probe, with verbs and phrases none of
// the first four used: modal clusters, passives, questions, the negations of
// speech (geen enkele, niet eens, nooit meer) and verbs that take over.
TEST_CASE("match: the fifth spoken-Dutch battery") { check_battery("spoken/battery5.tsv", "spoken/spoken5.yaml"); }

// Written the same way, with verbs and phrases none of the first five used:
// inseparable prefixes, separable verbs as terms in every word order, phrases
// with a verb, noun or verb, and negations that are none (ik hoop van niet).
TEST_CASE("match: the sixth spoken-Dutch battery") { check_battery("spoken/battery6.tsv", "spoken/spoken6.yaml"); }

// Written the same way, as an outside examiner would probe: irregular verbs
// with inversion and imperatives, separable verbs with extraposition, phrases
// in every order, nouns and verbs of one form, negations that are none.
TEST_CASE("match: the seventh spoken-Dutch battery") { check_battery("spoken/battery7.tsv", "spoken/spoken7.yaml"); }

// Written the same way from transcribed speech: fillers, repetitions and
// self-corrections, contractions ('k, m'n, d'r, ie), tags, transcriber's marks,
// run-on sentences and short answers.
TEST_CASE("match: the eighth spoken-Dutch battery") { check_battery("spoken/battery8.tsv", "spoken/spoken8.yaml"); }

// Written the same way: verb clusters in both orders of a subordinate clause,
// questions, imperatives, passives, laten with an infinitive, and negations
// of every reach.
TEST_CASE("match: the ninth spoken-Dutch battery") { check_battery("spoken/battery9.tsv", "spoken/spoken9.yaml"); }

// Written the same way, with verbs and phrases none of the first nine used:
// strong verbs whose forms are nouns or adjectives too (brak, beet, graven,
// week), separable verbs whose particle is also a preposition, zich gedragen
// beside dragen, and negation words that negate nothing (of niet, van niks).
TEST_CASE("match: the tenth spoken-Dutch battery") { check_battery("spoken/battery10.tsv", "spoken/spoken10.yaml"); }

// Written the same way, on what a consultation codebook holds: nouns and
// compounds as heads or whole words, nouns that are also verb forms with
// `as: noun` or `as: verb`, diminutives and plurals, separable verbs and
// phrases, negation of nouns (geen overlast) and of subjects.
TEST_CASE("match: the eleventh spoken-Dutch battery") { check_battery("spoken/battery11.tsv", "spoken/spoken11.yaml"); }

// Written the same way, with verbs and phrases none of the first eleven used:
// every verb form, separable verbs in every order, negations that are none,
// nouns that are also verb forms (bomen, grenzen, rook) and phrases that split.
TEST_CASE("match: the twelfth spoken-Dutch battery") { check_battery("spoken/battery12.tsv", "spoken/spoken12.yaml"); }

// Written the same way, with verbs, nouns and phrases none of the first twelve
// used: questions, clauses and passives with negation inside and outside them.
TEST_CASE("match: the thirteenth spoken-Dutch battery") { check_battery("spoken/battery13.tsv", "spoken/spoken13.yaml"); }

// And with nouns as the heads of compounds whose plural changes the head
// (wijkraden, raadsleden), adverbs that are also nouns (pas), af en toe.
TEST_CASE("match: the fourteenth spoken-Dutch battery") { check_battery("spoken/battery14.tsv", "spoken/spoken14.yaml"); }

// And a fifteenth on verbs and negation above all: every form of strong,
// weak, separable, inseparable and reflexive verbs, negation at clause
// boundaries, and forms of a term that are another word.
TEST_CASE("match: the fifteenth spoken-Dutch battery") { check_battery("spoken/battery15.tsv", "spoken/spoken15.yaml"); }

// And a sixteenth, on verbs and nouns none of the first fifteen used: strong
// verbs with vowel changes, weak verbs with doubled and halved vowels,
// reflexive verbs, phrases that split, and negations at clause boundaries.
TEST_CASE("match: the sixteenth spoken-Dutch battery") { check_battery("spoken/battery16.tsv", "spoken/spoken16.yaml"); }

// And a seventeenth, on what transcripts are full of: everyday verbs that are
// also nouns, modal clusters and perfects, separable verbs in every order,
// compounds with the term as head or modifier, negations that do not reach.
TEST_CASE("match: the seventeenth spoken-Dutch battery") { check_battery("spoken/battery17.tsv", "spoken/spoken17.yaml"); }

// And an eighteenth, on care, money, school, faith and loneliness: strong
// and weak verbs with f/v and s/z stems, separable verbs with langs, bij,
// terug and over, inseparable ones, and idioms whose words stand apart.
TEST_CASE("match: the eighteenth spoken-Dutch battery") { check_battery("spoken/battery18.tsv", "spoken/spoken18.yaml"); }

// And a nineteenth, on traffic, markets, festivals, sport and crime: strong
// verbs with vowel changes, separable verbs with in, door, over and terug,
// verbs that are also nouns (optreden, preken), and idioms apart.
TEST_CASE("match: the nineteenth spoken-Dutch battery") { check_battery("spoken/battery19.tsv", "spoken/spoken19.yaml"); }

// And a twentieth, on moving house, care, money, garden, school and digital
// life: strong pasts with f/v and s/z (schoof, bliezen, hoosde), separable
// verbs whose particle is also a preposition, and idioms apart.
TEST_CASE("match: the twentieth spoken-Dutch battery") { check_battery("spoken/battery20.tsv", "spoken/spoken20.yaml"); }

// And a twenty-first, on renovation, energy, the farm, the GP, church, the
// market and pets: strong pasts (dong ... af, genazen, behingen), stems that
// are also nouns opening an imperative (Hoest, Tank), subjects with a
// prepositional phrase before their verb, and idioms apart.
TEST_CASE("match: the twenty-first spoken-Dutch battery") { check_battery("spoken/battery21.tsv", "spoken/spoken21.yaml"); }

// And a twenty-second, on sport, dogs, cooking, weather, the library, traffic,
// the post, cleaning, music and holidays: stems and infinitives that are also
// nouns taken as verbs only (de verf, de vliegen, m'n schaatsen), particles far
// from their verbs, and negations that stop at maar, want, anders and zonder.
TEST_CASE("match: the twenty-second spoken-Dutch battery") { check_battery("spoken/battery22.tsv", "spoken/spoken22.yaml"); }

// And a twenty-third, on neighbours' help, waste, the school run, shops, the
// mosque and the church, elderly care, noise and parties: clauses that open
// with a demonstrative and its noun, relative clauses and indirect questions
// with the separable verb joined, and clauses inverted after a fronted phrase.
TEST_CASE("match: the twenty-third spoken-Dutch battery") { check_battery("spoken/battery23.tsv", "spoken/spoken23.yaml"); }
TEST_CASE("match: the twenty-fourth spoken-Dutch battery") { check_battery("spoken/battery24.tsv", "spoken/spoken24.yaml"); }
TEST_CASE("match: the twenty-fifth spoken-Dutch battery") { check_battery("spoken/battery25.tsv", "spoken/spoken25.yaml"); }
TEST_CASE("match: the twenty-sixth spoken-Dutch battery") { check_battery("spoken/battery26.tsv", "spoken/spoken26.yaml"); }
TEST_CASE("match: the twenty-seventh spoken-Dutch battery") { check_battery("spoken/battery27.tsv", "spoken/spoken27.yaml"); }
TEST_CASE("match: the twenty-eighth spoken-Dutch battery") { check_battery("spoken/battery28.tsv", "spoken/spoken28.yaml"); }
TEST_CASE("match: the twenty-ninth spoken-Dutch battery") { check_battery("spoken/battery29.tsv", "spoken/spoken29.yaml"); }
TEST_CASE("match: the thirtieth spoken-Dutch battery") { check_battery("spoken/battery30.tsv", "spoken/spoken30.yaml"); }
TEST_CASE("match: the thirty-first spoken-Dutch battery") { check_battery("spoken/battery31.tsv", "spoken/spoken31.yaml"); }
TEST_CASE("match: the thirty-second spoken-Dutch battery") { check_battery("spoken/battery32.tsv", "spoken/spoken32.yaml"); }
TEST_CASE("match: the thirty-third spoken-Dutch battery") { check_battery("spoken/battery33.tsv", "spoken/spoken33.yaml"); }
TEST_CASE("match: the thirty-fourth spoken-Dutch battery") { check_battery("spoken/battery34.tsv", "spoken/spoken34.yaml"); }
TEST_CASE("match: the thirty-fifth spoken-Dutch battery") { check_battery("spoken/battery35.tsv", "spoken/spoken35.yaml"); }
TEST_CASE("match: the thirty-sixth spoken-Dutch battery") { check_battery("spoken/battery36.tsv", "spoken/spoken36.yaml"); }
TEST_CASE("match: the thirty-seventh spoken-Dutch battery") { check_battery("spoken/battery37.tsv", "spoken/spoken37.yaml"); }
TEST_CASE("match: the thirty-eighth spoken-Dutch battery") { check_battery("spoken/battery38.tsv", "spoken/spoken38.yaml"); }
TEST_CASE("match: the thirty-ninth spoken-Dutch battery") { check_battery("spoken/battery39.tsv", "spoken/spoken39.yaml"); }
TEST_CASE("match: the fortieth spoken-Dutch battery") { check_battery("spoken/battery40.tsv", "spoken/spoken40.yaml"); }
TEST_CASE("match: the forty-first spoken-Dutch battery") { check_battery("spoken/battery41.tsv", "spoken/spoken41.yaml"); }
TEST_CASE("match: the forty-second spoken-Dutch battery") { check_battery("spoken/battery42.tsv", "spoken/spoken42.yaml"); }
TEST_CASE("match: the forty-third spoken-Dutch battery") { check_battery("spoken/battery43.tsv", "spoken/spoken43.yaml"); }
TEST_CASE("match: the forty-fourth spoken-Dutch battery") { check_battery("spoken/battery44.tsv", "spoken/spoken44.yaml"); }
TEST_CASE("match: the forty-fifth spoken-Dutch battery") { check_battery("spoken/battery45.tsv", "spoken/spoken45.yaml"); }
TEST_CASE("match: the forty-sixth spoken-Dutch battery") { check_battery("spoken/battery46.tsv", "spoken/spoken46.yaml"); }
TEST_CASE("match: the forty-seventh spoken-Dutch battery") { check_battery("spoken/battery47.tsv", "spoken/spoken47.yaml"); }
TEST_CASE("match: the forty-eighth spoken-Dutch battery") { check_battery("spoken/battery48.tsv", "spoken/spoken48.yaml"); }
TEST_CASE("match: the forty-ninth spoken-Dutch battery") { check_battery("spoken/battery49.tsv", "spoken/spoken49.yaml"); }
TEST_CASE("match: the fiftieth spoken-Dutch battery") { check_battery("spoken/battery50.tsv", "spoken/spoken50.yaml"); }
TEST_CASE("match: the fifty-first spoken-Dutch battery") { check_battery("spoken/battery51.tsv", "spoken/spoken51.yaml"); }
TEST_CASE("match: the fifty-second spoken-Dutch battery") { check_battery("spoken/battery52.tsv", "spoken/spoken52.yaml"); }
TEST_CASE("match: the fifty-third spoken-Dutch battery") { check_battery("spoken/battery53.tsv", "spoken/spoken53.yaml"); }
TEST_CASE("match: the fifty-fourth spoken-Dutch battery") { check_battery("spoken/battery54.tsv", "spoken/spoken54.yaml"); }
TEST_CASE("match: the fifty-fifth spoken-Dutch battery") { check_battery("spoken/battery55.tsv", "spoken/spoken55.yaml"); }
TEST_CASE("match: the fifty-sixth spoken-Dutch battery") { check_battery("spoken/battery56.tsv", "spoken/spoken56.yaml"); }
TEST_CASE("match: the fifty-seventh spoken-Dutch battery") { check_battery("spoken/battery57.tsv", "spoken/spoken57.yaml"); }
TEST_CASE("match: the fifty-eighth spoken-Dutch battery") { check_battery("spoken/battery58.tsv", "spoken/spoken58.yaml"); }
TEST_CASE("match: the fifty-ninth spoken-Dutch battery") { check_battery("spoken/battery59.tsv", "spoken/spoken59.yaml"); }

// Written blind by a helper on 4 December (fifteenth session): a focus group
// about the street, with strong and separable verbs, idioms whose words
// stand apart, and prepositions that are no particles.
TEST_CASE("match: the sixtieth spoken-Dutch battery") { check_battery("spoken/battery60.tsv", "spoken/spoken60.yaml"); }

// Written blind by a helper on 4 December (sixteenth session): an
// inspraakavond about turning an empty school into a buurthuis, with verb
// clusters ending subordinate clauses and idioms that are also literal.
TEST_CASE("match: the sixty-first spoken-Dutch battery") { check_battery("spoken/battery61.tsv", "spoken/spoken61.yaml"); }

// Written blind by a helper on 4 December (sixteenth session): a youth
// focus group about a skatepark, with separable verbs in om ... te clauses
// and clusters, compounds with a linking s or en, and diminutives.
TEST_CASE("match: the sixty-second spoken-Dutch battery") { check_battery("spoken/battery62.tsv", "spoken/spoken62.yaml"); }

// Written blind by a helper on 4 December (sixteenth session): an older
// resident's interview about sixty years in her neighbourhood, with past
// perfects, zou-clusters and pronominal adverbs split from their verb.
TEST_CASE("match: the sixty-third spoken-Dutch battery") { check_battery("spoken/battery63.tsv", "spoken/spoken63.yaml"); }
TEST_CASE("match: the sixty-fourth spoken-Dutch battery") { check_battery("spoken/battery64.tsv", "spoken/spoken64.yaml"); }
TEST_CASE("match: the sixty-fifth spoken-Dutch battery") { check_battery("spoken/battery65.tsv", "spoken/spoken65.yaml"); }
TEST_CASE("match: the sixty-sixth spoken-Dutch battery") { check_battery("spoken/battery66.tsv", "spoken/spoken66.yaml"); }
TEST_CASE("match: the sixty-seventh spoken-Dutch battery") { check_battery("spoken/battery67.tsv", "spoken/spoken67.yaml"); }
TEST_CASE("match: the sixty-eighth spoken-Dutch battery") { check_battery("spoken/battery68.tsv", "spoken/spoken68.yaml"); }
TEST_CASE("match: the sixty-ninth spoken-Dutch battery") { check_battery("spoken/battery69.tsv", "spoken/spoken69.yaml"); }
TEST_CASE("match: the seventieth spoken-Dutch battery") { check_battery("spoken/battery70.tsv", "spoken/spoken70.yaml"); }
TEST_CASE("match: the seventy-first spoken-Dutch battery") { check_battery("spoken/battery71.tsv", "spoken/spoken71.yaml"); }
TEST_CASE("match: the seventy-second spoken-Dutch battery") { check_battery("spoken/battery72.tsv", "spoken/spoken72.yaml"); }
TEST_CASE("match: the seventy-third spoken-Dutch battery") { check_battery("spoken/battery73.tsv", "spoken/spoken73.yaml"); }
TEST_CASE("match: the seventy-fourth spoken-Dutch battery") { check_battery("spoken/battery74.tsv", "spoken/spoken74.yaml"); }
TEST_CASE("match: the seventy-fifth spoken-Dutch battery") { check_battery("spoken/battery75.tsv", "spoken/spoken75.yaml"); }
TEST_CASE("match: the seventy-sixth spoken-Dutch battery") { check_battery("spoken/battery76.tsv", "spoken/spoken76.yaml"); }
TEST_CASE("match: the seventy-seventh spoken-Dutch battery") { check_battery("spoken/battery77.tsv", "spoken/spoken77.yaml"); }
TEST_CASE("match: the seventy-eighth spoken-Dutch battery") { check_battery("spoken/battery78.tsv", "spoken/spoken78.yaml"); }
TEST_CASE("match: the seventy-ninth spoken-Dutch battery") { check_battery("spoken/battery79.tsv", "spoken/spoken79.yaml"); }
TEST_CASE("match: the eightieth spoken-Dutch battery") { check_battery("spoken/battery80.tsv", "spoken/spoken80.yaml"); }
TEST_CASE("match: the eighty-first spoken-Dutch battery") { check_battery("spoken/battery81.tsv", "spoken/spoken81.yaml"); }
TEST_CASE("match: the eighty-second spoken-Dutch battery") { check_battery("spoken/battery82.tsv", "spoken/spoken82.yaml"); }
TEST_CASE("match: the eighty-third spoken-Dutch battery") { check_battery("spoken/battery83.tsv", "spoken/spoken83.yaml"); }
TEST_CASE("match: the eighty-fourth spoken-Dutch battery") { check_battery("spoken/battery84.tsv", "spoken/spoken84.yaml"); }
TEST_CASE("match: the eighty-fifth spoken-Dutch battery") { check_battery("spoken/battery85.tsv", "spoken/spoken85.yaml"); }
TEST_CASE("match: the eighty-sixth spoken-Dutch battery") { check_battery("spoken/battery86.tsv", "spoken/spoken86.yaml"); }
TEST_CASE("match: the eighty-seventh spoken-Dutch battery") { check_battery("spoken/battery87.tsv", "spoken/spoken87.yaml"); }
TEST_CASE("match: the eighty-eighth spoken-Dutch battery") { check_battery("spoken/battery88.tsv", "spoken/spoken88.yaml"); }
TEST_CASE("match: the ninetieth spoken-Dutch battery") { check_battery("spoken/battery90.tsv", "spoken/spoken90.yaml"); }
TEST_CASE("match: the ninety-first spoken-Dutch battery") { check_battery("spoken/battery91.tsv", "spoken/spoken91.yaml"); }
TEST_CASE("match: the eighty-ninth spoken-Dutch battery") { check_battery("spoken/battery89.tsv", "spoken/spoken89.yaml"); }
TEST_CASE("match: the ninety-second spoken-Dutch battery") { check_battery("spoken/battery92.tsv", "spoken/spoken92.yaml"); }
TEST_CASE("match: the ninety-third spoken-Dutch battery") { check_battery("spoken/battery93.tsv", "spoken/spoken93.yaml"); }
TEST_CASE("match: the ninety-fourth spoken-Dutch battery") { check_battery("spoken/battery94.tsv", "spoken/spoken94.yaml"); }
TEST_CASE("match: the ninety-fifth spoken-Dutch battery") { check_battery("spoken/battery95.tsv", "spoken/spoken95.yaml"); }
TEST_CASE("match: the ninety-sixth spoken-Dutch battery") { check_battery("spoken/battery96.tsv", "spoken/spoken96.yaml"); }
TEST_CASE("match: the ninety-seventh spoken-Dutch battery") { check_battery("spoken/battery97.tsv", "spoken/spoken97.yaml"); }
TEST_CASE("match: the ninety-eighth spoken-Dutch battery") { check_battery("spoken/battery98.tsv", "spoken/spoken98.yaml"); }
TEST_CASE("match: the ninety-ninth spoken-Dutch battery") { check_battery("spoken/battery99.tsv", "spoken/spoken99.yaml"); }
TEST_CASE("match: the hundredth spoken-Dutch battery") { check_battery("spoken/battery100.tsv", "spoken/spoken100.yaml"); }
TEST_CASE("match: the hundred-and-first spoken-Dutch battery") { check_battery("spoken/battery101.tsv", "spoken/spoken101.yaml"); }
TEST_CASE("match: the hundred-and-second spoken-Dutch battery") { check_battery("spoken/battery102.tsv", "spoken/spoken102.yaml"); }
TEST_CASE("match: the hundred-and-third spoken-Dutch battery") { check_battery("spoken/battery103.tsv", "spoken/spoken103.yaml"); }
TEST_CASE("match: the hundred-and-fourth spoken-Dutch battery") { check_battery("spoken/battery104.tsv", "spoken/spoken104.yaml"); }
TEST_CASE("match: the hundred-and-fifth spoken-Dutch battery") { check_battery("spoken/battery105.tsv", "spoken/spoken105.yaml"); }
TEST_CASE("match: the hundred-and-sixth spoken-Dutch battery") { check_battery("spoken/battery106.tsv", "spoken/spoken106.yaml"); }
TEST_CASE("match: the hundred-and-seventh spoken-Dutch battery") { check_battery("spoken/battery107.tsv", "spoken/spoken107.yaml"); }
TEST_CASE("match: the hundred-and-eighth spoken-Dutch battery") { check_battery("spoken/battery108.tsv", "spoken/spoken108.yaml"); }
TEST_CASE("match: the hundred-and-ninth spoken-Dutch battery") { check_battery("spoken/battery109.tsv", "spoken/spoken109.yaml"); }
TEST_CASE("match: the hundred-and-tenth spoken-Dutch battery") { check_battery("spoken/battery110.tsv", "spoken/spoken110.yaml"); }
TEST_CASE("match: the hundred-and-eleventh spoken-Dutch battery") { check_battery("spoken/battery111.tsv", "spoken/spoken111.yaml"); }
TEST_CASE("match: the hundred-and-twelfth spoken-Dutch battery") { check_battery("spoken/battery112.tsv", "spoken/spoken112.yaml"); }
TEST_CASE("match: the hundred-and-thirteenth spoken-Dutch battery") { check_battery("spoken/battery113.tsv", "spoken/spoken113.yaml"); }
TEST_CASE("match: the hundred-and-fourteenth spoken-Dutch battery") { check_battery("spoken/battery114.tsv", "spoken/spoken114.yaml"); }
TEST_CASE("match: the hundred-and-fifteenth spoken-Dutch battery") { check_battery("spoken/battery115.tsv", "spoken/spoken115.yaml"); }
TEST_CASE("match: the hundred-and-sixteenth spoken-Dutch battery") { check_battery("spoken/battery116.tsv", "spoken/spoken116.yaml"); }
TEST_CASE("match: the hundred-and-seventeenth spoken-Dutch battery") { check_battery("spoken/battery117.tsv", "spoken/spoken117.yaml"); }
TEST_CASE("match: the hundred-and-eighteenth spoken-Dutch battery") { check_battery("spoken/battery118.tsv", "spoken/spoken118.yaml"); }
TEST_CASE("match: the hundred-and-nineteenth spoken-Dutch battery") { check_battery("spoken/battery119.tsv", "spoken/spoken119.yaml"); }
TEST_CASE("match: the hundred-and-twentieth spoken-Dutch battery") { check_battery("spoken/battery120.tsv", "spoken/spoken120.yaml"); }
TEST_CASE("match: the hundred-and-twenty-first spoken-Dutch battery") { check_battery("spoken/battery121.tsv", "spoken/spoken121.yaml"); }
TEST_CASE("match: the hundred-and-twenty-second spoken-Dutch battery") { check_battery("spoken/battery122.tsv", "spoken/spoken122.yaml"); }
TEST_CASE("match: the hundred-and-twenty-third spoken-Dutch battery") { check_battery("spoken/battery123.tsv", "spoken/spoken123.yaml"); }
TEST_CASE("match: the hundred-and-twenty-fourth spoken-Dutch battery") { check_battery("spoken/battery124.tsv", "spoken/spoken124.yaml"); }
TEST_CASE("match: the hundred-and-twenty-fifth spoken-Dutch battery") { check_battery("spoken/battery125.tsv", "spoken/spoken125.yaml"); }
TEST_CASE("match: the hundred-and-twenty-sixth spoken-Dutch battery") { check_battery("spoken/battery126.tsv", "spoken/spoken126.yaml"); }
TEST_CASE("match: the hundred-and-twenty-seventh spoken-Dutch battery") { check_battery("spoken/battery127.tsv", "spoken/spoken127.yaml"); }
TEST_CASE("match: the hundred-and-twenty-eighth spoken-Dutch battery") { check_battery("spoken/battery128.tsv", "spoken/spoken128.yaml"); }
TEST_CASE("match: the hundred-and-twenty-ninth spoken-Dutch battery") { check_battery("spoken/battery129.tsv", "spoken/spoken129.yaml"); }
TEST_CASE("match: the hundred-and-thirtieth spoken-Dutch battery") { check_battery("spoken/battery130.tsv", "spoken/spoken130.yaml"); }
TEST_CASE("match: the hundred-and-thirty-first spoken-Dutch battery") { check_battery("spoken/battery131.tsv", "spoken/spoken131.yaml"); }
TEST_CASE("match: the hundred-and-thirty-second spoken-Dutch battery") { check_battery("spoken/battery132.tsv", "spoken/spoken132.yaml"); }
TEST_CASE("match: the hundred-and-thirty-third spoken-Dutch battery") { check_battery("spoken/battery133.tsv", "spoken/spoken133.yaml"); }
TEST_CASE("match: the hundred-and-thirty-fourth spoken-Dutch battery") { check_battery("spoken/battery134.tsv", "spoken/spoken134.yaml"); }
TEST_CASE("match: the hundred-and-thirty-fifth spoken-Dutch battery") { check_battery("spoken/battery135.tsv", "spoken/spoken135.yaml"); }
TEST_CASE("match: the hundred-and-thirty-sixth spoken-Dutch battery") { check_battery("spoken/battery136.tsv", "spoken/spoken136.yaml"); }
TEST_CASE("match: the hundred-and-thirty-seventh spoken-Dutch battery") { check_battery("spoken/battery137.tsv", "spoken/spoken137.yaml"); }
TEST_CASE("match: the hundred-and-thirty-eighth spoken-Dutch battery") { check_battery("spoken/battery138.tsv", "spoken/spoken138.yaml"); }
TEST_CASE("match: the hundred-and-thirty-ninth spoken-Dutch battery") { check_battery("spoken/battery139.tsv", "spoken/spoken139.yaml"); }
TEST_CASE("match: the hundred-and-fortieth spoken-Dutch battery") { check_battery("spoken/battery140.tsv", "spoken/spoken140.yaml"); }
TEST_CASE("match: the hundred-and-forty-first spoken-Dutch battery") { check_battery("spoken/battery141.tsv", "spoken/spoken141.yaml"); }
TEST_CASE("match: the hundred-and-forty-second spoken-Dutch battery") { check_battery("spoken/battery142.tsv", "spoken/spoken142.yaml"); }
TEST_CASE("match: the hundred-and-forty-third spoken-Dutch battery") { check_battery("spoken/battery143.tsv", "spoken/spoken143.yaml"); }
TEST_CASE("match: the hundred-and-forty-fourth spoken-Dutch battery") { check_battery("spoken/battery144.tsv", "spoken/spoken144.yaml"); }
TEST_CASE("match: the hundred-and-forty-fifth spoken-Dutch battery") { check_battery("spoken/battery145.tsv", "spoken/spoken145.yaml"); }
TEST_CASE("match: the hundred-and-forty-sixth spoken-Dutch battery") { check_battery("spoken/battery146.tsv", "spoken/spoken146.yaml"); }
TEST_CASE("match: the hundred-and-forty-seventh spoken-Dutch battery") { check_battery("spoken/battery147.tsv", "spoken/spoken147.yaml"); }
TEST_CASE("match: the hundred-and-forty-eighth spoken-Dutch battery") { check_battery("spoken/battery148.tsv", "spoken/spoken148.yaml"); }
TEST_CASE("match: the hundred-and-forty-ninth spoken-Dutch battery") { check_battery("spoken/battery149.tsv", "spoken/spoken149.yaml"); }
TEST_CASE("match: the hundred-and-fiftieth spoken-Dutch battery") { check_battery("spoken/battery150.tsv", "spoken/spoken150.yaml"); }
TEST_CASE("match: the hundred-and-fifty-first spoken-Dutch battery") { check_battery("spoken/battery151.tsv", "spoken/spoken151.yaml"); }
TEST_CASE("match: the hundred-and-fifty-second spoken-Dutch battery") { check_battery("spoken/battery152.tsv", "spoken/spoken152.yaml"); }
TEST_CASE("match: the hundred-and-fifty-third spoken-Dutch battery") { check_battery("spoken/battery153.tsv", "spoken/spoken153.yaml"); }
TEST_CASE("match: the hundred-and-fifty-fourth spoken-Dutch battery") { check_battery("spoken/battery154.tsv", "spoken/spoken154.yaml"); }
TEST_CASE("match: the hundred-and-fifty-fifth spoken-Dutch battery") { check_battery("spoken/battery155.tsv", "spoken/spoken155.yaml"); }
TEST_CASE("match: the hundred-and-fifty-sixth spoken-Dutch battery") { check_battery("spoken/battery156.tsv", "spoken/spoken156.yaml"); }
TEST_CASE("match: the hundred-and-fifty-seventh spoken-Dutch battery") { check_battery("spoken/battery157.tsv", "spoken/spoken157.yaml"); }
TEST_CASE("match: the hundred-and-fifty-eighth spoken-Dutch battery") { check_battery("spoken/battery158.tsv", "spoken/spoken158.yaml"); }
TEST_CASE("match: the hundred-and-fifty-ninth spoken-Dutch battery") { check_battery("spoken/battery159.tsv", "spoken/spoken159.yaml"); }
TEST_CASE("match: the hundred-and-sixtieth spoken-Dutch battery") { check_battery("spoken/battery160.tsv", "spoken/spoken160.yaml"); }
TEST_CASE("match: the hundred-and-sixty-first spoken-Dutch battery") { check_battery("spoken/battery161.tsv", "spoken/spoken161.yaml"); }
TEST_CASE("match: the hundred-and-sixty-second spoken-Dutch battery") { check_battery("spoken/battery162.tsv", "spoken/spoken162.yaml"); }
TEST_CASE("match: the hundred-and-sixty-third spoken-Dutch battery") { check_battery("spoken/battery163.tsv", "spoken/spoken163.yaml"); }
TEST_CASE("match: the hundred-and-sixty-fourth spoken-Dutch battery") { check_battery("spoken/battery164.tsv", "spoken/spoken164.yaml"); }
TEST_CASE("match: the hundred-and-sixty-fifth spoken-Dutch battery") { check_battery("spoken/battery165.tsv", "spoken/spoken165.yaml"); }
TEST_CASE("match: the hundred-and-sixty-sixth spoken-Dutch battery") { check_battery("spoken/battery166.tsv", "spoken/spoken166.yaml"); }
TEST_CASE("match: the hundred-and-sixty-seventh spoken-Dutch battery") { check_battery("spoken/battery167.tsv", "spoken/spoken167.yaml"); }
TEST_CASE("match: the hundred-and-sixty-eighth spoken-Dutch battery") { check_battery("spoken/battery168.tsv", "spoken/spoken168.yaml"); }
TEST_CASE("match: the hundred-and-sixty-ninth spoken-Dutch battery") { check_battery("spoken/battery169.tsv", "spoken/spoken169.yaml"); }
TEST_CASE("match: the hundred-and-seventieth spoken-Dutch battery") { check_battery("spoken/battery170.tsv", "spoken/spoken170.yaml"); }
TEST_CASE("match: the hundred-and-seventy-first spoken-Dutch battery") { check_battery("spoken/battery171.tsv", "spoken/spoken171.yaml"); }
TEST_CASE("match: the hundred-and-seventy-second spoken-Dutch battery") { check_battery("spoken/battery172.tsv", "spoken/spoken172.yaml"); }
TEST_CASE("match: the hundred-and-seventy-third spoken-Dutch battery") { check_battery("spoken/battery173.tsv", "spoken/spoken173.yaml"); }
TEST_CASE("match: the hundred-and-seventy-fourth spoken-Dutch battery") { check_battery("spoken/battery174.tsv", "spoken/spoken174.yaml"); }
TEST_CASE("match: the hundred-and-seventy-fifth spoken-Dutch battery") { check_battery("spoken/battery175.tsv", "spoken/spoken175.yaml"); }
TEST_CASE("match: the hundred-and-seventy-sixth spoken-Dutch battery") { check_battery("spoken/battery176.tsv", "spoken/spoken176.yaml"); }
TEST_CASE("match: the hundred-and-seventy-seventh spoken-Dutch battery") { check_battery("spoken/battery177.tsv", "spoken/spoken177.yaml"); }
TEST_CASE("match: the hundred-and-seventy-eighth spoken-Dutch battery") { check_battery("spoken/battery178.tsv", "spoken/spoken178.yaml"); }
TEST_CASE("match: the hundred-and-seventy-ninth spoken-Dutch battery") { check_battery("spoken/battery179.tsv", "spoken/spoken179.yaml"); }
TEST_CASE("match: the hundred-and-eightieth spoken-Dutch battery") { check_battery("spoken/battery180.tsv", "spoken/spoken180.yaml"); }
TEST_CASE("match: the hundred-and-eighty-first spoken-Dutch battery") { check_battery("spoken/battery181.tsv", "spoken/spoken181.yaml"); }
TEST_CASE("match: the hundred-and-eighty-second spoken-Dutch battery") { check_battery("spoken/battery182.tsv", "spoken/spoken182.yaml"); }
TEST_CASE("match: the hundred-and-eighty-third spoken-Dutch battery") { check_battery("spoken/battery183.tsv", "spoken/spoken183.yaml"); }
TEST_CASE("match: the hundred-and-eighty-fourth spoken-Dutch battery") { check_battery("spoken/battery184.tsv", "spoken/spoken184.yaml"); }
TEST_CASE("match: the hundred-and-eighty-fifth spoken-Dutch battery") { check_battery("spoken/battery185.tsv", "spoken/spoken185.yaml"); }
TEST_CASE("match: the hundred-and-eighty-sixth spoken-Dutch battery") { check_battery("spoken/battery186.tsv", "spoken/spoken186.yaml"); }
TEST_CASE("match: the hundred-and-eighty-seventh spoken-Dutch battery") { check_battery("spoken/battery187.tsv", "spoken/spoken187.yaml"); }
TEST_CASE("match: the hundred-and-eighty-eighth spoken-Dutch battery") { check_battery("spoken/battery188.tsv", "spoken/spoken188.yaml"); }
TEST_CASE("match: the hundred-and-eighty-ninth spoken-Dutch battery") { check_battery("spoken/battery189.tsv", "spoken/spoken189.yaml"); }
TEST_CASE("match: the hundred-and-ninetieth spoken-Dutch battery") { check_battery("spoken/battery190.tsv", "spoken/spoken190.yaml"); }
TEST_CASE("match: the hundred-and-ninety-first spoken-Dutch battery") { check_battery("spoken/battery191.tsv", "spoken/spoken191.yaml"); }
TEST_CASE("match: the hundred-and-ninety-second spoken-Dutch battery") { check_battery("spoken/battery192.tsv", "spoken/spoken192.yaml"); }
TEST_CASE("match: the hundred-and-ninety-third spoken-Dutch battery") { check_battery("spoken/battery193.tsv", "spoken/spoken193.yaml"); }
TEST_CASE("match: the hundred-and-ninety-fourth spoken-Dutch battery") { check_battery("spoken/battery194.tsv", "spoken/spoken194.yaml"); }
TEST_CASE("match: the hundred-and-ninety-fifth spoken-Dutch battery") { check_battery("spoken/battery195.tsv", "spoken/spoken195.yaml"); }
TEST_CASE("match: the hundred-and-ninety-sixth spoken-Dutch battery") { check_battery("spoken/battery196.tsv", "spoken/spoken196.yaml"); }
TEST_CASE("match: the hundred-and-ninety-seventh spoken-Dutch battery") { check_battery("spoken/battery197.tsv", "spoken/spoken197.yaml"); }
TEST_CASE("match: the hundred-and-ninety-eighth spoken-Dutch battery") { check_battery("spoken/battery198.tsv", "spoken/spoken198.yaml"); }
TEST_CASE("match: the hundred-and-ninety-ninth spoken-Dutch battery") { check_battery("spoken/battery199.tsv", "spoken/spoken199.yaml"); }
TEST_CASE("match: the two-hundredth spoken-Dutch battery") { check_battery("spoken/battery200.tsv", "spoken/spoken200.yaml"); }
TEST_CASE("match: the two-hundred-and-first spoken-Dutch battery") { check_battery("spoken/battery201.tsv", "spoken/spoken201.yaml"); }
TEST_CASE("match: the two-hundred-and-second spoken-Dutch battery") { check_battery("spoken/battery202.tsv", "spoken/spoken202.yaml"); }
TEST_CASE("match: the two-hundred-and-third spoken-Dutch battery") { check_battery("spoken/battery203.tsv", "spoken/spoken203.yaml"); }
TEST_CASE("match: the two-hundred-and-fourth spoken-Dutch battery") { check_battery("spoken/battery204.tsv", "spoken/spoken204.yaml"); }
TEST_CASE("match: the two-hundred-and-fifth spoken-Dutch battery") { check_battery("spoken/battery205.tsv", "spoken/spoken205.yaml"); }
TEST_CASE("match: the two-hundred-and-sixth spoken-Dutch battery") { check_battery("spoken/battery206.tsv", "spoken/spoken206.yaml"); }
TEST_CASE("match: the two-hundred-and-seventh spoken-Dutch battery") { check_battery("spoken/battery207.tsv", "spoken/spoken207.yaml"); }
TEST_CASE("match: the two-hundred-and-eighth spoken-Dutch battery") { check_battery("spoken/battery208.tsv", "spoken/spoken208.yaml"); }
TEST_CASE("match: the two-hundred-and-ninth spoken-Dutch battery") { check_battery("spoken/battery209.tsv", "spoken/spoken209.yaml"); }
TEST_CASE("match: the two-hundred-and-tenth spoken-Dutch battery") { check_battery("spoken/battery210.tsv", "spoken/spoken210.yaml"); }
TEST_CASE("match: the two-hundred-and-eleventh spoken-Dutch battery") { check_battery("spoken/battery211.tsv", "spoken/spoken211.yaml"); }
TEST_CASE("match: the two-hundred-and-twelfth spoken-Dutch battery") { check_battery("spoken/battery212.tsv", "spoken/spoken212.yaml"); }
TEST_CASE("match: the two-hundred-and-thirteenth spoken-Dutch battery") { check_battery("spoken/battery213.tsv", "spoken/spoken213.yaml"); }
TEST_CASE("match: the two-hundred-and-fourteenth spoken-Dutch battery") { check_battery("spoken/battery214.tsv", "spoken/spoken214.yaml"); }
TEST_CASE("match: the two-hundred-and-fifteenth spoken-Dutch battery") { check_battery("spoken/battery215.tsv", "spoken/spoken215.yaml"); }
TEST_CASE("match: the two-hundred-and-sixteenth spoken-Dutch battery") { check_battery("spoken/battery216.tsv", "spoken/spoken216.yaml"); }
TEST_CASE("match: the two-hundred-and-seventeenth spoken-Dutch battery") { check_battery("spoken/battery217.tsv", "spoken/spoken217.yaml"); }
TEST_CASE("match: the two-hundred-and-eighteenth spoken-Dutch battery") { check_battery("spoken/battery218.tsv", "spoken/spoken218.yaml"); }
TEST_CASE("match: the two-hundred-and-nineteenth spoken-Dutch battery") { check_battery("spoken/battery219.tsv", "spoken/spoken219.yaml"); }
TEST_CASE("match: the two-hundred-and-twentieth spoken-Dutch battery") { check_battery("spoken/battery220.tsv", "spoken/spoken220.yaml"); }
TEST_CASE("match: the two-hundred-and-twenty-first spoken-Dutch battery") { check_battery("spoken/battery221.tsv", "spoken/spoken221.yaml"); }
TEST_CASE("match: the two-hundred-and-twenty-second spoken-Dutch battery") { check_battery("spoken/battery222.tsv", "spoken/spoken222.yaml"); }
TEST_CASE("match: the two-hundred-and-twenty-third spoken-Dutch battery") { check_battery("spoken/battery223.tsv", "spoken/spoken223.yaml"); }
TEST_CASE("match: the two-hundred-and-twenty-fourth spoken-Dutch battery") { check_battery("spoken/battery224.tsv", "spoken/spoken224.yaml"); }
TEST_CASE("match: the two-hundred-and-twenty-fifth spoken-Dutch battery") { check_battery("spoken/battery225.tsv", "spoken/spoken225.yaml"); }
TEST_CASE("match: the two-hundred-and-twenty-sixth spoken-Dutch battery") { check_battery("spoken/battery226.tsv", "spoken/spoken226.yaml"); }
TEST_CASE("match: the two-hundred-and-twenty-seventh spoken-Dutch battery") { check_battery("spoken/battery227.tsv", "spoken/spoken227.yaml"); }
TEST_CASE("match: the two-hundred-and-twenty-eighth spoken-Dutch battery") { check_battery("spoken/battery228.tsv", "spoken/spoken228.yaml"); }
TEST_CASE("match: the two-hundred-and-twenty-ninth spoken-Dutch battery") { check_battery("spoken/battery229.tsv", "spoken/spoken229.yaml"); }
TEST_CASE("match: the two-hundred-and-thirtieth spoken-Dutch battery") { check_battery("spoken/battery230.tsv", "spoken/spoken230.yaml"); }
TEST_CASE("match: the two-hundred-and-thirty-first spoken-Dutch battery") { check_battery("spoken/battery231.tsv", "spoken/spoken231.yaml"); }
TEST_CASE("match: the two-hundred-and-thirty-second spoken-Dutch battery") { check_battery("spoken/battery232.tsv", "spoken/spoken232.yaml"); }
TEST_CASE("match: the two-hundred-and-thirty-third spoken-Dutch battery") { check_battery("spoken/battery233.tsv", "spoken/spoken233.yaml"); }
TEST_CASE("match: the two-hundred-and-thirty-fourth spoken-Dutch battery") { check_battery("spoken/battery234.tsv", "spoken/spoken234.yaml"); }
TEST_CASE("match: the two-hundred-and-thirty-fifth spoken-Dutch battery") { check_battery("spoken/battery235.tsv", "spoken/spoken235.yaml"); }
TEST_CASE("match: the two-hundred-and-thirty-sixth spoken-Dutch battery") { check_battery("spoken/battery236.tsv", "spoken/spoken236.yaml"); }
TEST_CASE("match: the two-hundred-and-thirty-seventh spoken-Dutch battery") { check_battery("spoken/battery237.tsv", "spoken/spoken237.yaml"); }
TEST_CASE("match: the two-hundred-and-thirty-eighth spoken-Dutch battery") { check_battery("spoken/battery238.tsv", "spoken/spoken238.yaml"); }
TEST_CASE("match: the two-hundred-and-thirty-ninth spoken-Dutch battery") { check_battery("spoken/battery239.tsv", "spoken/spoken239.yaml"); }
TEST_CASE("match: the two-hundred-and-fortieth spoken-Dutch battery") { check_battery("spoken/battery240.tsv", "spoken/spoken240.yaml"); }
TEST_CASE("match: the two-hundred-and-forty-first spoken-Dutch battery") { check_battery("spoken/battery241.tsv", "spoken/spoken241.yaml"); }
TEST_CASE("match: the two-hundred-and-forty-second spoken-Dutch battery") { check_battery("spoken/battery242.tsv", "spoken/spoken242.yaml"); }
TEST_CASE("match: the two-hundred-and-forty-third spoken-Dutch battery") { check_battery("spoken/battery243.tsv", "spoken/spoken243.yaml"); }
TEST_CASE("match: the two-hundred-and-forty-fourth spoken-Dutch battery") { check_battery("spoken/battery244.tsv", "spoken/spoken244.yaml"); }
TEST_CASE("match: the two-hundred-and-forty-fifth spoken-Dutch battery") { check_battery("spoken/battery245.tsv", "spoken/spoken245.yaml"); }
TEST_CASE("match: the two-hundred-and-forty-sixth spoken-Dutch battery") { check_battery("spoken/battery246.tsv", "spoken/spoken246.yaml"); }
TEST_CASE("match: the two-hundred-and-forty-seventh spoken-Dutch battery") { check_battery("spoken/battery247.tsv", "spoken/spoken247.yaml"); }
TEST_CASE("match: the two-hundred-and-forty-eighth spoken-Dutch battery") { check_battery("spoken/battery248.tsv", "spoken/spoken248.yaml"); }
TEST_CASE("match: the two-hundred-and-forty-ninth spoken-Dutch battery") { check_battery("spoken/battery249.tsv", "spoken/spoken249.yaml"); }
TEST_CASE("match: the two-hundred-and-fiftieth spoken-Dutch battery") { check_battery("spoken/battery250.tsv", "spoken/spoken250.yaml"); }
TEST_CASE("match: the two-hundred-and-fifty-first spoken-Dutch battery") { check_battery("spoken/battery251.tsv", "spoken/spoken251.yaml"); }
TEST_CASE("match: the two-hundred-and-fifty-second spoken-Dutch battery") { check_battery("spoken/battery252.tsv", "spoken/spoken252.yaml"); }
TEST_CASE("match: the two-hundred-and-fifty-third spoken-Dutch battery") { check_battery("spoken/battery253.tsv", "spoken/spoken253.yaml"); }
TEST_CASE("match: the two-hundred-and-fifty-fourth spoken-Dutch battery") { check_battery("spoken/battery254.tsv", "spoken/spoken254.yaml"); }
TEST_CASE("match: the two-hundred-and-fifty-fifth spoken-Dutch battery") { check_battery("spoken/battery255.tsv", "spoken/spoken255.yaml"); }
TEST_CASE("match: the two-hundred-and-fifty-sixth spoken-Dutch battery") { check_battery("spoken/battery256.tsv", "spoken/spoken256.yaml"); }
TEST_CASE("match: the two-hundred-and-fifty-seventh spoken-Dutch battery") { check_battery("spoken/battery257.tsv", "spoken/spoken257.yaml"); }
TEST_CASE("match: the two-hundred-and-fifty-eighth spoken-Dutch battery") { check_battery("spoken/battery258.tsv", "spoken/spoken258.yaml"); }
TEST_CASE("match: the two-hundred-and-sixty-first spoken-Dutch battery") { check_battery("spoken/battery261.tsv", "spoken/spoken261.yaml"); }
TEST_CASE("match: the two-hundred-and-fifty-ninth spoken-Dutch battery") { check_battery("spoken/battery259.tsv", "spoken/spoken259.yaml"); }
TEST_CASE("match: the two-hundred-and-sixtieth spoken-Dutch battery") { check_battery("spoken/battery260.tsv", "spoken/spoken260.yaml"); }
TEST_CASE("match: the two-hundred-and-sixty-second spoken-Dutch battery") { check_battery("spoken/battery262.tsv", "spoken/spoken262.yaml"); }
TEST_CASE("match: the two-hundred-and-sixty-third spoken-Dutch battery") { check_battery("spoken/battery263.tsv", "spoken/spoken263.yaml"); }
TEST_CASE("match: the two-hundred-and-sixty-fourth spoken-Dutch battery") { check_battery("spoken/battery264.tsv", "spoken/spoken264.yaml"); }
TEST_CASE("match: the two-hundred-and-sixty-fifth spoken-Dutch battery") { check_battery("spoken/battery265.tsv", "spoken/spoken265.yaml"); }
TEST_CASE("match: the two-hundred-and-sixty-sixth spoken-Dutch battery") { check_battery("spoken/battery266.tsv", "spoken/spoken266.yaml"); }
TEST_CASE("match: the two-hundred-and-sixty-seventh spoken-Dutch battery") { check_battery("spoken/battery267.tsv", "spoken/spoken267.yaml"); }
TEST_CASE("match: the two-hundred-and-sixty-eighth spoken-Dutch battery") { check_battery("spoken/battery268.tsv", "spoken/spoken268.yaml"); }
TEST_CASE("match: the two-hundred-and-sixty-ninth spoken-Dutch battery") { check_battery("spoken/battery269.tsv", "spoken/spoken269.yaml"); }
TEST_CASE("match: the two-hundred-and-seventieth spoken-Dutch battery") { check_battery("spoken/battery270.tsv", "spoken/spoken270.yaml"); }
TEST_CASE("match: the two-hundred-and-seventy-first spoken-Dutch battery") { check_battery("spoken/battery271.tsv", "spoken/spoken271.yaml"); }
TEST_CASE("match: the two-hundred-and-seventy-second spoken-Dutch battery") { check_battery("spoken/battery272.tsv", "spoken/spoken272.yaml"); }
TEST_CASE("match: the two-hundred-and-seventy-third spoken-Dutch battery") { check_battery("spoken/battery273.tsv", "spoken/spoken273.yaml"); }
TEST_CASE("match: the two-hundred-and-seventy-fourth spoken-Dutch battery") { check_battery("spoken/battery274.tsv", "spoken/spoken274.yaml"); }
TEST_CASE("match: the two-hundred-and-seventy-fifth spoken-Dutch battery") { check_battery("spoken/battery275.tsv", "spoken/spoken275.yaml"); }
TEST_CASE("match: the two-hundred-and-seventy-sixth spoken-Dutch battery") { check_battery("spoken/battery276.tsv", "spoken/spoken276.yaml"); }
TEST_CASE("match: the two-hundred-and-seventy-seventh spoken-Dutch battery") { check_battery("spoken/battery277.tsv", "spoken/spoken277.yaml"); }
TEST_CASE("match: the two-hundred-and-seventy-eighth spoken-Dutch battery") { check_battery("spoken/battery278.tsv", "spoken/spoken278.yaml"); }
TEST_CASE("match: the two-hundred-and-seventy-ninth spoken-Dutch battery") { check_battery("spoken/battery279.tsv", "spoken/spoken279.yaml"); }
TEST_CASE("match: the two-hundred-and-eightieth spoken-Dutch battery") { check_battery("spoken/battery280.tsv", "spoken/spoken280.yaml"); }
TEST_CASE("match: the two-hundred-and-eighty-first spoken-Dutch battery") { check_battery("spoken/battery281.tsv", "spoken/spoken281.yaml"); }
TEST_CASE("match: the two-hundred-and-eighty-second spoken-Dutch battery") { check_battery("spoken/battery282.tsv", "spoken/spoken282.yaml"); }
TEST_CASE("match: the two-hundred-and-eighty-third spoken-Dutch battery") { check_battery("spoken/battery283.tsv", "spoken/spoken283.yaml"); }
TEST_CASE("match: the two-hundred-and-eighty-fourth spoken-Dutch battery") { check_battery("spoken/battery284.tsv", "spoken/spoken284.yaml"); }
TEST_CASE("match: the two-hundred-and-eighty-fifth spoken-Dutch battery") { check_battery("spoken/battery285.tsv", "spoken/spoken285.yaml"); }
TEST_CASE("match: the two-hundred-and-eighty-sixth spoken-Dutch battery") { check_battery("spoken/battery286.tsv", "spoken/spoken286.yaml"); }
TEST_CASE("match: the two-hundred-and-eighty-seventh spoken-Dutch battery") { check_battery("spoken/battery287.tsv", "spoken/spoken287.yaml"); }
TEST_CASE("match: the two-hundred-and-eighty-eighth spoken-Dutch battery") { check_battery("spoken/battery288.tsv", "spoken/spoken288.yaml"); }
TEST_CASE("match: the two-hundred-and-eighty-ninth spoken-Dutch battery") { check_battery("spoken/battery289.tsv", "spoken/spoken289.yaml"); }
TEST_CASE("match: the two-hundred-and-ninetieth spoken-Dutch battery") { check_battery("spoken/battery290.tsv", "spoken/spoken290.yaml"); }
TEST_CASE("match: the two-hundred-and-ninety-first spoken-Dutch battery") { check_battery("spoken/battery291.tsv", "spoken/spoken291.yaml"); }
TEST_CASE("match: the two-hundred-and-ninety-second spoken-Dutch battery") { check_battery("spoken/battery292.tsv", "spoken/spoken292.yaml"); }
TEST_CASE("match: the two-hundred-and-ninety-third spoken-Dutch battery") { check_battery("spoken/battery293.tsv", "spoken/spoken293.yaml"); }
TEST_CASE("match: the two-hundred-and-ninety-fourth spoken-Dutch battery") { check_battery("spoken/battery294.tsv", "spoken/spoken294.yaml"); }
TEST_CASE("match: the two-hundred-and-ninety-fifth spoken-Dutch battery") { check_battery("spoken/battery295.tsv", "spoken/spoken295.yaml"); }
TEST_CASE("match: the two-hundred-and-ninety-sixth spoken-Dutch battery") { check_battery("spoken/battery296.tsv", "spoken/spoken296.yaml"); }
TEST_CASE("match: the two-hundred-and-ninety-seventh spoken-Dutch battery") { check_battery("spoken/battery297.tsv", "spoken/spoken297.yaml"); }
TEST_CASE("match: the two-hundred-and-ninety-eighth spoken-Dutch battery") { check_battery("spoken/battery298.tsv", "spoken/spoken298.yaml"); }
TEST_CASE("match: the two-hundred-and-ninety-ninth spoken-Dutch battery") { check_battery("spoken/battery299.tsv", "spoken/spoken299.yaml"); }
TEST_CASE("match: the three-hundredth spoken-Dutch battery") { check_battery("spoken/battery300.tsv", "spoken/spoken300.yaml"); }
TEST_CASE("match: the three-hundred-and-first spoken-Dutch battery") { check_battery("spoken/battery301.tsv", "spoken/spoken301.yaml"); }
TEST_CASE("match: the three-hundred-and-second spoken-Dutch battery") { check_battery("spoken/battery302.tsv", "spoken/spoken302.yaml"); }
TEST_CASE("match: the three-hundred-and-third spoken-Dutch battery") { check_battery("spoken/battery303.tsv", "spoken/spoken303.yaml"); }
TEST_CASE("match: the three-hundred-and-fourth spoken-Dutch battery") { check_battery("spoken/battery304.tsv", "spoken/spoken304.yaml"); }
TEST_CASE("match: the three-hundred-and-fifth spoken-Dutch battery") { check_battery("spoken/battery305.tsv", "spoken/spoken305.yaml"); }
TEST_CASE("match: the three-hundred-and-sixth spoken-Dutch battery") { check_battery("spoken/battery306.tsv", "spoken/spoken306.yaml"); }
TEST_CASE("match: the three-hundred-and-seventh spoken-Dutch battery") { check_battery("spoken/battery307.tsv", "spoken/spoken307.yaml"); }
TEST_CASE("match: the three-hundred-and-eighth spoken-Dutch battery") { check_battery("spoken/battery308.tsv", "spoken/spoken308.yaml"); }
TEST_CASE("match: the three-hundred-and-ninth spoken-Dutch battery") { check_battery("spoken/battery309.tsv", "spoken/spoken309.yaml"); }
TEST_CASE("match: the three-hundred-and-tenth spoken-Dutch battery") { check_battery("spoken/battery310.tsv", "spoken/spoken310.yaml"); }
TEST_CASE("match: the three-hundred-and-eleventh spoken-Dutch battery") { check_battery("spoken/battery311.tsv", "spoken/spoken311.yaml"); }
TEST_CASE("match: the three-hundred-and-twelfth spoken-Dutch battery") { check_battery("spoken/battery312.tsv", "spoken/spoken312.yaml"); }
TEST_CASE("match: the three-hundred-and-thirteenth spoken-Dutch battery") { check_battery("spoken/battery313.tsv", "spoken/spoken313.yaml"); }
TEST_CASE("match: the three-hundred-and-fourteenth spoken-Dutch battery") { check_battery("spoken/battery314.tsv", "spoken/spoken314.yaml"); }
TEST_CASE("match: the three-hundred-and-fifteenth spoken-Dutch battery") { check_battery("spoken/battery315.tsv", "spoken/spoken315.yaml"); }
TEST_CASE("match: the three-hundred-and-sixteenth spoken-Dutch battery") { check_battery("spoken/battery316.tsv", "spoken/spoken316.yaml"); }
TEST_CASE("match: the three-hundred-and-seventeenth spoken-Dutch battery") { check_battery("spoken/battery317.tsv", "spoken/spoken317.yaml"); }
TEST_CASE("match: the three-hundred-and-eighteenth spoken-Dutch battery") { check_battery("spoken/battery318.tsv", "spoken/spoken318.yaml"); }
TEST_CASE("match: the three-hundred-and-nineteenth spoken-Dutch battery") { check_battery("spoken/battery319.tsv", "spoken/spoken319.yaml"); }
TEST_CASE("match: the three-hundred-and-twentieth spoken-Dutch battery") { check_battery("spoken/battery320.tsv", "spoken/spoken320.yaml"); }
TEST_CASE("match: the three-hundred-and-twenty-first spoken-Dutch battery") { check_battery("spoken/battery321.tsv", "spoken/spoken321.yaml"); }
TEST_CASE("match: the three-hundred-and-twenty-second spoken-Dutch battery") { check_battery("spoken/battery322.tsv", "spoken/spoken322.yaml"); }
TEST_CASE("match: the three-hundred-and-twenty-third spoken-Dutch battery") { check_battery("spoken/battery323.tsv", "spoken/spoken323.yaml"); }
TEST_CASE("match: the three-hundred-and-twenty-fourth spoken-Dutch battery") { check_battery("spoken/battery324.tsv", "spoken/spoken324.yaml"); }
TEST_CASE("match: the three-hundred-and-twenty-fifth spoken-Dutch battery") { check_battery("spoken/battery325.tsv", "spoken/spoken325.yaml"); }
TEST_CASE("match: the three-hundred-and-twenty-sixth spoken-Dutch battery") { check_battery("spoken/battery326.tsv", "spoken/spoken326.yaml"); }
TEST_CASE("match: the three-hundred-and-twenty-seventh spoken-Dutch battery") { check_battery("spoken/battery327.tsv", "spoken/spoken327.yaml"); }
TEST_CASE("match: the three-hundred-and-twenty-eighth spoken-Dutch battery") { check_battery("spoken/battery328.tsv", "spoken/spoken328.yaml"); }
TEST_CASE("match: the three-hundred-and-twenty-ninth spoken-Dutch battery") { check_battery("spoken/battery329.tsv", "spoken/spoken329.yaml"); }
TEST_CASE("match: the three-hundred-and-thirtieth spoken-Dutch battery") { check_battery("spoken/battery330.tsv", "spoken/spoken330.yaml"); }
TEST_CASE("match: the three-hundred-and-thirty-first spoken-Dutch battery") { check_battery("spoken/battery331.tsv", "spoken/spoken331.yaml"); }
TEST_CASE("match: the three-hundred-and-thirty-second spoken-Dutch battery") { check_battery("spoken/battery332.tsv", "spoken/spoken332.yaml"); }
TEST_CASE("match: the three-hundred-and-thirty-third spoken-Dutch battery") { check_battery("spoken/battery333.tsv", "spoken/spoken333.yaml"); }
TEST_CASE("match: the three-hundred-and-thirty-fourth spoken-Dutch battery") { check_battery("spoken/battery334.tsv", "spoken/spoken334.yaml"); }
TEST_CASE("match: the three-hundred-and-thirty-fifth spoken-Dutch battery") { check_battery("spoken/battery335.tsv", "spoken/spoken335.yaml"); }
TEST_CASE("match: the three-hundred-and-thirty-sixth spoken-Dutch battery") { check_battery("spoken/battery336.tsv", "spoken/spoken336.yaml"); }
TEST_CASE("match: the three-hundred-and-thirty-seventh spoken-Dutch battery") { check_battery("spoken/battery337.tsv", "spoken/spoken337.yaml"); }
TEST_CASE("match: the three-hundred-and-thirty-eighth spoken-Dutch battery") { check_battery("spoken/battery338.tsv", "spoken/spoken338.yaml"); }
TEST_CASE("match: the three-hundred-and-thirty-ninth spoken-Dutch battery") { check_battery("spoken/battery339.tsv", "spoken/spoken339.yaml"); }
TEST_CASE("match: the three-hundred-and-fortieth spoken-Dutch battery") { check_battery("spoken/battery340.tsv", "spoken/spoken340.yaml"); }
TEST_CASE("match: the three-hundred-and-forty-first spoken-Dutch battery") { check_battery("spoken/battery341.tsv", "spoken/spoken341.yaml"); }
TEST_CASE("match: the three-hundred-and-forty-second spoken-Dutch battery") { check_battery("spoken/battery342.tsv", "spoken/spoken342.yaml"); }
TEST_CASE("match: the three-hundred-and-forty-third spoken-Dutch battery") { check_battery("spoken/battery343.tsv", "spoken/spoken343.yaml"); }
TEST_CASE("match: the three-hundred-and-forty-fourth spoken-Dutch battery") { check_battery("spoken/battery344.tsv", "spoken/spoken344.yaml"); }
TEST_CASE("match: the three-hundred-and-forty-fifth spoken-Dutch battery") { check_battery("spoken/battery345.tsv", "spoken/spoken345.yaml"); }
TEST_CASE("match: the three-hundred-and-forty-sixth spoken-Dutch battery") { check_battery("spoken/battery346.tsv", "spoken/spoken346.yaml"); }
TEST_CASE("match: the three-hundred-and-forty-seventh spoken-Dutch battery") { check_battery("spoken/battery347.tsv", "spoken/spoken347.yaml"); }
TEST_CASE("match: the three-hundred-and-forty-eighth spoken-Dutch battery") { check_battery("spoken/battery348.tsv", "spoken/spoken348.yaml"); }
TEST_CASE("match: the three-hundred-and-forty-ninth spoken-Dutch battery") { check_battery("spoken/battery349.tsv", "spoken/spoken349.yaml"); }
TEST_CASE("match: the three-hundred-and-fiftieth spoken-Dutch battery") { check_battery("spoken/battery350.tsv", "spoken/spoken350.yaml"); }
TEST_CASE("match: the three-hundred-and-fifty-first spoken-Dutch battery") { check_battery("spoken/battery351.tsv", "spoken/spoken351.yaml"); }
TEST_CASE("match: the three-hundred-and-fifty-second spoken-Dutch battery") { check_battery("spoken/battery352.tsv", "spoken/spoken352.yaml"); }
TEST_CASE("match: the three-hundred-and-fifty-third spoken-Dutch battery") { check_battery("spoken/battery353.tsv", "spoken/spoken353.yaml"); }
TEST_CASE("match: the three-hundred-and-fifty-fourth spoken-Dutch battery") { check_battery("spoken/battery354.tsv", "spoken/spoken354.yaml"); }
TEST_CASE("match: the three-hundred-and-fifty-fifth spoken-Dutch battery") { check_battery("spoken/battery355.tsv", "spoken/spoken355.yaml"); }
TEST_CASE("match: the three-hundred-and-fifty-sixth spoken-Dutch battery") { check_battery("spoken/battery356.tsv", "spoken/spoken356.yaml"); }
TEST_CASE("match: the three-hundred-and-fifty-seventh spoken-Dutch battery") { check_battery("spoken/battery357.tsv", "spoken/spoken357.yaml"); }
TEST_CASE("match: the three-hundred-and-fifty-eighth spoken-Dutch battery") { check_battery("spoken/battery358.tsv", "spoken/spoken358.yaml"); }
TEST_CASE("match: the three-hundred-and-fifty-ninth spoken-Dutch battery") { check_battery("spoken/battery359.tsv", "spoken/spoken359.yaml"); }
TEST_CASE("match: the three-hundred-and-sixtieth spoken-Dutch battery") { check_battery("spoken/battery360.tsv", "spoken/spoken360.yaml"); }
TEST_CASE("match: the three-hundred-and-sixty-first spoken-Dutch battery") { check_battery("spoken/battery361.tsv", "spoken/spoken361.yaml"); }
TEST_CASE("match: the three-hundred-and-sixty-second spoken-Dutch battery") { check_battery("spoken/battery362.tsv", "spoken/spoken362.yaml"); }
TEST_CASE("match: the three-hundred-and-sixty-third spoken-Dutch battery") { check_battery("spoken/battery363.tsv", "spoken/spoken363.yaml"); }
TEST_CASE("match: the three-hundred-and-sixty-fourth spoken-Dutch battery") { check_battery("spoken/battery364.tsv", "spoken/spoken364.yaml"); }
TEST_CASE("match: the three-hundred-and-sixty-fifth spoken-Dutch battery") { check_battery("spoken/battery365.tsv", "spoken/spoken365.yaml"); }
TEST_CASE("match: the three-hundred-and-sixty-sixth spoken-Dutch battery") { check_battery("spoken/battery366.tsv", "spoken/spoken366.yaml"); }
TEST_CASE("match: the three-hundred-and-sixty-seventh spoken-Dutch battery") { check_battery("spoken/battery367.tsv", "spoken/spoken367.yaml"); }
TEST_CASE("match: the three-hundred-and-sixty-eighth spoken-Dutch battery") { check_battery("spoken/battery368.tsv", "spoken/spoken368.yaml"); }
TEST_CASE("match: the three-hundred-and-sixty-ninth spoken-Dutch battery") { check_battery("spoken/battery369.tsv", "spoken/spoken369.yaml"); }
TEST_CASE("match: the three-hundred-and-seventieth spoken-Dutch battery") { check_battery("spoken/battery370.tsv", "spoken/spoken370.yaml"); }
TEST_CASE("match: the three-hundred-and-seventy-first spoken-Dutch battery") { check_battery("spoken/battery371.tsv", "spoken/spoken371.yaml"); }
TEST_CASE("match: the three-hundred-and-seventy-second spoken-Dutch battery") { check_battery("spoken/battery372.tsv", "spoken/spoken372.yaml"); }
TEST_CASE("match: the three-hundred-and-seventy-third spoken-Dutch battery") { check_battery("spoken/battery373.tsv", "spoken/spoken373.yaml"); }
TEST_CASE("match: the three-hundred-and-seventy-fourth spoken-Dutch battery") { check_battery("spoken/battery374.tsv", "spoken/spoken374.yaml"); }
TEST_CASE("match: the three-hundred-and-seventy-fifth spoken-Dutch battery") { check_battery("spoken/battery375.tsv", "spoken/spoken375.yaml"); }
TEST_CASE("match: the three-hundred-and-seventy-sixth spoken-Dutch battery") { check_battery("spoken/battery376.tsv", "spoken/spoken376.yaml"); }
TEST_CASE("match: the three-hundred-and-seventy-seventh spoken-Dutch battery") { check_battery("spoken/battery377.tsv", "spoken/spoken377.yaml"); }
TEST_CASE("match: the three-hundred-and-seventy-eighth spoken-Dutch battery") { check_battery("spoken/battery378.tsv", "spoken/spoken378.yaml"); }
TEST_CASE("match: the three-hundred-and-seventy-ninth spoken-Dutch battery") { check_battery("spoken/battery379.tsv", "spoken/spoken379.yaml"); }
TEST_CASE("match: the three-hundred-and-eightieth spoken-Dutch battery") { check_battery("spoken/battery380.tsv", "spoken/spoken380.yaml"); }
TEST_CASE("match: the three-hundred-and-eighty-first spoken-Dutch battery") { check_battery("spoken/battery381.tsv", "spoken/spoken381.yaml"); }
TEST_CASE("match: the three-hundred-and-eighty-second spoken-Dutch battery") { check_battery("spoken/battery382.tsv", "spoken/spoken382.yaml"); }
TEST_CASE("match: the three-hundred-and-eighty-third spoken-Dutch battery") { check_battery("spoken/battery383.tsv", "spoken/spoken383.yaml"); }
TEST_CASE("match: the three-hundred-and-eighty-fourth spoken-Dutch battery") { check_battery("spoken/battery384.tsv", "spoken/spoken384.yaml"); }
TEST_CASE("match: the three-hundred-and-eighty-fifth spoken-Dutch battery") { check_battery("spoken/battery385.tsv", "spoken/spoken385.yaml"); }
TEST_CASE("match: the three-hundred-and-eighty-sixth spoken-Dutch battery") { check_battery("spoken/battery386.tsv", "spoken/spoken386.yaml"); }
TEST_CASE("match: the three-hundred-and-eighty-seventh spoken-Dutch battery") { check_battery("spoken/battery387.tsv", "spoken/spoken387.yaml"); }
TEST_CASE("match: the three-hundred-and-eighty-eighth spoken-Dutch battery") { check_battery("spoken/battery388.tsv", "spoken/spoken388.yaml"); }
TEST_CASE("match: the three-hundred-and-eighty-ninth spoken-Dutch battery") { check_battery("spoken/battery389.tsv", "spoken/spoken389.yaml"); }
TEST_CASE("match: the three-hundred-and-ninetieth spoken-Dutch battery") { check_battery("spoken/battery390.tsv", "spoken/spoken390.yaml"); }
TEST_CASE("match: the three-hundred-and-ninety-first spoken-Dutch battery") { check_battery("spoken/battery391.tsv", "spoken/spoken391.yaml"); }
TEST_CASE("match: the three-hundred-and-ninety-second spoken-Dutch battery") { check_battery("spoken/battery392.tsv", "spoken/spoken392.yaml"); }
TEST_CASE("match: the three-hundred-and-ninety-third spoken-Dutch battery") { check_battery("spoken/battery393.tsv", "spoken/spoken393.yaml"); }
TEST_CASE("match: the three-hundred-and-ninety-fourth spoken-Dutch battery") { check_battery("spoken/battery394.tsv", "spoken/spoken394.yaml"); }
TEST_CASE("match: the three-hundred-and-ninety-fifth spoken-Dutch battery") { check_battery("spoken/battery395.tsv", "spoken/spoken395.yaml"); }
TEST_CASE("match: the three-hundred-and-ninety-sixth spoken-Dutch battery") { check_battery("spoken/battery396.tsv", "spoken/spoken396.yaml"); }
TEST_CASE("match: the three-hundred-and-ninety-seventh spoken-Dutch battery") { check_battery("spoken/battery397.tsv", "spoken/spoken397.yaml"); }
TEST_CASE("match: the three-hundred-and-ninety-eighth spoken-Dutch battery") { check_battery("spoken/battery398.tsv", "spoken/spoken398.yaml"); }
TEST_CASE("match: the three-hundred-and-ninety-ninth spoken-Dutch battery") { check_battery("spoken/battery399.tsv", "spoken/spoken399.yaml"); }
TEST_CASE("match: the four-hundredth spoken-Dutch battery") { check_battery("spoken/battery400.tsv", "spoken/spoken400.yaml"); }
TEST_CASE("match: the four-hundred-and-first spoken-Dutch battery") { check_battery("spoken/battery401.tsv", "spoken/spoken401.yaml"); }
TEST_CASE("match: the four-hundred-and-second spoken-Dutch battery") { check_battery("spoken/battery402.tsv", "spoken/spoken402.yaml"); }
TEST_CASE("match: the four-hundred-and-third spoken-Dutch battery") { check_battery("spoken/battery403.tsv", "spoken/spoken403.yaml"); }
TEST_CASE("match: the four-hundred-and-fourth spoken-Dutch battery") { check_battery("spoken/battery404.tsv", "spoken/spoken404.yaml"); }
TEST_CASE("match: the four-hundred-and-fifth spoken-Dutch battery") { check_battery("spoken/battery405.tsv", "spoken/spoken405.yaml"); }
TEST_CASE("match: the four-hundred-and-sixth spoken-Dutch battery") { check_battery("spoken/battery406.tsv", "spoken/spoken406.yaml"); }
TEST_CASE("match: the four-hundred-and-seventh spoken-Dutch battery") { check_battery("spoken/battery407.tsv", "spoken/spoken407.yaml"); }
TEST_CASE("match: the four-hundred-and-eighth spoken-Dutch battery") { check_battery("spoken/battery408.tsv", "spoken/spoken408.yaml"); }
TEST_CASE("match: the four-hundred-and-ninth spoken-Dutch battery") { check_battery("spoken/battery409.tsv", "spoken/spoken409.yaml"); }
TEST_CASE("match: the four-hundred-and-tenth spoken-Dutch battery") { check_battery("spoken/battery410.tsv", "spoken/spoken410.yaml"); }
TEST_CASE("match: the four-hundred-and-eleventh spoken-Dutch battery") { check_battery("spoken/battery411.tsv", "spoken/spoken411.yaml"); }
TEST_CASE("match: the four-hundred-and-twelfth spoken-Dutch battery") { check_battery("spoken/battery412.tsv", "spoken/spoken412.yaml"); }
TEST_CASE("match: the four-hundred-and-thirteenth spoken-Dutch battery") { check_battery("spoken/battery413.tsv", "spoken/spoken413.yaml"); }
TEST_CASE("match: the four-hundred-and-fourteenth spoken-Dutch battery") { check_battery("spoken/battery414.tsv", "spoken/spoken414.yaml"); }
TEST_CASE("match: the four-hundred-and-fifteenth spoken-Dutch battery") { check_battery("spoken/battery415.tsv", "spoken/spoken415.yaml"); }
TEST_CASE("match: the four-hundred-and-sixteenth spoken-Dutch battery") { check_battery("spoken/battery416.tsv", "spoken/spoken416.yaml"); }
TEST_CASE("match: the four-hundred-and-seventeenth spoken-Dutch battery") { check_battery("spoken/battery417.tsv", "spoken/spoken417.yaml"); }
TEST_CASE("match: the four-hundred-and-eighteenth spoken-Dutch battery") { check_battery("spoken/battery418.tsv", "spoken/spoken418.yaml"); }
TEST_CASE("match: the four-hundred-and-nineteenth spoken-Dutch battery") { check_battery("spoken/battery419.tsv", "spoken/spoken419.yaml"); }
TEST_CASE("match: the four-hundred-and-twentieth spoken-Dutch battery") { check_battery("spoken/battery420.tsv", "spoken/spoken420.yaml"); }
TEST_CASE("match: the four-hundred-and-twenty-first spoken-Dutch battery") { check_battery("spoken/battery421.tsv", "spoken/spoken421.yaml"); }
