// Compound splitting with the hunspell-nl word list.
//
// nl.dic marks which words may begin (Ca), continue (Cb) or end (Cc) a
// compound, which take a linking s (Ch, Cd) and which occur only inside
// compounds (Cx: "kinder"). A split is a chain modifier (linker) modifier ...
// head whose modifiers carry those flags and whose head, after undoing a
// plural, diminutive or adjective ending, is a noun of the list. Among the
// chains the one with the fewest parts wins (lexicalised modifiers stay
// whole: voetbal|veld, not voet|bal|veld), then the one whose parts the list
// flags for their place, then fewer and shorter linkers. A word none of
// whose chains is valid is one part.
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <vector>

#include "base/cache_file.h"
#include "base/frozen_map.h"
#include "base/mapped_file.h"
#include "base/string_map.h"
#include "dutch/lexicon.h"
#include "dutch/tokenise.h"

namespace draad {
namespace {

enum Flag : std::uint8_t {
  begin = 1,     // Ca, Cb, Ce: may be a modifier as it is
  link_s = 2,    // Ch, Cd: may be a modifier with a linking s
  end = 4,       // Cc: may be a head
  noun = 8,      // has a noun's plural or diminutive flags (Z*, Y*)
  stopped = 16,  // listed here as never a part (prefix-like or suffix-like words)
  name = 32,     // a proper name (Holland, Amsterdam): never split
  verb = 64,     // has a verb's flags (V*): luisteren, waarschuwen
  infinitive = 128,  // has Vi, the flag of a verb's infinitive (regelen/PjVi), not of its other forms (rust/VqPs)
};

// The flags of a word's second byte.
enum OtherFlag : std::uint8_t {
  plural_s = 1,  // Za: a plural in -s (waarde: waardes), which an adjective made a noun (actieve/Zi: actieven) lacks
  adjective = 2,  // A*: an adjective's flags (digitaal/AlAi, goed/AaAbAiZm)
  inflected = 4,  // Aa: an adjective inflected with -e (min: mine), no mere comparative's flag (leg/Ac)
  name_modifier = 8,  // CA on a proper name: the list lets it begin a compound (Aalsmeer|baan; not Konink/PN)
  participle = 16,  // Ve: a participle inflected with -e (overmand: overmande, herschikt: herschikte)
};

// Words the list allows as parts that split real words wrongly: particles and
// prefixes (voor|beeld, bij|drage, mis|verstand) and suffix-like heads
// (belang|rijk, eigen|lijk, zorg|vol).
constexpr std::string_view stop_words[] = {
    "voor", "bij", "mis", "weg", "over", "door", "toe", "mee", "achter", "onder", "boven", "tussen", "rond",
    "ver", "ont", "her", "aan", "uit", "samen", "terug", "rijk", "rijke", "lijk", "lijke", "loos", "loze",
    "vol", "volle", "baar", "bare", "dom", "schap", "schappen", "matig", "matige", "ling", "lingen", "isme",
    "tal", "zaam", "zame", "ster", "sters", "ier", "iers", "aar", "aars", "ist", "ant", "ent", "ing", "ingen",
    "heid", "tie", "ties", "ische", "isch", "aal", "ale", "eel", "ele", "lijks", "ement", "enten", "eren",
    "den", "ende", "end", "ren", "gen", "sten", "tine", "acht", "zes", "vijf", "tien", "twintig", "dertig",
    "tachtig", "honderd", "duizend", "eenen", "vieren", "zesen", "vijfen", "zevenen"};

// Particles of place begin compounds of a concrete noun (voor|gevel,
// achter|buren, over|buurman) but also lexicalised words whose head is no part
// of their sense (voor|raad, over|last, achter|grond, voor|deel): so a
// particle of place is a part only before one of these heads.
constexpr std::string_view place_particles[] = {"voor", "achter", "boven", "onder", "over", "tussen"};
constexpr std::string_view place_heads[] = {
    "buur", "buren", "buurman", "buurvrouw", "buurjongen", "buurmeisje", "gevel", "tuin", "deur", "kant", "zijde",
    "kamer", "huis", "erf", "raam", "muur", "trap", "tand", "poot", "wiel", "bank", "stoep", "pad", "ingang"};

// Folds what the tokeniser's norm folds (diaeresis, grave, circumflex,
// cedilla) and the ligature ĳ, so that lexicon keys compare with norms.
std::string fold(std::string_view w) {
  std::string out;
  out.reserve(w.size());
  for (std::size_t i = 0; i < w.size(); ++i) {
    const auto c = static_cast<unsigned char>(w[i]);
    if (c == 0xC4 && i + 1 < w.size() && static_cast<unsigned char>(w[i + 1]) == 0xB3) {  // ĳ
      out += "ij";
      ++i;
      continue;
    }
    if (c == 0xC3 && i + 1 < w.size()) {
      static constexpr std::string_view from = "\xA0\xA2\xA4\xA7\xA8\xAA\xAB\xAC\xAE\xAF\xB2\xB4\xB6\xB9\xBB\xBC";
      static constexpr std::string_view to = "aaaceeeiiiooouuu";
      const std::size_t k = from.find(w[i + 1]);
      if (k != std::string_view::npos) {
        out += to[k];
        ++i;
        continue;
      }
    }
    out += static_cast<char>(c);
  }
  return out;
}

// nl.dic's words with their flags (one byte each) in a FrozenMap. Built
// from nl.dic it was half of a short run's start-up, so the map is kept as a
// cache file (base/cache_file.h) that later runs map, made by this program
// (the rules below) from this nl.dic.
class Lexicon {
 public:
  // Never destroyed: coding threads may still split words while the process
  // exits (on an error), and an unmapped table would crash them.
  static const Lexicon& get() {
    static const Lexicon& lexicon = *new Lexicon("/usr/share/hunspell/nl.dic");
    return lexicon;
  }

  std::uint8_t flags(std::string_view w) const {
    const auto value = words_.find(w);
    return value && !value->empty() ? static_cast<std::uint8_t>(value->front()) : 0;
  }
  // The second byte's flags (OtherFlag).
  std::uint8_t other_flags(std::string_view w) const {
    const auto value = words_.find(w);
    return value && value->size() > 1 ? static_cast<std::uint8_t>((*value)[1]) : 0;
  }
  bool listed(std::string_view w) const { return words_.find(w).has_value(); }

 private:
  static constexpr std::string_view cache_magic = "draad compound lexicon 8";

  explicit Lexicon(const std::string& word_list) {
    const std::string cache = cache_file::program_path("compound-lexicon");
    const std::string key = cache_file::file_key(word_list) + "\t" + cache_file::program_key();
    if (!cache.empty()) {
      cached_ = cache_file::read_map(cache, cache_magic, key, std::size_t{256} << 20);
      words_ = cached_.map;
      if (cached_.file) return;
    }
    built_ = build(word_list);
    if (built_.empty()) return;  // no word list: nothing splits
    words_ = FrozenMap::view(built_).value();
    if (!cache.empty()) cache_file::write(cache, cache_magic, key, built_);
  }

  // The map's block for the words in the word list; empty without one.
  static std::string build(const std::string& word_list) {
    const auto file = MappedFile::open(word_list, std::size_t{1} << 30);
    if (!file) return {};
    const std::string_view text = file->bytes();
    std::size_t lines = 0;
    for (char c : text) lines += c == '\n';
    FrozenMapBuilder words(lines + std::size(stop_words));
    auto add = [&](std::string_view w, std::uint8_t f) {
      if (char* value = words.insert(w, 2)) value[0] = static_cast<char>(value[0] | f);
    };
    auto add_other = [&](std::string_view w, std::uint8_t f) {
      if (char* value = words.insert(w, 2)) value[1] = static_cast<char>(value[1] | f);
    };
    std::string_view rest = text;
    rest.remove_prefix(std::min(rest.size(), rest.find('\n') + 1));  // the word count
    std::string lower;
    while (!rest.empty()) {
      const std::size_t newline = rest.find('\n');
      const std::string_view line = rest.substr(0, newline);
      rest.remove_prefix(newline == std::string_view::npos ? rest.size() : newline + 1);
      std::size_t slash = 0;
      while (slash < line.size() && line[slash] != '/' && line[slash] != '\t' && line[slash] != ' ') ++slash;
      const std::string_view word = line.substr(0, slash);
      if (word.size() < 3) continue;
      // its flags, two letters each (Ca, Zb, Vi), after a slash
      std::string_view flags;
      if (slash < line.size() && line[slash] == '/') {
        const std::size_t stop = line.find_first_of("\t ", slash);
        flags = line.substr(slash + 1, std::min(stop, line.size()) - slash - 1);
      }
      auto each_flag = [&](auto&& on_flag) {
        for (std::size_t i = 0; i + 1 < flags.size(); i += 2) on_flag(flags.substr(i, 2));
      };
      auto lower_ascii = [](char c) { return c >= 'a' && c <= 'z'; };
      if (word[0] >= 'A' && word[0] <= 'Z') {
        // ASCII only, which fold() keeps as it is
        if (std::all_of(word.begin() + 1, word.end(), lower_ascii)) {
          lower.assign(word);
          lower[0] = static_cast<char>(lower[0] + 32);
          add(lower, name);
          each_flag([&](std::string_view flag) {
            if (flag == "CA") add_other(lower, OtherFlag::name_modifier);
          });
        }
        continue;
      }
      bool ascii = true, letters = true;
      for (char c : word) {
        ascii &= static_cast<unsigned char>(c) < 0x80;
        letters &= lower_ascii(c) || static_cast<unsigned char>(c) >= 0x80;
      }
      if (!letters) continue;
      std::uint8_t f = 0, other = 0;
      each_flag([&](std::string_view flag) {
        if (flag == "Ca" || flag == "Cb" || flag == "Ce" || flag == "Cx") f |= begin;
        if (flag == "Ch" || flag == "Cd") f |= link_s;
        if (flag == "Cc") f |= end;
        if (flag[0] == 'Z' || flag[0] == 'Y') f |= noun;
        if (flag[0] == 'V') f |= verb;
        if (flag == "Vi") f |= infinitive;
        if (flag == "Za") other |= plural_s;
        if (flag[0] == 'A') other |= OtherFlag::adjective;
        if (flag == "Aa") other |= OtherFlag::inflected;
        if (flag == "Ve") other |= OtherFlag::participle;
      });
      const std::string folded = ascii ? std::string(word) : fold(word);
      add(folded, f);
      if (other) add_other(folded, other);
    }
    for (auto w : stop_words) add(w, stopped);
    // nl.dic lacks bij the bee, whose plural begins compounds (bijenkorf,
    // bijenhotel); the particle bij stays a stop word
    add("bijen", begin);
    return words.finish();
  }

  FrozenMap words_;
  cache_file::MappedMap cached_;  // what words_ views: this,
  std::string built_;             // or this
};

constexpr std::size_t min_part = 3;
constexpr std::size_t min_weak_part = 5;  // a short part the list does not flag splits too much (gesp|rek)

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// What `test` gives the first of the singular spellings that the base of an
// -en plural or -e form may stand for (plekk -> plek, strat -> straat,
// briev -> brief, huiz -> huis) that it gives anything for; 0 when none.
// `spelled` holds a spelling that differs from a view of base.
template <class Test>
std::uint8_t respelled(std::string_view base, std::string& spelled, Test test) {
  const std::size_t n = base.size();
  if (n >= 2 && base[n - 1] == base[n - 2] && !is_vowel(base[n - 1])) {
    if (std::uint8_t f = test(base.substr(0, n - 1))) return f;
  } else if (n >= 3 && !is_vowel(base[n - 1]) && is_vowel(base[n - 2]) && !is_vowel(base[n - 3])) {
    spelled.assign(base.substr(0, n - 1));
    spelled += base[n - 2];
    spelled += base[n - 1] == 'v' ? 'f' : base[n - 1] == 'z' ? 's' : base[n - 1];
    if (std::uint8_t f = test(spelled)) return f;
  }
  if (n >= 2 && (base[n - 1] == 'v' || base[n - 1] == 'z')) {
    spelled.assign(base);
    spelled.back() = base.back() == 'v' ? 'f' : 's';
    if (std::uint8_t f = test(spelled)) return f;
  }
  return 0;
}

// The flags of w, or of the word it inflects: plural -en/-n/-s/-'s,
// diminutive -(t)je(s), adjective -e, with Dutch spelling changes (plekken,
// straten, brieven, huizen, jongeren). 0 when neither is in the list.
std::uint8_t base_flags(const Lexicon& lex, std::string_view w) {
  auto usable_flags = [](std::uint8_t f) { return f & stopped ? 0 : f & (begin | link_s | end | noun); };
  auto usable = [&](std::string_view base) { return usable_flags(lex.flags(base)); };
  const std::uint8_t f = lex.flags(w);
  if (f & stopped) return 0;
  // a word listed only as a compound's end may be the plural of a noun that
  // begins them (kippen/Cc: kip, so kippen|hok)
  const std::uint8_t own = usable_flags(f);
  if (own & (begin | noun)) return own;
  // The splitter asks this of every tail of every word it splits: the bases
  // are views of w, and only a base spelled otherwise is built, in `spelled`.
  std::string spelled;
  auto ends = [&](std::string_view s) { return w.size() > s.size() + 2 && w.substr(w.size() - s.size()) == s; };
  for (std::string_view suffix : {"tjes", "jes", "tje", "je", "en", "n", "s", "e"}) {
    if (!ends(suffix)) continue;
    const std::string_view base = w.substr(0, w.size() - suffix.size());
    if (std::uint8_t b = usable(base)) return own | b;
    if (suffix != "en" && suffix != "e") continue;
    if (std::uint8_t b = respelled(base, spelled, usable)) return own | b;
  }
  return own;
}

// How well `w` serves as a head: 2 when the list flags it (or its base form)
// as a compound end, 1 when it is a noun, 0 when it cannot be a head.
int head_quality(const Lexicon& lex, std::string_view w) {
  const std::uint8_t f = base_flags(lex, w);
  if (!(f & end) && w.size() < min_weak_part) return 0;
  return f & end ? 2 : f & noun ? 1 : 0;
}

// A split of w[i, n): where its parts and linkers end, and how many of its
// parts the list does not flag for their place.
struct Chain {
  bool valid = false;
  int weak = 0;
  std::vector<std::size_t> cuts;  // part end, linker end, part end, ..., n
};

// Fewer weak parts first; then the longer first part (and so on), which keeps
// lexicalised modifiers whole and prefers buurt|huis over buur|thuis.
bool better(const Chain& a, const Chain& b) {
  if (!b.valid) return a.valid;
  if (!a.valid) return false;
  if (a.weak != b.weak) return a.weak < b.weak;
  return std::lexicographical_compare(b.cuts.begin(), b.cuts.end(), a.cuts.begin(), a.cuts.end());
}

bool char_start(std::string_view w, std::size_t i) {
  return i >= w.size() || (static_cast<unsigned char>(w[i]) & 0xC0) != 0x80;
}

// How well w serves as a modifier followed by `linker`: 2 flagged for it,
// 1 a noun (or the plural of one: brieven, jongeren) or, with no linker, a
// verb's stem that is no inflected adjective too (leg|kip, lig|bad; not
// min|stens), 0 not at all.
int modifier_quality(const Lexicon& lex, std::string_view w, std::string_view linker) {
  const std::uint8_t f = lex.flags(w);
  if (f & stopped) return 0;
  if (linker.empty() ? (f & begin) : (f & link_s)) return 2;
  if (f & noun) return 1;
  if (linker.empty() && (f & verb) && !(f & infinitive) && !(lex.other_flags(w) & OtherFlag::inflected)) return 1;
  if (w.size() < min_weak_part) return 0;
  // a name the list lets begin a compound (Aalsmeer|baan), weakly: a word
  // the list knows stays whole
  if (linker.empty() && (lex.other_flags(w) & OtherFlag::name_modifier)) return 1;
  if (linker.empty() && w.size() >= 2 + min_part && w.back() == 'n') {  // a plural: brieven, jongeren
    const std::uint8_t base = base_flags(lex, w);
    return base & begin ? 2 : base & noun ? 1 : 0;
  }
  return 0;
}

// w without `suffix` when it ends with it and more than min_part bytes are
// left; empty otherwise.
std::string_view before_suffix(std::string_view w, std::string_view suffix) {
  return w.size() > suffix.size() + min_part && w.ends_with(suffix) ? w.substr(0, w.size() - suffix.size())
                                                                    : std::string_view();
}

bool known(const Lexicon& lex, std::string_view w) {
  if (lex.listed(w)) return true;
  auto listed = [&](std::string_view base) -> std::uint8_t { return lex.listed(base); };
  std::string spelled;
  for (std::string_view suffix : {"e", "en", "n", "s", "de", "te", "den", "ten", "d", "t"})
    if (const std::string_view base = before_suffix(w, suffix);
        !base.empty() && (lex.listed(base) || (suffix == "en" && respelled(base, spelled, listed))))
      return true;
  return false;
}

// Whether w is a form of a listed verb (luisteren, luisterde: not
// luis|teren) or the -ing noun of one (behandeling(en): not behan|deling),
// which the list derives by affix rules and does not list. Verbs and their
// -ing nouns are one part.
bool verb_form(const Lexicon& lex, std::string_view w) {
  if (lex.flags(w) & verb) return true;
  for (std::string_view suffix : {"t", "d", "de", "te", "den", "ten", "end", "ende", "ing", "ingen"})
    if (const std::string_view stem = before_suffix(w, suffix);
        !stem.empty() && (lex.flags(std::string(stem) + "en") & verb))
      return true;
  return false;
}

// Whether a cut at j falls inside an inflection of w[i, j): verschil|lende
// in "verschillende" (verschillen), not a modifier and a head.
bool inflection_across(const Lexicon& lex, std::string_view w, std::size_t i, std::size_t j) {
  return j + 3 <= w.size() && w[j] == w[j - 1] && !is_vowel(w[j]) && w.substr(j + 1, 2) == "en" &&
         lex.listed(w.substr(i, j + 3 - i));
}

// Whether w is one of place_heads or its plural or diminutive (gevels,
// tuinen, ramen, huizen, kamertje).
bool place_head(std::string_view w) {
  auto listed = [](std::string_view base) -> std::uint8_t {
    return std::find(std::begin(place_heads), std::end(place_heads), base) != std::end(place_heads);
  };
  if (listed(w)) return true;
  std::string spelled;
  for (std::string_view suffix : {"tjes", "jes", "tje", "je", "en", "s"}) {
    if (!w.ends_with(suffix)) continue;
    const std::string_view base = w.substr(0, w.size() - suffix.size());
    if (listed(base) || (suffix == "en" && respelled(base, spelled, listed))) return true;
  }
  return false;
}

void split_word(const Lexicon& lex, std::string_view w, CompoundSplit& out);

// Splits w when it is a particle of place before a word (or a compound the
// splitter cuts) whose first part is a place head: voor|gevel, achter|deuren.
bool split_place(const Lexicon& lex, std::string_view w, CompoundSplit& out) {
  for (std::string_view particle : place_particles) {
    if (!w.starts_with(particle)) continue;
    CompoundSplit rest;
    split_word(lex, w.substr(particle.size()), rest);
    if (!place_head(rest.parts.front())) continue;
    out.parts.emplace_back(particle);
    out.linkers.emplace_back();
    out.parts.insert(out.parts.end(), rest.parts.begin(), rest.parts.end());
    out.linkers.insert(out.linkers.end(), rest.linkers.begin(), rest.linkers.end());
    return true;
  }
  return false;
}

// The best split of a word without hyphens into `out`; one part when none.
void split_word(const Lexicon& lex, std::string_view w, CompoundSplit& out) {
  const std::size_t n = w.size();
  constexpr std::size_t longest = 80;  // no Dutch compound is longer; keeps the quadratic search small
  if (n > longest || n < 2 * min_part || (lex.flags(w) & name)) {
    out.parts.emplace_back(w);
    return;
  }
  if (split_place(lex, w, out)) return;
  // from[i]: the best split of w[i, n) into modifiers and a head, built right
  // to left; from[0] must have a modifier, the whole word is no split.
  std::vector<Chain> from(n + 1);
  for (std::size_t i = n - min_part + 1; i-- > 0;) {
    if (!char_start(w, i)) continue;
    Chain& best = from[i];
    if (i > 0)
      if (int q = head_quality(lex, w.substr(i))) best = {true, q < 2, {n}};
    for (std::size_t j = i + min_part; j + min_part <= n; ++j) {
      if (!char_start(w, j) || inflection_across(lex, w, i, j)) continue;
      for (std::string_view linker : {"", "s"}) {
        const std::size_t k = j + linker.size();
        if (!from[k].valid || w.substr(j, linker.size()) != linker) continue;
        const int q = modifier_quality(lex, w.substr(i, j - i), linker);
        if (!q) continue;
        // A short modifier the list does not flag (dak|goot, fout|code) only
        // begins the word, right before a head it flags, with no linker:
        // anywhere else it splits too much (gesp|rek).
        if (q < 2 && j - i < min_weak_part && (i > 0 || !linker.empty() || from[k].weak || from[k].cuts.size() > 1))
          continue;
        Chain c{true, from[k].weak + (q < 2), {j, k}};
        c.cuts.insert(c.cuts.end(), from[k].cuts.begin(), from[k].cuts.end());
        if (better(c, best)) best = std::move(c);
      }
    }
  }
  const Chain& whole = from[0];
  // A word the list knows (or an inflection of one: werkende, zorgden) splits
  // only into parts it flags for their place: not vin|den, rap|port; a verb
  // not at all.
  if (whole.valid && ((whole.weak && known(lex, w)) || verb_form(lex, w))) {
    out.parts.emplace_back(w);
    return;
  }
  if (!whole.valid) {
    out.parts.emplace_back(w);
    return;
  }
  std::size_t at = 0;
  for (std::size_t k = 0; k < whole.cuts.size(); ++k) {
    const std::size_t to = whole.cuts[k];
    if (k % 2 == 0)
      out.parts.emplace_back(w.substr(at, to - at));
    else
      out.linkers.emplace_back(w.substr(at, to - at));
    at = to;
  }
}

}  // namespace

bool lexicon::verb_infinitive(std::string_view norm) { return Lexicon::get().flags(norm) & infinitive; }

bool lexicon::begins_compounds_only(std::string_view norm) {
  const Lexicon& lex = Lexicon::get();
  const std::uint8_t f = lex.flags(norm);
  return (f & Flag::begin) && !(f & (Flag::stopped | Flag::end | Flag::noun | Flag::verb)) &&
         !(lex.other_flags(norm) & OtherFlag::adjective);
}

bool lexicon::entry(std::string_view norm) { return Lexicon::get().listed(norm); }

bool lexicon::compound_head(std::string_view norm) { return Lexicon::get().flags(norm) & end; }

bool lexicon::modifier(std::string_view norm, std::string_view linker) {
  return modifier_quality(Lexicon::get(), norm, linker) > 0;
}

bool lexicon::noun(std::string_view norm) { return Lexicon::get().flags(norm) & Flag::noun; }

bool lexicon::noun_with_plural_s(std::string_view norm) { return Lexicon::get().other_flags(norm) & plural_s; }

bool lexicon::adjective(std::string_view norm) { return Lexicon::get().other_flags(norm) & OtherFlag::adjective; }

bool lexicon::participle(std::string_view norm) { return Lexicon::get().other_flags(norm) & OtherFlag::participle; }

bool lexicon::inflected_adjective(std::string_view norm) {
  return Lexicon::get().other_flags(norm) & OtherFlag::inflected;
}

bool lexicon::bare_entry(std::string_view norm) {
  const Lexicon& lex = Lexicon::get();
  return lex.listed(norm) && (lex.flags(norm) & ~name) == 0;  // a place of that name aside (Appen)
}

CompoundSplitter::CompoundSplitter() = default;
CompoundSplitter::~CompoundSplitter() = default;

CompoundSplit CompoundSplitter::split(std::string_view norm) const {
  const Lexicon& lex = Lexicon::get();
  CompoundSplit out;
  // Hyphens split first (duo-interviews, (semi-)openbare); each piece may be
  // a compound itself.
  std::string plain;
  for (char c : norm)
    if (c != '(' && c != ')') plain += c;
  std::string_view rest = plain;
  while (true) {
    const std::size_t hyphen = rest.find('-');
    const std::string_view piece = rest.substr(0, hyphen);
    if (piece.empty() && hyphen != std::string_view::npos) {  // a stray hyphen: keep the word whole
      return {{std::string(norm)}, {}};
    }
    if (!piece.empty()) split_word(lex, piece, out);
    if (hyphen == std::string_view::npos) break;
    rest.remove_prefix(hyphen + 1);
    if (rest.empty()) break;  // sport-: the elliptic hyphen ends the word
    out.linkers.emplace_back("-");
  }
  if (out.parts.empty()) return {{std::string(norm)}, {}};
  return out;
}

}  // namespace draad
