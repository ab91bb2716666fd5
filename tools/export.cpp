// draad export — a REFI-QDA project (.qdpx) for ATLAS.ti, MAXQDA, NVivo or QualCoder.
//
// Usage: draad export [-c CODEBOOK] --documents DOC|DIR [--documents ...] [SEGMENT OPTIONS]
//                     [--mark segment|hits] [--sets COLUMN]... [--name NAME]
//                     [--pseudonymise [--pseudonym-key FILE]] -o PROJECT.qdpx [CODINGS...]
//
// Segments the documents as `draad segment` does (give the options the
// codings were made with) and writes their normalised texts as the project's
// sources, the codebook as its codes, and every coder of the coding files
// (`draad code` streams, filled sheets: whatever `draad agree` reads) as a
// user with its codings. Selections are code point ranges into the sources,
// the offsets of draad's streams. --sets makes a set of documents per value
// of a document attribute (default: `sessie`, when the documents have it).
// See lib/coding/qda_project.h.

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "coding/codebook.h"
#include "coding/coding_sheet.h"
#include "coding/qda_project.h"
#include "command.h"
#include "text/segment.h"

int draad::cli::run_export(CLI::App& app, int argc, char** argv) {
  app.name("export");
  std::string codebook_path;
  std::vector<std::string> documents, codings;
  std::string output, name, mark = "segment";
  draad::cli::SegmentFlags flags;
  app.add_option("codings", codings, "coding streams and filled sheets, one user per coder (none: codes and sources only)");
  draad::cli::add_codebook_option(app, codebook_path);
  app.add_option("--documents", documents,
                 "a document or directory the codings were made on (repeat the option for more)")
      ->required()
      ->allow_extra_args(false);
  app.add_option("-o,--output", output, "the project file to write (.qdpx)")->required();
  app.add_option("--name", name, "the project's name (default: the output file's name)");
  app.add_option("--mark", mark,
                 "what a coding selects: segment (default: the unit draad codes and agree compares) or hits "
                 "(each hit of a draad code stream; other codings keep the segment)")
      ->check(CLI::IsMember({"segment", "hits"}));
  std::vector<std::string> sets;
  app.add_option("--sets", sets,
                 "a document attribute whose values group the documents into sets, one set per value (repeat the "
                 "option for more; default: sessie, when the documents have it)")
      ->type_name("COLUMN")
      ->allow_extra_args(false);
  draad::cli::PseudonymFlags pseudonyms;
  draad::cli::add_pseudonym_options(app, pseudonyms);
  draad::cli::add_segment_options(app, flags);
  app.footer(
      "Example:\n"
      "  draad code -c codebooks/samenleven.yaml samples/ > codings.tsv\n"
      "  draad export -c codebooks/samenleven.yaml --documents samples/ codings.tsv anna.xlsx -o samenleven.qdpx\n"
      "  draad export --documents samples/ --meta sessies.tsv --sets gemeente codings.tsv -o samenleven.qdpx\n"
      "  draad export --documents samples/ --speakers samples/deelnemers.tsv --pseudonymise codings.tsv -o open.qdpx\n\n"
      "Open samenleven.qdpx in ATLAS.ti, MAXQDA, NVivo or QualCoder (Import > REFI-QDA project): each\n"
      "coder is a user, each theme a code group with its codes, each document a text source.");

  return draad::cli::run(app, argc, argv, [&] {
    if (pseudonyms.on && mark == "hits")
      throw draad::UsageError("--pseudonymise moves the segments along with the names it replaces, not the hits: "
                              "leave out --mark hits");
    const draad::Codebook codebook = draad::load(codebook_path);
    draad::coding::Codings coded = draad::coding::read_codings(codings, &codebook);
    for (const auto& notice : coded.notices) draad::write_stderr(fmt::format("draad export: {}\n", notice));

    draad::qda::ExportInput input;
    input.name = name.empty() ? std::filesystem::path(output).stem().string() : name;
    draad::SegmentOptions options = flags.parsed("export");
    options.text = [&](const std::string& doc, const std::string& file_name, const std::string& text) {
      input.documents.push_back({doc, file_name, text, {}});
    };
    draad::Segmenter segmenter(documents, options);
    const auto& columns = segmenter.columns();
    const std::size_t first_attribute = draad::kSegmentColumns.size();
    input.attribute_names.assign(columns.begin() + first_attribute, columns.end());
    input.set_columns = sets;
    if (sets.empty() && std::ranges::count(input.attribute_names, "sessie")) input.set_columns = {"sessie"};
    segmenter.run([&](const std::vector<std::string>& r) {
      // Each document's text comes before its records; an input read as a
      // stream of rows (no whole text) cannot be a project's source.
      if (input.documents.empty() || input.documents.back().id != r[draad::kDocField])
        throw draad::DataError({r[draad::kDocField]}, "this input has no document text to export as a source");
      draad::qda::ExportSegment seg{std::stoll(r[draad::kSegField]), std::stoll(r[draad::kStartField]),
                                    std::stoll(r[draad::kEndField]), r[draad::kSpeakerField],
                                    {r.begin() + first_attribute, r.end()}};
      input.documents.back().segments.push_back(std::move(seg));
    });
    if (pseudonyms.on) draad::qda::pseudonymise(input, coded, pseudonyms.names);
    draad::qda::write_project(output, input, codebook, coded,
                              mark == "hits" ? draad::qda::Mark::hits : draad::qda::Mark::segment);
    std::size_t selections = 0;
    for (const auto& c : coded.coders)
      for (const auto& [unit, codes] : c.units) selections += !codes.empty();
    draad::write_stderr(fmt::format("draad export: {}: {} documents, {} codes, {} users, {} coded segments\n", output,
                                   input.documents.size(), codebook.codes.size(), coded.coders.size(), selections));
    pseudonyms.write_key();
  });
}
