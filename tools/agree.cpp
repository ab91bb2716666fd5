// draad agree [-c CODEBOOK] [--level code|theme] [--coded-only] [--bootstrap N] [--seed S]
//             [--unit UNIT] [--overlap any|half|all] [--diff | --gold GOLD] [--where COLUMN=VALUE]... [--pseudonymise]
//             [--pseudonym-key FILE] [--format F] [-o FILE] FILE...
//
// Intercoder agreement between the coders of filled coding sheets (XLSX, CSV,
// TSV from `draad sheet`) and coding streams (`draad code`). The unit is the
// segment, aligned on (doc, seg); a segment a coder did not see is missing for
// that coder. Per code (or theme, with --level theme: present when any of its
// codes is) and overall (pooled over codes, every segment × code a unit):
// the units seen by two or more coders, how many of them each coder coded,
// percent agreement, Cohen's kappa (two coders), Fleiss' kappa and
// Krippendorff's alpha (nominal) with a percentile bootstrap 95% interval
// (resampling segments; seeded, so the same input gives the same interval).
// A coefficient that is 0/0 (no variation, no pairable unit) prints as n/a
// with a note saying why.
//
// --coded-only keeps the segments some coder gave any code (the same for
// every code). --diff lists the disagreeing segments per code; --gold GOLD
// OTHER measures OTHER (usually `draad code` output) against the human GOLD:
// precision, recall and F1 per code and theme, and the false positives (with
// the terms that fired) and false negatives (per theme only with --level
// theme). Codings made with different codebooks are refused. --where leaves segments out (in every file
// that has the column, for every coder); --pseudonymise replaces the speakers
// and their names in the listed segments (a sheet has no role column: roles
// come from labels such as Gespreksleider only). A REFI-QDA project (.qdpx)
// is read as `draad import` reads it: --unit and --overlap say how its
// sources are segmented and when a selection codes a segment.

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <optional>

#include <fmt/format.h>

#include "analysis/agreement_table.h"
#include "coding/codebook.h"
#include "coding/coding_sheet.h"
#include "coding/qda_project.h"
#include "command.h"
#include "base/error.h"
#include "base/input.h"
#include "stream/report.h"

namespace {

namespace ag = draad::agreement;

struct Options {
  std::string codebook, level = "code", gold, unit = "paragraph", overlap = "any";
  draad::cli::TableFlags table;
  bool coded_only = false, diff = false;
  std::size_t bootstrap = 1000;
  std::uint64_t seed = ag::kDefaultSeed;
  std::vector<std::string> files;
};

// A seed given a sign would otherwise wrap round to a huge number.
const CLI::Validator kWholeNumber(
    [](std::string& s) {
      return !s.empty() && s.size() <= 19 && s.find_first_not_of("0123456789") == std::string::npos
                 ? std::string()
                 : fmt::format("'{}' is not a whole number of 0 or more", s);
    },
    "N");

}  // namespace

int draad::cli::run_agree(CLI::App& app, int argc, char** argv) {
  Options o;
  app.add_option("files", o.files, "filled coding sheets (.xlsx, .csv, .tsv) and coding streams (draad code)")
      ->required();
  app.add_option("-c,--codebook", o.codebook, "check every code id against this codebook (and show labels)");
  app.add_option("--level", o.level, "code or theme (a theme is present when any of its codes is)")
      ->check(CLI::IsMember({"code", "theme"}));
  app.add_flag("--coded-only", o.coded_only, "only the segments at least one coder gave any code (the same segments for every code)");
  app.add_option("--bootstrap", o.bootstrap, "resamples for the alpha interval; 0 for none")
      ->check(CLI::Range(std::size_t{0}, ag::kMaxBootstrap))
      ->capture_default_str();
  app.add_option("--seed", o.seed, "seed of the bootstrap (a whole number, 0 or more)")
      ->check(kWholeNumber)
      ->capture_default_str();
  auto* diff = app.add_flag("--diff", o.diff, "list the disagreeing segments per code");
  app.add_option("--gold", o.gold, "the gold standard: measure the other file against it (precision, recall, F1)")
      ->excludes(diff);
  auto* unit = app.add_option("-u,--unit", o.unit, "a .qdpx's segments: paragraph (default), turn, line, sentence or document")
      ->type_name("UNIT");
  auto* overlap = app.add_option("--overlap", o.overlap, "when a .qdpx's selection codes a segment: any (default), half or all")
      ->check(CLI::IsMember({"any", "half", "all"}));
  draad::cli::SegmentFilterFlags filters;
  draad::cli::add_segment_filters(app, filters);
  draad::cli::add_table_options(app, o.table);
  app.footer(
      "Examples:\n"
      "  draad agree anna.xlsx bram.csv                   # per code: units, agree, kappa, alpha\n"
      "  draad agree anna.xlsx bram.csv carmen.tsv --level theme -c codebooks/samenleven.yaml\n"
      "  draad agree --diff anna.xlsx bram.csv            # where they disagree, segment by segment\n"
      "  draad agree anna.xlsx bram.csv --where 'speaker!=Gespreksleider'\n"
      "  draad agree --diff --pseudonymise anna.xlsx bram.csv\n"
      "  draad segment samples/ | draad code -c codebooks/samenleven.yaml > codings.tsv\n"
      "  draad agree --gold anna.xlsx codings.tsv         # the codebook measured against Anna\n"
      "  draad agree project.qdpx --unit sentence --overlap half   # a project's users, per sentence\n"
      "Each file's coder is its coder column or its file name (anna.xlsx -> anna). A segment missing from a\n"
      "coder's file is missing data, not 'absent'. A coefficient that is 0/0 (every decision the same) prints\n"
      "n/a with a note; --bootstrap 0 skips the interval on a large corpus.");
  return draad::cli::run(app, argc, argv, [&] {
    std::optional<draad::Codebook> codebook;
    if (!o.codebook.empty()) codebook = draad::load(o.codebook);
    const draad::Codebook* cb = codebook ? &*codebook : nullptr;
    std::vector<std::string> files = o.files;
    if (!o.gold.empty()) {
      if (files.size() != 1) throw draad::UsageError("--gold GOLD takes exactly one other file to measure");
      files.insert(files.begin(), o.gold);
    }
    const draad::where::Filter filter(filters.where);
    if ((unit->count() || overlap->count()) &&
        std::none_of(files.begin(), files.end(), [](const std::string& f) { return f.ends_with(".qdpx"); }))
      throw draad::UsageError("--unit and --overlap say how a REFI-QDA project (.qdpx) is read; no file given is one");
    draad::qda::ImportOptions project;
    project.segment.unit = draad::parse_unit(o.unit);
    project.overlap = draad::qda::parse_overlap(o.overlap);
    draad::coding::Codings cs = draad::coding::read_codings(files, cb, filter, &project);
    for (const auto& notice : cs.notices) draad::write_stderr(fmt::format("draad agree: {}\n", notice));
    // The speakers of the listed segments in (doc, seg) order: the order of a stream from draad segment.
    if (filters.pseudonyms.on)
      for (const auto& [unit, info] : cs.segments) filters.pseudonyms.names.observe(unit.doc, info.speaker);
    for (auto& [unit, info] : cs.segments) filters.pseudonyms.apply(unit.doc, info.speaker, info.text);
    filters.pseudonyms.write_key();
    if (cs.coders.size() < 2)
      throw draad::DataError({draad::display_name(files.front())},
                             fmt::format("agreement needs two coders or more; the files hold {}{}", cs.coders.size(),
                                         cs.coders.empty() ? "" : " ('" + cs.coders[0].coder + "')"));
    const ag::Level level = o.level == "theme" ? ag::Level::theme : ag::Level::code;
    if (!o.gold.empty())
      return draad::cli::print_tables(ag::gold_tables(cs, ag::variables(cs, cb, ag::Level::code),
                                                      ag::variables(cs, cb, ag::Level::theme), cb != nullptr, level),
                                      o.table, cb);
    const auto vars = ag::variables(cs, cb, level);
    if (o.diff) {
      const auto groups = ag::disagreements(cs, vars);
      const bool to_terminal =
          (o.table.output.empty() || o.table.output == "-") && o.table.format.empty() && isatty(STDOUT_FILENO);
      if (!to_terminal) return draad::cli::print_tables({ag::diff_table(cs, groups, level)}, o.table, cb);
      std::string text = ag::diff_text(cs, groups, !std::getenv("NO_COLOR"));
      std::fwrite(text.data(), 1, text.size(), stdout);
      return;
    }
    draad::cli::print_tables({ag::agreement_table(cs, vars, {level, o.coded_only, o.bootstrap, o.seed, cb != nullptr})},
                             o.table, cb);
  });
}
