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

TEST_CASE("agree: --coded-only, and n/a with a note instead of NaN") {
  auto r = run_draad({"agree", "--coded-only", "--format", "json", "--bootstrap", "0", A + "anna.csv", A + "bram.tsv"});
  CHECK(r.status == 0);
  CHECK(r.out.find("\"code\": \"ontmoeting/activiteit\",\n      \"units\": 2,\n      \"anna\": 2,\n      \"bram\": 2,\n"
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
