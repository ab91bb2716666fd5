// draad — qualitative analysis of Dutch consultation transcripts.
//
// `draad <command> [options]`: each command lives in its own file in tools/;
// this file holds the command table, dispatches and reports errors.


#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
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


std::string overview() {
  std::string out = fmt::format(
             "draad {} — qualitative analysis of Dutch consultation transcripts\n\n"
             "Usage: draad <command> [options] [FILE|DIR|-]...\n\n"
             "Commands:\n",
             draad::version());
  for (const auto& c : commands()) out += fmt::format("  {:<9} {}\n", c.name, c.summary);
  out +=
             "\nEvery command reads files or standard input (-) and writes a TSV stream or a table\n"
             "to standard output. Run 'draad <command> --help' for its options and an example.\n\n"
             "Example:\n"
             "  draad segment samples/ | draad code -c codebooks/samenleven.yaml | draad freq --by theme,sessie\n";
  return out;
}

// Help and version text on standard output: 0, or 1 when it could not be
// written (`draad --help > /dev/full`).
int print_text(const std::string& text, const std::string& who) {
  if (std::fwrite(text.data(), 1, text.size(), stdout) == text.size() && std::fflush(stdout) == 0) return 0;
  draad::write_stderr(fmt::format("{}: cannot write to standard output: {}\n", who, std::strerror(errno)));
  return 1;
}

// A standard stream that was closed (`2>&-`) would otherwise be the number
// the next opened file gets: diagnostics would land in an output file. A
// closed standard output becomes /dev/full, so that writing to it still fails
// loudly.
void reopen_closed_standard_streams() {
  for (int fd = 0; fd <= 2; ++fd)
    if (fcntl(fd, F_GETFD) == -1 && errno == EBADF) {
      const int opened = open(fd == 1 ? "/dev/full" : "/dev/null", fd == 0 ? O_RDONLY : O_WRONLY);
      if (opened >= 0 && opened != fd) close(opened);
    }
}

}  // namespace

const std::vector<Command>& commands() {
  static const std::vector<Command> table = {
      {"agree", "intercoder agreement, disagreements, and a coding measured against a gold standard", run_agree},
      {"code", "apply a codebook to segments: one coding record per segment and code", run_code},
      {"codebook", "check (lint), print (show) and import (convert) codebooks", run_codebook},
      {"cooc", "co-occurrence of codes or themes: counts, c-coefficient, observed/expected", run_cooc},
      {"export", "a REFI-QDA project (.qdpx) of documents, codebook and codings for ATLAS.ti, MAXQDA, NVivo, QualCoder", run_export},
      {"explain", "why the codes of a codebook fire or not on a text: words, lemmas, patterns, exclusions, negation",
       run_explain},
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

int run(CLI::App& app, int argc, char** argv, const std::function<void()>& work) {
  const std::string name = app.get_name();
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    return print_text(app.help(), "draad " + name);
  } catch (const CLI::ParseError& e) {
    draad::write_stderr(fmt::format("draad {}: {}\nRun 'draad {} --help' for usage.\n", name, e.what(), name));
    return 2;
  }
  try {
    work();
    if (std::fflush(stdout) != 0 || std::ferror(stdout))
      throw std::runtime_error(fmt::format("write error: {}", std::strerror(errno)));
    return 0;
  } catch (const UsageError& e) {
    draad::write_stderr(fmt::format("draad {}: {}\nRun 'draad {} --help' for usage.\n", name, e.what(), name));
    return 2;
  } catch (const DataError& e) {
    draad::write_stderr(fmt::format("draad {}: {}\n", name, e.what()));
  } catch (const std::bad_alloc&) {
    draad::write_stderr(fmt::format("draad {}: out of memory\n", name));
  } catch (const std::exception& e) {
    draad::write_stderr(fmt::format("draad {}: {}\n", name, e.what()));
  }
  return 1;
}

}  // namespace draad::cli

int main(int argc, char** argv) {
  using namespace draad::cli;
  reopen_closed_standard_streams();
  if (argc < 2) {
    draad::write_stderr(overview());
    return 2;
  }
  if (!std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h") || !std::strcmp(argv[1], "help"))
    return print_text(overview(), "draad");
  if (!std::strcmp(argv[1], "--version")) return print_text(fmt::format("draad {}\n", draad::version()), "draad");
  for (const auto& c : commands()) {
    if (c.name != argv[1]) continue;
    CLI::App app{std::string(c.summary), std::string(c.name)};
    return c.run(app, argc - 1, argv + 1);
  }
  draad::write_stderr(fmt::format("draad: unknown command '{}'. Run 'draad --help' for the list.\n", argv[1]));
  return 2;
}
