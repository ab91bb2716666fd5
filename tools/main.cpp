// draad — qualitative analysis of Dutch consultation transcripts.
//
// `draad <command> [options]`: each command lives in its own file in tools/;
// this file holds the command table, dispatches and reports errors.


#include <cstdio>
#include <cstring>
#include <new>
#include <string>

#include <fmt/format.h>

#include "command.h"
#include "base/data_files.h"
#include "base/error.h"

namespace draad::cli {
namespace {


void print_overview(std::FILE* out) {
  fmt::print(out,
             "draad {} — qualitative analysis of Dutch consultation transcripts\n\n"
             "Usage: draad <command> [options] [FILE|DIR|-]...\n\n"
             "Commands:\n",
             draad::version());
  for (const auto& c : commands()) fmt::print(out, "  {:<9} {}\n", c.name, c.summary);
  fmt::print(out,
             "\nEvery command reads files or standard input (-) and writes a TSV stream or a table\n"
             "to standard output. Run 'draad <command> --help' for its options and an example.\n\n"
             "Example:\n"
             "  draad segment samples/ | draad code -c codebooks/samenleven.yaml | draad freq --by theme,sessie\n");
}

}  // namespace

const std::vector<Command>& commands() {
  static const std::vector<Command> table = {
      {"agree", "intercoder agreement, disagreements, and a coding measured against a gold standard", run_agree},
      {"code", "apply a codebook to segments: one coding record per segment and code", run_code},
      {"codebook", "check (lint), print (show) and import (convert) codebooks", run_codebook},
      {"cooc", "co-occurrence of codes or themes: counts, c-coefficient, observed/expected", run_cooc},
      {"export", "a REFI-QDA project (.qdpx) of documents, codebook and codings for ATLAS.ti, MAXQDA, NVivo, QualCoder", run_export},
      {"freq", "theme and code frequencies per group (session, place, speaker, any attribute)", run_freq},
      {"import", "the codings of a REFI-QDA project (.qdpx) as a coding stream, one coder per user", run_import},
      {"kwic", "keyword in context for a codebook pattern (stem and compound aware)", run_kwic},
      {"quotes", "illustrative quotes for a code or theme, from different documents and speakers", run_quotes},
      {"segment", "cut documents into segments: paragraphs, turns, lines, sentences or documents", run_segment},
      {"sheet", "a coding sheet (xlsx, csv or tsv) for a human analyst", run_sheet},
      {"summary", "documents, segments, speakers and words of a segment stream", run_summary},
      {"threads", "rode draden: the codebook's threads across sessions, and candidate threads", run_threads},
      {"tokens", "Dutch tokens of a segment stream: one record per token, or a frequency list", run_tokens},
  };
  return table;
}

void add_table_options(CLI::App& app, std::string& format, std::string& output) {
  app.add_option("--format", format, "text, tsv, csv, md, json or xlsx (default: text on a terminal, else tsv)");
  app.add_option("-o,--output", output, "write the table(s) to FILE (.xlsx implies --format xlsx: one sheet per table)");
}

void add_segment_options(CLI::App& app, SegmentFlags& flags) {
  SegmentOptions& o = flags.options;
  app.add_option("-u,--unit", flags.unit, "paragraph (default), turn, line, sentence or document")->type_name("UNIT");
  app.add_option("--reflow", flags.reflow, "join the wrapped lines of a PDF extract: auto (default; detects), on, off")
      ->check(CLI::IsMember({"auto", "on", "off"}));
  app.add_option("--meta", o.meta_path, "CSV/TSV with a doc column: attributes per document")->type_name("FILE");
  app.add_option("--speakers", o.speakers_path,
                 "CSV/TSV with a speaker column (and optionally doc): attributes per speaker")
      ->type_name("FILE");
  app.add_option("--text", o.text_columns,
                 "read .csv/.tsv/.xlsx (and -) as answer tables: one response segment per answer in COLUMN "
                 "(repeat for several questions); the other columns are attributes")
      ->type_name("COLUMN");
  app.add_option("--id", o.id_column, "with --text: the column naming the respondent (its value is the speaker)")
      ->type_name("COLUMN");
  app.add_option("--include", o.include,
                 "in directories, read only files matching GLOB (on the name; with a / on the path under the directory)")
      ->type_name("GLOB");
  app.add_option("--exclude", o.exclude, "in directories, skip files and directories matching GLOB")->type_name("GLOB");
  app.add_option("--emit-text", o.emit_text_dir, "write each normalised document text to DIR/<doc>.txt")
      ->type_name("DIR");
  app.add_option("--encoding", o.encoding, "input encoding when not UTF-8: latin1, cp1252, utf-16le, ...")
      ->type_name("NAME");
  app.add_flag("--lenient", o.lenient, "replace invalid UTF-8 with U+FFFD (and say how often) instead of failing");
  app.add_flag("--notes", o.notes,
               "with .docx and .odt: take footnotes, endnotes, comments, page headers, footers and tables of contents in (after the text)");
  app.add_flag("-v,--verbose", o.verbose,
               "say on standard error which documents were reflowed and which page headers and numbers were dropped");
}

SegmentOptions SegmentFlags::parsed(const std::string& command) const {
  SegmentOptions o = options;
  o.unit = parse_unit(unit);
  o.reflow = reflow == "on" ? Reflow::on : reflow == "off" ? Reflow::off : Reflow::automatic;
  o.report = [command](const std::string& message) { fmt::print(stderr, "draad {}: {}\n", command, message); };
  return o;
}

int run(CLI::App& app, int argc, char** argv, const std::function<void()>& work) {
  const std::string name = app.get_name();
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    fmt::print("{}", app.help());
    return 0;
  } catch (const CLI::ParseError& e) {
    fmt::print(stderr, "draad {}: {}\nRun 'draad {} --help' for usage.\n", name, e.what(), name);
    return 2;
  }
  try {
    work();
    if (std::fflush(stdout) != 0) throw std::runtime_error(fmt::format("write error: {}", std::strerror(errno)));
    return 0;
  } catch (const UsageError& e) {
    fmt::print(stderr, "draad {}: {}\nRun 'draad {} --help' for usage.\n", name, e.what(), name);
    return 2;
  } catch (const DataError& e) {
    fmt::print(stderr, "draad {}: {}\n", name, e.what());
  } catch (const std::bad_alloc&) {
    fmt::print(stderr, "draad {}: out of memory\n", name);
  } catch (const std::exception& e) {
    fmt::print(stderr, "draad {}: {}\n", name, e.what());
  }
  return 1;
}

}  // namespace draad::cli

int main(int argc, char** argv) {
  using namespace draad::cli;
  if (argc < 2 || !std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h") || !std::strcmp(argv[1], "help")) {
    print_overview(argc < 2 ? stderr : stdout);
    return argc < 2 ? 2 : 0;
  }
  if (!std::strcmp(argv[1], "--version")) {
    fmt::print("draad {}\n", draad::version());
    return 0;
  }
  for (const auto& c : commands()) {
    if (c.name != argv[1]) continue;
    CLI::App app{std::string(c.summary), std::string(c.name)};
    return c.run(app, argc - 1, argv + 1);
  }
  fmt::print(stderr, "draad: unknown command '{}'. Run 'draad --help' for the list.\n", argv[1]);
  return 2;
}
