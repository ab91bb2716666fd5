#include <doctest/doctest.h>

#include "support.h"

using draad::test::run_draad;

namespace {

const std::string A = "tests/data/agree/";
const std::string kBramNotice =
    "draad agree: tests/data/agree/bram.tsv:3:17: code id ' Ontmoeting / Plek' read as 'ontmoeting/plek'; ids ignore "
    "case and spaces\n";

}  // namespace

// anna.csv (Dutch Excel ';', x marks and a codes cell) and bram.tsv (typed
// codes, odd case and spaces, did not see sessie-utrecht:4). ontmoeting/plek
// by hand: 9 pairable units, (1,1) twice, (0,1) once, (0,0) six times:
// alpha = 1 - 17 * 2 / (18² - 13² - 5²) = 0.738; kappa = (8/9 - 59/81) / (1 - 59/81) = 0.727.
TEST_CASE("agree: per code and overall, two coders, missing segment") {
  auto r = run_draad({"agree", A + "anna.csv", A + "bram.tsv"});
  CHECK(r.status == 0);
  CHECK(r.err == kBramNotice);
  CHECK(r.out ==
        "code\tunits\tanna\tbram\tagree\tcohen\tfleiss\talpha\talpha_low\talpha_high\n"
        "ontmoeting/activiteit\t9\t2\t2\t100.0\t1.000\t1.000\t1.000\t1.000\t1.000\n"
        "ontmoeting/plek\t9\t2\t3\t88.9\t0.727\t0.723\t0.738\t-0.063\t1.000\n"
        "vertrouwen/geven\t9\t2\t1\t88.9\t0.609\t0.600\t0.622\t-0.133\t1.000\n"
        "vertrouwen/vertrouwen\t9\t2\t2\t77.8\t0.357\t0.357\t0.393\t-0.214\t1.000\n"
        "overall\t36\t8\t8\t88.9\t0.679\t0.679\t0.683\t0.475\t0.894\n");
  // Deterministic: the same seed gives the same interval; another seed need not.
  CHECK(run_draad({"agree", A + "anna.csv", A + "bram.tsv"}).out == r.out);
  auto other = run_draad({"agree", "--seed", "7", A + "anna.csv", A + "bram.tsv"});
  CHECK(other.out != r.out);
}

// The alphas (0.641 and pooled 0.826) agree with the coincidence-matrix alpha
// of scripts/agreement-reference.py on the same decisions.
TEST_CASE("agree: three coders, themes, labels from the codebook, text with notes, Dutch unless --lang en") {
  auto r = run_draad({"agree", "-c", A + "codebook.yaml", "--level", "theme", "--bootstrap", "0", "--format", "text",
                      A + "anna.csv", A + "bram.tsv", A + "carmen.tsv"});
  CHECK(r.status == 0);
  CHECK(r.out ==
        "Overeenstemming per thema (3 codeurs: anna, bram, carmen)\n"
        "thema       label                         eenheden  anna  bram  carmen  overeenstemming  Fleiss' κ      α\n"
        "----------  ----------------------------  --------  ----  ----  ------  ---------------  ---------  -----\n"
        "ontmoeting  Ruimte voor ontmoeting               9     4     4       2           100,0%      1,000  1,000\n"
        "vertrouwen  Wederkerigheid en vertrouwen         9     4     2       2            77,8%      0,500  0,641\n"
        "totaal                                          18     8     6       4            88,9%      0,763  0,826\n"
        "eenheden: segmenten die twee of meer codeurs zagen; de kolom van een codeur: hoeveel daarvan die codeur het "
        "thema gaf (een van de codes).\n"
        "totaal: over alle 2 thema's samen, elk segment × thema een eenheid.\n");
  auto en = run_draad({"agree", "-c", A + "codebook.yaml", "--level", "theme", "--bootstrap", "0", "--format", "text",
                       "--lang", "en", A + "anna.csv", A + "bram.tsv", A + "carmen.tsv"});
  CHECK(en.out ==
        "Agreement per theme (3 coders: anna, bram, carmen)\n"
        "theme       label                         units  anna  bram  carmen   agree  fleiss  alpha\n"
        "----------  ----------------------------  -----  ----  ----  ------  ------  ------  -----\n"
        "ontmoeting  Ruimte voor ontmoeting            9     4     4       2  100.0%   1.000  1.000\n"
        "vertrouwen  Wederkerigheid en vertrouwen      9     4     2       2   77.8%   0.500  0.641\n"
        "overall                                      18     8     6       4   88.9%   0.763  0.826\n"
        "units: segments seen by two or more coders; a coder's column: how many of them that coder gave the theme "
        "(any of its codes).\n"
        "overall: pooled over the 2 themes, every segment × theme a unit.\n");
}

// --coded-only leaves out sessie-zwolle:1 and :6, which neither coder coded,
// for every code alike: 7 of the 9 pairable segments. ontmoeting/plek by
// hand: (1,1) twice, (0,1) once, (0,0) four times: agree 6/7; kappa =
// (6/7 - 26/49) / (23/49) = 16/23 = 0.696; alpha = 1 - 13 * 2 / (14² - 9² - 5²) = 0.711.
TEST_CASE("agree: --coded-only keeps the segments some coder coded, the same for every code") {
  auto r = run_draad({"agree", "--coded-only", "--format", "tsv", "--bootstrap", "0", A + "anna.csv", A + "bram.tsv"});
  CHECK(r.status == 0);
  CHECK(r.out ==
        "code\tunits\tanna\tbram\tagree\tcohen\tfleiss\talpha\n"
        "ontmoeting/activiteit\t7\t2\t2\t100.0\t1.000\t1.000\t1.000\n"
        "ontmoeting/plek\t7\t2\t3\t85.7\t0.696\t0.689\t0.711\n"
        "vertrouwen/geven\t7\t2\t1\t85.7\t0.588\t0.576\t0.606\n"
        "vertrouwen/vertrouwen\t7\t2\t2\t71.4\t0.300\t0.300\t0.350\n"
        "overall\t28\t8\t8\t85.7\t0.650\t0.650\t0.656\n");
  auto text = run_draad({"agree", "--coded-only", "--format", "text", "--lang", "en", "--bootstrap", "0",
                         "--level", "theme", A + "anna.csv", A + "bram.tsv"});
  CHECK(text.out ==
        "Agreement per theme (2 coders: anna, bram)\n"
        "theme       units  anna  bram   agree  cohen  fleiss  alpha\n"
        "----------  -----  ----  ----  ------  -----  ------  -----\n"
        "ontmoeting      7     4     4  100.0%  1.000   1.000  1.000\n"
        "vertrouwen      7     4     2   71.4%  0.462   0.417  0.458\n"
        "overall        14     8     6   85.7%  0.720   0.714  0.724\n"
        "units: segments seen by two or more coders; a coder's column: how many of them that coder gave the theme "
        "(any of its codes).\n"
        "--coded-only: only the segments at least one coder gave any code; the others are left out for every code "
        "alike.\n"
        "overall: pooled over the 2 themes, every segment × theme a unit.\n");
}

// On the first segments (sessie-zwolle:1 and sessie-utrecht:1) nobody gave
// ontmoeting/activiteit: absent everywhere, 0/0.
TEST_CASE("agree: n/a with a note instead of NaN") {
  auto r = run_draad({"agree", "-c", A + "codebook.yaml", "--where", "seg=1", "--format", "json", "--bootstrap", "0",
                      A + "anna.csv", A + "bram.tsv"});
  CHECK(r.status == 0);
  CHECK(r.out.find("\"code\": \"ontmoeting/activiteit\",\n      \"label\": \"Gezamenlijke activiteiten\",\n"
                   "      \"units\": 2,\n      \"anna\": 0,\n      \"bram\": 0,\n"
                   "      \"agree\": 100.0,\n      \"cohen\": \"n/a\",\n      \"fleiss\": \"n/a\",\n      \"alpha\": \"n/a\"") !=
        std::string::npos);
  CHECK(r.out.find("n/a: no variation - every decision was the same (all absent or all present), so kappa and alpha "
                   "are 0/0; the coders agree fully.") != std::string::npos);
  CHECK(r.out.find("NaN") == std::string::npos);
  CHECK(r.out.find("nan") == std::string::npos);
}

TEST_CASE("agree: --diff lists exactly the disagreeing segments") {
  auto r = run_draad({"agree", "--diff", A + "anna.csv", A + "bram.tsv", A + "carmen.tsv"});
  CHECK(r.status == 0);
  CHECK(r.out ==
        "code\tdoc\tseg\tspeaker\texcerpt\twith\twithout\tanna\tbram\tcarmen\n"
        "ontmoeting/plek\tsessie-zwolle\t5\tHenk\tHet buurtfeest in de zomer, daar leer je elkaar pas echt kennen.\t"
        "bram\tanna, carmen\tontmoeting/activiteit\tontmoeting/activiteit; ontmoeting/plek\tontmoeting/activiteit\n"
        "vertrouwen/geven\tsessie-utrecht\t3\tAnouk\tDe moestuin achter de school brengt iedereen samen; we helpen "
        "elkaar met water geven.\tanna\tbram\tontmoeting/activiteit; vertrouwen/geven\tontmoeting/activiteit\t(not seen)\n"
        "vertrouwen/geven\tsessie-zwolle\t3\tHenk\tIk vertrouw de gemeente niet meer, maar de buren wel.\tcarmen\t"
        "anna, bram\tvertrouwen/vertrouwen\tvertrouwen/vertrouwen\tvertrouwen/geven; vertrouwen/vertrouwen\n"
        "vertrouwen/vertrouwen\tsessie-utrecht\t2\tYoussef\tVertrouwen moet je verdienen, van twee kanten, ook met de "
        "wijkagent.\tanna\tbram\tvertrouwen/vertrouwen\t(none)\t(not seen)\n"
        "vertrouwen/vertrouwen\tsessie-zwolle\t4\tFatima\tAls ik mijn buurvrouw help met boodschappen, krijg ik "
        "soepjes terug.\tbram\tanna, carmen\tvertrouwen/geven\tvertrouwen/geven; vertrouwen/vertrouwen\tvertrouwen/geven\n");
}

TEST_CASE("agree: --gold measures a coding stream against an analyst") {
  auto r = run_draad({"agree", "--gold", A + "anna.csv", A + "code.tsv", "--format", "tsv"});
  CHECK(r.status == 0);
  CHECK(r.out ==
        "# proef@2#5e1f0c3a against anna per code (10 segments both saw)\n"
        "code\tgold\tcoded\ttp\tfp\tfn\tprecision\trecall\tf1\n"
        "ontmoeting/activiteit\t2\t2\t2\t0\t0\t1.000\t1.000\t1.000\n"
        "ontmoeting/plek\t2\t2\t2\t0\t0\t1.000\t1.000\t1.000\n"
        "vertrouwen/geven\t2\t3\t2\t1\t0\t0.667\t1.000\t0.800\n"
        "vertrouwen/vertrouwen\t2\t1\t1\t0\t1\t1.000\t0.500\t0.667\n"
        "overall\t8\t8\t7\t1\t1\t0.875\t0.875\t0.875\n"
        "\n"
        "# proef@2#5e1f0c3a against anna per theme (10 segments both saw)\n"
        "theme\tgold\tcoded\ttp\tfp\tfn\tprecision\trecall\tf1\n"
        "ontmoeting\t4\t4\t4\t0\t0\t1.000\t1.000\t1.000\n"
        "vertrouwen\t4\t4\t4\t0\t0\t1.000\t1.000\t1.000\n"
        "overall\t8\t8\t8\t0\t0\t1.000\t1.000\t1.000\n"
        "\n"
        "# False positives: proef@2#5e1f0c3a coded, anna did not\n"
        "code\tdoc\tseg\tspeaker\tterms\texcerpt\n"
        "vertrouwen/geven\tsessie-zwolle\t3\tHenk\tburen\tIk vertrouw de gemeente niet meer, maar de buren wel.\n"
        "\n"
        "# False negatives: anna coded, proef@2#5e1f0c3a did not\n"
        "code\tdoc\tseg\tspeaker\texcerpt\n"
        "vertrouwen/vertrouwen\tsessie-zwolle\t3\tHenk\tIk vertrouw de gemeente niet meer, maar de buren wel.\n");
  auto two = run_draad({"agree", "--gold", A + "anna.csv", A + "code.tsv", A + "bram.tsv"});
  CHECK(two.status == 2);
}

TEST_CASE("agree: bad input is refused with a located message") {
  auto typo = run_draad({"agree", "-c", A + "codebook.yaml", A + "typo.csv", A + "anna.csv"});
  CHECK(typo.status == 1);
  CHECK(typo.err ==
        "draad agree: tests/data/agree/typo.csv:3:17: unknown code 'vertrouwen/vertrouwn' (did you mean "
        "'vertrouwen/vertrouwen'?)\n");
  auto one = run_draad({"agree", A + "anna.csv"});
  CHECK(one.status == 1);
  CHECK(one.err == "draad agree: tests/data/agree/anna.csv: agreement needs two coders or more; the files hold 1 ('anna')\n");
  auto twice = run_draad({"agree", A + "anna.csv", A + "anna.csv"});
  CHECK(twice.status == 1);
  CHECK(twice.err == "draad agree: tests/data/agree/anna.csv: the file is given twice\n");
  auto missing = run_draad({"agree", A + "anna.csv", "tests/data/agree/nobody.csv"});
  CHECK(missing.status == 1);
  CHECK(missing.err.starts_with("draad agree: tests/data/agree/nobody.csv: "));
  CHECK(run_draad({"agree", "--level", "sentence", A + "anna.csv", A + "bram.tsv"}).status == 2);
}

TEST_CASE("agree: codings made with another codebook, or another version, are not compared") {
  const std::string dir = draad::test::temp_dir();
  std::string older = draad::test::read_file(draad::test::data_path("agree/code.tsv"));
  for (std::size_t at; (at = older.find("proef@2#5e1f0c3a")) != std::string::npos;)
    older.replace(at, 16, "proef@1#0badf00d");
  draad::test::write_file(dir + "/oud.tsv", older);
  auto two = run_draad({"agree", A + "code.tsv", dir + "/oud.tsv"});
  CHECK(two.status == 1);
  CHECK(two.err == "draad agree: " + dir +
                       "/oud.tsv: coded with codebook 'proef@1#0badf00d', but tests/data/agree/code.tsv with codebook "
                       "'proef@2#5e1f0c3a': codings made with different codebooks (or versions) are not compared; "
                       "code both with one codebook\n");
  auto against = run_draad({"agree", "-c", A + "codebook.yaml", A + "anna.csv", dir + "/oud.tsv"});
  CHECK(against.status == 1);
  CHECK(against.err.starts_with("draad agree: " + dir +
                                "/oud.tsv: coded with codebook 'proef@1#0badf00d', but tests/data/agree/codebook.yaml "
                                "is 'proef@2#"));
  CHECK(against.err.ends_with("': the codebook changed since coding; code again, or give the codebook that was used\n"));
}

TEST_CASE("agree: a label or a bare code typed instead of an id gets a suggestion, not a code of its own") {
  const std::string dir = draad::test::temp_dir();
  draad::test::write_file(dir + "/label.csv", "doc,seg,codes\nsessie-zwolle,2,Ontmoetingsplekken\n");
  draad::test::write_file(dir + "/kaal.csv", "doc,seg,codes\nsessie-zwolle,2,\"vertrouwen/geven; plek\"\n");
  draad::test::write_file(dir + "/thema.csv", "doc,seg,codes\nsessie-zwolle,2,Wederkerigheid en vertrouwen\n");
  auto agree = [&](const std::string& file, bool codebook) {
    std::vector<std::string> args = {"agree", dir + "/" + file, A + "anna.csv"};
    if (codebook) args.insert(args.begin() + 1, {"-c", A + "codebook.yaml"});
    auto r = run_draad(args);
    CHECK(r.status == 1);
    return r.err;
  };
  const std::string at = "draad agree: " + dir;
  CHECK(agree("label.csv", true) == at + "/label.csv:2:17: unknown code 'Ontmoetingsplekken': that is the label of "
                                         "code 'ontmoeting/plek'; type the id\n");
  CHECK(agree("label.csv", false) == at + "/label.csv:2:17: 'Ontmoetingsplekken' is not a code id (theme/code); type "
                                          "a code's id, or give -c CODEBOOK to find the code of a label\n");
  CHECK(agree("thema.csv", true) == at + "/thema.csv:2:17: unknown code 'Wederkerigheid en vertrouwen': that is the "
                                         "label of theme 'vertrouwen'; type one of its codes, e.g. "
                                         "'vertrouwen/vertrouwen'\n");
  CHECK(agree("kaal.csv", true) == at + "/kaal.csv:2:17: unknown code 'plek' (did you mean 'ontmoeting/plek'?)\n");
  // Without a codebook the ids of every file are the candidates (anna.csv is read after kaal.csv).
  CHECK(agree("kaal.csv", false) ==
        at + "/kaal.csv:2:17: 'plek' is not a code id (theme/code) (did you mean 'ontmoeting/plek'?)\n");
}

// A gold coded by theme: the theme ids typed. sessie-zwolle:2 and :3 agree;
// draad codes :4 vertrouwen (help) where the gold has nothing, and :5
// ontmoeting (buurtfeest) where the gold has vertrouwen.
TEST_CASE("agree: --gold --level theme scores themes, and a theme id counts for its theme") {
  const std::string dir = draad::test::temp_dir();
  draad::test::write_file(dir + "/gold.csv",
                          "doc,seg,codes\nsessie-zwolle,2,ontmoeting\nsessie-zwolle,3,vertrouwen\nsessie-zwolle,4,\n"
                          "sessie-zwolle,5,vertrouwen\n");
  auto r = run_draad({"agree", "--gold", dir + "/gold.csv", A + "code.tsv", "--level", "theme", "--format", "tsv"});
  CHECK(r.status == 0);
  CHECK(r.err == "draad agree: " + dir +
                     "/gold.csv:2:17: 'ontmoeting' is a theme, not a code: it counts with --level theme only (and 1 "
                     "more theme id)\n");
  CHECK(r.out ==
        "# proef@2#5e1f0c3a against gold per theme (4 segments both saw)\n"
        "theme\tgold\tcoded\ttp\tfp\tfn\tprecision\trecall\tf1\n"
        "ontmoeting\t1\t2\t1\t1\t0\t0.500\t1.000\t0.667\n"
        "vertrouwen\t2\t2\t1\t1\t1\t0.500\t0.500\t0.500\n"
        "overall\t3\t4\t2\t2\t1\t0.500\t0.667\t0.571\n"
        "\n"
        "# False positives: proef@2#5e1f0c3a coded, gold did not\n"
        "theme\tdoc\tseg\tspeaker\tterms\texcerpt\n"
        "ontmoeting\tsessie-zwolle\t5\tHenk\tbuurtfeest\tHet buurtfeest in de zomer, daar leer je elkaar pas echt kennen.\n"
        "vertrouwen\tsessie-zwolle\t4\tFatima\thelp\tAls ik mijn buurvrouw help met boodschappen, krijg ik soepjes terug.\n"
        "\n"
        "# False negatives: gold coded, proef@2#5e1f0c3a did not\n"
        "theme\tdoc\tseg\tspeaker\texcerpt\n"
        "vertrouwen\tsessie-zwolle\t5\tHenk\tHet buurtfeest in de zomer, daar leer je elkaar pas echt kennen.\n");
}

TEST_CASE("agree: --bootstrap and --seed outside their range are usage errors") {
  auto agree = [](const std::string& option, const std::string& value) {
    auto r = run_draad({"agree", option, value, A + "anna.csv", A + "bram.tsv"});
    CHECK(r.status == 2);
    return r.err.substr(0, r.err.find('\n'));
  };
  CHECK(agree("--bootstrap", "-1") == "draad agree: --bootstrap: Value -1 not in range 0 to 100000");
  CHECK(agree("--bootstrap", "100001") == "draad agree: --bootstrap: Value 100001 not in range 0 to 100000");
  CHECK(agree("--seed", "-5") == "draad agree: --seed: '-5' is not a whole number of 0 or more");
  CHECK(run_draad({"agree", "--bootstrap", "100000", "--where", "seg=1", A + "anna.csv", A + "bram.tsv"}).status == 0);
}
