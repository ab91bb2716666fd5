// draad import — the codings of a REFI-QDA project (.qdpx) as a coding stream.
//
// Usage: draad import PROJECT.qdpx [--user NAME] [--overlap any|half|all]
//                     [--unit UNIT] [--meta FILE] [--speakers FILE]
//
// Segments the project's text sources as `draad segment` does (the sources
// named as documents: `sessie-zwolle.txt` is document sessie-zwolle) and
// writes a coding stream with one coder per user: one row per segment and
// code a user gave it (hits = the user's selections with that code there,
// terms = those selections, clipped to the segment, as text@start-end), and
// one row with an empty code for a segment the user left uncoded. Users
// follow one another, so the stream holds every user for `draad agree`; give
// --user for one user's stream (for freq, cooc, threads, quotes). A selection
// codes a segment under --overlap: any (default: a shared character, so a
// phrase marked in a paragraph codes the paragraph), half (it covers at least
// half of the segment) or all (the whole segment). See lib/coding/qda_project.h.

#include <algorithm>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "coding/coding.h"
#include "coding/qda_project.h"
#include "command.h"
#include "stream/tsv.h"

int draad::cli::run_import(CLI::App& app, int argc, char** argv) {
  app.name("import");
  std::string path, user, overlap = "any", unit = "paragraph";
  draad::qda::ImportOptions options;
  app.add_option("project", path, "the REFI-QDA project (.qdpx)")->required();
  app.add_option("--user", user, "only this user's codings (default: every user who coded, one after another)");
  app.add_option("--overlap", overlap, "when a selection codes a segment: any (default), half or all")
      ->check(CLI::IsMember({"any", "half", "all"}));
  draad::cli::add_unit_option(app, unit);
  app.add_option("--meta", options.segment.meta_path, "CSV/TSV with a doc column: attributes per document")->type_name("FILE");
  app.add_option("--speakers", options.segment.speakers_path, "CSV/TSV with a speaker column: attributes per speaker")
      ->type_name("FILE");
  app.footer(
      "Examples:\n"
      "  draad import samenleven.qdpx > codings-atlas.tsv\n"
      "  draad agree codings-atlas.tsv --diff                       # the project's analysts compared\n"
      "  draad import samenleven.qdpx --user anna | draad freq --by theme,doc\n\n"
      "  doc            seg  code                        theme       coder  hits  terms\n"
      "  sessie-zwolle  4    ontmoeting/ontmoetingsplek  ontmoeting  anna   1     het buurthuis@412-425");

  return draad::cli::run(app, argc, argv, [&] {
    options.overlap = draad::qda::parse_overlap(overlap);
    options.segment.unit = draad::parse_unit(unit);
    options.report = [](const std::string& message) { draad::write_stderr(fmt::format("draad import: {}\n", message)); };
    options.segment.report = options.report;
    const draad::qda::ImportedProject project = draad::qda::import_project(path, options);
    std::vector<std::size_t> users;
    for (std::size_t u = 0; u < project.users.size(); ++u)
      if (user.empty() || project.users[u] == user) users.push_back(u);
    if (!user.empty() && users.empty())
      throw draad::DataError({project.file}, fmt::format("no user '{}' coded in this project; users: {}", user,
                                                         fmt::join(project.users, ", ")));

    // The coding record: its columns, then the segment's other columns.
    std::vector<std::string> columns = draad::kCodingColumns;
    std::vector<std::size_t> rest;
    for (std::size_t i = 0; i < project.columns.size(); ++i)
      if (project.columns[i] != "doc" && project.columns[i] != "seg") {
        columns.push_back(project.columns[i]);
        rest.push_back(i);
      }
    draad::tsv::Writer out(stdout, columns);
    auto row = [&](const std::vector<std::string>& record, const std::string& code, const std::string& coder,
                   std::int64_t hits, const std::string& terms) {
      out.field(record[0]).field(record[1]).field(code);
      out.field(code.empty() ? "" : code.substr(0, code.find('/'))).field(coder).field(hits).field(terms).field("");
      for (auto i : rest) out.field(record[i]);
      out.end_row();
    };
    if (project.users.empty())  // sources and codebook only: the segments, coded by nobody
      for (const auto& record : project.segments) row(record, "", "", 0, "");
    for (auto u : users)
      for (std::size_t i = 0; i < project.segments.size(); ++i) {
        auto it = project.codes[u].find(i);
        if (it == project.codes[u].end()) {
          row(project.segments[i], "", project.users[u], 0, "");
          continue;
        }
        for (const auto& [code, terms] : it->second)
          row(project.segments[i], code, project.users[u], static_cast<std::int64_t>(terms.size()),
              fmt::format("{}", fmt::join(terms, ";")));
      }
    out.flush();
  });
}
