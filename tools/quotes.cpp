// draad quotes — illustrative quotes for a code or theme.
//
//   draad quotes (--theme THEME | --code THEME/CODE) [-n N] [--by COLUMN]
//                [--attributes COL,...] [--max-bytes N] [--where COLUMN=VALUE]...
//                [--pseudonymise] [--pseudonym-key FILE] [--format FMT]
//                [--output FILE] [FILE|-]...
//
// Picks N quotes from the segments carrying the code or theme, ranked by
// hits, spread round-robin over the values of --by (documents by default),
// never two from one speaker while another speaker is left; each cut at
// sentence boundaries around its hits, the hits in bold (on a terminal) or
// **bold** (md), attributed with doc, seg, speaker and the chosen columns.
// Headings are never quoted. --where quotes only the segments it keeps (e.g.
// rol=deelnemer); --pseudonymise replaces speakers and the names in the
// quotes by pseudonyms (Deelnemer 3), --pseudonym-key FILE writes the key.

#include <optional>

#include "command.h"
#include "base/error.h"
#include "analysis/quotes.h"
#include "stream/report.h"

namespace {

}  // namespace

int draad::cli::run_quotes(CLI::App& app, int argc, char** argv) {
  std::vector<std::string> inputs;
  draad::quotes::Options options;
  std::string codebook;
  draad::cli::TableFlags table;
  app.add_option("inputs", inputs, "coding streams from draad code, with their text (default: standard input)");
  auto* theme = app.add_option("--theme", options.theme, "the theme to quote");
  auto* code = app.add_option("--code", options.code, "the code (theme/code) to quote");
  theme->excludes(code);
  code->excludes(theme);
  app.add_option("-n,--count", options.count, "number of quotes")->check(CLI::Range(1, 10000))->capture_default_str();
  app.add_option("--by", options.by, "spread the quotes over the values of this column (e.g. sessie, plaats)")
      ->capture_default_str();
  app.add_option("--attributes", options.attributes, "further columns to show with each quote (comma-separated)")
      ->delimiter(',')
      ->expected(1)
      ->allow_extra_args(false)  // `--attributes sessie FILE`: FILE is an input, not a second attribute
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  app.add_option("--max-bytes", options.max_bytes, "longest excerpt before further sentences are left out")
      ->check(CLI::Range(1, 1'000'000))
      ->capture_default_str();
  app.add_option("-c,--codebook", codebook, "the codebook, for --labels");
  draad::cli::SegmentFilterFlags filters;
  draad::cli::add_segment_filters(app, filters);
  draad::cli::add_table_options(app, table);

  app.footer(
      "Example:\n"
      "  draad quotes --theme ontmoeting -n 5 --by plaats < codings.tsv\n"
      "  draad quotes --theme ontmoeting --where rol=deelnemer --pseudonymise < codings.tsv\n"
      "  draad quotes --code wederkerigheid/vertrouwen --attributes sessie,leeftijd --format md codings.tsv");
  return draad::cli::run(app, argc, argv, [&] {
    using namespace draad;
    if (options.theme.empty() && options.code.empty()) throw UsageError("give --theme THEME or --code THEME/CODE");
    options.where = where::Filter(filters.where);
    options.names = filters.pseudonyms.observer();
    std::vector<report::Table> tables = {quotes::pick(inputs, options)};
    filters.pseudonyms.apply(tables);
    const auto cb = codebook.empty() ? std::nullopt : std::optional(load(codebook));
    draad::cli::print_tables(std::move(tables), table, cb ? &*cb : nullptr);
  });
}
