#include "coding/explanation.h"

#include <fmt/format.h>

#include "base/utf8.h"

namespace draad {
namespace {

const char* fate_name(HitNote::Fate fate) {
  switch (fate) {
    case HitNote::Fate::counted: return "counted";
    case HitNote::Fate::flagged: return "flagged, not counted";
    case HitNote::Fate::dropped: return "dropped";
    case HitNote::Fate::excluded: return "vetoed";
    case HitNote::Fate::inside_longer: return "not counted";
    case HitNote::Fate::not_applied: return "not applied";
    case HitNote::Fate::passing: return "a passing mention";
  }
  return "";
}

}  // namespace

std::string explanation(Matcher& matcher, const Codebook& codebook, std::string_view code_id, std::string_view text,
                        const Blocked* blocked) {
  std::vector<CodeMatch> found;
  std::vector<HitNote> notes;
  std::vector<WordNote> words;
  matcher.explain(text, found, notes, words, blocked);
  std::string out = fmt::format("{}\n  words:", text);
  for (const auto& w : words) {
    const std::string_view surface = text.substr(w.word.begin, w.word.end - w.word.begin);
    out += fmt::format(" {}", surface);
    // All its lemmas (the word itself too) when it has others, its main
    // lemma first.
    std::string lemmas;
    if (w.lemmas.size() > 1 || (w.lemmas.size() == 1 && w.lemmas[0] != utf8::ascii_lower(surface)) ||
        w.lemma != utf8::ascii_lower(surface)) {
      lemmas = w.lemma;
      for (const auto& l : w.lemmas)
        if (l != w.lemma) lemmas += "," + l;
    }
    const char* reading = w.reading == Reading::verb ? "verb" : w.reading == Reading::noun ? "noun" : "";
    if (!lemmas.empty() || *reading) out += fmt::format("({}{}{})", reading, *reading && !lemmas.empty() ? ": " : "", lemmas);
    if (w.negation) out += "[negation]";
  }
  out += "\n";
  std::size_t shown = 0;
  for (std::size_t i = 0; i < notes.size();) {
    const std::size_t code = notes[i].code;
    const Code& c = codebook.codes[code];
    std::size_t j = i;
    while (j < notes.size() && notes[j].code == code) ++j;
    if (code_id.empty() || c.id == code_id || c.theme == code_id) {
      bool applies = false;
      for (const auto& m : found) applies |= m.code == code && m.hits() > 0;
      out += fmt::format("  {}: {}\n", c.id, applies ? "applies" : "does not apply");
      for (; i < j; ++i) {
        const HitNote& n = notes[i];
        out += fmt::format("    {:<24} {}: {}{}{}\n", text.substr(n.hit.begin, n.hit.end - n.hit.begin), n.pattern,
                           fate_name(n.fate), n.why.empty() ? "" : ", ", n.why);
      }
      ++shown;
    }
    i = j;
  }
  if (shown == 0) out += code_id.empty() ? "  no pattern of the codebook matches\n" : "  no pattern of that code matches\n";
  return out;
}

}  // namespace draad
