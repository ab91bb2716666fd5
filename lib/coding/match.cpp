#include "coding/match.h"

#include <algorithm>
#include <deque>
#include <limits>
#include <map>
#include <optional>
#include <span>
#include <utility>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>
#include <unicode/regex.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>

#include "base/calendar.h"
#include "coding/glob_set.h"
#include "coding/pattern_kind.h"
#include "dutch/dutch_dictionary.h"
#include "dutch/lemma.h"
#include "dutch/lexicon.h"
#include "dutch/verb.h"
#include "coding/regex_prefilter.h"
#include "base/chars.h"
#include "base/one_of.h"
#include "base/string_map.h"
#include "base/utf8.h"
#include "dutch/tokenise.h"
#include "text/heading.h"

namespace draad {
namespace {

// What a match of a pattern does for its code.
enum class Role : std::uint8_t { hit, exclude, near };

// A pattern that matches one token: a term or a glob.
struct TokenPattern {
  std::uint32_t code = 0;
  Role role = Role::hit;
  CompoundMode compound = CompoundMode::any;
  std::uint32_t near = 0;       // for Role::near: which near pattern
  std::uint32_t near_term = 0;  // and which of its terms
  std::uint32_t source = 0;     // its description (CompiledCodebook::Impl::sources)
  WordClass as = WordClass::any;  // a term's: how its word must be read
  // a term written as a diminutive (briefje, hofje, taalmaatje), which has a
  // sense of its own: it matches diminutives only (briefjes, spiekbriefje;
  // not brief, pincodebrief)
  bool diminutive = false;
};

// The key bits that rule nothing out: a gap's, and what follows a phrase's last word.
constexpr std::uint64_t kAnyBits = ~std::uint64_t{0};
// No need of a phrase's (CompiledCodebook::Impl::phrase_needs).
constexpr std::uint32_t kNoNeed = ~std::uint32_t{0};

// One word of a phrase (any of its lemma keys), or a gap of 0 to max_gap
// words: kMaxGap where the codebook writes `*`, kClauseGap within the
// clause where a verb phrase's words may stand apart (ik voel me hier thuis),
// kMaxGap adverbs before a preposition of a verb phrase (het heft maar in
// eigen hand nemen).
struct Element {
  std::vector<std::uint32_t> keys;  // sorted
  bool gap = false;
  std::uint64_t bits = 0;           // key_bits(keys); all ones for a gap
  std::uint8_t max_gap = 0;
  bool in_clause = false;           // a gap that stays in the clause of the word before it
  bool adverbs = false;             // a gap of middle_field_adverb words only
  bool verb = false;                // a verb phrase's verb (the zijn of zijn of haar is none)
  bool particle = false;            // its separable verb's particle, after the verb: it ends the clause's middle
  bool read_as_verb = false;        // matches no word read as a noun
  // a prepositional verb's preposition: matched last, it has its object
  // after it in the clause, or an er, daar or waar before it (let goed op de
  // kinderen, daar let ik op; not Let goed op, which is opletten)
  bool needs_object = false;
  bool cluster = false;             // a gap of auxiliaries and modals only: a verb cluster's other verbs
  bool adjectives = false;          // a gap of adjectives only: before a noun after its article
  bool reflexive = false;           // a phrase's zich, which stands for every reflexive pronoun
  bool possessive = false;          // a phrase's zijn, which stands for every possessive (elements())
  // the preposition of a phrase written with er apart before it (er iets
  // van zeggen), which matches its er-, daar-, waar- and hier-joined forms
  // too; a hit needs an r-word in its clause (add_phrase_text)
  bool r_joined = false;
  // the phrase's first word opens its clause, maybe after en, maar, ...: a
  // preposition put first with its object (Aan dat hutje heb je een kluif;
  // not Het onderhoud van de panelen komt voor rekening)
  bool opens_clause = false;
  // a word written as a diminutive, which matches diminutives only (in zijn
  // handjes knijpen: not in mijn hand knijpen), as a term does
  bool diminutive = false;
};
constexpr std::uint8_t kMaxGap = 3;
// A term this long may be a compound the splitter cuts across (nachtbus).
constexpr std::size_t kCompoundModifierBytes = 6;
constexpr std::uint8_t kClauseGap = 8;
// The gap between a preposition that opens its clause and the verb that ends it (kFrontedGapWord).
constexpr std::uint8_t kFrontedGap = 2 * kClauseGap;
// The words after a phrase's first that bits_ahead looks at: any gap but kFrontedGap's.
constexpr std::uint8_t kAheadGap = std::max(kMaxGap, kClauseGap);

// The most words a clause holds: a text with no punctuation (a run-on
// transcript line, a flattened table) is cut every so many words, since the
// rules that look through a clause (negation, particles, its verb) would
// otherwise take time that grows with the square of its length. A Dutch
// clause is far shorter.
constexpr std::size_t kMaxClauseWords = 60;

// A word of a phrase as written, or a gap (Element).
struct PhraseWord {
  std::string text;
  std::uint8_t gap = 0;  // > 0: a gap of up to this many words
  bool in_clause = false;
  bool verb = false;     // the infinitive of a verb phrase: only the verb's forms match it (not vier for vieren)
  bool adverbs = false;  // a gap of adverbs only (Element::adverbs)
  bool particle = false;  // a verb phrase's particle after its verb (Element::particle)
  bool read_as_verb = false;  // Element::read_as_verb
  bool needs_object = false;  // Element::needs_object
  bool cluster = false;       // Element::cluster
  bool adjectives = false;    // Element::adjectives
  bool r_joined = false;      // Element::r_joined
  bool opens_clause = false;  // Element::opens_clause
};

// A verb phrase's verb, which only that verb's forms match, maybe none read
// as a noun (PhraseWord::verb, read_as_verb).
PhraseWord verb_word(std::string_view infinitive, bool read_as_verb) {
  return {std::string(infinitive), 0, false, true, false, false, read_as_verb};
}

// A separable verb's particle after its verb (PhraseWord::particle).
PhraseWord particle_after_word(std::string_view particle) { return {std::string(particle), 0, false, false, false, true}; }

// The gaps a verb phrase's words stand apart by: within the clause, and
// adverbs only (Element).
const PhraseWord kClauseGapWord{"", kClauseGap, true};
// (and between a clause's first and last words)
const PhraseWord kFrontedGapWord{"", kFrontedGap, true};
const PhraseWord kAdverbsGapWord{"", kMaxGap, true, false, true};

// and the other verbs of a cluster around a phrase's verb (dat niemand een
// lans heeft gebroken voor, een lans gebroken heeft voor, wil breken voor)
const PhraseWord kClusterGapWord{"", 2, true, false, false, false, false, false, true};

// and the adjectives between a phrase's article and its noun (een eerlijke
// afweging maken, een goed gesprek voeren)
const PhraseWord kAdjectivesGapWord{"", 2, true, false, false, false, false, false, false, true};

// The words that a preposition later in the clause may belong to (er ... aan:
// eraan; ik doe overal aan mee, ik denk nergens aan).
bool is_r_word(std::string_view w) {
  // (the rules ask this of most words: their first letter rules most out)
  return !w.empty() && is_one_of({'e', 'd', 'h', 'w', 'o', 'n'}, w.front()) &&
         is_one_of({"er", "d'r", "daar", "hier", "waar", "overal", "ergens", "nergens"}, w);
}

// The prepositions an er, daar, waar or hier joins as a pronominal adverb
// (ervoor, daarover, waarmee, hieraan), and a circumposition's two parts
// (erdoorheen, ertegenop, eronderdoor, eroverheen, eronderuit, ertegenin,
// eromheen, ertussenuit, erachteraan).
bool pronominal_preposition(std::string_view w) {
  return is_one_of({"aan", "achter", "af", "bij", "door", "in", "mee", "na", "naar", "om", "onder", "op", "over", "tegen",
                    "toe", "tussen", "uit", "van", "voor", "doorheen", "tegenop", "onderdoor", "bovenop", "overheen", "onderuit",
                    "tegenin", "tegenaan", "omheen", "tussenuit", "achteraan", "naast", "boven"},
                   w);
}

// An er, daar, waar or hier joined to its preposition (pronominal_preposition).
constexpr std::string_view kRWords[] = {"er", "daar", "waar", "hier"};
bool joined_r_word(std::string_view w) {
  for (std::string_view r : kRWords)
    if (w.size() > r.size() + 1 && w.starts_with(r) && pronominal_preposition(w.substr(r.size()))) return true;
  return false;
}

// The preposition of er joined to it (erbij: bij, ervandoor: vandoor), or
// "" for any other word.
std::string_view er_preposition(std::string_view w) {
  if (w.size() <= 2 || !w.starts_with("er")) return "";
  const std::string_view rest = w.substr(2);
  return pronominal_preposition(rest) || is_one_of({"langs", "vandoor"}, rest) ? rest : "";
}

// Whether a norm names a stretch of time (jaar, weken, uur, kwartier).
bool time_unit(std::string_view w) {
  return is_one_of({"jaar", "jaren", "maand", "maanden", "week", "weken", "dag", "dagen", "uur", "uren", "minuut",
                    "minuten", "kwartier", "seconde", "seconden", "eeuw"},
                   w);
}

// Whether a verb takes a bare infinitive, by its infinitive: a modal and
// a few others (we laten de kinderen spelen, we moeten leren lezen, ze
// lieten me links liggen).
bool takes_bare_infinitive(std::string_view infinitive) {
  return context_word(infinitive) == ContextWord::modal ||
         is_one_of({"blijven", "laten", "zien", "horen", "helpen", "leren", "komen"}, infinitive);
}

// Whether a term read `as` matches a word read as `word`. A word is read as
// a noun, a verb, both (any) or, for an infinitive made a noun (het
// douchen), as `action`: a noun that is the act its verb names.
bool word_class_matches(WordClass as, WordClass word) {
  if (as == WordClass::any || word == WordClass::any || as == word) return true;
  return (as == WordClass::noun && word == WordClass::action) || (as == WordClass::action && word == WordClass::verb);
}

// Whether a term read `as` matches no noun but a verb's (no compound's part).
bool verb_only(WordClass as) { return as == WordClass::verb || as == WordClass::action; }

// An adverb that Dutch puts between the parts of a clause's middle, before
// a prepositional phrase (we nemen het heft maar in eigen hand, hou een
// oogje goed in het zeil) or an adjective (we hebben het erg koud), the
// negations among them, which the hit then holds (ze nemen het heft niet in
// eigen hand).
bool middle_field_adverb(std::string_view norm) {
  // a set: a phrase's gap of adverbs asks this of every word in it
  static const StringSet adverbs = [] {
    StringSet set;
    // ('s avonds, 's winters: two tokens each, both in the list)
    for (std::string_view adverb : {
      "aardig", "al", "allang", "alleen", "allemaal", "altijd", "alweer", "behoorlijk", "best", "compleet", "daar", "dagenlang",
      "dan", "echt", "eens", "eigenlijk", "eindelijk", "enorm", "erg", "even", "ff", "flink", "gelukkig", "gewoon", "goed",
      "graag", "hartstikke", "heel", "helaas", "helemaal", "hier", "inmiddels", "jarenlang", "lang", "maandenlang", "maar", "meer",
      "meteen", "misschien", "natuurlijk", "nauwelijks", "nergens", "niet", "nog", "nooit", "nou", "nu", "ooit", "ook",
      "opnieuw", "pas", "samen", "snel", "soms", "steeds", "straks", "toch", "totaal", "urenlang", "vaak", "weer", "wekenlang",
      "wel", "weleens", "zeker", "zelden", "zelf", "zo", "zomaar", "deels", "gedeeltelijk", "'s", "avonds", "middags", "morgens", "nachts",
      "ochtends", "winters", "zomers", "gisteren", "eergisteren", "vandaag", "morgen", "vanochtend", "vanmiddag",
      "vanavond", "vannacht", "toen", "vroeger", "eerst", "dus", "ineens", "opeens", "waarschijnlijk", "wellicht",
      "bijna", "effe"})
      set.insert(adverb);
    return set;
  }();
  return adverbs.count(norm) > 0;
}

struct Phrase {
  std::uint32_t code = 0;
  Role role = Role::hit;
  std::vector<Element> elements;
  std::uint32_t source = 0;
  bool reflexive = false;  // an element is reflexive (Matcher::Impl::reflexive_disagrees)
  bool r_joined = false;   // an element is r_joined (Matcher::Impl::r_word_missing)
  bool verb = false;       // an element is a verb (Matcher::Impl::starts_in_other_object)
};

struct NearPattern {
  std::uint32_t code = 0;
  std::uint32_t terms = 0;
  int within = 8;
  std::uint32_t state = 0;  // offset of its terms in the matcher's state array
  std::uint32_t source = 0;
};

struct RegexPattern {
  std::uint32_t code = 0;
  std::unique_ptr<icu::RegexPattern> pattern;
  const Pattern* pattern_text = nullptr;
  RegexPrefilter prefilter;
  std::uint32_t source = 0;
};

std::string fold(std::string_view s) {
  // Case folding lowers A to Z and leaves the rest of ASCII, which most of a
  // codebook is, as it is; ICU's round trip through UTF-16 took a twentieth
  // of compiling the default codebook.
  if (std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
    return utf8::ascii_lower(s);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  u.foldCase();
  std::string out;
  u.toUTF8String(out);
  return out;
}

// A codebook's word as the tokeniser's norm has it: case folded and the
// diaeresis folded too (meeëten: meeeten, zich distantiëren: distantieren).
std::string fold_as_norm(std::string_view s) { return dutch_dictionary::fold_diaeresis(fold(s)); }

bool is_word_token(const Token& t) { return t.kind != TokenKind::punct && t.kind != TokenKind::symbol; }

// A punctuation token of only . ! ? (., ..., !!, ?!).
// (and at a list item's bullet: • geen bankjes • een buurthuis)
bool ends_sentence(const Token& t) {
  // a word may hold a stop (e.v.), never only stops: most tokens are words
  if (t.norm.empty() || (t.kind != TokenKind::punct && t.kind != TokenKind::symbol)) return false;
  if (t.kind != TokenKind::word && static_cast<unsigned char>(t.norm[0]) >= 0x80) {
    std::size_t at = 0;
    if (chars::is_bullet_symbol(utf8::next(t.norm, at))) return true;
  }
  return t.norm.find_first_not_of(".!?") == std::string::npos;
}

// Where a clause ends: at . ! ? ; : , ( ), a dash and a bullet, and at [ ], which
// enclose a transcriber's note ([gelach], [onverstaanbaar]) that is no word
// of the clause; a conjunction or relative word starts a new one
// (starts_clause).
bool ends_clause(const Token& t) {
  if (t.kind == TokenKind::symbol) return ends_sentence(t);  // a bullet
  if (t.kind != TokenKind::punct) return false;
  // one byte compared, not a string per mark: every punctuation token asks
  if (t.norm.size() == 1) return std::string_view(".!?;:,()[]-").find(t.norm[0]) != std::string_view::npos;
  return t.norm == "\u2013" || t.norm == "\u2014" || ends_sentence(t);
}

// Whether tokens[i] is a quote mark.
bool quote_mark(const std::vector<Token>& tokens, std::size_t i) {
  if (i >= tokens.size() || tokens[i].kind != TokenKind::punct || tokens[i].norm.empty()) return false;
  std::size_t at = 0;
  return chars::is_quote(utf8::next(tokens[i].norm, at));
}

// Whether the question mark tokens[q] ends a question someone in the text
// is quoted asking: a closing quote, then (after a comma) a verb that says
// so ('Waarom is er geen overleg geweest?', vraagt iemand zich af). That
// is a voice of the consultation, not a question the text puts.
bool quoted_question(const std::vector<Token>& tokens, std::size_t q) {
  if (!quote_mark(tokens, q + 1)) return false;
  std::size_t i = q + 2;
  if (i < tokens.size() && tokens[i].norm == ",") ++i;
  return i < tokens.size() &&
         is_one_of({"vraagt", "vroeg", "vragen", "vroegen", "zegt", "zei", "zeggen", "zeiden", "roept", "riep",
                    "aldus", "klinkt", "klonk", "verzucht", "verzuchtte"},
                   tokens[i].norm);
}

// The questions of a text: byte ranges of the sentences that end in '?'
// (a sentence ends at . ! ? and ...; a colon ends what introduces a
// question: `Weet wat er speelt: wat wordt er niet gezegd?`), but the
// quoted_question()s.
void find_questions(const std::vector<Token>& tokens, std::vector<ByteRange>& out) {
  out.clear();
  std::size_t sentence = 0;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (t.kind != TokenKind::punct) continue;
    const bool mark = ends_sentence(t);
    if (mark && t.norm.find('?') != std::string::npos && !quoted_question(tokens, i))
      out.push_back({sentence, t.end});  // ?, ??, ?!
    if (mark || t.norm == ":") sentence = t.end;
  }
}

// Words that open a subordinate clause, whose finite verb comes last
// (omdat ik mijn buren niet ken).
bool opens_subordinate_clause(std::string_view w) {
  return is_one_of({"omdat", "als", "dat", "die", "wanneer", "terwijl", "doordat", "zodat", "hoewel", "toen",
                    "of", "waar", "wat", "waarin", "waarbij", "waardoor", "zodra", "voordat", "nadat", "tenzij",
                    "indien", "mits", "totdat", "sinds", "zoals", "waarom", "hoe", "wie", "welke", "welk", "hoeveel",
                    "waarmee", "waarover", "waaraan", "waarvoor", "waarop", "waaruit", "waarvan", "waarna", "alsof",
                    "aangezien", "zolang", "opdat", "naarmate", "ofschoon"},
                   w);
}

// Three words that are a pair of adverbs joined by en or of, one adverb
// (af en toe, op en neer, vroeg of laat, min of meer), or an estimate of a
// number (twee of drie, een stuk of tien, een jaar of twaalf, 5 of 6): their af, op or in is no
// particle, and their of opens no clause (their en does, as the rules that
// read a clause's first words expect: af en toe langsgaat).
bool adverb_pair(std::string_view first, std::string_view joiner, std::string_view second) {
  auto number = [](std::string_view w) { return spelled_number(w) || context_word(w) == ContextWord::number; };
  // (een stuk of tien, een jaar of twaalf, een man of vijf)
  if (joiner == "of" && number(second) &&
      (number(first) || is_one_of({"stuk", "jaar", "week", "dag", "uur", "maand", "keer", "man", "minuut", "kilo",
                                   "meter", "euro"},
                                  first)))
    return true;
  struct Pair {
    std::string_view first, joiner, second;
  };
  static constexpr Pair kPairs[] = {{"af", "en", "toe"},    {"op", "en", "neer"},  {"op", "en", "af"},
                                    {"heen", "en", "weer"}, {"in", "en", "uit"},   {"hier", "en", "daar"},
                                    {"nu", "en", "dan"},    {"vroeg", "of", "laat"}, {"min", "of", "meer"},
                                    {"meer", "of", "minder"}};
  for (const Pair& p : kPairs)
    if (p.first == first && p.joiner == joiner && p.second == second) return true;
  return false;
}

// Whether UTF-8 text holds a vowel with a diaeresis (ä ë ï ö ü, small or capital).
bool has_diaeresis(std::string_view text) {
  for (std::size_t i = 0; i + 1 < text.size(); ++i)
    if (text[i] == '\xC3' && std::string_view("\xA4\xAB\xAF\xB6\xBC\x84\x8B\x8F\x96\x9C").find(text[i + 1]) != std::string_view::npos)
      return true;
  return false;
}

// A folded word as the word list spells it with a diaeresis, where it does.
void respell_with_diaeresis(std::string& word) {
  if (std::string spelled = dutch_dictionary::with_diaeresis(word); !spelled.empty()) word = std::move(spelled);
}

// A preposition as a pronominal adverb writes it after er, daar or waar
// (met: ermee, tot: ertoe, op: erop).
std::string_view pronominal_form(std::string_view preposition) {
  return preposition == "met" ? "mee" : preposition == "tot" ? "toe" : preposition;
}

bool starts_clause(std::string_view w) {
  return opens_subordinate_clause(w) || is_one_of({"en", "maar", "want", "dus"}, w);
}

bool intersects(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b) {
  auto i = a.begin(), j = b.begin();
  while (i != a.end() && j != b.end()) {
    if (*i == *j) return true;
    if (*i < *j) ++i; else ++j;
  }
  return false;
}

}  // namespace

// The key a head term is indexed by: its last two bytes (one, for a head
// of one byte).
std::uint16_t head_end_key(std::string_view word) {
  const auto byte = [&](std::size_t from_end) { return static_cast<unsigned char>(word[word.size() - from_end]); };
  return word.size() >= 2 ? static_cast<std::uint16_t>(byte(2) << 8 | byte(1)) : static_cast<std::uint16_t>(byte(1));
}

// A noun's plural and diminutive endings, "" first (Matcher::Impl::before_head).
constexpr std::string_view kNounEndings[] = {"", "s", "en", "je", "jes", "tje", "tjes"};

// A separable verb of a pattern (meedoen): its particle, and the key of the
// infinitive that a form of the base verb (doet) gets when the particle
// stands apart in the same clause (doet ... mee, mee te doen).
struct Separable {
  std::string particle;
  std::uint32_t key = 0;
};

// A verb of the codebook that the word list lacks, made of a verb it knows
// and the letters before it (aansnauwen: aan + snauwen; wildplassen,
// onthaken, herkijken): its forms are those letters and the verb's forms
// (Matcher::Impl::joined_verbs).
struct CompoundVerb {
  std::string first;       // aan
  std::string base;        // snauwen
  std::string infinitive;  // aansnauwen
  std::uint32_t key = 0;
};

// A form of a verb of the codebook that the word list lacks and that holds
// no verb it knows (bailen, cappen): the verb, and the form's bits by the
// spelling rules (regular_forms: bailt, gebaild).
struct OwnVerbForm {
  std::string infinitive;
  std::uint32_t key = 0;
  std::uint8_t forms = 0;
};

bool in_word_list(const std::string& w) { return dutch_dictionary::spell(w) == 1; }

// Dutch marks stress with an acute accent (níét, mét, óver, wéten): such a
// word is the word without the marks where the word list knows that (not
// café, oké, José), in the text and in patterns alike. The numeral één
// stays apart from the article een. "" when the norm has no mark to take
// off.
std::string without_stress_marks(std::string_view norm) {
  if (norm.find('\xc3') == std::string_view::npos) return {};
  std::string plain;
  bool marked = false;
  for (std::size_t i = 0; i < norm.size(); ++i) {
    const char* vowel = nullptr;
    if (static_cast<unsigned char>(norm[i]) == 0xc3 && i + 1 < norm.size()) {
      switch (static_cast<unsigned char>(norm[i + 1])) {
        case 0xa1: vowel = "a"; break;  // á
        case 0xa9: vowel = "e"; break;  // é
        case 0xad: vowel = "i"; break;  // í
        case 0xb3: vowel = "o"; break;  // ó
        case 0xba: vowel = "u"; break;  // ú
      }
    }
    if (vowel) {
      plain += vowel;
      marked = true;
      ++i;
    } else {
      plain += norm[i];
    }
  }
  if (!marked || plain == "een" || !in_word_list(plain)) return {};
  return plain;
}

namespace {

// What compiling asks of the codebook's words, once per distinct word: a
// codebook says the same words in many patterns, and a verb phrase is added
// in several word orders (add_verb_phrase), each of which asks again.
class PatternWords {
 public:
  Lemmatiser lemmatiser;
  // A norm's keys (CompiledCodebook::Impl::pattern_keys): alone [0], in a phrase [1].
  StringMap<std::vector<std::uint32_t>> keys[2];

  // The norms of the word tokens of a word as a pattern writes it, stress
  // marks taken off.
  const std::vector<std::string>& norms(const std::string& text) {
    auto [entry, fresh] = norms_.try_emplace(text);
    if (fresh) {
      tokeniser_.tokenise(text, tokens_);
      for (const auto& t : tokens_)
        if (is_word_token(t)) {
          std::string plain = without_stress_marks(t.norm);
          entry->second.push_back(plain.empty() ? std::string(t.norm) : std::move(plain));
        }
    }
    return entry->second;
  }

  // separable_particle(infinitive), the rest's verbs as the lemmatiser
  // reads them, confirmed by hunspell as the text's forms are (inenten: in
  // + enten, though enten is a stop word of the compound lexicon), and kept
  // in its cache between runs.
  std::string_view particle(std::string_view infinitive) {
    auto [entry, fresh] = particles_.try_emplace(infinitive);
    // (a rest nl.dic lists as an infinitive is a verb of its own too where
    // the verb table reads its letters as another's past: a codebook's
    // uitzagen is uit + zagen, though nl.dic has uitzagen as uitzien's past)
    if (fresh)
      entry->second = separable_particle(infinitive, [&](std::string_view rest) {
        std::vector<VerbReading> verbs = lemmatiser.lookup(rest).verbs;
        if (lexicon::verb_infinitive(rest)) verbs.push_back({std::string(rest), kInfinitive});
        return verbs;
      });
    return entry->second;
  }

 private:
  Tokeniser tokeniser_{Tokeniser::Stems::no};
  std::vector<Token> tokens_;
  StringMap<std::vector<std::string>> norms_;
  StringMap<std::string_view> particles_;
};

}  // namespace

// The possessives, which a phrase's zijn stands for (elements()) and after
// which a pronoun's letters are a noun (lang haar, haar haar).
constexpr std::string_view kPossessives[] = {"zijn", "z'n", "zn",  "mijn",  "m'n",    "mn", "jouw", "je",
                                             "uw",   "haar", "d'r", "ons", "onze", "jullie", "hun"};

// The lemmas found most often in consultation transcripts, as the default
// codebook's keys count them (CompiledCodebook::Impl::key_bit).
constexpr std::string_view kCommonLemmas[] = {"de",  "zijn", "het", "een",    "je",   "niet", "in",   "hebben", "er",
                                              "van", "met",  "op",  "wat",    "ze",   "voor", "bij",  "komen",  "iets",
                                              "is",  "doen", "gaan", "zeggen", "over", "kunnen", "worden", "aan"};

struct CompiledCodebook::Impl {
  StringMap<std::uint32_t> key_ids;  // lemma, or "~" + stem
  std::vector<std::uint8_t> key_bit_index;  // key id -> its bit (key_bit)
  std::uint32_t rarer_keys = 0;             // the keys so far that are no kCommonLemmas
  std::vector<Separable> separables;
  std::vector<CompoundVerb> compound_verbs;
  StringMap<std::vector<OwnVerbForm>> own_verb_forms;  // by form
  std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> separables_by_base_key;
  std::vector<std::vector<std::uint32_t>> units_by_key;    // key id -> units
  std::vector<TokenPattern> units;
  // The terms a compound's head may match (compound: head or any, no verbs),
  // as written, and their units: a compound nl.dic lists whole has no parts
  // (Matcher::Impl::add_head_term_ending).
  std::vector<std::pair<std::string, std::uint32_t>> head_terms;
  // head_terms' indices by their last two bytes (head_end_key), which a
  // word, less its ending, must end in to end in one (Matcher::Impl::heads_at_end)
  std::unordered_map<std::uint16_t, std::vector<std::uint32_t>> head_terms_by_end;
  // The terms a compound's first part may match (compound: any) that may be
  // compounds themselves, as written, and their units: the splitter may cut
  // a word across them (nacht|buslijn: nachtbus; Matcher::Impl::add_modifier_term_start).
  std::vector<std::pair<std::string, std::uint32_t>> modifier_terms;
  GlobSet globs;  // ids are units
  std::vector<Phrase> phrases;
  std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> phrases_by_first_key;
  // The words after its first that a phrase needs within reach of it, as
  // match_phrase matches them, and that most segments lack: those that are
  // no gap and no kCommonLemmas. Phrase p's needs are phrase_needs[i] for
  // i in [need_first[p], need_first[p + 1]): a need, met by a word with one
  // of its keys (needs_by_key; the phrases whose words have the same keys
  // share it), and the most words after the phrase's first it may stand.
  // Asked before match_phrase (Matcher::Impl::may_start), as most phrases
  // that a word and the bits of the words after it may start lack one.
  struct PhraseNeed {
    std::uint32_t need;
    std::uint32_t reach;
  };
  std::vector<std::uint32_t> need_first{0};
  std::vector<PhraseNeed> phrase_needs;
  std::map<std::vector<std::uint32_t>, std::uint32_t> need_ids;  // by keys
  std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> needs_by_key;
  std::vector<NearPattern> nears;
  std::uint32_t near_state_size = 0;
  std::vector<RegexPattern> regexes;
  StringSet negation_words;
  StringSet non_answer_words;  // Codebook::answers.non_answers, folded
  GlobSet method_globs;  // Codebook::method.words, folded
  const MethodRule* method = nullptr;
  // What each pattern is, as the codebook writes it, for explanations
  // (source()); kept in parts, since only explain() writes them out.
  struct Source {
    std::string_view kind;  // a literal: term, phrase, ...
    std::string text;
    std::int64_t line = 0;
    WordClass as = WordClass::any;  // a term's
  };
  std::vector<Source> sources;
  // Whether each pattern is written as several words (a phrase, a near
  // pair): its hit says more than a passing word. A separable verb split
  // over its clause (`deden ... mee`) is still one word.
  std::vector<bool> several_words;

  std::uint32_t describe(std::string_view kind, std::string_view text, const Location& mark,
                         WordClass as = WordClass::any) {
    sources.push_back({kind, std::string(text), mark.line, as});
    several_words.push_back(kind == "phrase" || kind == "near");
    return static_cast<std::uint32_t>(sources.size() - 1);
  }

  // A pattern as the codebook writes it: `term 'vertrouwen' (line 12)`.
  std::string source(std::uint32_t id) const {
    const Source& s = sources[id];
    return fmt::format("{} '{}' (line {})", s.kind, s.text, s.line);
  }

  std::uint32_t intern(std::string_view key) {
    auto [it, fresh] = key_ids.try_emplace(key, static_cast<std::uint32_t>(key_ids.size()));
    if (fresh) {
      units_by_key.emplace_back();
      const auto* common = std::find(std::begin(kCommonLemmas), std::end(kCommonLemmas), key);
      key_bit_index.push_back(static_cast<std::uint8_t>(
          common != std::end(kCommonLemmas) ? common - std::begin(kCommonLemmas)
                                            : std::size(kCommonLemmas) + rarer_keys++ % (64 - std::size(kCommonLemmas))));
    }
    return it->second;
  }

  // A 64-bit summary of a set of keys: two sets that share a key share a
  // bit, so a zero AND rules out a shared key without looking at the sets.
  // A window of a few words nearly always holds de, het, zijn, ...: each has
  // a bit of its own, so that the rarer keys a phrase asks for are not
  // found in a window by sharing one of theirs.
  std::uint64_t key_bit(std::uint32_t key) const { return std::uint64_t{1} << key_bit_index[key]; }
  std::uint64_t key_bits(const std::vector<std::uint32_t>& keys) const {
    std::uint64_t bits = 0;
    for (auto k : keys) bits |= key_bit(k);
    return bits;
  }

  // The keys a pattern word matches: its lemmas and its stem. A word
  // alone (a term) is taken as written, a noun or the verb whose infinitive
  // it is, not as the verbs it may be a form of: a term `geloof` (religion)
  // does not match `ik geloof`. Inside a phrase the other words show what
  // it is, and a phrase is written as it is said (`ik kom uit`), so there it
  // has all its lemmas.
  const std::vector<std::uint32_t>& pattern_keys(PatternWords& pattern_words, std::string_view norm, bool in_phrase) {
    auto [entry, fresh] = pattern_words.keys[in_phrase].try_emplace(norm);
    std::vector<std::uint32_t>& keys = entry->second;
    if (!fresh) return keys;
    const Lemmas& l = pattern_words.lemmatiser.lookup(norm);
    // (a term that is a noun in its own right is no form of the adjective
    // its letters may also inflect: vrijwilliger, not vrijwillig)
    const bool own_noun = !in_phrase && main_lemma(l, Reading::noun) == norm;
    for (const auto& lemma : l.nominal)
      if (!(own_noun && lemma != norm && lexicon::adjective(lemma))) keys.push_back(intern(lemma));
    // the verb a term is the infinitive of, as the word list spells it
    // (meeëten: mee-eten)
    for (const auto& verb : l.verbs)
      if (in_phrase || (verb.forms & kInfinitive)) keys.push_back(intern(verb.infinitive));
    keys.push_back(intern("~" + l.stem));
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    return keys;
  }

  // The words of a phrase's text, split at spaces; `*` is a gap.
  static std::vector<PhraseWord> phrase_words(const std::string& text) {
    std::vector<PhraseWord> out;
    for (std::size_t start = 0; start < text.size();) {
      const std::size_t space = std::min(text.find(' ', start), text.size());
      if (space > start) {
        std::string word = text.substr(start, space - start);
        if (word == "*") out.push_back({"", kMaxGap, false});
        else out.push_back({std::move(word), 0, false});
      }
      start = space + 1;
    }
    return out;
  }

  // The elements of a phrase's words: each word's tokens, and its gaps.
  // `zich` stands for every reflexive pronoun (ik voel me thuis, voelt u
  // zich thuis).
  std::vector<Element> elements(PatternWords& pattern_words, const std::vector<PhraseWord>& words) {
    std::vector<Element> out;
    std::vector<std::pair<std::string_view, const PhraseWord*>> norms;  // "" for a gap
    std::size_t gaps = 0;
    for (const PhraseWord& word : words) {
      if (word.gap) {
        norms.emplace_back("", &word);
        ++gaps;
        continue;
      }
      for (const std::string& norm : pattern_words.norms(word.text)) norms.emplace_back(norm, &word);
    }
    const bool in_phrase = norms.size() - gaps > 1;
    for (std::size_t i = 0; i < norms.size(); ++i) {
      const auto& [norm, word] = norms[i];
      // zijn before a word of its phrase that is no function word, and after
      // none that is a subject, is the possessive that stands for every
      // possessive, as a dictionary writes an idiom (zijn mond houden: je
      // mond houden; zijn best doen; zijn eigen boontjes doppen); not the verb (thuis zijn, eerlijk zijn
      // over, ze zijn allemaal)
      const bool possessive = norm == "zijn" && i + 1 < norms.size() && !norms[i + 1].first.empty() &&
                              (!function_word(norms[i + 1].first) || norms[i + 1].first == "eigen") &&
                              !(i > 0 && (norms[i - 1].first == "er" ||
                                          is_one_of({ContextWord::subject, ContextWord::je, ContextWord::het,
                                                     ContextWord::demonstrative},
                                                    context_word(norms[i - 1].first))));
      // de before a part of the body (or what one has as one's own: the
      // voetsporen, the aandacht) stands for a possessive too, as people say
      // an idiom of themselves (met de mond vol tanden staan: met m'n mond
      // vol tanden; in de voetsporen treden: in zijn voetsporen); not before
      // another noun, where the possessive makes another idiom (aan de kant
      // staan, sidelined; aan zijn kant staan, on his side)
      // (past the gap of adjectives a variant puts after it)
      static constexpr std::string_view kOwnNouns[] = {
          "mond", "neus", "hoofd", "kop", "hart", "hand", "handen", "vuist", "vinger", "vingers", "ogen", "oog", "oren",
          "oor", "tanden", "tong", "rug", "schouders", "schouder", "benen", "voeten", "voet", "voetsporen", "nek", "keel",
          "knieen", "buik", "mouwen", "hielen", "tenen", "duim", "duimen", "haren", "huid", "aandacht", "broek", "jas"};
      auto word_after = [&] {
        std::size_t k = i + 1;
        while (k < norms.size() && norms[k].first.empty()) ++k;
        return k < norms.size() ? std::string_view(norms[k].first) : std::string_view();
      };
      const bool article_of_noun = norm == "de" && std::ranges::find(kOwnNouns, word_after()) != std::end(kOwnNouns);
      // an article before the phrase's noun stands for the demonstratives
      // too (dat varkentje wassen we wel, die kaarten op tafel leggen); not
      // a het before an adjective, which the clause says (het koud hebben)
      const bool article_of_any_noun = (norm == "de" || norm == "het") && !article_of_noun && !word_after().empty() &&
                                       (lexicon::noun(word_after()) || diminutive_form(word_after())) &&
                                       !lexicon::adjective(word_after());
      if (norm.empty()) {
        out.push_back({{}, true, kAnyBits, word->gap, word->in_clause, word->adverbs});
        out.back().cluster = word->cluster;
        out.back().adjectives = word->adjectives;
        continue;
      }
      std::vector<std::uint32_t> keys;
      if (word->verb) {
        keys.push_back(intern(norm));
      } else if (in_phrase && (norm == "zich" || norm == "zichzelf" || norm == "een" || norm == "het" ||
                               norm == "niets" || norm == "niks" || norm == "iets" || norm == "zijne" || norm == "er" ||
                               possessive || article_of_noun || article_of_any_noun)) {
        // zich stands for every reflexive, zichzelf for every one in
        // -zelf (de eer aan mezelf houden); een also for 'n and geen, a
        // negation the hit then holds (ze doen geen beroep op de buurt); het
        // for 't (een oogje in 't zeil houden); niets and niks for each other,
        // iets for wat, which speech says instead (er niks van bakken, er wat
        // van zeggen); the possessive zijn for every possessive, and zijne
        // for every one said alone (er het mijne van denken); er for d'r, as
        // speech says it (de vishandel is d'r al aan gegaan)
        static constexpr std::string_view kArticles[] = {"een", "'n", "geen"};
        static constexpr std::string_view kHet[] = {"het", "'t"};
        static constexpr std::string_view kHetOfNoun[] = {"het", "'t", "dat", "dit"};
        static constexpr std::string_view kDeOfNoun[] = {"de", "die", "deze"};
        static constexpr std::string_view kNothing[] = {"niets", "niks"};
        static constexpr std::string_view kSomething[] = {"iets", "wat"};
        static constexpr std::string_view kEr[] = {"er", "d'r"};
        static constexpr std::string_view kReflexives[] = {"zich", "zichzelf", "me",     "mij",   "mezelf",  "mijzelf", "je",
                                                           "jezelf", "u",     "uzelf", "ons",   "onszelf", "jullie",  "julliezelf"};
        static constexpr std::string_view kSelfReflexives[] = {"zichzelf", "mezelf", "mijzelf", "jezelf",    "uzelf",
                                                               "onszelf",  "hemzelf", "haarzelf", "julliezelf"};
        static constexpr std::string_view kOwnPronouns[] = {"zijne", "mijne", "jouwe", "uwe", "hare", "onze", "hunne"};
        const std::span<const std::string_view> others = norm == "een"     ? std::span<const std::string_view>(kArticles)
                                                         : norm == "het" && article_of_any_noun
                                                             ? std::span<const std::string_view>(kHetOfNoun)
                                                         : norm == "het"   ? std::span<const std::string_view>(kHet)
                                                         : article_of_any_noun ? std::span<const std::string_view>(kDeOfNoun)
                                                         : norm == "niets" || norm == "niks"
                                                             ? std::span<const std::string_view>(kNothing)
                                                         : norm == "iets"  ? std::span<const std::string_view>(kSomething)
                                                         : norm == "er"    ? std::span<const std::string_view>(kEr)
                                                         : norm == "zijne" ? std::span<const std::string_view>(kOwnPronouns)
                                                         : norm == "zichzelf"
                                                             ? std::span<const std::string_view>(kSelfReflexives)
                                                         : possessive || article_of_noun
                                                             ? std::span<const std::string_view>(kPossessives)
                                                             : std::span<const std::string_view>(kReflexives);
        if (article_of_noun) keys = pattern_keys(pattern_words, norm, true);
        for (std::string_view pronoun : others) {
          const auto& more = pattern_keys(pattern_words, pronoun, true);
          keys.insert(keys.end(), more.begin(), more.end());
        }
        std::sort(keys.begin(), keys.end());
        keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
      } else {
        keys = pattern_keys(pattern_words, norm, in_phrase);
        // an er joined to its preposition stands for daar's and waar's too
        // (erachter komen: Hoe bent u daarachter gekomen?); not hier's, which
        // opens a text's own statements (hierbij, hiervoor); a preposition
        // whose er the phrase wrote apart (add_phrase_text) for every r-word's
        // joined to it
        std::vector<std::string> joined;
        if (in_phrase && norm.starts_with("er") && joined_r_word(norm))
          for (std::string_view r_word : {"daar", "waar"}) joined.push_back(std::string(r_word).append(norm.substr(2)));
        if (word->r_joined)
          for (std::string_view r_word : kRWords) joined.push_back(std::string(r_word).append(norm));
        for (const std::string& form : joined) {
          const auto& more = pattern_keys(pattern_words, form, true);
          keys.insert(keys.end(), more.begin(), more.end());
        }
        if (!joined.empty()) {
          std::sort(keys.begin(), keys.end());
          keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
        }
      }
      const std::uint64_t bits = key_bits(keys);
      out.push_back({std::move(keys), false, bits, 0, false, false, word->verb, word->particle, word->read_as_verb,
                     word->needs_object});
      out.back().reflexive = in_phrase && norm == "zich";
      out.back().possessive = possessive;
      out.back().r_joined = word->r_joined;
      out.back().opens_clause = word->opens_clause;
      out.back().diminutive = in_phrase && !word->verb && diminutive_form(norm);
    }
    return out;
  }

  void add_phrase(std::uint32_t code, Role role, std::vector<Element> elems, std::uint32_t source) {
    if (elems.empty() || elems.front().gap) return;
    const auto id = static_cast<std::uint32_t>(phrases.size());
    for (auto key : elems.front().keys) phrases_by_first_key[key].push_back(id);
    std::uint32_t reach = 0;
    for (std::size_t e = 1; e < elems.size(); ++e) {
      reach += elems[e].gap ? elems[e].max_gap : 1;
      if (elems[e].gap || std::ranges::any_of(elems[e].keys, [&](std::uint32_t k) {
            return key_bit_index[k] < std::size(kCommonLemmas);
          }))
        continue;
      const auto [it, fresh] = need_ids.try_emplace(elems[e].keys, static_cast<std::uint32_t>(need_ids.size()));
      if (fresh)
        for (auto key : elems[e].keys) needs_by_key[key].push_back(it->second);
      phrase_needs.push_back({it->second, reach});
    }
    need_first.push_back(static_cast<std::uint32_t>(phrase_needs.size()));
    const bool reflexive = std::ranges::any_of(elems, &Element::reflexive);
    const bool r_joined = std::ranges::any_of(elems, &Element::r_joined);
    const bool verb = std::ranges::any_of(elems, &Element::verb);
    phrases.push_back({code, role, std::move(elems), source, reflexive, r_joined, verb});
  }

  void add_phrase(PatternWords& pattern_words, std::uint32_t code, Role role, const std::vector<PhraseWord>& words,
                  std::uint32_t source) {
    add_phrase(code, role, elements(pattern_words, words), source);
  }

  // A phrase as written and, where it goes on from words that are no
  // finite verb to an infinitive (erbij horen, in gesprek gaan, gehoord
  // worden), also with `te` before that infinitive, as Dutch says it after
  // om, proberen, hoeven ... (om erbij te horen, om gehoord te worden); a
  // separable verb's te comes after its particle (contact op te nemen).
  // A phrase that ends in that infinitive is a verb phrase (add_verb_phrase).
  void add_phrase_text(PatternWords& pattern_words, std::uint32_t code, Role role, const std::string& text,
                       std::uint32_t source) {
    std::vector<PhraseWord> words = phrase_words(text);
    // (zich distantiëren van: distantieer me van)
    for (auto& w : words) w.text = fold_as_norm(w.text);
    // A phrase that opens with er apart from its preposition, as a
    // dictionary writes it (er iets van zeggen, er de pest in hebben), is
    // matched without it, its preposition also joined to er, daar, waar or
    // hier, where one of them stands in the clause: Daar moet het bestuur
    // iets van zeggen, heb er nooit iets van gezegd, het beste ervan maken.
    // So is one that opens with ergens, as a dictionary writes what takes
    // such a preposition (ergens tegen kunnen: daar kan ik niet tegen, ik
    // kan nergens tegen, waar ik mee zit).
    // So too after zich (zich ergens voor lenen: leen ik me niet voor).
    const std::size_t r = words.size() >= 4 && words[0].text == "zich" ? 1 : 0;
    if (words.size() >= r + 3 && (words[r].text == "er" || words[r].text == "ergens"))
      for (std::size_t i = r + 1; i + 1 < words.size(); ++i)
        if (joined_r_word("er" + words[i].text)) {
          words[i].r_joined = true;
          words.erase(words.begin() + static_cast<long>(r));
          break;
        }
    // A phrase a dictionary writes with its infinitive first and no other
    // verb after it (dweilen met de kraan open) is said with the verb where
    // Dutch puts it: also matched as if written with the infinitive last
    // (met de kraan open gedweild, dweilen we niet langer met de kraan open);
    // not a plural that en or of joins to another noun (rechten en plichten),
    // nor one before a participle (besluiten al genomen).
    auto participle = [&](const PhraseWord& w) {
      const auto& verbs = pattern_words.lemmatiser.lookup(w.text).verbs;
      return std::any_of(verbs.begin(), verbs.end(), [](const VerbReading& v) { return (v.forms & kParticiple) != 0; });
    };
    if (words.size() >= 3 && !words[0].gap && infinitive(pattern_words.lemmatiser.lookup(words[0].text), words[0].text) &&
        context_word(words[1].text) != ContextWord::coordinator &&
        std::none_of(words.begin() + 1, words.end(), [](const PhraseWord& w) { return w.gap; }) &&
        std::none_of(words.begin() + 1, words.end(), participle) &&
        phrase_infinitive(pattern_words.lemmatiser, words) == words.size()) {
      std::vector<PhraseWord> verb_last(words.begin() + 1, words.end());
      verb_last.push_back(words[0]);
      if (phrase_infinitive(pattern_words.lemmatiser, verb_last) + 1 == verb_last.size())
        add_verb_phrase(pattern_words, code, role, verb_last, source);
    }
    // A saying a dictionary writes as a sentence, its subject (an article,
    // maybe an adjective, and a noun) before its finite verb (de wal keert
    // het schip, de laatste loodjes wegen het zwaarst), is said in any
    // clause: also matched as if written with that verb's infinitive last
    // (dat de wal het schip keert, keert de wal het schip, de appel is niet
    // ver van de boom gevallen); not with a form of zijn, hebben, worden or
    // a modal.
    if (const std::optional<SayingVerb> saying = saying_verb(pattern_words.lemmatiser, words)) {
      // (the clause's finite verb may stand after the subject: de wal zal
      // het schip wel keren)
      const auto at = words.begin() + static_cast<long>(saying->at);
      std::vector<PhraseWord> verb_last(words.begin(), at);
      verb_last.push_back(kClauseGapWord);
      verb_last.insert(verb_last.end(), at + 1, words.end());
      verb_last.push_back({saying->infinitive});
      add_verb_phrase(pattern_words, code, role, verb_last, source);
    }
    if (add_prepositional_verb(pattern_words, code, role, words, source)) {
      words.back().needs_object = true;
      // (a separable verb's te after its particle, the preposition after
      // them: om even stil te staan bij wat er gebeurt)
      const std::string& infinitive = words[words.size() - 2].text;
      if (!pattern_words.particle(infinitive).empty()) {
        std::vector<PhraseWord> with_te(words.begin(), words.end() - 2);
        append_infinitive_with_te(pattern_words, with_te, infinitive);
        with_te.push_back(words.back());
        add_phrase(pattern_words, code, role, with_te, source);
      }
    }
    const std::size_t verb = phrase_infinitive(pattern_words.lemmatiser, words);
    if (verb == words.size()) {
      add_phrase(pattern_words, code, role, words, source);
    } else if (verb + 1 == words.size()) {
      add_verb_phrase(pattern_words, code, role, words, source);
    } else {
      // (its verb in a cluster at a subordinate clause's end, the clause's
      // other words between its object and the cluster: dat niemand een lans
      // heeft gebroken voor de ouderen, hebben elkaar pas in de huiskamer
      // leren kennen, om elkaar beter te leren kennen, heb me jarenlang
      // ingezet voor; not after an er or an adverb: of er nog buddy's nodig
      // waren voor, samen met kinderen te kijken naar)
      const bool object =
          is_one_of({"elkaar", "zich"}, std::string_view(words[verb - 1].text)) || lexicon::noun(words[verb - 1].text);
      // (adjectives between its article and noun: wil een kleine bijdrage
      // leveren aan)
      std::vector<PhraseWord> before_verb;
      for (std::size_t i = 0; i < verb; ++i) {
        if (adjectives_between(pattern_words.lemmatiser, words, i)) before_verb.push_back(kAdjectivesGapWord);
        before_verb.push_back(words[i]);
      }
      std::vector<PhraseWord> clustered = before_verb;
      clustered.insert(clustered.end(), {object ? kClauseGapWord : kClusterGapWord, words[verb], kClusterGapWord});
      clustered.insert(clustered.end(), words.begin() + static_cast<long>(verb) + 1, words.end());
      add_phrase(pattern_words, code, role, clustered, source);
      std::vector<PhraseWord> with_te = before_verb;
      if (object) with_te.push_back(kClauseGapWord);
      append_infinitive_with_te(pattern_words, with_te, words[verb].text);
      with_te.insert(with_te.end(), words.begin() + static_cast<long>(verb) + 1, words.end());
      add_phrase(pattern_words, code, role, with_te, source);
      // (and its verb first in a main clause, the rest of the cluster last:
      // ze lieten me links liggen)
      if (pattern_words.particle(words[verb].text).empty()) {
        // (the clause's adverbs after its reflexive and where they may stand
        // in a verb phrase: ze laten zich niet in de kaart kijken, laat je de
        // kop niet gek maken, hij liet zich nooit zien)
        std::vector<PhraseWord> rest = words;
        rest.erase(rest.begin() + static_cast<long>(verb));
        std::vector<PhraseWord> first = {{words[verb].text, 0, false, true}, kClauseGapWord};
        for (std::size_t i = 0; i < rest.size(); ++i) {
          if (adverbs_may_precede(rest, i)) first.push_back(kAdverbsGapWord);
          first.push_back(rest[i]);
          if (rest[i].text == "zich" && i + 1 < rest.size()) first.push_back(kClauseGapWord);
        }
        add_phrase(pattern_words, code, role, first, source);
      }
      add_cluster_r_word_apart(pattern_words, code, role, words, verb, source);
    }
  }

  // A phrase whose verb takes the infinitive after it (erbij komen kijken),
  // its er apart from the preposition of a pronominal adverb before that
  // verb, as add_verb_phrase splits one: in the cluster that ends the clause
  // (dat er zoveel bij zou komen kijken), the verb first (komt er veel bij
  // kijken) or er first and then the verb (Er komt meer bij kijken).
  void add_cluster_r_word_apart(PatternWords& pattern_words, std::uint32_t code, Role role,
                                const std::vector<PhraseWord>& words, std::size_t verb, std::uint32_t source) {
    const auto verb_at = words.begin() + static_cast<long>(verb);
    const auto r_word =
        std::find_if(words.begin(), verb_at, [](const PhraseWord& w) { return !er_preposition(w.text).empty(); });
    if (r_word == verb_at) return;
    const PhraseWord er = {"er"};
    std::vector<PhraseWord> apart(words.begin(), r_word);
    apart.insert(apart.end(), {er, kClauseGapWord, {std::string(er_preposition(r_word->text))}});
    apart.insert(apart.end(), r_word + 1, verb_at);
    const std::vector<PhraseWord> after(verb_at + 1, words.end());
    std::vector<PhraseWord> clustered = apart;
    clustered.insert(clustered.end(), {kClusterGapWord, *verb_at, kClusterGapWord});
    clustered.insert(clustered.end(), after.begin(), after.end());
    add_phrase(pattern_words, code, role, clustered, source);
    if (!pattern_words.particle(verb_at->text).empty()) return;
    const PhraseWord finite = {verb_at->text, 0, false, true};
    std::vector<PhraseWord> first = {finite, kClauseGapWord};
    first.insert(first.end(), apart.begin(), apart.end());
    first.insert(first.end(), after.begin(), after.end());
    add_phrase(pattern_words, code, role, first, source);
    if (r_word != words.begin()) return;
    std::vector<PhraseWord> er_first = {er, finite};
    er_first.insert(er_first.end(), apart.begin() + 1, apart.end());
    er_first.insert(er_first.end(), after.begin(), after.end());
    add_phrase(pattern_words, code, role, er_first, source);
  }

  // Whether word w, as its lemmas l read it, is a verb's infinitive.
  static bool infinitive(const Lemmas& l, std::string_view w) {
    return std::any_of(l.verbs.begin(), l.verbs.end(),
                       [&](const VerbReading& v) { return v.infinitive == w && (v.forms & kInfinitive); });
  }

  // A saying's finite verb: where it stands and its infinitive.
  struct SayingVerb {
    std::size_t at;
    std::string infinitive;
  };

  // The finite verb of a saying (add_phrase_text: het kwartje valt, de wal
  // keert het schip): the word after its opening article and a word that is
  // no adjective, or after its article, an adjective and another, that is a
  // present or past form and no auxiliary nor modal (not de gemeente moet).
  static std::optional<SayingVerb> saying_verb(Lemmatiser& lemmatiser, const std::vector<PhraseWord>& words) {
    if (words.size() < 3 || !is_one_of({"de", "het", "'t"}, std::string_view(words[0].text)) ||
        std::any_of(words.begin(), words.end(), [](const PhraseWord& w) { return w.gap; }))
      return std::nullopt;
    const std::string& first = words[1].text;
    const std::size_t at = lexicon::adjective(first) || lemmatiser.lookup(first).inflected_adjective ? 3 : 2;
    if (at >= words.size() || is_one_of({ContextWord::auxiliary, ContextWord::modal}, context_word(words[at].text)))
      return std::nullopt;
    // (a plural's present is spelled as the infinitive: de laatste loodjes
    // wegen; not de lol inzien van, a dictionary's infinitive)
    const Lemmas& subject = lemmatiser.lookup(words[at - 1].text);
    const bool plural =
        !subject.singular.empty() || std::any_of(subject.nominal.begin(), subject.nominal.end(),
                                                 [&](const std::string& n) { return n.size() < subject.norm.size(); });
    const std::uint8_t finite = kPresent | kPast | (plural ? kInfinitive : 0);
    for (const VerbReading& v : lemmatiser.lookup(words[at].text).verbs)
      if ((v.forms & finite) && !is_one_of({"zijn", "hebben", "worden"}, std::string_view(v.infinitive)))
        return SayingVerb{at, v.infinitive};
    return std::nullopt;
  }

  // The index of the infinitive a phrase goes on to from words that are no
  // finite verb (not its first word), or words.size(). A word after an
  // article is a noun, whatever verb it could also be a form of (`een beeld
  // schetsen`: beeld is no form of beelden there). A phrase that ends in an
  // infinitive, written as a dictionary gives it, goes on to that one where
  // every word before it may be a noun (zich zorgen maken, gebruik maken, op
  // prijs stellen: zorgen, gebruik and prijs are nouns there).
  std::size_t phrase_infinitive(Lemmatiser& lemmatiser, const std::vector<PhraseWord>& words) {
    auto finite = [](const Lemmas& l) {
      return std::any_of(l.verbs.begin(), l.verbs.end(),
                         [](const VerbReading& v) { return v.forms & (kStem | kPresent | kPast); });
    };
    const std::size_t n = words.size();
    const bool gapped = n > 1 && std::any_of(words.begin() + 1, words.end(), [](const PhraseWord& w) { return w.gap; });
    bool nouns_before = n > 1 && !words.back().gap && infinitive(lemmatiser.lookup(words.back().text), words.back().text);
    for (std::size_t i = 0; i + 1 < n && nouns_before; ++i) {
      // a gap after the first word stands for the clause's other words (een
      // * beeld geven: geeft een goed beeld); its empty text is no word to
      // look up: lemmatising "" reads the compound lexicon
      if (words[i].gap && i > 0) continue;
      // te and an infinitive stand before the verb as an object does (te
      // maken hebben met: heeft te maken met, mee te maken heeft)
      if (words[i].text == "te" && i + 2 < n && infinitive(lemmatiser.lookup(words[i + 1].text), words[i + 1].text)) {
        ++i;
        continue;
      }
      // (and an old te before no verb stands as a preposition does: zijn
      // boekje te buiten gaan, te lijf gaan)
      if (words[i].text == "te" && i + 2 < n) continue;
      nouns_before = !words[i].gap && words[i].text != "te";
      if (!nouns_before) break;
      const Lemmas& l = lemmatiser.lookup(words[i].text);
      // (or ends a compound in nl.dic, as a noun that has no plural does: lawaai);
      // with a gap, not a verb of its own: leren * kennen holds two verbs,
      // whose words a clause gap would let in from elsewhere (om Nederlands
      // te leren, en de cultuur te kennen)
      // after a preposition, an article or the zijn that stands for every
      // possessive, a word is a noun's or an adjective's (met open armen, op
      // zijn donder krijgen)
      const bool in_noun_phrase = i > 0 && !words[i - 1].gap &&
                                  (is_one_of({ContextWord::preposition, ContextWord::determiner, ContextWord::het},
                                             context_word(words[i - 1].text)) ||
                                   words[i - 1].text == "zijn");
      // (and a word that may be a separable verb's particle stands before
      // the verb as one does: zijn verhaal kwijt kunnen; but an infinitive
      // that takes a bare one is the verb of a cluster: links laten liggen,
      // and so is doen in a phrase: een belletje doen rinkelen; not in a
      // text, where doen dingen samen has a plural after it)
      // (after zich or elkaar, an object that a dictionary's phrase puts
      // before no finite verb: zich schrap zetten)
      const bool after_object = i > 0 && is_one_of({"zich", "elkaar"}, std::string_view(words[i - 1].text));
      // (and a word nl.dic has no entry for, whose verb readings come from
      // its letters alone: ten laste komen, natte voeten krijgen)
      nouns_before = (l.noun || l.nominal.size() > 1 || !finite(l) || in_noun_phrase || after_object ||
                      !lexicon::entry(words[i].text) ||
                      lexicon::compound_head(words[i].text) || separable_particle_word(words[i].text)) &&
                     !(gapped && infinitive(l, words[i].text)) &&
                     !(i + 2 == n && i > 0 && (takes_bare_infinitive(words[i].text) || words[i].text == "doen"));
    }
    if (nouns_before) return n - 1;
    for (std::size_t i = 0; i < n && !words[i].gap && words[i].text != "te"; ++i) {
      const Lemmas& l = lemmatiser.lookup(words[i].text);
      const std::string_view before = i > 0 ? std::string_view(words[i - 1].text) : std::string_view();
      const bool after_article = is_one_of({"een", "de", "het"}, before);
      // (not a noun after de, een or geen, nor the zijn that stands for every
      // possessive before its noun: de doden laten rusten, zijn tanden laten
      // zien, de poten onder zijn stoel wegzagen, geen doen zijn; but het before an
      // infinitive may be its object: het laten afweten)
      const bool noun_place = is_one_of({"een", "de", "geen"}, before) || (i == 1 && before == "zijn");
      const bool possessive = words[i].text == "zijn" && i + 1 < n && lexicon::noun(words[i + 1].text);
      if (infinitive(l, words[i].text) && i > 0 && !noun_place && !possessive) return i;
      // (a noun or adjective that is also a verb's stem goes on to the
      // verb after it: de kop gek laten maken, not gekken)
      if (!after_article && finite(l) && !(i > 0 && l.noun)) break;
    }
    return n;
  }

  // A verb with its preposition last, as a dictionary gives it (rekenen op,
  // luisteren naar, zich inzetten voor, rekening houden met), is matched as
  // written (we rekenen op de buren: add_phrase_text) and also as the verb
  // phrase with the preposition before its infinitive, in any clause (omdat
  // we op elkaar rekenen, daar rekenen we op, waar ze niet aan gewend is),
  // the preposition also joined to er, daar or waar (Reken erop dat,
  // Waarvoor pleit hij). Its verb there is no word read as a noun but a
  // participle (voor hun zorgen is no zorgen voor; niet op gerekend is).
  // Whether the phrase is such a verb.
  bool add_prepositional_verb(PatternWords& pattern_words, std::uint32_t code, Role role,
                              const std::vector<PhraseWord>& words, std::uint32_t source) {
    const std::size_t n = words.size();
    if (n < 2 || std::any_of(words.begin(), words.end(), [](const PhraseWord& w) { return w.gap; }) ||
        context_word(words[n - 1].text) != ContextWord::preposition)
      return false;
    const std::vector<PhraseWord> rest(words.begin(), words.end() - 1);
    if (add_verb_te_verb(pattern_words, code, role, words, source)) return true;
    // (a separable verb's particle joined after its preposition, as Dutch
    // writes them: ergens tegenaan hikken, er tegenop kunnen, ergens omheen
    // draaien, for aanhikken tegen, opkunnen tegen, heendraaien om)
    if (const std::string_view particle = pattern_words.particle(rest.back().text); !particle.empty())
      if (std::string joined = words.back().text + std::string(particle); in_word_list(joined)) {
        std::vector<PhraseWord> joined_particle(rest.begin(), rest.end() - 1);
        joined_particle.push_back({std::move(joined), 0, false});
        joined_particle.push_back({std::string(separable_base(rest.back().text, particle)), 0, false});
        add_verb_phrase(pattern_words, code, role, joined_particle, source);
      }
    if (!infinitive(pattern_words.lemmatiser.lookup(rest.back().text), rest.back().text) ||
        (rest.size() > 1 && phrase_infinitive(pattern_words.lemmatiser, rest) != rest.size() - 1))
      return false;
    PhraseWord preposition = words.back();
    preposition.needs_object = true;
    std::vector<PhraseWord> moved = rest;
    moved.back().read_as_verb = true;
    // (before the verb, and before the te and infinitive that stand before
    // it, or the adjective or participle it goes with: met geld te maken
    // heeft, mee te maken hebben, daar raak je wel aan gewend; but the te and
    // infinitive keep the verb's own preposition after them, with the verb
    // first: heeft te maken met)
    const std::size_t verb = rest.size() - 1;
    const bool te = rest.size() >= 3 && rest[verb - 2].text == "te";
    std::vector<std::size_t> places = {verb};
    if (te) places = {verb - 2};
    else if (rest.size() >= 2 && predicate(pattern_words.lemmatiser, rest[verb - 1].text)) places.push_back(verb - 1);
    if (te) {
      std::vector<PhraseWord> after = moved;
      after.insert(after.end() - 1, preposition);
      add_verb_phrase(pattern_words, code, role, after, source);
    }
    const std::string_view pronominal = pronominal_form(words.back().text);
    for (const std::size_t at : places) {
      std::vector<PhraseWord> placed = moved;
      placed.insert(placed.begin() + static_cast<long>(at), preposition);
      add_verb_phrase(pattern_words, code, role, placed, source);
      // (its object between it and the adjective or participle: is erg op
      // z'n rust gesteld, ben aan dat podium verknocht)
      if (at + 1 == verb) {
        std::vector<PhraseWord> object_between = placed;
        object_between.insert(object_between.begin() + static_cast<long>(at) + 1, kClauseGapWord);
        add_verb_phrase(pattern_words, code, role, object_between, source);
      }
      // met and tot as waar, daar or er write them, apart or joined (waar ze
      // de draak mee steken, ermee)
      if (pronominal != words.back().text) {
        placed[at].text = pronominal;
        add_verb_phrase(pattern_words, code, role, placed, source, false);
      }
      for (std::string_view r_word : kRWords) {
        placed[at].text = std::string(r_word) + std::string(pronominal);
        add_verb_phrase(pattern_words, code, role, placed, source, false);
      }
    }
    // an r-word joined to the preposition before the rest of the phrase
    // (daarmee rekening houden, waarover we ons moeten buigen, eraan toe
    // zijn), and the preposition with its object where that rest opens with
    // its noun (we moeten met de buren rekening houden, aan het begrip
    // invulling geven, met een brouwerij in zee gaan; not zich bemoeien met,
    // whose reflexive comes first, nor toe zijn aan: er slecht aan toe zijn)
    if (rest.size() >= 2 && !te) {
      const bool noun_first =
          lexicon::noun(rest[0].text) || (rest.size() >= 3 && rest[0].text != "zich" && lexicon::noun(rest[1].text));
      std::vector<PhraseWord> before = {preposition, kClauseGapWord};
      before.insert(before.end(), moved.begin(), moved.end());
      if (noun_first) add_verb_phrase(pattern_words, code, role, before, source, false);
      // (after a reflexive that comes first, before the noun: dat ze zich
      // aan een gesprek geen buil kunnen vallen)
      if (rest.size() >= 3 && rest[0].text == "zich" &&
          (lexicon::noun(rest[1].text) || (rest.size() >= 4 && lexicon::noun(rest[2].text)))) {
        std::vector<PhraseWord> after_reflexive = {moved[0], preposition, kClauseGapWord};
        after_reflexive.insert(after_reflexive.end(), moved.begin() + 1, moved.end());
        add_verb_phrase(pattern_words, code, role, after_reflexive, source, false);
        // (an r-word joined to it there too: hebben zich eraan tegoed gedaan)
        for (std::string_view r_word : kRWords) {
          after_reflexive[1].text = std::string(r_word) + std::string(pronominal);
          add_verb_phrase(pattern_words, code, role, after_reflexive, source, false);
        }
      }
      before.erase(before.begin() + 1);
      for (std::string_view r_word : kRWords) {
        before.front().text = std::string(r_word) + std::string(pronominal);
        add_verb_phrase(pattern_words, code, role, before, source, false);
      }
    }
    // an r-word joined to the preposition put first, or the preposition
    // with its object, the finite verb right after it and the rest of the
    // phrase later (Daarvoor ben ik ze nog steeds dankbaar, Daarmee gaat de
    // commissie akkoord, Aan dat hutje heb je een kluif, Van dat idee ben ik
    // niet zo gecharmeerd)
    // (a separable verb's particle last: Aan die fusie houden we een kater over)
    if (rest.size() >= 2) {
      const std::string& infinitive = rest.back().text;
      const std::string_view particle = pattern_words.particle(infinitive);
      std::vector<PhraseWord> fronted = {preposition, kClauseGapWord,
                                         verb_word(separable_base(infinitive, particle), true), kClauseGapWord};
      fronted.front().opens_clause = true;
      fronted.insert(fronted.end(), rest.begin(), rest.end() - 1);
      if (!particle.empty()) fronted.insert(fronted.end(), {kClauseGapWord, particle_after_word(particle)});
      add_phrase(pattern_words, code, role, fronted, source);
      // (or the verb last, an auxiliary or modal the finite verb: In dat
      // complex wordt wel geld gepompt, Aan die regels zal ik nooit gewend raken)
      std::vector<PhraseWord> verb_last = {preposition, kClauseGapWord};
      verb_last.front().opens_clause = true;
      verb_last.insert(verb_last.end(), rest.begin(), rest.end() - 1);
      verb_last.insert(verb_last.end(), {kClauseGapWord, verb_word(infinitive, true)});
      add_phrase(pattern_words, code, role, verb_last, source);
      for (std::string_view r_word : kRWords) {
        fronted.front() = {std::string(r_word) + std::string(pronominal), 0, false};
        add_phrase(pattern_words, code, role, fronted, source);
      }
    }
    // a verb alone put last after its preposition that opens the clause,
    // where the middle may be long, as both ends hold the clause (Tegen die
    // fusie hebben de ouders van De Regenboog vanaf het begin geageerd)
    if (rest.size() == 1) {
      std::vector<PhraseWord> fronted = {preposition, kFrontedGapWord, verb_word(rest.back().text, true)};
      fronted.front().opens_clause = true;
      add_phrase(pattern_words, code, role, fronted, source);
    }
    // a phrase that opens with a preposition of its own takes the waar's,
    // daar's or er's before that one (waar hij niet voor in aanmerking komt,
    // daar kom je niet mee in aanraking)
    if (rest.size() > 2 && context_word(rest.front().text) == ContextWord::preposition) {
      std::vector<PhraseWord> before = rest;
      before.back().read_as_verb = true;
      before.insert(before.begin(), {std::string(pronominal), 0, false});
      add_verb_phrase(pattern_words, code, role, before, source, false);
      // (or joined: waarmee ze volledig in strijd zijn)
      for (std::string_view r_word : {"er", "daar", "waar"}) {
        before.front().text = std::string(r_word) + std::string(pronominal);
        add_verb_phrase(pattern_words, code, role, before, source, false);
      }
    }
    // a separable verb said first, its particle before the preposition and
    // the preposition's object (we kwamen op voor de kinderen, Stemt de raad
    // in met het plan, Kijken jullie uit naar de lunch); the phrase's other
    // words right before the particle, but for adverbs (neem het altijd op
    // voor: het opnemen voor; not neem het gesprek op voor het verslag)
    const std::string& infinitive = rest.back().text;
    const std::string_view particle = pattern_words.particle(infinitive);
    if (particle.empty()) return true;
    std::vector<PhraseWord> first = {verb_word(separable_base(infinitive, particle), true), kClauseGapWord};
    // (a reflexive the clause's other words: zet zich al twintig jaar in voor)
    for (std::size_t i = 0; i + 1 < rest.size(); ++i)
      first.insert(first.end(), {rest[i], rest[i].text == "zich" ? kClauseGapWord : kAdverbsGapWord});
    first.insert(first.end(), {{std::string(particle), 0, false}, preposition});
    add_phrase(pattern_words, code, role, first, source);
    return true;
  }

  // A verb with te and an infinitive before its preposition, as a
  // dictionary gives it (zitten te springen om, staan te kijken van), is
  // also said with the preposition before te, the first verb finite or last
  // (Daar zitten ze niet om te springen, ik sta ervan te kijken), and before
  // the whole cluster at a clause's end (waar ouders om zitten te springen,
  // Daar zou je van staan te kijken), the preposition joined to er, daar or
  // waar too. Whether the phrase is such a verb.
  bool add_verb_te_verb(PatternWords& pattern_words, std::uint32_t code, Role role,
                        const std::vector<PhraseWord>& words, std::uint32_t source) {
    const auto verb = [&](const PhraseWord& w) { return infinitive(pattern_words.lemmatiser.lookup(w.text), w.text); };
    if (words.size() != 4 || words[1].text != "te" || !verb(words[0]) || !verb(words[2])) return false;
    const PhraseWord& preposition = words[3];
    PhraseWord first = words[0], second = words[2];
    first.read_as_verb = second.read_as_verb = true;
    const std::string_view pronominal = pronominal_form(preposition.text);
    for (std::vector<PhraseWord> placed : {std::vector<PhraseWord>{preposition, words[1], words[2], first},
                                           std::vector<PhraseWord>{preposition, words[0], words[1], second}}) {
      add_verb_phrase(pattern_words, code, role, placed, source);
      for (std::string_view r_word : kRWords) {
        placed.front().text = std::string(r_word) + std::string(pronominal);
        add_verb_phrase(pattern_words, code, role, placed, source, false);
      }
    }
    return true;
  }

  // Whether adjectives may stand before a phrase's word i: a noun, a
  // diminutive or an adjective after its een, de, het or geen (een kleine
  // bijdrage, het grote verschil, een hele grote mond, een heel toneeltje),
  // or a word the list has with no flags (geen flauw benul).
  static bool adjectives_between(Lemmatiser& lemmatiser, const std::vector<PhraseWord>& words, std::size_t i) {
    if (i == 0 || words[i - 1].gap || !is_one_of({"een", "de", "het", "geen"}, std::string_view(words[i - 1].text)))
      return false;
    const std::string& w = words[i].text;
    return lexicon::noun(w) || lexicon::adjective(w) || diminutive_form(w) || lemmatiser.lookup(w).inflected_adjective ||
           lexicon::bare_entry(w);
  }

  // Whether a phrase's word is an adjective or a participle, which a
  // verb's preposition may stand before (gewend raken aan, bang zijn voor).
  static bool predicate(Lemmatiser& lemmatiser, const std::string& word) {
    const auto& verbs = lemmatiser.lookup(word).verbs;
    return lexicon::adjective(word) ||
           std::any_of(verbs.begin(), verbs.end(), [](const VerbReading& v) { return v.forms & kParticiple; });
  }

  static void append_infinitive_with_te(PatternWords& pattern_words, std::vector<PhraseWord>& out,
                                        const std::string& infinitive) {
    const std::string_view particle = pattern_words.particle(infinitive);
    if (!particle.empty()) out.push_back({std::string(particle), 0, false});
    out.push_back({"te", 0, false});
    out.push_back({std::string(separable_base(infinitive, particle)), 0, false});
  }

  // Whether the clause's adverbs may stand before word i of a verb phrase
  // whose last word is its verb. A prepositional phrase after another word
  // of the phrase may have adverbs before it (the het before it no article:
  // het ooit over zijn hart verkrijgen), and so may any word after er (er
  // alleen voor staan: sta je er toch vaak alleen voor).
  static bool adverbs_may_precede(const std::vector<PhraseWord>& words, std::size_t i) {
    const std::string& w = words[i].text;
    return i > 0 && !words[i - 1].gap &&
           ((context_word(w) == ContextWord::preposition &&
             !is_one_of({ContextWord::preposition, ContextWord::determiner}, context_word(words[i - 1].text))) ||
            words[i - 1].text == "er" ||
            // (kon m'n verhaal nergens kwijt; not a noun after its article
            // or possessive: z'n plaats kennen, tot z'n recht komen)
            (i + 2 == words.size() && separable_particle_word(w) &&
             !is_one_of({"de", "het", "een", "zijn"}, std::string_view(words[i - 1].text))) ||
            // (and after an article's or possessive's noun, where the
            // phrase's next part starts: kregen de neuzen eindelijk dezelfde
            // kant op, laten de boel niet de boel, zoek je heil dan nooit
            // elders, laat je de kop niet gek maken; not between an adjective
            // and its noun, nor between two nouns: een kop koffie)
            (i >= 2 && is_one_of({"de", "het", "een", "zijn"}, std::string_view(words[i - 2].text)) &&
             !function_word(words[i - 1].text) &&
             (!lexicon::adjective(words[i - 1].text) || lexicon::noun(words[i - 1].text)) &&
             (!lexicon::noun(w) || (i + 2 == words.size() && lexicon::adjective(w))) &&
             context_word(w) != ContextWord::coordinator));
  }

  // A verb phrase, written as a dictionary gives it, its infinitive last
  // (zich thuis voelen, gehoord worden, erbij horen, contact opnemen), is
  // said in any clause: its words may stand apart in the clause, with the
  // verb last (omdat ik me hier nooit thuis heb gevoeld, dat je er niet bij
  // hoort, om contact op te nemen) or first, as the finite verb of a main
  // clause or question (ik voel me hier thuis, word je nooit gehoord, hoor
  // je er echt bij, neem morgen contact op: the particle last), or, with a
  // reflexive, first after the rest (thuis voel ik me het best); er and its
  // preposition also stand apart (erbij: er ... bij). The words between
  // the verb's own words stay together (zich aan de regels houden).
  // `er_apart`: a pronominal adverb also stands apart (erbij: er ... bij);
  // not where a phrase of the preposition alone is added too, which finds
  // that (add_prepositional_verb).
  void add_verb_phrase(PatternWords& pattern_words, std::uint32_t code, Role role, const std::vector<PhraseWord>& words,
                       std::uint32_t source, bool er_apart = true) {
    // its words before the verb, each pronominal adverb whole or apart
    std::vector<std::vector<PhraseWord>> fronts(1);
    for (std::size_t i = 0; i + 1 < words.size(); ++i) {
      const std::string& w = words[i].text;
      const std::string_view rest = er_apart ? er_preposition(w) : "";
      const bool pronominal = !rest.empty();
      const bool adverbs_before = adverbs_may_precede(words, i);
      // what het's clause says of it (het koud hebben, het eens zijn, het te
      // kwaad krijgen, het over een andere boeg gooien) the clause's other
      // words (we hebben het altijd koud, ik ben het niet met Sanne eens, we
      // zijn het er allemaal over eens, ik kreeg het toch even te kwaad, heeft
      // het na die ruzie ineens over een andere boeg gegooid); not a
      // preposition right before the verb, whose het may be an article there
      // (het hebben over: not me heel wat nachten het hoofd over gebroken)
      const bool clause_before =
          i > 0 && words[i - 1].text == "het" &&
          (lexicon::adjective(w) || w == "eens" ||
           (context_word(w) == ContextWord::preposition && i + 2 < words.size()) ||
           (w == "te" && i + 2 < words.size() && lexicon::adjective(words[i + 1].text)));
      const bool adjectives_before = !clause_before && adjectives_between(pattern_words.lemmatiser, words, i);
      const std::size_t n = fronts.size();
      for (std::size_t f = 0; f < n; ++f) {
        if (adverbs_before) fronts[f].push_back(kAdverbsGapWord);
        if (clause_before) fronts[f].push_back(kClauseGapWord);
        if (adjectives_before) fronts[f].push_back(kAdjectivesGapWord);
        if (pronominal) {
          fronts.push_back(fronts[f]);
          fronts.back().insert(fronts.back().end(), {{"er", 0, false}, kClauseGapWord, {std::string(rest), 0, false}});
          // (and before the words that come before it: er nu het mes in
          // zet, zet er bij de speeltuin het gas op, for het mes erin zetten)
          if (i > 0) {
            std::vector<PhraseWord> er_first = {{"er", 0, false}, kClauseGapWord};
            er_first.insert(er_first.end(), fronts[f].begin(), fronts[f].end());
            er_first.push_back({std::string(rest), 0, false});
            fronts.push_back(std::move(er_first));
          }
          // (and the preposition alone, daar or waar its r-word in the
          // clause, which a hit's span leaves out: Daar stink ik niet meer
          // in, daar ben ik helemaal in gestonken)
          PhraseWord stranded{std::string(rest), 0, false};
          stranded.r_joined = true;
          fronts.push_back(fronts[f]);
          fronts.back().push_back(std::move(stranded));
        }
        fronts[f].push_back(words[i]);
        // (and after an r-word joined to its preposition that opens the
        // phrase: waarmee ze volledig in strijd zijn)
        if ((w == "zich" || (i == 0 && joined_r_word(w))) && i + 2 < words.size()) fronts[f].push_back(kClauseGapWord);
      }
    }
    const std::string& infinitive = words.back().text;
    const std::string_view particle = pattern_words.particle(infinitive);
    const bool read_as_verb = words.back().read_as_verb;
    const PhraseWord verb = verb_word(infinitive, read_as_verb);
    const PhraseWord base = verb_word(separable_base(infinitive, particle), read_as_verb);
    const PhraseWord particle_after = particle_after_word(particle);
    for (const auto& front : fronts) {
      // verb last (a reflexive's clause may put a middle as long as a
      // fronted phrase's between zich and the verb: zich de afgelopen weken
      // met al die open diensten helemaal afgepeigerd)
      std::vector<PhraseWord> last = front;
      last.push_back(!front.empty() && front.back().text == "zich" ? kFrontedGapWord : kClauseGapWord);
      last.push_back(verb);
      add_phrase(pattern_words, code, role, last, source);
      if (!particle.empty()) {
        last.pop_back();
        append_infinitive_with_te(pattern_words, last, infinitive);
        add_phrase(pattern_words, code, role, last, source);
        // (and its particle before the other verbs of the cluster that ends
        // the clause: een nachtje door moeten halen, op moesten staan, door
        // hebben gehaald)
        last.resize(front.size() + 1);
        last.insert(last.end(), {{std::string(particle), 0, false}, kClusterGapWord, base});
        add_phrase(pattern_words, code, role, last, source);
      }
      // verb first
      std::vector<PhraseWord> first = {particle.empty() ? verb : base, kClauseGapWord};
      first.insert(first.end(), front.begin(), front.end());
      // a gap that stood before the verb ends nothing once the verb is first
      // (koffie * drinken: drinken koffie, not drinken koffie met suiker)
      if (first.back().gap) first.pop_back();
      // (the particle ends the clause's middle, however long: matigt zich na
      // één bezoekje van tien minuten een oordeel over onze straat aan)
      if (!particle.empty()) first.insert(first.end(), {kFrontedGapWord, particle_after});
      add_phrase(pattern_words, code, role, first, source);
      // (and whole where its particle makes inseparable verbs too: Ik
      // overeet me, for zich overeten; a separable verb's whole finite form
      // never comes first)
      if (!particle.empty() && inseparable_particle(particle)) {
        first.erase(first.end() - 2, first.end());
        first.front() = verb;
        add_phrase(pattern_words, code, role, first, source);
      }
    }
    // the rest before the verb, its reflexive after it (thuis voel ik me het best)
    const auto reflexive = std::find_if(words.begin(), words.end() - 1, [](const PhraseWord& w) { return w.text == "zich"; });
    if (reflexive != words.end() - 1 && words.size() > 2) {
      std::vector<PhraseWord> fronted(words.begin(), reflexive);
      fronted.insert(fronted.end(), reflexive + 1, words.end() - 1);
      fronted.insert(fronted.end(), {kClauseGapWord, particle.empty() ? verb : base, kClauseGapWord, *reflexive});
      if (!particle.empty()) fronted.insert(fronted.end(), {kClauseGapWord, particle_after});
      add_phrase(pattern_words, code, role, fronted, source);
    } else if (!particle.empty()) {
      // a separable verb's rest put first, the verb next and its particle
      // last (Op een flitspaal dringen de bewoners al jaren aan)
      std::vector<PhraseWord> fronted(words.begin(), words.end() - 1);
      fronted.insert(fronted.end(), {kClauseGapWord, base, kClauseGapWord, particle_after});
      add_phrase(pattern_words, code, role, fronted, source);
    }
    // a separable verb first, its particle right before the prepositional
    // phrase that ends the rest, put after it (Mijn moeder draait zich om in
    // haar graf, for zich in zijn graf omdraaien)
    const auto preposition = std::find_if(words.begin(), words.end() - 1, [](const PhraseWord& w) {
      return context_word(w.text) == ContextWord::preposition;
    });
    if (!particle.empty() && preposition != words.end() - 1 && preposition + 1 != words.end() - 1) {
      std::vector<PhraseWord> extraposed = {base, kClauseGapWord};
      extraposed.insert(extraposed.end(), words.begin(), preposition);
      if (preposition != words.begin()) extraposed.push_back(kClauseGapWord);
      extraposed.push_back(particle_after);
      extraposed.insert(extraposed.end(), preposition, words.end() - 1);
      add_phrase(pattern_words, code, role, extraposed, source);
    }
  }

  // A term: one word matched by its lemma keys. A term that the tokeniser
  // cuts into several words (e-mail) is matched as a phrase, except in near.
  void add_term(PatternWords& pattern_words, const Term& term, TokenPattern unit) {
    auto elems = elements(pattern_words, phrase_words(term.text));
    if (elems.size() != 1) {
      if (unit.role != Role::near) add_phrase(unit.code, unit.role, std::move(elems), unit.source);
      return;
    }
    unit.compound = term.compound;
    unit.as = term.as;
    const std::string folded = fold(term.text);
    unit.diminutive = term.as != WordClass::verb && diminutive_form(folded);
    const auto id = static_cast<std::uint32_t>(units.size());
    units.push_back(unit);
    if (unit.compound == CompoundMode::head || (unit.compound == CompoundMode::any && unit.as != WordClass::verb))
    {
      head_terms_by_end[head_end_key(folded)].push_back(static_cast<std::uint32_t>(head_terms.size()));
      head_terms.emplace_back(folded, id);
    }
    // (not an adjective, whose letters begin longer adjectives: ongelijk|waardigheid)
    if (unit.compound == CompoundMode::any && unit.role == Role::hit && folded.size() >= kCompoundModifierBytes &&
        !lexicon::adjective(folded))
      modifier_terms.emplace_back(folded, id);
    for (auto key : elems.front().keys) units_by_key[key].push_back(id);
    // a verb nl.dic spells with z or v before -en, written with s or f as
    // it is said (forensen: forenzen, forenst; and the other way round)
    if (unit.as != WordClass::noun && !lexicon::verb_infinitive(folded))
      if (const std::string other = other_spelling(folded); lexicon::verb_infinitive(other))
        units_by_key[intern(other)].push_back(id);
    // (meeëten: mee + eten)
    if (unit.role != Role::near) add_separable(pattern_words, fold_as_norm(term.text));
    if (unit.as != WordClass::noun && unit.role != Role::near) add_compound_verb(pattern_words, fold_as_norm(term.text));
  }

  // An infinitive's other spelling of the consonant before -en, voiced
  // or not (forensen: forenzen, schaven: schafen), or "".
  static std::string other_spelling(const std::string& infinitive) {
    static constexpr std::pair<char, char> kPairs[] = {{'s', 'z'}, {'z', 's'}, {'f', 'v'}, {'v', 'f'}};
    if (infinitive.size() < 5 || !infinitive.ends_with("en")) return "";
    for (const auto& [from, to] : kPairs)
      if (infinitive[infinitive.size() - 3] == from) {
        std::string other = infinitive;
        other[other.size() - 3] = to;
        return other;
      }
    return "";
  }

  // A term the word list lacks, or lists with no flags and so no forms
  // (herplannen, wildplassen), that ends in a verb it knows after at least
  // two letters that are a word or a prefix (the longest such verb): a
  // CompoundVerb. One that holds no such verb (bailen, cappen, slammen:
  // loans) nor is another spelling of one (forensen) has the forms of a
  // regular verb (own_verb_forms), as the codebook calls it a verb.
  void add_compound_verb(PatternWords& pattern_words, const std::string& infinitive) {
    for (const auto& v : compound_verbs)
      if (v.infinitive == infinitive) return;
    if (!in_word_list(infinitive) || lexicon::bare_entry(infinitive))
      for (std::size_t cut = 2; cut + 4 <= infinitive.size(); ++cut) {
        const std::string_view base = std::string_view(infinitive).substr(cut);
        const std::string first = infinitive.substr(0, cut);
        // (the letters before it a word or a prefix: not tac + keren in tackeren)
        const bool word_or_prefix =
            separable_particle_word(first) || verb_prefix(first) || inseparable_particle(first) || in_word_list(first);
        if (!lexicon::verb_infinitive(base) || !word_or_prefix) continue;
        compound_verbs.push_back({first, std::string(base), infinitive, intern(infinitive)});
        return;
      }
    // (the regular forms the lemmatiser reads as some verb, and as this one)
    const std::vector<VerbReading> forms = regular_forms(infinitive);
    bool read_as_a_verb = false, read_as_this_verb = false;
    for (const VerbReading& form : forms) {
      if (form.infinitive == infinitive) continue;
      const auto& verbs = pattern_words.lemmatiser.lookup(form.infinitive).verbs;
      read_as_a_verb |= !verbs.empty();
      read_as_this_verb |= std::ranges::any_of(verbs, [&](const VerbReading& v) { return v.infinitive == infinitive; });
    }
    // (asked of the lemmatiser, not hunspell, which may take it for a
    // compound of other words: slam|men; nor where the word list calls it an
    // infinitive whose forms the lemmatiser reads: but verlelijken; nor a
    // verb the lemmatiser reads with any of its forms: but snoezelen, whose
    // infinitive alone nl.dic lists)
    if (lexicon::verb_infinitive(other_spelling(infinitive)) ||
        (!pattern_words.lemmatiser.lookup(infinitive).verbs.empty() && read_as_this_verb) ||
        (lexicon::verb_infinitive(infinitive) && read_as_a_verb))
      return;
    const std::uint32_t key = intern(infinitive);
    for (const VerbReading& form : forms) {
      auto& verbs = own_verb_forms[form.infinitive];
      if (std::none_of(verbs.begin(), verbs.end(), [&](const OwnVerbForm& v) { return v.key == key; }))
        verbs.push_back({infinitive, key, form.forms});
    }
  }

  // A term that is a separable verb's infinitive (meedoen) also matches its
  // base's forms with the particle apart: keyed by the base (doen).
  void add_separable(PatternWords& pattern_words, const std::string& infinitive) {
    const std::string_view particle = pattern_words.particle(infinitive);
    if (particle.empty()) return;
    const std::uint32_t key = intern(infinitive);
    const std::uint32_t base = intern(separable_base(infinitive, particle));
    for (auto id : separables_by_base_key[base])
      if (separables[id].key == key) return;
    separables_by_base_key[base].push_back(static_cast<std::uint32_t>(separables.size()));
    separables.push_back({std::string(particle), key});
  }

  void add_glob(const std::string& text, TokenPattern unit) {
    globs.add(fold(text), static_cast<std::uint32_t>(units.size()));
    units.push_back(unit);
  }
};

CompiledCodebook::CompiledCodebook(const Codebook& codebook) : codebook_(codebook), impl_(std::make_unique<Impl>()) {
  Impl& m = *impl_;
  PatternWords words;
  for (const auto& w : codebook.negation.words) m.negation_words.insert(fold(w));
  for (const auto& w : codebook.answers.non_answers) m.non_answer_words.insert(fold(w.text));
  for (const auto& w : codebook.method.words) m.method_globs.add(fold(w.text), 0);
  m.method = &codebook.method;
  for (std::uint32_t c = 0; c < codebook.codes.size(); ++c) {
    const Code& code = codebook.codes[c];
    for (const auto& t : code.terms)
      m.add_term(words, t, {c, Role::hit, CompoundMode::any, 0, 0, m.describe("term", t.text, t.mark, t.as)});
    for (const auto& g : code.globs)
      m.add_glob(g.text, {c, Role::hit, CompoundMode::any, 0, 0, m.describe("glob", g.text, g.mark)});
    for (const auto& p : code.phrases)
      m.add_phrase_text(words, c, Role::hit, p.text, m.describe("phrase", p.text, p.mark));
    for (const auto& e : code.exclude) {
      const std::uint32_t source = m.describe("exclude", e.text, e.mark);
      switch (pattern_kind(e.text)) {
        case PatternKind::glob: m.add_glob(e.text, {c, Role::exclude, CompoundMode::any, 0, 0, source}); break;
        case PatternKind::term:
          m.add_term(words, Term{e.text, CompoundMode::any, e.mark},
                     {c, Role::exclude, CompoundMode::any, 0, 0, source});
          break;
        case PatternKind::phrase: m.add_phrase_text(words, c, Role::exclude, e.text, source); break;
      }
    }
    for (const auto& n : code.near) {
      const auto id = static_cast<std::uint32_t>(m.nears.size());
      std::string terms;
      for (const auto& t : n.terms) terms += (terms.empty() ? "" : " ") + t.text;
      m.nears.push_back({c, static_cast<std::uint32_t>(n.terms.size()), n.within, m.near_state_size,
                         m.describe("near", terms, n.mark)});
      m.near_state_size += static_cast<std::uint32_t>(n.terms.size());
      for (std::uint32_t t = 0; t < n.terms.size(); ++t) {
        Term term = n.terms[t];
        term.compound = CompoundMode::none;
        m.add_term(words, term, {c, Role::near, CompoundMode::none, id, t});
      }
    }
    for (const auto& r : code.regex) {
      UErrorCode status = U_ZERO_ERROR;
      UParseError pe;
      std::unique_ptr<icu::RegexPattern> p(
          icu::RegexPattern::compile(icu::UnicodeString::fromUTF8(r.text), UREGEX_CASE_INSENSITIVE, pe, status));
      if (U_FAILURE(status))
        throw DataError({codebook.path, r.mark.line, r.mark.column},
                        fmt::format("invalid regular expression '{}' in code {}: {}", r.text, code.id, u_errorName(status)));
      m.regexes.push_back({c, std::move(p), &r, RegexPrefilter(r.text), m.describe("regex", r.text, r.mark)});
    }
  }
}

CompiledCodebook::~CompiledCodebook() = default;

namespace {

// A word read as a noun that is a verb's form (Matcher::Impl::verbal_noun):
// a participle before its noun, which a term limited to verbs matches too,
// or an infinitive made a noun, which a term read as an action matches.
enum class VerbalNoun : std::uint8_t { none, participle, infinitive };

// The idioms whose noun a verb's form spells, their verb standing elsewhere
// in the clause (Matcher::Impl::noun_of_idiom).
constexpr std::pair<std::string_view, std::string_view> kIdioms[] = {
    {"zorgen", "maken"},   {"gebruik", "maken"}, {"vorm", "geven"},    {"vorm", "krijgen"},  {"last", "hebben"},
    {"last", "krijgen"},   {"last", "bezorgen"}, {"troost", "bieden"}, {"troost", "geven"},  {"troost", "zoeken"},
    {"troost", "vinden"},  {"steun", "bieden"},  {"steun", "geven"},   {"steun", "krijgen"}, {"steun", "zoeken"},
    {"deel", "maken"},     {"deel", "nemen"},    {"plaats", "vinden"}, {"plaats", "nemen"},  {"kennis", "maken"},
    {"kennis", "nemen"},   {"zorg", "dragen"},   {"rust", "vinden"},   {"hoop", "geven"},    {"hoop", "houden"},
    {"stap", "zetten"},    {"keuze", "maken"},   {"grap", "maken"}};

// A phrase whose second element is a gap, as the word that starts it
// keeps it: what must stand within reach before matching it is worth trying.
struct GapPhrase {
  std::uint64_t ahead;      // the bits of the word after the gap
  // the bits of its last word and the most words after the first that it
  // may stand (a phrase whose gap is followed by a common word, zijn ...
  // voor bang, still needs its rarer last word within reach)
  std::uint64_t last_bits;
  std::uint16_t span;
  std::uint32_t phrase;
};

// What a distinct token norm matches, computed once per Matcher.
struct NormInfo {
  std::vector<std::uint32_t> keys;   // lemma keys known to the codebook, sorted
  std::vector<std::uint32_t> units;  // single-token patterns it matches, sorted
  // The phrases whose first word it matches, by what must come next: a
  // word, looked up by its keys (most words start phrases that the next
  // word cannot go on with), or a gap or the phrase's end.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> phrases_by_next_key;  // (key of the second word, phrase), sorted
  std::vector<GapPhrase> phrases_gap_next;  // by phrase
  // The indices of those that may start in the segment numbered
  // live_segment (Matcher::Impl::may_start), and the OR of the `ahead` bits
  // of those of them that ask for a word after the gap: made once a segment
  // by the matcher whose cache holds this NormInfo, as a common word (de,
  // je, is: an adjective's gap, a reflexive's, a verb's cluster) starts
  // many phrases that most segments lack a word of.
  mutable std::uint64_t live_segment = 0;
  mutable std::uint64_t live_ahead = 0;
  mutable std::vector<std::uint32_t> live_gap;
  // phrases_gap_next's indices by the first need of their phrase
  // (CompiledCodebook::Impl::phrase_needs), those with none last: run r is
  // gap_by_need[gap_runs[r - 1].end .. gap_runs[r].end), of the need
  // gap_runs[r].need; the live list is made from the runs of the needs the
  // segment meets, which are few
  std::vector<std::uint32_t> gap_by_need;
  struct GapRun {
    std::uint32_t need;
    std::uint32_t end;
  };
  std::vector<GapRun> gap_runs;
  std::vector<std::uint32_t> separables;     // separable verbs (CompiledCodebook::Impl::separables) it is the base of
  std::vector<std::uint32_t> needs;          // the phrases' needs its keys meet (CompiledCodebook::Impl::phrase_needs), sorted
  std::uint64_t bits = 0;                    // key_bits(keys)
  std::uint64_t next_bits = 0;               // the bits of phrases_by_next_key's keys
  bool negation = false;
  bool listed_noun = false;       // lexicon::noun of its norm
  bool listed_adjective = false;  // lexicon::adjective of its norm
  bool non_answer = false;   // one of the codebook's answers.non_answers
  bool method_word = false;  // matches one of the codebook's method.words
  bool finite = false;      // a present or past verb form, as read
  bool ambiguous = false;   // a verb form and a noun: the context picks the reading
  bool verb = false;        // a verb form of any kind
  bool participle = false;  // a participle, whatever it is read as (op gerekend: a noun after a preposition)
  bool clause_opener = false;  // begins a clause (en, maar, omdat, dat, ...)
  bool subordinate = false;    // and that clause is subordinate (omdat, dat, ...)
  bool holds = false;          // the present of denken, geloven, verwachten (Impl::negated)
  bool modal_like = false;     // a form of komen or blijven, which take a bare infinitive as a modal does (komt kijken)
  bool noun = false;           // a finite form or stem that is a noun too (Lemmas::noun: feest, buurt)
  bool separable_stem = false;  // a separable verb's stem written whole (lemma.h: separable_stem)
  bool diminutive = false;     // has a diminutive's ending (lemma.h: diminutive_form), which a term or phrase word so written asks
  bool particle = false;       // may be a separable verb's particle apart (op, mee, weer)
  bool adjective = false;      // an adjective and no verb form (eerlijke, goed): Element::adjectives lets it in
  bool idiom_noun = false;     // the noun of one of kIdioms
  VerbShape shape = VerbShape::other;  // lemma.h: verb_shape
  ContextWord context = ContextWord::other;
  // 1 + index of its verb reading, noun reading, readings as a verb's
  // form made a noun (VerbalNoun: participle, infinitive) and reading as an
  // infinitive of its own (Impl::own_infinitive) in the matcher's lists;
  // 0: not yet
  mutable std::uint32_t read_as[5] = {0, 0, 0, 0, 0};
};

struct Candidate {
  std::uint32_t code;
  Role role;
  std::size_t begin, end;  // bytes
  std::size_t first_word;  // index into the word list
  std::size_t last_word;
  std::uint32_t source;    // the pattern (CompiledCodebook::Impl::sources)
};

// What the scan over a segment's words reads of each: most words start no
// pattern, and skipping them without touching their NormInfo keeps the scan
// in cache.
struct WordInfo {
  const NormInfo* info = nullptr;
  std::uint64_t bits = 0;       // info->bits
  std::uint64_t next_bits = 0;  // the bits of info->phrases_by_next_key's keys: what a next word must share to go on with a phrase
  bool negation = false;        // info->negation
  bool units = false;           // info->units is not empty
  bool any_next = false;        // info->phrases_gap_next is not empty
  bool ambiguous = false;       // info->ambiguous
  bool clause_opener = false;   // info->clause_opener
  bool method_word = false;     // info->method_word
  bool finite = false;          // info->finite
  bool particle = false;        // info->particle
  ContextWord context = ContextWord::other;  // what it says about its neighbours' reading
  VerbShape shape = VerbShape::other;        // info->shape
  bool whether = false;         // an of that asks whether (Impl::whether_asked_before)
};

// zijn before this word is his: a word that is no verb or a bare stem (zijn
// werk, zijn vader), not the verb (mee zijn gegaan).
bool possessive_before(const WordInfo& next) { return !next.info->verb || next.shape == VerbShape::stem; }

WordInfo word_info(const NormInfo& n) {
  WordInfo w{&n,          n.bits,        n.next_bits,           n.negation, !n.units.empty() || !n.separables.empty(),
             false,       n.ambiguous,   n.clause_opener, n.method_word, n.finite,
             n.particle,  n.context,     n.shape};
  w.any_next = !n.phrases_gap_next.empty();
  return w;
}

constexpr std::size_t kNormCacheLimit = 200'000;
// The questions whose codes a Matcher keeps, and their bytes: a stream's
// sections can be long and many.
constexpr std::size_t kAskedLimit = 4096;
constexpr std::size_t kAskedBytes = 8 << 20;

// A code that applies to a question an answer is read against.
struct QuestionCode {
  std::size_t code = 0;
  std::size_t hits = 0;  // counted
  std::string words;     // the hits, for explain: "buren, kennen"
};

}  // namespace

struct Matcher::Impl {
  const CompiledCodebook& compiled;
  const CompiledCodebook::Impl& cb;
  Tokeniser tokeniser{Tokeniser::Stems::no};
  CompoundSplitter splitter;
  Lemmatiser lemmatiser;
  StringMap<NormInfo> cache;
  // The cache's entries by the tokeniser's surface id, so most words skip the look-up by norm.
  std::vector<WordInfo> by_surface;
  WordInfo uncached;  // the last word without a surface id
  // The verb and noun readings of ambiguous words, cleared with the cache.
  std::deque<NormInfo> readings_computed;
  std::deque<WordInfo> read_as_infos;
  std::uint64_t surface_generation = 0;
  std::vector<std::unique_ptr<icu::RegexMatcher>> regex_matchers;
  UText* utext = nullptr;

  // Per-segment scratch, reused.
  std::string_view text;
  std::vector<HitNote>* notes = nullptr;  // set while explaining
  std::vector<Reading> readings;          // per word, while explaining
  std::vector<Token> tokens;
  std::vector<std::size_t> words;           // token indices of word tokens
  std::vector<std::size_t> clause_start;    // per word: index of the first word of its clause
  std::vector<std::size_t> clause_end;      // per word: one past the last word of its clause
  std::vector<std::size_t> resumed_at;      // per word: where its clause goes on after an aside (find_resumptions)
  std::vector<std::size_t> aside_words;     // per word: the words of the asides its clause goes on after, from it on
  std::vector<std::size_t> next_particle;   // per word and one past: the first word from it on that may be a particle
  std::vector<WordInfo> infos;              // per word
  std::vector<Candidate> candidates;
  std::vector<std::uint32_t> phrase_starts;  // match_phrases_from's, kept to reuse its memory
  std::vector<std::uint64_t> reach_bits;     // match_phrases_from's, likewise
  // need_segment[i]: the number of the last segment a word of which met
  // need i (CompiledCodebook::Impl::phrase_needs), counted by match_tokens
  std::vector<std::uint64_t> need_segment;
  std::uint64_t segment_number = 0;
  const Blocked* blocked = nullptr;  // of the segment being matched
  // Where hits count for no code, and why: the whole text of a heading, or
  // the questions (find_questions) when its headings or questions are skipped.
  std::vector<ByteRange> skipped;
  const std::string* skipped_why = nullptr;
  // Why the segment is a paragraph about the study's method
  // (Codebook::method), or null.
  const std::string* method_why = nullptr;
  // The codes that apply to each question an answer was read against, with
  // every code allowed.
  StringMap<std::vector<QuestionCode>> asked;
  std::size_t asked_bytes = 0;  // of their questions and words
  std::vector<char> spans_words;     // per entry of resolve()'s out: a counted hit spans several words
  std::vector<long> near_last;
  std::vector<CodeMatch> spare;  // code matches given back, their hit lists' storage kept
  std::vector<bool> filler_commas;  // by token: mark_filler_commas

  explicit Impl(const CompiledCodebook& c) : compiled(c), cb(*c.impl_) {
    for (const auto& r : cb.regexes) {
      UErrorCode status = U_ZERO_ERROR;
      std::unique_ptr<icu::RegexMatcher> m(r.pattern->matcher(status));
      m->setTimeLimit(kRegexTimeLimit, status);
      m->setStackLimit(kRegexStackLimit, status);
      regex_matchers.push_back(std::move(m));
    }
  }
  ~Impl() {
    if (utext) utext_close(utext);
  }

  void add_keys(std::string_view norm, std::vector<std::uint32_t>& keys, Reading reading = Reading::any) {
    const Lemmas& l = lemmatiser.lookup(norm);
    for (const auto& lemma : reading == Reading::any ? l.lemmas : lemmas_read_as(l, reading))
      if (auto* it = cb.key_ids.find(lemma)) keys.push_back(it->second);
    // a word the word list does not know is matched by its stem too, but
    // not a function word, which is never looked up there (met is no form of
    // meten, whose stem it shares)
    if (l.known || function_word(norm)) return;
    if (auto* it = cb.key_ids.find("~" + l.stem)) keys.push_back(it->second);
  }

  // A codebook's verb that the word list lacks (CompoundVerb) and the form
  // of its verb that a word holds after its first letters (joined_verbs).
  struct JoinedVerb {
    const CompoundVerb* verb;
    std::string form;  // haakte of onthaakte, gepland of herpland
  };

  // The codebook's verbs that the word list lacks (CompoundVerb) whose form
  // `norm`, a word it does not know either, is: their first letters and a
  // form of their verb (aangesnauwd, aansnauwt: aansnauwen; wildgeplast:
  // wildplassen; onthaakte: onthaken), or of its participle without the ge-
  // that an inseparable prefix leaves out (herpland: gepland).
  std::vector<JoinedVerb> joined_verbs(std::string_view norm) {
    std::vector<JoinedVerb> out;
    for (const CompoundVerb& verb : cb.compound_verbs) {
      if (norm.size() < verb.first.size() + 3 || !norm.starts_with(verb.first)) continue;
      auto form_of_base = [&](const std::string& form) {
        const auto& verbs = lemmatiser.lookup(form).verbs;
        return std::any_of(verbs.begin(), verbs.end(), [&](const VerbReading& v) { return v.infinitive == verb.base; });
      };
      std::string form(norm.substr(verb.first.size()));
      if (form_of_base(form) || (!form.starts_with("ge") && form_of_base(form.insert(0, "ge"))))
        out.push_back({&verb, std::move(form)});
    }
    return out;
  }

  // A word the word list does not know, as a form of the codebook's verbs
  // that the list lacks: the verbs' keys (none where it is no such form),
  // the first one's infinitive, and the form as the lemmatiser reads it,
  // the form of the verb inside (onthaakte: haakte) or, of a verb that
  // holds none the list knows, the form by the spelling rules (gebaild:
  // bailen's participle), whose bare stem may be a noun too (een reject).
  struct CodebookVerbForm {
    std::vector<std::uint32_t> keys;
    std::string infinitive;
    Lemmas form;
    bool stem_may_be_noun = false;
  };
  CodebookVerbForm codebook_verb_form(std::string_view norm) {
    CodebookVerbForm out;
    if (const auto joined = joined_verbs(norm); !joined.empty()) {
      for (const JoinedVerb& joined_verb : joined) out.keys.push_back(joined_verb.verb->key);
      out.infinitive = joined.front().verb->infinitive;
      out.form = lemmatiser.lookup(joined.front().form);
    } else if (const auto* own_forms = cb.own_verb_forms.find(norm)) {
      for (const OwnVerbForm& own : own_forms->second) {
        out.keys.push_back(own.key);
        out.form.verbs.push_back({own.infinitive, own.forms});
        out.stem_may_be_noun |= (own.forms & kStem) != 0;
      }
      out.infinitive = own_forms->second.front().infinitive;
    }
    return out;
  }

  // The codebook verb form a word the word list lacks is (codebook_verb_form),
  // or one hunspell takes for a word of no verb nor noun, but a bare stem,
  // which may be the loan's noun (lockt, gevandaliseerd; not zet je cap af).
  CodebookVerbForm unknown_verb_form(const Lemmas& l) {
    if (l.known && (!l.verbs.empty() || l.noun)) return {};
    CodebookVerbForm found = codebook_verb_form(l.norm);
    if (l.known && found.stem_may_be_noun) return {};
    return found;
  }

  // The units of `keys` that a word read as `word` may be, as a whole word
  // or as the head or a modifier of a compound.
  // `no_noun`: the keys are no noun's the word is a form of, whatever it is read as.
  void add_units(const std::vector<std::uint32_t>& keys, std::vector<std::uint32_t>& units, bool head, bool modifier,
                 WordClass word, bool no_noun = false) {
    for (auto key : keys)
      for (auto u : cb.units_by_key[key]) {
        CompoundMode mode = cb.units[u].compound;
        bool ok = (!head && !modifier) || mode == CompoundMode::any ||
                  (head && mode == CompoundMode::head) || (modifier && mode == CompoundMode::modifier);
        ok = ok && word_class_matches(cb.units[u].as, word) && !(no_noun && cb.units[u].as == WordClass::noun);
        if (ok) units.push_back(u);
      }
  }

  // `word` is one part to the splitter. A compound that nl.dic lists whole,
  // whose first part it does not flag to begin one, is one part (bushalte,
  // praalwagen, tijgermug: not gesp|rek, dia|loog), but a term that matches
  // a compound's head (compound: head, or any) matches its head there: the
  // rest before it is a word that may begin a compound (lexicon::modifier),
  // maybe with a linking s (raadslid, krantenlezer, kleurenprint), or a
  // word it flags to end compounds (warmtewisselaar). Not a
  // term of compound: any where the word is a term itself (`a_term`: the
  // codebook named oogcontact, so its contact is no other code's).
  //
  // So it does in a word the list does not know at all, a new compound
  // whose head is too short for the splitter to take unflagged (minibieb,
  // beukenheg: bieb and heg have no Cc), with the head's plural or
  // diminutive ending (minibiebs, buurtbiebje): the codebook asked for that
  // head, and the rest must still be a word that begins compounds, or a
  // prefix that makes nouns of nouns (herindicatie, medebewoner,
  // ex-partner, locoburgemeester), which is no word of its own.
  void add_head_term_ending(std::string_view word, bool listed, std::vector<std::uint32_t>& units, bool a_term) {
    for (const std::uint32_t h : heads_at_end(word, !listed)) {
      const auto& [head, unit] = cb.head_terms[h];
      if (verb_only(cb.units[unit].as) || (a_term && cb.units[unit].compound == CompoundMode::any)) continue;
      const std::optional<std::string_view> rest = before_head(word, head, !listed);
      // (not after an adverb: wel|kom is welkom; nor in the -ing noun of a
      // particle's verb: goedkeuring is goedkeuren's, no keuring)
      if (rest && !rest->empty() && !function_word(*rest) && !particle_verb_noun(word, *rest) &&
          (lexicon::modifier(*rest) || (rest->ends_with('s') && lexicon::modifier(rest->substr(0, rest->size() - 1), "s")) ||
           (listed && lexicon::compound_head(*rest)) ||
           is_one_of({"her", "mede", "ex", "co", "sub", "wan", "anti", "vice", "loco"}, *rest)))
        units.push_back(unit);
    }
  }

  // `word`, a compound's head the word list does not know, is a head term
  // or its plural or diminutive (biebje, hospiteeravond).
  void add_head_term_inflection(std::string_view word, std::vector<std::uint32_t>& units) {
    for (const std::uint32_t h : heads_at_end(word, true)) {
      const auto& [term, unit] = cb.head_terms[h];
      if (auto rest = before_head(word, term, true); rest && rest->empty() && !verb_only(cb.units[unit].as))
        units.push_back(unit);
    }
  }

  // The head terms (indices into head_terms, in their order) that `word`
  // may end in, maybe before a noun's ending (`inflected`): those whose
  // last two bytes end the word less the ending. A head of one byte is
  // indexed by it alone.
  std::vector<std::uint32_t> heads_at_end(std::string_view word, bool inflected) const {
    std::vector<std::uint32_t> out;
    for (std::string_view ending : kNounEndings) {
      if (!ending.empty() && !inflected) break;
      if (word.size() <= ending.size() || !word.ends_with(ending)) continue;
      const std::string_view stem = word.substr(0, word.size() - ending.size());
      // (a key of two bytes is never below 256: no byte of a word is 0)
      for (const std::string_view end : {stem, stem.substr(stem.size() - 1)})
        if (auto it = cb.head_terms_by_end.find(head_end_key(end)); it != cb.head_terms_by_end.end())
          out.insert(out.end(), it->second.begin(), it->second.end());
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }

  // `word` begins with a term that may be a compound itself (nachtbus,
  // zelfservice), the rest, maybe after a linking s, a noun, a noun's
  // plural or a word that ends compounds (nachtbuslijn, zelfservicezuil,
  // havenarbeiderswijk, buurtbuschauffeurs, plasdraspercelen,
  // opzichterskeet): the splitter may have cut across the term, whose first
  // part alone is no term. (A plural term before the rest,
  // grondeigenaren|overleg, is found at the splitter's parts: add_parts.)
  void add_modifier_term_start(std::string_view word, std::vector<std::uint32_t>& units) {
    auto ends_compound = [&](std::string_view rest) {
      const std::string r(rest);
      if (!in_word_list(r)) return false;
      if (lexicon::compound_head(rest) || lexicon::noun(rest)) return true;
      const auto& nominal = lemmatiser.lookup(r).nominal;
      return std::any_of(nominal.begin(), nominal.end(),
                         [&](const std::string& singular) { return singular != r && lexicon::noun(singular); });
    };
    for (const auto& [term, unit] : cb.modifier_terms) {
      if (verb_only(cb.units[unit].as) || word.size() < term.size() + 3 || !word.starts_with(term)) continue;
      const std::string_view rest = word.substr(term.size());
      if ((ends_compound(rest) || (rest.size() > 3 && rest.front() == 's' && ends_compound(rest.substr(1)))) &&
          std::find(units.begin(), units.end(), unit) == units.end())
        units.push_back(unit);
    }
  }

  // `word`, after its first letters `rest`, a separable verb's particle,
  // is that verb's noun in -ing (goedkeuring: goedkeuren; vrijlating).
  static bool particle_verb_noun(std::string_view word, std::string_view rest) {
    if (!word.ends_with("ing") || !separable_particle_word(rest)) return false;
    std::string infinitive(word.substr(0, word.size() - 3));
    infinitive += "en";
    return lexicon::verb_infinitive(infinitive);
  }

  // What comes before `head` at the end of `word`, with one of a noun's
  // plural or diminutive endings after it where `inflected`; none when
  // word does not end so.
  static std::optional<std::string_view> before_head(std::string_view word, std::string_view head, bool inflected) {
    for (std::string_view ending : kNounEndings) {
      if (!ending.empty() && !inflected) break;
      if (word.size() < head.size() + ending.size() || !word.ends_with(ending)) continue;
      const std::string_view stem = word.substr(0, word.size() - ending.size());
      if (stem.ends_with(head)) return stem.substr(0, stem.size() - head.size());
    }
    return std::nullopt;
  }

  // `word`, which the word list does not know, ends in a noun that may end
  // a compound, after a first part the lexicon does not know either: a name
  // or a loan (Facebookgroep, Colmschatestraat). That noun, the longest of
  // at least five bytes after at least three, is its head: a shorter one
  // ends too many names of places (Heemskerk, Westerpark).
  void add_head_after_unknown(std::string_view word, std::vector<std::uint32_t>& units) {
    constexpr std::size_t kMinFirst = 3, kMinHead = 5;
    for (std::size_t cut = kMinFirst; cut + kMinHead <= word.size(); ++cut) {
      const std::string_view head = word.substr(cut);
      // the word list's answer first, which is kept: no Lemmas for every
      // fragment of a name
      if (!in_word_list(std::string(head))) continue;
      const Lemmas& h = lemmatiser.lookup(head);
      if (!std::any_of(h.nominal.begin(), h.nominal.end(), [](const std::string& n) { return lexicon::compound_head(n); }))
        continue;
      std::vector<std::uint32_t> keys;
      add_keys(head, keys, Reading::noun);
      add_units(keys, units, true, false, WordClass::noun);
      return;
    }
  }

  // A reference, so that callers copy it from memory written long before
  // (a copy of a freshly assembled temporary stalls on store forwarding).
  const WordInfo& info(const Token& token) {
    const std::uint32_t id = token.surface_id;
    if (id == Token::kNoSurfaceId) return uncached = word_info(info_of_norm(token));
    if (id >= by_surface.size()) by_surface.resize(id + 1);
    if (!by_surface[id].info) by_surface[id] = word_info(info_of_norm(token));
    return by_surface[id];
  }

  // The word read as a verb or a noun, where its context settles that it
  // is one (lemma.h: reading_in_context).
  // Each NormInfo computes each of its four readings once (NormInfo::read_as).
  const WordInfo& info_read_as(const Token& token, const NormInfo& as_any, Reading reading,
                               VerbalNoun verbal = VerbalNoun::none, bool own_infinitive = false) {
    std::uint32_t& slot = as_any.read_as[own_infinitive                     ? 4
                                         : verbal == VerbalNoun::participle ? 2
                                         : verbal == VerbalNoun::infinitive ? 3
                                         : reading == Reading::verb         ? 0
                                                                            : 1];
    if (slot == 0) {
      readings_computed.push_back(compute_info(token, reading, verbal, own_infinitive));
      read_as_infos.push_back(word_info(readings_computed.back()));
      slot = static_cast<std::uint32_t>(read_as_infos.size());
    }
    return read_as_infos[slot - 1];
  }

  const NormInfo& info_of_norm(const Token& token) {
    if (auto* it = cache.find(token.norm)) return it->second;
    return cache.emplace(token.norm, compute_info(token, Reading::any)).first->second;
  }

  // `verbal`: read as a noun, a verb's form (verbal_noun); `own_infinitive`:
  // read as the infinitive its letters spell (own_infinitive).
  NormInfo compute_info(const Token& token, Reading reading, VerbalNoun verbal = VerbalNoun::none,
                        bool own_infinitive = false) {
    NormInfo n;
    const std::string plain = without_stress_marks(token.norm);
    const std::string_view norm = plain.empty() ? token.norm : std::string_view(plain);
    n.negation = cb.negation_words.count(norm) > 0;
    n.listed_noun = lexicon::noun(token.norm);
    n.listed_adjective = lexicon::adjective(token.norm);
    n.non_answer = cb.non_answer_words.count(norm) > 0;
    n.method_word = cb.method_globs.for_each_match(norm, [](std::uint32_t) { return true; });
    n.clause_opener = starts_clause(norm);
    n.context = context_word(norm);
    n.subordinate = opens_subordinate_clause(norm);
    n.particle = separable_particle_word(norm);
    n.idiom_noun = std::any_of(std::begin(kIdioms), std::end(kIdioms), [&](const auto& idiom) { return idiom.first == norm; });
    if (token.kind == TokenKind::word || token.kind == TokenKind::abbrev) {
      const Lemmas& l = lemmatiser.lookup(norm);
      n.shape = verb_shape(l);
      n.noun = l.noun;
      n.separable_stem = separable_stem(l);
      n.diminutive = diminutive_form(norm);
      n.verb = !l.verbs.empty() && reading != Reading::noun;
      n.participle = std::any_of(l.verbs.begin(), l.verbs.end(), [](const VerbReading& v) { return v.forms & kParticiple; });
      n.adjective = token.kind == TokenKind::word && l.verbs.empty() && (l.inflected_adjective || lexicon::adjective(norm));
      if (token.kind == TokenKind::word) n.context = context_word(norm, l, n.verb);
      for (const auto& v : l.verbs) {
        if (v.forms & (kStem | kPresent | kPast | kInfinitive)) n.finite = reading != Reading::noun;
        if ((v.forms & (kStem | kPresent)) && is_one_of({"denken", "geloven", "verwachten"}, std::string_view(v.infinitive)))
          n.holds = reading != Reading::noun;
        if (is_one_of({"komen", "blijven"}, std::string_view(v.infinitive))) n.modal_like = true;
      }
      n.ambiguous = reading == Reading::any && n.verb && l.nominal.size() + l.verbs.size() > 1 &&
                    l.lemmas != lemmas_read_as(l, Reading::verb);
      // (an infinitive made a noun is no plural: Het wokken leer je, no woks)
      if (own_infinitive) {
        if (const auto* own = cb.key_ids.find(norm)) n.keys.push_back(own->second);
        n.shape = VerbShape::infinitive;
      } else {
        add_keys(norm, n.keys, verbal == VerbalNoun::infinitive ? Reading::verb : reading);
      }
      // a form of a codebook's verb that the word list lacks is that verb's
      // (onthaakte: onthaken, opgestut: opstutten, gebaild: bailen), its
      // form's flags its verb's form's (haakte, gestut)
      if (reading != Reading::noun)
        if (const CodebookVerbForm found = unknown_verb_form(l); !found.keys.empty()) {
          n.keys.insert(n.keys.end(), found.keys.begin(), found.keys.end());
          n.ambiguous |= reading == Reading::any && found.stem_may_be_noun;
          n.verb = true;
          n.shape = verb_shape(found.form);
          for (const auto& v : found.form.verbs) {
            n.participle |= (v.forms & kParticiple) != 0;
            n.finite |= (v.forms & (kStem | kPresent | kPast | kInfinitive)) != 0;
          }
        }
      // What the word is, for terms limited to nouns or verbs: as its context
      // read it, else a verb form that is no noun is a verb, a word that is no
      // verb form a noun; a participle before its noun is both, an
      // infinitive made a noun the action its verb names (verbal_noun). A
      // word the word list does not know is what the term says it is: a
      // codebook's verb that nl.dic lacks (doorboeren) is still a verb, and
      // so is one in -en that hunspell knows only by compounding, as nouns
      // (uitdijen: uit + dijen), or lists with no flags (beeldbellen).
      const bool compounded_infinitive =
          norm.ends_with("en") &&
          (!lexicon::entry(norm) || lexicon::bare_entry(norm) || lexicon::begins_compounds_only(norm));
      const WordClass word = reading == Reading::verb           ? WordClass::verb
                             : verbal == VerbalNoun::participle ? WordClass::any
                             : verbal == VerbalNoun::infinitive ? WordClass::action
                             : reading == Reading::noun         ? WordClass::noun
                             : !n.verb && l.known && !compounded_infinitive ? WordClass::noun
                             : n.ambiguous || !n.verb           ? WordClass::any
                                                                : WordClass::verb;
      // an inflected adjective's form is no form of the noun its base spells
      // (lokale mensen: no lokaal, the classroom; die oudere jongens: no
      // ouder, the parent), but a noun of its own where the word list has
      // it so (de oudere)
      if (l.inflected_adjective && reading != Reading::verb) {
        const auto* own = cb.key_ids.find(norm);
        std::vector<std::uint32_t> base;
        for (auto key : n.keys)
          if (!own || key != own->second) base.push_back(key);
        if (own && std::find(n.keys.begin(), n.keys.end(), own->second) != n.keys.end())
          add_units({own->second}, n.units, false, false, word);
        add_units(base, n.units, false, false, word, true);
      } else {
        add_units(n.keys, n.units, false, false, word);
      }
      // the parts of the word and of its singulars (the plural wijkraden
      // splits into wijk and raden, which hunspell knows as a verb only; its
      // singular wijkraad into wijk and raad)
      auto add_parts = [&](std::string_view form) {
        const CompoundSplit split = splitter.split(form);
        if (split.parts.size() == 1) {
          if (word != WordClass::verb && (!l.known || lexicon::entry(form)))
            add_head_term_ending(form, l.known, n.units, !n.units.empty());  // not we voetballen
          if (!l.known) add_head_after_unknown(form, n.units);
          return;
        }
        std::size_t offset = 0;
        for (std::size_t p = 0; p < split.parts.size(); ++p) {
          std::vector<std::uint32_t> part_keys;
          add_keys(split.parts[p], part_keys, Reading::noun);  // spelregel: regel, not regelen
          const bool head = p + 1 == split.parts.size();
          add_units(part_keys, n.units, head, !head, WordClass::noun);
          // a head the list does not know, a head term's inflection (buurt|biebje)
          if (head && !in_word_list(split.parts[p])) add_head_term_inflection(split.parts[p], n.units);
          // a head that is itself a compound the splitter cut (fiets|stop|licht:
          // stoplicht) is the rest of the word from one of its parts on, and
          // so a modifier the word up to one of its parts (nacht|bus|lijn:
          // nachtbus, zelf|service|zuil: zelfservice)
          // (one the list does not know only where it is a head term or its
          // inflection: groeps|hospiteer|avond: hospiteeravond)
          if (p > 0 && !head) {
            const std::string rest(form.substr(offset));
            if (in_word_list(rest)) {
              std::vector<std::uint32_t> rest_keys;
              add_keys(rest, rest_keys, Reading::noun);
              add_units(rest_keys, n.units, true, false, WordClass::noun);
            } else {
              add_head_term_inflection(rest, n.units);
            }
            const std::string first(form.substr(0, offset + split.parts[p].size()));
            if (in_word_list(first)) {
              std::vector<std::uint32_t> first_keys;
              add_keys(first, first_keys, Reading::noun);
              add_units(first_keys, n.units, false, true, WordClass::noun);
            }
          }
          offset += split.parts[p].size() + (p < split.linkers.size() ? split.linkers[p].size() : 0);
        }
      };
      add_parts(norm);
      for (const std::string& singular : l.nominal)
        if (singular != norm) add_parts(singular);
      // (not an adjective or adverb: natuur|lijk is natuurlijk)
      if (word != WordClass::verb && !lexicon::adjective(norm)) add_modifier_term_start(norm, n.units);
    } else {
      add_keys(norm, n.keys);
      add_units(n.keys, n.units, false, false, WordClass::any);
    }
    cb.globs.for_each_match(norm, [&](std::uint32_t unit) {
      n.units.push_back(unit);
      return false;
    });
    for (auto key : n.keys)
      if (auto it = cb.phrases_by_first_key.find(key); it != cb.phrases_by_first_key.end())
        for (auto id : it->second) {
          const auto& elements = cb.phrases[id].elements;
          if (elements.size() > 1 && !elements[1].gap) {
            for (auto next : elements[1].keys) n.phrases_by_next_key.emplace_back(next, id);
            continue;
          }
          std::size_t last = elements.size() - 1;
          while (last > 0 && elements[last].gap) --last;
          std::uint16_t span = 0;
          for (std::size_t e = 1; e <= last; ++e)
            span = static_cast<std::uint16_t>(span + (elements[e].gap ? elements[e].max_gap : 1));
          // the word after the gaps that follow the first (het * * woord:
          // an adverb's gap, then an adjective's), where bits_ahead's window
          // reaches it; one beyond it (kFrontedGapWord) is left to the reach
          // of the last word
          std::size_t next = 1, reach = 0;
          while (next < elements.size() && elements[next].gap) reach += elements[next++].max_gap;
          const bool in_window = next < elements.size() && reach <= kAheadGap;
          const bool last_asked = next < elements.size() && (last > next || !in_window);
          n.phrases_gap_next.push_back(
              {in_window ? elements[next].bits : kAnyBits, last_asked ? elements[last].bits : kAnyBits, span, id});
        }
    for (auto* v : {&n.keys, &n.units}) {
      std::sort(v->begin(), v->end());
      v->erase(std::unique(v->begin(), v->end()), v->end());
    }
    std::sort(n.phrases_gap_next.begin(), n.phrases_gap_next.end(),
              [](const GapPhrase& a, const GapPhrase& b) { return a.phrase < b.phrase; });
    n.phrases_gap_next.erase(std::unique(n.phrases_gap_next.begin(), n.phrases_gap_next.end(),
                                         [](const GapPhrase& a, const GapPhrase& b) { return a.phrase == b.phrase; }),
                             n.phrases_gap_next.end());
    std::sort(n.phrases_by_next_key.begin(), n.phrases_by_next_key.end());
    n.phrases_by_next_key.erase(std::unique(n.phrases_by_next_key.begin(), n.phrases_by_next_key.end()),
                                n.phrases_by_next_key.end());
    n.bits = cb.key_bits(n.keys);
    for (const auto& [key, phrase] : n.phrases_by_next_key) n.next_bits |= cb.key_bit(key);
    auto first_need = [&](std::uint32_t g) {
      const std::uint32_t p = n.phrases_gap_next[g].phrase;
      return cb.need_first[p] < cb.need_first[p + 1] ? cb.phrase_needs[cb.need_first[p]].need : kNoNeed;
    };
    for (std::uint32_t g = 0; g < n.phrases_gap_next.size(); ++g) n.gap_by_need.push_back(g);
    std::ranges::stable_sort(n.gap_by_need, {}, first_need);
    for (std::uint32_t k = 0; k < n.gap_by_need.size(); ++k)
      if (const std::uint32_t need = first_need(n.gap_by_need[k]); !n.gap_runs.empty() && n.gap_runs.back().need == need)
        n.gap_runs.back().end = k + 1;
      else
        n.gap_runs.push_back({need, k + 1});
    for (auto key : n.keys)
      if (auto it = cb.needs_by_key.find(key); it != cb.needs_by_key.end())
        n.needs.insert(n.needs.end(), it->second.begin(), it->second.end());
    std::sort(n.needs.begin(), n.needs.end());
    n.needs.erase(std::unique(n.needs.begin(), n.needs.end()), n.needs.end());
    if (n.verb) {
      auto add_separables = [&](std::uint32_t key) {
        if (auto it = cb.separables_by_base_key.find(key); it != cb.separables_by_base_key.end())
          n.separables.insert(n.separables.end(), it->second.begin(), it->second.end());
      };
      for (auto key : n.keys) add_separables(key);
      // a table verb's past that nl.dic lists as an infinitive is that
      // verb's infinitive and plural too, a codebook's separable verb's base
      // (zagen: zien's past, and to saw: door te zagen, ze zagen ... open)
      if (const auto* own = cb.key_ids.find(norm);
          own && std::find(n.keys.begin(), n.keys.end(), own->second) == n.keys.end() && lexicon::verb_infinitive(norm))
        add_separables(own->second);
    }
    return n;
  }

  // The last word index of a match of elements[e..] starting at word w, or -1.
  long match_phrase(const Phrase& p, std::size_t e, std::size_t w) const {
    if (e == p.elements.size()) return static_cast<long>(w) - 1;
    const Element& el = p.elements[e];
    if (el.gap) {
      // the word after the gap rules out most places by its bits alone
      const std::uint64_t next = e + 1 < p.elements.size() ? p.elements[e + 1].bits : kAnyBits;
      // `at`: where the next word may stand; a gap in the clause goes on
      // after an aside in its middle, whose words it does not count
      // (trekt zich, ook al kreeg hij drie brieven, niets aan van;
      // find_resumptions)
      std::size_t clause = clause_start[w - 1];
      for (std::size_t skip = 0, at = w, prev = w - 1; skip <= el.max_gap && at <= words.size(); ++skip, prev = at++) {
        if (const std::size_t next = el.in_clause ? resumption_after(prev) : words.size(); next < words.size()) {
          at = next;
          clause = clause_start[at];
        }
        if (el.in_clause && (at >= words.size() || clause_start[at] != clause)) break;
        // nor into an om ... te clause (helpen om mensen met elkaar te verbinden)
        if (el.in_clause && skip > 0 && opens_te_clause(prev)) break;
        if (el.adverbs && skip > 0 && !middle_field_adverb(norm(prev))) break;
        if (el.cluster && skip > 0 && !is_one_of({ContextWord::auxiliary, ContextWord::modal}, infos[prev].context))
          break;
        // (and the words of degree before them: een hele grote mond, een veel grotere vuist;
        // an adjective that also spells a verb's stem there too: een mal figuur, not mallen;
        // and prima, which nl.dic lacks: een prima figuur)
        if (el.adjectives && skip > 0 && !infos[prev].info->adjective && !degree_word(norm(prev)) &&
            !is_one_of({"hele", "heel", "veel", "nog", "echt", "best", "prima"}, norm(prev)) && !listed_adjective(prev))
          break;
        // (a word no pattern names has no bits at all, which a gap next
        // must still let through)
        if (next != kAnyBits && at < words.size() && !(next & infos[at].bits)) continue;
        if (long r = match_phrase(p, e + 1, at); r >= 0) return r;
      }
      return -1;
    }
    if (w >= words.size() || !(el.bits & infos[w].bits) || !intersects(el.keys, infos[w].info->keys)) return -1;
    if (el.verb && his_or_her(w)) return -1;
    if (el.possessive && p.elements[e - 1].gap && owned_by_other_preposition(w)) return -1;
    // a u or je right before a reflexive is the subject, the reflexive the
    // phrase's zich (Waarover verbaast u zich, Geneert u u, Schaam je je)
    if (el.reflexive && w + 1 < clause_end[w] && is_one_of({"u", "je"}, norm(w)) &&
        is_one_of({"zich", "u", "je", "uzelf", "jezelf"}, norm(w + 1)))
      return -1;
    // a particle after its verb ends the clause's middle; else it is a
    // preposition (zagen tegen middernacht op het plein: no opzien tegen)
    if (el.particle && !particle_ends_field(w)) return -1;
    if (el.read_as_verb && read_as_noun(w)) return -1;
    if (el.diminutive && !infos[w].info->diminutive) return -1;
    // words written next to each other do not stand on both sides of a
    // comma or a full stop (niet eerlijk: not Ik ook niet, eerlijk gezegd)
    if (e > 0 && !p.elements[e - 1].gap && mark_between(w - 1, w)) return -1;
    return match_phrase(p, e + 1, w + 1);
  }

  // Whether word w is no verb as its context reads it, nor a participle (De
  // doelen van het COA zijn mooi op papier: no doelen op; Element::read_as_verb).
  bool read_as_noun(std::size_t w) const {
    return !(infos[w].info->verb && infos[w].info->finite) && !participle(w);
  }

  // Whether a mark that ends a clause stands between words a and b: not a
  // dash (a hyphen joins sociaal-fysiek) nor a parenthesis, which may hold
  // a phrase's word (de (sociale) veiligheid, (semi-)openbare ruimte).
  bool mark_between(std::size_t a, std::size_t b) const {
    for (std::size_t t = words[a] + 1; t < words[b]; ++t)
      if (ends_clause(tokens[t]) && !filler_comma(t) && !is_one_of({"-", "\u2013", "\u2014", "(", ")"}, tokens[t].norm))
        return true;
    return false;
  }

  // Whether token t is one of the commas a transcriber puts around a
  // filler where the words around them go on with one clause
  // (mark_filler_commas).
  bool filler_comma(std::size_t t) const { return t < filler_commas.size() && filler_commas[t]; }

  // The commas around a filler (er, eh, er helemaal op af; zakt hier, uhm,
  // helemaal in), and around the nou or nou ja a speaker adds to it (knap
  // er, eh, nou ja, niet zo snel op af), end no clause where the word after
  // them says the one before again or opens nothing new: no clause opener,
  // no verb form, no article after a noun or a name, which a speaker
  // corrects (not Meneer, eh, beheers je even; afgelegd, eh, dat vergeet
  // ik; de Havenstraat, eh, de Kerkstraat).
  void mark_filler_commas() {
    filler_commas.assign(tokens.size(), false);
    for (std::size_t t = 1; t < tokens.size(); ++t) {
      if (tokens[t].norm != "," || !is_word_token(tokens[t - 1])) continue;
      // the groups of fillers and hedges, each closed by a comma
      std::size_t last_comma = t, u = t + 1;
      bool filler = false;
      while (u < tokens.size() && is_word_token(tokens[u])) {
        std::size_t v = u;
        while (v < tokens.size() && is_word_token(tokens[v]) &&
               (context_word(tokens[v].norm) == ContextWord::filler || is_one_of({"nou", "ja"}, tokens[v].norm))) {
          filler |= context_word(tokens[v].norm) == ContextWord::filler;
          ++v;
        }
        if (v == u || v >= tokens.size() || tokens[v].norm != ",") break;
        last_comma = v;
        u = v + 1;
      }
      if (!filler || last_comma == t || u >= tokens.size() || !is_word_token(tokens[u])) continue;
      const Token& before = tokens[t - 1];
      const Token& after = tokens[u];
      bool joins = before.norm == after.norm;
      if (!joins) {
        const WordInfo& a = info(after);  // (read before the next info())
        const bool opens = a.clause_opener || (a.info->verb && (a.shape == VerbShape::finite || a.shape == VerbShape::stem));
        const bool corrected = context_word(after.norm) == ContextWord::determiner &&
                               (info(before).info->noun || (text[before.begin] >= 'A' && text[before.begin] <= 'Z'));
        joins = !opens && !corrected;
      }
      if (joins)
        for (std::size_t c = t; c <= last_comma; ++c)
          if (tokens[c].norm == ",") filler_commas[c] = true;
      t = last_comma;
    }
  }

  void add_candidate(std::uint32_t code, Role role, std::size_t first, std::size_t last, std::uint32_t source) {
    candidates.push_back({code, role, tokens[words[first]].begin, tokens[words[last]].end, first, last, source});
  }

  std::string_view norm(std::size_t w) const { return tokens[words[w]].norm; }

  // A phrase said with its verb first with another form of that verb after
  // it in its clause has an auxiliary for its verb, whose participle follows
  // (Heeft niemand die inbreker in de smiezen gehad, Zij is er jarenlang
  // voor haar buurman geweest): the participle ends the phrase said with its
  // verb last.
  bool auxiliary_of_phrase_verb(const Phrase& p, std::size_t last) const {
    const Element& first = p.elements.front();
    if (!first.verb) return false;
    for (std::size_t w = last + 1; w < clause_end[last]; ++w)
      if (intersects(first.keys, infos[w].info->keys)) return true;
    return false;
  }

  // A phrase said with its verb first, a verb that takes a bare
  // infinitive, with another verb's infinitive right after its last word:
  // the verb is that infinitive's, and so are the phrase's other words (Ik ga
  // er niet aan beginnen is no eraan gaan).
  bool infinitive_after_verb_first(const Phrase& p, std::size_t first, std::size_t last) {
    return p.elements.front().verb && last + 1 < clause_end[last] &&
           infos[last + 1].shape == VerbShape::infinitive && infos[last + 1].info->verb &&
           !intersects(p.elements.front().keys, infos[last + 1].info->keys) && takes_bare_infinitive(first);
  }

  // A phrase whose verb, laten, ends it right before another verb's
  // infinitive: laten makes that verb's cluster (een veer van de grutto
  // laten zien is no een veer laten).
  bool laten_of_infinitive(const Phrase& p, std::size_t last) {
    return p.elements.back().verb && last + 1 < clause_end[last] &&
           infos[last + 1].shape == VerbShape::infinitive && infos[last + 1].info->verb && form_of(last, {"laten"});
  }

  // A prepositional verb's preposition matched last (Element::needs_object)
  // that ends its clause with no er, daar or waar before it, nor a question
  // word after it that opens its object (eerlijk zijn over waar je behoefte
  // aan hebt): the particle of another verb (Let goed op: opletten, not
  // letten op).
  bool stranded_preposition(const Phrase& p, std::size_t last) const {
    if (!p.elements.back().needs_object || infos[last].context != ContextWord::preposition ||
        last + 1 < clause_end[last])
      return false;
    // (the r-word anywhere before it: Waar hebben de ouderen in deze wijk
    // het meeste behoefte aan)
    for (std::size_t w = clause_start[last]; w < last; ++w)
      if (is_r_word(norm(w))) return false;
    return !(last + 1 < words.size() && is_one_of({"wat", "wie", "hoe", "waar", "welke", "welk", "waarom", "wanneer",
                                                   "hoeveel", "of"},
                                                  norm(last + 1)));
  }

  // A prepositional verb's preposition matched last (Element::needs_object)
  // that is the om of an om ... te clause (Het gemaal maalt al weken om
  // het peil op hoogte te houden: no malen om).
  bool te_clause_om(const Phrase& p, std::size_t last) const {
    return p.elements.back().needs_object && opens_te_clause(last);
  }

  // A prepositional verb's preposition matched last (Element::needs_object)
  // whose object says when: a time, a day, a stretch of time (de dokter
  // vroeg om half tien, we hopen op vrijdag weer, de cursus begint over
  // twee weken): no preposition of the verb's.
  bool preposition_of_time(const Phrase& p, std::size_t last) const {
    if (!p.elements.back().needs_object || infos[last].context != ContextWord::preposition ||
        last + 1 >= clause_end[last])
      return false;
    const std::string_view object = norm(last + 1);
    if (is_one_of({"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "half", "kwart"},
                  object))
      return true;
    if (!(infos[last + 1].context == ContextWord::number || spelled_number(object))) return false;
    return norm(last) == "om" ||
           (last + 2 < clause_end[last] &&
            time_unit(norm(last + 2)));
  }

  // A phrase's iets, which wat stands for in speech (er wat van zeggen),
  // matched from `first` to `last` by a wat that opens its clause: a
  // question word or a relative, no something (Wat heb je meegenomen?, wat
  // je meeneemt: no iets meenemen).
  bool wat_opens_clause(const Phrase& p, std::size_t first, std::size_t last) const {
    for (std::size_t w = first; w <= last; ++w)
      if (w == clause_start[w] && norm(w) == "wat") return !phrase_writes(cb.sources[p.source].text, "wat");
    return false;
  }

  // A phrase written with er apart (Element::r_joined), matched from
  // `first` to `last`, has no er, daar, waar or hier in the clause, alone or
  // joined to a preposition, nor ergens, nergens or overal, which stand for
  // its object as they do (Hij zei iets van: kom maar: no er iets van
  // zeggen), but the er that opens its main clause before the finite verb,
  // which says there is (Er zei een moeder iets van dat ...).
  bool r_word_missing(const Phrase& p, std::size_t first, std::size_t last) const {
    if (!p.r_joined) return false;
    const std::size_t start = clause_start[first];
    for (std::size_t w = start; w <= last && w < words.size(); ++w) {
      const bool there_is = w == start && is_one_of({"er", "d'r"}, norm(w)) && w + 1 < words.size() && infos[w + 1].finite;
      if ((is_r_word(norm(w)) && !there_is) || joined_r_word(norm(w))) return false;
    }
    return true;
  }

  // A phrase's zich (zich ongerust maken), matched from `first` to `last`,
  // found no reflexive of its clause's subject there: me or ons only with
  // ik or wij in the sentence up to the clause's end, or in a te-clause (die
  // maken me ongerust: me is their object); je right after a finite verb
  // that does not open the clause, with no other je, jij or jullie in it,
  // is the subject (De sleutel vind je in het kastje: no zich vinden in).
  bool reflexive_disagrees(const Phrase& p, std::size_t first, std::size_t last) const {
    if (!p.reflexive) return false;
    bool disagrees = false;
    for (std::size_t w = first; w <= last; ++w) {
      const std::string_view n = norm(w);
      const bool first_person = is_one_of({"me", "mij", "mezelf", "mijzelf"}, n);
      const bool plural = is_one_of({"ons", "onszelf"}, n);
      const bool second_person = is_one_of({"je", "jezelf"}, n);
      if (!first_person && !plural && !second_person) {
        if (is_one_of({"zich", "zichzelf", "u", "uzelf", "jullie", "julliezelf"}, n)) return false;
        continue;
      }
      // (one that opens its clause before a finite verb is its subject: Je
      // vergist je zo makkelijk)
      if (w == clause_start[w] && w + 1 < clause_end[w] && infos[w + 1].finite) {
        disagrees = true;
        continue;
      }
      // (from the sentence's start: its subject may stand before an
      // apposition's commas, Wij, bewoners van de wijk, maken ons sterk)
      std::size_t from = w;
      while (!opens_sentence(from)) --from;
      bool agrees = false;
      for (std::size_t s = from; s < clause_end[w] && !agrees; ++s) {
        if (s == w) continue;
        const std::string_view subject = norm(s);
        agrees = first_person    ? is_one_of({"ik", "'k", "te"}, subject)
                 : plural        ? is_one_of({"wij", "we", "te"}, subject)
                                 : is_one_of({"je", "jij", "jullie"}, subject);
      }
      if (second_person && !agrees)
        agrees = !(w > clause_start[w] + 1 && infos[w - 1].finite && infos[w - 1].context != ContextWord::subject);
      if (agrees) return false;
      disagrees = true;
    }
    return disagrees;
  }

  // A phrase of a noun and zijn, worden or blijven said with the verb last
  // (nederlander zijn, lid worden), matched from `first` to `last`, is no
  // such phrase where the noun has an article or a quantity other than een
  // before it, as a subject has (de meeste Nederlanders zijn dik tevreden,
  // dat er meer Nederlanders eenzaam zijn; not dat ik een echte Nederlander
  // ben), nor where zijn is his before a noun (de helft van de Nederlanders
  // zijn directe buren kent). A phrase that opens with its own negation has
  // no noun first (dat het niet pluis was).
  bool no_copula_phrase(const Phrase& p, std::size_t first, std::size_t last) {
    if (!p.elements.back().verb || p.elements.front().verb || infos[first].negation) return false;
    const std::string_view verb = norm(last);
    const Lemmas& l = lemmatiser.lookup(verb);
    if (!std::any_of(l.verbs.begin(), l.verbs.end(), [](const VerbReading& v) {
          return is_one_of({"zijn", "worden", "blijven"}, std::string_view(v.infinitive));
        }))
      return false;
    if (verb == "zijn" && last + 1 < clause_end[last] &&
        (infos[last + 1].context == ContextWord::adjective || plural_noun(last + 1)))
      return true;
    std::size_t before = first;
    do {  // over the noun's adjectives and the superlative meeste (de meeste Nederlanders)
      if (before == clause_start[first]) return false;
      --before;
    } while (infos[before].context == ContextWord::adjective || norm(before) == "meeste");
    return !is_one_of({"een", "'n", "geen"}, norm(before)) &&
           is_one_of({ContextWord::determiner, ContextWord::het, ContextWord::quantifier, ContextWord::demonstrative},
                     infos[before].context);
  }

  // A verb phrase's verb (its first or last word, as matched from `first`
  // to `last`) with a particle after the match that makes it another verb is
  // that verb's, as a term's is (de brandweer belde bij ons aan: aanbellen,
  // not de brandweer bellen; de wortels schieten omhoog: omhoogschieten).
  bool verb_with_particle_after(const Phrase& p, std::size_t first, std::size_t last) {
    const std::size_t verb = p.elements.front().verb ? first : p.elements.back().verb ? last : words.size();
    if (verb == words.size() || !infos[verb].info->verb) return false;
    std::size_t particle = 0;
    const std::string other = particle_verb(verb, &particle);
    if (other.empty() || particle <= last || !changes_the_verb(norm(particle))) return false;
    // (not the phrase's own particle, matched early on a preposition: hangt
    // de was op het balkon op)
    const bool vetoed = std::none_of(p.elements.begin(), p.elements.end(), [&](const Element& el) {
      return !el.gap && intersects(el.keys, infos[particle].info->keys);
    });
    if (vetoed && notes)
      note({p.code, p.role, tokens[words[first]].begin, tokens[words[last]].end, first, last, p.source},
           HitNote::Fate::excluded, fmt::format("a form of the separable verb {}", other));
    return vetoed;
  }

  // Whether word w follows an article, a number, a quantity or a pointing
  // word, maybe with a word in -e between, an adjective (de bij, een wilde
  // bij: wilde is also willen's past).
  bool after_article(std::size_t w) const { return w > clause_start[w] && article_ends_at(w - 1); }

  // Whether word `last` ends such an article or article and adjective.
  bool article_ends_at(std::size_t last) const {
    auto article = [&](std::size_t a) {
      return is_one_of({ContextWord::determiner, ContextWord::het, ContextWord::number, ContextWord::quantifier,
                        ContextWord::demonstrative},
                       infos[a].context);
    };
    if (article(last) || infos[last].context == ContextWord::adjective) return true;
    // (an adjective's -e, also where the form is a verb's past too: wilde; not plekje, ruimte)
    const std::string_view word = norm(last);
    return last > clause_start[last] && article(last - 1) && word.size() > 3 && word.ends_with('e') &&
           !word.ends_with("je") && lexicon::adjective(word.substr(0, word.size() - 1));
  }

  // Whether the words before word w make w a noun phrase's word: an
  // article or adjective (after_article) or a preposition (voor de jongen,
  // veel jongen, met jongen).
  bool noun_phrase_goes_on(std::size_t w) const {
    return after_article(w) || (w > clause_start[w] && infos[w - 1].context == ContextWord::preposition);
  }

  // Word w, a number, is the first of a share: op, van or uit, maybe de,
  // and another number (vier op de tien, twee van de drie, een op vijf);
  // the share's last word, or 0.
  std::size_t share_after(std::size_t w) const {
    std::size_t n = w + 2;
    if (n < clause_end[w] && is_one_of({"de", "het"}, norm(n))) ++n;
    const bool share = n < clause_end[w] && is_one_of({"op", "van", "uit"}, norm(w + 1)) &&
                       (infos[n].context == ContextWord::number || spelled_number(norm(n)));
    return share ? n : 0;
  }

  // Whether a share ends right before word w.
  bool share_ends_before(std::size_t w) const {
    // (a share ends in a number, which context_word calls a number or, spelled out, a quantity)
    if (w == 0 || !is_one_of({ContextWord::number, ContextWord::quantifier}, infos[w - 1].context)) return false;
    for (std::size_t first = w >= 4 ? w - 4 : 0; first + 3 <= w; ++first)
      if (first >= clause_start[w] && (infos[first].context == ContextWord::number || spelled_number(norm(first))) &&
          share_after(first) + 1 == w)
        return true;
    return false;
  }

  // A speaker who stops at the filler token f and says the words before it
  // again (uit de eh de grond, het hele eh het hele dorpje, over de eh de
  // vloer) means them once: the up to three words before f that the words
  // after it repeat are dropped, and the clause keeps its start.
  // So does one who puts commas around it (houdt de, eh, de poot stijf).
  void drop_repeated_before_filler(std::size_t f, std::size_t clause) {
    const bool commas = f >= 1 && filler_comma(f - 1);
    if (words.empty() || words.back() + 1 + (commas ? 1 : 0) != f) return;
    std::vector<std::size_t> after;
    for (std::size_t t = f + 1 + (commas ? 1 : 0); t < tokens.size() && after.size() < 3; ++t) {
      if (!is_word_token(tokens[t])) break;
      after.push_back(t);
    }
    for (std::size_t k = std::min<std::size_t>({3, after.size(), words.size() - std::min(clause, words.size())}); k > 0; --k) {
      bool same = true;
      for (std::size_t i = 0; i < k && same; ++i)
        same = tokens[words[words.size() - k + i]].norm == tokens[after[i]].norm;
      if (!same) continue;
      words.resize(words.size() - k);
      infos.resize(infos.size() - k);
      clause_start.resize(clause_start.size() - k);
      return;
    }
  }

  // Token t, a word that can open a clause (starts_clause), opens one
  // where it is no adverb, no pointing word, no `of` or `en` between two
  // noun phrases, each below, and none of an adverb pair (af en toe, min of
  // meer); an `of` that asks whether always does.
  bool opens_clause(std::size_t t, std::size_t clause, bool whether) {
    return !adverb(t, clause) && !pointing_word(t) && (whether || !joins_noun_phrases(t, clause)) &&
           !adverb_pair_joiner(t) && !noun_want(t) && !maar_before_particle(t, clause) && !apposition_als(t) &&
           !participle_of_perfect(t, clause) && !waar_particle(t) && !asked_after_preposition(t, clause);
  }

  // Token t, a question word right after the preposition that opens its
  // sentence, asks that preposition's object, opening no clause of its own
  // (Met welke scholen concurreert de Klimop?, Met wie heeft u een eitje te
  // pellen?); not wat, which more often opens a clause that says what (na
  // wat Tarik zei).
  bool asked_after_preposition(std::size_t t, std::size_t clause) const {
    return words.size() == clause + 1 && opens_sentence(clause) && infos.back().context == ContextWord::preposition &&
           is_one_of({"welke", "welk", "wie", "hoeveel"}, tokens[t].norm);
  }

  // Token t, a personal pronoun right after an infinitive that a finite
  // verb of its clause took, before a finite verb of its own, is the
  // subject of the next clause of a run-on with no mark between (ik ga
  // niet stemmen ik boycot die menti; komt nooit kijken ze haten ons): a
  // subject follows its finite verb, never its infinitive (not proberen ze
  // te helpen, whose ze is te helpen's object).
  bool run_on_subject(std::size_t t, std::size_t clause) {
    if (words.size() < clause + 2 || words.back() + 1 != t ||
        !is_one_of({"ik", "jij", "hij", "zij", "wij", "we", "ze", "jullie"}, tokens[t].norm))
      return false;
    const WordInfo& before = infos.back();
    // (so is ik, jij, hij, wij or zij, which are no object, right after a
    // noun, an adverb or a particle in a clause whose finite verb came: ik
    // print daar mijn papieren ik heb geen printer, ik sla alles online na
    // ik kom er nooit meer)
    const bool after_noun = is_one_of({"ik", "jij", "hij", "wij", "we", "zij"}, tokens[t].norm) && !before.info->verb &&
                            is_one_of({ContextWord::other, ContextWord::no_verb, ContextWord::preposition}, before.context);
    const bool after_verb = before.shape == VerbShape::infinitive && before.info->verb;
    if (!after_noun && !after_verb) return false;
    // (after a finite form no infinitive spells, or a modal's after its
    // subject: not Koppen leren ze pas in groep zeven; a plural that is a
    // noun's too only after a verb that takes a bare infinitive: ga niet
    // stemmen ik, we gaan niet klagen we, komt nooit kijken ze)
    bool finite = false, modal = false;
    for (std::size_t w = clause; w + 1 < infos.size(); ++w) {
      const bool after_subject = w > clause && subject_pronoun(infos[w - 1].context);
      if (after_verb && before.ambiguous)
        modal |= std::ranges::any_of(lemmatiser.lookup(norm(w)).verbs,
                                     [](const VerbReading& v) { return draad::takes_bare_infinitive(v.infinitive); });
      finite |= infos[w].finite && (infos[w].shape == VerbShape::finite || infos[w].shape == VerbShape::stem ||
                                    (infos[w].context == ContextWord::modal && after_subject));
    }
    const bool after_infinitive = after_verb && (!before.ambiguous || modal);
    if (!(after_infinitive || after_noun) || !finite) return false;
    const std::size_t after = next_word_or_clause_end(t);
    return after < tokens.size() && is_word_token(tokens[after]) && tokens[after].norm != "te" &&
           info(tokens[after]).finite;
  }

  // Token t, anders (otherwise) before a finite verb and the subject after
  // it, opens the next clause of a run-on with no mark between (doe je mond
  // open anders verandert er niks; not dat het anders wordt).
  bool otherwise_opens(std::size_t t, std::size_t clause) {
    if (tokens[t].norm != "anders" || words.size() <= clause || words.back() + 1 != t) return false;
    const std::size_t verb = next_word_or_clause_end(t);
    if (verb >= tokens.size() || !is_word_token(tokens[verb])) return false;
    const WordInfo& finite = info(tokens[verb]);
    if (!finite.finite || finite.shape != VerbShape::finite) return false;
    const std::size_t subject = next_word_or_clause_end(verb);
    return subject < tokens.size() && is_word_token(tokens[subject]) &&
           (subject_pronoun(context_word(tokens[subject].norm)) || is_one_of({"er", "het"}, tokens[subject].norm));
  }

  // Token t, a voor before a subject pronoun, is the conjunction (voordat)
  // where its clause ends in a finite verb: Klap die step in voor je naar
  // binnen gaat; not voor je buurt, nor after a word that opened a clause
  // already: wat voor u geldt.
  bool voor_opens(std::size_t t) {
    if (tokens[t].norm != "voor" || (t > 0 && starts_clause(tokens[t - 1].norm))) return false;
    const std::size_t subject = next_word_or_clause_end(t);
    if (subject >= tokens.size() ||
        !is_one_of({"ik", "jij", "je", "hij", "zij", "ze", "wij", "we", "u", "jullie"}, tokens[subject].norm))
      return false;
    const std::size_t first = next_word_or_clause_end(subject);
    std::size_t last = subject;
    for (std::size_t u = first; u < tokens.size() && is_word_token(tokens[u]); u = next_word_or_clause_end(u)) {
      if (starts_clause(tokens[u].norm)) break;
      if (u == first && tokens[subject].norm == "je" && noun_word(info(tokens[u]), tokens[u].norm)) return false;
      last = u;
    }
    if (last == subject) return false;
    const WordInfo& verb = info(tokens[last]);
    return verb.finite && is_one_of({VerbShape::finite, VerbShape::stem}, verb.shape);
  }

  // Token t, a die or dat before a participle that ends the clause, maybe
  // with a noun or adverbs between, an auxiliary before it in the clause, is that
  // participle's object (heb ik me dat nou verbeeld, ik had me die ochtend
  // verslapen; not zei me dat hij kwam).
  bool object_of_participle(std::size_t t) {
    if (words.empty() || !is_one_of({"die", "dat"}, tokens[t].norm)) return false;
    const std::size_t clause = clause_start.back();
    if (std::none_of(infos.begin() + static_cast<std::ptrdiff_t>(clause), infos.end(),
                     [](const WordInfo& w) { return w.context == ContextWord::auxiliary; }))
      return false;
    std::size_t u = next_word_or_clause_end(t);
    for (int nouns = 0; u < tokens.size() && is_word_token(tokens[u]); u = next_word_or_clause_end(u)) {
      const WordInfo& i = info(tokens[u]);
      if (i.info->participle) {
        const std::size_t after = next_word_or_clause_end(u);
        return after == tokens.size() || ends_clause(tokens[after]);
      }
      if (middle_field_adverb(tokens[u].norm)) continue;
      if (nouns++ > 0 || !noun_word(i, tokens[u].norm)) return false;
    }
    return false;
  }

  // Token t, a waar that ends its clause or stands before te, is a
  // particle (neemt elke week een wolf waar, maak dat maar eens waar, om
  // een wolf waar te nemen) or says true (dat is waar): it opens no clause.
  bool waar_particle(std::size_t t) const {
    if (tokens[t].norm != "waar") return false;
    const std::size_t after = next_word_or_clause_end(t);
    return after == tokens.size() || ends_clause(tokens[after]) || tokens[after].norm == "te";
  }

  // Token t, a conjunction that is a participle too, ending its clause or
  // before a preposition where a form of hebben, zijn or worden stands in
  // the clause, is the participle (ik heb het met lede ogen aangezien, hij
  // werd aangezien voor de dader), no conjunction (aangezien het regent).
  bool participle_of_perfect(std::size_t t, std::size_t clause) {
    if (!info(tokens[t]).info->participle) return false;
    const std::size_t after = t + 1;
    if (after < tokens.size() && !ends_clause(tokens[after]) &&
        !(is_word_token(tokens[after]) && info(tokens[after]).context == ContextWord::preposition))
      return false;
    for (std::size_t v = clause; v < words.size(); ++v)
      if (infos[v].finite && form_of(v, {"hebben", "worden", "zijn"})) return true;
    return false;
  }

  // Token t, an als right after a subject pronoun and before a noun, is the
  // pronoun's apposition (bieden we als dorp het hoofd, ik als moeder
  // vind), no conjunction (we als het regent).
  bool apposition_als(std::size_t t) {
    if (tokens[t].norm != "als" || words.empty() || words.back() + 1 != t || !subject_pronoun(infos.back().context) ||
        t + 1 >= tokens.size() || !is_word_token(tokens[t + 1]))
      return false;
    return noun_word(info(tokens[t + 1]), tokens[t + 1].norm);
  }

  // Token t, a maar in a clause whose finite verb has come, before nothing
  // but adverbs and a particle or preposition that ends the clause or its
  // participle or infinitive does, is an adverb (hij sterkte in het
  // verpleeghuis maar niet aan, ze berusten er inmiddels maar in dat ...,
  // we hebben ons er uiteindelijk maar bij neergelegd): a clause that maar
  // opens holds more.
  bool maar_before_particle(std::size_t t, std::size_t clause) {
    if (tokens[t].norm != "maar" || words.size() <= clause ||
        std::none_of(infos.begin() + static_cast<std::ptrdiff_t>(clause), infos.end(),
                     [](const WordInfo& w) { return w.finite; }))
      return false;
    auto ends_here = [&](std::size_t after) {
      return after == tokens.size() || ends_clause(tokens[after]) || info(tokens[after]).clause_opener;
    };
    for (std::size_t u = t + 1; u < tokens.size() && !ends_clause(tokens[u]); ++u) {
      if (!is_word_token(tokens[u])) continue;
      if (middle_field_adverb(tokens[u].norm)) continue;
      if (!info(tokens[u]).particle) return false;
      const std::size_t after = next_word_or_clause_end(u);
      if (ends_here(after)) return true;
      const WordInfo& verb = info(tokens[after]);
      return (verb.info->participle || verb.shape == VerbShape::infinitive) && ends_here(next_word_or_clause_end(after));
    }
    return false;
  }

  // A word after which maar is an adverb with it, no coordinator: the hedge
  // zeg maar (het is zeg maar lastig), nog maar (het is nog maar de vraag),
  // ook maar, alleen maar (werk je je alleen maar in de nesten).
  static bool adverb_before_maar(std::string_view norm) { return is_one_of({"ook", "zeg", "nog", "alleen"}, norm); }

  // An object pronoun, er or het, after which maar is an adverb where the
  // clause's finite verb came before (adverb()).
  static bool object_before_maar(std::string_view norm) {
    return is_one_of({"me", "mij", "je", "zich", "ons", "hem", "er", "het"}, norm);
  }

  // Token t is the en or of of an adverb pair (af en toe, min of meer).
  bool adverb_pair_joiner(std::size_t t) const {
    return t > 0 && t + 1 < tokens.size() && adverb_pair(tokens[t - 1].norm, tokens[t].norm, tokens[t + 1].norm);
  }

  // Token t, an en or of between two nouns, joins them, no clauses (dat ze
  // voor dag en dauw opstaan, dat brood of koek niet meer verkocht wordt).
  bool noun_pair_joiner(std::size_t t) {
    if (t == 0 || t + 1 >= tokens.size() || !is_one_of({"en", "of"}, tokens[t].norm) ||
        !is_word_token(tokens[t - 1]) || !is_word_token(tokens[t + 1]))
      return false;
    auto noun = [&](const Token& w) {
      return lexicon::noun(w.norm) || lexicon::compound_head(w.norm) || noun_word(info(w), w.norm);
    };
    return noun(tokens[t - 1]) && noun(tokens[t + 1]);
  }

  // Token t, want right after an article or an adjective, is the noun (de
  // rode want uit de doos), no conjunction.
  bool noun_want(std::size_t t) const {
    return tokens[t].norm == "want" && !words.empty() && words.back() + 1 == t && article_ends_at(words.size() - 1);
  }

  // Token t, a maar or dus right after a finite verb, is an adverb (het
  // hield maar niet op, het is maar goed, dat viel dus mee), not a
  // conjunction that starts a clause, unless a subject follows (ik werk maar
  // ik verdien weinig); after an infinitive it is one (we willen meedoen
  // maar de tijd ontbreekt). So is a maar after ook (zonder ook maar één
  // keer te mopperen) or after zeg (staan zeg maar elke ochtend in de weg),
  // and one in a clause that an imperative opens (Begin
  // maar! Spreek hem er maar op aan), the clause that starts at word `clause`,
  // and one right after an inverted subject (nemen we maar voor lief, snap
  // ik dus niks van).
  bool adverb(std::size_t t, std::size_t clause) const {
    // toen right after a finite verb, before an adverb, says then (de
    // gemeente sluisde toen ook al geld weg; not het regende toen we gingen)
    if (tokens[t].norm == "toen")
      return !words.empty() && words.back() + 1 == t && infos.back().shape == VerbShape::finite && infos.back().finite &&
             t + 1 < tokens.size() && middle_field_adverb(tokens[t + 1].norm);
    const bool maar = tokens[t].norm == "maar";
    if ((!maar && tokens[t].norm != "dus") || words.empty()) return false;
    const ContextWord next = t + 1 < tokens.size() ? context_word(tokens[t + 1].norm) : ContextWord::edge;
    if (subject_pronoun(next)) return false;
    // (an adjective's stem that is also a verb's opens it too, before its
    // object: Leg de bloemen maar neer, Warm de soep maar op)
    // (or right after a stem after the coordinator that opens the clause:
    // maar kom maar eens kijken)
    const std::size_t opens = clause + 1 < infos.size() && infos[clause].context == ContextWord::coordinator &&
                                      words.back() + 1 == t && infos.size() == clause + 2
                                  ? clause + 1
                                  : clause;
    const bool imperative =
        maar && opens < infos.size() && infos[opens].finite &&
        (infos[opens].shape == VerbShape::stem ||
         (infos[opens].shape == VerbShape::other && opens + 1 < infos.size() &&
          is_one_of({ContextWord::determiner, ContextWord::het, ContextWord::demonstrative}, infos[opens + 1].context)));
    const bool after_verb = words.back() + 1 == t && t + 1 < tokens.size() && infos.back().shape == VerbShape::finite &&
                            infos.back().finite;
    const bool after_adverb = maar && words.back() + 1 == t && adverb_before_maar(norm(words.size() - 1));
    // and one right after a subject that follows its finite verb (die herrie
    // nemen we maar voor lief, daar snap ik dus geen bal van)
    const std::size_t n = words.size();
    const bool after_inverted_subject = words.back() + 1 == t && n >= 2 && n - 2 >= clause &&
                                        subject_pronoun(infos[n - 1].context) && infos[n - 2].finite;
    // and one right after an object pronoun, er or het of a clause whose
    // finite verb came before it, before no new clause's subject (ik ga me
    // maar afzijdig houden, we zetten ons maar schrap, Ga er maar van uit;
    // not ik zie je maar de buren zie ik nooit)
    const bool after_object_pronoun =
        maar && words.back() + 1 == t && n >= 2 &&
        object_before_maar(norm(n - 1)) &&
        !is_one_of({ContextWord::determiner, ContextWord::het, ContextWord::demonstrative}, next) &&
        finite_verb_since(clause);
    // and one after the object noun of a clause whose finite verb came,
    // before an adverb that maar softens there (Dan zetten we onze tanden
    // maar weer op elkaar, zet de fiets maar even binnen; not koffie maar
    // geen thee, duur maar wel goed)
    const bool after_object_noun = maar && words.back() + 1 == t && n >= 2 &&
                                   (!infos.back().info->verb || infos.back().ambiguous) &&
                                   plain(infos.back().context) && t + 1 < tokens.size() &&
                                   is_one_of({"weer", "even", "eens", "gewoon", "gauw", "snel", "meteen"}, tokens[t + 1].norm) &&
                                   clause + 1 < infos.size() &&
                                   std::any_of(infos.begin() + static_cast<std::ptrdiff_t>(clause), infos.end() - 1,
                                               [](const WordInfo& i) { return i.finite; });
    return imperative || after_verb || after_adverb || after_inverted_subject || after_object_pronoun || after_object_noun;
  }

  // Whether a word in [from, to) is certainly a finite verb: an
  // auxiliary or a modal other than zijn, which may be the possessive, or
  // a finite form that is no other word (not stal, stelen's past and the
  // noun).
  bool finite_verb_between(std::size_t from, std::size_t to) const {
    for (std::size_t w = from; w < to; ++w)
      if ((is_one_of({ContextWord::auxiliary, ContextWord::modal}, infos[w].context) && norm(w) != "zijn") ||
          (infos[w].finite && infos[w].shape == VerbShape::finite && !infos[w].ambiguous))
        return true;
    return false;
  }

  // Whether a word from word `clause` on is a finite verb.
  bool finite_verb_since(std::size_t clause) const {
    for (std::size_t w = clause; w < words.size(); ++w)
      // (a plural's form after its subject pronoun is finite too: wij
      // sproeien in juli en augustus nooit)
      if ((infos[w].finite &&
           (infos[w].shape == VerbShape::finite || (w > clause && subject_pronoun(infos[w - 1].context)))) ||
          is_one_of({ContextWord::auxiliary, ContextWord::modal}, infos[w].context))
        return true;
    return false;
  }

  // `of` before an article, where its clause has no verb yet, joins two noun
  // phrases (niemand van de corporatie of de gemeente komt die troep
  // weghalen): it opens no clause, and the subject's negation reaches the
  // verb (but ik vraag de buurman of de gemeente komt; of de gemeente komt,
  // weet ik niet). So does `of` between geen's noun and another noun
  // (geen tijd of zin).
  // So does `en` before an article, a number or a quantity, or, in a clause
  // whose finite verb came before it, before a word that is no verb form,
  // where no word after it in the clause may be a finite verb (liet drie
  // matrassen en een kapotte koelkast bij de glasbak achter: the particle is
  // still the verb's; heetten ... met een taart en bloemen welkom; not ik
  // kwam thuis en de buren waren er, nor a list with no verb: veiligheid,
  // sport en cultuur).
  bool joins_noun_phrases(std::size_t t, std::size_t clause) {
    // (and one after a truncated compound joins its two halves: de voor- en
    // nadelen, land- of tuinbouw)
    if (t > 0 && tokens[t - 1].norm.ends_with('-')) return true;
    const ContextWord next = t + 1 < tokens.size() ? context_word(tokens[t + 1].norm) : ContextWord::edge;
    if (tokens[t].norm == "en") {
      const bool no_verb_form = next == ContextWord::other && t + 1 < tokens.size() && is_word_token(tokens[t + 1]) &&
                                !info(tokens[t + 1]).info->verb;
      if (!is_one_of({ContextWord::determiner, ContextWord::het, ContextWord::number, ContextWord::quantifier}, next) &&
          !(no_verb_form && finite_verb_since(clause)))
        return false;
      // (a form after an article is its noun, a particle the verb's before
      // the en: en de trom de wijk rond)
      ContextWord before = ContextWord::other;
      for (std::size_t u = t + 1; u < tokens.size() && !ends_clause(tokens[u]); ++u) {
        if (!is_word_token(tokens[u])) continue;
        const WordInfo& i = info(tokens[u]);
        // (a die or dat that a preposition takes points: en augustus met
        // al die hitte)
        const bool pointing = is_one_of({"die", "dat"}, tokens[u].norm) &&
                              (is_one_of({ContextWord::preposition, ContextWord::quantifier}, before) ||
                               tokens[u - 1].norm == "al");
        // (a number spelled out is none of them: en zeven kinderen na; but a
        // present in -t that is no noun is the verb after het: en het levert
        // niks op)
        if ((i.clause_opener && !pointing) ||
            ((i.finite || i.info->participle) && !i.particle && !spelled_number(tokens[u].norm) &&
             (!is_one_of({ContextWord::determiner, ContextWord::het}, before) ||
              (before == ContextWord::het && only_present(tokens[u].norm)))))
          return false;
        before = i.context;
      }
      return true;
    }
    if (tokens[t].norm != "of" || clause >= words.size()) return false;
    // (and a noun after geen's noun, which it negates too: geen
    // geveltuinen of regentonnen, geen tijd of zin; not geen idee of hij
    // komt)
    const std::size_t before = words.size() - 1;
    if (before > clause && words[before] + 1 == t && norm(before - 1) == "geen" && next == ContextWord::other &&
        t + 1 < tokens.size() && is_word_token(tokens[t + 1])) {
      const WordInfo& after = info(tokens[t + 1]);
      bool joins = !after.clause_opener && (!after.finite || after.info->noun || after.ambiguous);
      // (no finite verb of its own after it: geen idee of regentonnen helpen)
      for (std::size_t u = t + 2; joins && u < tokens.size() && !ends_clause(tokens[u]); ++u) {
        if (!is_word_token(tokens[u])) continue;
        const WordInfo& i = info(tokens[u]);
        if (i.clause_opener) break;
        joins = !(i.finite && i.shape != VerbShape::other && !i.info->noun);
      }
      if (joins) return true;
    }
    // (a separable verb's particle before it ends that verb's clause: dat
    // hangt ervan af of de gemeente betaalt)
    if (before >= clause && words[before] + 1 == t && infos[before].particle && finite_verb_since(clause)) return false;
    for (std::size_t w = clause; w < words.size(); ++w)
      if (infos[w].finite && !infos[w].ambiguous) return false;
    return next == ContextWord::determiner || next == ContextWord::het;
  }

  // The clause that starts at word `clause` has its verbs still to come:
  // a subordinate one with no finite verb yet, or one with a finite
  // auxiliary or modal, whose other verbs come last (dat wij voor ...
  // moeten; wij moeten voor ...).
  bool verbs_to_come(std::size_t clause) const {
    if (clause >= words.size()) return false;
    bool finite = false;
    for (std::size_t w = clause; w < words.size(); ++w) {
      if (is_one_of({ContextWord::auxiliary, ContextWord::modal}, infos[w].context)) return true;
      finite = finite || (w > clause && infos[w].finite);
    }
    return infos[clause].info->subordinate && !finite;
  }

  // `dat` and `die` open a clause only where a verb form follows in it (ik
  // denk dat het werkt, de buren die helpen; the word right after them may be
  // a noun that is also a verb form). Before a noun and no verb they point
  // (ik steun dat plan niet, ik ken die mensen niet), and the clause with its
  // negation goes on.
  //
  // `wat` too (je maakt wat mee: something; ik weet wat je bedoelt).
  //
  // `als` and `zoals` compare where no verb follows (ik doe als vrijwilliger
  // mee, mensen zoals wij) or where the first verb after them has its
  // subject right behind it (als kind woonde ik hier: the main clause's
  // verb); then they open no clause either, nor does `toen` then (ik loste
  // het toen zelf op, toen ging ik naar huis: then), nor `sinds` before a
  // phrase with no verb of its own (rijden sinds de aanleg van de rotonde
  // om: a preposition; not sinds de buren verhuisd zijn), nor before a time
  // that is no clause's subject (als die kat al sinds gisteren in de boom
  // zit, sinds 2019), nor `wat` before a comparative (wat langer), after
  // heel or er (heel wat) or before a particle that ends the clause (wat rond).
  // Whether a norm in -er is an adjective's comparative: hunspell stems it
  // to the adjective (zachter: zacht, sneller: snel, groter: groot).
  bool comparative(std::string_view norm) {
    if (!norm.ends_with("er")) return false;
    const auto& stems = lemmatiser.lookup(norm).nominal;
    return std::ranges::any_of(stems, [&](const std::string& s) { return s != norm && lexicon::adjective(s); });
  }

  bool pointing_word(std::size_t t) {
    const bool comparison = is_one_of({"als", "zoals", "toen", "sinds"}, tokens[t].norm);
    if (!comparison && !is_one_of({"dat", "die", "wat"}, tokens[t].norm)) return false;
    // wat before a comparative says a little, no clause (niet wat langer
    // doorspelen, wat meer contact)
    if (tokens[t].norm == "wat" && t + 1 < tokens.size() &&
        (is_one_of({"meer", "minder", "langer", "korter", "vaker", "eerder", "later", "beter", "verder"}, tokens[t + 1].norm) ||
         comparative(tokens[t + 1].norm)))
      return true;
    // nor after heel or er, where it says a lot or something (dat er heel
    // wat bij komt kijken, weet je er wat van?)
    if (tokens[t].norm == "wat" && t > 0 && is_one_of({"heel", "er", "d'r"}, tokens[t - 1].norm)) return true;
    // nor before a separable particle that ends the clause, where it says
    // a little (we kuieren gewoon wat rond, ze rommelen wat aan)
    if (tokens[t].norm == "wat" && t + 1 < tokens.size() && separable_particle_word(tokens[t + 1].norm) &&
        (t + 2 == tokens.size() || ends_clause(tokens[t + 2])))
      return true;
    if (tokens[t].norm == "sinds" && t + 1 < tokens.size() &&
        (tokens[t + 1].kind == TokenKind::number ||
         is_one_of({"gisteren", "vandaag", "vanochtend", "vanmorgen", "vanmiddag", "vanavond", "eergisteren", "kort",
                    "jaar", "jaren", "maanden", "weken", "dagen", "eeuwen", "mensenheugenis"},
                   tokens[t + 1].norm)))
      return true;
    // after al, a preposition that is no particle (but zonder dat ...) or the
    // subject pronoun right after a conjunction they point (voor al dat werk,
    // met die mensen, dat ze die flat slopen; not het viel me op dat, ik
    // vertel ze dat); die right after a form that can only be a finite verb
    // too, or a bare stem that is no noun (an imperative: Bind die hond
    // vast) or one whose separable verb's particle ends the clause
    // (Schroef die plank vast), or a plural's that is no noun, after no article, and the
    // sentence's first verb (Elke ochtend parkeren die ouders dubbel; not er
    // moet iemand zijn die, whose relative clause follows the verb, nor de
    // jongen die, jongen being a verb too), as a relative die follows
    // what it refers to (niemand komt die troep weghalen; not de buurt die,
    // de zorgen die, de verhalen die)
    if (!comparison && object_of_participle(t)) return true;
    bool after_preposition = false;
    if (!comparison && !words.empty() && words.back() + 1 == t) {
      const WordInfo& before = infos.back();
      after_preposition = before.context == ContextWord::preposition;
      // (or the inverted subject of a finite verb: Mest jij die flat in je
      // eentje uit, Ken je die buren?, Nooit heb ik die jongens gezien; but
      // zijn's, whose cleft a relative die ends: het zijn zij die betalen)
      const std::size_t verb = words.size() - 2;
      const bool clause_subject =
          subject_pronoun(before.context) && words.size() >= 2 &&
          (infos[verb].info->subordinate ||
           (tokens[t].norm == "die" && infos[verb].info->verb &&
            (opens_sentence(verb) || (infos[verb].finite && !form_of(verb, {"zijn"})))));
      // (a die after a preposition that opens the sentence, where no
      // particle stands: Voor die druk is hij gezwicht, Op die manier; nor
      // in a clause whose verbs are still to come, a particle standing
      // before them: dat wij voor die klinkers moeten opdraaien)
      // (but a dat before an article, a possessive or a subject pronoun opens
      // its clause: genoeg van dat mijn kinderen niet meer spelen)
      // (not before an adjective the list of determiners holds: met dat hele gedoe)
      const ContextWord after = t + 1 < tokens.size() ? context_word(tokens[t + 1].norm) : ContextWord::edge;
      const bool opens_dat_clause =
          tokens[t].norm == "dat" &&
          (is_one_of({ContextWord::determiner, ContextWord::het, ContextWord::je}, after) || subject_pronoun(after)) &&
          !(t + 1 < tokens.size() && adjective_determiner(tokens[t + 1].norm));
      const bool preposition =
          before.context == ContextWord::preposition && norm(words.size() - 1) != "zonder" && !opens_dat_clause &&
          (!before.particle ||
           (tokens[t].norm == "die" && (opens_sentence(words.size() - 1) || verbs_to_come(clause_start.back()))));
      if (preposition ||
          clause_subject || norm(words.size() - 1) == "al" ||
          (before.shape == VerbShape::stem && opens_sentence(words.size() - 1) && imperative_with_particle(t)) ||
          (tokens[t].norm == "die" && before.finite && !before.info->noun &&
           (before.shape == VerbShape::finite || before.shape == VerbShape::stem ||
            (before.shape == VerbShape::infinitive && !before.ambiguous && !noun_phrase_goes_on(words.size() - 1) &&
             !finite_in_sentence_before(words.size() - 1)))))
        return true;
    }
    std::size_t seen = 0;
    bool first_finite = false;
    ContextWord previous = ContextWord::demonstrative;
    std::string_view previous_norm;
    bool after_haar = false, r_word = false, after_ik = false, after_degree = false, subject_seen = false;
    for (std::size_t u = t + 1; u < tokens.size() && !ends_clause(tokens[u]) && seen < kMaxClauseWords; ++u) {
      if (!is_word_token(tokens[u])) continue;
      // (an auxiliary right after die, its clause ending in a participle, is
      // the relative clause's verb: de bomen die waren omgewaaid)
      const bool relative_auxiliary = previous == ContextWord::demonstrative &&
                                      context_word(tokens[u].norm) == ContextWord::auxiliary &&
                                      participle_ends_clause(u);
      // (asked before next: each info() may move the one before)
      const bool joins_nouns = noun_pair_joiner(u), voor_conjunction = voor_opens(u);
      const WordInfo& next = info(tokens[u]);  // valid until the next info()
      // (a die or dat after a preposition that may also be a particle
      // points where a noun follows it: ik woon in die buurt, als je in die
      // buurt wilt wonen, in dat huis; a relative die after a particle takes
      // its verb: kom je iemand tegen die werkt)
      // (and a noun or a noun's plural that a verb's plural spells, where it
      // ends the clause: ze timmeren aan die wagen, de pest aan die vliegen)
      // (so does an infinitive made a noun that ends the clause: tuk op dat
      // solderen)
      if (seen == 0 && after_preposition &&
          (noun_word(next, tokens[u].norm) || next.context == ContextWord::adjective || adjective_determiner(tokens[u].norm) ||
           (ends_clause_after(u) && (next.shape == VerbShape::infinitive ||
                                     std::ranges::any_of(lemmatiser.lookup(tokens[u].norm).nominal, [](const std::string& n) {
                                       return lexicon::noun(n);
                                     })))))
        return true;
      // (a die or dat right after als or toen is its subject or object:
      // toen die zei, als dat lukt; a wat further on opens a clause of its
      // own: je overziet als ouder niet wat er gebeurt; one right after the
      // clause's subject pronoun opens none either: dat je die jongens
      // wegstuurt; one right after a preposition points: dat ze niks met
      // die bankjes te maken hadden)
      // (nor does the en or of of an adverb pair: als de buurtcoach af en
      // toe langsgaat; nor one between nouns: dat ze voor dag en dauw opstaan)
      if (voor_conjunction) break;
      if (next.clause_opener &&
          !(((comparison && seen == 0) || subject_pronoun(previous) || previous == ContextWord::preposition) &&
            next.context == ContextWord::demonstrative) &&
          !adverb_pair_joiner(u) && !joins_nouns &&
          // (nor the maar after alleen or an object: als we alleen maar
          // dure appartementen bouwen, mensen die het maar niks vonden)
          !(tokens[u].norm == "maar" && (adverb_before_maar(previous_norm) || object_before_maar(previous_norm))))
        break;
      // A noun that is also a verb form, after an article, a quantifier, a
      // preposition or them, is the noun (dat plan niet, ik stel dat op
      // prijs, dat soort dingen), but one that ends the clause after the
      // preposition of an er or daar is its verb (wat er gisteren op
      // afkwam). After haar too (als haar vader), but for a form in -t or
      // -de, whose object haar is (toen de wethouder haar noemde).
      const std::size_t end = next_word_or_clause_end(u);
      const bool last = end == tokens.size() || ends_clause(tokens[end]);
      const bool noun =
          !relative_auxiliary && next.ambiguous && (is_one_of({ContextWord::demonstrative, ContextWord::determiner, ContextWord::quantifier,
                                        ContextWord::number, ContextWord::adjective},
                                       previous) ||
                             (previous == ContextWord::preposition && !(last && r_word)) ||
                             (after_haar && next.shape != VerbShape::finite)) &&
          !only_present(tokens[u].norm);  // (not zo'n tent volk van buiten aanzuigt)
      // (a form after te is its infinitive: in dat hotel te verblijven; a
      // bare stem not in -t or -d, which is no third person's form too, is a
      // finite verb only after ik: Graaf dat eikje diep in, where diep is
      // also diepen's stem; not a modal's: dat je wil; nor is an adjective
      // after a word of degree before the clause's end: Wie zet die box zo
      // hard aan; but zonder dat het zo heet)
      // (nor is a separable particle that ends a clause with no subject
      // pronoun in it, the particle of the verb before dat: stelt de
      // provincie dat plan dan vast; not het boek dat ik zoek)
      const bool particle_last = last && !subject_seen && separable_particle_word(tokens[u].norm);
      if (next.finite && !noun && !particle_last && previous != ContextWord::te &&
          !(after_degree && !last && lexicon::adjective(tokens[u].norm)) &&
          !(next.shape == VerbShape::stem && !after_ik && !third_person_stem(tokens[u].norm) &&
            !is_one_of({ContextWord::modal, ContextWord::auxiliary}, next.context))) {
        if (!comparison || last) return false;
        const WordInfo& behind = info(tokens[end]);
        if (tokens[u].norm == "zijn" && possessive_before(behind)) {  // als zijn vader
          previous = ContextWord::determiner;
          after_haar = false;
          continue;
        }
        return subject_pronoun(behind.context) || behind.context == ContextWord::het;
      }
      if (seen++ == 0) first_finite = next.finite;
      r_word = r_word || is_r_word(tokens[u].norm);
      after_haar = tokens[u].norm == "haar";
      after_ik = after_ik || tokens[u].norm == "ik";
      subject_seen = subject_seen || subject_pronoun(next.context);
      after_degree = degree_word(tokens[u].norm);
      // a die or dat passed above may be the subject or object itself, so the
      // word after it is not taken for its noun (toen dat gebeurde, toen ze
      // dat zei); meer or minder right after a subject is an adverb, no
      // quantity of the word after it (dat niemand meer belt), nor right
      // after niet or nooit (als ik niet meer kan)
      const bool adverb_meer = is_one_of({"meer", "minder"}, tokens[u].norm) &&
                               (subject_pronoun(previous) || is_one_of({"niet", "nooit"}, previous_norm));
      previous = next.clause_opener || adverb_meer ? ContextWord::other : next.context;
      previous_norm = tokens[u].norm;
    }
    return comparison || !(seen == 1 && first_finite);  // alone after it, a noun that is also a verb form is the verb (niemand die helpt)
  }

  // The first token after token u that is a word or ends u's clause;
  // tokens.size() when the text ends first.
  // Whether no word follows token u in its clause.
  bool ends_clause_after(std::size_t u) const {
    const std::size_t v = next_word_or_clause_end(u);
    return v >= tokens.size() || ends_clause(tokens[v]);
  }

  std::size_t next_word_or_clause_end(std::size_t u) const {
    std::size_t v = u + 1;
    while (v < tokens.size() && !ends_clause(tokens[v]) && !is_word_token(tokens[v])) ++v;
    return v;
  }

  // The last word token of token u's clause after u; u when there is none.
  std::size_t last_word_of_clause(std::size_t u) const {
    std::size_t last = u;
    for (std::size_t v = u + 1, seen = 0; v < tokens.size() && !ends_clause(tokens[v]) && seen < kMaxClauseWords; ++v)
      if (is_word_token(tokens[v])) {
        last = v;
        ++seen;
      }
    return last;
  }

  // Whether the clause that token u stands in ends, after u, in a participle.
  bool participle_ends_clause(std::size_t u) {
    const std::size_t last = last_word_of_clause(u);
    return last != u && info(tokens[last]).info->participle;
  }

  // Token t, right after a stem that opens the sentence, stands in that
  // imperative's clause, which its separable verb's particle ends (Schroef
  // die plank vast: vastschroeven; Roer die soep af en toe om).
  bool imperative_with_particle(std::size_t t) {
    const std::size_t last = last_word_of_clause(t);
    if (last == t || !separable_particle_word(tokens[last].norm)) return false;
    const std::string_view particle = tokens[last].norm;
    for (const auto& v : lemmatiser.lookup(norm(words.size() - 1)).verbs)
      if ((v.forms & kStem) && in_word_list(std::string(particle) + v.infinitive)) return true;
    return false;
  }

  // A particle apart stands where the middle of a main clause ends: last in
  // the clause, or before a verb, a prepositional phrase or dan (doet mee;
  // doet mee aan het feest). Otherwise it is a preposition (leeft in z'n
  // bubbel).
  bool particle_ends_field(std::size_t p) const {
    // one of a pair of adverbs is none (ze wegen af en toe het grofvuil, hij
    // loopt op en neer; not ze zette door en na een jaar)
    if (p + 2 < words.size() && adverb_pair(norm(p), norm(p + 1), norm(p + 2))) return false;
    if (ends_adverb_pair(p)) return false;  // (stopt hier af en toe)
    // nor is an adjective a degree word qualifies (ging heel dicht bij het
    // hek staan, kwam te dicht bij; but viel erg tegen)
    if (p > clause_start[p] && degree_word(norm(p - 1)) && listed_adjective(p)) return false;
    // nor a degree word before an adjective, which vrij may be (hield het
    // vrij lang vol: no vrijhouden)
    if (degree_word(norm(p)) && p + 1 < clause_end[p] && listed_adjective(p + 1)) return false;
    // nor the om of om ... te (we gaan naar het park om met elkaar te praten:
    // not omgaan)
    if (opens_te_clause(p)) return false;
    // nor dwars before a preposition of place, which it says is crossed (een
    // boom lag dwars over het fietspad, de wortels schieten dwars door de
    // tegels omhoog; but hij lag maandenlang dwars bij de onderhandelingen)
    // (and recht before one, which says straight: hier recht tegenover,
    // recht op de man af)
    if (is_one_of({"dwars", "recht"}, norm(p)) && p + 1 < clause_end[p] &&
        is_one_of({"door", "over", "op", "onder", "langs", "tegen", "voor", "achter", "tegenover", "naar", "in"}, norm(p + 1)))
      return false;
    // (and kort before a word of time, which says soon: we sluiten kort na
    // de lunch, kort daarna; but sluit het kort met de manager)
    if (norm(p) == "kort" && p + 1 < clause_end[p] &&
        is_one_of({"na", "voor", "nadat", "voordat", "daarna", "daarvoor", "erna", "ervoor", "geleden", "op"}, norm(p + 1)))
      return false;
    // a tag of speech may close the clause after it (het viel best mee
    // eigenlijk, we draaien er niet voor op hoor)
    std::size_t after = p + 1;
    if (activity_after_geen(p) && after < clause_end[p] && norm(after) == "meer") ++after;  // (geeft geen les meer)
    while (after < clause_end[p] && is_one_of({"eigenlijk", "hoor", "hè", "he", "toch", "zeg", "ofzo", "joh", "gewoon"},
                                             norm(after)))
      ++after;
    if (after >= clause_end[p]) return true;
    // and so does the dan of a comparison, or of a tag (leverden meer stroom
    // terug dan we gebruikten, ga je mee dan?), and an als that compares
    // (zet ons niet weg als querulanten)
    // (and richting, a preposition as it is said: drijft af richting de stuw)
    return (infos[p + 1].info->verb && !possessive_zijn(p + 1)) || infos[p + 1].context == ContextWord::preposition ||
           is_one_of({"dan", "als", "richting"}, norm(p + 1));
  }

  // Word p, a particle right before a verb form that is no noun, is that
  // verb's (wat we kwijt zijn: kwijtzijn; ik wil graag mee doen), not the
  // particle of a finite verb before it.
  bool particle_of_verb_after(std::size_t p) const {
    return p + 1 < clause_end[p] && infos[p + 1].info->verb && !infos[p + 1].ambiguous && !possessive_zijn(p + 1);
  }

  // Word w, zijn before a word of its clause (possessive_before), is his
  // (dacht aan zijn moeder).
  bool possessive_zijn(std::size_t w) const {
    return norm(w) == "zijn" && w + 1 < clause_end[w] && possessive_before(infos[w + 1]);
  }

  // Word w, a phrase's possessive or article, is the object of a
  // preposition the phrase does not hold: the noun after it is no part of
  // the idiom (Ze liet iedereen een foto van haar tanden zien: no zijn
  // tanden laten zien; hield de lepel bij zijn mond: no zijn mond houden).
  // Not om, which opens the phrase's own te-clause (om zijn mond te houden).
  bool owned_by_other_preposition(std::size_t w) const {
    return w > clause_start[w] && infos[w - 1].context == ContextWord::preposition && norm(w - 1) != "om";
  }

  // Whether phrase p, matched from word w (its element `first`) to `end`,
  // opens with the object of a preposition it does not hold
  // (owned_by_other_preposition): its possessive, a verb phrase's article
  // (Na de show heeft iemand de kassa gestolen: no de show stelen; not in de
  // politiek) or a verb phrase's first noun after its own determiner (Op dit
  // terrein won mijn vader: no terrein winnen). Not where a te-clause holds
  // the whole phrase (door zijn best te doen, in plaats van zijn mond te
  // houden).
  bool starts_in_other_object(const Phrase& p, const Element& first, std::size_t w, std::size_t end) const {
    const bool owned =
        ((first.possessive || (p.verb && is_one_of({"de", "het", "'t", "een"}, norm(w)))) &&
         owned_by_other_preposition(w)) ||
        (p.verb && !first.verb && infos[w].info->listed_noun && infos[w].context != ContextWord::preposition && w > 0 &&
         is_one_of({ContextWord::determiner, ContextWord::demonstrative}, infos[w - 1].context) &&
         owned_by_other_preposition(w - 1));
    return owned && std::none_of(words.begin() + static_cast<long>(w), words.begin() + static_cast<long>(end),
                                 [&](std::size_t t) { return tokens[t].norm == "te"; });
  }

  // Word w is the zijn of zijn of haar, which is his (van zijn of haar wijk).
  bool his_or_her(std::size_t w) const {
    return norm(w) == "zijn" && w + 2 < words.size() && norm(w + 1) == "of" && norm(w + 2) == "haar";
  }

  // Word p right after a preposition is its object (ik ga op weg, ze kwam
  // naar binnen), not a particle, unless the preposition belongs to an er,
  // daar, hier, waar (is_r_word) before it in the clause (ik ga er wel van
  // uit, hij doet overal aan mee).
  // So is a word after de, een or another determiner (ik sleep hem naar de
  // weg), a noun of a noun phrase (noun_of_noun_phrase), and toe after
  // naar, the circumposition naar ... toe (hij wees naar het speelveldje
  // toe).
  bool object_of_preposition(std::size_t p) const {
    if (activity_after_geen(p)) return false;
    if (p > clause_start[p] && infos[p - 1].context == ContextWord::determiner) return true;  // not het: geef het door
    if (noun_of_noun_phrase(p)) return true;
    if (norm(p) == "toe")
      for (std::size_t w = clause_start[p]; w + 1 < p; ++w)
        if (norm(w) == "naar") return true;
    if (p == 0 || infos[p - 1].context != ContextWord::preposition) return false;
    // (a preposition that is itself one's object is an adverb: bladerde de
    // krant van voor tot achter door)
    if (p - 1 > clause_start[p] && infos[p - 2].context == ContextWord::preposition) return false;
    for (std::size_t w = clause_start[p]; w + 1 < p; ++w)
      if (is_r_word(norm(w))) return false;
    return true;
  }

  // Word p, the noun of an activity that is a separable verb's particle,
  // stands after geen, which negates the verb (geeft geen les, geen actie
  // meer te voeren), where other nouns are a noun phrase's (geen plaats
  // gevonden: no plaatsvinden).
  bool activity_after_geen(std::size_t p) const {
    return p > clause_start[p] && norm(p - 1) == "geen" && is_one_of({"les", "actie"}, norm(p));
  }

  // Word p, a particle's word that is a noun too, is the noun of a noun
  // phrase: after a determiner, or after a determiner's inflected adjective
  // (een plaats gevonden, geen goede plaats gevonden, dezelfde weg: no
  // plaatsvinden, wegwandelen; but de tweede ronde af, snauwde de
  // verpleegkundige af).
  bool noun_of_noun_phrase(std::size_t p) const {
    if (p == clause_start[p] || !noun_word(infos[p], norm(p))) return false;
    if (activity_after_geen(p)) return false;
    if (infos[p - 1].context == ContextWord::determiner || is_one_of({"dezelfde", "andere", "zulke"}, norm(p - 1)))
      return true;
    // (and after a demonstrative that a preposition takes: Door dat tekort
    // komen we in de problemen)
    if (p >= clause_start[p] + 2 && infos[p - 1].context == ContextWord::demonstrative &&
        infos[p - 2].context == ContextWord::preposition)
      return true;
    return p > clause_start[p] + 1 && infos[p - 1].context == ContextWord::adjective &&
           infos[p - 2].context == ContextWord::determiner;
  }

  // A main clause goes on after an aside in its middle: an inner clause
  // between commas that a conjunction, a relative or a question word opens
  // (giet ik 's avonds, nadat de hitte voorbij is, bij de bonen een gieter
  // bij; hebben het slot, dat we net hadden vervangen, doorgeknipt), a
  // remark between commas (steek ik, eerlijk gezegd, geen geld in; gaan
  // we, en dat meen ik, toch tegenin) or between dashes (staren de meisjes
  // - en dat zeg ik niet graag - gewoon na), or a speaker's correction,
  // whose words go on in the clause (sloeg hun zoon, nee, die jongste,
  // alle ruiten stuk), or a relative clause with no commas, which ends with
  // its verbs (treiteren de jongens die daar elke avond staan gewoon weg:
  // relative_end). The words of the clause's piece before the aside get,
  // in resumed_at, the first word after it, where the clause goes on; the
  // others words.size(). Only where the clause has a word before the aside
  // that may be its finite verb (no article's noun) and the words after it
  // open no clause of their own: no conjunction nor dan first, no finite
  // verb first or after a subject (Als het kan, nadat ..., bel ik; Ik kom
  // morgen, als het kan, ik bel nog), unless a correction gives them.
  void find_resumptions() {
    resumed_at.assign(words.size(), words.size());
    bool carried = false;    // the piece at c goes on with a clause before it that has its finite verb
    bool corrected = false;  // and is a speaker's correction, whose clause goes on after its comma
    for (std::size_t c = 0; c < words.size();) {
      const std::size_t inner = clause_end[c];
      const bool finite = carried || may_be_finite(c, inner);
      const bool correction = finite && inner < words.size() && !opens_sentence(inner) && correction_marker(inner);
      const std::size_t after =
          !finite || inner >= words.size() || opens_sentence(inner) ? words.size()
          : corrected                                                 ? (mark_before(inner) == "," ? inner : words.size())
          : correction                                                ? clause_end[inner]
          : mark_before(inner).empty()                                ? relative_end(inner)
                                                                      : aside_end(inner);
      if (after < words.size() && (correction || goes_on(after))) {
        std::fill(resumed_at.begin() + static_cast<std::ptrdiff_t>(c),
                  resumed_at.begin() + static_cast<std::ptrdiff_t>(inner), after);
        carried = true;
        corrected = correction;
        c = after;
      } else {
        carried = corrected = false;
        c = inner;
      }
    }
    // (a phrase's reach from a word counts no aside's words: needs_within_reach)
    aside_words.assign(words.size(), 0);
    for (std::size_t w = words.size(); w-- > 0;)
      if (const std::size_t at = resumed_at[w]; at < words.size()) aside_words[w] = at - clause_end[w] + aside_words[at];
  }

  // Where the clause goes on after word w, the last of its piece before an
  // aside (find_resumptions), or words.size().
  std::size_t resumption_after(std::size_t w) const { return w + 1 == clause_end[w] ? resumed_at[w] : words.size(); }

  // Whether a word in [from, to) may be a finite verb, an auxiliary or a
  // modal: not a noun after an article or an adjective (find_resumptions).
  bool may_be_finite(std::size_t from, std::size_t to) const {
    for (std::size_t w = from; w < to; ++w)
      if (is_one_of({ContextWord::auxiliary, ContextWord::modal}, infos[w].context) ||
          (infos[w].finite && !follows_article(w, from)))
        return true;
    return false;
  }

  // Word w, after `from`, follows an article, het or an adjective, which
  // make it their noun (de tank, het gft, elke dag): narrower than
  // after_article, which takes numbers, quantities and demonstratives too.
  bool follows_article(std::size_t w, std::size_t from) const {
    return w > from && is_one_of({ContextWord::determiner, ContextWord::het, ContextWord::adjective}, infos[w - 1].context);
  }

  // The clause mark right before word w (a comma, a dash), or "".
  std::string_view mark_before(std::size_t w) const {
    for (std::size_t t = words[w - 1] + 1; t < words[w]; ++t)
      if (ends_clause(tokens[t]) && !filler_comma(t)) return tokens[t].norm;
    return {};
  }

  // A mark that opens or closes an aside between dashes.
  static bool dash(std::string_view mark) { return is_one_of({"-", "\u2013", "\u2014"}, mark); }

  // Word v may be a finite verb and is no adjective's form (dicht, beslist).
  bool finite_not_adjective(std::size_t v) const {
    return infos[v].finite && !infos[v].info->adjective && !listed_adjective(v);
  }

  // Word w, right after a comma or a dash, opens an aside (find_resumptions):
  // the first word after it where its clause goes on, or words.size().
  std::size_t aside_end(std::size_t w) {
    const std::string_view opening = mark_before(w);
    if (opening != "," && !dash(opening)) return words.size();
    if (opening == "," && !opens_inner_clause(w) && !remark(w)) return words.size();
    // to the comma or the dash that closes it, in its sentence
    for (std::size_t after = clause_end[w]; after < words.size() && !opens_sentence(after); after = clause_end[after])
      if (const std::string_view mark = mark_before(after); dash(opening) ? dash(mark) : mark == ",") return after;
    return words.size();
  }

  // Word w, right after a clause with no mark between, opens a relative
  // clause about the noun before it (de jongens die daar staan, het bankje
  // waar ze op zitten, alles wat ze zeggen): the first word after the verbs
  // that end it, where the clause it stands in may go on (find_resumptions),
  // or words.size(). Its verbs are its first word that may be finite
  // (relative_verb), one that is no noun too where there is one (waar we nog
  // jaren aan vast blijven zitten: not jaren), and the verbs, te,
  // infinitives and an auxiliary's participles right after it (zitten te
  // kijken, blijven liggen, had geoogst, worden aangesproken).
  std::size_t relative_end(std::size_t w) {
    if (!opens_relative(w)) return words.size();
    // its first verb that is no noun too, before anything that opens another
    // clause after a first that may be one (alles wat je pakt | dan rekenen we)
    std::size_t verb = words.size(), maybe = words.size();
    for (std::size_t v = w + 1; v < words.size() && mark_before(v).empty(); ++v) {
      if (maybe < v && (infos[v].info->clause_opener || is_one_of({"dan", "toen"}, norm(v)) ||
                        subject_pronoun(infos[v].context)))
        break;
      if (!relative_verb(w, v)) continue;
      if (!infos[v].ambiguous) {
        verb = v;
        break;
      }
      maybe = std::min(maybe, v);
    }
    if (verb == words.size()) verb = maybe;
    if (verb == words.size()) return words.size();
    const std::size_t v = verb_cluster_end(verb);
    return v + 1 < words.size() && mark_before(v + 1).empty() && !opens_sentence(v + 1) ? v + 1 : words.size();
  }

  // Word w, right after a noun, a name or iedereen, niemand, alles, ...,
  // opens a relative clause about it: die, dat, wat or a waar-word.
  bool opens_relative(std::size_t w) {
    const std::string_view opener = norm(w);
    if (w == 0 || !(is_one_of({"die", "dat", "wat"}, opener) || (opener.starts_with("waar") && infos[w].info->subordinate)))
      return false;
    const std::size_t noun = w - 1;
    return is_one_of({"iedereen", "niemand", "alles", "iets", "niets", "niks", "degene"}, norm(noun)) ||
           (noun_word(infos[noun], norm(noun)) && !(infos[noun].finite && !infos[noun].ambiguous)) ||
           after_article(noun) || (!infos[noun].info->verb && !infos[noun].info->adjective && listed_noun_form(noun));
  }

  // Word v of the relative clause that word w opens may be its finite verb:
  // no noun after an article, a demonstrative or an adjective (die ruit),
  // nor an infinitive after te.
  bool relative_verb(std::size_t w, std::size_t v) const {
    return infos[v].finite && infos[v - 1].context != ContextWord::te && !(v > w + 1 && article_ends_at(v - 1));
  }

  // The last word of the verbs from word v on, a finite verb: te,
  // infinitives and an auxiliary's participles after it (zitten te kijken,
  // blijven liggen, had geoogst, worden aangesproken), within its marks.
  std::size_t verb_cluster_end(std::size_t v) const {
    for (bool auxiliary = is_one_of({ContextWord::auxiliary, ContextWord::modal}, infos[v].context);
         v + 1 < words.size() && mark_before(v + 1).empty() &&
         (infos[v + 1].context == ContextWord::te ||
          (infos[v + 1].info->verb && infos[v + 1].shape == VerbShape::infinitive) ||
          (auxiliary && infos[v + 1].info->participle));
         ++v)
      auxiliary |= is_one_of({ContextWord::auxiliary, ContextWord::modal}, infos[v + 1].context);
    return v;
  }

  // A relative clause about the subject that opens a main clause ends with
  // its verbs where the main clause's finite verb follows them: De jongens
  // die daar staan | ploffen dan neer; De winkeliers die op ons neerzien |
  // willen geen picknicktafel (the geen is no relative clause's). Its
  // clause is cut there, before the last finite verb that follows a verb
  // of the relative clause (Die jongen die fietsen repareert | werkt hard;
  // De spullen die daar blijven liggen | zijn van ons), one that leaves the
  // main clause a word after it.
  void split_subject_relatives() {
    for (std::size_t c = 0; c < words.size(); c = clause_end[c]) {
      const std::size_t d = clause_end[c];
      if (d >= words.size() || !(opens_sentence(c) || !mark_before(c).empty()) || !mark_before(d).empty() ||
          opens_sentence(d) || may_be_finite(c, d) || !opens_relative(d))
        continue;
      const std::size_t end = clause_end[d];
      std::size_t main = end;
      for (std::size_t v = d + 1; v < end; ++v) {
        if (!relative_verb(d, v)) continue;
        // (not the infinitive a verb before it takes: kunt lopen, blijven liggen, zien uitfloepen)
        for (std::size_t u = v, last = verb_cluster_end(v); u <= last; ++u)
          if (u + 2 < end && infos[u + 1].finite && !infos[u + 1].ambiguous && !infos[u + 1].info->adjective &&
              !is_one_of({ContextWord::auxiliary, ContextWord::modal}, infos[u].context) && !takes_bare_infinitive(u))
            main = u + 1;
      }
      if (main == end) continue;
      for (std::size_t w = d; w < main; ++w) clause_end[w] = main;
      for (std::size_t w = main; w < end; ++w) clause_start[w] = main;
    }
  }

  // Word w is a noun nl.dic lists or a form of one (jongens: jongen).
  bool listed_noun_form(std::size_t w) {
    if (listed_noun(w)) return true;
    const auto& nominal = lemmatiser.lookup(norm(w)).nominal;
    return std::any_of(nominal.begin(), nominal.end(), [](const std::string& n) { return lexicon::noun(n); });
  }

  // Word w, where a clause goes on after an aside, opens no clause of its
  // own (find_resumptions): no conjunction nor nee or ja first, but a die or
  // dat before its noun (die nacht gewoon weer aan) or an als that compares
  // (als voorzitter af); no finite verb first
  // but an adverb's form (beslist niet aan), nor after a subject or dan
  // (Ik kom, als het kan, ik bel nog; Als ..., dan bel ik); and no verb in
  // it that can only be finite (zei Marieke, de veiligheid gaat voor).
  bool goes_on(std::size_t w) const {
    const bool determiner = is_one_of({"die", "dat", "deze", "dit"}, norm(w)) && w + 1 < clause_end[w] &&
                            listed_noun(w + 1) && !infos[w + 1].finite;
    const bool comparison = is_one_of({"als", "zoals"}, norm(w)) && !may_be_finite(w + 1, clause_end[w]);
    if ((infos[w].info->clause_opener && !determiner && !comparison) || is_one_of({"nee", "ja"}, norm(w)) || finite_not_adjective(w) ||
        ((subject_pronoun(infos[w].context) || is_one_of({"dan", "toen"}, norm(w))) && w + 1 < clause_end[w] &&
         infos[w + 1].finite))
      return false;
    for (std::size_t v = w; v < clause_end[w]; ++v)
      if (finite_not_adjective(v) && !infos[v].ambiguous && infos[v].shape != VerbShape::infinitive &&
          !follows_article(v, w))
        return false;
    return true;
  }

  // Word w opens an inner clause (find_resumptions): a conjunction or a
  // relative or question word (nadat, zodra, dat, die, waar, hoe vaak ...
  // ook), maybe after an adverb that says which (ook al, zelfs als, zeker
  // omdat), zonder dat, voor zover, or nu where it is a conjunction. Not of, which
  // joins two questions (Trokken ze de haringen los, of waaiden ze weg?).
  bool opens_inner_clause(std::size_t w) const {
    auto conjunction = [&](std::size_t v) { return infos[v].info->subordinate && norm(v) != "of"; };
    if (conjunction(w)) return true;
    // (nu where its clause's verb ends it: nu het budget zo krap is)
    if (norm(w) == "nu" && clause_end[w] > w + 2 && infos[clause_end[w] - 1].finite) return true;
    // (the conjunction after the adverb may open a clause of its own: zonder | dat)
    return w + 1 < words.size() && mark_before(w + 1).empty() &&
           ((is_one_of({"ook", "zelfs", "zeker", "vooral", "juist", "net", "alleen"}, norm(w)) && conjunction(w + 1)) ||
            (norm(w) == "zonder" && norm(w + 1) == "dat") || (norm(w) == "ook" && norm(w + 1) == "al") ||
            (norm(w) == "voor" && norm(w + 1) == "zover"));
  }

  // Words [from, to) say when or how long, with no verb: a number, a
  // quantity, al, a preposition or an article first, a word of time among
  // them, and no word that may be finite but after an article or number
  // (al twintig jaar, drie dagen na zijn tachtigste verjaardag, elke ochtend).
  bool time_phrase(std::size_t from, std::size_t to) const {
    const ContextWord first = infos[from].context;
    if (!(is_one_of({ContextWord::number, ContextWord::quantifier, ContextWord::preposition, ContextWord::determiner},
                    first) ||
          norm(from) == "al"))
      return false;
    bool time = false;
    for (std::size_t v = from; v < to; ++v) {
      if (infos[v].context == ContextWord::coordinator ||
          (!possessive_zijn(v) && (is_one_of({ContextWord::auxiliary, ContextWord::modal}, infos[v].context) ||
                                   (infos[v].finite && !after_article(v)))))
        return false;
      time = time || time_unit(norm(v)) ||
             is_one_of({"eeuwen", "ochtend", "ochtenden", "avond", "avonden", "middag", "nacht", "nachten", "keer",
                        "seizoen", "winter", "zomer", "voorjaar", "najaar", "verjaardag", "tijd"},
                       norm(v));
    }
    return time;
  }

  // Word w opens a remark a speaker puts between commas: en dat followed by
  // its verb (en dat meen ik, en dat weet de bank ook), a tag that says
  // how it is meant (eerlijk gezegd, zeg maar, om eerlijk te zijn), a
  // verb of saying or thinking first, its subject after it, that reports
  // the clause (zegt het waterschap, denk ik, vindt u), zo and its verb (zo
  // gaat dat hier), up to three adverbs (zomaar ineens) or a phrase of time
  // (al twintig jaar).
  bool remark(std::size_t w) {
    if (w + 2 < clause_end[w] && norm(w) == "en" && norm(w + 1) == "dat" && infos[w + 2].finite) return true;
    const std::size_t words_in = clause_end[w] - w;
    if (words_in >= 2 && words_in <= 4 && infos[w].finite &&
        form_of(w, {"zeggen", "denken", "vinden", "geloven", "vrezen", "hopen", "weten", "zweren"}))
      return true;
    // (zo gaat dat hier)
    if (words_in >= 2 && words_in <= 4 && norm(w) == "zo" && infos[w + 1].finite) return true;
    // (a piece of its own between commas, no coordinator: not maar | dat ...)
    const std::size_t end = clause_end[w];
    if (words_in <= 7 && end < words.size() && mark_before(end) == "," && time_phrase(w, end)) return true;
    if (words_in <= 3 && end < words.size() && mark_before(end) == "," &&
        std::all_of(words.begin() + static_cast<std::ptrdiff_t>(w), words.begin() + static_cast<std::ptrdiff_t>(end),
                    [&](std::size_t t) {
                      return middle_field_adverb(tokens[t].norm) && !starts_clause(tokens[t].norm) &&
                             !is_one_of({"dan", "toen", "nu", "dus", "maar"}, tokens[t].norm);
                    }))
      return true;
    return (words_in == 2 && ((is_one_of({"eerlijk", "ronduit", "kortom"}, norm(w)) && norm(w + 1) == "gezegd") ||
                              (norm(w) == "zeg" && norm(w + 1) == "maar"))) ||
           (words_in == 4 && norm(w) == "om" && norm(w + 1) == "eerlijk" && norm(w + 2) == "te" && norm(w + 3) == "zijn");
  }

  // Word w, after a comma, is a speaker's correction of the words before
  // it (nee, nee sorry): its piece holds only those words, a comma ends it,
  // and the words after it, up to the next mark, hold no verb of their own
  // (sloeg hun zoon, nee, die jongste, alle ruiten stuk; not Ik moet me
  // herpakken, nee sorry, geef me even).
  bool correction_marker(std::size_t w) const {
    if (mark_before(w) != ",") return false;
    const std::size_t end = clause_end[w];
    if (end >= words.size() || mark_before(end) != "," || opens_sentence(end)) return false;
    for (std::size_t v = end; v < clause_end[end]; ++v)
      if (finite_not_adjective(v) && !after_article(v)) return false;
    bool nee = false;
    for (std::size_t v = w; v < end; ++v) {
      if (!is_one_of({"nee", "sorry", "pardon"}, norm(v))) return false;
      nee |= norm(v) == "nee";
    }
    return nee;
  }

  // Word w, a form of a separable verb's base (doet, deden, doen), with a
  // particle apart (separable_particle_word) that `is_particle` accepts:
  // later in its clause after a finite form (doet graag mee, deden ... mee),
  // or before it with up to three words of te or a verb cluster's between
  // (mee doen, mee te doen, mee kunnen doen, om mee te kunnen doen, mee heb
  // gedaan, terug hoef te roepen; not gerust vragen stellen). Returns the
  // particle's word index, or -1.
  // `adjacent`: whether a particle right before the verb counts (mee doen;
  // not samen wonen, where samen is rather an adverb).
  template <typename IsParticle>
  long separated_particle(std::size_t w, bool adjacent, const IsParticle& is_particle) {
    // not after te, where a finite verb may follow with its own particle
    // (zonder te helpen ging hij weg)
    // (and in the clause's words after an aside: giet ik, nadat ..., een
    // gieter bij; find_resumptions)
    if (infos[w].finite && !(w > clause_start[w] && infos[w - 1].context == ContextWord::te))
      for (std::size_t from = w + 1, to = clause_end[w];;) {
        for (std::size_t p = next_particle[from]; p < to; p = next_particle[p + 1])
          // (dicht before bij says near: plakt de planning op de muur dicht bij
          // de lift, viel dicht bij de speeltuin; an idiom's phrase may still
          // hold it: knijpen een oogje dicht bij die jongeren)
          if (particle_ends_field(p) && is_particle(p) && !object_of_preposition(p) && !particle_of_verb_after(p) &&
              !(norm(p) == "dicht" && p + 1 < clause_end[p] && norm(p + 1) == "bij"))
            return static_cast<long>(p);
        from = resumption_after(to - 1);
        if (from == words.size()) break;
        to = clause_end[from];
      }
    // (not the preposition of a waar or er before it: het huis waar ze nu
    // in woont)
    for (std::size_t p = w; p-- > clause_start[w] && p + 4 >= w;) {
      // (nor the last word of an adverb pair: Af en toe slaan ze, Tot nu
      // toe snauwt hij)
      // (nor a waar that opens its clause, which asks or relates: Waar maak
      // je je druk om?)
      // (nor, before a verb that takes a bare infinitive, a particle the
      // infinitive after it makes a verb with: leeg laten lopen: leeglopen)
      // (nor a door that opens its clause before te, which says by: Door te
      // zaaien help je de bijen)
      // (nor the adverb that opens a sentence before its finite verb: Verder
      // helpt mijn buurvrouw)
      // (nor a word right after an article, a noun there whatever nl.dic
      // lists it as: Na de mis stond; but geen les meer geven)
      if (infos[p].particle && is_particle(p) && (adjacent || p + 1 < w) && !preposition_of_r_word(p) &&
          !noun_of_noun_phrase(p) &&
          !(p > clause_start[p] && infos[p - 1].context == ContextWord::determiner && !activity_after_geen(p)) &&
          !ends_adverb_pair(p) && !(norm(p) == "waar" && p == clause_start[p]) &&
          !(p + 1 == w && opens_sentence(p) &&
            (infos[w].shape == VerbShape::finite || infos[w].shape == VerbShape::stem)) &&
          !(norm(p) == "door" && p == clause_start[p] && norm(p + 1) == "te") && !particle_of_infinitive_after(p, w))
        return static_cast<long>(p);
      // (a noun particle that geen negates keeps meer after it: geen les
      // meer geven, geen actie meer te voeren)
      const bool meer_after_geen = norm(p) == "meer" && p >= clause_start[w] + 2 && norm(p - 2) == "geen";
      if (norm(p) != "te" && !meer_after_geen &&
          !(infos[p].info->verb &&
            (infos[p].context == ContextWord::auxiliary || norm(p + 1) == "te" || takes_bare_infinitive(p))))
        break;
    }
    return -1;
  }

  // Word p, a particle before verb w that takes a bare infinitive, is the
  // particle of the infinitive right after w, with which it makes a verb
  // (leeg laten lopen, op laten halen).
  // (the word list asked as particle_verb asks it)
  bool particle_of_infinitive_after(std::size_t p, std::size_t w) {
    return w + 1 < clause_end[w] && infos[w + 1].shape == VerbShape::infinitive && takes_bare_infinitive(w) &&
           in_word_list(std::string(norm(p)).append(norm(w + 1)));
  }

  // Word p is the last word of an adverb pair in its clause (af en toe,
  // op en neer) or of tot ... toe (tot nu toe), so no particle.
  bool ends_adverb_pair(std::size_t p) const {
    return p >= clause_start[p] + 2 &&
           (adverb_pair(norm(p - 2), norm(p - 1), norm(p)) || (norm(p) == "toe" && norm(p - 2) == "tot"));
  }

  // Word p, a preposition after an er, daar, hier or waar (is_r_word) in its
  // clause with no other preposition between, is theirs (denk er niet aan:
  // eraan).
  bool preposition_of_r_word(std::size_t p) const {
    if (infos[p].context != ContextWord::preposition) return false;  // wie belt er niet terug
    for (std::size_t w = p; w-- > clause_start[p];) {
      if (is_r_word(norm(w))) return true;
      if (infos[w].context == ContextWord::preposition) return false;
    }
    return false;
  }

  // Word w, a verb form, with a particle apart that makes it another verb
  // the word list knows (we spraken af: afspreken; ik zie het somber in:
  // inzien; ze groet nooit terug: teruggroeten): the separable verb, or "",
  // and its particle's word index in `at`. Not weer, mostly an adverb (ik
  // zag haar weer: weerzien), nor a preposition that an er before it holds
  // (ik denk er niet aan), nor before te the om or door of om te and door
  // te (om te lopen, door te praten).
  // The particle is the one that makes such a verb (schuif gerust aan:
  // aanschuiven, gerust no particle of schuiven's).
  std::string particle_verb(std::size_t w, std::size_t* at = nullptr) {
    std::string whole;  // the verb of the last particle accepted, which the search returns
    const long p = separated_particle(w, false, [&](std::size_t q) {
      const std::string_view word = norm(q);
      if (word == "weer" || (q < w && (word == "om" || word == "door")) || preposition_of_r_word(q)) return false;
      // looked up here: the search looks up other words, which may clear the lemmatiser's cache
      const auto& verbs = lemmatiser.lookup(norm(w)).verbs;
      return std::any_of(verbs.begin(), verbs.end(), [&](const VerbReading& v) {
        whole.assign(word).append(v.infinitive);
        return in_word_list(whole);
      });
    });
    if (p < 0) return {};
    if (at) *at = static_cast<std::size_t>(p);
    return whole;
  }

  // The word right after word w ends its clause and is the particle of a
  // separable verb of w's (wees uit dat: uitwijzen).
  bool particle_ends_clause(std::size_t w) {
    if (w + 2 != clause_end[w] || !infos[w].info->verb) return false;
    std::size_t at = 0;
    return !particle_verb(w, &at).empty() && at == w + 1;
  }

  // The separable verb whose particle apart word p is, a finite verb before
  // it in its clause (ze zitten al maanden vast: vastzitten, not vasten;
  // het feest vindt morgen plaats: not plaatsen), or "".
  std::string verb_of_particle(std::size_t p) {
    for (std::size_t v = clause_start[p]; v < p; ++v) {
      if (!infos[v].finite || !infos[v].info->verb) continue;
      std::size_t at = 0;
      if (std::string whole = particle_verb(v, &at); !whole.empty() && at == p) return whole;
    }
    return {};
  }

  // Whether a form of the verb alone with this particle apart is no hit of
  // a term for the verb alone: the particle makes another verb (afspreken,
  // aanspreken, inzien, opvallen, uitkijken), not the same act in a
  // direction or going on (teruggroeten, meehelpen, wegpesten, doorlezen,
  // rondkijken, langslopen: still groeten, helpen, pesten, ...), or at home
  // (thuiswerken, thuisbevallen: still werken, bevallen).
  static bool changes_the_verb(std::string_view particle) {
    return !is_one_of({"terug", "mee", "weg", "door", "rond", "langs", "thuis"}, particle);
  }

  // Whether a term or glob of `code` matches `word` itself (uitschelden:
  // the glob uitschel* of the code whose term schelden finds `schelden ...
  // uit`), so that a form of it apart is still that code's hit.
  bool code_matches(std::uint32_t code, const std::string& word) const {
    auto hit_of_code = [&](std::uint32_t u) { return cb.units[u].code == code && cb.units[u].role == Role::hit; };
    if (const auto* key = cb.key_ids.find(word)) {
      const auto& units = cb.units_by_key[key->second];
      if (std::any_of(units.begin(), units.end(), hit_of_code)) return true;
    }
    return cb.globs.for_each_match(word, hit_of_code);
  }

  // The separable verbs of the codebook that word w is a form of with its
  // particle apart; whether there is one.
  bool match_separables(std::size_t w) {
    bool found = false;
    for (auto id : infos[w].info->separables) {
      const Separable& sep = cb.separables[id];
      const long p = separated_particle(w, true, [&](std::size_t at) { return norm(at) == sep.particle; });
      if (p < 0) continue;
      found = true;
      const std::size_t first = std::min(w, static_cast<std::size_t>(p)), last = std::max(w, static_cast<std::size_t>(p));
      for (auto u : cb.units_by_key[sep.key])
        if (cb.units[u].role != Role::near) add_candidate(cb.units[u].code, cb.units[u].role, first, last, cb.units[u].source);
    }
    return found;
  }

  // Word w ends a subordinate clause that has no finite verb before it, so
  // it is where the clause's verb should be (de buurman die nooit groet;
  // not dat is echt werk, where dat is no conjunction). Not after words
  // that also compare or join nouns or are prepositions (zoals sport, als
  // kind, thee of koffie, sinds corona) unless a subject pronoun follows
  // them (of ze nog wacht, als je werk zoekt), nor after a word in -e that is no
  // verb, an adjective's inflection before a noun (dat omstanders een
  // cruciale rol ...).
  bool ends_subordinate_clause(std::size_t w) const {
    const std::size_t start = clause_start[w];
    // those words open a clause for sure before a subject pronoun (of ze nog
    // wacht), and als and toen before a demonstrative, which opens its
    // subject (als die kat al sinds gisteren in de boom zit)
    const bool subject = start + 1 < w && (infos[start + 1].context == ContextWord::subject ||
                                           infos[start + 1].context == ContextWord::je ||
                                           (infos[start + 1].context == ContextWord::demonstrative &&
                                            is_one_of({"als", "toen"}, norm(start))));
    // and wat and waar right after a word, which ask no question there (een
    // buurt waar iedereen elkaar groet, ik weet wat ze doet)
    const bool after_word = words[start] > 0 && is_word_token(tokens[words[start] - 1]) &&
                            is_one_of({"wat", "waar"}, norm(start));
    // and a clause put first, whose comma the main clause's finite verb
    // follows, its subject inverted (sinds die haan er zit, ben ik ...;
    // sinds de spouw vol zit, wordt de warmte ..., lekt er niks meer weg)
    const bool put_first =
        opens_sentence(start) && w + 2 < words.size() && words[w] + 1 < tokens.size() &&
        tokens[words[w] + 1].norm == "," && infos[w + 1].finite &&
        (subject_pronoun(infos[w + 2].context) ||
         is_one_of({ContextWord::determiner, ContextWord::het}, infos[w + 2].context) ||
         is_one_of({"er", "d'r"}, norm(w + 2)));
    if (!infos[start].info->subordinate ||
        (!subject && !after_word && !put_first && !infos[start].whether &&
         is_one_of({"als", "zoals", "of", "wat", "waar", "sinds", "toen"}, norm(start))))
      return false;
    if (w > start && norm(w - 1).ends_with('e') && !infos[w - 1].info->verb) return false;
    // a bare stem right after the word that opens the clause has no subject
    // it agrees with, ik, before it: the opening word is a demonstrative
    // (versterken dat gevoel, die regel; not het gevoel dat telt)
    if (w == start + 1 && infos[w].shape == VerbShape::stem && !third_person_stem(norm(w))) return false;
    // (a form after an article, a quantity or an adjective is its noun:
    // sinds de spouw vol zit, omdat er weinig speelplekken over waren)
    for (std::size_t v = start + 1; v < w; ++v)
      if (infos[v].finite && !is_one_of({ContextWord::determiner, ContextWord::quantifier, ContextWord::adjective},
                                        infos[v - 1].context))
        return false;
    return true;
  }

  // Word w, a present participle and no other verb form, stands right
  // before an adjective or a quantity as an adverb of degree, no verb's form
  // (ontzettend veel, razend druk, verbazend goed).
  bool degree_participle(std::size_t w) {
    // (its shape is other: no finite form, stem nor infinitive)
    if (infos[w].shape != VerbShape::other || !infos[w].info->verb || w + 1 >= clause_end[w] ||
        !norm(w).ends_with("end"))
      return false;
    if (!infos[w + 1].info->adjective && !listed_adjective(w + 1) && infos[w + 1].context != ContextWord::quantifier &&
        !degree_word(norm(w + 1)))
      return false;
    const auto& verbs = lemmatiser.lookup(norm(w)).verbs;
    return std::all_of(verbs.begin(), verbs.end(),
                       [](const VerbReading& v) { return (v.forms & ~kListed) == kPresentParticiple; });
  }

  // Word w, after te, is a verb table's past that nl.dic lists as an
  // infinitive too, which is that verb there: open te zagen (zagen: zien's
  // past, and to saw), peertjes te stoven (stoven: stuiven's).
  bool own_infinitive(std::size_t w) {
    if (infos[w].shape != VerbShape::finite || w == clause_start[w] || infos[w - 1].context != ContextWord::te)
      return false;
    const auto& verbs = lemmatiser.lookup(norm(w)).verbs;
    return std::none_of(verbs.begin(), verbs.end(), [](const VerbReading& v) { return v.forms & kInfinitive; }) &&
           lexicon::verb_infinitive(norm(w));
  }

  // Word w, a finite form or a bare stem, cannot be a verb where it stands:
  // after te and no infinitive (het is te vroeg), or after the finite verb
  // of its main clause, which has one, and no participle (ik ben vandaag
  // vroeg opgestaan, toen kwam ik vroeg, ik zoek werk; not ik heb het
  // onderzocht).
  bool no_verb_here(std::size_t w) {
    if (infos[w].shape != VerbShape::finite && infos[w].shape != VerbShape::stem) return false;
    auto none = [&](std::uint8_t forms) {  // looked up only when the clause asks
      const auto& verbs = lemmatiser.lookup(norm(w)).verbs;
      return std::none_of(verbs.begin(), verbs.end(), [&](const VerbReading& v) { return v.forms & forms; });
    };
    if (w > clause_start[w] && infos[w - 1].context == ContextWord::te) return none(kInfinitive) && !own_infinitive(w);
    if (infos[clause_start[w]].info->subordinate && !question_word_opens(clause_start[w])) return false;
    // the clause's finite verb; a bare stem that opens the clause is only
    // taken for an imperative (Sport verbindt mensen, Plus we deden ...)
    std::optional<std::size_t> verb;
    for (std::size_t v = clause_start[w]; v < w; ++v) {
      // a subject after that verb but not right after it opens a clause
      // of its own (ik wacht tot ze terugbelt; not toen kwam ik vroeg)
      if (verb && v > *verb + 1 && (infos[v].context == ContextWord::subject || indefinite_subject(v))) return false;
      const bool form = infos[v].shape == VerbShape::finite || (infos[v].shape == VerbShape::stem && v > clause_start[w]);
      if (!verb && form && infos[v].finite && !infos[v].ambiguous) verb = v;
    }
    return verb && none(kParticiple);
  }

  // Word v is iedereen or alles right after the conjunction that opens a
  // subordinate clause, or after tot, which the clauses take for a
  // preposition: the subject of what follows (ik wacht tot iedereen zit; not
  // echt iedereen, which is an object too, nor after a question word that
  // opens the sentence: Waar iedereen groet?).
  bool indefinite_subject(std::size_t v) const {
    return v > 0 && is_one_of({"iedereen", "alles"}, norm(v)) &&
           ((v - 1 == clause_start[v] && infos[v - 1].info->subordinate &&
             !(opens_sentence(v - 1) && question_word(norm(v - 1)))) ||
            norm(v - 1) == "tot");
  }

  // Whether the word at `start` asks a question that it opens, its finite
  // verb right after it: a main clause (Hoe ervaart u deze buurt?, Wat
  // maakt deze buurt bijzonder?; not a relative wat after a word: alles wat
  // helpt; nor an adjective's word: Hoe laat ga jij)
  bool question_word_opens(std::size_t start) const {
    return opens_sentence(start) && start + 1 < clause_end[start] && infos[start + 1].finite &&
           !infos[start + 1].ambiguous && !listed_adjective(start + 1) &&
           question_word(norm(start));
  }

  // The words that ask what they open a question for.
  static bool question_word(std::string_view w) { return is_one_of({"hoe", "waar", "wanneer", "waarom", "wat", "wie"}, w); }

  // A word of no class that settles its neighbour's reading: other, or a
  // known word that is no verb form.
  static bool plain(ContextWord c) { return c == ContextWord::other || c == ContextWord::no_verb; }

  // A subject pronoun, je included.
  static bool subject_pronoun(ContextWord c) { return c == ContextWord::subject || c == ContextWord::je; }

  // Whether a verb's bare stem is its third person's form too: a stem in -t
  // or -d (zit, kost, wordt; not werk, diep), which takes no -t after it.
  static bool third_person_stem(std::string_view stem) { return stem.ends_with('t') || stem.ends_with('d'); }

  // Whether `word` is a pronoun only an object is (me, hem; not u, je,
  // haar, which may be a subject or a possessive too).
  static bool object_pronoun(std::string_view word) { return is_one_of({"me", "mij", "ons", "hem", "jou"}, word); }

  // Whether word w, a finite form or a plural that is also a noun, follows a
  // noun phrase of an article, number or quantity, maybe adjectives, and one
  // noun that opens a main clause (the sentence, or a clause after a
  // coordinator: en, maar, want, dus, of, or a colon), or a prepositional
  // phrase that opens the sentence; not a preposition (de
  // verkeersveiligheid rond de school). Die, deze or dit before a noun that
  // is no verb form too opens one (maar die grond zit vol klei; not Dat Jo
  // verhalen heeft, a dat-clause).
  bool subject_noun_phrase_before(std::size_t w) {
    if (!infos[w].ambiguous || !plain(infos[w].context) ||
        (infos[w].shape != VerbShape::finite && infos[w].shape != VerbShape::infinitive &&
         !(infos[w].shape == VerbShape::stem && third_person_stem(norm(w)))))
      return false;
    std::size_t from = clause_start[w];
    // (or after a colon: die verhuizing kost ons klanten)
    if (infos[from].context == ContextWord::coordinator) ++from;
    else if (!opens_sentence(from) && !(from > 0 && infos[from - 1].context == ContextWord::coordinator) &&
             !(words[from] > 0 && tokens[words[from] - 1].norm == ":"))
      return false;
    // or a prepositional phrase put first, whose noun may stand bare (Na
    // school rennen de kinderen)
    const bool fronted_preposition = infos[from].context == ContextWord::preposition && opens_sentence(from);
    const std::size_t noun = w - 1;
    if (w < from + 2 ||
        !(noun_phrase_words(from + fronted_preposition, noun) ||
          (!fronted_preposition && noun_with_prepositional_phrase(from, noun))) ||
        only_adjective(noun) ||
        (infos[from].context == ContextWord::demonstrative &&
         !(noun == from + 1 && is_one_of({"die", "deze", "dit"}, norm(from)) && !infos[noun].info->verb)) ||
        !plain(infos[noun].context) ||
        !(infos[w].info->noun || plural_noun(w)) || !(!infos[noun].finite || infos[noun].info->noun || plural_noun(noun)))
      return false;
    // a participle later in the clause wants an auxiliary there (met taart en
    // een bos bloemen verwelkomd: no bloemen the verb), which a form of
    // zitten, staan, liggen, raken or blijven may be (want het raam zit
    // vastgeschilderd)
    for (std::size_t v = w + 1; v < clause_end[w]; ++v)
      if (only_participle(v)) return form_of(w, {"zitten", "staan", "liggen", "raken", "blijven"});
    return true;
  }

  // Words [from, noun] are a noun phrase whose noun a prepositional phrase
  // follows, which ends at `noun` (De boeken van vorig jaar, De jongens uit
  // de flexwoningen).
  bool noun_with_prepositional_phrase(std::size_t from, std::size_t noun) const {
    for (std::size_t p = from + 1; p + 1 <= noun; ++p) {
      if (infos[p].context != ContextWord::preposition) continue;
      // (its noun one nl.dic has, or a word that is no verb form)
      if (!noun_phrase_words(from, p - 1) || !(infos[p - 1].info->noun || listed_noun(p - 1) ||
                                               infos[p - 1].context == ContextWord::no_verb))
        return false;
      for (std::size_t v = p + 1; v < noun; ++v)
        if (noun_phrase_end(v, v + 1) == v && !listed_adjective(v)) return false;
      return true;
    }
    return false;
  }

  // Word a is an adjective's bare form after een (een vast plan), or after
  // het at the sentence's start, where het is no subject, whose verb would
  // come second (Het achterstallig onderhoud; not Het liefst werk ik thuis,
  // a superlative's adverb).
  bool bare_adjective_after_article(std::size_t a) const {
    if (a == 0 || a == clause_start[a] || infos[a].context != ContextWord::no_verb || infos[a].info->verb ||
        !listed_adjective(a))
      return false;
    return norm(a - 1) == "een" || (norm(a - 1) == "het" && opens_sentence(a - 1) && !norm(a).ends_with("st"));
  }

  // Whether word w, a form that may be a verb, follows a subject pronoun
  // that opens a main clause and its apposition of als and a noun phrase
  // (Wij als buurt trekken altijd aan het kortste eind, ik als moeder
  // vind): the pronoun's verb.
  bool subject_with_apposition_before(std::size_t w) const {
    if (w < 3 || !plain(infos[w - 1].context)) return false;
    for (std::size_t als = w - 2; als >= 1 && als + 4 >= w; --als) {
      if (norm(als) != "als") continue;
      const std::size_t pronoun = als - 1;
      return noun_phrase_words(als + 1, w - 1) && subject_pronoun(infos[pronoun].context) &&
             (opens_sentence(pronoun) || (pronoun > 0 && infos[pronoun - 1].context == ContextWord::coordinator));
    }
    return false;
  }

  // Word v is an adjective and no noun: no noun phrase's noun, however it
  // ends one (Een uitbundig muzikaal feest: the noun is feest).
  bool only_adjective(std::size_t v) const { return listed_adjective(v) && !listed_noun(v); }

  // Words [from, to) are only articles, numbers, quantities and adjectives:
  // what may stand before a noun in its phrase.
  bool noun_phrase_words(std::size_t from, std::size_t to) const { return noun_phrase_end(from, to) == to; }

  // The first word in [from, to) that is none of those words (to if none).
  std::size_t noun_phrase_end(std::size_t from, std::size_t to) const {
    std::size_t v = from;
    while (v < to && (is_one_of({ContextWord::determiner, ContextWord::het, ContextWord::quantifier, ContextWord::adjective,
                                 ContextWord::number},
                                infos[v].context) ||
                      (v == from && infos[v].context == ContextWord::demonstrative) || bare_adjective_after_article(v)))
      ++v;
    return v;
  }

  // No word of word w's clause but w is a finite form other than a bare stem
  // (het feest gaat niet door: gaat).
  bool only_verb_form(std::size_t w) const {
    for (std::size_t v = clause_start[w]; v < clause_end[w]; ++v)
      if (v != w && infos[v].finite && infos[v].shape == VerbShape::finite) return false;
    return true;
  }

  // Whether the words before word w end in a verb or word of asking, maybe
  // with niet, a reflexive or af after it (ik weet niet, ik vraag me af, de
  // vraag is): an of there asks whether and opens a clause whose verb comes
  // last (ik weet niet of de gemeente de sporthal openstelt), not the of
  // that joins (koffie of thee).
  bool whether_asked_before(std::size_t w) {
    for (std::size_t v = w; v-- > 0 && v + 4 > w;) {
      // (the subject after the verb too: dan zien we of)
      if (is_one_of({"niet", "me", "mij", "je", "zich", "ons", "af", "nog", "wel", "eigenlijk", "ook", "we", "wij", "ik",
                     "jij", "u", "ze", "zij", "hij", "jullie"},
                    norm(v)))
        continue;
      return is_one_of({"benieuwd", "vraag", "afhankelijk", "onduidelijk", "onzeker", "twijfel"}, norm(v)) ||
             form_of(v, {"weten", "vragen", "afvragen", "twijfelen", "zien", "kijken", "nagaan", "controleren", "checken",
                         "bekijken", "onderzoeken", "beslissen", "besluiten", "bepalen", "horen", "merken", "zeggen",
                         "vertellen", "begrijpen", "snappen", "uitzoeken", "bespreken", "aangeven"});
    }
    return false;
  }

  // Word w is the first of its sentence.
  bool opens_sentence(std::size_t w) const { return w == 0 || (words[w] > 0 && ends_sentence(tokens[words[w] - 1])); }

  // Word w is the noun of an idiom whose verb stands elsewhere in its
  // clause (zich zorgen maken, gebruik maken, vorm geven, last hebben): the
  // noun, which a verb's form spells too (ze maken zich zorgen om werk, we
  // maken gebruik van de zaal, dat we er vorm aan geven, als mensen op
  // latere leeftijd last krijgen van; not ze zorgen ervoor, ik gebruik het).
  bool noun_of_idiom(std::size_t w) {
    if (!infos[w].info->idiom_noun) return false;
    for (const auto& [noun, verb] : kIdioms) {
      if (norm(w) != noun) continue;
      for (std::size_t v = clause_start[w]; v < clause_end[w]; ++v)
        if (v != w && form_of(v, {verb})) return true;
    }
    return false;
  }

  // Word w may be a form of one of the verbs `infinitives` (is, was, ben:
  // zijn).
  bool form_of(std::size_t w, std::initializer_list<std::string_view> infinitives) {
    const auto& verbs = lemmatiser.lookup(norm(w)).verbs;
    return std::any_of(verbs.begin(), verbs.end(),
                       [&](const VerbReading& r) { return is_one_of(infinitives, std::string_view(r.infinitive)); });
  }

  // A subject pronoun stands before word w in its clause.
  bool subject_before(std::size_t w) const {
    for (std::size_t v = clause_start[w]; v < w; ++v)
      if (subject_pronoun(infos[v].context)) return true;
    return false;
  }

  // Word w is the meer of `no longer`: a negation stands before it in its
  // clause (die niet meer werken, geen lawaai meer maken).
  bool no_longer(std::size_t w) const {
    if (norm(w) != "meer") return false;
    for (std::size_t v = clause_start[w]; v < w; ++v)
      if (infos[v].negation) return true;
    return false;
  }

  // Whether word v is a modal, or a finite form of komen or blijven, which
  // take a bare infinitive too (komen vaak bij ons spelen).
  bool modal_or_like(std::size_t v) const {
    return infos[v].context == ContextWord::modal || (infos[v].finite && infos[v].info->modal_like);
  }

  // Whether a modal, or komen or blijven, which take a bare infinitive too
  // (komen vaak bij ons spelen), stands before word w in its clause and no
  // other word between them may be an infinitive. Not the other verbs
  // takes_bare_infinitive names: after zien, horen, leren, laten a plural
  // that ends the clause is as often their object (ik zie de verschillen;
  // laten in this list broke twenty batteries).
  bool only_infinitive_after_modal(std::size_t w) {
    for (std::size_t v = w; v-- > clause_start[w];) {
      if (modal_or_like(v)) return true;
      if (infos[v].shape == VerbShape::infinitive || infos[v].context == ContextWord::te) return false;
    }
    return false;
  }

  // Whether word w ends in -e as an adjective before its noun does (een
  // goeie vorm, de laatste maanden, vermiste katten): not a noun in -e that
  // is no adjective's or participle's form (bij de bushalte wachten), also
  // one in -tie that nl.dic lists with no plural (de politie gebeld; an
  // adjective may be listed so too: een fulltime baan, een goeie vorm), nor
  // a diminutive, which nl.dic does not list (een balletje trappen).
  bool adjective_ending_e(std::size_t w) {
    if (!norm(w).ends_with('e') || norm(w).ends_with("je")) return false;
    const std::string_view n = norm(w);
    return adjective_with_e(w) || (!lexicon::noun(n) && !(n.ends_with("tie") && lexicon::entry(n)));
  }

  // Word w opens the main clause after a subordinate clause put first, its
  // comma between (Als het regent, blijven we binnen; Wie niet meekomt, mist
  // de helft): the main clause's finite verb stands there.
  bool after_clause_put_first(std::size_t w) const {
    return w > 0 && w == clause_start[w] && words[w] > 0 && tokens[words[w] - 1].norm == "," &&
           infos[clause_start[w - 1]].info->subordinate && opens_sentence(clause_start[w - 1]);
  }

  // Whether a word after w in its clause may be a finite verb: an
  // auxiliary, a modal, a finite form or a stem in -t, a noun's letters too
  // (loopt, zit).
  bool may_be_finite_after(std::size_t w) const {
    for (std::size_t v = w + 1; v < clause_end[w]; ++v)
      if (is_one_of({ContextWord::auxiliary, ContextWord::modal}, infos[v].context) ||
          (infos[v].finite && infos[v].shape == VerbShape::finite) ||
          (infos[v].shape == VerbShape::stem && norm(v).ends_with('t')))
        return true;
    return false;
  }

  // Whether a clause after word w's takes it up after a comma by a pointing
  // word, past clauses with no verb between (Die inzet van de stagiairs,
  // daar sta ik van te kijken; Die stunt van vorige week, van het dak af,
  // die kon echt niet).
  bool taken_up_after_comma(std::size_t w) const {
    for (std::size_t next = clause_end[w]; next < words.size() && tokens[words[next] - 1].norm == ",";
         next = clause_end[next]) {
      if (is_one_of({"die", "dat", "daar", "dan", "dit", "deze"}, norm(next))) return true;
      if (!no_verb_after(next)) return false;
    }
    return false;
  }

  // Whether a finite verb stands in word w's clause from w on.
  bool finite_after(std::size_t w) const {
    if (w >= words.size()) return false;  // past the last word (Geniet van)
    for (std::size_t v = w; v < clause_end[w]; ++v)
      if (clearly_finite(v) || infos[v].context == ContextWord::modal) return true;
    return false;
  }

  // Whether w names a month.
  static bool month(std::string_view w) {
    return std::find(calendar::kMonths.begin(), calendar::kMonths.end(), w) != calendar::kMonths.end();
  }

  // Whether no word from w to its clause's end may be a verb (a
  // prepositional phrase put after the verb cluster: aan beleggers), an
  // om ... te clause aside (Het kost soms weken om een gast uit te plaatsen).
  bool no_verb_after(std::size_t w) const {
    for (std::size_t v = w; v < clause_end[w] && !opens_te_clause(v); ++v)
      if (infos[v].info->verb) return false;
    return true;
  }

  // Whether `word` stands before word w in its clause.
  bool word_before_in_clause(std::size_t w, std::string_view word) const {
    for (std::size_t v = clause_start[w]; v < w; ++v)
      if (norm(v) == word) return true;
    return false;
  }

  bool modal_before(std::size_t w) const {
    for (std::size_t v = clause_start[w]; v < w; ++v)
      if (infos[v].context == ContextWord::modal) return true;
    return false;
  }

  // A form of laten stands before word w in its clause, whose infinitive
  // ends it as a modal's does (wij laten ons niet kisten).
  bool laten_before(std::size_t w) {
    for (std::size_t v = clause_start[w]; v < w; ++v)
      if (form_of(v, {"laten"})) return true;
    return false;
  }

  // A word of degree, before an adjective (heel dicht, erg betrokken).
  static bool degree_word(std::string_view w) {
    return is_one_of({"heel", "erg", "te", "zo", "nogal", "behoorlijk", "tamelijk", "hartstikke", "ontzettend", "zeer", "vrij"},
                     w);
  }

  // A finite form of hebben or worden (or, `or_zijn`, zijn) stands before
  // word w in its clause: a participle may make the perfect or the passive
  // with it.
  bool auxiliary_before(std::size_t w, bool or_zijn = false) {
    for (std::size_t v = clause_start[w]; v < w; ++v)
      if (infos[v].finite && (or_zijn ? form_of(v, {"hebben", "worden", "zijn"}) : form_of(v, {"hebben", "worden"})))
        return true;
    return false;
  }

  // A subject pronoun stands before word w in its clause (or, in a clause
  // that a conjunction opens, an article not right before it), and no other
  // word of the clause is a form that can be finite, but for one after an
  // article or a preposition, where it is a noun (voor het bestuur).
  bool only_finite_after_subject(std::size_t w) const {
    bool subject = false;
    for (std::size_t v = clause_start[w]; v < clause_end[w]; ++v) {
      if (v == w) continue;
      if (infos[v].finite &&
          !(v > clause_start[v] && is_one_of({ContextWord::determiner, ContextWord::het, ContextWord::preposition},
                                             infos[v - 1].context)))
        return false;
      subject |= v < w && subject_pronoun(infos[v].context);
      // in a clause that a conjunction opens, a noun with its article too
      // (dat de gemeente eindelijk iets opzet voor de jongeren)
      subject |= v + 1 < w && infos[clause_start[w]].info->subordinate &&
                 is_one_of({ContextWord::determiner, ContextWord::het}, infos[v].context);
    }
    return subject;
  }

  // Word w is a participle and no other verb form or noun (gedaan, gemaakt).
  bool only_participle(std::size_t w) {
    if (!infos[w].info->verb || infos[w].info->noun) return false;
    const auto& verbs = lemmatiser.lookup(norm(w)).verbs;
    return std::all_of(verbs.begin(), verbs.end(), [](const VerbReading& v) { return (v.forms & ~kListed) == kParticiple; });
  }

  // Word w is a regular verb's present in -t and no stem nor past of any verb
  // (last: lassen; not zet, wacht, fietste; nor weet, whose table form ik
  // takes), a form that ik never takes.
  bool only_present_in_t(std::size_t w) {
    if (!norm(w).ends_with('t')) return false;
    const auto& verbs = lemmatiser.lookup(norm(w)).verbs;
    return !verbs.empty() && std::none_of(verbs.begin(), verbs.end(), [](const VerbReading& v) {
      return (v.forms & (kStem | kPast | kInfinitive | kParticiple | kListed)) != 0;
    });
  }

  // Word w is a verb's stem and no other form of a verb (tegenwind; not
  // uitbesteed, a participle too).
  bool only_stem(std::size_t w) {
    const auto& verbs = lemmatiser.lookup(norm(w)).verbs;
    return !verbs.empty() && std::ranges::all_of(verbs, [](const VerbReading& v) { return (v.forms & ~kStem) == 0; });
  }

  // Word w may be a participle (verplicht, gebruikt).
  bool participle(std::size_t w) const { return infos[w].info->participle; }

  // Word w, read as a noun, as a verb's form: a participle before its noun
  // (attributive_participle), or an infinitive after het, dat or dit and
  // their adjectives, or right after a preposition and no noun's plural,
  // that nl.dic lists as no noun with a plural of its own, the action its
  // verb names (het douchen, bij het kaarten, dat eindeloze scrollen, een
  // kwestie van toegrijpen; not het leven, met fietsen).
  VerbalNoun verbal_noun(std::size_t w) {
    if (attributive_participle(w)) return VerbalNoun::participle;
    if (!nominal_infinitive(w) || listed_noun(w)) return VerbalNoun::none;
    if (infos[w - 1].context == ContextWord::preposition && !plural_noun(w)) return VerbalNoun::infinitive;
    std::size_t v = w - 1;
    while (v > clause_start[w] && infos[v].context == ContextWord::adjective) --v;
    return is_one_of({"het", "'t", "dat", "dit"}, norm(v)) ? VerbalNoun::infinitive : VerbalNoun::none;
  }

  // Word w, read as a noun, is a participle before its noun, the verb's
  // adjective (de afgekoppelde woningen, de ingeblazen parels, die
  // kapotgemaakte bankjes): not a noun itself (het bericht, die bedragen),
  // nor an adjective of its own (een ingewikkelde regel, de afgelopen
  // weken), nor a word with no noun after it in its clause (een verdachte).
  bool attributive_participle(std::size_t w) {
    if (!participle(w) || w + 1 >= clause_end[w] || is_one_of({"afgelopen", "verleden"}, norm(w))) return false;
    const Lemmas& l = lemmatiser.lookup(norm(w));
    const std::string_view base = norm(w).ends_with('e') ? norm(w).substr(0, norm(w).size() - 1) : norm(w);
    // (its nominal lemmas are itself, uninflected or not, and its verb's infinitive)
    auto own = [&](const std::string& n) {
      return n == l.norm || n == base ||
             std::any_of(l.verbs.begin(), l.verbs.end(), [&](const VerbReading& v) { return v.infinitive == n; });
    };
    // (an adjective nl.dic inflects only as a participle stays the verb's
    // where so inflected: verouderd/VeAb, de verouderde telefoon; not
    // bekend/Aa, de bekende weg, nor uninflected, een opgeruimd type)
    const bool adjective = listed_adjective(w) || lexicon::adjective(base);
    auto participle_only = [&] {
      return base.size() < norm(w).size() && lexicon::participle(base) && !lexicon::inflected_adjective(base);
    };
    if (l.noun || !std::all_of(l.nominal.begin(), l.nominal.end(), own) || (adjective && !participle_only()))
      return false;
    return noun_word(infos[w + 1], norm(w + 1)) || plural_noun(w + 1) || norm(w + 1).ends_with("je") ||
           norm(w + 1).ends_with("jes") || compound_of_nouns(w + 1);
  }

  // Word w is a compound nl.dic has no entry for but hunspell makes from
  // its parts, and no verb form nor adjective: a noun (zandgrond,
  // deelscooter), as the list's compounds end in one.
  bool compound_of_nouns(std::size_t w) {
    const Lemmas& l = lemmatiser.lookup(norm(w));
    return l.known && l.verbs.empty() && !l.adjective && !l.inflected_adjective && !lexicon::entry(norm(w)) &&
           infos[w].context == ContextWord::no_verb;
  }

  // A word that is a noun: a stem nl.dic has as one, or a word that is no
  // verb form and that nl.dic lists as a noun (hond, huis).
  static bool noun_word(const WordInfo& word, std::string_view norm) {
    // (and a diminutive in -je, for which the word list has no entry: in dat tuintje, aan dat wilgenhutje)
    return word.info->noun || (word.context == ContextWord::no_verb && lexicon::noun(norm)) ||
           (norm.ends_with("je") && !word.info->verb && is_one_of({ContextWord::no_verb, ContextWord::other}, word.context));
  }

  // Word w is a strong verb's participle in -en, which stays uninflected
  // before its noun (de afgelopen maanden, de gekozen leden).
  bool strong_participle(std::size_t w) const { return norm(w).ends_with("en") && participle(w); }

  // Word w ends in -en or -s and is also a noun's plural (maanden: maand,
  // onderwerpen: onderwerp by spelling, bewoners: bewoner).
  bool plural_noun(std::size_t w) {
    if (!norm(w).ends_with("en") && !norm(w).ends_with('s')) return false;
    const Lemmas& l = lemmatiser.lookup(norm(w));
    return !l.singular.empty() ||
           std::any_of(l.nominal.begin(), l.nominal.end(), [&](const std::string& n) { return n != norm(w); });
  }

  // Word w is a verb's past form and no other verb form.
  bool only_past(std::size_t w) {
    const auto& verbs = lemmatiser.lookup(norm(w)).verbs;
    return !verbs.empty() && std::all_of(verbs.begin(), verbs.end(), [](const VerbReading& v) {
      return (v.forms & kPast) && !(v.forms & ~(kPast | kListed));
    });
  }

  // Word w, a plural, stands in a list after a comma whose word before it
  // is a plural read as no verb, and before en, of or another comma.
  bool in_list_of_plurals(std::size_t w) {
    if (w == 0 || tokens[words[w] - 1].norm != ",") return false;
    const bool before_next = w + 1 < words.size() && (is_one_of({"en", "of"}, norm(w + 1)) ||
                                                      (words[w] + 1 < tokens.size() && tokens[words[w] + 1].norm == ","));
    return before_next && plural_noun(w) && plural_noun(w - 1) && !infos[w - 1].info->verb;
  }

  // Word w, in -e, is an adjective's or a participle's inflection (grote,
  // aangepaste, verschillende), not a noun in -e (vakantie).
  bool adjective_with_e(std::size_t w) {
    const Lemmas& l = lemmatiser.lookup(norm(w));
    return l.inflected_adjective || std::any_of(l.verbs.begin(), l.verbs.end(), [](const VerbReading& v) {
             return (v.forms & (kParticiple | kPresentParticiple)) != 0;
           });
  }

  // Word w is the form of a verb that agrees with the subject opening its
  // main clause: a noun with only articles, numbers and adjectives before it
  // (and maybe a prepositional phrase after it),
  // and w an infinitive's form after a plural (andere gemeenten kiezen
  // ervoor, de jongeren vragen om hulp), a form in -t after a singular
  // (onze hond bijt niet).
  bool after_noun_subject(std::size_t w) {
    const std::size_t start = clause_start[w];
    // die or dat opening a sentence points (Die scooters scheuren ...); elsewhere it may be relative
    if (w == start ||
        (infos[start].info->subordinate && !(opens_sentence(start) && infos[start].context == ContextWord::demonstrative)) ||
        infos[w - 1].context != ContextWord::no_verb)
      return false;
    // the subject's noun, maybe with a prepositional phrase after it (de kat
    // van de buren zit, die bedragen op die aanmaning kloppen)
    const std::size_t head = noun_phrase_end(start, w - 1);
    if ((head != w - 1 && !(head + 2 < w && infos[head].context == ContextWord::no_verb &&
                            infos[head + 1].context == ContextWord::preposition && noun_phrase_words(head + 2, w - 1))) ||
        (only_adjective(head) && is_one_of({ContextWord::determiner, ContextWord::het}, infos[start].context)))
      return false;
    if (plural_noun(head)) return infos[w].shape == VerbShape::infinitive;
    // (not a separable verb's stem written whole, which a main clause splits:
    // tien jaar inzet van vrijwilligers)
    return (head > start || is_one_of({"iedereen", "alles", "iets", "niets", "niks"}, norm(head))) &&
           norm(w).ends_with('t') && infos[w].shape != VerbShape::infinitive && !infos[w].info->separable_stem;
  }

  // Whether the words of w's clause before it are a prepositional phrase
  // that opens the clause, or two in a row: a preposition, an article,
  // determiner, number or ons, maybe adjectives, and one noun (op ons dak,
  // in de oude tuin, over het vlees bij de maaltijd; not na constructief
  // overleg, met als doel, whose noun may be w itself), maybe after want or
  // after an en that joins it to a phrase before it with no verb of its own
  // (in de badkamer en achter de kast zit schimmel; not konden vooraf en
  // tijdens de bijeenkomst vragen stellen).
  bool fronted_phrase_before(std::size_t w) const {
    std::size_t start = clause_start[w];
    if (norm(start) == "want" || (norm(start) == "en" && !finite_in_sentence_before(start))) ++start;
    if (w < start + 3 || infos[w - 1].context != ContextWord::no_verb) return false;
    auto before_noun = [&](std::size_t v) { return noun_phrase_words(v, v + 1) || norm(v) == "ons"; };
    for (std::size_t p = start, phrases = 0; phrases < 2; ++phrases) {
      if (p + 2 >= w || infos[p].context != ContextWord::preposition ||
          !(is_one_of({ContextWord::determiner, ContextWord::het, ContextWord::demonstrative, ContextWord::number},
                      infos[p + 1].context) ||
            norm(p + 1) == "ons"))
        return false;
      std::size_t noun = p + 1;
      while (noun < w && before_noun(noun)) ++noun;
      if (noun + 1 == w) return true;
      if (noun >= w || infos[noun].context != ContextWord::no_verb) return false;
      p = noun + 1;
    }
    return false;
  }

  // Whether a modal stands before word w with up to three words between
  // that say nothing of their neighbours and are no verb form, or an
  // adjective's stem, an adverb there (ff, nu, echt; not verschillende).
  bool modal_before_adverbs(std::size_t w) {
    for (std::size_t v = w; v-- > clause_start[w] && v + 4 >= w;) {
      if (infos[v].context == ContextWord::modal) return v + 1 < w;
      if (!plain(infos[v].context) || (infos[v].info->verb && !lemmatiser.lookup(norm(v)).adjective))
        return false;
    }
    return false;
  }

  // Whether word w's clause, with no subject pronoun after it, ends in an
  // infinitive that w's verb takes bare (kom 's ochtends eens kijken, ga
  // maar zitten).
  bool imperative_with_infinitive(std::size_t w) {
    const std::size_t last = clause_end[w] - 1;
    if (last <= w + 1 || infos[last].shape != VerbShape::infinitive || !takes_bare_infinitive(w)) return false;
    for (std::size_t v = w + 1; v < last; ++v)
      if (subject_pronoun(infos[v].context) || infos[v].finite) return false;
    return true;
  }

  bool takes_bare_infinitive(std::size_t w) {
    const auto& verbs = lemmatiser.lookup(norm(w)).verbs;
    return infos[w].context == ContextWord::modal ||
           std::any_of(verbs.begin(), verbs.end(),
                       [](const VerbReading& r) { return draad::takes_bare_infinitive(r.infinitive); });
  }

  // Whether a finite verb stands before word w in its clause that takes no
  // bare infinitive: an auxiliary (zijn, hebben, wordt) or another finite
  // form; with `but_zijn`, not a form of zijn, whose predicate an
  // infinitive may be (samen leven is samen werken) and whose letters a
  // possessive has (in zijn kracht zetten).
  // A plural form before its subject pronoun is finite too (missen we nog
  // onderwerpen).
  bool lexical_verb_before(std::size_t w, bool but_zijn = false) {
    for (std::size_t v = clause_start[w]; v < w; ++v)
      if ((clearly_finite(v) || plural_before_subject(v, w)) && !takes_bare_infinitive(v) &&
          !(but_zijn && form_of(v, {"zijn"})))
        return true;
    return false;
  }

  // Word v, a form spelled as an infinitive, right before its subject
  // pronoun, which stands before word w: the finite plural (missen we).
  bool plural_before_subject(std::size_t v, std::size_t w) const {
    return infos[v].shape == VerbShape::infinitive && infos[v].finite && v + 1 < w &&
           subject_pronoun(infos[v + 1].context);
  }

  // Whether a plural verb form right after its plural subject pronoun, no
  // auxiliary nor modal, stands in w's sentence before it (ze roven, we
  // maaien; not we hebben zorgen).
  bool plural_verb_in_sentence_before(std::size_t w) const {
    for (std::size_t v = w; v > 0 && !opens_sentence(v);) {
      --v;
      if (infos[v].shape == VerbShape::infinitive && infos[v].finite && v > 0 &&
          !is_one_of({ContextWord::auxiliary, ContextWord::modal}, infos[v].context) &&
          is_one_of({"ze", "zij", "we", "wij", "jullie"}, norm(v - 1)))
        return true;
    }
    return false;
  }

  // Whether the first finite verb in w's clause before it is a lexical one,
  // or zijn right before er (missen we nog onderwerpen, zijn er ook
  // vooroordelen): no auxiliary or modal, whose participle or infinitive w may be.
  bool plural_after_verb(std::size_t w) {
    for (std::size_t v = clause_start[w]; v < w; ++v) {
      // (a plural form is finite beside its subject pronoun: jullie noemen, missen we)
      const bool beside_subject = plural_before_subject(v, w) ||
                                  (infos[v].shape == VerbShape::infinitive && infos[v].finite && v > clause_start[w] &&
                                   subject_pronoun(infos[v - 1].context));
      if (!clearly_finite(v) && !beside_subject) continue;
      if (takes_bare_infinitive(v)) return false;  // je kan iemand uit zijn huis zetten
      if (infos[v].context != ContextWord::auxiliary) return true;
      return form_of(v, {"zijn"}) && v + 1 < w && norm(v + 1) == "er";
    }
    return false;
  }

  // Whether a finite verb stands in w's sentence before it: a clearly finite
  // one, a modal, or one that opens the sentence (Houd het open).
  bool finite_in_sentence_before(std::size_t w) const {
    for (std::size_t v = w; v > 0 && !opens_sentence(v);) {
      --v;
      if (clearly_finite(v) || infos[v].context == ContextWord::modal || (opens_sentence(v) && infos[v].finite))
        return true;
    }
    return false;
  }

  // Whether word w is a finite verb whatever it is read as: an auxiliary or
  // a form that is finite only and no noun's.
  bool clearly_finite(std::size_t w) const {
    return infos[w].context == ContextWord::auxiliary ||
           (infos[w].shape == VerbShape::finite && infos[w].finite && !infos[w].ambiguous);
  }

  // Word w ends its clause right after the als or dan of a comparison, as
  // what is compared (twee keer zoveel als klepelen, net zo snel als lopen,
  // liever dan hooien).
  bool compared(std::size_t w) const {
    auto compares = [](std::string_view word) {
      return is_one_of({"zoveel", "evenveel", "meer", "minder", "liever", "eerder"}, word) ||
             (word.ends_with("er") && lexicon::adjective(word));
    };
    return w + 1 == clause_end[w] && w >= 2 && is_one_of({"als", "dan"}, norm(w - 1)) &&
           (compares(norm(w - 2)) || (w >= 3 && is_one_of({"zo", "even"}, norm(w - 3)) && listed_adjective(w - 2)));
  }

  // Word w, an infinitive whose only lemma is itself (eten, leven) and no
  // modal or auxiliary, is the noun made of it, whose lemma is the same,
  // where an article, a quantity, an adjective or a preposition that is no
  // particle stands before it (het leven is duur, na het eten, veel eten,
  // lekker eten, zonder eten): what a term limited to nouns or verbs (`as`)
  // asks. het is an article at the clause's start before no subject (Het
  // eten was lekker; not Het eten we op) and after a preposition but the
  // aan of the progressive (we zijn aan het eten); not before a subject
  // pronoun, whose verb it is (om half acht gooien ze de straat dicht).
  bool nominal_infinitive(std::size_t w) const {
    if (infos[w].shape != VerbShape::infinitive || w == clause_start[w] || !plain(infos[w].context)) return false;
    const bool subject_after = w + 1 < clause_end[w] && subject_pronoun(infos[w + 1].context);
    if (compared(w)) return true;
    switch (infos[w - 1].context) {
      case ContextWord::determiner:
      case ContextWord::adjective: return true;
      // (and after an article's uninflected adjective: een nieuw onderkomen;
      // not one that is a noun too, the infinitive's object: een week
      // vergeten, een net uitgooien; nor een ander)
      case ContextWord::no_verb:
        return w - 1 > clause_start[w] && infos[w - 2].context == ContextWord::determiner && listed_adjective(w - 1) &&
               !infos[w - 1].info->verb && !lexicon::noun(norm(w - 1)) && norm(w - 1) != "ander";
      case ContextWord::quantifier:  // not vier op de tien drinken
        return !no_longer(w - 1) && !share_ends_before(w) && !subject_after;
      // (not langs kunnen komen, nor after a preposition an r-word left
      // stranded, the modal's verb: daar moet je van bekomen)
      case ContextWord::preposition:
        return !infos[w - 1].particle && !modal_infinitive_after_objectless_preposition(w);
      case ContextWord::het: {
        if (w - 1 == clause_start[w]) return !subject_after;
        return infos[w - 2].context == ContextWord::preposition && norm(w - 2) != "aan";
      }
      // (and after a dat or dit that opens the clause before its finite
      // verb or its van-phrase: Dat afgrenzen klinkt mooi, Dat zwiepen van
      // die wieken hoor je overal; not Dat doen we niet)
      case ContextWord::demonstrative:
        return w - 1 == clause_start[w] && is_one_of({"dat", "dit"}, norm(w - 1)) && w + 1 < clause_end[w] &&
               ((infos[w + 1].finite && infos[w + 1].shape == VerbShape::finite) || norm(w + 1) == "van");
      default: return false;
    }
  }

  // Words that may be a verb or a noun (regel) read as their neighbours in
  // the clause say (lemma.h: reading_in_context).
  void read_in_context() {
    for (std::size_t w = 0; w < words.size(); ++w) {
      if (own_infinitive(w)) {
        if (notes) readings[w] = Reading::verb;
        infos[w] = info_read_as(tokens[words[w]], *infos[w].info, Reading::verb, VerbalNoun::none, true);
        continue;
      }
      if (degree_participle(w)) {
        if (notes) readings[w] = Reading::noun;
        infos[w] = info_read_as(tokens[words[w]], *infos[w].info, Reading::noun);
        continue;
      }
      // (and so is a form that is also a plural after the het that opens
      // its clause, which no subject het takes: Het leeglopen van het
      // platteland)
      const bool after_opening_het =
          w > clause_start[w] && w - 1 == clause_start[w] && infos[w - 1].context == ContextWord::het;
      if (!infos[w].ambiguous || after_opening_het || compared(w)) {
        if (nominal_infinitive(w)) {
          // (its lemma the infinitive, not a plural's singular: plaatsen, not plaats)
          if (notes) readings[w] = infos[w].ambiguous ? Reading::verb : Reading::noun;
          infos[w] = info_read_as(tokens[words[w]], *infos[w].info, Reading::noun, verbal_noun(w));
          continue;
        }
        if (!infos[w].ambiguous) continue;
      }
      ContextWord previous = w > clause_start[w] ? infos[w - 1].context : ContextWord::edge;
      // the numeral één is an article to the word after it (met één swipe),
      // though not to what follows that (één voor één af, één extra dokter)
      if (w > clause_start[w] && norm(w - 1) == "één") previous = ContextWord::determiner;
      // After an inverted subject (Wat heeft u nodig?) the finite verb has
      // been: the word is not the subject's verb.
      // An infinitive there is the verb of that verb where it is a modal and
      // no other infinitive follows (vaak zul je merken dat, kun je helpen;
      // not moeten we ons zorgen maken).
      if (subject_pronoun(previous) && w - 1 > clause_start[w]) {
        if (infos[w - 2].context == ContextWord::modal && infos[w].shape == VerbShape::infinitive &&
            !(w + 1 < clause_end[w] && infos[w + 1].shape == VerbShape::infinitive))
          previous = ContextWord::modal;
        else if (previous == ContextWord::subject && infos[w - 2].finite)
          previous = ContextWord::other;
      }
      // a bare stem that is no participle but a noun's or an adjective's
      // too and no name, after its clause's finite verb, with no ik or je
      // beside it and no coordinator before it, is no verb form of its own (Het
      // plafond is nog wit, ze hebben gewoon lak aan ons; not dan wit ik de
      // muur, wit je de muur, ik schuur en wit)
      // (the word list asked last, once the clause has said the rest)
      if (infos[w].shape == VerbShape::stem && !infos[w].info->participle && w > clause_start[w] &&
          plain(infos[w].info->context) && !capitalised(w) && previous != ContextWord::coordinator &&
          norm(w - 1) != "ik" &&
          !(w + 1 < clause_end[w] && (norm(w + 1) == "ik" || infos[w + 1].context == ContextWord::je ||
                                      subject_pronoun(infos[w + 1].context))) &&
          finite_verb_between(clause_start[w], w) &&
          (infos[w].info->noun || listed_noun(w) || listed_adjective(w)))
        previous = ContextWord::determiner;
      // after a subject pronoun other than ik a bare stem is no verb form,
      // but one in -t or -d, also the third person (of we gebruik maken van,
      // dat jullie plan; hij zet); ze, u and jullie may be objects of an ik
      // before them (dat ik u onderbreek)
      if (previous == ContextWord::subject && infos[w].shape == VerbShape::stem && !third_person_stem(norm(w)) &&
          (is_one_of({"hij", "zij", "wij", "we", "men", "ie"}, norm(w - 1)) ||
           (is_one_of({"ze", "u", "jullie"}, norm(w - 1)) && !subject_before(w - 1))))
        previous = ContextWord::determiner;
      // ik takes no present in -t: a noun after it is no verb of its subject
      // (omdat ik last heb van mijn hart; but ik wordt, a common slip, stays
      // the verb)
      if (previous == ContextWord::subject && norm(w - 1) == "ik" && only_present_in_t(w) &&
          (infos[w].info->noun || listed_noun(w)))
        previous = ContextWord::determiner;
      // je right after a preposition is a possessive (voor je buurt, op je
      // werk, met je buren): the word after it is its noun; but a finite form
      // that is no noun ending the clause is its verb, je the preposition's
      // object (als er een agent naast je staat)
      if (previous == ContextWord::je && w >= clause_start[w] + 2 &&
          infos[w - 2].context == ContextWord::preposition &&
          !(w + 1 == clause_end[w] && infos[w].shape == VerbShape::finite && !infos[w].info->noun))
        previous = ContextWord::determiner;
      // a je that opens the sentence before a noun and its finite verb is
      // that noun's possessive (Je buurt is mooi, Je plant staat daar; a
      // clause with je for its subject has its verb first: Je weet het)
      if (previous == ContextWord::je && w - 1 == clause_start[w] && opens_sentence(w - 1) &&
          (infos[w].info->noun || plural_noun(w)) && w + 1 < clause_end[w] &&
          (is_one_of({ContextWord::auxiliary, ContextWord::modal}, infos[w + 1].context) ||
           (infos[w + 1].finite && infos[w + 1].shape == VerbShape::finite)))
        previous = ContextWord::determiner;
      // ons opening the sentence is the possessive, an object there being
      // rare (Ons bedrijf ligt stil, Ons huis staat leeg)
      if (w == clause_start[w] + 1 && opens_sentence(w - 1) && norm(w - 1) == "ons")
        previous = ContextWord::determiner;
      // after a je that is no inverted subject, a stem in -t that no verb
      // follows is that je's verb, its third person's form (je zit zo onder
      // de bulten, als je daar zit; not je buurt is mooi, heb je feest gehad)
      if (previous == ContextWord::je && infos[w].shape == VerbShape::stem && norm(w).ends_with('t') &&
          !(w >= clause_start[w] + 2 && infos[w - 2].finite) &&
          (w + 1 >= clause_end[w] || (!infos[w + 1].finite && !is_one_of({ContextWord::auxiliary, ContextWord::modal},
                                                                          infos[w + 1].context))))
        previous = ContextWord::subject;
      // after a bare adjective that follows een a stem or an infinitive is
      // that adjective's noun (een goed onderhoud, Het achterstallig
      // onderhoud kost veel); not a finite form (na een week was het, een
      // ander merkte op), nor a participle that ends an auxiliary's clause
      // (heb ik als een gek gesprint)
      if (w >= clause_start[w] + 2 && infos[w].shape != VerbShape::finite && bare_adjective_after_article(w - 1) &&
          !(infos[w].info->participle && w + 1 == clause_end[w] && auxiliary_before(w - 1)))
        previous = ContextWord::determiner;
      // a preposition that an r-word earlier in the clause left stranded
      // takes no noun: an infinitive after it that ends a modal's clause is
      // the modal's verb (daar moet je echt van bekomen), a participle that
      // ends an auxiliary's the auxiliary's (ze hebben er niks van
      // gebakken: no gebak)
      // and so does one a noun phrase before it took as its postposition
      // (is het bos in gelopen)
      if (previous == ContextWord::preposition && w + 1 == clause_end[w]) {
        if (infos[w].shape == VerbShape::infinitive && modal_infinitive_after_objectless_preposition(w))
          previous = ContextWord::modal;
        else if (infos[w].info->participle && (verb_and_r_word_before(w - 1, ContextWord::auxiliary) ||
                                               (postposition_after_noun(w - 1) && auxiliary_before(w, true))))
          previous = ContextWord::auxiliary;
      }
      // a word that opens clauses but not this one says nothing (the adverb
      // maar), but a comparing als joins as en does (Taal als
      // gemeenschappelijke deler: no imperative); the om of an om ... te
      // clause ends this one (een vijver graven om het water op te vangen)
      ContextWord next = w + 1 >= clause_end[w]       ? (ends_subordinate_clause(w) ? ContextWord::verb_final : ContextWord::edge)
                         : opens_te_clause(w + 1)      ? ContextWord::edge
                         : !infos[w + 1].clause_opener ? infos[w + 1].context
                         : is_one_of({"als", "zoals"}, norm(w + 1)) ? ContextWord::coordinator
                                                                     : ContextWord::other;
      // a finite form that is no noun after it is a verb as an auxiliary is
      // (Sport verbindt mensen, dat hij werk zoekt); neither is, where a
      // subject pronoun follows it, opening the main clause after this one
      // (als ik werk ben ik moe)
      bool main_clause_after = false;
      if (w + 1 < clause_end[w]) {
        const WordInfo& after = infos[w + 1];
        const bool finite =
            after.shape == VerbShape::finite && after.finite && !after.info->noun;  // not feest
        main_clause_after = w + 2 < clause_end[w] &&
                            (next == ContextWord::auxiliary || next == ContextWord::modal || finite) &&
                            subject_pronoun(infos[w + 2].context);
        if (main_clause_after)
          next = ContextWord::other;
        else if (finite && plain(next))
          next = ContextWord::auxiliary;
        // zijn before a word that is no verb of a cluster is the
        // possessive, no auxiliary (Hij zet zijn fiets ...; not dat ze hulp
        // zijn gaan halen)
        else if (norm(w + 1) == "zijn" && w + 2 < clause_end[w] && possessive_before(infos[w + 2]))
          next = ContextWord::determiner;
      }
      // after het, or a wat, dat, die or dit that may be the subject (not
      // after a preposition, which it points for), a stem in -t or -d, which
      // is the third person's form too, before an article, a number, a
      // quantity, om or an object pronoun is that subject's verb (het kost
      // een vermogen, hoeveel tijd het kost om ..., Wat kost een brood, Dit
      // kost veel geld, Het spijt me; not het feest gaat door)
      // (and after a name that opens its clause: Fatima zet de thee, Joost
      // zit de corporatie achter de vodden; or any name before an object
      // pronoun: Het scheren van meneer Jansen kost me een kwartier)
      // (a stretch of time after it too: en dat kost maanden)
      const bool object_pronoun_after =
          w + 1 < words.size() && (object_pronoun(norm(w + 1)) || norm(w + 1) == "u");
      if ((previous == ContextWord::het ||
           (previous == ContextWord::demonstrative && is_one_of({"wat", "dat", "die", "dit"}, norm(w - 1)) &&
            !(w >= 2 && infos[w - 2].context == ContextWord::preposition)) ||
           (w > clause_start[w] && name_word(w - 1) && (w - 1 == clause_start[w] || object_pronoun_after))) &&
          infos[w].shape == VerbShape::stem && third_person_stem(norm(w)) && w + 1 < words.size() &&
          (is_one_of({ContextWord::determiner, ContextWord::number, ContextWord::quantifier}, infos[w + 1].context) ||
           is_one_of({"om", "minstens", "ongeveer", "maar"}, norm(w + 1)) || object_pronoun_after ||
           // (and zijn or haar before a noun, a possessive: Harm zet zijn weegschaal op de tafel)
           (is_one_of({"zijn", "haar"}, norm(w + 1)) && w + 2 < clause_end[w] && possessive_before(infos[w + 2]) &&
            !infos[w + 2].info->verb) ||
           time_unit(norm(w + 1)) ||
           // (a negation or an adverb where het or dat opens the clause and
           // no verb follows: Dat slijt nooit, Het zet niet door)
           (w - 1 == clause_start[w] && w + 1 < clause_end[w] &&
            (infos[w + 1].negation || middle_field_adverb(norm(w + 1))) && no_verb_after(w + 1)) ||
           // (te before a quantity: dat kost te veel; and after a wat or
           // another question word that asks, the subject after it, or the
           // daar or er of a subject put later: wat kost dat, wat kost het,
           // Wat vreet daar aan mijn bonen, Hoe zit dat)
           (norm(w + 1) == "te" && w + 2 < words.size() && infos[w + 2].context == ContextWord::quantifier) ||
           // (or after the coordinator that opens it: maar wat kost het)
           (question_word(norm(w - 1)) &&
            (w - 1 == clause_start[w] ||
             (w - 2 == clause_start[w] && infos[w - 2].context == ContextWord::coordinator)) &&
            (is_one_of({ContextWord::demonstrative, ContextWord::het, ContextWord::subject}, infos[w + 1].context) ||
             is_one_of({"daar", "er"}, norm(w + 1))))))
        previous = ContextWord::subject;
      // het right after the conjunction that opens a subordinate clause,
      // before a word and a finite verb that ends the clause, is the word's
      // article, the word that verb's subject (als het bad sluit; not als
      // het regent)
      if (previous == ContextWord::het && w >= clause_start[w] + 2 && w - 2 == clause_start[w] &&
          infos[w - 2].info->subordinate && w + 2 == clause_end[w] && infos[w + 1].finite &&
          is_one_of({VerbShape::finite, VerbShape::stem}, infos[w + 1].shape) && norm(w + 1).ends_with('t'))
        previous = ContextWord::determiner;
      // jullie before a plural and a verb's plural is the possessive (Jullie
      // lijnen hangen scheef; not jullie lijnen de baan af)
      if (previous == ContextWord::subject && norm(w - 1) == "jullie" && infos[w].shape == VerbShape::infinitive &&
          w + 1 < clause_end[w] && infos[w + 1].info->verb && !infos[w + 1].ambiguous &&
          is_one_of({VerbShape::infinitive, VerbShape::finite}, infos[w + 1].shape))
        previous = ContextWord::determiner;
      // onze after de or het stands for a noun itself (een buurt als de onze
      // is ...): the word after it is its verb
      if (previous == ContextWord::determiner && norm(w - 1) == "onze" && w >= clause_start[w] + 2 &&
          is_one_of({"de", "het"}, norm(w - 2)))
        previous = ContextWord::subject;
      // a die, deze or dit right after a preposition, where it opens no
      // clause, points (met die inbraken, na die inbraken, van deze buren;
      // but kom je iemand tegen die werkt: a relative clause)
      if (previous == ContextWord::demonstrative && is_one_of({"die", "deze", "dit"}, norm(w - 1)) &&
          w >= clause_start[w] + 2 && infos[w - 2].context == ContextWord::preposition)
        previous = ContextWord::determiner;
      // a noun right after deze or dit, or after a die or dat that opens the
      // sentence, before a finite verb is that verb's subject, no verb
      // itself (in deze buurt is geen speeltuin, Die buurt wordt mooier; not
      // iemand die werkt heeft minder tijd)
      if (previous == ContextWord::demonstrative && infos[w].info->noun &&
          is_one_of({ContextWord::auxiliary, ContextWord::modal}, next) &&
          (is_one_of({"deze", "dit"}, norm(w - 1)) || opens_sentence(w - 1)))
        previous = ContextWord::determiner;
      // and so is one after deze or dit, which open no clause, with no
      // object after it (Deze buurt?, ik weet wat deze buurt nodig heeft;
      // not Dit werkt, a form that is no noun, nor deze kost een tientje)
      if (previous == ContextWord::demonstrative && infos[w].info->noun && is_one_of({"deze", "dit"}, norm(w - 1)) &&
          !is_one_of({ContextWord::determiner, ContextWord::het, ContextWord::quantifier, ContextWord::number}, next) &&
          !(w + 1 < clause_end[w] &&
            (object_pronoun(norm(w + 1)) || is_one_of({"u", "je", "haar", "hen"}, norm(w + 1)))))
        previous = ContextWord::determiner;
      // a stem after an adjective is its noun's (een goed gesprek), but not
      // one its subject pronoun follows, the adjective made a noun its
      // object (Het mooiste vind ik dat ...), nor one that ends a subordinate
      // clause after an adjective with no article, which is said of its
      // object (wat ik mooi vind)
      if (previous == ContextWord::adjective && infos[w].shape == VerbShape::stem &&
          (subject_pronoun(next) || next == ContextWord::je ||
           (next == ContextWord::verb_final &&
            !(w >= clause_start[w] + 2 &&
              is_one_of({ContextWord::determiner, ContextWord::het}, infos[w - 2].context)))))
        previous = ContextWord::subject;
      // an inflected adjective after an article or determiner is one of the
      // noun's words (het grootste deel, een goeie vorm, de laatste maanden:
      // a past that is also a plural; not de jongere werkt), but a word in
      // -e there may be the noun itself, whose verb follows where an object
      // or an inverted subject comes next (de gemeente sluit de straat af,
      // een dorpsvisie kun je niet zomaar maken) or a reflexive zich (de
      // gemeente richt zich op), or its verb's particle, which ends the
      // clause (de boomdeskundige wees uit dat)
      if ((plain(previous) || previous == ContextWord::adjective) &&
          !is_one_of({ContextWord::determiner, ContextWord::het, ContextWord::subject, ContextWord::je}, next) &&
          !(w + 1 < clause_end[w] && norm(w + 1) == "zich") &&
          (infos[w].shape != VerbShape::finite || plural_noun(w)) && w >= clause_start[w] + 2 &&
          (adjective_ending_e(w - 1) || strong_participle(w - 1)) &&
          (is_one_of({ContextWord::determiner, ContextWord::het}, infos[w - 2].context) ||
           (infos[w - 2].context == ContextWord::preposition && adjective_with_e(w - 1))) &&
          !particle_ends_clause(w))  // last: it looks up the separable verbs
        previous = ContextWord::determiner;
      // a past plural that is also a noun's plural is that noun after a
      // number, a quantity or an inflected adjective (acht maanden, 3 maanden, sociale
      // verbanden), where no subject's verb stands (but a year's: in 2019
      // waren er; nor before a subject pronoun: in de jaren zeventig
      // ontvingen we); not a participle too, an adjective there (een meer
      // verbonden stad)
      if ((is_one_of({ContextWord::quantifier, ContextWord::adjective}, previous) ||
           (previous == ContextWord::number && norm(w - 1).size() < 4)) &&
          infos[w].shape == VerbShape::finite && plural_noun(w) && !strong_participle(w) && !subject_pronoun(next))
        previous = ContextWord::determiner;
      // and a finite form that is also a noun is that noun right after a
      // preposition, where a verb stands only at the end of a clause whose
      // waar, daar or er took the preposition (met gasten, bij ziekte; not
      // waar we op rekenden)
      if (previous == ContextWord::preposition && infos[w].shape == VerbShape::finite &&
          (infos[w].info->noun || plural_noun(w)) && !strong_participle(w) && !subject_pronoun(next) &&
          !preposition_of_r_word(w - 1))
        previous = ContextWord::determiner;
      // het the object of a perfect, its participle last after it, is no
      // article of that participle (Ik heb het nagevraagd, ik heb het gedaan;
      // not Het gedane werk)
      if (previous == ContextWord::het && w - 1 > clause_start[w] && participle(w) && !norm(w).ends_with('e') &&
          (next == ContextWord::edge || next == ContextWord::verb_final) && auxiliary_before(w))
        previous = ContextWord::other;
      // and a participle after it, not inflected before a noun, is the
      // clause's verb (ik heb er lang over gepeinsd; not daar gaat het over
      // geparkeerde auto's)
      if (previous == ContextWord::preposition && participle(w) && !norm(w).ends_with('e') &&
          preposition_of_r_word(w - 1))
        previous = ContextWord::other;
      // a plural form right after an en, before an article, whose sentence
      // has a plural verb after its subject pronoun before the en, is that
      // subject's second verb (Ze roven de kasten leeg en verkopen de volken;
      // we maaien en verkopen het hooi)
      if (previous == ContextWord::coordinator && norm(w - 1) == "en" && infos[w].shape == VerbShape::infinitive &&
          w + 1 < clause_end[w] && is_one_of({ContextWord::determiner, ContextWord::het}, infos[w + 1].context) &&
          plural_verb_in_sentence_before(w - 1))
        previous = ContextWord::subject;
      // an infinitive that opens its sentence right before a form of doen is
      // the verb doen stands in for (Oordelen doe je pas als je iemand kent,
      // Fietsen doen we hier niet)
      if (previous == ContextWord::edge && opens_sentence(w) && infos[w].shape == VerbShape::infinitive &&
          w + 1 < clause_end[w] && form_of(w + 1, {"doen"}))
        previous = ContextWord::modal;
      // a present in -t after an en or opening its clause, before a subject
      // pronoun that ends the clause, is that subject's verb put first (en
      // regent het, dan blijven we binnen; Waait het?)
      if (is_one_of({ContextWord::coordinator, ContextWord::edge}, previous) && infos[w].shape == VerbShape::finite &&
          norm(w).ends_with('t') && w + 2 == clause_end[w] &&
          (subject_pronoun(infos[w + 1].context) || infos[w + 1].context == ContextWord::het))
        previous = ContextWord::subject;
      // a plural form right before an object pronoun with no noun after it,
      // not in a noun phrase, is a verb: no noun takes a pronoun after it
      // (De jongens van boven trollen ons gewoon; not de plannen ons huis)
      if (infos[w].shape == VerbShape::infinitive &&
          !is_one_of({ContextWord::determiner, ContextWord::adjective, ContextWord::quantifier, ContextWord::number},
                     previous) &&
          w + 1 < clause_end[w] && object_pronoun(norm(w + 1)) &&
          !(w + 2 < clause_end[w] && noun_word(infos[w + 2], norm(w + 2))))
        previous = ContextWord::subject;
      // a plural in a list of plurals is a noun (straten, buurten en wijken;
      // not de kinderen werken, spelen en sporten: werken is read as a verb)
      if (previous == ContextWord::edge && infos[w].shape == VerbShape::infinitive && in_list_of_plurals(w))
        previous = ContextWord::determiner;
      // a form right after a noun phrase that opens a main clause is that
      // clause's finite verb, the noun phrase its subject (De duiven nesten al
      // jaren; Een nieuwe accu kost een vermogen)
      if (plain(previous) && (subject_noun_phrase_before(w) || subject_with_apposition_before(w)))
        previous = ContextWord::subject;
      // a plural after haar is her noun's where the clause's finite verb
      // takes no bare infinitive, haar's (ze kneusde haar polsen; not ik
      // hoorde haar zingen)
      if (w > clause_start[w] && norm(w - 1) == "haar" &&
          infos[w].shape == VerbShape::infinitive && plural_noun(w) && lexical_verb_before(w))
        previous = ContextWord::determiner;
      // a noun's plural that opens a sentence before a plural verb form is
      // that verb's subject (Katten duiken vaak onder); not where a subject
      // pronoun follows the second, whose object the first is (Zorgen maken
      // we ons niet)
      if (previous == ContextWord::edge && opens_sentence(w) && infos[w].shape == VerbShape::infinitive &&
          plural_noun(w) && w + 1 < clause_end[w] && infos[w + 1].shape == VerbShape::infinitive &&
          infos[w + 1].finite && !(w + 2 < clause_end[w] && subject_pronoun(infos[w + 2].context)))
        previous = ContextWord::determiner;
      // a stem alone before the dat-clause it takes, opening its sentence, is
      // an imperative (Zorg dat hij niet overprikkeld raakt)
      if (previous == ContextWord::edge && infos[w].shape == VerbShape::stem && opens_sentence(w) &&
          w + 1 == clause_end[w] && w + 1 < words.size() && norm(w + 1) == "dat")
        previous = ContextWord::subject;
      // no imperative stands before a participle: a clause that opens with
      // them has lost its auxiliary (onderzoek gedaan naar, afspraken gemaakt)
      if (previous == ContextWord::edge && infos[w].shape == VerbShape::stem && w + 1 < clause_end[w] &&
          only_participle(w + 1))
        next = ContextWord::edge;
      // er right after it stands where an inverted subject would (elke
      // vrijdag schuiven er dertig buren aan, nu wonen er vooral studenten),
      // but not after an article or an adjective (de laatste maanden er weer)
      // nor after a die right after the finite verb, which points (hij heeft
      // die krassen er zelf in gemaakt; not en die zit er nog)
      if (w + 1 < clause_end[w] && is_one_of({"er", "d'r"}, norm(w + 1)) && previous != ContextWord::determiner &&
          !(previous == ContextWord::demonstrative && w >= clause_start[w] + 2 && infos[w - 2].finite &&
            !infos[w - 2].ambiguous))
        next = ContextWord::subject;
      // an infinitive that ends its clause a few adverbs after a modal is the
      // modal's verb (ik ga ff werken, we moeten nu echt delen; not het gaat
      // over zorgen, kan het spreken van verschillende talen)
      if (plain(previous) && next == ContextWord::edge && infos[w].shape == VerbShape::infinitive &&
          modal_before_adverbs(w))
        previous = ContextWord::modal;
      // and so is one right after an infinitive that takes a bare one: the
      // verb cluster ends with it (hij heeft een glas laten vallen, ze hebben
      // het graf laten ruimen)
      if (infos[w].shape == VerbShape::infinitive && w > clause_start[w] &&
          infos[w - 1].shape == VerbShape::infinitive && takes_bare_infinitive(w - 1))
        previous = ContextWord::modal;
      // and one that ends a clause whose modal came before it with no
      // infinitive between them (moesten jullie bij de bushalte wachten),
      // or is followed only by a prepositional phrase (wil de kavels duur
      // verkopen aan beleggers) or by tot or zonder, which open a clause of
      // their own there (wilt u even wachten tot de brigadier u doorlaat, mag
      // je niet gebruiken zonder hem te wijden)
      if (plain(previous) &&
          (next == ContextWord::edge || next == ContextWord::verb_final ||
           (next == ContextWord::preposition && (no_verb_after(w + 1) || is_one_of({"tot", "zonder"}, norm(w + 1))))) &&
          infos[w].shape == VerbShape::infinitive && only_infinitive_after_modal(w))
        previous = ContextWord::modal;
      // and so is one right after a waar, daar or er joined to its
      // preposition, a modal before them in the clause (de groep kan ervoor
      // kiezen een huis te bewonen)
      if (plain(previous) && infos[w].shape == VerbShape::infinitive && w > clause_start[w] &&
          joined_r_word(norm(w - 1)) && modal_before(w))
        previous = ContextWord::modal;
      // and so is one after the preposition of a waar, daar or er, a modal
      // or laten before them in the clause, at its end or before a
      // prepositional phrase (waar wil je aan werken, daar moet je over
      // oordelen, je kunt er niet zomaar over beginnen bij de kassa, ik laat
      // me er niet in luizen)
      if (previous == ContextWord::preposition && (next == ContextWord::edge || next == ContextWord::preposition) &&
          infos[w].shape == VerbShape::infinitive && preposition_of_r_word(w - 1) &&
          (modal_before(w) || laten_before(w)))
        previous = ContextWord::modal;
      // and one that ends a subordinate clause is its verb (de consequenties
      // die daar aan zitten)
      if (previous == ContextWord::preposition && next == ContextWord::verb_final && preposition_of_r_word(w - 1))
        previous = ContextWord::other;
      // a word that is no verb makes an infinitive ending the clause its verb
      // only where no finite verb that takes none came before it in the
      // clause (de kinderen spelen, dat de buren zorgen, we willen graag
      // ervaringen delen; not zijn er nog vragen, wij hebben ook zorgen),
      // where a noun's plural, no participle, is that noun after a lexical
      // verb or er zijn (missen we nog onderwerpen, zijn er ook vooroordelen;
      // not we hebben besloten, hebben zitten kletsen)
      if (previous == ContextWord::no_verb && lexical_verb_before(w))
        previous = plural_noun(w) && !participle(w) && infos[w - 1].shape != VerbShape::infinitive &&
                           plural_after_verb(w)
                       ? ContextWord::determiner
                       : ContextWord::other;
      // and a noun's plural spelled as an infinitive inside a clause whose
      // finite verb before it takes none, after a word that is no verb, is
      // that noun: no verb stands there (de supermarkt gooit elke avond
      // bakken vol brood weg, ik heb zorgen over de toekomst; not a cluster
      // of infinitives: ik heb de hele dag zitten werken aan het huis, we
      // hadden niet hoeven te zitten)
      if (plain(previous) && w > clause_start[w] && w + 1 < clause_end[w] && next != ContextWord::verb_final &&
          next != ContextWord::te &&
          infos[w].shape == VerbShape::infinitive && infos[w - 1].shape != VerbShape::infinitive &&
          infos[w + 1].shape != VerbShape::infinitive && plural_noun(w) && lexical_verb_before(w, /*but_zijn=*/true))
        previous = ContextWord::determiner;
      // and so is one right after that finite verb, where no infinitive
      // follows (ik verkoop ritsen, knopen en elastiek; ik maak ritsen; not
      // we gaan fietsen, ik ben vissen, ik heb zitten wachten)
      if (w > clause_start[w] && infos[w].shape == VerbShape::infinitive && plural_noun(w) &&
          is_one_of({VerbShape::stem, VerbShape::finite}, infos[w - 1].shape) && infos[w - 1].finite &&
          !infos[w - 1].ambiguous && !takes_bare_infinitive(w - 1) && !form_of(w - 1, {"zijn"}) &&
          !(w + 1 < clause_end[w] && infos[w + 1].shape == VerbShape::infinitive))
        previous = ContextWord::determiner;
      // after het a stem in -t, which is also its third person, before an
      // object is the verb (het kost veel tijd, het zit een beetje anders,
      // het kost niks; not het feest, het licht; a headline without its
      // verb, het feest een succes, loses)
      if (previous == ContextWord::het && infos[w].shape == VerbShape::stem && norm(w).ends_with('t') &&
          (is_one_of({ContextWord::quantifier, ContextWord::determiner}, next) ||
           (w + 1 < clause_end[w] && is_one_of({"niks", "niets"}, norm(w + 1)))))
        previous = ContextWord::subject;
      // and so is the stem in -t of a verb of sitting, standing or lying,
      // after het before a preposition, a negation or the clause's end, after
      // die or dat before a negation or a particle, or, after no article,
      // anywhere before te and the infinitive of what one does meanwhile
      // (hoe het zit met, hoe het zit, het zit niet in de mensen; die zit
      // niet los; wie zit te wachten, Anouk zit al een uur aan die radio te
      // prutsen; not het feest)
      auto te_infinitive_after = [&] {
        for (std::size_t v = w + 1; v + 1 < clause_end[w]; ++v)
          if (infos[v].context == ContextWord::te) return infos[v + 1].shape == VerbShape::infinitive;
        return false;
      };
      if (infos[w].shape == VerbShape::stem && third_person_stem(norm(w)) &&
          verb_of_position(w) &&
          ((previous == ContextWord::het &&
            (next == ContextWord::preposition || next == ContextWord::edge || next == ContextWord::verb_final ||
             (w + 1 < clause_end[w] && infos[w + 1].info->negation))) ||
           (previous == ContextWord::demonstrative && is_one_of({"die", "dat"}, norm(w - 1)) &&
            w + 1 < clause_end[w] && (infos[w + 1].info->negation || infos[w + 1].particle)) ||
           (previous != ContextWord::determiner && te_infinitive_after())))
        previous = ContextWord::subject;
      // and any stem in -t after het or er that ends a subordinate clause
      // with no certain finite verb before it (wat het kost, omdat het lukt,
      // sinds de wethouder er zit zijn we ...; not ik zie het licht, en het
      // geld, nor after a preposition: op het plat), or any stem where ik is
      // that clause's subject (sorry dat ik het zeg), after any word then
      // (omdat ik vragen stel)
      const bool ik_subject = w > clause_start[w] + 1 && norm(clause_start[w] + 1) == "ik";
      if ((previous == ContextWord::het || (w > clause_start[w] && norm(w - 1) == "er") || ik_subject) &&
          infos[w].shape == VerbShape::stem && (third_person_stem(norm(w)) || ik_subject) &&
          (next == ContextWord::edge || next == ContextWord::verb_final || main_clause_after) &&
          (infos[clause_start[w]].info->subordinate || norm(clause_start[w]) == "wat") &&
          !finite_verb_between(clause_start[w], w) &&
          !(w >= clause_start[w] + 2 && infos[w - 2].context == ContextWord::preposition))
        previous = ContextWord::subject;
      // and a form after het that is also a noun is that noun where its
      // clause's finite verb comes after it (het bad in Zeist is dicht, het
      // net zit vol; not het bad me om te komen, nor a modal's form before
      // its infinitive: het kan niet zo zijn), or before it, after its
      // subject (ze maken het bad leeg), or where a preposition makes het
      // its article (door het vocht trok de gevel krom)
      auto subject_and_verb_before = [&] {
        for (std::size_t v = clause_start[w]; v + 2 < w; ++v)
          if (subject_pronoun(infos[v].context) && infos[v + 1].finite)
            return true;
        return false;
      };
      if (previous == ContextWord::het && infos[w].shape == VerbShape::finite && infos[w].context != ContextWord::modal &&
          listed_noun(w) &&
          ((w + 1 < clause_end[w] && finite_after(w + 1)) || subject_and_verb_before() ||
           (w >= clause_start[w] + 2 && infos[w - 2].context == ContextWord::preposition)))
        previous = ContextWord::determiner;
      // a form right after the noun that opens its main clause that agrees
      // with it is that subject's verb (andere gemeenten kiezen ervoor om,
      // onze hond bijt niet)
      if (previous == ContextWord::no_verb && after_noun_subject(w)) previous = ContextWord::subject;
      // and so is one right after an adverb of place or time that opens its
      // main clause, a coordinator maybe before it: the verb takes the second
      // place (daar zit nooit iemand, hier woon ik al jaren, nu werkt het
      // niet, dus dan zet iedereen z'n troep neer, daar spelen kleine
      // kinderen; not an infinitive that ends the clause: eerst zien, dan
      // geloven)
      if (previous == ContextWord::no_verb && (infos[w].shape != VerbShape::infinitive || next != ContextWord::edge) &&
          (w == clause_start[w] + 1 ||
           (w == clause_start[w] + 2 && infos[clause_start[w]].context == ContextWord::coordinator)) &&
          is_one_of({"er", "d'r", "daar", "hier", "nu", "dan", "straks", "vroeger", "gisteren", "vandaag", "morgen",
                     "daarom", "daarna", "vervolgens", "inmiddels", "natuurlijk", "gelukkig", "misschien", "eigenlijk"},
                    norm(w - 1)))
        previous = ContextWord::subject;
      // and so is the first word after a subordinate clause put first, where
      // the subject follows (Als ie z'n hond borstelt, vliegen de haren naar
      // binnen; toen het stil werd, bellen we ...)
      if (previous == ContextWord::edge && infos[w].finite && after_clause_put_first(w) &&
          is_one_of({ContextWord::determiner, ContextWord::het, ContextWord::subject, ContextWord::je}, next))
        previous = ContextWord::subject;
      // and so is one right after a prepositional phrase that opens its main
      // clause (op ons dak passen geen panelen, in de tuin spelen kinderen);
      // not a participle, an adjective there (bij deze zeer betrokken
      // deelnemers), nor a preposition, which goes on with another phrase
      // (in de groene gebieden rond de wijk)
      if (previous == ContextWord::no_verb &&
          !is_one_of({ContextWord::auxiliary, ContextWord::modal, ContextWord::preposition}, infos[w].context) &&
          !strong_participle(w) && fronted_phrase_before(w))
        previous = ContextWord::subject;
      // right after a question word that opens the clause the finite verb
      // stands, before its subject het, dit or dat (Hoe zit het met ...?
      // Hoe zit dit?); after a wie opening the sentence, the subject itself,
      // whatever follows (Wie meet eigenlijk dat geluid?; not voor wie taal)
      if (w == clause_start[w] + 1 && infos[w].shape == VerbShape::stem &&
          ((is_one_of({ContextWord::het, ContextWord::demonstrative}, next) &&
            is_one_of({"hoe", "wat", "waar", "wanneer", "waarom"}, norm(w - 1))) ||
           (norm(w - 1) == "wie" && opens_sentence(w - 1))))
        previous = ContextWord::subject;
      // a noun's plural that opens its clause before a modal and its subject
      // is the object put first (Wensen kun je op de kaartjes schrijven)
      if (previous == ContextWord::edge && infos[w].shape == VerbShape::infinitive && w + 1 < clause_end[w] &&
          infos[w + 1].context == ContextWord::modal &&
          w + 2 < clause_end[w] && subject_pronoun(infos[w + 2].context) &&
          plural_noun(w))
        previous = ContextWord::determiner;
      // a noun's plural right before a modal and its infinitive is that
      // infinitive's object, the cluster ending the clause (dat mensen vragen
      // kunnen stellen, dat we ervaringen willen delen)
      if (infos[w].shape == VerbShape::infinitive && w + 2 < clause_end[w] &&
          infos[w + 1].context == ContextWord::modal && infos[w + 2].shape == VerbShape::infinitive && plural_noun(w))
        previous = ContextWord::determiner;
      // an article and an adjective nl.dic lists as one make the word after
      // them a noun (een digitaal netwerk, het nieuw beleid)
      if (plain(previous) && plain(infos[w].context) && w >= clause_start[w] + 2 && listed_noun(w) &&
          listed_adjective(w - 1) && !listed_noun(w - 1) &&
          is_one_of({ContextWord::determiner, ContextWord::het}, infos[w - 2].context))
        previous = ContextWord::determiner;
      // a stem that opens its clause before van and a finite verb later in
      // it is that verb's subject, no imperative (Doel van de bezoeken is het
      // gesprek; not Geniet van de zon)
      if (previous == ContextWord::edge && infos[w].shape == VerbShape::stem && w + 1 < clause_end[w] &&
          norm(w + 1) == "van" && finite_after(w + 2))
        previous = ContextWord::determiner;
      // eind, begin and midden before a time are that time's part (Eind
      // vorig jaar kwam er protest, begin 2024, midden mei)
      if (is_one_of({"eind", "begin", "midden"}, norm(w)) && w + 1 < clause_end[w] &&
          (infos[w + 1].context == ContextWord::number || month(norm(w + 1)) ||
           is_one_of({"dit", "deze", "vorig", "vorige", "volgend", "volgende", "komend", "komende", "het", "de"},
                     norm(w + 1))))
        previous = ContextWord::determiner;
      // a stem right after a form of zijn, hebben, worden or blijven is no
      // verb, which would follow its subject there: it is the noun (hij is
      // coach van de raad, we hebben last van), but not before an inverted
      // subject (als het klaar is werk ik)
      if (previous == ContextWord::auxiliary && infos[w].shape == VerbShape::stem && !subject_pronoun(next) &&
          !participle(w) && !spelled_number(norm(w)))
        previous = ContextWord::determiner;
      // after a form of zijn or hebben, an infinitive that is a noun's plural
      // is that noun (er zijn onderwerpen waarmee, we hebben zorgen over),
      // but not before its inverted subject, where that form ended a clause
      // without a comma (sinds de buslijn weg is stappen we over), nor a
      // participle that ends the clause (de vergunning is verlopen);
      // after blijven the verb that goes on (we blijven werken)
      if (previous == ContextWord::auxiliary && infos[w].shape == VerbShape::infinitive) {
        if (is_one_of({"blijft", "blijven"}, norm(w - 1)))
          previous = ContextWord::modal;
        else if (plural_noun(w) && !subject_pronoun(next) &&
                 !(participle(w) && (next == ContextWord::edge || next == ContextWord::verb_final)))
          previous = ContextWord::determiner;
      }
      // right after a modal, a noun's plural before another infinitive is
      // that infinitive's object or subject, the modal's verb coming last (we
      // moeten grenzen stellen, er moeten grenzen zijn; not we moeten leren
      // lezen)
      if (previous == ContextWord::modal && infos[w].shape == VerbShape::infinitive && w + 1 < clause_end[w] &&
          infos[w + 1].shape == VerbShape::infinitive && plural_noun(w) && !takes_bare_infinitive(w))
        previous = ContextWord::determiner;
      // meer after a negation in its clause is no quantity but `no longer`
      // (die niet meer werken, ik kom nooit meer, geen lawaai meer maken)
      if (previous == ContextWord::quantifier && no_longer(w - 1))
        previous = ContextWord::other;
      // an infinitive that ends its clause after a quantity, a modal before
      // them with no infinitive between, is the modal's verb, the quantity
      // its object (kun je weinig beginnen, je kunt veel leren, ze kunnen
      // weinig vragen); not a plural after a preposition's quantity, which
      // is the preposition's noun (dat kan niet meer op veel plekken)
      if (previous == ContextWord::quantifier && next == ContextWord::edge &&
          infos[w].shape == VerbShape::infinitive && only_infinitive_after_modal(w) &&
          !(w >= clause_start[w] + 2 && infos[w - 2].context == ContextWord::preposition && plural_noun(w)))
        previous = ContextWord::modal;
      // after a quantity, a form that may be finite is its noun where the
      // clause's finite verb came before: the verb has had its place (we
      // hebben veel last van, hij zegt veel werk te hebben; not omdat ze
      // veel werkt, whose verb comes last)
      if (previous == ContextWord::quantifier && infos[w].shape != VerbShape::infinitive &&
          infos[w].shape != VerbShape::other && lexical_verb_before(w))
        previous = ContextWord::determiner;
      // right after a modal, a stem that is a noun before an infinitive is
      // that infinitive's object, the modal's verb coming last (hij kon uitleg
      // geven, dat kan rust geven; not ik ga werk zoeken's ga + werk alone)
      if (previous == ContextWord::modal && infos[w].shape == VerbShape::stem && infos[w].info->noun &&
          w + 1 < clause_end[w] && infos[w + 1].shape == VerbShape::infinitive)
        previous = ContextWord::determiner;
      // a share is a subject, its verb after it (Vier op de tien drinken ...)
      if (share_ends_before(w)) previous = ContextWord::subject;
      // a number spelled out that opens its clause before a noun's plural, or
      // a share (op de tien, van de drie), is that number, no imperative
      // (Vier mensen kwamen, Vier op de tien drinken samen koffie; not Vier
      // het samen)
      if (previous == ContextWord::edge && spelled_number(norm(w)) && w + 1 < clause_end[w] &&
          (plural_noun(w + 1) || share_after(w)))
        previous = ContextWord::determiner;
      // a stem right after a coordinator that opens its clause, before an
      // object, opens that clause as an imperative or a verb whose subject
      // is left out (Pak de dweil en dweil de gang, ik slaap en werk de hele
      // dag, maar lever hem in, en kijk ons nou: before an object pronoun; en
      // zet die muziek zachter: before a die that opens no clause here)
      // and so does one before an adverb that asks, or daar or hier (dus bel
      // maar gewoon aan, dus app ff, en kom even kijken, en bel eerst de
      // gemeente, maar kijk dan naar het stadskantoor, dus kijk daar eens
      // naar, maar kom hier eens terug), or
      // before a question word (en kijk waar we nu staan), or whose clause, with no subject
      // pronoun, ends in the infinitive it takes (maar kom 's ochtends eens
      // kijken)
      if (previous == ContextWord::coordinator && w == clause_start[w] + 1 && infos[w].shape == VerbShape::stem &&
          (is_one_of({ContextWord::determiner, ContextWord::het, ContextWord::demonstrative}, next) ||
           (w + 1 < clause_end[w] && (is_one_of({"hem", "hen", "mij", "me", "ons", "haar"}, norm(w + 1)) ||
                                      infos[w + 1].context == ContextWord::demonstrative ||
                                      is_one_of({"maar", "even", "ff", "eens", "gewoon", "gerust", "alvast", "eerst", "nou", "daar", "hier"},
                                                norm(w + 1)) ||
                                      // (not before dan and a verb: en pas dan zie ik)
                                      (norm(w + 1) == "dan" && !(w + 2 < clause_end[w] && infos[w + 2].finite)))) ||
           (w + 1 < words.size() && !opens_sentence(w + 1) && is_one_of({"waar", "hoe", "wie"}, norm(w + 1))) ||
           imperative_with_infinitive(w) || (w + 1 < clause_end[w] && imperative_before(w)))) {
        previous = ContextWord::edge;
        // (the maar that asks: maar kom maar eens kijken; a question word's
        // clause, which is the imperative's object: en kijk waar we staan)
        if (next == ContextWord::coordinator || next == ContextWord::edge) next = ContextWord::other;
      }
      // a participle after a subject pronoun before an auxiliary is the
      // perfect's verb, not a noun like a stem there (dat ik opgebrand ben;
      // but dat ik werk heb)
      if (subject_pronoun(previous) && infos[w].shape == VerbShape::other && participle(w) &&
          !infos[w].info->noun && next == ContextWord::auxiliary)
        next = ContextWord::edge;
      // after zich, after an object pronoun that a preposition takes (naast
      // me zit Mo), and after a die or dat that opens its clause, with more
      // of the clause after it and no other verb (die zitten vaak alleen;
      // not die boeken liggen daar, O, die brieven, uit die groepen), a form
      // that may be finite is the verb; so is a stem in -t there with no
      // form after it that may be finite (Dat kost geld, die wacht daar; not
      // Die kost is lekker, Die vent van driehoog loopt, die grond zit vol
      // klei), in a clause no die or daar after a comma takes up (Die stunt
      // van vorige week, van het dak af, die kon echt niet)
      if (w > clause_start[w] && infos[w].shape != VerbShape::other &&
          (norm(w - 1) == "zich" ||
           (w >= clause_start[w] + 2 && is_one_of({"me", "mij", "hem", "jou", "hen"}, norm(w - 1)) &&
            infos[w - 2].context == ContextWord::preposition) ||
           (previous == ContextWord::demonstrative && w - 1 == clause_start[w] && w + 1 < clause_end[w] &&
            ((infos[w].shape == VerbShape::infinitive && !verb_after(w)) ||
             (infos[w].shape == VerbShape::stem && norm(w).ends_with('t') && !may_be_finite_after(w) &&
              !taken_up_after_comma(w)))) ||
           // (and after de een and de ander, pronouns: de een zegt dit, de ander dat)
           (w >= clause_start[w] + 2 && is_one_of({"een", "ander"}, norm(w - 1)) && norm(w - 2) == "de" &&
            infos[w].shape != VerbShape::infinitive)))
        previous = ContextWord::subject;
      // a separable verb's stem written whole (samenhang, inzet, uitleg) is
      // no imperative, which puts the particle last (hang samen): opening its
      // clause it is the noun
      if (previous == ContextWord::edge && infos[w].shape == VerbShape::stem && infos[w].info->separable_stem)
        next = ContextWord::edge;
      // a particle apart that makes a verb of it, where nothing before it
      // says noun, makes it that verb's form (bewoners van het platform
      // werken samen met de school), after het too where no other verb
      // stands in the clause (het schiet niet op; not het feest gaat niet door)
      const bool particle =
          (plain(previous) || previous == ContextWord::edge || (previous == ContextWord::het && only_verb_form(w))) &&
          !particle_verb(w).empty();
      // a past form that is a noun too, alone before a comma that follows it
      // as the sentence's first word, is the noun said as a wish or a call
      // (Sterkte, Ans; not a present: Zie, hier gebeurt het)
      const bool called = opens_sentence(w) && words[w] + 1 < tokens.size() && tokens[words[w] + 1].norm == "," &&
                          only_past(w);
      // the imperatives a speaker opens a clause with, alone before a comma
      // or its end, maybe after nee, ja, nou or maar, are verbs (Kijk, hier is de
      // stoep; nee wacht, dat doet Kees; nee maar wacht; Kom, we gaan), not the nouns they
      // spell (een kijk op, de wacht, een kom)
      auto interjection = [&](std::size_t v) { return is_one_of({"nee", "ja", "nou", "oh", "o", "maar"}, norm(v)); };
      const bool marker =
          w + 1 == clause_end[w] && is_one_of({"kijk", "wacht", "luister", "kom"}, norm(w)) &&
          (w == clause_start[w] || (w - 1 == clause_start[w] && interjection(w - 1)) ||
           (w - 2 == clause_start[w] && interjection(w - 2) && interjection(w - 1)));
      // the verb of a short question of hoe or wat, a pronoun its subject and
      // last (hoe heet het, hoe heet ie ook alweer; not hoe laat het is)
      const bool asked = [&] {
        if (w == 0 || w - 1 != clause_start[w] || !is_one_of({"hoe", "wat"}, norm(w - 1)) || w + 1 >= clause_end[w] ||
            !is_one_of({"het", "'t", "ie", "dat", "hij", "zij", "ze", "je", "u"}, norm(w + 1)))
          return false;
        std::size_t end = w + 2;
        while (end < clause_end[w] && is_one_of({"ook", "alweer", "weer", "nou", "eigenlijk"}, norm(end))) ++end;
        return end == clause_end[w];
      }();
      // a preposition that spells a verb's stem too (zonder: zonderen)
      // before an article is the preposition (Zonder de buren lukt het niet)
      const bool preposition = infos[w].context == ContextWord::preposition && w + 1 < clause_end[w] &&
                               is_one_of({ContextWord::determiner, ContextWord::het}, infos[w + 1].context);
      // a stem in -t that ends its clause after an indefinite subject is
      // its verb (tot iedereen zit, als alles lukt), and so is one, or a
      // plural's form, that ends the clause a wie opening the sentence or a
      // relative die opens, with no verb between (Wie op de eerste rij zit,
      // haalt ...; ouders die zijn auto op de stoep zet, die tegen je
      // schreeuwen)
      const std::size_t start = clause_start[w];
      // (a relative die follows the word it refers to, no mark between;
      // not Maar die grond, Geen twijfel: die verhuizing)
      const bool relative_die = w > start && start > 0 && norm(start) == "die" && words[start - 1] + 1 == words[start] &&
                                infos[start - 1].context != ContextWord::coordinator;
      // (the verbs between are looked for last: this runs for every ambiguous word)
      auto relative_clause = [&] {
        return (relative_die || (w > start + 1 && norm(start) == "wie" && opens_sentence(start))) &&
               !finite_verb_between(start + 1, w);
      };
      const bool verb_of_subject_before =
          (next == ContextWord::verb_final || next == ContextWord::edge) &&
          ((infos[w].shape == VerbShape::stem && third_person_stem(norm(w)) &&
            ((w > start && indefinite_subject(w - 1)) || relative_clause())) ||
           (infos[w].shape == VerbShape::infinitive && relative_die && !infos[w - 1].info->verb && relative_clause()));
      // a participle that ends its clause after a preposition is the verb,
      // the preposition an adverb there (heb nooit buiten geslapen; not a
      // noun's plural, naar de gebeden, nor an adjective's form before en or
      // of: van gedeelde of publieke ruimte)
      const bool participle_last = previous == ContextWord::preposition && w + 1 == clause_end[w] &&
                                   next == ContextWord::edge && !norm(w).ends_with('e') && only_participle(w) &&
                                   !plural_noun(w);
      Reading reading = no_verb_here(w) || noun_of_idiom(w) || called || preposition ? Reading::noun
                        : particle || marker || verb_of_subject_before || participle_last || asked ? Reading::verb
                                                           : reading_in_context(previous, infos[w].shape, next);
      // last in its clause after a subject pronoun, the one word there that
      // can be its finite verb is, a stem or a form in -t (nu ik hier zit, als
      // je thuis werkt; not the plural in ze uit haar zorgen); in a clause
      // that a conjunction opens it may have a phrase after it (of ik me weer
      // opgeef voor het bestuur, omdat ik zorg voor mijn moeder)
      if (reading == Reading::any &&
          (next == ContextWord::edge || infos[clause_start[w]].info->subordinate) &&
          infos[w].shape != VerbShape::infinitive && only_finite_after_subject(w))
        reading = Reading::verb;
      // hoeven, which takes te or a bare infinitive as a modal does, is that
      // verb before one, or before a particle and te, not the plural of hoef
      // (zodat de busjes niet om hoeven te rijden, heb nog nooit hoeven
      // bijbestellen, nooit hoeven af te gelasten; not de hoeven van die
      // vaarzen); the infinitive after it is then read as a modal's
      if (norm(w) == "hoeven" && !(w > clause_start[w] && infos[w - 1].context == ContextWord::determiner) &&
          w + 1 < clause_end[w] &&
          (norm(w + 1) == "te" || infos[w + 1].shape == VerbShape::infinitive ||
           (w + 2 < clause_end[w] && norm(w + 2) == "te" && separable_particle_word(norm(w + 1))))) {
        reading = Reading::verb;
        infos[w].context = ContextWord::modal;
      }
      // heet with welkom after it in its clause is heten's, no adjective (en
      // heet iedereen welkom)
      if (reading != Reading::verb && norm(w) == "heet") {
        for (std::size_t v = w + 1; v < clause_end[w]; ++v)
          if (norm(v) == "welkom") reading = Reading::verb;
      }
      // a finite form before te and an infinitive is the verb that takes
      // them (in hoefde te draaien, scheen te werken)
      if (reading != Reading::verb && infos[w].shape == VerbShape::finite && infos[w].finite && !infos[w].info->noun &&
          next == ContextWord::te && w + 2 < clause_end[w] && infos[w + 2].shape == VerbShape::infinitive)
        reading = Reading::verb;
      // a participle that is also a noun, ending a main clause with a form
      // of hebben or worden in it, is the perfect's or the passive's verb
      // (ze hebben voor de zieke buurman gebeden, de stad wordt zo beleefd;
      // not de gebeden waren lang); after zijn it is as often an adjective
      // (hij is altijd beleefd), but not with the passive's door (het is in
      // 1978 door de zusters gesticht), and after a word of degree it is one
      if (reading == Reading::any && next == ContextWord::edge && participle(w) &&
          (auxiliary_before(w) || (auxiliary_before(w, /*or_zijn=*/true) && word_before_in_clause(w, "door"))) &&
          !(w > clause_start[w] && degree_word(norm(w - 1))))
        reading = Reading::verb;
      // a form of zijn, hebben, worden or blijven, or of a modal, is a noun
      // only after an article (de was, het is; not nog onvoldoende wordt
      // ingespeeld, op bezoek zou komen)
      if (reading == Reading::noun && is_one_of({ContextWord::auxiliary, ContextWord::modal}, infos[w].context) &&
          !(w > clause_start[w] && is_one_of({ContextWord::determiner, ContextWord::het}, infos[w - 1].context)))
        reading = Reading::verb;
      // and was and waren, which nouns spell, are the verb where the
      // context left them open, after anything but an article, adjective,
      // number or preposition, which those nouns take (de was, in de was; de
      // waren; not Mijn moeder was altijd thuis, alles was gemeld; the rule
      // above for every such form, reading open ones too, costs older
      // batteries thirteen sentences)
      if (reading == Reading::any && is_one_of({"was", "waren"}, norm(w)) &&
          !is_one_of({ContextWord::determiner, ContextWord::adjective, ContextWord::quantifier, ContextWord::number,
                      ContextWord::preposition},
                     previous))
        reading = Reading::verb;
      // a participle after a quantity, a form of hebben, zijn or worden
      // before them, is the perfect's or the passive's verb (er is veel
      // veranderd, er wordt veel gescrold); not one that is a noun itself
      // (in zulke gevallen), nor an adjective of its own (er is meer bekend),
      // nor one before te (om burgers meer vertrouwd te maken met)
      if (reading == Reading::noun && previous == ContextWord::quantifier && participle(w) &&
          !infos[w].info->noun && !plural_noun(w) && !listed_adjective(w) &&
          !(w + 1 < clause_end[w] && norm(w + 1) == "te") && auxiliary_before(w, /*or_zijn=*/true))
        reading = Reading::verb;
      // and so is one before the verbs that end a subordinate clause (dat er
      // een fietsroute aangelegd moet worden)
      // (not one inflected before its noun: door gedeelde verhalen; nor an
      // adjective of its own before zijn: dat de methode geschikt is)
      if (reading != Reading::verb && participle(w) && !infos[w].info->noun && !norm(w).ends_with('e') &&
          infos[clause_start[w]].info->subordinate && cluster_after(w) &&
          !(listed_adjective(w) && form_of(w + 1, {"zijn"})))
        reading = Reading::verb;
      // and so is one before the infinitive worden that ends a clause a
      // modal's form is in (er mag niet belicht worden, dat moet eerst
      // geregeld worden)
      if (reading != Reading::verb && participle(w) && !infos[w].info->noun && !norm(w).ends_with('e') &&
          w + 2 == clause_end[w] && norm(w + 1) == "worden" && modal_before(w))
        reading = Reading::verb;
      // and so is one after a relative die before a form of zijn or worden
      // (mensen die omringd zijn door familie)
      if (reading == Reading::noun && previous == ContextWord::demonstrative && participle(w) &&
          !infos[w].info->noun && w + 1 < clause_end[w] && infos[w + 1].context == ContextWord::auxiliary &&
          form_of(w + 1, {"zijn", "worden"}))
        reading = Reading::verb;
      // and so is one that ends its clause after a die or dat that stands
      // for a noun (wanneer zijn die neergezet?)
      if (reading == Reading::noun && previous == ContextWord::demonstrative && participle(w) &&
          !infos[w].info->noun && w + 1 == clause_end[w] && auxiliary_before(w, /*or_zijn=*/true))
        reading = Reading::verb;
      // and one that is an adjective of its own after a word of degree is
      // that adjective, no verb's form (veel te ingewikkeld: complicated),
      // but where a form of hebben or worden takes it (wie heeft ze zo
      // opgefokt)
      if (reading == Reading::any && participle(w) && w > clause_start[w] && degree_word(norm(w - 1)) &&
          listed_adjective(w) && !auxiliary_before(w))
        reading = Reading::noun;
      // a present in -t that nl.dic knows as no noun is the verb, whatever
      // stands before it but an article or possessive (het komt wel goed,
      // op school zegt de directeur; not de host, m'n rijst)
      if (reading == Reading::noun && only_present(norm(w)) &&
          !(w > clause_start[w] && infos[w - 1].context == ContextWord::determiner))
        reading = Reading::verb;
      // a separable verb's stem written whole that spells a noun too, and
      // no other form (a third person in -t: als hij oplet; a participle:
      // uitbesteed), is finite only last in a subordinate clause of ik (als
      // ik meedoe): elsewhere it is the noun (krijgt flink wat tegenwind)
      if (reading == Reading::verb && infos[w].shape == VerbShape::stem && infos[w].info->separable_stem &&
          infos[w].info->noun && !norm(w).ends_with('t') && only_stem(w) && !word_before_in_clause(w, "ik"))
        reading = Reading::noun;
      // zeg maar, the hedge, is zeggen's imperative (er moet zeg maar een rek komen)
      if (norm(w) == "zeg" && w + 1 < words.size() && norm(w + 1) == "maar") reading = Reading::verb;
      if (reading != Reading::verb &&
          (cluster_before_last_infinitive(w) || (w > clause_start[w] && cluster_before_last_infinitive(w - 1))))
        reading = Reading::verb;
      if (reading != Reading::any)
        infos[w] = info_read_as(tokens[words[w]], *infos[w].info, reading,
                                reading == Reading::noun ? verbal_noun(w) : VerbalNoun::none);
      if (notes) readings[w] = reading;
    }
  }

  // Word v, an infinitive of a verb of position or of one that takes a
  // bare infinitive, stands before the infinitive that ends its
  // auxiliary's clause: both are the cluster's verbs, no plurals (heeft
  // zitten speculeren, hebben staan wachten: the verbs of position drop
  // their te in the perfect).
  bool cluster_before_last_infinitive(std::size_t v) {
    return infos[v].shape == VerbShape::infinitive && v + 2 == clause_end[v] &&
           infos[v + 1].shape == VerbShape::infinitive && infos[v + 1].info->verb && auxiliary_before(v, true) &&
           (verb_of_position(v) || takes_bare_infinitive(v));
  }

  // Word w is a form of a verb of position (zitten, staan, liggen, lopen,
  // hangen), which takes te and an infinitive of what one does meanwhile.
  bool verb_of_position(std::size_t w) { return form_of(w, {"zitten", "staan", "liggen", "lopen", "hangen"}); }

  // A clause of w's sentence before w opens with an imperative (vat de koe
  // bij de horens en kom met een plan; Grijp die kans aan, zou ik zeggen,
  // en vraag ...): its first word read as a verb's bare stem, no subject
  // pronoun after it (Kom je ook? asks). Not where the word before w's
  // coordinator is a bare noun, which w's noun joins (Haal melk en suiker).
  bool imperative_before(std::size_t w) const {
    if (w < 2) return false;
    const std::size_t b = w - 2;
    if (infos[b].shape != VerbShape::infinitive && listed_noun(b) &&
        (b == clause_start[b] || !is_one_of({ContextWord::determiner, ContextWord::het, ContextWord::demonstrative,
                                             ContextWord::adjective, ContextWord::quantifier, ContextWord::number},
                                            infos[b - 1].context)))
      return false;
    for (std::size_t v = w; v-- > 0;) {
      if (v == clause_start[v] && infos[v].info->verb && infos[v].finite && infos[v].shape == VerbShape::stem &&
          !(v + 1 < clause_end[v] && (subject_pronoun(infos[v + 1].context) || infos[v + 1].context == ContextWord::je)))
        return true;
      if (opens_sentence(v)) return false;
    }
    return false;
  }

  // A word is a present form in -t only (zegt, komt, doet: the verb
  // table's too, but for an adjective's letters: te laat), its letters no
  // noun's nor another verb form's.
  bool only_present(std::string_view word) {
    if (!word.ends_with('t')) return false;
    std::vector<std::string> infinitives;
    {
      const Lemmas& l = lemmatiser.lookup(word);  // (valid until the next lookup)
      if (l.noun || l.verbs.empty() || l.nominal.size() != 1 || l.nominal.front() != l.norm) return false;
      for (const VerbReading& v : l.verbs) {
        if ((v.forms & ~kListed) != kPresent || ((v.forms & kListed) && lexicon::adjective(word))) return false;
        infinitives.push_back(v.infinitive);
      }
    }
    // (of a verb nl.dic lists, maybe behind a particle: aanzuigt; not
    // voorbijgeloopt, read as a form of voorbijgelopen)
    const VerbReadingsOf readings_of = [&](std::string_view rest) { return lemmatiser.lookup(rest).verbs; };
    return !lexicon::noun(word) && std::ranges::all_of(infinitives, [&](const std::string& infinitive) {
      return lexicon::verb_infinitive(infinitive) ||
             lexicon::verb_infinitive(separable_base(infinitive, separable_particle(infinitive, readings_of)));
    });
  }

  // The words after word w to its clause's end, at least one, are a verb
  // cluster: modals, auxiliaries and infinitives.
  bool cluster_after(std::size_t w) const {
    if (w + 1 >= clause_end[w]) return false;
    for (std::size_t v = w + 1; v < clause_end[w]; ++v)
      if (!is_one_of({ContextWord::modal, ContextWord::auxiliary}, infos[v].context) &&
          infos[v].shape != VerbShape::infinitive)
        return false;
    return true;
  }

  // Before word w in its clause stand a `verb` (a modal, an auxiliary) and
  // an r-word (er, daar, waar, hier) in that order or the other.
  // Word p is a preposition of direction right after a noun after its
  // article or possessive: the phrase's postposition, which takes no
  // object after it (de helling op, het bos in, de trap af).
  bool postposition_after_noun(std::size_t p) const {
    return p >= clause_start[p] + 2 && is_one_of({"op", "af", "in", "uit", "over", "door", "langs", "rond", "om"}, norm(p)) &&
           listed_noun(p - 1) && !infos[p - 1].info->verb &&
           is_one_of({ContextWord::determiner, ContextWord::het, ContextWord::je}, infos[p - 2].context);
  }

  // Word w ends its clause after a preposition that takes no object, an
  // r-word before it having left it stranded or a noun before it having
  // taken it as its postposition, a modal before them: w is the modal's
  // infinitive (daar moet je van bekomen, je fiets de helling op duwen;
  // after an r-word, komen or blijven too: er komt veel bij kijken).
  bool modal_infinitive_after_objectless_preposition(std::size_t w) const {
    return w + 1 == clause_end[w] && (verb_and_r_word_before(w - 1, ContextWord::modal) ||
                                      (postposition_after_noun(w - 1) && modal_before(w)));
  }

  bool verb_and_r_word_before(std::size_t w, ContextWord verb) const {
    bool verb_seen = false, r_word = false;
    for (std::size_t v = clause_start[w]; v < w; ++v) {
      verb_seen |= verb == ContextWord::modal ? modal_or_like(v) : infos[v].context == verb;
      r_word |= is_r_word(norm(v));
    }
    return verb_seen && r_word;
  }

  // The OR of the bits of the words a gap after word w may reach.
  std::uint64_t bits_ahead(std::size_t w) const {
    std::uint64_t bits = 0;
    for (std::size_t v = w + 1; v < words.size() && v <= w + 1 + kAheadGap + aside_words[w]; ++v) bits |= infos[v].bits;
    return bits;
  }

  // Whether nl.dic lists word w as a noun, as an adjective: asked once a
  // norm (NormInfo), as the rules ask them of most words.
  bool listed_noun(std::size_t w) const { return infos[w].info->listed_noun; }
  bool listed_adjective(std::size_t w) const { return infos[w].info->listed_adjective; }

  // Word w starts with an ASCII capital.
  bool capitalised(std::size_t w) const {
    const char first = text[tokens[words[w]].begin];
    return first >= 'A' && first <= 'Z';
  }

  // Word w is a name: capitalised, and a word the word list knows only as
  // a name or not at all (Fatima, Joost, VluchtelingenWerk; not De, Kabels).
  bool name_word(std::size_t w) const {
    if (!capitalised(w)) return false;
    const std::string_view n = norm(w);
    return context_word(n) == ContextWord::other && (!lexicon::entry(n) || lexicon::bare_entry(n));
  }

  // Word w, capitalised right after a title in the sentence, is a name,
  // no word of the codebook's (Meneer Bakker, buurvrouw Roos, wethouder
  // Smit, meneer Van Dijk).
  bool name_after_title(std::size_t w) const {
    if (w == 0 || opens_sentence(w) || !capitalised(w)) return false;
    // (with the name's van, de, der, ... between: meneer Van Dijk, mevrouw de Vries)
    while (w > 1 && !opens_sentence(w - 1) && is_one_of({"van", "de", "der", "den", "ter", "ten", "te", "'t"}, norm(w - 1)))
      --w;
    return is_one_of({"meneer", "mevrouw", "mevr", "mw", "dhr", "juf", "juffrouw", "meester", "dokter", "wethouder",
                      "burgemeester", "buurman", "buurvrouw", "oom", "tante", "opa", "oma", "zuster", "broeder", "dominee",
                      "pastoor", "pastor", "pater", "imam"},
                     norm(w - 1));
  }

  void match_tokens() {
    near_last.assign(cb.near_state_size, std::numeric_limits<long>::min() / 2);
    ++segment_number;
    need_segment.resize(cb.need_ids.size());
    for (const WordInfo& i : infos)
      for (auto need : i.info->needs) need_segment[need] = segment_number;
    long sentence_first = 0;  // a near's terms stand in one sentence (de gemeente. Het gesprek: no near)
    for (std::size_t w = 0; w < words.size(); ++w) {
      if (opens_sentence(w)) sentence_first = static_cast<long>(w);
      // Most words start nothing, or phrases the next word cannot continue.
      const std::uint64_t next_bits = w + 1 < words.size() ? infos[w + 1].bits : 0;
      const bool phrases = infos[w].any_next || (infos[w].next_bits & next_bits);
      if ((!infos[w].units && !phrases) || name_after_title(w)) continue;
      const NormInfo& n = *infos[w].info;
      // a form of a separable verb the codebook names is that verb's, not
      // its base's (werken ... samen: samenwerken, not werken)
      const bool separable = !n.separables.empty() && match_separables(w);
      std::string other_verb;  // particle_verb(w) where its particle changes the verb, once a verb's term asks
      bool other_verb_asked = false;
      // a particle apart is no hit of its own where a verb before it takes it (zitten vast: not vasten;
      // vindt plaats, ligt lam: not the nouns)
      const std::string particle_of = n.particle && infos[w].units ? verb_of_particle(w) : std::string();
      // a preposition, a conjunction, a possessive, a quantity or an r-word
      // is a noun only after an article or an adjective (de bij, een wilde
      // bij, de rode want, de mijn, de waar, het hele meer; not bij de
      // fietsen, zat er een wesp bij, want ze hangen, mijn vader, Waar moet
      // ik staan?, echt waar, niet meer), and a possessive only before no
      // noun (not dat mijn vader); so is a personal pronoun, or after a
      // possessive (een ons kaas, lang haar, haar haar; not Bij ons, ze
      // hebben ons niks gevraagd, ik zag haar)
      const bool possessive = infos[w].context == ContextWord::determiner;
      // (waar opens a clause of its own, even after de)
      // (asked only of a noun's unit: most words have none)
      auto function_word = [&] {
        return (is_one_of({ContextWord::preposition, ContextWord::coordinator, ContextWord::determiner,
                           ContextWord::quantifier},
                          infos[w].context) &&
                (!after_article(w) || (possessive && w + 1 < clause_end[w] && noun_word(infos[w + 1], norm(w + 1))))) ||
               (is_r_word(norm(w)) && !(w > 0 && article_ends_at(w - 1))) ||
               (is_one_of({"ons", "haar", "hen", "hem", "u", "jou", "zij"}, norm(w)) && !after_article(w) &&
                !(w > clause_start[w] &&
                  (std::ranges::find(kPossessives, norm(w - 1)) != std::end(kPossessives) || listed_adjective(w - 1))));
      };
      // a word of a codebook's verb that the word list lacks (rejecten) is
      // no verb right after an article, as the head of its noun phrase (een
      // reject in m'n mail; not een gereject voorstel), nor its infinitive
      // after a het that opens the clause or follows a preposition (Het
      // doodmaaien van reekalfjes; not ik zal het doodmaaien)
      auto unknown_after_article = [&] {
        if (n.verb || w == clause_start[w] || lemmatiser.lookup(norm(w)).known) return false;
        if (infos[w - 1].context == ContextWord::het)
          return norm(w).ends_with("en") &&
                 (w - 1 == clause_start[w] || infos[w - 2].context == ContextWord::preposition);
        return infos[w - 1].context == ContextWord::determiner &&
               !(w + 1 < clause_end[w] && noun_word(infos[w + 1], norm(w + 1)));
      };
      // a verb's form that is an adjective too, right before a number, is the
      // adverb of quantity it spells (er liggen hier ruim vierhonderd graven,
      // krap twintig mensen; not ik ruim twee kasten op, Ruim drie dozen op)
      auto adverb_of_quantity = [&] {
        return w > clause_start[w] && !subject_pronoun(infos[w - 1].context) &&
               !is_one_of({ContextWord::je, ContextWord::coordinator}, infos[w - 1].context) && w + 1 < clause_end[w] &&
               (infos[w + 1].context == ContextWord::number || spelled_number(norm(w + 1))) &&
               listed_adjective(w);
      };
      // a quantity is no verb's stem it spells (niet meer, geen roer meer,
      // minder: meren, minderen) but after ik, before a subject or opening
      // its clause (ik meer de boot af, meer je hier aan?, Meer hem vast)
      const bool quantity = infos[w].context == ContextWord::quantifier && w > clause_start[w] && norm(w - 1) != "ik" &&
                            !(w + 1 < clause_end[w] && subject_pronoun(infos[w + 1].context));
      // a conjunction that opens its clause after a mark or a coordinator
      // is no verb form it also spells (Aangezien het park pas in maart
      // opengaat, ..., aangezien: no aanzien; but hij werd aangezien voor)
      const bool conjunction =
          n.subordinate && n.verb &&
          (opens_sentence(w) || ends_clause(tokens[words[w] - 1]) || infos[w - 1].context == ContextWord::coordinator);
      // a unit of this word that a rule below keeps from counting; `why`
      // is called only for explain, so counting formats nothing
      auto excluded = [&](const TokenPattern& unit, const auto& why) {
        if (notes)
          note({unit.code, unit.role, tokens[words[w]].begin, tokens[words[w]].end, w, w, unit.source},
               HitNote::Fate::excluded, why());
      };
      for (auto u : n.units) {
        const TokenPattern& unit = cb.units[u];
        if (separable && unit.role == Role::hit) continue;
        if (unit.as == WordClass::noun && unit.role == Role::hit && function_word()) {
          excluded(unit, [] { return "no noun here: a preposition, conjunction, pronoun, quantity or r-word without an article"; });
          continue;
        }
        // (nor a verb: a possessive before its noun, Mijn kleinzoon haakt af: no mijnen)
        if (verb_only(unit.as) && possessive && unit.role == Role::hit && w + 1 < clause_end[w] &&
            noun_word(infos[w + 1], norm(w + 1))) {
          excluded(unit, [] { return "no verb here: a possessive before its noun"; });
          continue;
        }
        // (no match, so nothing to explain: klussenbank is no klusje)
        if (unit.diminutive && !n.diminutive) continue;
        if (unit.as == WordClass::verb && unit.role == Role::hit && unknown_after_article()) {
          excluded(unit, [] { return "no verb here: a word the word list lacks, after an article"; });
          continue;
        }
        if ((unit.as == WordClass::verb || unit.as == WordClass::action) && unit.role == Role::hit && quantity) {
          excluded(unit, [] { return "no verb here: a quantity"; });
          continue;
        }
        if ((unit.as == WordClass::verb || unit.as == WordClass::action) && unit.role == Role::hit && adverb_of_quantity()) {
          excluded(unit, [] { return "no verb here: an adverb of quantity before a number"; });
          continue;
        }
        if (unit.as == WordClass::noun && unit.role == Role::hit && predicative_adjective(w)) {
          excluded(unit, [] { return "no noun here: an adjective after a copula or a word of degree"; });
          continue;
        }
        if (conjunction && unit.role == Role::hit) {
          excluded(unit, [] { return "a conjunction that opens its clause"; });
          continue;
        }
        if (!particle_of.empty() && unit.role == Role::hit) {
          excluded(unit, [&] { return fmt::format("the particle of the separable verb {}", particle_of); });
          continue;
        }
        if (unit.role == Role::hit && n.verb && !separable) {
          if (!other_verb_asked) {
            std::size_t particle = 0;
            other_verb = particle_verb(w, &particle);
            if (!other_verb.empty() && !changes_the_verb(norm(particle))) other_verb.clear();
            other_verb_asked = true;
          }
          if (!other_verb.empty() && !code_matches(unit.code, other_verb)) {
            excluded(unit, [&] { return fmt::format("a form of the separable verb {}", other_verb); });
            continue;
          }
        }
        if (unit.role != Role::near) {
          add_candidate(unit.code, unit.role, w, w, unit.source);
          continue;
        }
        const NearPattern& np = cb.nears[unit.near];
        near_last[np.state + unit.near_term] = static_cast<long>(w);
        long first = static_cast<long>(w);
        for (std::uint32_t t = 0; t < np.terms; ++t) first = std::min(first, near_last[np.state + t]);
        if (static_cast<long>(w) - first <= np.within && first >= sentence_first) {
          add_candidate(np.code, Role::hit, static_cast<std::size_t>(first), w, np.source);
          for (std::uint32_t t = 0; t < np.terms; ++t) near_last[np.state + t] = std::numeric_limits<long>::min() / 2;
        }
      }
      if (phrases) match_phrases_from(w);
    }
  }

  // Whether a word of the segment meets each need of phrase p: else it starts nowhere.
  bool may_start(std::uint32_t p) const {
    for (std::uint32_t i = cb.need_first[p]; i < cb.need_first[p + 1]; ++i)
      if (need_segment[cb.phrase_needs[i].need] != segment_number) return false;
    return true;
  }

  // Whether each need of phrase p is met within its reach after word w,
  // the words of an aside its clause goes on after not counted: else
  // match_phrase cannot match p from there.
  bool needs_within_reach(std::uint32_t p, std::size_t w) const {
    for (std::uint32_t i = cb.need_first[p]; i < cb.need_first[p + 1]; ++i) {
      const auto [need, reach] = cb.phrase_needs[i];
      const std::size_t last = std::min(w + reach + aside_words[w], words.size() - 1);
      bool met = false;
      for (std::size_t v = w + 1; v <= last && !met; ++v) met = std::ranges::binary_search(infos[v].info->needs, need);
      if (!met) return false;
    }
    return true;
  }

  // The phrases that start at word w: those the next word goes on with, by
  // its keys, and those a gap follows, whose word after the gap must be
  // within reach; in the order of the phrases, as the codebook has them.
  void match_phrases_from(std::size_t w) {
    const NormInfo& n = *infos[w].info;
    phrase_starts.clear();
    if (w + 1 < words.size() && (infos[w].next_bits & infos[w + 1].bits))
      for (auto key : infos[w + 1].info->keys) {
        auto it = std::lower_bound(n.phrases_by_next_key.begin(), n.phrases_by_next_key.end(), std::pair{key, 0u});
        for (; it != n.phrases_by_next_key.end() && it->first == key; ++it)
          if (may_start(it->second)) phrase_starts.push_back(it->second);
      }
    if (n.live_segment != segment_number) {
      n.live_segment = segment_number;
      n.live_gap.clear();
      n.live_ahead = 0;
      std::uint32_t begin = 0;
      for (const auto& [need, end] : n.gap_runs) {
        if (need == kNoNeed || need_segment[need] == segment_number)
          for (std::uint32_t k = begin; k < end; ++k)
            if (const GapPhrase& g = n.phrases_gap_next[n.gap_by_need[k]]; may_start(g.phrase)) {
              n.live_gap.push_back(n.gap_by_need[k]);
              if (g.ahead != kAnyBits) n.live_ahead |= g.ahead;
            }
        begin = end;
      }
    }
    const std::uint64_t ahead = n.live_gap.empty() ? 0 : bits_ahead(w) & n.live_ahead;
    reach_bits.clear();  // reach_bits[k]: the bits of the k + 1 words after w
    for (auto i : n.live_gap) {
      // g's word after the gap may be within reach; its last word must be
      const GapPhrase& g = n.phrases_gap_next[i];
      if (g.ahead != kAnyBits && !(g.ahead & ahead)) continue;
      if (g.last_bits != kAnyBits) {
        const std::size_t span = g.span + aside_words[w];
        while (reach_bits.size() < span && w + 1 + reach_bits.size() < words.size())
          reach_bits.push_back((reach_bits.empty() ? 0 : reach_bits.back()) | infos[w + 1 + reach_bits.size()].bits);
        if (reach_bits.empty() || !(g.last_bits & reach_bits[std::min(span, reach_bits.size()) - 1])) continue;
      }
      phrase_starts.push_back(g.phrase);
    }
    std::sort(phrase_starts.begin(), phrase_starts.end());
    phrase_starts.erase(std::unique(phrase_starts.begin(), phrase_starts.end()), phrase_starts.end());
    for (auto id : phrase_starts) {
      if (!needs_within_reach(id, w)) continue;
      const Phrase& p = cb.phrases[id];
      const Element& first = p.elements.front();
      if (first.read_as_verb && read_as_noun(w)) continue;
      if (first.diminutive && !n.diminutive) continue;
      // (a phrase's verb is no noun after its article: De vissen in de
      // gracht zwemmen in troebel water, no in troebel water vissen)
      if (first.verb && !n.verb && !participle(w) && w > clause_start[w] &&
          infos[w - 1].context == ContextWord::determiner)
        continue;
      if (first.opens_clause && w != clause_start[w] &&
          !(w - 1 == clause_start[w] && infos[w - 1].context == ContextWord::coordinator))
        continue;
      const long last = match_phrase(p, 1, w + 1);
      if (last < 0) continue;
      const auto end = static_cast<std::size_t>(last);
      if (starts_in_other_object(p, first, w, end)) continue;
      if (!auxiliary_of_phrase_verb(p, end) && !verb_with_particle_after(p, w, end) && !stranded_preposition(p, end) &&
          !preposition_of_time(p, end) && !te_clause_om(p, end) && !no_copula_phrase(p, w, end) &&
          !reflexive_disagrees(p, w, end) && !r_word_missing(p, w, end) && !wat_opens_clause(p, w, end) &&
          !laten_of_infinitive(p, end) && !infinitive_after_verb_first(p, w, end))
        add_candidate(p.code, p.role, w, end, p.source);
    }
  }

  void match_regexes(std::string_view text) {
    if (cb.regexes.empty()) return;
    UErrorCode status = U_ZERO_ERROR;
    const std::size_t folding = first_folding_to_ascii(text);  // once for all the prefilters
    bool opened = false;
    for (std::size_t r = 0; r < cb.regexes.size(); ++r) {
      const std::size_t from = cb.regexes[r].prefilter.first_candidate(text, folding);
      if (from == std::string_view::npos) continue;
      if (!opened) {
        utext = utext_openUTF8(utext, text.data(), static_cast<int64_t>(text.size()), &status);
        opened = true;
      }
      icu::RegexMatcher& m = *regex_matchers[r];
      status = U_ZERO_ERROR;
      m.reset(utext);
      for (bool found = m.find(static_cast<int64_t>(from), status); found && U_SUCCESS(status); found = m.find(status)) {
        auto b = static_cast<std::size_t>(m.start64(status));
        auto e = static_cast<std::size_t>(m.end64(status));
        if (b == e) continue;
        auto first = std::lower_bound(words.begin(), words.end(), b,
                                      [&](std::size_t t, std::size_t off) { return tokens[t].end <= off; });
        auto last = std::lower_bound(first, words.end(), e,
                                     [&](std::size_t t, std::size_t off) { return tokens[t].end < off; });
        const auto first_word = static_cast<std::size_t>(first - words.begin());
        candidates.push_back({cb.regexes[r].code, Role::hit, b, e, first_word,
                              std::max(first_word, static_cast<std::size_t>(last - words.begin())), cb.regexes[r].source});
      }
      if (status == U_REGEX_TIME_OUT || status == U_REGEX_STACK_OVERFLOW) {
        const RegexPattern& rp = cb.regexes[r];
        const Codebook& book = compiled.codebook();
        throw DataError({book.path, rp.pattern_text->mark.line, rp.pattern_text->mark.column},
                        fmt::format("regular expression '{}' of code {} ran away ({}) and was stopped; "
                                    "simplify it (nested repetition such as (a+)+ is the usual cause)",
                                    rp.pattern_text->text, book.codes[rp.code].id,
                                    status == U_REGEX_TIME_OUT ? "time limit" : "stack limit"));
      }
    }
  }

  // A negation word, but not the niet of `niet alleen ... maar ook`, nor
  // one before a word of quantity or frequency, which says `in part` (niet
  // altijd gezellig, niet iedereen helpt; but niet helemaal, which readers
  // take as a negation: Demonteer dat nou niet helemaal), nor
  // `niet niet`, which cancels (je kunt niet niet meedoen: you must), nor
  // `van niet` for a clause (ik hoop van niet), nor
  // one that compares, its clause going on with zo and an als-clause
  // (nergens woon je zo fijn als hier; niemand helpt zo goed als zij).
  bool negates(std::size_t w) const {
    if (!infos[w].negation) return false;
    // als compares inside the clause (zo goed als mijn buurvrouw) or opens
    // the next (zo vaak als ik wil), but not after a comma, where it opens
    // a condition (daar til ik niet zo zwaar aan, als het maar eerlijk gaat)
    const std::size_t end = std::min(clause_end[w] + 1, words.size());
    bool zo = false;
    for (std::size_t z = w + 1; z < end; ++z) {
      if (zo && norm(z) == "als" && tokens[words[z] - 1].norm != ",") return false;
      // (even compares where no verb follows it: even lang als; not even
      // aantrapt als je de pont ziet, a moment's even before a condition)
      zo = zo || is_one_of({"zo", "zo'n"}, norm(z)) || (norm(z) == "even" && !(z + 1 < end && infos[z + 1].info->verb));
    }
    // nog geen before a number or a measure says `less than` (in nog geen
    // jaar herbouwd, nog geen tien mensen kwamen)
    if (norm(w) == "geen" && w > 0 && norm(w - 1) == "nog" && w + 1 < words.size() &&
        (infos[w + 1].context == ContextWord::number || spelled_number(norm(w + 1)) || time_unit(norm(w + 1)) ||
         is_one_of({"meter", "kilometer", "euro", "procent", "half", "kwart"}, norm(w + 1))))
      return false;
    // uit het niets says suddenly (gaf me uit het niets een klap)
    if (is_one_of({"niets", "niks"}, norm(w)) && w >= 2 && norm(w - 1) == "het" && norm(w - 2) == "uit") return false;
    // (nie: niet as it is said and typed, where a codebook lists it)
    if (norm(w) != "niet" && norm(w) != "nie") return true;
    // van niet ending the clause stands for a clause (ik hoop van niet,
    // ik denk van niet): the hope or the thought is there
    if (w > clause_start[w] && norm(w - 1) == "van" && w + 1 == clause_end[w]) return false;
    if (w + 1 < words.size() &&
        is_one_of({"niet", "altijd", "iedereen", "alle", "alles", "elke", "elk", "ieder", "iedere", "veel", "vaak",
                   "overal", "allemaal"},
                  norm(w + 1)))
      return false;
    // niet alleen ... maar (ook) adds; without a maar after it in the
    // sentence it negates (ze redt zich niet alleen, ze heeft thuiszorg)
    if (w + 1 < words.size() && is_one_of({"alleen", "enkel", "slechts", "zozeer"}, norm(w + 1)))
      for (std::size_t v = w + 2; v < words.size() && !opens_sentence(v); ++v)
        if (norm(v) == "maar") return false;
    // a question its finite verb opens asks for what niet eens or niet
    // even says (Moet u niet eens op adem komen?); not niet wat, which
    // readers took both ways (Mogen we niet wat langer doorspelen?), nor
    // niet gewoon, which most took as a negation (Kunt u die lamp niet
    // gewoon repareren?)
    if (w + 1 < words.size() && is_one_of({"eens", "even"}, norm(w + 1)) && in_yes_no_question(w))
      return false;
    return !(w > 0 && norm(w - 1) == "niet");
  }

  // Word w, an adjective that spells a noun too, after a form of zijn,
  // worden or blijven, or after iets, wat or a word of degree, is the
  // adjective (dat is fout, iets fout zeggen; not een fout, fouten).
  bool predicative_adjective(std::size_t w) {
    if (!infos[w].info->adjective || w == clause_start[w]) return false;
    return degree_word(norm(w - 1)) || is_one_of({"iets", "niets", "niks", "wat", "helemaal", "totaal"}, norm(w - 1)) ||
           (infos[w - 1].context == ContextWord::auxiliary && form_of(w - 1, {"zijn", "worden", "blijven"}));
  }

  // Whether a word after w in its clause may be a verb that is no particle
  // nor an infinitive after te, which w's verb takes (die zitten ergens met
  // hun winst te lachen), nor a noun after its article (die zitten alleen
  // op de bank).
  bool verb_after(std::size_t w) const {
    for (std::size_t v = w + 1; v < clause_end[w]; ++v)
      if (infos[v].info->verb && !infos[v].particle && infos[v].shape != VerbShape::other &&
          !is_one_of({ContextWord::te, ContextWord::determiner, ContextWord::het}, infos[v - 1].context))
        return true;
    return false;
  }

  // Word w stands in a sentence that a finite verb opens and a question
  // mark ends.
  bool in_yes_no_question(std::size_t w) const {
    std::size_t first = w;
    while (!opens_sentence(first)) --first;
    if (!infos[first].finite || infos[first].ambiguous) return false;
    for (std::size_t t = words[w] + 1; t < tokens.size(); ++t)
      if (ends_sentence(tokens[t])) return tokens[t].norm.find('?') != std::string::npos;
    return false;
  }

  // Whether the hit is a verb other than an infinitive with te (helpt,
  // geholpen, ruimden ... op; not mee te doen).
  bool verbal(std::size_t first_word, std::size_t last_word) const {
    for (std::size_t w = first_word; w <= last_word; ++w)
      if (infos[w].info->verb && !(w > 0 && norm(w - 1) == "te")) return true;
    return false;
  }

  // A hit is negated by a negation word in its clause: within the window
  // before it (geen hulp, niet vertrouwen), anywhere before it when the hit
  // is a verb (niemand heeft het ons uitgelegd, geen mens heeft ons ooit
  // geholpen) or a negating adverb opens the main clause before its finite
  // verb (nergens in de wijk staan nog oude bomen), or its te-infinitive's zonder (zonder ook maar één keer te
  // mopperen), inside it
  // (ze doen niet mee, word je nooit gehoord), or after it up to twice the
  // window where Dutch puts the negation after the verb and its object:
  // the hit is a finite verb or follows one in its clause (ik vertrouw de
  // gemeente niet, ik ken mijn buren niet, vertrouw je ze niet?), or its
  // clause is subordinate, whose verb comes last (omdat ik mijn buren niet
  // ken); a geen after a hit that is no verb negates only its own noun. A
  // subject before its verb is not negated by what follows (hulp is
  // geen probleem). `zonder` negates only what follows it in its own
  // phrase, a noun or an infinitive with te (zonder hulp, zonder mee te
  // doen), not a verb (we ruimden de zaal zonder hulp op).
  // Returns the negation word's index, or -1.
  long negated(std::size_t first_word, std::size_t last_word) const {
    const std::size_t window = static_cast<std::size_t>(compiled.codebook().negation.window);
    if (first_word >= words.size()) return -1;
    last_word = std::min(last_word, words.size() - 1);
    const bool verb = verbal(first_word, last_word);
    auto negates_hit = [&](std::size_t w) { return negates(w) && !(verb && norm(w) == "zonder"); };
    const std::size_t start = clause_start[first_word];
    const std::size_t from = std::max(start, first_word >= window ? first_word - window : 0);
    bool with_te = false;  // mee te doen, te helpen
    for (std::size_t w = first_word > start ? first_word - 1 : first_word; w <= last_word; ++w) with_te |= norm(w) == "te";
    // a negating adverb that opens its main clause, its finite verb after
    // it, reaches all of the clause (nergens in de wijk staan nog oude
    // bomen); a negating subject only its own phrase and the verb (geen mens
    // heeft het over de regels gehad: the rules are named)
    auto fronted = [&](std::size_t w) {
      if (w != start || infos[start].info->subordinate || !is_one_of({"nergens", "nooit", "niet", "nimmer"}, norm(w)))
        return false;
      for (std::size_t v = w + 1; v < first_word; ++v)
        if (infos[v].finite) return true;
      return false;
    };
    // a te-infinitive is the clause's verb too, where no om ... te clause
    // opens between (niemand durft dat aan de kaak te stellen; not ik vind
    // het niet erg om mee te doen)
    auto te_clause_between = [&](std::size_t w) {
      for (std::size_t v = w + 1; v < first_word; ++v)
        if (opens_te_clause(v)) return true;
      return false;
    };
    // geen on the noun itself negates it, in a clause that compares too
    // (geen schrijfster zo bewonderde als Hella Haasse, Geen enkel hotel
    // zit zo vol als het onze)
    if (!verb && first_word > start) {
      std::size_t g = first_word - 1;
      if (g > start && is_one_of({"enkel", "enkele"}, norm(g))) --g;
      if (norm(g) == "geen" && infos[g].negation) return static_cast<long>(g);
    }
    // (not in an aside the hit spans: tappen, als er nog niemand vorst
    // verwacht, de leiding leeg; find_resumptions)
    auto step = [&](std::size_t w) {
      const std::size_t next = resumption_after(w);
      return next <= last_word ? next : w + 1;
    };
    for (std::size_t w = start; w < last_word; w = step(w))
      if (negates_hit(w) && (w >= from || w > first_word || verb || fronted(w) ||
                             (with_te && ((opens_te_clause(w + 1) && is_one_of({"niet", "nooit"}, norm(w))) ||
                                          norm(w) == "zonder" || !te_clause_between(w)))))
        return static_cast<long>(w);
    bool after_verb = infos[start].info->subordinate && (verb || !subject_of_conjunction_clause(first_word)),
         finite_hit = false;
    for (std::size_t w = start; w <= last_word && !after_verb; w = step(w))
      after_verb = infos[w].finite && !possessive_zijn(w);
    for (std::size_t w = first_word; w <= last_word && verb; ++w) finite_hit |= infos[w].finite;
    // a verb put first in its main clause, its finite verb right after it,
    // is negated anywhere in the clause (geraadpleegd zijn we nooit,
    // meedoen wil ik niet)
    const bool fronted_verb = verb && first_word == start && !infos[start].info->subordinate &&
                              last_word + 1 < clause_end[last_word] && infos[last_word + 1].finite;
    if (after_verb || fronted_verb) {
      const std::size_t to = finite_hit || fronted_verb ? clause_end[last_word]
                                                        : std::min(clause_end[last_word], last_word + 1 + 2 * window);
      // geen there negates its own noun, no noun before it (bij de
      // tramhalte staat geen bankje), but a verb's object (ik vertrouw geen
      // politici)
      for (std::size_t w = last_word + 1; w < to && !opens_te_clause(w); ++w)
        if (negates(w) && norm(w) != "zonder" && (verb || norm(w) != "geen")) return static_cast<long>(w);
    }
    return verb ? held_negation(start) : -1;
  }

  // Word w opens the subject of a clause that a conjunction opens, with only
  // an article, a possessive, a number or adjectives before it (omdat de
  // buren niet helpen, ik weet dat veel mensen niet stemmen): a negation
  // after it is its verb's, as in a main clause (de buren helpen niet). Not
  // after a subject pronoun (omdat ik mijn buren niet ken), nor in a
  // relative clause (de mensen die de buren niet kennen).
  bool subject_of_conjunction_clause(std::size_t w) const {
    const std::size_t start = clause_start[w];
    if (w == start) return false;
    const std::string_view opener = norm(start);
    const bool conjunction =
        is_one_of({"omdat", "als", "wanneer", "terwijl", "doordat", "zodat", "hoewel", "toen", "zodra", "voordat", "nadat",
                   "tenzij", "indien", "mits", "totdat"},
                  opener) ||
        (opener == "dat" && start > 0 && clause_start[start - 1] != start - 1 &&
         ((infos[start - 1].info->verb && !infos[start - 1].ambiguous) || negates(start - 1)));
    return conjunction && noun_phrase_words(start + 1, w);
  }

  // Word w is the om of an om ... te clause, whose negation is its own (zij
  // koos ervoor om niet te verhuizen), not the preposition (ik vroeg om
  // geen hulp). A niet or nooit right before it is its verb's (het lukte
  // niet om het voor te bereiden, hij durfde niet om hulp te vragen; not ik
  // vind het niet erg om mee te doen), not an object's niks (het kost niks
  // om mee te doen).
  bool opens_te_clause(std::size_t w) const {
    if (w >= words.size() || norm(w) != "om") return false;
    // (not where the te is a zonder's: schepte de hoop om zonder handschoenen aan te trekken)
    for (std::size_t t = w + 1; t < clause_end[w] && norm(t) != "zonder"; ++t)
      if (norm(t) == "te") return true;
    return false;
  }

  // The verb of a dat-clause after `ik denk niet`, `ik geloof niet`, `we
  // verwachten niet` holds the negation: `ik denk niet dat hij vertrekt` is
  // `ik denk dat hij niet vertrekt`. Not after a past (ik had niet gedacht
  // dat het zo goed zou gaan: it did), nor after weten, zeggen, ... (ik weet
  // niet of ze komt). So does a relative clause about niemand, niets or geen
  // ... (er is niemand die nog schrijft, ik ken geen buren die helpen),
  // but not a die or dat after a comma, which points (Geen probleem, dat
  // regelen we wel).
  // Returns the negation word's index, or -1.
  long held_negation(std::size_t start) const {
    if (start == 0) return -1;
    if (is_one_of({"die", "dat"}, norm(start)) && words[start - 1] + 1 == words[start]) {
      if (is_one_of({"niemand", "niets", "niks"}, norm(start - 1)) && negates(start - 1))
        return static_cast<long>(start - 1);
      for (std::size_t g = start - 1; g-- > clause_start[start - 1] && g + 3 >= start;)
        if (norm(g) == "geen" && negates(g)) return static_cast<long>(g);
    }
    if (norm(start) != "dat") return -1;
    const std::size_t from = clause_start[start - 1];
    // (verwacht after an auxiliary is the participle: niemand had verwacht
    // dat de halte zou worden verplaatst)
    bool holds = false, auxiliary = false;
    for (std::size_t w = from; w < start; ++w) {
      holds |= infos[w].info->holds && !(auxiliary && infos[w].info->participle);
      auxiliary |= infos[w].context == ContextWord::auxiliary;
    }
    for (std::size_t w = from; w < start && holds; ++w)
      if (negates(w) && norm(w) != "zonder") return static_cast<long>(w);
    return -1;
  }

  std::string surface(std::size_t begin, std::size_t end) const { return std::string(text.substr(begin, end - begin)); }

  void note(const Candidate& h, HitNote::Fate fate, std::string why) {
    if (notes) notes->push_back({h.code, {h.begin, h.end}, cb.source(h.source), fate, std::move(why)});
  }

  // resolve() in steps. Candidates sorted by code; within a code the
  // exclusions first, then the hits by position, a longer hit before one it contains.
  void sort_candidates() {
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
      if (a.code != b.code) return a.code < b.code;
      if (a.role != b.role) return a.role > b.role;  // exclusions first
      if (a.begin != b.begin) return a.begin < b.begin;
      return a.end > b.end;
    });
  }

  // The exclusion among candidates[from, to) whose match holds hit h, or nullptr.
  const Candidate* veto(const Candidate& h, std::size_t from, std::size_t to) const {
    for (std::size_t x = from; x < to; ++x)
      if (candidates[x].begin <= h.begin && h.end <= candidates[x].end) return &candidates[x];
    return nullptr;
  }

  // Counts, flags or drops hit h of code c by its negation and the code's negation mode.
  void judge_negation(const Candidate& h, const Code& c, CodeMatch& cm) {
    long negation = negated(h.first_word, h.last_word);
    // a negation that a phrase found writes itself is its own word: no
    // negation of the phrase (geen oog dichtdoen), nor of a hit none of whose
    // words the phrase writes (Die luisteraars zijn niet weg te denken;
    // hebben de ruiters het niet op); but of one that shares them (je niet
    // welkom voelt, where another code's phrase writes zich niet welkom voelen)
    if (negation >= 0 && own_negation(static_cast<std::size_t>(negation), h)) negation = -1;
    std::string why;
    if (notes && negation >= 0)
      why = fmt::format("negated by '{}' {} it (negation: {})", norm(static_cast<std::size_t>(negation)),
                        static_cast<std::size_t>(negation) < h.first_word  ? "before"
                        : static_cast<std::size_t>(negation) > h.last_word ? "after"
                                                                            : "inside",
                        negation_mode_name(c.negation));
    if (c.negation == NegationMode::count || negation < 0) {
      cm.counted.push_back({h.begin, h.end});
      note(h, HitNote::Fate::counted, why);
    } else if (c.negation == NegationMode::flag) {
      cm.negated.push_back({h.begin, h.end});
      note(h, HitNote::Fate::flagged, why);
    } else {
      note(h, HitNote::Fate::dropped, why);
    }
  }

  // The phrase of another code that writes noun term hit h's word where it
  // stands, or null: a noun in a set phrase loses its own sense (geen moer
  // van snappen holds no nut; aan de bel trekken no doorbell).
  const Candidate* idiom_holding(const Candidate& h) const {
    if (cb.sources[h.source].as != WordClass::noun || h.first_word != h.last_word) return nullptr;
    for (const Candidate& c : candidates)
      if (c.role == Role::hit && c.code != h.code && cb.several_words[c.source] && c.first_word <= h.first_word &&
          h.last_word <= c.last_word && phrase_writes(cb.sources[c.source].text, norm(h.first_word)))
        return &c;
    return nullptr;
  }

  // Whether negation word w is hit h's phrase's own word, or that of
  // another phrase found that writes none of h's words where they stand in
  // it (judge_negation).
  bool own_negation(std::size_t w, const Candidate& h) const {
    const auto writes = [&](const Candidate& c) {
      return c.first_word <= w && w <= c.last_word && cb.several_words[c.source] &&
             phrase_writes(cb.sources[c.source].text, norm(w));
    };
    if (writes(h)) return true;
    return std::ranges::any_of(candidates, [&](const Candidate& c) {
      if (c.role != Role::hit || !writes(c)) return false;
      for (std::size_t v = std::max(h.first_word, c.first_word); v <= std::min(h.last_word, c.last_word); ++v)
        if (phrase_writes(cb.sources[c.source].text, norm(v))) return false;
      return true;
    });
  }

  // Whether a pattern's text holds `word` as one of its words (niks as
  // niets and niets as niks, which they stand for: er niks van bakken, niets
  // te zoeken hebben).
  static bool phrase_writes(const std::string& text, std::string_view word) {
    auto nothing_as_niets = [](std::string_view w) { return w == "niks" ? std::string_view("niets") : w; };
    return std::ranges::any_of(CompiledCodebook::Impl::phrase_words(text), [&](const PhraseWord& w) {
      return nothing_as_niets(fold(w.text)) == nothing_as_niets(word);
    });
  }

  // Codebook::method: enough of the words tell how the study was done.
  bool is_method_paragraph() const {
    const MethodRule& rule = *cb.method;
    const auto n = static_cast<std::size_t>(
        std::count_if(infos.begin(), infos.end(), [](const WordInfo& w) { return w.method_word; }));
    return n >= static_cast<std::size_t>(rule.min_words) &&
           n * 100 >= static_cast<std::size_t>(rule.min_per_100_words) * infos.size();
  }

  bool in_skipped(const Candidate& h) const {
    return std::any_of(skipped.begin(), skipped.end(),
                       [&](const ByteRange& q) { return q.begin <= h.begin && h.end <= q.end; });
  }

  CodeMatch fresh_match(std::uint32_t code) {
    CodeMatch cm;
    if (!spare.empty()) {
      cm = std::move(spare.back());
      spare.pop_back();
      cm.counted.clear();
      cm.negated.clear();
      cm.question_hits = 0;
    }
    cm.code = code;
    return cm;
  }

  // Whether a candidate in [from, to) of h's phrase ends where h does but
  // begins later: a word of its first said twice before the rest (u hoeft
  // zich niet schuldig te voelen: zich, not u; niet van de overheid mag
  // afhangen after van dit bedrijf), where the nearer one is the phrase's.
  // Not an article, which a noun of the clause has too (ik ben het met het
  // plan eens), nor a term's separable verb (stemde de hoogbouw ... stemmen
  // weg), nor the er of a phrase's pronominal adverb, which its preposition
  // alone matches too (er helemaal in gestonken: in gestonken).
  bool tighter_match(const Candidate& h, std::size_t from, std::size_t to) const {
    for (std::size_t k = from; k < to; ++k) {
      const Candidate& c = candidates[k];
      if (c.source == h.source && cb.several_words[h.source] && c.end == h.end && c.begin > h.begin && c.role == h.role &&
          !is_one_of({"het", "'t", "de", "een", "er", "d'r"}, norm(h.first_word)))
        return true;
    }
    return false;
  }

  // The hits of one code, candidates[begin, end): vetoed by an exclusion,
  // counted once when inside a longer hit, then judged by negation.
  // `spans` is set when a counted hit spans several words.
  CodeMatch resolve_code(std::size_t begin, std::size_t end, bool& spans) {
    const std::uint32_t code = candidates[begin].code;
    const Code& c = compiled.codebook().codes[code];
    std::size_t hits = begin;
    while (hits < end && candidates[hits].role == Role::exclude) ++hits;
    CodeMatch cm = fresh_match(code);
    spans = false;
    if (blocked && !blocked->codes[code].empty()) {
      for (std::size_t j = hits; j < end; ++j) note(candidates[j], HitNote::Fate::not_applied, blocked->codes[code]);
      return cm;
    }
    std::size_t covered_to = 0;
    bool any = false;
    for (std::size_t j = hits; j < end; ++j) {
      const Candidate& h = candidates[j];
      if (const Candidate* x = veto(h, begin, hits)) {
        note(h, HitNote::Fate::excluded,
             fmt::format("inside '{}', {}", surface(x->begin, x->end), cb.source(x->source)));
        continue;
      }
      if (in_skipped(h)) {
        note(h, HitNote::Fate::excluded, *skipped_why);
        continue;
      }
      if (const Candidate* p = idiom_holding(h)) {
        note(h, HitNote::Fate::excluded,
             fmt::format("a word of '{}', {}", surface(p->begin, p->end), cb.source(p->source)));
        continue;
      }
      if (any && h.end <= covered_to) {
        note(h, HitNote::Fate::inside_longer, "inside a longer hit of the same code");
        continue;
      }
      if (tighter_match(h, j + 1, end)) {
        note(h, HitNote::Fate::inside_longer, "its pattern matches from a later word to the same end");
        continue;
      }
      any = true;
      covered_to = std::max(covered_to, h.end);
      const std::size_t counted = cm.counted.size();
      judge_negation(h, c, cm);
      spans |= cm.counted.size() > counted && cb.several_words[h.source];
    }
    return cm;
  }

  // In a long segment or a paragraph about the study's method, a theme
  // whose applying codes have too few counted hits together, none spanning
  // several words, is a passing mention: its codes do not apply
  // (Codebook::long_segments, Codebook::method).
  void drop_passing_themes(std::vector<CodeMatch>& out) {
    const Codebook& book = compiled.codebook();
    const LongSegments& long_rule = book.long_segments;
    const bool long_segment = long_rule.words != 0 && words.size() > static_cast<std::size_t>(long_rule.words);
    if (!method_why && !long_segment) return;
    const int needed = method_why ? book.method.theme_hits : long_rule.theme_hits;
    auto why = [&](const std::string& theme, std::size_t hits) {
      const std::string mention = fmt::format("theme {} has {} counted hit{} of one word", theme, hits, hits == 1 ? "" : "s");
      if (method_why) return fmt::format("{} {}, fewer than the {} method.theme_hits asks", mention, *method_why, needed);
      return fmt::format("{} in a segment of {} words, fewer than the {} long_segments asks", mention, words.size(), needed);
    };
    struct Evidence {
      std::size_t hits = 0;
      bool spans = false;
    };
    std::unordered_map<std::string_view, Evidence> themes;
    for (std::size_t i = 0; i < out.size(); ++i) {
      Evidence& e = themes[book.codes[out[i].code].theme];
      e.hits += out[i].counted.size();
      e.spans |= spans_words[i] != 0;
    }
    std::size_t kept = 0;
    for (std::size_t i = 0; i < out.size(); ++i) {
      const std::string& theme = book.codes[out[i].code].theme;
      const Evidence& e = themes[theme];
      if (out[i].counted.empty() || e.spans || e.hits >= static_cast<std::size_t>(needed)) {
        if (kept != i) std::swap(out[kept], out[i]);
        ++kept;
        continue;
      }
      if (notes)
        notes->push_back({out[i].code, out[i].counted.front(), method_why ? "method" : "long_segments",
                          HitNote::Fate::passing, why(theme, e.hits)});
    }
    group_notes_by_code();
    for (std::size_t i = kept; i < out.size(); ++i) spare.push_back(std::move(out[i]));
    out.resize(kept);
  }

  // A code applies when its counted hits reach min_hits; one with only
  // flagged hits is kept for review.
  bool keep(const CodeMatch& cm) const {
    const Code& c = compiled.codebook().codes[cm.code];
    return cm.counted.size() >= static_cast<std::size_t>(c.min_hits) || (cm.counted.empty() && !cm.negated.empty());
  }

  // The answer's first clause when it holds no word but negation words and
  // non-answers (AnswerRule: Weet niet; geen idee, ...), "" for one without
  // words; nullopt when it says something.
  std::optional<std::string_view> non_answer() const {
    if (compiled.codebook().answers.non_answers_mark.line == 0) return std::nullopt;
    std::size_t w = 0;
    for (; w < words.size() && clause_start[w] == 0; ++w)
      if (!infos[w].negation && !infos[w].info->non_answer) return std::nullopt;
    if (w == 0) return std::string_view();
    return text.substr(tokens[words[0]].begin, tokens[words[w - 1]].end - tokens[words[0]].begin);
  }

  // An answer that codes nothing takes its question's codes (Matcher::match),
  // unless it says no or nothing.
  void answer_from_question(const std::vector<QuestionCode>& asked, const Blocked& blocked,
                            std::vector<CodeMatch>& out) {
    if (std::any_of(out.begin(), out.end(), [](const CodeMatch& c) { return !c.counted.empty(); })) return;
    const auto nothing = non_answer();
    for (const auto& q : asked) {
      if (!blocked.codes[q.code].empty()) continue;
      if (nothing) {
        if (notes)
          notes->push_back({q.code, {}, "its question", HitNote::Fate::not_applied,
                            fmt::format("{} in '{}': {} (answers.non_answers, line {})", q.words, blocked.question,
                                        nothing->empty() ? std::string("the answer has no words")
                                                         : fmt::format("'{}' says no or nothing", *nothing),
                                        compiled.codebook().answers.non_answers_mark.line)});
        continue;
      }
      auto it = std::find_if(out.begin(), out.end(), [&](const CodeMatch& c) { return c.code == q.code; });
      if (it == out.end()) {
        out.emplace_back();
        it = out.end() - 1;
        it->code = q.code;
      }
      it->question_hits = q.hits;
      if (notes)
        notes->push_back({q.code, {}, "its question", HitNote::Fate::counted,
                          fmt::format("{} in '{}' (the answer codes nothing), {}", q.words, blocked.question,
                                      blocked.answers)});
    }
    sort_by_code_id(out);
    group_notes_by_code();
  }

  // The codes that apply to `question` with every code allowed (matched by
  // `self`, whose state this is); matched once, then kept.
  const std::vector<QuestionCode>& question_codes(Matcher& self, const std::string& question) {
    if (auto* it = asked.find(question)) return it->second;
    if (asked.size() >= kAskedLimit || asked_bytes >= kAskedBytes) {
      asked.clear();
      asked_bytes = 0;
    }
    Blocked open;
    open.codes.assign(compiled.codebook().codes.size(), std::string());
    std::vector<HitNote>* saved_notes = std::exchange(notes, nullptr);
    std::vector<CodeMatch> found;
    try {
      self.match(question, found, &open);
    } catch (...) {
      notes = saved_notes;
      throw;
    }
    notes = saved_notes;
    std::vector<QuestionCode> codes;
    for (const auto& f : found) {
      if (f.counted.empty()) continue;
      QuestionCode& q = codes.emplace_back();
      q.code = f.code;
      q.hits = f.counted.size();
      for (const auto& h : f.counted)
        q.words += (q.words.empty() ? "" : ", ") + question.substr(h.begin, h.end - h.begin);
      asked_bytes += q.words.size();
    }
    asked_bytes += question.size();
    return asked.emplace(question, std::move(codes)).first->second;
  }

  void resolve(std::vector<CodeMatch>& out) {
    sort_candidates();
    for (auto& previous : out) spare.push_back(std::move(previous));
    out.clear();
    spans_words.clear();
    for (std::size_t i = 0; i < candidates.size();) {
      std::size_t j = i;
      while (j < candidates.size() && candidates[j].code == candidates[i].code) ++j;
      bool spans = false;
      CodeMatch cm = resolve_code(i, j, spans);
      if (keep(cm)) {
        out.push_back(std::move(cm));
        spans_words.push_back(spans);
      } else {
        spare.push_back(std::move(cm));
      }
      i = j;
    }
    drop_passing_themes(out);
    sort_by_code_id(out);
  }

  void sort_by_code_id(std::vector<CodeMatch>& out) const {
    const auto& codes = compiled.codebook().codes;
    std::sort(out.begin(), out.end(),
              [&](const CodeMatch& a, const CodeMatch& b) { return codes[a.code].id < codes[b.code].id; });
  }

  // Notes added after a code's others (a passing theme's, an answer's
  // question's) go with them.
  void group_notes_by_code() {
    if (notes)
      std::stable_sort(notes->begin(), notes->end(), [](const HitNote& a, const HitNote& b) { return a.code < b.code; });
  }
};

const std::vector<Token>& Matcher::tokens() const { return impl_->tokens; }

Matcher::Matcher(const CompiledCodebook& compiled) : impl_(std::make_unique<Impl>(compiled)) {}
Matcher::~Matcher() = default;

void Matcher::explain(std::string_view text, std::vector<CodeMatch>& out, std::vector<HitNote>& notes,
                      std::vector<WordNote>& words, const Blocked* blocked) {
  Impl& m = *impl_;
  notes.clear();
  m.notes = &notes;
  m.readings.clear();
  try {
    match(text, out, blocked);
  } catch (...) {
    m.notes = nullptr;
    throw;
  }
  m.notes = nullptr;
  words.clear();
  for (std::size_t w = 0; w < m.words.size(); ++w) {
    const Token& t = m.tokens[m.words[w]];
    const std::string plain = without_stress_marks(t.norm);
    const Lemmas& l = m.lemmatiser.lookup(plain.empty() ? t.norm : std::string_view(plain));
    // ik's verb, before or after it, jij's after it (spuit jij: spuiten,
    // not spuien) and je's that opens its clause, and an imperative, which
    // opens its clause before no subject, are the bare stem; a verb after te, or one
    // that ends a clause a modal opened (at its end or before a comma), the
    // infinitive
    auto norm_at = [&](std::size_t i) { return i < m.words.size() ? std::string_view(m.tokens[m.words[i]].norm) : ""; };
    const bool ends_clause = w + 1 == m.clause_end[w] ||
                             (m.words[w] + 1 < m.tokens.size() && !is_word_token(m.tokens[m.words[w] + 1]));
    const FormSlot slot =
        (w > 0 && norm_at(w - 1) == "ik") || norm_at(w + 1) == "ik" || norm_at(w + 1) == "jij" ||
                (w == m.clause_start[w] && norm_at(w + 1) == "je")
            ? FormSlot::first_person
        : w == m.clause_start[w] && !m.after_clause_put_first(w) &&
                (w + 1 == m.words.size() ||
                 !is_one_of({ContextWord::subject, ContextWord::je}, m.infos[w + 1].context))
            ? FormSlot::imperative
        : w > 0 && (norm_at(w - 1) == "te" || (ends_clause && (m.modal_before(w) || m.laten_before(w)) &&
                                               m.infos[w - 1].context != ContextWord::auxiliary))  // not kan worden doorverwezen
            ? FormSlot::infinitive
            : FormSlot::none;
    std::string lemma = main_lemma(l, m.readings[w], slot);
    std::vector<std::string> lemmas = m.readings[w] == Reading::any ? l.lemmas : lemmas_read_as(l, m.readings[w]);
    // (a codebook's verb the word list lacks: aangesnauwd, aansnauwen; looked up last, as it looks up
    // other words)
    if (const auto found = m.unknown_verb_form(l); !found.keys.empty()) lemma = found.infinitive;
    // the word list's spelling where the word had a diaeresis, which norms
    // and lemmas fold (patiënten: patiënt, not patient), and where a word
    // spelled right has a lemma the list knows only with one, which its
    // form needs not (gesubsidieerd: subsidiëren); a word spelled without
    // the diaeresis it needs keeps its lemma so (patienten: patient), as
    // Frog's does
    const bool diaeresis = has_diaeresis(text.substr(t.begin, t.end - t.begin));
    const bool spelled_right = !diaeresis && dutch_dictionary::spell(std::string(t.norm)) == 1;
    auto respell = [&](std::string& s) {
      if (diaeresis || (spelled_right && dutch_dictionary::spell(s) == 0)) respell_with_diaeresis(s);
    };
    respell(lemma);
    for (std::string& s : lemmas) respell(s);
    words.push_back({{t.begin, t.end}, std::move(lemmas), std::move(lemma), m.readings[w], m.infos[w].negation});
  }
}

void Matcher::match(std::string_view text, std::vector<CodeMatch>& out, const Blocked* blocked) {
  Impl& m = *impl_;
  const std::vector<QuestionCode>* asked =
      blocked && !blocked->question.empty() ? &m.question_codes(*this, blocked->question) : nullptr;
  m.text = text;
  m.blocked = blocked;
  // Cleared between segments only: infos point into the cache.
  if (m.cache.size() >= kNormCacheLimit) {
    m.cache.clear();
    m.by_surface.clear();
    m.readings_computed.clear();
    m.read_as_infos.clear();
  }
  m.tokeniser.tokenise(text, m.tokens);
  if (m.tokeniser.generation() != m.surface_generation) {
    m.surface_generation = m.tokeniser.generation();
    m.by_surface.clear();
  }
  m.words.clear();
  m.clause_start.clear();
  m.clause_end.clear();
  m.infos.clear();
  m.candidates.clear();
  m.mark_filler_commas();
  std::size_t clause = 0;
  for (std::size_t t = 0; t < m.tokens.size(); ++t) {
    if (ends_clause(m.tokens[t]) && !m.filler_comma(t)) clause = m.words.size();
    if (!is_word_token(m.tokens[t])) continue;
    WordInfo info = m.info(m.tokens[t]);
    if (info.context == ContextWord::filler) {  // ik eh regel: ik regel
      m.drop_repeated_before_filler(t, clause);
      continue;
    }
    // nor is hoor that closes a clause as a tag, after a word that is no
    // subject nor a preposition's particle, where a verb came before it (dat
    // doen ze zelf ook niet hoor!, nee hoor, het valt mee hoor, je hebt
    // gelijk hoor; not wat ik hoor, luister en hoor, nor the verb that ends
    // a subordinate clause: dat ik er nog niet bij hoor)
    if (m.tokens[t].norm == "hoor" && !m.infos.empty() && m.words.back() + 1 == t &&
        (t + 1 == m.tokens.size() || ends_clause(m.tokens[t + 1])) &&
        !(m.infos.back().particle && m.infos.back().context == ContextWord::preposition) &&
        !is_one_of({ContextWord::subject, ContextWord::je, ContextWord::coordinator}, m.infos.back().context) &&
        !(clause < m.words.size() && m.infos[clause].info->subordinate &&
          std::none_of(m.infos.begin() + static_cast<std::ptrdiff_t>(clause) + 1, m.infos.end(),
                       [](const WordInfo& i) { return i.finite; })))
      continue;
    info.whether = m.tokens[t].norm == "of" && m.whether_asked_before(m.words.size());
    // a particle's letters right after de or een are a noun's (Voor de bij
    // zaaien we klaver: no bijzaaien)
    if (info.particle && !m.words.empty() && m.words.back() + 1 == t && is_one_of({"de", "een"}, m.tokens[t - 1].norm))
      info.particle = false;
    if ((info.clause_opener && m.opens_clause(t, clause, info.whether)) || m.run_on_subject(t, clause) ||
        m.otherwise_opens(t, clause) || (m.words.size() > clause && m.voor_opens(t)) ||
        m.words.size() - clause >= kMaxClauseWords)
      clause = m.words.size();
    m.words.push_back(t);
    m.clause_start.push_back(clause);
    m.infos.push_back(info);
  }
  m.clause_end.resize(m.words.size());
  if (m.notes) m.readings.assign(m.words.size(), Reading::any);
  for (std::size_t w = m.words.size(); w-- > 0;)
    m.clause_end[w] = w + 1 == m.words.size() || m.clause_start[w + 1] != m.clause_start[w] ? w + 1 : m.clause_end[w + 1];
  m.split_subject_relatives();
  m.find_resumptions();
  m.next_particle.resize(m.words.size() + 1);
  m.next_particle[m.words.size()] = m.words.size();
  for (std::size_t w = m.words.size(); w-- > 0;) m.next_particle[w] = m.infos[w].particle ? w : m.next_particle[w + 1];
  m.skipped.clear();
  if (blocked && !blocked->headings.empty() && (blocked->unit_heading || is_heading(text))) {
    m.skipped.push_back({0, text.size()});
    m.skipped_why = &blocked->headings;
  } else if (blocked && !blocked->questions.empty()) {
    find_questions(m.tokens, m.skipped);
    m.skipped_why = &blocked->questions;
  }
  m.method_why = blocked && !blocked->method.empty() && m.is_method_paragraph() ? &blocked->method : nullptr;
  m.read_in_context();
  m.match_tokens();
  m.match_regexes(text);
  m.resolve(out);
  if (asked) m.answer_from_question(*asked, *blocked, out);
}

}  // namespace draad
