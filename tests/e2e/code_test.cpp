#include <doctest/doctest.h>

#include <filesystem>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

#include "support.h"

using draad::test::run_draad;
using draad::test::shell;

namespace {

const std::string kMini = "tests/data/codebook/mini.yaml";
const std::string kSegments = "tests/data/codebook/segments.tsv";

std::string coder() {
  auto r = run_draad({"codebook", "lint", kMini});
  // "path: mini (mini@2#xxxxxxxx), ..."
  auto open = r.out.find('(');
  return r.out.substr(open + 1, r.out.find(')') - open - 1);
}

}  // namespace

TEST_CASE("code: one row per segment and code, uncoded segments kept, offsets in code points") {
  auto r = run_draad({"code", "-c", kMini, kSegments});
  CHECK(r.status == 0);
  CHECK(r.err == "");
  const std::string c = coder();
  CHECK(c.starts_with("mini@2#"));
  CHECK(r.out ==
        "doc\tseg\tcode\ttheme\tcoder\thits\tterms\tnegated\tunit\tspeaker\tstart\tend\ttext\ttime\tplaats\n"
        "zwolle\t1\tontmoeting/buurt\tontmoeting\t" + c + "\t1\tbuurthuis@29-38\t\tparagraph\tFatima\t0\t40\tWe hebben geen plek, wel een buurthuis.\t\tZwolle\n"
        "zwolle\t1\tontmoeting/plek\tontmoeting\t" + c + "\t1\tbuurthuis@29-38\tplek@15-19\tparagraph\tFatima\t0\t40\tWe hebben geen plek, wel een buurthuis.\t\tZwolle\n"
        "zwolle\t2\t\t\t" + c + "\t0\t\t\tparagraph\tPiet\t42\t66\tHet weer is mooi vandaag.\t\tZwolle\n"
        "almere\t1\tontmoeting/buurt\tontmoeting\t" + c + "\t1\tbuurt@49-54\t\tturn\tP3\t7\t58\tÉén ontmoeting; en nóg ontmoetingen in de buurt.\t00:01:02\tAlmere\n"
        "almere\t1\tontmoeting/ontmoeting\tontmoeting\t" + c + "\t2\tontmoeting@11-21;ontmoetingen@30-42\t\tturn\tP3\t7\t58\tÉén ontmoeting; en nóg ontmoetingen in de buurt.\t00:01:02\tAlmere\n");
  // The same from standard input.
  auto piped = run_draad({"code", "-c", kMini}, draad::test::read_file(draad::test::data_path("codebook/segments.tsv")));
  CHECK(piped.out == r.out);
}

TEST_CASE("code: the segment's columns are written back as read, in any column order") {
  // Escapes stay escapes; a bare carriage return inside a field (only a
  // final one ends a line) is written as \r, as every draad writer escapes it.
  const std::string stream =
      "plaats\ttext\tseg\tnoot\tdoc\tstart\n"
      "Zwolle\tIn de buurt\\tdaar.\t1\tzie\rook\\\\hier\tzw\\\\olle\t0\n"
      "\tGeen\\nwoorden\t2\t\tzw\\\\olle\t12\r\n";
  auto r = run_draad({"code", "-c", kMini}, stream);
  CHECK(r.status == 0);
  const std::string c = coder();
  CHECK(r.out ==
        "doc\tseg\tcode\ttheme\tcoder\thits\tterms\tnegated\tplaats\ttext\tnoot\tstart\n"
        "zw\\\\olle\t1\tontmoeting/buurt\tontmoeting\t" + c + "\t1\tbuurt@6-11\t\tZwolle\tIn de buurt\\tdaar.\tzie\\rook\\\\hier\t0\n"
        "zw\\\\olle\t2\t\t\t" + c + "\t0\t\t\t\tGeen\\nwoorden\t\t12\n");
}

TEST_CASE("code: -j 2 gives byte-identical output over many batches") {
  const std::string dir = draad::test::temp_dir();
  std::string stream = "doc\tseg\tunit\tspeaker\tstart\tend\ttext\ttime\n";
  const std::string texts[] = {"Geen plek om elkaar te ontmoeten, zei ze.", "Het buurthuis is dicht.",
                               "Niets aan de hand.", "Een omstander moet durven ingrijpen, samen redzaam en zelfredzaam."};
  for (int doc = 0; doc < 200; ++doc)
    for (int seg = 0; seg < 30; ++seg)
      stream += "d" + std::to_string(doc) + "\t" + std::to_string(seg + 1) + "\tparagraph\t\t" + std::to_string(seg * 100) +
                "\t" + std::to_string(seg * 100 + 60) + "\t" + texts[(doc + seg) % 4] + "\t\n";
  draad::test::write_file(dir + "/big.tsv", stream);
  auto one = run_draad({"code", "-c", kMini, "-j", "1", dir + "/big.tsv"});
  auto two = run_draad({"code", "-c", kMini, "-j", "2", dir + "/big.tsv"});
  CHECK(one.status == 0);
  CHECK(two.status == 0);
  CHECK(one.out.size() > 600'000);
  CHECK(one.out == two.out);
}

TEST_CASE("code: documents and directories are segmented first") {
  auto direct = run_draad({"code", "-c", kMini, "samples/"});
  auto piped = shell("draad segment samples/ | draad code -c " + kMini);
  CHECK(direct.status == 0);
  CHECK(direct.out == piped.out);
  CHECK(direct.out.find("\tontmoeting/plek\tontmoeting\tmini@2#") != std::string::npos);
}

TEST_CASE("code: takes the options of draad segment for the documents it segments") {
  const std::string dir = draad::test::temp_dir();
  draad::test::write_file(dir + "/latin1.txt", "Het buurthuis is ons caf\xe9.\n\nGeen plek, zei hij.\n");
  auto refused = run_draad({"code", "-c", kMini, dir + "/latin1.txt"});
  CHECK(refused.status == 1);
  CHECK(refused.err.find(dir + "/latin1.txt:1:25: invalid UTF-8") != std::string::npos);
  auto direct = run_draad({"code", "-c", kMini, "--encoding", "latin1", "--unit", "document", dir + "/latin1.txt"});
  auto piped = shell("draad segment --encoding latin1 --unit document " + dir + "/latin1.txt | draad code -c " + kMini);
  CHECK(direct.status == 0);
  CHECK(direct.out == piped.out);
  CHECK(direct.out.find("\tdocument\t\t0\t47\tHet buurthuis is ons café.\\n\\nGeen plek, zei hij.\t") !=
        std::string::npos);
}

TEST_CASE("code: a document or a stream through a named pipe is read once, not looked at first") {
  const std::string dir = draad::test::temp_dir() + "/pipes";
  std::filesystem::create_directories(dir);
  const std::string pipe = dir + "/p";
  // a document: coded as the file itself is
  auto document = shell("rm -f " + pipe + " && mkfifo " + pipe + " && (cat samples/duo-interview-almere.txt > " + pipe +
                        " &) && draad code -c " + kMini + " " + pipe + " | cut -f2,3,7");
  auto file = shell("draad code -c " + kMini + " samples/duo-interview-almere.txt | cut -f2,3,7");
  CHECK(document.status == 0);
  CHECK(document.out == file.out);
  CHECK(document.out.find("\n1\t") != std::string::npos);
  // a segment stream: named for what it is, no document made of its rows
  auto stream = shell("rm -f " + pipe + " && mkfifo " + pipe + " && (cat " + kSegments + " > " + pipe +
                      " &) && draad code -c " + kMini + " " + pipe);
  CHECK(stream.status == 1);
  CHECK(stream.out == "");
  CHECK(stream.err == "draad code: " + pipe + ": a segment stream, not a document: give it on standard input (-)\n");
}

TEST_CASE("code: an output that cannot be written is an error, not a short stream") {
  auto full = shell("draad code -c " + kMini + " " + kSegments + " > /dev/full");
  CHECK(full.status == 1);
  CHECK(full.err == "draad code: write error: No space left on device\n");
}

TEST_CASE("code: -j 3 over documents (segmenting on one thread, coding on two) gives the same bytes") {
  const std::string dir = draad::test::temp_dir() + "/docs";
  std::filesystem::create_directories(dir);
  for (int copy = 0; copy < 4; ++copy)
    std::filesystem::copy(std::string(DRAAD_SOURCE_DIR) + "/samples", dir + "/r" + std::to_string(copy),
                          std::filesystem::copy_options::recursive);
  auto one = run_draad({"code", "-c", kMini, dir});
  auto three = run_draad({"code", "-c", kMini, "-j", "3", dir});
  CHECK(one.status == 0);
  CHECK(three.status == 0);
  CHECK(one.out.size() > 600'000);  // the documents make three batches of 256 KB
  CHECK(one.out == three.out);
}

TEST_CASE("code: bad input is refused with a located message") {
  auto bad_codebook = run_draad({"code", "-c", "tests/data/codebook/errors.yaml", kSegments});
  CHECK(bad_codebook.status == 1);
  CHECK(bad_codebook.out == "");
  CHECK(bad_codebook.err ==
        "draad code: tests/data/codebook/errors.yaml:1:11: codebook name 'Kapot' must be lower case letters, digits and "
        "_ (and 13 more errors; run 'draad codebook lint tests/data/codebook/errors.yaml')\n");

  auto missing = run_draad({"code", "-c", kMini}, "doc\tseg\tstart\nx\t1\t0\n");
  CHECK(missing.status == 1);
  CHECK(missing.err == "draad code: <stdin>:1: missing required column 'text' (the header has: doc, seg, start); draad code reads the "
                       "segment stream of draad segment\n");

  auto bad_start = run_draad({"code", "-c", kMini}, "doc\tseg\tstart\ttext\nx\t1\tvijf\tplek\n");
  CHECK(bad_start.status == 1);
  CHECK(bad_start.err == "draad code: <stdin>:2:5: start 'vijf' is not a code point offset (a whole number)\n");

  const std::string dir = draad::test::temp_dir();
  draad::test::write_file(dir + "/slow.yaml",
                          "codebook: slow\nversion: 1\nthemes:\n  t:\n    codes:\n      c:\n        regex: [\"(a+)+$\"]\n");
  auto slow = run_draad({"code", "-c", dir + "/slow.yaml"}, "doc\tseg\tstart\ttext\nx\t7\t0\t" + std::string(40, 'a') + "!\n");
  CHECK(slow.status == 1);
  CHECK(slow.err == "draad code: " + dir + "/slow.yaml:7:17: regular expression '(a+)+$' of code t/c ran away (time limit) "
                    "and was stopped; simplify it (nested repetition such as (a+)+ is the usual cause) (document x, segment 7)\n");
}

TEST_CASE("code: codebook lint reports every problem and exits 1") {
  auto ok = run_draad({"codebook", "lint", kMini});
  CHECK(ok.status == 0);
  CHECK(ok.out.starts_with(kMini + ": mini (mini@2#"));
  CHECK(ok.out.ends_with("), 2 themes, 7 codes, 1 threads\n"));
  auto bad = run_draad({"codebook", "lint", "tests/data/codebook/errors.yaml"});
  CHECK(bad.status == 1);
  CHECK(bad.err.starts_with("tests/data/codebook/errors.yaml:1:11: error: codebook name 'Kapot' must be lower case"));
  CHECK(bad.err.find("tests/data/codebook/errors.yaml:22:13: error: thread draad names unknown code 'ontmoeting/plke' "
                     "(did you mean 'ontmoeting/plek'?)\n") != std::string::npos);
  CHECK(bad.err.ends_with("draad codebook: 14 errors, 1 warning\n"));
}

TEST_CASE("code: codebook convert imports LIWC and quanteda dictionaries") {
  auto liwc = run_draad({"codebook", "convert", "tests/data/codebook/liwc.dic"});
  CHECK(liwc.status == 0);
  CHECK(liwc.out ==
        "# Imported by draad codebook convert from tests/data/codebook/liwc.dic (LIWC dictionary).\n"
        "codebook: liwc\nversion: 1\nlanguage: nl\nthemes:\n  liwc:\n    label: liwc\n    codes:\n"
        "      sociaal:\n        label: Sociaal\n        globs: [buur*, samen]\n"
        "      positief_gevoel:\n        label: Positief Gevoel\n        globs: [samen, blij]\n        phrases: [fijn weer]\n");
  auto terms = run_draad({"codebook", "convert", "--terms", "--name", "Sociale Woorden", "tests/data/codebook/quanteda.yml"});
  CHECK(terms.status == 0);
  CHECK(terms.out.find("codebook: sociale_woorden\n") != std::string::npos);
  CHECK(terms.out.find("      plekken:\n        label: PLEKKEN\n        terms: [buurthuis]\n        globs: [bibliothe*]\n"
                       "        phrases: [plek om te ontmoeten]\n") != std::string::npos);
  CHECK(terms.out.find("          buren_sub:\n            label: BUREN_SUB\n            terms: [buurvrouw]\n") != std::string::npos);
  // What convert writes is a codebook that lints clean and codes.
  const std::string dir = draad::test::temp_dir();
  draad::test::write_file(dir + "/q.yaml", terms.out);
  auto coded = run_draad({"code", "-c", dir + "/q.yaml"}, "doc\tseg\tstart\ttext\nx\t1\t0\tDe buurvrouw voelt zich veilig.\n");
  CHECK(coded.status == 0);
  CHECK(coded.out.find("\tontmoeting/mensen/buren_sub\tontmoeting\t") != std::string::npos);
  CHECK(coded.out.find("\tveiligheid/veiligheid\tveiligheid\t") != std::string::npos);

  auto broken = run_draad({"codebook", "convert", "-"}, "%\n1\tSociaal\n%\nburen\t2\n");
  CHECK(broken.status == 1);
  CHECK(broken.err == "draad codebook: <stdin>:4:7: unknown category number 2\n");
}

TEST_CASE("code: codebook show prints codes and threads as tables") {
  auto md = run_draad({"codebook", "show", kMini, "--format", "md"});
  CHECK(md.status == 0);
  CHECK(md.out.find("| theme | code | label | definition |") != std::string::npos);
  CHECK(md.out.find("| ontmoeting | ontmoeting/plek | Plekken |  |  |  |  | terms: plek (head), buurthuis | flag | 1 |") !=
        std::string::npos);
  CHECK(md.out.find("| ontmoeten | Ontmoeten verbindt |  | ontmoeting/ontmoeting, spelregels/elkaar | ontmoeting | 2 | document |") !=
        std::string::npos);
}

TEST_CASE("explain e2e: words and lemmas, each hit's pattern and fate") {
  auto r = run_draad({"explain", "-c", "tests/data/codebook/verbs.yaml", "Ik vertrouw de gemeente niet.",
                      "Ik doe graag mee."});
  CHECK(r.status == 0);
  CHECK(r.out ==
        "Ik vertrouw de gemeente niet.\n"
        "  words: Ik vertrouw(verb: vertrouwen) de gemeente niet[negation]\n"
        "  samen/vertrouwen: does not apply\n"
        "    vertrouw                 term 'vertrouwen' (line 18): flagged, not counted, negated by 'niet' after it "
        "(negation: flag)\n"
        "Ik doe graag mee.\n"
        "  words: Ik doe(verb: doen) graag mee\n"
        "  samen/meedoen: applies\n"
        "    doe graag mee            term 'meedoen' (line 21): counted\n");
  // a particle apart that its verb takes is no hit of its own (werk ... thuis:
  // thuiswerken), before the codebook's exclusion of that verb says so
  auto excluded = run_draad({"explain", "-c", "tests/data/codebook/verbs.yaml", "--code", "samen/thuis"},
                            "Ik werk thuis, en de thuiszorg komt.\n\nIk ben graag thuis.\n");
  CHECK(excluded.status == 0);
  CHECK(excluded.out ==
        "Ik werk thuis, en de thuiszorg komt.\n"
        "  words: Ik werk(verb: werken) thuis en de thuiszorg(noun) komt(komen,komt)\n"
        "  samen/thuis: does not apply\n"
        "    thuis                    term 'thuis' (line 36): vetoed, the particle of the separable verb thuiswerken\n"
        "Ik ben graag thuis.\n"
        "  words: Ik ben(verb: zijn) graag thuis\n"
        "  samen/thuis: applies\n"
        "    thuis                    term 'thuis' (line 36): counted\n");
  CHECK(run_draad({"explain", "--code", "geen/code", "tekst"}).status == 2);
  CHECK(run_draad({"explain"}, "ok\n\xff\n").err.find("<stdin>:2:1: invalid UTF-8") != std::string::npos);
}

TEST_CASE("code e2e: the default codebook on spoken Dutch: verbs, negation, and false hits it avoids") {
  const std::string segments =
      "doc\tseg\tstart\ttext\n"
      "d\t1\t0\tIk regel straks koffie.\n"
      "d\t2\t0\tDat is geen feest, hoor.\n"
      "d\t3\t0\tWelkom allemaal.\n"
      "d\t4\t0\tWe nemen het gesprek op.\n"
      "d\t5\t0\tJe hoort nooit meer iets terug.\n"
      "d\t6\t0\tVeel contacten met de gemeente.\n"
      "d\t7\t0\tIk moet altijd hokjes aankruisen.\n"
      "d\t8\t0\tJe kunt ook online meedoen.\n"
      "d\t9\t0\tEr werd over ons gepraat, niet met ons.\n"
      "d\t10\t0\tIk maai het gras van mijn buurvrouw.\n"
      "d\t11\t0\tWe weten te weinig van elkaar.\n"
      "d\t12\t0\tJij spreekt goed Nederlands.\n"
      "d\t13\t0\tEen paar mensen doen vanavond online mee.\n"
      "d\t14\t0\tMijn Nederlandse collega's doen niet mee.\n"
      "d\t15\t0\tEr werd niet gevraagd of we koffie wilden.\n"
      "d\t16\t0\tZe ontvingen ons in het stadhuis en gaven een presentatie.\n"
      "d\t17\t0\tAls ik thuis ben, wil ik rust.\n"
      "d\t18\t0\tHet is een lang verhaal. Een veilige reis naar huis!\n"
      "d\t19\t0\tHier kan ik me echt thuis voelen.\n"
      "d\t20\t0\tIk werk bij een bank, de kippen zitten in het hok.\n";
  auto r = draad::test::shell("draad code | cut -f2,3", segments);
  CHECK(r.status == 0);
  CHECK(r.out ==
        "seg\tcode\n1\t\n2\t\n3\t\n4\t\n5\t\n6\t\n7\t\n8\t\n"
        "9\twederkerigheid/inspraak\n"
        "10\twederkerigheid/burenhulp\n"
        "11\tontmoeting/ontmoeten\n"
        "12\tcommunicatie/discriminatie\n12\tcommunicatie/taal\n"
        "13\t\n"
        "14\twederkerigheid/vrijwilligerswerk\n"
        "15\t\n16\t\n17\t\n18\t\n"
        "19\tverhalen/thuisgevoel\n"
        "20\t\n");
}

TEST_CASE("code e2e: the default codebook: idioms, method paragraphs and verbs it does not code") {
  // Each idiom beside a sentence where its word keeps the codebook's meaning.
  const std::string segments =
      "doc\tseg\tstart\tspeaker\ttext\n"
      "d\t1\t0\t\tDat wil niet zeggen dat diversiteit niet kan schuren.\n"
      "d\t2\t0\t\tZe wilde niet zeggen wat er speelde.\n"
      "d\t3\t0\t\tOnderzoek lijkt in eerste instantie weinig hoopgevend.\n"
      "d\t4\t0\t\tDe instantie belde nooit terug.\n"
      "d\t5\t0\t\tHet onderzoek schetste een vrij unaniem beeld.\n"
      "d\t6\t0\t\tEr is een negatief beeld van de wijk.\n"
      "d\t7\t0\t\tHet gevoel dat de stad zo beleefd wordt, telt.\n"
      "d\t8\t0\t\tHij is altijd beleefd.\n"
      "d\t9\t0\t\tBeperkende regelgeving in de vorm van vergunningen.\n"
      "d\t10\t0\t\tWe maken afspraken met elkaar.\n"
      // a method paragraph (no speaker): meedoen split over its clause is one passing word
      "d\t11\t0\t\tWe hielden vijf bijeenkomsten; aan elke sessie deden twintig mensen mee.\n"
      "d\t12\t0\tAnna\tWe hielden vijf bijeenkomsten; aan elke sessie deden twintig mensen mee.\n"
      // geloven the verb is no faith
      "d\t13\t0\tJo\tEerst zien, dan geloven.\n"
      "d\t14\t0\tJo\tHet geloof speelt een rol.\n";
  auto r = draad::test::shell("draad code | cut -f2,3", segments);
  CHECK(r.status == 0);
  CHECK(r.out ==
        "seg\tcode\n1\t\n"
        "2\tcommunicatie/weten_wat_speelt\n"
        "3\t\n"
        "4\twederkerigheid/samenwerking\n"
        "5\t\n"
        "6\tcommunicatie/beeldvorming\n"
        "7\t\n"
        "8\tspelregels/omgangsvormen\n"
        "9\t\n"
        "10\tspelregels/regels_afspraken\n"
        "11\t\n"
        "12\twederkerigheid/vrijwilligerswerk\n"
        "13\t\n"
        "14\tverhalen/identiteit\n");
}

TEST_CASE("code e2e: where limits keep codes from segments by their columns, and a missing column is said once") {
  auto r = draad::test::shell("draad code -c tests/data/codebook/limits.yaml tests/data/codebook/limits-segments.tsv "
                              "| cut -f2,3,6,7");
  CHECK(r.status == 0);
  // 1: the moderator's welkom; 3: thuis by the interviewer; buurthuis
  // counts, as the segments have no plaats
  CHECK(r.out ==
        "seg\tcode\thits\tterms\n"
        "1\t\t0\t\n"
        "2\tgevoel/thuis\t1\tthuis@44-49\n"
        "2\tgevoel/welkom\t1\tWelkom@0-6\n"
        "3\tontmoeting/buurthuis\t1\tbuurthuis@32-41\n"
        "4\tgevoel/thuis\t1\tthuis@17-22\n"
        "4\tgevoel/thuis/echt_thuis\t1\techt thuis@12-22\n");
  CHECK(r.err ==
        "draad code: tests/data/codebook/limits.yaml:31:16: warning: the segments have no column 'plaats', so where "
        "'plaats=zwolle' (and any other limit on it) is not applied\n");
}

TEST_CASE("explain e2e: a code not applied by a where limit, and a passing mention in a long segment") {
  auto r = run_draad({"explain", "-c", "tests/data/codebook/limits.yaml", "--attribute", "rol=moderator",
                      "--attribute", "plaats=Zwolle", "Welkom in het buurthuis.",
                      "Op de markt kom ik iedereen tegen, de bakker, de buren, de kinderen van school, echt iedereen."});
  CHECK(r.status == 0);
  CHECK(r.out ==
        "Welkom in het buurthuis.\n"
        "  words: Welkom in het buurthuis\n"
        "  gevoel/welkom: does not apply\n"
        "    Welkom                   term 'welkom' (line 16): not applied, as rol = moderator (where 'rol!=moderator', "
        "line 12)\n"
        "  ontmoeting/buurthuis: applies\n"
        "    buurthuis                term 'buurthuis' (line 30): counted\n"
        "Op de markt kom ik iedereen tegen, de bakker, de buren, de kinderen van school, echt iedereen.\n"
        "  words: Op de markt(noun) kom(verb: komen) ik iedereen tegen de bakker de buren(buur,buren) de "
        "kinderen(kind) van school(noun) echt iedereen\n"
        "  ontmoeting/markt: does not apply\n"
        "    markt                    term 'markt' (line 34): counted\n"
        "    markt                    long_segments: a passing mention, theme ontmoeting has 1 counted hit of one word "
        "in a segment of 17 words, fewer than the 2 long_segments asks\n");
  CHECK(run_draad({"explain", "--attribute", "rol", "tekst"}).status == 2);
}

TEST_CASE("code e2e: the default codebook on new sentences, and the moderator's procedure codes nothing") {
  const std::string segments =
      "doc\tseg\tspeaker\tstart\ttext\n"
      "d\t1\tGespreksleider\t0\tWelkom allemaal, we nemen dit gesprek op voor het verslag.\n"
      "d\t2\tGespreksleider\t0\tFijn dat jullie er zijn, in deze gesprekken horen we veel.\n"
      "d\t3\tAnna\t0\tZij regelt altijd de boodschappen voor mij.\n"
      "d\t4\tAnna\t0\tIk voel me hier eindelijk thuis.\n"
      "d\t5\tBert\t0\tIk help mijn buurman met zijn tuin.\n"
      "d\t6\tAnna\t0\tEr wordt wel over ons beslist, maar niemand vraagt ons iets.\n"
      "d\t7\tBert\t0\tIn deze gesprekken gaan we eindelijk met elkaar in gesprek.\n"
      "d\t8\tAnna\t0\tHoe dat kwam? Dat is een heel verhaal.\n"
      "d\t9\tBert\t0\tWe hebben structureel geld nodig, geen potjes.\n"
      "d\t10\tAnna\t0\tDat is structureel racisme.\n"
      "d\t11\tBert\t0\tWat verwacht u in de toekomst van de buurt?\n";
  auto r = draad::test::shell("draad code | cut -f2,3", segments);
  CHECK(r.status == 0);
  CHECK(r.out ==
        "seg\tcode\n1\t\n2\t\n3\t\n"
        "4\tverhalen/thuisgevoel\n"
        "5\twederkerigheid/burenhulp\n"
        "6\twederkerigheid/inspraak\n"
        "7\tspelregels/luisteren_dialoog\n"
        "8\t\n"
        "9\twederkerigheid/samenwerking\n"
        "10\tcommunicatie/discriminatie\n10\tcommunicatie/macht\n"
        "11\t\n");
}

TEST_CASE("code e2e: no term or phrase of the default codebook is vetoed by its own code's exclusions") {
  // An exclusion matches by lemma like a term does, so a diminutive (plekje)
  // or a glob (voorbe*) can silence the very words the code is about.
  auto shown = run_draad({"codebook", "show", "codebooks/samenleven.yaml", "--format", "tsv"});
  REQUIRE(shown.status == 0);
  std::istringstream lines(shown.out);
  std::string line;
  std::size_t codes = 0;
  while (std::getline(lines, line)) {
    std::vector<std::string> fields;
    for (std::size_t at = 0;;) {
      const auto tab = line.find('\t', at);
      fields.push_back(line.substr(at, tab - at));
      if (tab == std::string::npos) break;
      at = tab + 1;
    }
    if (fields.size() < 8 || fields[1].find('/') == std::string::npos) continue;
    // "terms: a, b (head); globs: ...; phrases: "c d", "e"; exclude: ..."
    std::vector<std::string> args{"explain", "--code", fields[1]};
    for (std::size_t at = 0; at < fields[7].size();) {
      auto end = fields[7].find("; ", at);
      if (end == std::string::npos) end = fields[7].size();
      const std::string part = fields[7].substr(at, end - at);
      at = end + 2;
      const bool terms = part.rfind("terms: ", 0) == 0, phrases = part.rfind("phrases: ", 0) == 0;
      if (!terms && !phrases) continue;
      std::istringstream items(part.substr(part.find(' ') + 1));
      std::string item;
      while (std::getline(items, item, ',')) {
        item = item.substr(item.find_first_not_of(' '));
        if (terms) item = item.substr(0, item.find(" ("));
        if (phrases) item = item.substr(1, item.size() - 2);
        if (item.find('*') == std::string::npos) args.push_back(item + ".");
      }
    }
    if (args.size() == 3) continue;
    ++codes;
    auto r = run_draad(args);
    CHECK(r.status == 0);
    INFO(fields[1]);
    CHECK(r.out.find("vetoed") == std::string::npos);
  }
  CHECK(codes == 41);
}

namespace {

// `command` run with the cache off, then twice with a fresh cache directory,
// checked for what every cache file promises: none before, `name` after the
// first run, left as it was by the second (which finds all it needs in it),
// and the output of the cache-off run from both.
struct CachedRuns {
  std::string dir = draad::test::temp_dir();
  std::string env = "XDG_CACHE_HOME=" + dir + " ";
  std::string file;
  draad::test::Run off;

  CachedRuns(const std::string& name, const std::string& command) : file(dir + "/draad/" + name) {
    namespace fs = std::filesystem;
    off = shell("DRAAD_CACHE=off " + env + command);
    CHECK(off.status == 0);
    CHECK_FALSE(fs::exists(file));
    const auto first = shell(env + command);
    REQUIRE(fs::exists(file));
    const auto written = fs::last_write_time(file);
    const auto second = shell(env + command);
    CHECK(fs::last_write_time(file) == written);
    for (const auto* run : {&first, &second}) {
      CHECK(run->out == off.out);
      CHECK(run->err == off.err);
    }
  }

  // `command` run once more with `file` changed by `change`: the output of
  // the cache-off run, and the file is not used but written anew.
  void changed(const std::string& command, const std::function<void(std::string&)>& change) const {
    std::string content = draad::test::read_file(file);
    change(content);
    draad::test::write_file(file, content);
    CHECK(shell(env + command).out == off.out);
    CHECK(draad::test::read_file(file) != content);
  }
};

}  // namespace

TEST_CASE("code: the dictionary's answers are kept between runs, and a changed cache file is not used") {
  const std::string command = "draad code samples/sessie-zwolle.txt";  // the default codebook: verbs too
  const CachedRuns runs("hunspell-nl.answers-draad", command);
  // Without the kept lemmas every word is lemmatised again, each answer
  // from the answers file: none asked, nothing written.
  namespace fs = std::filesystem;
  const auto written = fs::last_write_time(runs.file);
  fs::remove(runs.dir + "/draad/lemmas-draad");
  CHECK(shell(runs.env + command).out == runs.off.out);
  CHECK(fs::last_write_time(runs.file) == written);
  fs::remove(runs.dir + "/draad/lemmas-draad");
  // A changed byte: the checksum no longer holds.
  runs.changed(command, [](std::string& answers) { answers[answers.size() / 2] ^= 0x01; });
}

TEST_CASE("code: the compound splitter's word list is kept between runs as a table, and a changed one is rebuilt") {
  const std::string command = "draad code samples/sessie-zwolle.txt samples/mentimeter-amersfoort.md";
  const CachedRuns runs("compound-lexicon-draad", command);
  CHECK(std::filesystem::file_size(runs.file) > 1'000'000);  // the whole word list, not what one run looked up
  runs.changed(command, [](std::string& table) { table[table.size() / 2] ^= 0x5A; });
}

TEST_CASE("code: the words' lemmas are kept between runs, and a changed file is not used") {
  const std::string command = "draad code samples/sessie-zwolle.txt samples/duo-interview-almere.txt";
  const CachedRuns runs("lemmas-draad", command);
  const std::string kept = draad::test::read_file(runs.file);
  CHECK(kept.find("vertrouwen") != std::string::npos);  // a word of the texts, and of the codebook
  const auto other = shell(runs.env + "draad code samples/sessie-maastricht.txt");  // new words: written again, with the old
  CHECK(other.status == 0);
  CHECK(draad::test::read_file(runs.file).size() > kept.size());
  runs.changed(command, [](std::string& lemmas) { lemmas[lemmas.size() / 2] ^= 0x20; });
}

TEST_CASE("code: a codebook read once is kept between runs, and a changed store is not used") {
  const std::string command = "draad code samples/sessie-zwolle.txt";
  const CachedRuns runs("codebooks-draad", command);
  runs.changed(command, [](std::string& kept) { kept[kept.size() / 2] ^= 0x01; });
  // An edited codebook is read anew: a term taken out codes nothing.
  const std::string edited = runs.dir + "/samenleven.yaml";
  std::string yaml = draad::test::read_file(DRAAD_SOURCE_DIR "/codebooks/samenleven.yaml");
  REQUIRE(runs.off.out.find("buurthuis@") != std::string::npos);
  const auto at = yaml.find("buurthuis, dorpshuis");  // the terms of ontmoetingsplek
  REQUIRE(at != std::string::npos);
  yaml.erase(at, std::string_view("buurthuis, ").size());
  draad::test::write_file(edited, yaml);
  const auto r = shell(runs.env + "draad code -c " + edited + " samples/sessie-zwolle.txt");
  CHECK(r.status == 0);
  CHECK(r.out.find("buurthuis@") == std::string::npos);
}

TEST_CASE("code: a codebook that passed the YAML document guard is known again and a second document is still refused") {
  const std::string command = "draad code samples/sessie-zwolle.txt";  // the default codebook, 60 KB
  const CachedRuns runs("yaml-checked-draad", command);
  std::filesystem::remove(runs.dir + "/draad/codebooks-draad");  // else the codebook comes from there, unparsed
  runs.changed(command, [](std::string& passed) { passed[passed.size() - 3] ^= 0x01; });
  // The same codebook with a second document: refused each time, and not kept.
  const std::string two = runs.dir + "/twee.yaml";
  draad::test::write_file(two, draad::test::read_file(DRAAD_SOURCE_DIR "/codebooks/samenleven.yaml") + "---\nname: tweede\n");
  const std::string before = draad::test::read_file(runs.file);
  for (int run = 0; run < 2; ++run) {
    const auto r = shell(runs.env + "draad code -c " + two + " samples/sessie-zwolle.txt");
    CHECK(r.status == 1);
    CHECK(r.err.find("a second YAML document (after '---'); a file holds one") != std::string::npos);
  }
  CHECK(draad::test::read_file(runs.file) == before);
}

TEST_CASE("code e2e: a moderator's questions code nothing, known by rol or by speaker label, without either column "
          "nothing is skipped, as said") {
  auto r = draad::test::shell("draad code -c tests/data/codebook/questions.yaml "
                              "tests/data/codebook/questions-segments.tsv | cut -f2,3,6,7");
  CHECK(r.status == 0);
  // 1: Sanne is gespreksleider by rol, her statement counts; 2: a
  // participant's question counts; 3 and 4: the Interviewer by label
  CHECK(r.out ==
        "seg\tcode\thits\tterms\n"
        "1\tsamen/vertrouwen\t1\tVertrouwen@0-10\n"
        "2\tsamen/buren\t1\tburen@69-74\n"
        "2\tsamen/vertrouwen\t2\tVertrouw@52-60;vertrouw@84-92\n"
        "3\tsamen/vertrouwen\t1\tvertrouwen@110-120\n"
        "4\t\t0\t\n");
  CHECK(r.err.empty());
  r = draad::test::shell("cut -f1,2,5,6 tests/data/codebook/questions-segments.tsv | "
                         "draad code -c tests/data/codebook/questions.yaml | cut -f2,3 | tr '\\t\\n' '  '");
  CHECK(r.out == "seg code 1 samen/buren 1 samen/vertrouwen 2 samen/buren 2 samen/vertrouwen 3 samen/buren "
                 "3 samen/vertrouwen 4 samen/buren ");
  CHECK(r.err ==
        "draad code: tests/data/codebook/questions.yaml:7:3: warning: the segments have none of the columns that "
        "questions.where_any names ('rol', 'speaker'), so no question is skipped\n");
}

TEST_CASE("explain e2e: a hit in a moderator's question is vetoed") {
  auto r = run_draad({"explain", "-c", "tests/data/codebook/questions.yaml", "--attribute", "rol=gespreksleider",
                      "Vertrouwen kwam net al langs. Vertrouwt u uw buren?"});
  CHECK(r.status == 0);
  CHECK(r.out ==
        "Vertrouwen kwam net al langs. Vertrouwt u uw buren?\n"
        "  words: Vertrouwen kwam(verb: komen) net(noun) al langs Vertrouwt(verb: vertrouwen) u uw buren(buur,buren)\n"
        "  samen/vertrouwen: applies\n"
        "    Vertrouwen               term 'vertrouwen' (line 15): counted\n"
        "    Vertrouwt                term 'vertrouwen' (line 15): vetoed, in a question, as rol = gespreksleider "
        "(questions.where_any 'rol=gespreksleider,interviewer', line 8)\n"
        "  samen/buren: does not apply\n"
        "    buren                    term 'buur' (line 18): vetoed, in a question, as rol = gespreksleider "
        "(questions.where_any 'rol=gespreksleider,interviewer', line 8)\n");
}

TEST_CASE("code e2e: a plain-text report's headings and table of contents code nothing, a speaker's numbered turn, "
          "a numbered sentence and a Markdown list item do") {
  auto r = draad::test::shell(
      "draad segment tests/data/codebook/headings-report.txt tests/data/codebook/headings-transcript.txt "
      "tests/data/codebook/headings-list.md | draad code -c tests/data/codebook/headings.yaml | cut -f1,2,3,6,7");
  CHECK(r.status == 0);
  // report 2: the table of contents; 3: a section title; 5: a chapter line;
  // 6: a numbered line that is a sentence; transcript 2: Anna's turn; list
  // 1: a list item under a Markdown heading (its section)
  CHECK(r.out ==
        "doc\tseg\tcode\thits\tterms\n"
        "headings-report\t1\t\t0\t\n"
        "headings-report\t2\t\t0\t\n"
        "headings-report\t3\t\t0\t\n"
        "headings-report\t4\tsamen/buren\t1\tburen@161-166\n"
        "headings-report\t4\tsamen/vertrouwen\t1\tvertrouwen@167-177\n"
        "headings-report\t5\t\t0\t\n"
        "headings-report\t6\tsamen/buren\t1\tBuren@261-266\n"
        "headings-transcript\t1\t\t0\t\n"
        "headings-transcript\t2\tsamen/buren\t1\tburen@53-58\n"
        "headings-transcript\t2\tsamen/vertrouwen\t1\tvertrouwen@59-69\n"
        "headings-list\t1\tsamen/buren\t1\tburen@65-70\n"
        "headings-list\t1\tsamen/vertrouwen\t1\tVertrouwen@47-57\n");
  CHECK(r.err.empty());
}

TEST_CASE("code e2e: a prose document's first line is its headline also where it asks, but not a first sentence") {
  auto r = draad::test::shell(
      "draad segment tests/data/codebook/headings-question.txt tests/data/codebook/headings-sentence.txt | "
      "draad code -c tests/data/codebook/headings.yaml | cut -f1,2,3,7");
  CHECK(r.status == 0);
  CHECK(r.out ==
        "doc\tseg\tcode\tterms\n"
        "headings-question\t1\t\t\n"
        "headings-question\t2\tsamen/buren\tburen@111-116\n"
        "headings-question\t2\tsamen/vertrouwen\tvertrouwen@132-142\n"
        "headings-sentence\t1\tsamen/buren\tBuren@0-5\n"
        "headings-sentence\t1\tsamen/vertrouwen\tvertrouwen@9-19\n"
        "headings-sentence\t2\tsamen/buren\tburen@126-131\n");
  CHECK(r.err.empty());
}

TEST_CASE("code e2e: in prose a bare title, a subheading and a byline are headings that code nothing, but a quote, a list "
          "item and a poll's short answers are not") {
  auto segments = draad::test::shell(
      "draad segment tests/data/codebook/headings-news.txt tests/data/codebook/headings-notes.txt | cut -f1-3");
  CHECK(segments.status == 0);
  // news: 1 a headline, 3 a subheading, 4 a byline; 5 a pull quote and 6 a
  // list item say something. notes: a sticky-notes export, not prose (2 of
  // its 13 words end a sentence), so its short lines are answers.
  CHECK(segments.out ==
        "doc\tseg\tunit\n"
        "headings-news\t1\theading\n"
        "headings-news\t2\tparagraph\n"
        "headings-news\t3\theading\n"
        "headings-news\t4\theading\n"
        "headings-news\t5\tparagraph\n"
        "headings-news\t6\tparagraph\n"
        "headings-news\t7\tparagraph\n"
        "headings-news\t8\tparagraph\n"
        "headings-notes\t1\tparagraph\n"
        "headings-notes\t2\tparagraph\n"
        "headings-notes\t3\tparagraph\n"
        "headings-notes\t4\tparagraph\n");
  auto r = draad::test::shell(
      "draad segment tests/data/codebook/headings-news.txt tests/data/codebook/headings-notes.txt | "
      "draad code -c tests/data/codebook/headings.yaml | cut -f1,2,3,7");
  CHECK(r.status == 0);
  CHECK(r.out ==
        "doc\tseg\tcode\tterms\n"
        "headings-news\t1\t\t\n"
        "headings-news\t2\tsamen/buren\tburen@127-132\n"
        "headings-news\t3\t\t\n"
        "headings-news\t4\t\t\n"
        "headings-news\t5\tsamen/buren\tburen@273-278\n"
        "headings-news\t5\tsamen/vertrouwen\tVertrouwen@233-243\n"
        "headings-news\t6\tsamen/buren\tburen@311-316\n"
        "headings-news\t6\tsamen/vertrouwen\tvertrouwen@293-303\n"
        "headings-news\t7\tsamen/buren\tburen@346-351\n"
        "headings-news\t7\tsamen/vertrouwen\tvertrouwen@326-336\n"
        "headings-news\t8\t\t\n"
        "headings-notes\t1\t\t\n"
        "headings-notes\t2\tsamen/buren\tburen@52-57\n"
        "headings-notes\t2\tsamen/vertrouwen\tvertrouwen@34-44\n"
        "headings-notes\t3\tsamen/buren\tBuren@59-64\n"
        "headings-notes\t4\t\t\n");
  CHECK(r.err.empty());
}

TEST_CASE("code e2e: a poll's or a survey's answer that codes nothing takes the codes of its question, unless it says nothing") {
  auto poll = shell("draad code -c tests/data/codebook/answers.yaml tests/data/answers/peiling.md 2>/dev/null | cut -f2,3,6,7,13");
  CHECK(poll.status == 0);
  CHECK(poll.out ==
        "seg\tcode\thits\tterms\ttext\n"
        "1\tsamen/buren\t1\t\ttijd\n"
        "1\tsamen/kennen\t1\t\ttijd\n"
        "2\tsamen/buren\t1\t\teen buurtfeest, dan zie je iedereen\n"
        "2\tsamen/kennen\t1\t\teen buurtfeest, dan zie je iedereen\n"
        "3\tsamen/vertrouwen\t1\tvertrouw@141-149\tIk vertrouw de mensen hier wel\n"
        "4\t\t0\t\tWeet niet eigenlijk\n"
        "5\t\t0\t\tgeen idee, ik woon hier pas een maand\n"
        "6\t\t0\t\tminder auto's in de straat\n");
  auto survey = shell("draad code -c tests/data/codebook/answers.yaml tests/data/answers/formulier.csv --text 'Wat heeft u "
                      "nodig om uw buren beter te leren kennen?' --text Opmerkingen --id Respondent 2>/dev/null | "
                      "cut -f2,3,6,7,10,13");
  CHECK(survey.status == 0);
  CHECK(survey.out ==
        "seg\tcode\thits\tterms\tspeaker\ttext\n"
        "1\tsamen/buren\t1\t\tR1\tEen bankje voor de deur\n"
        "1\tsamen/kennen\t1\t\tR1\tEen bankje voor de deur\n"
        "2\t\t0\t\tR1\tgeen\n"
        "3\tsamen/vertrouwen\t1\tVertrouwen@31-41\tR2\tVertrouwen, dat komt met de tijd\n");
}

TEST_CASE("explain e2e: an answer that codes nothing shows the codes it takes from its question") {
  auto r = run_draad({"explain", "-c", "tests/data/codebook/answers.yaml", "--code", "samen/kennen", "--attribute",
                      "speaker=", "--attribute", "section=Wat heeft u nodig om uw buren beter te leren kennen?", "tijd"});
  CHECK(r.status == 0);
  CHECK(r.out ==
        "tijd\n"
        "  words: tijd\n"
        "  samen/kennen: applies\n"
        "                             its question: counted, buren beter te leren kennen in 'Wat heeft u nodig om uw "
        "buren beter te leren kennen?' (the answer codes nothing), in an answer, as speaker is empty "
        "(answers.where_any 'speaker=', line 8)\n");
}

TEST_CASE("explain e2e: an answer that says nothing shows the codes it does not take from its question") {
  auto r = run_draad({"explain", "-c", "tests/data/codebook/answers.yaml", "--code", "samen/kennen", "--attribute",
                      "speaker=", "--attribute", "section=Wat heeft u nodig om uw buren beter te leren kennen?",
                      "Nee, eigenlijk niet. Ik ken ze al."});
  CHECK(r.status == 0);
  CHECK(r.out ==
        "Nee, eigenlijk niet. Ik ken ze al.\n"
        "  words: Nee eigenlijk niet[negation] Ik ken(verb: kennen) ze al\n"
        "  samen/kennen: does not apply\n"
        "                             its question: not applied, buren beter te leren kennen in 'Wat heeft u nodig om "
        "uw buren beter te leren kennen?': 'Nee' says no or nothing (answers.non_answers, line 9)\n");
}

TEST_CASE("explain e2e: in a paragraph about the study's method a theme named once is a passing mention") {
  auto r = run_draad({"explain", "-c", "tests/data/codebook/method.yaml", "--attribute", "speaker=",
                      "We hielden drie bijeenkomsten en twee sessies over vertrouwen."});
  CHECK(r.status == 0);
  CHECK(r.out ==
        "We hielden drie bijeenkomsten en twee sessies over vertrouwen.\n"
        "  words: We hielden(verb: houden) drie bijeenkomsten(bijeenkomst,bijeenkomsten) en twee "
        "sessies(sessie,sessies) over vertrouwen\n"
        "  samen/vertrouwen: does not apply\n"
        "    vertrouwen               term 'vertrouwen' (line 17): counted\n"
        "    vertrouwen               method: a passing mention, theme samen has 1 counted hit of one word in a "
        "method paragraph, as speaker is empty (method.where_any 'speaker=', line 7), fewer than the 2 "
        "method.theme_hits asks\n");
  // a speaker's turn is no report's method paragraph
  r = run_draad({"explain", "-c", "tests/data/codebook/method.yaml", "--attribute", "speaker=Anna",
                 "We hielden drie bijeenkomsten en twee sessies over vertrouwen."});
  CHECK(r.out.find("samen/vertrouwen: applies\n") != std::string::npos);
}

TEST_CASE("explain e2e: the hits of a heading without a speaker are vetoed, with the codebook line") {
  auto r = run_draad({"explain", "-c", "tests/data/codebook/headings.yaml", "--attribute", "speaker=",
                      "\u25CF Hoofdstuk 2: Buren en vertrouwen"});
  CHECK(r.status == 0);
  CHECK(r.out ==
        "\u25CF Hoofdstuk 2: Buren en vertrouwen\n"
        "  words: Hoofdstuk 2 Buren(buur,buren) en vertrouwen\n"
        "  samen/vertrouwen: does not apply\n"
        "    vertrouwen               term 'vertrouwen' (line 15): vetoed, in a heading, as speaker is empty "
        "(headings.where_any 'speaker=', line 8)\n"
        "  samen/buren: does not apply\n"
        "    Buren                    term 'buur' (line 18): vetoed, in a heading, as speaker is empty "
        "(headings.where_any 'speaker=', line 8)\n");
}
