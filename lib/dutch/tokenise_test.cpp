#include <doctest/doctest.h>

#include <fstream>
#include <string>
#include <vector>

#include "support.h"
#include "dutch/lexicon.h"
#include "dutch/tokenise.h"

namespace {

using draad::Token;
using draad::TokenKind;

std::vector<Token> tokens_of(std::string_view text) {
  static draad::Tokeniser tokeniser;
  std::vector<Token> tokens;
  tokeniser.tokenise(text, tokens);
  return tokens;
}

// "tok | tok | tok" for text, the notation of tests/data/tokens/cases.txt.
std::string joined(std::string_view text, std::string (*field)(std::string_view, const Token&)) {
  std::string out;
  for (const Token& t : tokens_of(text)) out += (out.empty() ? "" : " | ") + field(text, t);
  return out;
}
std::string surface(std::string_view text, const Token& t) { return std::string(text.substr(t.begin, t.end - t.begin)); }
std::string kind(std::string_view, const Token& t) { return draad::kind_name(t.kind); }
std::string norm(std::string_view, const Token& t) { return std::string(t.norm); }
std::string stem(std::string_view, const Token& t) { return std::string(t.stem); }

// The `input ⟶ expected` lines of a data file, comments skipped.
std::vector<std::pair<std::string, std::string>> cases(const std::string& name) {
  std::ifstream in(draad::test::data_path(name));
  REQUIRE(in);
  std::vector<std::pair<std::string, std::string>> out;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    const std::size_t arrow = line.find(" ⟶ ");
    REQUIRE_MESSAGE(arrow != std::string::npos, line);
    out.emplace_back(line.substr(0, arrow), line.substr(arrow + std::string(" ⟶ ").size()));
  }
  return out;
}

}  // namespace

TEST_CASE("tokenise: the hand-checked Dutch cases of tests/data/tokens/cases.txt") {
  const auto all = cases("tokens/cases.txt");
  CHECK(all.size() >= 300);
  for (const auto& [input, expected] : all) CHECK_MESSAGE(joined(input, surface) == expected, input);
}

TEST_CASE("tokenise: white space is never a token, everything else is in one") {
  CHECK(tokens_of("  \n\t \u00a0 ").empty());
  CHECK(joined("Ik  zie\u00a0m'n\tburen.\n", surface) == "Ik | zie | m'n | buren | .");
}

TEST_CASE("tokenise: kinds") {
  CHECK(joined("Zie bijv. https://zwolle.nl of mail info@zwolle.nl #samen @henk: 58,5% ●", kind) ==
        "word | abbrev | url | word | word | email | hashtag | mention | punct | number | symbol");
  CHECK(joined("duo-interviews 3e 's • “", kind) == "word | number | word | punct | punct");
}

TEST_CASE("tokenise: norm folds case, apostrophes and the diaeresis, grave and circumflex, not the acute") {
  CHECK(joined("Zo’n ‘s AVONDS Creëren ideeën à enquête façade", norm) ==
        "zo'n | 's | avonds | creeren | ideeen | a | enquete | facade");
  CHECK(joined("één vóór dé café", norm) == "één | vóór | dé | café");
  CHECK(joined("e\u0301e\u0301n", norm) == "één");  // decomposed input, NFC norm
  CHECK(joined("ver\u00adbinding", norm) == "verbinding");  // soft hyphen
}

TEST_CASE("tokenise: stem is the Snowball Dutch stem of words, the norm of other kinds") {
  CHECK(joined("Brievenbussen fietsen 58,5% bijv.", stem) == "brievenbuss | fiets | 58,5% | bijv.");
}

TEST_CASE("tokenise: without stems a word's stem is empty, and the rest is the same") {
  const std::string text = "Brievenbussen fietsen 58,5% bijv. " + std::string(70, 'x');  // and a surface too long to cache
  draad::Tokeniser plain(draad::Tokeniser::Stems::no);
  std::vector<Token> tokens;
  plain.tokenise(text, tokens);
  const std::vector<Token> with = tokens_of(text);
  REQUIRE(tokens.size() == with.size());
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    CHECK(tokens[i].norm == with[i].norm);
    CHECK(tokens[i].kind == with[i].kind);
    CHECK(tokens[i].stem == (tokens[i].kind == TokenKind::word ? "" : with[i].stem));
  }
}

TEST_CASE("tokenise: offsets are bytes into the text, and a word's norm is computed once") {
  draad::Tokeniser tokeniser;
  std::vector<Token> tokens;
  tokeniser.tokenise("één plek", tokens);
  REQUIRE(tokens.size() == 2);
  CHECK(tokens[1].begin == 6);
  CHECK(tokens[1].end == 10);
  tokeniser.tokenise("buurthuiswerkers in de wijk", tokens);
  const char* storage = tokens[0].norm.data();
  tokeniser.tokenise("buurthuiswerkers", tokens);
  CHECK(tokens.size() == 1);
  CHECK(tokens[0].norm.data() == storage);
}

TEST_CASE("tokenise: equal surfaces share a surface id until the cache starts afresh") {
  draad::Tokeniser tokeniser;
  std::vector<Token> tokens;
  tokeniser.tokenise("Buurt buurt Buurt, 12 . x " + std::string(100, 'l'), tokens);
  REQUIRE(tokens.size() == 8);
  CHECK(tokens[0].surface_id == 0);
  CHECK(tokens[1].surface_id == 1);  // a surface, not a norm: buurt differs from Buurt
  CHECK(tokens[2].surface_id == 0);
  CHECK(tokens[3].surface_id == Token::kNoSurfaceId);  // one-byte mark
  CHECK(tokens[4].surface_id == 2);
  CHECK(tokens[5].surface_id == Token::kNoSurfaceId);
  CHECK(tokens[6].surface_id == 3);  // a one-letter word has one
  CHECK(tokens[7].surface_id == Token::kNoSurfaceId);  // too long to cache
  const auto generation = tokeniser.generation();
  std::string many;
  for (int i = 0; i < (1 << 17); ++i) many += "w" + std::to_string(i) + ' ';
  tokeniser.tokenise(many, tokens);
  CHECK(tokeniser.generation() == generation);  // the cache is emptied between calls only
  tokeniser.tokenise("buurt", tokens);
  CHECK(tokeniser.generation() != generation);
  CHECK(tokens[0].surface_id == 0);
}

TEST_CASE("tokenise: bad input neither crashes nor hangs") {
  std::string huge(1 << 20, 'a');
  auto t = tokens_of(huge);
  REQUIRE(t.size() == 1);
  CHECK(t[0].end == huge.size());
  CHECK(joined("\u0301\u0308 a\u0301", surface) == "\u0301\u0308 | a\u0301");  // lone combining marks
  CHECK(joined("a\x01" "b\x7f" "c", surface) == "a | b | c");                // controls separate
  CHECK(joined("\ue000x \U0010fffd", kind) == "symbol | word | symbol");        // private use
  std::string dots(100000, '.');
  CHECK(tokens_of(dots).size() == 1);
  std::string mixed;
  for (int i = 0; i < 20000; ++i) mixed += "a-'/.";
  CHECK_FALSE(tokens_of(mixed).empty());
}

TEST_CASE("compound: the hand-split compounds of samples/ (tests/data/tokens/compounds.txt)") {
  draad::CompoundSplitter splitter;
  int right = 0, total = 0, compounds = 0, compounds_right = 0;
  for (const auto& [word, expected] : cases("tokens/compounds.txt")) {
    const draad::CompoundSplit s = splitter.split(word);
    std::string got;
    for (std::size_t i = 0; i < s.parts.size(); ++i) {
      if (i) got += s.linkers[i - 1].empty() ? " + " : " +" + s.linkers[i - 1] + "+ ";
      got += s.parts[i];
    }
    const bool is_compound = expected.find('+') != std::string::npos;
    ++total;
    compounds += is_compound;
    if (got == expected) {
      ++right;
      compounds_right += is_compound;
    } else {
      MESSAGE(word << ": " << got << " (expected " << expected << ")");
    }
  }
  MESSAGE("compounds split right: " << compounds_right << "/" << compounds << "; all words right: " << right << "/"
                                    << total);
  CHECK(compounds >= 80);
  CHECK(compounds_right * 100 >= compounds * 85);
  CHECK(right * 100 >= total * 88);
}

// A word's compound parts joined by |.
static std::string parts(std::string_view w) {
  static const draad::CompoundSplitter splitter;
  std::string out;
  for (const auto& p : splitter.split(w).parts) out += (out.empty() ? "" : "|") + p;
  return out;
}

TEST_CASE("compound: a listed verb, its forms and its -ing noun are one part, inside a compound the noun is the head") {
  CHECK(parts("luisteren") == "luisteren");  // not luis|teren
  CHECK(parts("luisterde") == "luisterde");
  CHECK(parts("wantrouwen") == "wantrouwen");  // not want|rouwen
  CHECK(parts("behandeling") == "behandeling");  // not behan|deling
  CHECK(parts("behandelingen") == "behandelingen");
  CHECK(parts("waardering") == "waardering");  // not waarde|ring
  CHECK(parts("samenwerking") == "samenwerking");
  CHECK(parts("ziekenhuisbehandeling") == "ziekenhuis|behandeling");
  CHECK(parts("buurtvereniging") == "buurt|vereniging");  // buurtverenigen is no verb
}

TEST_CASE("compound: a short modifier the list does not flag begins only a word it does not list, before a flagged head") {
  CHECK(parts("dagnamen") == "dag|namen");      // dag has no Ca flag; naam may end a compound
  CHECK(parts("pijlknop") == "pijl|knop");
  CHECK(parts("gesprek") == "gesprek");         // listed: not gesp|rek
  CHECK(parts("gesprekken") == "gesprekken");
  CHECK(parts("dakgoten") == "dakgoten");       // listed (dakgoot), and dak is not flagged
  CHECK(parts("rolmodellen") == "rolmodellen");  // rolmodel is listed: its plural is known too
  CHECK(parts("hindernissen") == "hindernissen");  // hindernis: not hinder|nissen
  CHECK(parts("paragrafen") == "paragrafen");      // paragraaf
  CHECK(parts("tabelrij") == "tabelrij");          // a short head needs its flag: rij has none
}

TEST_CASE("compound: a verb's stem may begin a compound, not one that is an inflected adjective too") {
  CHECK(draad::lexicon::modifier("leg"));   // legkip, legbatterij
  CHECK(draad::lexicon::modifier("lig"));   // ligbad
  CHECK_FALSE(draad::lexicon::modifier("min"));  // min|stens: mine
  CHECK_FALSE(draad::lexicon::modifier("leg", "s"));
}

TEST_CASE("compound: a plural listed only as a compound's end is its noun's plural too, so it begins compounds") {
  CHECK(draad::lexicon::modifier("kippen"));  // kippen/Cc in nl.dic; kip: kippenhok, kippenren
  CHECK(draad::lexicon::modifier("katten"));  // kattenbrokken, kattenfoto's
}

TEST_CASE("compound: a particle of place is a part only before a concrete head of place") {
  CHECK(parts("voorgevel") == "voor|gevel");
  CHECK(parts("achterburen") == "achter|buren");
  CHECK(parts("overbuurman") == "over|buurman");
  CHECK(parts("voortanden") == "voor|tanden");
  CHECK(parts("achterdeuren") == "achter|deuren");
  CHECK(parts("bovenkamertje") == "boven|kamertje");
  CHECK(parts("voorbeeld") == "voorbeeld");  // not beeld
  CHECK(parts("voorraad") == "voorraad");
  CHECK(parts("overlast") == "overlast");
  CHECK(parts("achtergrond") == "achtergrond");
  CHECK(parts("voordeel") == "voordeel");
  CHECK(parts("overheid") == "overheid");
  CHECK(parts("voorkeur") == "voorkeur");  // keur: no head of place
}

TEST_CASE("compound: bijen, the bees, begins compounds, though bij the particle is never a part") {
  CHECK(parts("bijenhotel") == "bijen|hotel");
  CHECK(parts("bijensteken") == "bijen|steken");
  CHECK(parts("bijenzwerm") == "bijen|zwerm");
  CHECK(parts("bijdrage") == "bijdrage");
  CHECK(parts("bijeenkomst") == "bijeenkomst");
}

TEST_CASE("compound: parts and linkers give the norm back") {
  draad::CompoundSplitter splitter;
  for (std::string word : {"ontmoetingsplekken", "buurthuiswerker", "duo-interviews", "vrijwilligerswerk"}) {
    const auto s = splitter.split(word);
    REQUIRE(s.linkers.size() + 1 == s.parts.size());
    std::string back = s.parts[0];
    for (std::size_t i = 0; i < s.linkers.size(); ++i) back += s.linkers[i] + s.parts[i + 1];
    CHECK(back == word);
  }
  CHECK(splitter.split("ontmoetingsplekken").linkers == std::vector<std::string>{"s"});
  CHECK(splitter.split("sport-").parts == std::vector<std::string>{"sport"});
  CHECK(splitter.split(std::string(5000, 'a')).parts.size() == 1);
  CHECK(splitter.split("").parts == std::vector<std::string>{""});
}

TEST_CASE("tokens: segment stream in, token records with document offsets out") {
  auto r = draad::test::run_draad({"tokens"}, "doc\tseg\tstart\ttext\nx\t1\t10\tZo’n één-op-één.\n");
  CHECK(r.status == 0);
  CHECK(r.out ==
        "doc\tseg\ttok\tstart\tend\tsurface\tnorm\tstem\tkind\n"
        "x\t1\t1\t10\t14\tZo’n\tzo'n\tzo'n\tword\n"
        "x\t1\t2\t15\t25\téén-op-één\téén-op-één\teen-op-en\tword\n"
        "x\t1\t3\t25\t26\t.\t.\t.\tpunct\n");
}

TEST_CASE("tokens: --freq counts, shares and documents, most frequent first") {
  const std::string in =
      "doc\tseg\tstart\ttext\n"
      "a\t1\t0\tDe buurt, de buurten.\n"
      "a\t2\t30\tDe wijk.\n"
      "b\t1\t0\tbuurt\n";
  auto r = draad::test::run_draad({"tokens", "--freq", "stem", "--top", "2"}, in);
  CHECK(r.status == 0);
  CHECK(r.out == "feature\tcount\tshare\tdocs\nbuurt\t3\t0.4286\t2\nde\t3\t0.4286\t1\n");
}

TEST_CASE("tokens: errors name the place and the problem") {
  auto r = draad::test::run_draad({"tokens"}, "doc\tseg\tstart\ttext\nx\t1\tzes\tja\n");
  CHECK(r.status == 1);
  CHECK(r.err == "draad tokens: <stdin>:2:5: start 'zes' is not a code point offset (a whole number)\n");
  r = draad::test::run_draad({"tokens"}, "doc\tseg\ttext\nx\t1\tja\n");
  CHECK(r.status == 1);
  r = draad::test::run_draad({"tokens", "--top", "3"}, "doc\tseg\tstart\ttext\n");
  CHECK(r.status == 2);
}

TEST_CASE("compound: a name the list lets begin a compound (CA) begins one weakly, other names none") {
  CHECK(parts("aalsmeerbaan") == "aalsmeer|baan");
  CHECK(parts("schipholtunnel") == "schiphol|tunnel");
  CHECK(parts("koninkrijksrelatie") == "koninkrijk|relatie");  // Konink/PN has no CA
  CHECK(parts("amsterdammers") == "amsterdammers");             // a word the list knows stays whole
}
