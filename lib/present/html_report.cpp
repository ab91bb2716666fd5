#include "present/html_report.h"

#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>

#include "analysis/agreement_table.h"
#include "analysis/cooccurrence.h"
#include "analysis/frequency.h"
#include "analysis/quotes.h"
#include "analysis/threads.h"
#include "base/data_files.h"
#include "present/svg_chart.h"

namespace draad::present {
namespace {

using report::Cell;
using report::Table;

constexpr std::string_view kStyle = R"(
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: #1a1a1a; max-width: 60rem;
       margin: 2rem auto; padding: 0 1.5rem; line-height: 1.45; }
h1 { font-size: 1.9rem; margin-bottom: 0.2rem; }
h2 { font-size: 1.45rem; border-bottom: 3px solid var(--theme, #888); padding-bottom: 0.2rem; margin-top: 2.5rem; }
h3 { font-size: 1.1rem; margin-bottom: 0.3rem; }
.subtitle { color: #555; margin-top: 0; }
table { border-collapse: collapse; margin: 0.8rem 0 1.2rem; font-size: 0.92rem; }
caption { text-align: left; font-weight: bold; padding-bottom: 0.3rem; }
th, td { border-bottom: 1px solid #ccc; padding: 0.25rem 0.7rem 0.25rem 0; vertical-align: top; text-align: left; }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
dl.overview { display: grid; grid-template-columns: max-content auto; gap: 0.2rem 1.2rem; }
dl.overview dt { font-weight: bold; }
dl.overview dd { margin: 0; }
code { font-family: "DejaVu Sans Mono", monospace; font-size: 0.85rem; overflow-wrap: anywhere; }
blockquote { margin: 0.8rem 0; padding: 0.4rem 0.9rem; border-left: 4px solid var(--theme, #888); background: #f6f6f6; }
blockquote p { margin: 0 0 0.3rem; }
blockquote footer { color: #444; font-size: 0.88rem; }
svg.chart { display: block; max-width: 100%; height: auto; margin: 0.6rem 0; }
svg.chart text { font-family: inherit; font-size: 13px; fill: #1a1a1a; }
svg.chart text.chart-title { font-size: 15px; font-weight: bold; }
svg.chart text.axis-label { font-weight: bold; fill: #333; }
svg.chart text.tick { fill: #444; font-size: 11px; }
svg.chart line.grid { stroke: #ddd; }
svg.chart line.axis { stroke: #333; }
.note { color: #555; font-size: 0.88rem; }
@media print {
  body { max-width: none; margin: 0; font-size: 10.5pt; }
  section { break-before: page; }
  #themas + section { break-before: avoid; }
  svg.chart, blockquote, table { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
}
@page { margin: 18mm 16mm; }
)";

// The report's words: Dutch or English.
std::string_view words(Language language, std::string_view dutch, std::string_view english) {
  return language == Language::nl ? dutch : english;
}

report::Style number_style(Language language) { return {.decimal_comma = language == Language::nl}; }

std::string real(double x, int digits, Language language) {
  return report::shown({"", report::Kind::real, digits}, Cell(x), number_style(language));
}

std::string percent(double fraction, int digits, Language language) {
  return report::shown({"", report::Kind::percent, digits}, Cell(fraction), number_style(language));
}

std::string count_word(std::size_t n, Language language) {
  static constexpr std::string_view nl[] = {"Geen", "Eén",   "Twee", "Drie",  "Vier", "Vijf",
                                            "Zes",  "Zeven", "Acht", "Negen", "Tien"};
  static constexpr std::string_view en[] = {"No",  "One",   "Two",   "Three", "Four", "Five",
                                            "Six", "Seven", "Eight", "Nine",  "Ten"};
  if (n > 10) return std::to_string(n);
  return std::string(language == Language::nl ? nl[n] : en[n]);
}

std::size_t column_of(const Table& t, std::string_view name) {
  for (std::size_t c = 0; c < t.columns.size(); ++c)
    if (t.columns[c].name == name) return c;
  return t.columns.size();
}

std::string text_of(const Cell& cell) {
  if (const auto* s = std::get_if<std::string>(&cell.value)) return *s;
  return {};
}

std::int64_t integer_of(const Cell& cell) {
  if (const auto* n = std::get_if<std::int64_t>(&cell.value)) return *n;
  if (const auto* x = std::get_if<double>(&cell.value)) return static_cast<std::int64_t>(*x);
  return 0;
}

const std::vector<Cell>* row_of(const Table& t, std::string_view key) {
  for (const auto& row : t.rows)
    if (text_of(row[0]) == key) return &row;
  return nullptr;
}

// A text cell's text with its marks in <strong>, escaped.
std::string marked_html(const Cell& cell) {
  const std::string text = text_of(cell);
  std::string out;
  std::size_t at = 0;
  for (const auto& m : cell.marks) {
    if (m.begin < at || m.end > text.size()) continue;
    out += escape(text.substr(at, m.begin - at)) + "<strong>" + escape(text.substr(m.begin, m.end - m.begin)) +
           "</strong>";
    at = m.end;
  }
  return out + escape(text.substr(at));
}

// A table of the analysis as an HTML table, headings and numbers for people.
std::string html_table(Table table, Language language, const Codebook& codebook) {
  std::vector<Table> one{std::move(table)};
  use_labels(one, codebook);
  translate(one, language);
  const Table& t = one[0];
  std::string out = "<table>\n<caption>" + escape(t.title) + "</caption>\n<thead><tr>";
  for (const auto& c : t.columns)
    out += fmt::format("<th scope=\"col\"{}>{}</th>", c.kind == report::Kind::text ? "" : " class=\"number\"",
                       escape(c.name));
  out += "</tr></thead>\n<tbody>\n";
  for (const auto& row : t.rows) {
    out += "<tr>";
    for (std::size_t c = 0; c < row.size(); ++c) {
      const bool number = !std::holds_alternative<std::string>(row[c].value) && t.columns[c].kind != report::Kind::text;
      out += fmt::format("<td{}>{}</td>", number ? " class=\"number\"" : "",
                         escape(report::shown(t.columns[c], row[c], number_style(language))));
    }
    out += "</tr>\n";
  }
  out += "</tbody>\n</table>\n";
  for (const auto& note : t.notes) out += "<p class=\"note\">" + escape(note) + "</p>\n";
  return out;
}

struct Quote {
  std::string speaker, session, doc;
  std::string html;  // the excerpt, marked and escaped
};

std::string quote_html(const Quote& q, Language language, std::string_view session_name) {
  std::string who =
      q.speaker.empty() ? std::string(words(language, "onbekende spreker", "unknown speaker")) : q.speaker;
  std::string where = session_name == "doc" ? q.doc : fmt::format("{} {}", session_name, q.session);
  if (session_name != "doc" && !q.doc.empty()) where += " (" + q.doc + ")";
  return fmt::format("<blockquote><p>{}</p><footer>— {}, {}</footer></blockquote>\n", q.html, escape(who),
                     escape(where));
}

// The opening of a section: its heading and, when given, a paragraph
// introducing it (all already in the report's language; escaped here).
std::string open_section(std::string_view id, std::string_view heading, std::string_view intro = {}) {
  std::string out = fmt::format("<section id=\"{}\">\n<h2>{}</h2>\n", escape(id), escape(heading));
  if (!intro.empty()) out += "<p>" + escape(intro) + "</p>\n";
  return out;
}

std::string theme_colour(const Theme& theme) { return theme.colour.empty() ? "#4e79a7" : theme.colour; }

}  // namespace

std::string html_report(const Codebook& codebook, const std::string& path, const ReportOptions& options) {
  const Language lang = options.language;
  const std::string& by = options.by;
  auto say_ = [&](std::string_view nl, std::string_view en) { return std::string(words(lang, nl, en)); };
  const std::vector<std::string> paths{path};

  // Counts: themes per session (the charts), codes overall (the code lists and the overview).
  freq::Tally theme_tally(freq::Grouping{freq::Level::theme, {by}});
  theme_tally.count(paths, options.where);
  const Table per_session = theme_tally.table({});
  freq::Tally code_tally(freq::Grouping{freq::Level::code, {}});
  code_tally.count(paths, options.where);
  const Table codes = code_tally.table({});
  const std::vector<std::string> sessions = [&] {
    std::vector<std::string> out;
    for (std::size_t c = 1; c + 1 < per_session.columns.size(); ++c) out.push_back(per_session.columns[c].name);
    return out;
  }();
  const auto* all = row_of(codes, "(all)");
  const auto* any = row_of(codes, "(any code)");
  const std::int64_t segments = all ? integer_of((*all)[column_of(codes, "segments")]) : 0;
  const std::int64_t coded = any ? integer_of((*any)[column_of(codes, "segments")]) : 0;
  const std::int64_t documents = all ? integer_of((*all)[column_of(codes, "docs")]) : 0;
  const std::int64_t speakers = all ? integer_of((*all)[column_of(codes, "speakers")]) : 0;
  const auto* all_per_session = row_of(per_session, "(all)");

  const std::string title = fmt::format("{}: {}", say_("Rapport", "Report"), codebook.name);
  std::string out = fmt::format(
      "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\"/>\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
      "<meta name=\"generator\" content=\"draad {}\"/>\n<title>{}</title>\n<style>{}</style>\n</head>\n<body>\n",
      lang == Language::nl ? "nl" : "en", escape(version()), escape(title), kStyle);

  // Overview.
  out += "<header>\n<h1>" + escape(title) + "</h1>\n";
  if (!codebook.description.empty()) out += "<p class=\"subtitle\">" + escape(codebook.description) + "</p>\n";
  out += "<dl class=\"overview\">\n";
  auto item = [&](std::string_view term, const std::string& value_html) {
    out += fmt::format("<dt>{}</dt><dd>{}</dd>\n", term, value_html);
  };
  item(say_("Documenten", "Documents"), std::to_string(documents));
  item(say_("Sessies", "Sessions"),
       fmt::format("{} <span class=\"note\">({} {})</span>", sessions.size(), say_("kolom", "column"), escape(by)));
  item(say_("Sprekers", "Speakers"), std::to_string(speakers));
  item(say_("Segmenten", "Segments"), std::to_string(segments));
  item(say_("Gecodeerd", "Coded"),
       fmt::format("{} {} ({})", coded, say_("segmenten", "segments"),
                   segments ? percent(static_cast<double>(coded) / static_cast<double>(segments), 1, lang) : "–"));
  item(say_("Codeboek", "Codebook"),
       fmt::format("{}, {} {} <span class=\"note\">(hash <code>{}</code>)</span>", escape(codebook.name),
                   say_("versie", "version"), escape(codebook.version), escape(codebook.hash)));
  item(say_("Gemaakt met", "Made with"), "<code>" + escape(options.command) + "</code>");
  out += "</dl>\n</header>\n";

  // Themes.
  out +=
      open_section(
          "themas", say_("Thema's", "Themes"),
          say_("Per thema het aantal segmenten per sessie (een segment telt één keer per thema), de codes eronder en "
               "citaten uit verschillende sessies en van verschillende sprekers.",
               "Per theme its segments per session (a segment counts once per theme), its codes and quotes from "
               "different sessions and speakers.")) +
      "</section>\n";
  for (std::size_t ti = 0; ti < codebook.themes.size(); ++ti) {
    const Theme& theme = codebook.themes[ti];
    const std::string label = theme.label.empty() ? theme.id : theme.label;
    out += fmt::format("<section id=\"thema-{}\" style=\"--theme: {}\">\n<h2>{}</h2>\n", escape(theme.id),
                       escape(theme_colour(theme)), escape(label));
    if (!theme.description.empty()) out += "<p>" + escape(theme.description) + "</p>\n";
    BarChart chart;
    chart.id = "chart-theme-" + std::to_string(ti + 1);
    chart.title = fmt::format("{} — {}", label, say_("segmenten per sessie", "segments per session"));
    chart.description =
        fmt::format("{} {} {}.", say_("Staafdiagram: segmenten met het thema", "Bar chart: segments with the theme"),
                    label, say_("per", "per") + std::string(" ") + by);
    chart.category_label = by;
    chart.value_label = say_("segmenten", "segments");
    chart.colour = theme_colour(theme);
    const auto* row = row_of(per_session, theme.id);
    std::int64_t total = 0;
    for (std::size_t s = 0; s < sessions.size(); ++s) {
      chart.bars.push_back({sessions[s], row ? integer_of((*row)[s + 1]) : 0});
      total += chart.bars.back().value;
    }
    out += svg(chart);
    out +=
        fmt::format("<p>{} {} {} {} {} ({}).</p>\n", say_("Samen", "Together"), total, say_("van de", "of the"),
                    segments, say_("segmenten", "segments"),
                    segments ? percent(static_cast<double>(total) / static_cast<double>(segments), 1, lang) : "–");

    Table code_table;
    code_table.title = say_("Codes", "Codes");
    code_table.columns = {{say_("code", "code")},
                          {say_("segmenten", "segments"), report::Kind::integer},
                          {say_("aandeel", "share"), report::Kind::percent, 1}};
    const std::size_t seg_col = column_of(codes, "segments"), share_col = column_of(codes, "share");
    for (std::size_t ci : theme.codes) {
      const Code& code = codebook.codes[ci];
      const auto* r = row_of(codes, code.id);
      code_table.rows.push_back({code.label.empty() ? code.id : code.label, r ? (*r)[seg_col] : Cell(std::int64_t{0}),
                                 r ? (*r)[share_col] : Cell(0.0)});
    }
    out += html_table(std::move(code_table), lang, codebook);

    if (total > 0 && options.quotes > 0) {
      quotes::Options q;
      q.theme = theme.id;
      q.count = options.quotes;
      q.by = by;
      q.where = options.where;
      q.names = options.names;
      Table picked = quotes::pick(paths, q);
      if (options.names) options.names->apply(picked);
      const std::size_t doc = column_of(picked, "doc"), speaker = column_of(picked, "speaker"),
                        session = column_of(picked, by), quote = column_of(picked, "quote");
      out += "<h3>" + say_("Citaten", "Quotes") + "</h3>\n";
      for (const auto& r : picked.rows)
        out += quote_html({text_of(r[speaker]), session < r.size() ? text_of(r[session]) : "", text_of(r[doc]),
                           marked_html(r[quote])},
                          lang, by);
    }
    out += "</section>\n";
  }

  // Rode draden.
  if (!codebook.threads.empty()) {
    threads::Options topt;
    topt.by = by;
    topt.where = options.where;
    topt.names = options.names;
    auto tables = threads::analyse(codebook, paths, topt);
    if (options.names) options.names->apply(tables);
    const Table& summary = tables[0];
    const Table& matrix = tables[1];
    const Table& thread_quotes = tables[2];
    out += open_section(
        "rode-draden", say_("Rode draden", "Threads (rode draden)"),
        say_("Het aandeel van de segmenten van elke sessie waarin een rode draad van het codeboek voorkomt.",
             "The share of each session's segments carrying a thread of the codebook."));
    HeatMap map;
    map.id = "chart-threads";
    map.title = say_("Rode draden per sessie (aandeel van de segmenten)", "Threads per session (share of segments)");
    map.description = say_("Heatmap: per rode draad en sessie het aandeel van de segmenten van de sessie.",
                           "Heat map: per thread and session the share of the session's segments.");
    map.row_label = say_("rode draad", "thread");
    map.column_label = by;
    map.colour = "#b8302a";
    for (std::size_t c = 1; c + 1 < matrix.columns.size(); ++c) map.columns.push_back(matrix.columns[c].name);
    for (const auto& row : matrix.rows) {
      const Thread* thread = nullptr;
      for (const auto& t : codebook.threads)
        if (t.id == text_of(row[0])) thread = &t;
      map.rows.push_back(thread && !thread->label.empty() ? thread->label : text_of(row[0]));
      std::vector<std::optional<double>> values;
      std::vector<std::string> texts;
      for (std::size_t c = 1; c + 1 < matrix.columns.size(); ++c) {
        const std::size_t fc = column_of(per_session, matrix.columns[c].name);
        const std::int64_t whole =
            all_per_session && fc < per_session.columns.size() ? integer_of((*all_per_session)[fc]) : 0;
        if (whole == 0) {
          values.emplace_back();
          texts.emplace_back();
          continue;
        }
        const double share = static_cast<double>(integer_of(row[c])) / static_cast<double>(whole);
        values.emplace_back(share);
        texts.push_back(percent(share, 1, lang));
      }
      map.values.push_back(std::move(values));
      map.text.push_back(std::move(texts));
    }
    out += svg(map);
    const std::size_t q_thread = column_of(thread_quotes, "thread"), q_session = column_of(thread_quotes, by),
                      q_doc = column_of(thread_quotes, "doc"), q_speaker = column_of(thread_quotes, "speaker"),
                      q_quote = column_of(thread_quotes, "quote");
    for (const auto& row : summary.rows) {
      const std::string id = text_of(row[0]);
      const std::string label = text_of(row[column_of(summary, "label")]);
      out += "<h3>" + escape(label.empty() ? id : label) + "</h3>\n";
      out += fmt::format("<p>{} {} {} {} {}; {} {} ({}).</p>\n", say_("In", "In"),
                         integer_of(row[column_of(summary, "sessions")]), say_("van de", "of the"),
                         integer_of(row[column_of(summary, "of")]), say_("sessies", "sessions"),
                         integer_of(row[column_of(summary, "segments")]), say_("segmenten", "segments"),
                         escape(report::shown(summary.columns[column_of(summary, "share")],
                                              row[column_of(summary, "share")], number_style(lang))));
      // Quotes from the sessions where the thread is strongest.
      const auto* counts = row_of(matrix, id);
      std::vector<const std::vector<Cell>*> candidates;
      for (const auto& q : thread_quotes.rows)
        if (text_of(q[q_thread]) == id) candidates.push_back(&q);
      auto strength = [&](const std::vector<Cell>* q) {
        const std::size_t c = column_of(matrix, text_of((*q)[q_session]));
        return counts && c < counts->size() ? integer_of((*counts)[c]) : 0;
      };
      std::stable_sort(candidates.begin(), candidates.end(),
                       [&](const auto* x, const auto* y) { return strength(x) > strength(y); });
      std::size_t shown_quotes = 0;
      std::set<std::string> speakers_quoted;
      for (const auto* candidate : candidates) {
        const auto& q = *candidate;
        if (shown_quotes >= options.thread_quotes) break;
        const std::string doc = q_doc < q.size() ? text_of(q[q_doc]) : text_of(q[q_session]);
        if (!speakers_quoted.insert(doc + '\t' + text_of(q[q_speaker])).second) continue;
        out += quote_html({text_of(q[q_speaker]), text_of(q[q_session]), by == "doc" ? text_of(q[q_session]) : doc,
                           marked_html(q[q_quote])},
                          lang, by);
        ++shown_quotes;
      }
    }
    out += "</section>\n";
  }

  // Co-occurrence of themes.
  {
    const auto counts = cooc::count(paths, freq::Level::theme, 0, options.where);
    out += open_section(
        "samenhang", say_("Samenhang tussen thema's", "Co-occurrence of themes"),
        say_("Hoe vaak twee thema's in hetzelfde segment voorkomen, als c-coëfficiënt: het aandeel van de segmenten "
             "met een van beide thema's waarin ze allebei voorkomen (0 nooit samen, 1 altijd samen).",
             "How often two themes occur in the same segment, as the c-coefficient: the share of the segments with "
             "either theme that hold both (0 never together, 1 always together)."));
    HeatMap map;
    map.id = "chart-cooc";
    map.title = say_("Thema's in hetzelfde segment (c-coëfficiënt)", "Themes in the same segment (c-coefficient)");
    map.description = say_("Heatmap: c-coëfficiënt per paar thema's.", "Heat map: c-coefficient per pair of themes.");
    map.row_label = say_("thema", "theme");
    map.column_label = say_("thema", "theme");
    map.colour = "#3b6ea5";
    auto label_of = [&](const std::string& id) {
      const Theme* t = codebook.find_theme(id);
      return t && !t->label.empty() ? t->label : id;
    };
    for (const auto& k : counts.keys) map.rows.push_back(label_of(k)), map.columns.push_back(label_of(k));
    for (std::size_t i = 0; i < counts.keys.size(); ++i) {
      std::vector<std::optional<double>> values;
      std::vector<std::string> texts;
      for (std::size_t j = 0; j < counts.keys.size(); ++j) {
        if (i == j) {
          values.emplace_back();
          texts.emplace_back("—");
          continue;
        }
        auto it = counts.pairs.find({std::min(i, j), std::max(i, j)});
        const std::int64_t n12 = it == counts.pairs.end() ? 0 : it->second;
        const std::int64_t either = counts.n[i] + counts.n[j] - n12;
        const double c = either ? static_cast<double>(n12) / static_cast<double>(either) : 0;
        values.emplace_back(c);
        texts.push_back(real(c, 2, lang));
      }
      map.values.push_back(std::move(values));
      map.text.push_back(std::move(texts));
    }
    out += svg(map);
    out += "</section>\n";
  }

  // Agreement between coders.
  std::string agreement_sentence;
  if (!options.coders.empty()) {
    const auto cs = coding::read_codings(options.coders, &codebook, options.where);
    if (cs.coders.size() >= 2) {
      agreement::TableOptions aopt;
      aopt.level = agreement::Level::theme;
      aopt.bootstrap = options.bootstrap;
      const Table t = agreement::agreement_table(cs, agreement::variables(cs, &codebook, agreement::Level::theme), aopt);
      out += open_section("overeenstemming", say_("Overeenstemming tussen codeurs", "Agreement between coders"));
      out += html_table(t, lang, codebook);
      out += "</section>\n";
      std::size_t compared = 0;
      for (const auto& unit : agreement::all_units(cs)) {
        std::size_t seen = 0;
        for (const auto& c : cs.coders) seen += c.units.contains(unit);
        compared += seen >= 2;
      }
      const auto* overall = row_of(t, "overall");
      const std::size_t a = column_of(t, "alpha"), lo = column_of(t, "alpha_low"), hi = column_of(t, "alpha_high");
      auto value = [&](std::size_t c) -> std::string {
        if (!overall || c >= overall->size()) return "";
        const Cell& cell = (*overall)[c];
        if (const auto* x = std::get_if<double>(&cell.value)) return real(*x, 2, lang);
        return say_("n.v.t.", "n/a");
      };
      agreement_sentence = fmt::format("{} {} {} {}; Krippendorff{} α = {}", count_word(cs.coders.size(), lang),
                                       say_("codeurs codeerden", "coders coded"), compared,
                                       say_("segmenten", "segments"), say_("s", "'s"), value(a));
      if (lo < t.columns.size())
        agreement_sentence += fmt::format(" (95%-{} {}–{})", say_("BI", "CI"), value(lo), value(hi));
      agreement_sentence += fmt::format(" {}.", say_("over de thema's samen", "over the themes pooled"));
    }
  }

  // Methods.
  out += open_section("methode", say_("Methode", "Method")) + "<p>";
  const std::string share_coded =
      segments ? percent(static_cast<double>(coded) / static_cast<double>(segments), 1, lang) : "–";
  out += escape(lang == Language::nl
                    ? fmt::format("De {} segmenten uit {} documenten zijn automatisch gecodeerd met codeboek {} "
                                  "versie {} (hash {}) door draad {}; {} segmenten ({}) kregen ten minste één code. ",
                                  segments, documents, codebook.name, codebook.version, codebook.hash8, version(),
                                  coded, share_coded)
                    : fmt::format("The {} segments of {} documents were coded automatically with codebook {} "
                                  "version {} (hash {}) by draad {}; {} segments ({}) got at least one code. ",
                                  segments, documents, codebook.name, codebook.version, codebook.hash8, version(),
                                  coded, share_coded));
  out += escape(say_(
      "Een segment telt één keer per thema, hoeveel codes van dat thema het ook draagt; aandelen delen door alle "
      "segmenten, ook de ongecodeerde. Een rode draad telt in een segment als genoeg van zijn codes erin voorkomen. "
      "Citaten zijn gekozen op het aantal treffers, verspreid over sessies en sprekers; de treffers staan vet. ",
      "A segment counts once per theme however many of its codes it carries; shares divide by all segments, uncoded "
      "ones included. A thread counts in a segment when enough of its codes occur in it. Quotes are chosen by their "
      "hits, spread over sessions and speakers; the hits are in bold. "));
  if (!agreement_sentence.empty()) out += escape(agreement_sentence);
  out += "</p>\n</section>\n</body>\n</html>\n";
  return out;
}

}  // namespace draad::present
