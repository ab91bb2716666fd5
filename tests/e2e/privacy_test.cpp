// Pseudonyms (--pseudonymise) and filters (--where) across the commands that
// print speakers, text or counts.
#include <doctest/doctest.h>

#include <set>
#include <sstream>

#include "support.h"

using draad::test::data_path;
using draad::test::read_file;
using draad::test::run_draad;
using draad::test::shell;

namespace {

const std::string kCodings = "tests/data/privacy/codings.tsv";  // gesprek-noord.md and gesprek-zuid.txt, coded
const std::string kCodebook = "tests/data/threads/codebook.yaml";

// Whether `word` occurs in `text` as a whole word, ignoring ASCII case.
bool has_word(const std::string& text, const std::string& word) {
  auto lower = [](std::string s) {
    for (char& c : s) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    return s;
  };
  const std::string t = lower(text), w = lower(word);
  auto word_byte = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80); };
  for (std::size_t at = t.find(w); at != std::string::npos; at = t.find(w, at + 1))
    if ((at == 0 || !word_byte(t[at - 1])) && (at + w.size() == t.size() || !word_byte(t[at + w.size()]))) return true;
  return false;
}

}  // namespace

TEST_CASE("privacy e2e: quotes with pseudonyms, names in the text replaced, the key only when asked") {
  const std::string key = draad::test::temp_dir() + "/sleutel.tsv";
  auto r = run_draad({"quotes", "--theme", "ontmoeting", "-n", "4", "--attributes", "rol", "--pseudonymise",
                      "--pseudonym-key", key, kCodings});
  CHECK(r.status == 0);
  CHECK(r.err == "");
  // The heading "# Gesprek over het buurthuis in Noord" carries the theme but is never quoted.
  CHECK(r.out ==
        "doc\tseg\tspeaker\trol\thits\tquote\n"
        "gesprek-noord\t6\tDeelnemer 1\tdeelnemer\t2\tDeelnemer 2's plan voor een ontmoetingsplek in het buurthuis "
        "vind ik mooi. …\n"
        "gesprek-zuid\t2\tDeelnemer 3\t\t2\tVoor mij is het buurthuis de enige plek waar ik mensen ontmoet. …\n"
        "gesprek-noord\t4\tDeelnemer 2\tdeelnemer\t1\tHet idee van Deelnemer 1 is goed. Maar mevrouw Deelnemer 1 "
        "weet ook dat het buurthuis vaak dicht is.\n"
        "gesprek-zuid\t1\tModerator 1\t\t1\tGoedemiddag. Deelnemer 3 en Deelnemer 4, wat betekent het buurthuis "
        "voor jullie?\n");
  CHECK(read_file(key) ==
        "doc\tspeaker\trole\tpseudonym\n"
        "gesprek-noord\tGespreksleider\tgespreksleider\tGespreksleider 1\n"
        "gesprek-noord\tLotte de Boer\tdeelnemer\tDeelnemer 1\n"
        "gesprek-noord\tDaan\tdeelnemer\tDeelnemer 2\n"
        "gesprek-zuid\tModerator\tmoderator\tModerator 1\n"
        "gesprek-zuid\tSem\tdeelnemer\tDeelnemer 3\n"
        "gesprek-zuid\tNoor\tdeelnemer\tDeelnemer 4\n");
  // Without --pseudonymise the names stay; a key alone is a usage error.
  auto plain = run_draad({"quotes", "--theme", "ontmoeting", "-n", "1", kCodings});
  CHECK(plain.out.find("Lotte de Boer\t2\tDaan's plan") != std::string::npos);
  CHECK(run_draad({"quotes", "--theme", "ontmoeting", "--pseudonym-key", key, kCodings}).status == 2);
}

TEST_CASE("privacy e2e: kwic, threads and sheet pseudonymise the same way, pseudonyms do not depend on --where") {
  auto kwic = shell("draad segment tests/data/privacy --speakers tests/data/privacy/sprekers.tsv | "
                    "draad kwic buurthuis --window 3 --where rol=deelnemer --pseudonymise");
  CHECK(kwic.status == 0);
  CHECK(kwic.out ==
        "doc\tseg\tfrom\tto\tpre\tkeyword\tpost\tpattern\n"
        "gesprek-noord\t2\t151\t160\tweek in het\tbuurthuis\t. Daar ken\tbuurthuis\n"
        "gesprek-noord\t3\t284\t293\took dat het\tbuurthuis\tvaak dicht is\tbuurthuis\n"
        "gesprek-noord\t5\t432\t441\tontmoetingsplek in het\tbuurthuis\tvind ik mooi\tbuurthuis\n");
  auto threads = run_draad(
      {"threads", "-c", kCodebook, "--pseudonymise", "--min-sessions", "1", "--min-themes", "1", kCodings});
  CHECK(threads.status == 0);
  CHECK(threads.out.find("Daan") == std::string::npos);
  CHECK(threads.out.find("sociaal_vertrouwen\tgesprek-zuid\t6\tDeelnemer 4\tJa. Zij voelt zich er veilig.\n") !=
        std::string::npos);
  // The candidates' quotes: the heading (seg 1, first with a hit on buurthuis) is passed over.
  CHECK(threads.out.find("\tveilig_ontmoeten\tIk kom elke week in het buurthuis.") != std::string::npos);
  CHECK(threads.out.find("\tveilig_ontmoeten, plek_en_vertrouwen\tDeelnemer 2's plan voor een ontmoetingsplek") !=
        std::string::npos);
  auto sheet = shell("draad sheet -c " + kCodebook + " --pseudonymise --where 'speaker!=Moderator' " + kCodings +
                     " | cut -f1-4");
  CHECK(sheet.status == 0);
  CHECK(sheet.out ==
        "doc\tseg\tspeaker\ttext\n"
        "gesprek-noord\t1\t\t# Gesprek over het buurthuis in Noord\n"
        "gesprek-noord\t2\tGespreksleider 1\tWelkom allemaal. Deelnemer 1, wil jij beginnen? Daarna Deelnemer 2.\n"
        "gesprek-noord\t3\tDeelnemer 1\tIk kom elke week in het buurthuis. Daar ken ik iedereen, en ik vertrouw "
        "mijn buren.\n"
        "gesprek-noord\t4\tDeelnemer 2\tHet idee van Deelnemer 1 is goed. Maar mevrouw Deelnemer 1 weet ook dat het "
        "buurthuis vaak dicht is.\n"
        "gesprek-noord\t5\tGespreksleider 1\tDank je, Deelnemer 2. Wie vertrouwt de gemeente nog?\n"
        "gesprek-noord\t6\tDeelnemer 1\tDeelnemer 2's plan voor een ontmoetingsplek in het buurthuis vind ik mooi. "
        "Deelnemer 2 heeft gelijk.\n"
        "gesprek-zuid\t2\tDeelnemer 3\tVoor mij is het buurthuis de enige plek waar ik mensen ontmoet. Deelnemer 4 "
        "zegt dat ook.\n"
        "gesprek-zuid\t3\tDeelnemer 4\tKlopt, Deelnemer 3. Ik vertrouw de mensen daar, ook Deelnemer 1 uit Noord.\n"
        "gesprek-zuid\t5\tDeelnemer 3\tDaar kom ik niet. Deelnemer 4's dochter wel, geloof ik.\n"
        "gesprek-zuid\t6\tDeelnemer 4\tJa. Zij voelt zich er veilig.\n");
}

TEST_CASE("privacy e2e: pseudonymised output of samples/ holds none of the speakers' names") {
  const std::string dir = draad::test::temp_dir();
  auto prep = shell("draad segment samples/ --speakers samples/deelnemers.tsv > " + dir +
                    "/seg.tsv && draad code -c codebooks/samenleven.yaml " + dir + "/seg.tsv > " + dir + "/cod.tsv");
  REQUIRE(prep.status == 0);
  std::string out;
  for (const char* theme : {"ontmoeting", "spelregels", "verhalen", "wederkerigheid", "communicatie"})
    out += run_draad({"quotes", "--theme", theme, "-n", "40", "--pseudonymise", dir + "/cod.tsv"}).out;
  out += run_draad({"threads", "-c", "codebooks/samenleven.yaml", "--pseudonymise", dir + "/cod.tsv"}).out;
  out += run_draad({"kwic", "de", "--window", "20", "--pseudonymise", dir + "/seg.tsv"}).out;
  out += run_draad({"sheet", "-c", "codebooks/samenleven.yaml", "--pseudonymise", dir + "/seg.tsv"}).out;
  CHECK(out.size() > 200000);
  // Every word of every speaker's name in deelnemers.tsv, but for particles, role labels and P1..P8.
  std::set<std::string> names;
  std::istringstream rows(read_file(DRAAD_SOURCE_DIR "/samples/deelnemers.tsv"));
  std::string line;
  std::getline(rows, line);
  while (std::getline(rows, line)) {
    const auto a = line.find('\t'), b = line.find('\t', a + 1);
    std::istringstream words(line.substr(a + 1, b - a - 1));
    for (std::string w; words >> w;) names.insert(w);
  }
  for (const char* not_a_name : {"van", "de", "El", "Gespreksleider", "Interviewer", "Notulist"}) names.erase(not_a_name);
  std::erase_if(names, [](const std::string& n) { return n.size() == 2 && n[0] == 'P'; });
  CHECK(names.size() == 35);
  for (const auto& name : names) CHECK_MESSAGE(!has_word(out, name), name);
  // Unpseudonymised, the same commands do show them.
  CHECK(has_word(run_draad({"sheet", "-c", "codebooks/samenleven.yaml", dir + "/seg.tsv"}).out, "Marieke"));
}

TEST_CASE("privacy e2e: --where on freq, cooc and agree, an unknown column suggests one") {
  auto all = run_draad({"freq", "--by", "theme", kCodings});
  CHECK(all.out.ends_with("(all)\t12\t10\t2\t6\t100.0\n"));
  auto participants = run_draad({"freq", "--by", "theme", "--where", "rol=deelnemer", kCodings});
  CHECK(participants.status == 0);
  CHECK(participants.out ==
        "theme\tsegments\thits\tdocs\tspeakers\tshare\n"
        "ontmoeting\t3\t4\t1\t2\t100.0\n"
        "(any theme)\t3\t4\t1\t2\t100.0\n"
        "(all)\t3\t4\t1\t2\t100.0\n");
  auto two = run_draad({"freq", "--by", "theme", "--where", "speaker!=Moderator", "--where", "doc=gesprek-zuid, X",
                        kCodings});
  CHECK(two.out.ends_with("(all)\t4\t3\t1\t2\t100.0\n"));
  auto cooc = run_draad({"cooc", "--where", "plaats=deventer", kCodings});
  CHECK(cooc.out.find("ontmoeting/buurthuis\tontmoeting/ontmoetingsplek\t4\t1\t1") != std::string::npos);
  auto typo = run_draad({"freq", "--where", "rool=deelnemer", kCodings});
  CHECK(typo.status == 1);
  CHECK(typo.err == "draad freq: tests/data/privacy/codings.tsv:1: --where 'rool=deelnemer': no column 'rool' (did "
                    "you mean 'rol'?); the input has: doc, seg, code, theme, coder, hits, terms, negated, unit, "
                    "speaker, start, end, text, time, plaats, rol\n");
  CHECK(run_draad({"freq", "--where", "rol", kCodings}).status == 2);
  CHECK(run_draad({"freq", "--where", "theme=ontmoeting", kCodings}).status == 2);
  // agree: anna's sheet has speakers, bram's not; the moderator's 2 segments go for both.
  auto agree = run_draad({"agree", "--where", "speaker!=Gespreksleider", "tests/data/agree/anna.csv",
                          "tests/data/agree/bram.tsv"});
  CHECK(agree.status == 0);
  CHECK(agree.err.find("--where left out 2 segment(s)") != std::string::npos);
  CHECK(agree.out.find("\nontmoeting/plek\t7\t2\t3\t85.7\t") != std::string::npos);
  CHECK(agree.out.find("\noverall\t28\t8\t8\t85.7\t") != std::string::npos);
  auto nowhere = run_draad({"agree", "--where", "rol=deelnemer", "tests/data/agree/anna.csv", "tests/data/agree/bram.tsv"});
  CHECK(nowhere.status == 1);
  CHECK(nowhere.err.find("--where 'rol=deelnemer': no input has a column 'rol'") != std::string::npos);
}

TEST_CASE("privacy e2e: agree --diff --pseudonymise lists segments without names") {
  const std::string key = draad::test::temp_dir() + "/sleutel.tsv";
  auto r = run_draad({"agree", "--diff", "--pseudonymise", "--pseudonym-key", key, "tests/data/agree/anna.csv",
                      "tests/data/agree/bram.tsv"});
  CHECK(r.status == 0);
  CHECK(r.out.find("\nontmoeting/plek\tsessie-zwolle\t5\tDeelnemer 4\tHet buurtfeest in de zomer,") != std::string::npos);
  for (const char* name : {"Henk", "Anouk", "Youssef", "Fatima"}) CHECK_MESSAGE(!has_word(r.out, name), name);
  CHECK(read_file(key) ==
        "doc\tspeaker\trole\tpseudonym\n"
        "sessie-utrecht\tAnouk\tdeelnemer\tDeelnemer 1\n"
        "sessie-utrecht\tYoussef\tdeelnemer\tDeelnemer 2\n"
        "sessie-zwolle\tGespreksleider\tgespreksleider\tGespreksleider 1\n"
        "sessie-zwolle\tFatima\tdeelnemer\tDeelnemer 3\n"
        "sessie-zwolle\tHenk\tdeelnemer\tDeelnemer 4\n");
}
