// draad threads — rode draden: the codebook's threads across sessions, and
// candidate threads found in the data.
//
//   draad threads -c CODEBOOK [--by COLUMN] [--min-sessions K] [--min-themes M]
//                 [--candidates N] [--where COLUMN=VALUE]... [--pseudonymise]
//                 [--pseudonym-key FILE] [--format FMT] [--output FILE] [FILE|-]...
//
// For each thread of the codebook: the sessions it appears in (of how many),
// its segments and their share, the themes it co-occurs with, one supporting
// quote per session, and a thread × session table. Then candidates: codes
// and code pairs recurring in at least K sessions that co-occur with at least
// M themes, ranked by spread, with their evidence. The codings must come from
// this codebook (its hash is in the coder column). --where analyses only the
// segments it keeps; --pseudonymise replaces speakers and their names in the
// quotes by pseudonyms (Deelnemer 3).

#include "coding/codebook.h"
#include "command.h"
#include "stream/report.h"
#include "analysis/threads.h"

namespace {

}  // namespace

int draad::cli::run_threads(CLI::App& app, int argc, char** argv) {
  std::vector<std::string> inputs;
  std::string codebook;
  draad::cli::TableFlags table;
  draad::threads::Options options;
  app.add_option("inputs", inputs, "coding streams from draad code (default: standard input)");
  app.add_option("-c,--codebook", codebook, "the codebook the codings were made with")->required();
  app.add_option("--by", options.by, "the column that names a session (e.g. sessie)")->capture_default_str();
  app.add_option("--min-sessions", options.min_sessions, "a candidate recurs in at least this many sessions")
      ->check(CLI::Range(1, 1'000'000))
      ->capture_default_str();
  app.add_option("--min-themes", options.min_themes, "a candidate's segments carry at least this many themes")
      ->check(CLI::Range(1, 1'000'000))
      ->capture_default_str();
  app.add_option("--candidates", options.max_candidates, "list at most this many candidates")
      ->check(CLI::Range(0, 1'000'000))
      ->capture_default_str();
  draad::cli::SegmentFilterFlags filters;
  draad::cli::add_segment_filters(app, filters);
  draad::cli::add_table_options(app, table);
  app.footer(
      "Example:\n"
      "  draad threads -c codebooks/samenleven.yaml --by sessie < codings.tsv\n"
      "  draad threads -c codebooks/samenleven.yaml --where rol=deelnemer --pseudonymise codings.tsv\n"
      "  draad threads -c codebooks/samenleven.yaml --by sessie -o rode-draden.xlsx codings.tsv");
  return draad::cli::run(app, argc, argv, [&] {
    using namespace draad;
    const Codebook cb = load(codebook);
    options.where = where::Filter(filters.where);
    options.names = filters.pseudonyms.observer();
    auto tables = threads::analyse(cb, inputs, options);
    filters.pseudonyms.apply(tables);
    draad::cli::print_tables(std::move(tables), table, &cb);
  });
}
