// draad freq — theme and code frequency tables from a coding stream.
//
//   draad freq [--by code|theme|main[,COLUMN...]] [--count segments|hits|docs|speakers]
//              [--percent] [--long] [--sort name|count] [--where COLUMN=VALUE]...
//              [--format FMT] [--output FILE] [FILE|-]...
//   draad freq --partial [--by ...] [FILE|-]...     mergeable raw counts (TSV)
//   draad freq --merge PARTIAL... [options]          the table of all parts together
//
// Counts segments, hits, documents and speakers per code, theme or main theme
// (each coded segment once, under the theme it is mostly about), per group
// of segments (any segment column: doc, speaker, sessie, plaats, attributes;
// --where counts only the segments it keeps, e.g. rol=deelnemer),
// with shares of the group's segments (uncoded segments included) and a
// total column. Partials made on parts of a corpus split by documents merge
// into exactly the table of the whole corpus.

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <optional>

#include <fmt/format.h>

#include "command.h"
#include "base/error.h"
#include "analysis/frequency.h"
#include "base/input.h"
#include "stream/report.h"

namespace {

}  // namespace

int draad::cli::run_freq(CLI::App& app, int argc, char** argv) {
  std::vector<std::string> inputs;
  std::string by = "theme", count = "segments", sort = "name", codebook;
  draad::cli::TableFlags table;
  std::vector<std::string> where;
  bool percent = false, long_form = false, partial = false, merge = false;
  app.add_option("inputs", inputs, "coding streams from draad code (default: standard input); with --merge: partials");
  app.add_option("--by", by,
                 "what to count, code, theme or main (each segment once, under its main theme), then grouping "
                 "columns, comma-separated (e.g. theme,sessie)")
      ->capture_default_str();
  app.add_option("--count", count, "the measure in a cross table: segments, hits, docs or speakers")
      ->capture_default_str();
  app.add_flag("--percent", percent, "cross-table cells as shares of the group's (all) row");
  app.add_flag("--long", long_form, "one row per key and group with every measure, instead of a cross table");
  app.add_option("--sort", sort, "row order: name (natural order of ids) or count (descending)")
      ->check(CLI::IsMember({"name", "count"}))
      ->capture_default_str();
  app.add_option("-c,--codebook", codebook, "the codebook, for --labels and to break a tie between main themes");
  draad::cli::add_where_option(app, where);
  draad::cli::add_table_options(app, table);
  app.add_flag("--partial", partial, "write raw mergeable counts instead of a table");
  app.add_flag("--merge", merge, "add up partial counts made with --partial");
  app.footer(
      "Shares divide by the group's (all) row, which counts every segment including uncoded ones;\n"
      "(any theme) counts the segments with at least one theme. Tables for people (text, md, xlsx,\n"
      "csv --excel) are Dutch: (alle), (enig thema), 12,5%; --lang en for English.\n\n"
      "A segment's main theme (--by main) is the theme with the most hits; on a tie the one with\n"
      "more codes, then the one hit first in the segment, then the one the codebook (-c) lists first.\n"
      "--by main,doc,seg --long lists the main theme of every coded segment.\n\n"
      "Examples:\n"
      "  draad code -c codebooks/samenleven.yaml samples/ | draad freq --by theme,sessie\n"
      "  draad freq --by code,leeftijd --count segments --percent < codings.tsv\n"
      "  draad freq --by theme,sessie --where rol=deelnemer < codings.tsv\n"
      "  draad freq --by main,sessie --percent -c codebooks/samenleven.yaml < codings.tsv\n"
      "  ls parts/*.tsv | parallel -j 2 'draad freq --partial --by theme,plaats {} > {}.part'\n"
      "  draad freq --merge parts/*.part");
  return draad::cli::run(app, argc, argv, [&] {
    using namespace draad;
    freq::TableOptions options;
    options.measure = freq::parse_measure(count);
    options.percent = percent;
    options.long_form = long_form;
    options.sort = sort == "count" ? freq::Sort::count : freq::Sort::name;
    if (!partial) report::choose_format(table.format, table.output);  // a bad --format fails before reading
    const bool by_given = app.count("--by") > 0;
    if (merge && inputs.empty()) throw UsageError("--merge needs the partial files to add up");
    if (merge && !where.empty()) throw UsageError("--where chooses segments while counting: give it with --partial, not --merge");
    freq::Tally tally(merge && !by_given ? freq::partial_grouping(inputs.front()) : freq::parse_by(by));
    const auto cb = codebook.empty() ? std::nullopt : std::optional(load(codebook));
    std::vector<std::string> theme_order;
    if (cb)
      for (const auto& t : cb->themes) theme_order.push_back(t.id);
    if (merge) tally.merge(inputs);
    else tally.count(inputs, where::Filter(where), theme_order);
    if (!partial) return draad::cli::print_tables({tally.table(options)}, table, cb ? &*cb : nullptr);
    // A merge can write a partial again: partials of partials add up too.
    draad::write_output(table.output, [&](std::FILE* f) { tally.write_partial(f); });
  });
}
