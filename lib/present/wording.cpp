#include "present/wording.h"

#include <algorithm>
#include <unordered_map>

#include <fmt/format.h>

#include "base/error.h"
#include "base/suggest.h"

namespace draad::present {
namespace {

// English -> Dutch. Words stand alone as column names and fill the `{}` of
// phrases; phrases are matched whole, first match wins, so a longer phrase
// comes before a shorter one it would otherwise lose to.
struct Entry {
  std::string_view english;
  std::string_view dutch;
};

constexpr Entry kWords[] = {
    {"theme", "thema"},       {"themes", "thema's"},       {"code", "code"},
    {"codes", "codes"},       {"doc", "document"},         {"seg", "segment"},
    {"speaker", "spreker"},   {"speakers", "sprekers"},     {"segments", "segmenten"},
    {"hits", "treffers"},     {"docs", "documenten"},       {"share", "aandeel"},
    {"total", "totaal"},      {"thread", "draad"},          {"threads", "draden"},
    {"sessions", "sessies"},  {"of", "van"},                {"quote", "citaat"},
    {"candidate", "kandidaat"}, {"session_list", "sessies (lijst)"}, {"theme_list", "thema's (lijst)"},
    {"theme1", "thema 1"},    {"theme2", "thema 2"},        {"code1", "code 1"},
    {"code2", "code 2"},      {"expected", "verwacht"},     {"ratio", "verhouding"},
    {"units", "eenheden"},    {"agree", "overeenstemming"}, {"cohen", "Cohens κ"},
    {"fleiss", "Fleiss' κ"},  {"alpha", "α"},               {"alpha_low", "α ondergrens"},
    {"alpha_high", "α bovengrens"}, {"excerpt", "fragment"}, {"with", "met"},
    {"without", "zonder"},    {"gold", "standaard"},        {"coded", "gecodeerd"},
    {"precision", "precisie"}, {"recall", "recall"},        {"f1", "F1"},
    {"tp", "terecht"},        {"fp", "onterecht"},          {"fn", "gemist"},
    {"from", "van"},          {"to", "tot"},                {"pre", "ervoor"},
    {"keyword", "trefwoord"}, {"post", "erna"},             {"pattern", "patroon"},
    {"words", "woorden"},     {"label", "label"},           {"terms", "termen"},
    {"(all)", "(alle)"},      {"(any theme)", "(enig thema)"}, {"(any code)", "(enige code)"},
    {"main theme", "hoofdthema"}, {"main_theme", "hoofdthema"}, {"(any main theme)", "(enig hoofdthema)"},
    {"(total)", "(totaal)"},  {"(none)", "(geen)"},         {"overall", "totaal"},
    {"n/a", "n.v.t."},        {"c-coefficient", "c-coëfficiënt"}, {"observed/expected", "waargenomen/verwacht"},
};

constexpr Entry kPhrases[] = {
    {"Frequencies per {} and {}", "Frequenties per {} en {}"},
    {"Frequencies per {}", "Frequenties per {}"},
    {"Share of {} (%) per {} and {}; (all) gives the denominators",
     "Aandeel {} (%) per {} en {}; (alle) geeft de noemers"},
    {"Segments per {} and {}", "Segmenten per {} en {}"},
    {"Hits per {} and {}", "Treffers per {} en {}"},
    {"Docs per {} and {}", "Documenten per {} en {}"},
    {"Speakers per {} and {}", "Sprekers per {} en {}"},
    {"Co-occurrence of {} within a segment: {} (N = {} segments)",
     "Samen voorkomen van {} binnen een segment: {} (N = {} segmenten)"},
    {"Co-occurrence of {} within a segment (N = {} segments)",
     "Samen voorkomen van {} binnen een segment (N = {} segmenten)"},
    {"Co-occurrence of {} within {} segments either side: {} (N = {} segments)",
     "Samen voorkomen van {} binnen {} segmenten ervoor of erna: {} (N = {} segmenten)"},
    {"Co-occurrence of {} within {} segments either side (N = {} segments)",
     "Samen voorkomen van {} binnen {} segmenten ervoor of erna (N = {} segmenten)"},
    {"Co-occurrence of {} within {} segment either side: {} (N = {} segments)",
     "Samen voorkomen van {} binnen {} segment ervoor of erna: {} (N = {} segmenten)"},
    {"Co-occurrence of {} within {} segment either side (N = {} segments)",
     "Samen voorkomen van {} binnen {} segment ervoor of erna (N = {} segmenten)"},
    {"c = n12 / (n1 + n2 - n12); expected = n1 * n2 / N; ratio = n12 / expected",
     "c = n12 / (n1 + n2 - n12); verwacht = n1 * n2 / N; verhouding = n12 / verwacht"},
    {"the diagonal gives n, the units holding the key", "de diagonaal geeft n, de eenheden met de sleutel"},
    {"Rode draden of codebook {} (sessions: {})", "Rode draden van codeboek {} (sessies: {})"},
    {"Segments carrying each thread per {}", "Segmenten met elke draad per {}"},
    {"Supporting quotes, one per {}", "Ondersteunende citaten, één per {}"},
    {"Candidate threads: codes and code pairs in at least {} sessions ({}) with at least {} themes",
     "Kandidaat-draden: codes en codeparen in minstens {} sessies ({}) met minstens {} thema's"},
    {"Quotes for code {}", "Citaten voor code {}"},
    {"Quotes for theme {}", "Citaten voor thema {}"},
    {"Agreement per {} ({} coders: {})", "Overeenstemming per {} ({} codeurs: {})"},
    {"Disagreements", "Verschillen"},
    {"units: segments seen by two or more coders; a coder's column: how many of them that coder gave the code.",
     "eenheden: segmenten die twee of meer codeurs zagen; de kolom van een codeur: hoeveel daarvan die codeur de code gaf."},
    {"units: segments seen by two or more coders; a coder's column: how many of them that coder gave the theme (any of its codes).",
     "eenheden: segmenten die twee of meer codeurs zagen; de kolom van een codeur: hoeveel daarvan die codeur het thema gaf (een van de codes)."},
    {"overall: pooled over the {} codes, every segment × code a unit; its interval resamples whole segments.",
     "totaal: over alle {} codes samen, elk segment × code een eenheid; het interval trekt hele segmenten opnieuw."},
    {"overall: pooled over the {} themes, every segment × theme a unit; its interval resamples whole segments.",
     "totaal: over alle {} thema's samen, elk segment × thema een eenheid; het interval trekt hele segmenten opnieuw."},
    {"alpha_low, alpha_high: 95% percentile bootstrap, {} resamples of the units, seed {}.",
     "α ondergrens, α bovengrens: 95%-percentiel-bootstrap, {} trekkingen van de eenheden, seed {}."},
    {"overall: pooled over the {} codes, every segment × code a unit.",
     "totaal: over alle {} codes samen, elk segment × code een eenheid."},
    {"overall: pooled over the {} themes, every segment × theme a unit.",
     "totaal: over alle {} thema's samen, elk segment × thema een eenheid."},
    {"--coded-only: only the segments at least one coder gave any code; the others are left out for every code "
     "alike.",
     "--coded-only: alleen de segmenten die minstens één codeur een code gaf; de andere vallen voor elke code weg."},
    {"n/a: no segment was seen by two coders.", "n.v.t.: geen segment is door twee codeurs gezien."},
    {"n/a: no variation - every decision was the same (all absent or all present), so kappa and alpha are 0/0; "
     "the coders agree fully.",
     "n.v.t.: geen variatie - elke beslissing was gelijk (overal afwezig of overal aanwezig), dus kappa en α zijn "
     "0/0; de codeurs zijn het volledig eens."},
    {"alpha interval n/a: too few disagreements for the bootstrap to vary.",
     "interval van α n.v.t.: te weinig verschillen om de bootstrap te laten variëren."},
    {"overall: micro-average over the {} codes.", "totaal: micro-gemiddelde over de {} codes."},
    {"overall: micro-average over the {} themes.", "totaal: micro-gemiddelde over de {} thema's."},
    {"n/a: precision without anything coded, recall without anything in the gold, F1 without either.",
     "n.v.t.: precisie zonder iets gecodeerd, recall zonder iets in de standaard, F1 zonder beide."},
    {"Summary", "Overzicht"},
    {"{} documents; speakers are counted per document", "{} documenten; sprekers tellen per document"},
    {"Keyword in context: {}", "Trefwoord in context: {}"},
};

// Whether `text` matches `phrase`, each `{}` taking the shortest non-empty
// run that lets the rest match; the runs go to `args`.
bool match(std::string_view phrase, std::string_view text, std::vector<std::string_view>& args) {
  const auto hole = phrase.find("{}");
  if (hole == std::string_view::npos) return phrase == text;
  if (text.substr(0, hole) != phrase.substr(0, hole)) return false;
  const std::string_view rest_phrase = phrase.substr(hole + 2);
  for (std::size_t len = 1; hole + len <= text.size(); ++len) {
    args.push_back(text.substr(hole, len));
    if (match(rest_phrase, text.substr(hole + len), args)) return true;
    args.pop_back();
  }
  return false;
}

const std::string_view* word(std::string_view english) {
  for (const auto& e : kWords)
    if (e.english == english) return &e.dutch;
  return nullptr;
}

std::string fill(std::string_view pattern, const std::vector<std::string_view>& args) {
  std::string out;
  std::size_t a = 0;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern.substr(i, 2) == "{}" && a < args.size()) {
      const auto* dutch = word(args[a]);
      out += dutch ? *dutch : args[a];
      ++a;
      ++i;
      continue;
    }
    out += pattern[i];
  }
  return out;
}

}  // namespace

Language parse_language(std::string_view name) {
  if (name == "nl") return Language::nl;
  if (name == "en") return Language::en;
  throw UsageError(fmt::format("unknown language '{}'; the languages are nl, en", name));
}

std::string say(std::string_view english, Language language) {
  if (language == Language::en) return std::string(english);
  if (const auto* dutch = word(english)) return std::string(*dutch);
  std::vector<std::string_view> args;
  for (const auto& e : kPhrases) {
    args.clear();
    if (match(e.english, english, args)) return fill(e.dutch, args);
  }
  return std::string(english);
}

void use_labels(std::vector<report::Table>& tables, const Codebook& codebook) {
  std::unordered_map<std::string, std::string> label;
  for (const auto& t : codebook.themes) label.emplace(t.id, t.label);
  for (const auto& c : codebook.codes) label.emplace(c.id, c.label);
  for (const auto& t : codebook.threads) label.emplace(t.id, t.label);
  auto relabel = [&](std::string& s) {
    if (auto it = label.find(s); it != label.end() && !it->second.empty()) s = it->second;
  };
  for (auto& table : tables) {
    for (auto& column : table.columns) relabel(column.name);
    for (auto& row : table.rows)
      for (auto& cell : row)
        if (auto* s = std::get_if<std::string>(&cell.value); s && cell.marks.empty()) relabel(*s);
  }
}

void translate(std::vector<report::Table>& tables, Language language) {
  if (language == Language::en) return;
  for (auto& table : tables) {
    table.title = say(table.title, language);
    for (auto& column : table.columns) column.name = say(column.name, language);
    for (auto& note : table.notes) note = say(note, language);
    // Only marker cells: a data value is never a catalogue phrase.
    for (auto& row : table.rows)
      for (auto& cell : row)
        if (auto* s = std::get_if<std::string>(&cell.value); s && (s->starts_with('(') || *s == "overall" || *s == "n/a"))
          if (const auto* dutch = word(*s)) *s = std::string(*dutch);
  }
}

bool for_people(report::Format format, bool excel) {
  return format == report::Format::text || format == report::Format::md || format == report::Format::xlsx ||
         (format == report::Format::csv && excel);
}

}  // namespace draad::present
