#include <doctest/doctest.h>

#include <string>

#include <fmt/format.h>

#include "coding/codebook.h"
#include "support.h"

using namespace draad;
using draad::test::data_path;

namespace {

std::string lint(const std::string& path) {
  std::string out;
  for (const auto& d : check(path).diagnostics) out += d.str() + "\n";
  return out;
}

}  // namespace

TEST_CASE("codebook: sha256 of known inputs") {
  CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(sha256_hex(std::string(1000, 'a')) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3");
  // lengths either side of where the padding needs a second block (python3 hashlib)
  CHECK(sha256_hex(std::string(55, 'a')) == "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318");
  CHECK(sha256_hex(std::string(56, 'a')) == "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a");
  CHECK(sha256_hex(std::string(63, 'a')) == "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34");
  CHECK(sha256_hex(std::string(64, 'a')) == "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");
  CHECK(sha256_hex(std::string(119, 'a')) == "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb");
  CHECK(sha256_hex(std::string(120, 'a')) == "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c");
}

TEST_CASE("codebook: the fixture loads with its themes, nested codes and threads") {
  Codebook cb = load(data_path("codebook/mini.yaml"));
  CHECK(cb.name == "mini");
  CHECK(cb.version == "2");
  CHECK(cb.coder() == "mini@2#" + sha256_hex(test::read_file(data_path("codebook/mini.yaml"))).substr(0, 8));
  REQUIRE(cb.themes.size() == 2);
  CHECK(cb.themes[0].id == "ontmoeting");
  CHECK(cb.themes[0].colour == "#4e79a7");
  CHECK(cb.themes[0].codes.size() == 4);
  REQUIRE(cb.codes.size() == 7);
  const Code* ruimte = cb.find_code("ontmoeting/plek/ruimte");
  REQUIRE(ruimte);
  CHECK(ruimte->parent == "ontmoeting/plek");
  CHECK(ruimte->theme == "ontmoeting");
  CHECK(ruimte->negation == NegationMode::drop);
  CHECK(ruimte->exclude.size() == 2);
  const Code* plek = cb.find_code("ontmoeting/plek");
  REQUIRE(plek);
  CHECK(plek->terms[0].compound == CompoundMode::head);
  CHECK(plek->terms[1].compound == CompoundMode::any);
  CHECK(cb.find_code("spelregels/samenredzaam")->min_hits == 2);
  CHECK(cb.find_code("spelregels/omstander")->near[0].within == 4);
  CHECK(cb.negation.words.size() == 4);
  REQUIRE(cb.threads.size() == 1);
  CHECK(cb.threads[0].rule.scope == ThreadScope::document);
  CHECK(cb.threads[0].themes == std::vector<std::string>{"ontmoeting"});
}

TEST_CASE("codebook: every problem is reported with its location") {
  const std::string f = data_path("codebook/errors.yaml");
  std::string out = lint(f);
  CHECK(out ==
        f + ":1:11: error: codebook name 'Kapot' must be lower case letters, digits and _\n" +
        f + ":3:1: error: unknown key 'thema' in the codebook\n" +
        f + ":6:5: error: unknown key 'labell' in theme ontmoeting (did you mean 'label'?)\n" +
        f + ":9:23: error: 'plek om te zijn' under terms is several words and can never match one token; put it under phrases\n" +
        f + ":9:42: error: 'ontmoet*' under terms contains '*'; put it under globs\n" +
        f + ":10:17: error: invalid regular expression '(unclosed' in code ontmoeting/plek: U_REGEX_MISMATCHED_PAREN (at offset 9)\n" +
        f + ":11:16: error: empty pattern list 'globs'\n" +
        f + ":12:19: error: negation must be flag, count or drop, not 'vlag' (did you mean 'flag'?)\n" +
        f + ":13:7: error: duplicate code id 'plek' in theme ontmoeting\n" +
        f + ":16:17: warning: 'plek' in code ontmoeting/tweede also matches in code ontmoeting/plek (line 9)\n" +
        f + ":17:3: error: duplicate theme id 'ontmoeting'\n" +
        f + ":22:13: error: thread draad names unknown code 'ontmoeting/plke' (did you mean 'ontmoeting/plek'?)\n" +
        f + ":22:30: error: thread draad names unknown code 'tweede' (did you mean 'ontmoeting/tweede'?)\n" +
        f + ":23:14: error: thread draad names unknown theme 'ontmoeten' (did you mean 'ontmoeting'?)\n" +
        f + ":24:33: error: scope must be segment or document, not 'sessie'\n");
  try {
    load(f);
    FAIL("load accepted a broken codebook");
  } catch (const DataError& e) {
    CHECK(std::string(e.what()) ==
          f + ":1:11: codebook name 'Kapot' must be lower case letters, digits and _ (and 13 more errors; run "
              "'draad codebook lint " + f + "')");
  }
}

TEST_CASE("codebook: an alias bomb, a huge file and broken YAML are refused") {
  const std::string dir = test::temp_dir();
  // Ten levels of ten aliases: 10^10 nodes once expanded.
  std::string bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
  for (char c = 'b'; c <= 'j'; ++c) {
    bomb += std::string(1, c) + ": &" + c + " [";
    for (int i = 0; i < 10; ++i) bomb += std::string(i ? ", *" : "*") + static_cast<char>(c - 1);
    bomb += "]\n";
  }
  test::write_file(dir + "/bomb.yaml", bomb);
  CHECK(lint(dir + "/bomb.yaml") == dir + "/bomb.yaml:1:14: error: more than 200000 YAML nodes once "
                                           "aliases are expanded (an alias bomb?); refused\n");

  test::write_file(dir + "/big.yaml", std::string(kMaxCodebookBytes + 1, '#'));
  CHECK(lint(dir + "/big.yaml") == dir + "/big.yaml: error: the codebook is 4194305 bytes; the limit is 4194304 (is "
                                         "this really a codebook?)\n");

  test::write_file(dir + "/broken.yaml", "codebook: x\nversion: 1\nthemes: [a, b\n");
  CHECK(lint(dir + "/broken.yaml") == dir + "/broken.yaml:4:1: error: end of sequence flow not found\n");

  // Columns count code points: é is one.
  test::write_file(dir + "/col.yaml", "codebook: x\nversion: 1\nthemes:\n  t:\n    codes:\n      c: {label: \"é\", labell: x}\n");
  CHECK(lint(dir + "/col.yaml") ==
        dir + "/col.yaml:6:7: warning: code t/c has no patterns and will never be assigned\n" + dir +
            "/col.yaml:6:23: error: unknown key 'labell' in code t/c (did you mean 'label'?)\n");

  test::write_file(dir + "/deep.yaml", std::string(100000, '[') + std::string(100000, ']'));
  CHECK(lint(dir + "/deep.yaml").find("error:") != std::string::npos);
}

TEST_CASE("codebook: the default codebook is free of errors") {
  auto r = check(std::string(DRAAD_SOURCE_DIR) + "/codebooks/samenleven.yaml");
  for (const auto& d : r.diagnostics)
    if (d.severity == Diagnostic::Severity::error) FAIL(d.str());
  CHECK(r.codebook.themes.size() == 5);
  CHECK(r.codebook.threads.size() == 6);
}

TEST_CASE("codebook: where limits are inherited from theme and parent code, a malformed one is located") {
  Codebook cb = load(data_path("codebook/limits.yaml"));
  CHECK(cb.long_segments.words == 12);
  CHECK(cb.long_segments.theme_hits == 2);
  auto texts = [&](std::string_view id) {
    std::string out;
    for (const auto& l : cb.find_code(id)->where) out += fmt::format("{}@{}:{} ", l.condition.text, l.mark.line, l.mark.column);
    return out;
  };
  CHECK(texts("gevoel/welkom") == "rol!=moderator@12:12 ");
  CHECK(texts("gevoel/thuis/echt_thuis") == "rol!=moderator@12:12 speaker!=Interviewer,Gespreksleider@20:17 ");
  CHECK(texts("ontmoeting/markt").empty());
  const std::string dir = test::temp_dir();
  test::write_file(dir + "/where.yaml",
                   "codebook: x\nversion: 1\nlong_segments: {words: -1, hits: 2}\nthemes:\n  t:\n    where: rol\n"
                   "    codes:\n      c: {terms: [a], where: [speaker!=A,B]}\n");
  CHECK(lint(dir + "/where.yaml") ==
        dir + "/where.yaml:3:24: error: long_segments.words must be a whole number from 0 to 100000\n" +
        dir + "/where.yaml:3:28: error: unknown key 'hits' in long_segments\n" +
        dir + "/where.yaml:6:12: error: where 'rol' must be COLUMN=VALUE, COLUMN!=VALUE or COLUMN=A,B (e.g. "
              "rol=deelnemer); in a [list], quote a condition with a comma: [\"speaker!=Interviewer,Gespreksleider\"]\n" +
        dir + "/where.yaml:8:42: error: where 'B' must be COLUMN=VALUE, COLUMN!=VALUE or COLUMN=A,B (e.g. "
              "rol=deelnemer); in a [list], quote a condition with a comma: [\"speaker!=Interviewer,Gespreksleider\"]\n");
}

TEST_CASE("codebook: questions reads hits and where_any, a wrong value or key is located") {
  const Codebook cb = load(data_path("codebook/questions.yaml"));
  CHECK(cb.questions.on);
  REQUIRE(cb.questions.where_any.size() == 3);
  CHECK(cb.questions.where_any[1].condition.text == "speaker=Interviewer,Gespreksleider");
  CHECK(cb.questions.mark.line == 7);
  CHECK(!load(data_path("codebook/limits.yaml")).questions.on);
  const std::string dir = test::temp_dir();
  test::write_file(dir + "/questions.yaml",
                   "codebook: x\nversion: 1\nquestions: {hits: never, where: rol=moderator}\nthemes:\n  t:\n"
                   "    codes:\n      c: {terms: [a]}\n");
  CHECK(lint(dir + "/questions.yaml") ==
        dir + "/questions.yaml:3:19: error: questions.hits 'never' must be count or skip\n" +
        dir + "/questions.yaml:3:26: error: unknown key 'where' in questions\n");
  test::write_file(dir + "/questions.yaml", "codebook: x\nversion: 1\nquestions: skip\nthemes:\n  t:\n"
                                            "    codes:\n      c: {terms: [a]}\n");
  CHECK(lint(dir + "/questions.yaml") ==
        dir + "/questions.yaml:3:12: error: questions must be a mapping {hits: count|skip, where_any: [...]}\n");
}

TEST_CASE("codebook: headings reads hits and where_any like questions, a wrong value is located") {
  const Codebook cb = load(data_path("codebook/headings.yaml"));
  CHECK(cb.headings.on);
  REQUIRE(cb.headings.where_any.size() == 1);
  CHECK(cb.headings.where_any[0].condition.text == "speaker=");
  CHECK(cb.headings.mark.line == 7);
  CHECK(!cb.questions.on);
  CHECK(!load(data_path("codebook/questions.yaml")).headings.on);
  const std::string dir = test::temp_dir();
  test::write_file(dir + "/headings.yaml",
                   "codebook: x\nversion: 1\nheadings: {hits: drop}\nthemes:\n  t:\n"
                   "    codes:\n      c: {terms: [a]}\n");
  CHECK(lint(dir + "/headings.yaml") ==
        dir + "/headings.yaml:3:18: error: headings.hits 'drop' must be count or skip\n");
  test::write_file(dir + "/headings.yaml", "codebook: x\nversion: 1\nheadings: skip\nthemes:\n  t:\n"
                                           "    codes:\n      c: {terms: [a]}\n");
  CHECK(lint(dir + "/headings.yaml") ==
        dir + "/headings.yaml:3:11: error: headings must be a mapping {hits: count|skip, where_any: [...]}\n");
}

TEST_CASE("codebook: method reads its words, thresholds and where_any, and without words it is an error") {
  const Codebook cb = load(data_path("codebook/method.yaml"));
  CHECK(cb.method.on);
  REQUIRE(cb.method.where_any.size() == 1);
  CHECK(cb.method.where_any[0].condition.text == "speaker=");
  REQUIRE(cb.method.words.size() == 4);
  CHECK(cb.method.words[1].text == "sessie*");
  CHECK(cb.method.min_words == 2);
  CHECK(cb.method.min_per_100_words == 10);
  CHECK(cb.method.theme_hits == 2);
  const Codebook other = load(data_path("codebook/questions.yaml"));
  CHECK(!other.method.on);
  CHECK(other.method.min_per_100_words == 4);
  const std::string dir = test::temp_dir();
  const std::string themes = "themes:\n  t:\n    codes:\n      c: {terms: [a]}\n";
  test::write_file(dir + "/method.yaml", "codebook: x\nversion: 1\nmethod: {min_words: 3}\n" + themes);
  CHECK(lint(dir + "/method.yaml") == dir + "/method.yaml:3:9: error: method lists no words: give method.words, the "
                                            "words that tell how a study was done\n");
  test::write_file(dir + "/method.yaml",
                   "codebook: x\nversion: 1\nmethod: {words: [sessie*], min_per_100_words: 101}\n" + themes);
  CHECK(lint(dir + "/method.yaml") ==
        dir + "/method.yaml:3:47: error: method.min_per_100_words must be a whole number from 0 to 100\n");
  test::write_file(dir + "/method.yaml", "codebook: x\nversion: 1\nmethod: {words: [sessie*], hits: skip}\n" + themes);
  CHECK(lint(dir + "/method.yaml") ==
        dir + "/method.yaml:3:28: error: unknown key 'hits' in method\n");
}

TEST_CASE("codebook: answers reads uncoded, where_any and non_answers, a wrong value is located") {
  const Codebook cb = load(data_path("codebook/answers.yaml"));
  CHECK(cb.answers.on);
  REQUIRE(cb.answers.where_any.size() == 2);
  CHECK(cb.answers.where_any[1].condition.text == "unit=response");
  CHECK(cb.answers.mark.line == 7);
  REQUIRE(cb.answers.non_answers.size() == 4);
  CHECK(cb.answers.non_answers[3].text == "eigenlijk");
  CHECK(cb.answers.non_answers_mark.line == 9);
  CHECK(!load(data_path("codebook/questions.yaml")).answers.on);
  CHECK(load(data_path("codebook/questions.yaml")).answers.non_answers_mark.line == 0);
  const std::string dir = test::temp_dir();
  const std::string themes = "themes:\n  t:\n    codes:\n      c: {terms: [a]}\n";
  test::write_file(dir + "/answers.yaml", "codebook: x\nversion: 1\nanswers: {uncoded: section}\n" + themes);
  CHECK(lint(dir + "/answers.yaml") ==
        dir + "/answers.yaml:3:20: error: answers.uncoded 'section' must be none or question\n");
  test::write_file(dir + "/answers.yaml", "codebook: x\nversion: 1\nanswers: question\n" + themes);
  CHECK(lint(dir + "/answers.yaml") ==
        dir + "/answers.yaml:3:10: error: answers must be a mapping {uncoded: none|question, where_any: [...]}\n");
  test::write_file(dir + "/answers.yaml", "codebook: x\nversion: 1\nanswers: {uncoded: question, non_answers: 3}\n" + themes);
  CHECK(lint(dir + "/answers.yaml") ==
        dir + "/answers.yaml:3:43: error: '3' under answers.non_answers is a single value without letters; a pattern "
              "list is written [word, ...]\n");
}

TEST_CASE("codebook: a term can be limited to a noun or a verb reading, a wrong value is located") {
  const Codebook cb = load(data_path("codebook/word-class.yaml"));
  CHECK(cb.find_code("t/zorg_noun")->terms[0].as == WordClass::noun);
  CHECK(cb.find_code("t/zorg_verb")->terms[0].as == WordClass::verb);
  CHECK(cb.find_code("t/zorg_any")->terms[0].as == WordClass::any);
  const std::string dir = test::temp_dir();
  test::write_file(dir + "/as.yaml", "codebook: x\nversion: 1\nthemes:\n  t:\n    codes:\n"
                                     "      c: {terms: [{term: zorgen, as: verbs}]}\n");
  CHECK(lint(dir + "/as.yaml") ==
        dir + "/as.yaml:6:38: error: as must be any, noun, verb or action, not 'verbs' (did you mean 'verb'?)\n");
}
