// draad kwic — keyword in context over a segment stream.
//
//   draad kwic PATTERN [--window N] [--where COLUMN=VALUE]... [--pseudonymise]
//              [--pseudonym-key FILE] [--format FMT] [--output FILE] [FILE|-]...
//
// PATTERN is written as in a codebook (codebooks/README.md): one word is a
// term, matching its inflections and, inside compounds, as head or modifier
// (`buurthuis` finds `buurthuizen` and `buurthuiswerker`); a word with `*` is
// a glob on the token (`vertrouw*`); several words are a phrase whose words
// match by lemma, `*` standing for a gap of up to 3 tokens. Output has
// quanteda's kwic columns, with `seg` added: doc seg from to pre keyword post
// pattern, where from/to are code point offsets into the document (as in the
// `terms` column of draad code) and pre/post hold up to N tokens of the
// segment around the keyword. --where searches only the segments it keeps;
// --pseudonymise replaces the speakers' names in the context.

#include <algorithm>
#include <cstdio>
#include <optional>

#include <fmt/format.h>

#include "coding/codebook.h"
#include "command.h"
#include "base/error.h"
#include "coding/match.h"
#include "coding/pattern_kind.h"
#include "base/progress.h"
#include "stream/report.h"
#include "text/segment.h"
#include "text/segment_stream.h"
#include "dutch/tokenise.h"
#include "stream/tsv.h"
#include "base/utf8.h"

namespace {

using namespace draad;

// A one-code codebook holding `pattern`.
Codebook pattern_codebook(const std::string& pattern) {
  const std::string text = utf8::ascii_lower(utf8::trim(pattern));
  if (text.empty()) throw UsageError("the pattern is empty");
  if (utf8::find_invalid(text)) throw UsageError("the pattern is not valid UTF-8");
  Codebook cb;
  cb.name = "kwic";
  cb.version = "1";
  Code code;
  code.id = "kwic/pattern";
  code.theme = "kwic";
  code.name = "pattern";
  code.negation = NegationMode::count;  // show every occurrence, negated or not
  switch (pattern_kind(text)) {
    case PatternKind::phrase: code.phrases.push_back({text, {}}); break;
    case PatternKind::glob: code.globs.push_back({text, {}}); break;
    case PatternKind::term: code.terms.push_back({text, CompoundMode::any, {}}); break;
  }
  cb.codes.push_back(std::move(code));
  Theme theme;
  theme.id = "kwic";
  theme.codes = {0};
  cb.themes.push_back(std::move(theme));
  return cb;
}

// Text with line breaks and tabs as spaces, trimmed: one line of context.
std::string one_line(std::string_view s) {
  std::string out;
  for (char c : s) out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
  const auto b = out.find_first_not_of(' ');
  if (b == std::string::npos) return {};
  return out.substr(b, out.find_last_not_of(' ') - b + 1);
}

}  // namespace

int draad::cli::run_kwic(CLI::App& app, int argc, char** argv) {
  std::string pattern;
  draad::cli::TableFlags table_flags;
  std::vector<std::string> inputs;
  std::size_t window = 8;
  app.add_option("pattern", pattern, "a term, a glob (vertrouw*) or a phrase, as in a codebook")->required();
  app.add_option("inputs", inputs, "segment streams from draad segment (default: standard input)");
  app.add_option("--window", window, "tokens of context on each side")->check(CLI::Range(0, 1000))->capture_default_str();
  cli::SegmentFilterFlags filters;
  cli::add_segment_filters(app, filters);
  draad::cli::add_table_options(app, table_flags, false);
  app.footer(
      "Examples:\n"
      "  draad segment samples/ | draad kwic 'vertrouw*' --window 8\n"
      "  draad kwic buurthuis segments.tsv          # also buurthuizen, buurthuiswerker\n"
      "  draad kwic 'elkaar * ontmoeten' segments.tsv\n"
      "  draad kwic vertrouwen --where rol=deelnemer --pseudonymise segments.tsv");
  return cli::run(app, argc, argv, [&] {
    const auto fmt = report::choose_format(table_flags.format, table_flags.output);
    const std::string& output = table_flags.output;
    const Codebook codebook = pattern_codebook(pattern);
    const CompiledCodebook compiled(codebook);
    Matcher matcher(compiled);
    report::Table table;
    table.title = "Keyword in context: " + pattern;
    table.columns = {{"doc"},
                     {"seg", report::Kind::integer},
                     {"from", report::Kind::integer},
                     {"to", report::Kind::integer},
                     {"pre", report::Kind::text, 0, true},
                     {"keyword"},
                     {"post"},
                     {"pattern"}};
    // In a pipe the lines stream out as they are found; other formats need
    // the whole table, and so do pseudonyms (a name may be mentioned before
    // its speaker first speaks).
    std::optional<tsv::Writer> stream;
    if (fmt == report::Format::tsv && (output.empty() || output == "-") && !filters.pseudonyms.on) {
      std::vector<std::string> names;
      for (const auto& c : table.columns) names.push_back(c.name);
      stream.emplace(stdout, names);
    }
    std::vector<CodeMatch> matches;
    Progress progress("kwic");
    if (inputs.empty()) inputs.push_back("-");
    const where::Filter filter(filters.where);
    cli::SegmentSelector selector(filter, filters.pseudonyms.observer());
    for (const auto& input : inputs) {
      tsv::Reader reader(input);
      const std::size_t doc = reader.require("doc"), text = reader.require("text");
      SegmentChecker checker(reader);
      selector.start(reader);
      while (reader.next()) {
        const SegmentFields fields = checker.check(reader);
        if (!selector.keep(reader)) continue;
        const std::string& t = reader.field(text);
        progress.segment(t.size(), reader.field(doc));
        matcher.match(t, matches);
        if (matches.empty()) continue;
        const std::vector<Token>& tokens = matcher.tokens();
        const std::int64_t offset = fields.start, seg_number = fields.seg;
        std::vector<ByteRange> hits = matches[0].counted;
        hits.insert(hits.end(), matches[0].negated.begin(), matches[0].negated.end());
        std::sort(hits.begin(), hits.end(), [](const ByteRange& a, const ByteRange& b) { return a.begin < b.begin; });
        // Hits in text order: the token cursor and the code point count only move
        // forward, so a segment with a million hits stays linear.
        const std::string_view tv(t);
        utf8::CodePointCounter code_points(tv);
        std::size_t first = 0;
        for (const ByteRange& h : hits) {
          // The first token ending after the hit starts, the first starting at or after it ends.
          while (first < tokens.size() && tokens[first].end <= h.begin) ++first;
          std::size_t after = first;
          while (after < tokens.size() && tokens[after].begin < h.end) ++after;
          const std::size_t pre_begin = first >= window ? tokens[first - window].begin : 0;
          const std::size_t post_end =
              window == 0 || after >= tokens.size() ? h.end : tokens[std::min(after + window, tokens.size()) - 1].end;
          const std::int64_t from = offset + code_points.at(h.begin);
          std::vector<report::Cell> row{
              reader.field(doc),
              seg_number,
              from,
              from + static_cast<std::int64_t>(utf8::count_code_points(tv.substr(h.begin, h.end - h.begin))),
              one_line(tv.substr(pre_begin, h.begin - pre_begin)),
              one_line(tv.substr(h.begin, h.end - h.begin)),
              one_line(tv.substr(h.end, post_end - h.end)),
              pattern};
          if (stream) {
            for (std::size_t i = 0; i < row.size(); ++i)
              if (const auto* s = std::get_if<std::string>(&row[i].value)) stream->field(*s);
              else stream->field(std::get<std::int64_t>(row[i].value));
            stream->end_row();
          } else {
            if (fmt == report::Format::xlsx && table.rows.size() + 1 >= report::kMaxSheetRows)
              throw DataError({output.empty() ? "<stdout>" : output},
                              fmt::format("more than {} matches, more than an xlsx sheet holds; write tsv or csv instead",
                                          report::kMaxSheetRows - 1));
            table.rows.push_back(std::move(row));
          }
        }
      }
    }
    if (stream) return stream->flush();
    std::vector<report::Table> tables = {std::move(table)};
    filters.pseudonyms.apply(tables);
    draad::cli::print_tables(std::move(tables), table_flags);
  });
}
