// draad cooc — which codes or themes occur together.
//
//   draad cooc [--level code|theme] [--window N] [--matrix count|c|ratio]
//              [--where COLUMN=VALUE]... [--format FMT] [--output FILE] [FILE|-]...
//
// Co-occurrence within a segment, or within N neighbouring segments of one
// document: for each pair n1, n2, n12, the c-coefficient (ATLAS.ti; the
// Jaccard index n12 / (n1 + n2 - n12)), the expected n12 under independence
// (n1 * n2 / N, N = all segments) and the ratio observed / expected. With
// --matrix a key × key table of one of these instead. --where counts only
// the segments it keeps.

#include <optional>

#include "command.h"
#include "analysis/cooccurrence.h"
#include "stream/report.h"

namespace {

}  // namespace

int draad::cli::run_cooc(CLI::App& app, int argc, char** argv) {
  std::vector<std::string> inputs;
  std::string level = "code", matrix, codebook;
  draad::cli::TableFlags table;
  int window = 0;
  app.add_option("inputs", inputs, "coding streams from draad code (default: standard input)");
  app.add_option("--level", level, "code or theme")->check(CLI::IsMember({"code", "theme"}))->capture_default_str();
  app.add_option("--window", window, "also count keys in up to N segments before and after (same document)")
      ->check(CLI::Range(0, 100000))
      ->capture_default_str();
  app.add_option("--matrix", matrix, "print a key × key matrix of count, c or ratio instead of the pair list");
  app.add_option("-c,--codebook", codebook, "the codebook, for --labels");
  std::vector<std::string> where;
  draad::cli::add_where_option(app, where);
  draad::cli::add_table_options(app, table);
  app.footer(
      "Example:\n"
      "  draad cooc --level theme < codings.tsv\n"
      "  draad cooc --level theme --where 'speaker!=Gespreksleider' codings.tsv\n"
      "  draad code -c codebooks/samenleven.yaml samples/ | draad cooc --window 2 --matrix c");
  return draad::cli::run(app, argc, argv, [&] {
    using namespace draad;
    const auto lvl = level == "code" ? freq::Level::code : freq::Level::theme;
    const auto measure = matrix.empty() ? cooc::Measure::count : cooc::parse_measure(matrix);
    const auto counts = cooc::count(inputs, lvl, window, where::Filter(where));
    const auto cb = codebook.empty() ? std::nullopt : std::optional(load(codebook));
    draad::cli::print_tables({matrix.empty() ? cooc::pair_table(counts, lvl, window)
                                  : cooc::matrix_table(counts, lvl, window, measure)},
                  table, cb ? &*cb : nullptr);
  });
}
