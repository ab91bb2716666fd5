// draad report — one self-contained HTML page with charts, for people.
//
//   draad report -c CODEBOOK [--by COLUMN] [--quotes N] [--coders FILE,FILE...]
//                [--where COLUMN=VALUE]... [--pseudonymise [--pseudonym-key FILE]]
//                [--lang nl|en] [-o FILE.html] [FILE|-]
//
// From a coding stream and its codebook: an overview, per theme a bar chart
// of its segments per session in the codebook's colour with its codes and
// quotes, the rode draden as a heat map with quotes, the co-occurrence of
// themes, with --coders the agreement between coders, and a methods
// paragraph. Inline CSS and SVG only: no script, nothing fetched; prints with
// a page break per section. Dutch unless --lang en.

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <fmt/format.h>

#include "base/error.h"
#include "base/input.h"
#include "coding/codebook.h"
#include "command.h"
#include "present/html_report.h"

namespace {

// The report reads its input several times: standard input goes to a
// temporary file first, and errors name it as standard input again.
class Spool {
 public:
  Spool() {
    const char* dir = std::getenv("TMPDIR");
    path_ = fmt::format("{}/draad-report-XXXXXX", dir && *dir ? dir : "/tmp");
    const int fd = mkstemp(path_.data());
    if (fd < 0)
      throw draad::DataError({path_}, fmt::format("cannot create a temporary file: {}", std::strerror(errno)));
    close(fd);
    draad::write_output(path_, [](std::FILE* f) {
      char buffer[1 << 16];
      std::size_t n;
      while ((n = std::fread(buffer, 1, sizeof buffer, stdin)) > 0) std::fwrite(buffer, 1, n, f);
    });
  }
  ~Spool() { std::remove(path_.c_str()); }
  Spool(const Spool&) = delete;
  Spool& operator=(const Spool&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

}  // namespace

int draad::cli::run_report(CLI::App& app, int argc, char** argv) {
  std::string input = "-", codebook, output, lang = "nl";
  draad::present::ReportOptions options;
  app.add_option("input", input, "a coding stream from draad code, with its text (default: standard input)");
  app.add_option("-c,--codebook", codebook, "the codebook the codings were made with")->required();
  app.add_option("--by", options.by, "the column that names a session (e.g. sessie)")->capture_default_str();
  app.add_option("--quotes", options.quotes, "quotes per theme (0 for none)")->check(CLI::Range(0, 20))->capture_default_str();
  app.add_option("--coders", options.coders,
                 "coders' files (sheets or streams, as for draad agree), comma-separated or repeated: two or more "
                 "give the agreement section")
      ->delimiter(',')
      ->allow_extra_args(false);
  app.add_option("--bootstrap", options.bootstrap, "resamples for the interval of alpha")->capture_default_str();
  app.add_option("--lang", lang, "language of the report: nl or en")
      ->check(CLI::IsMember({"nl", "en"}))
      ->capture_default_str();
  app.add_option("-o,--output", output, "write the page to FILE (default: standard output)");
  draad::cli::SegmentFilterFlags filters;
  draad::cli::add_segment_filters(app, filters);
  app.footer(
      "Example:\n"
      "  draad segment samples/ --speakers samples/deelnemers.tsv | draad code -c codebooks/samenleven.yaml > "
      "codings.tsv\n"
      "  draad report -c codebooks/samenleven.yaml --by sessie codings.tsv -o rapport.html\n"
      "  draad report -c codebooks/samenleven.yaml --where rol=deelnemer --pseudonymise codings.tsv -o rapport.html\n"
      "  draad report -c codebooks/samenleven.yaml --coders anna.xlsx,bram.csv codings.tsv -o rapport.html");
  std::string command = "draad";  // argv[0] is the command's name
  for (int i = 0; i < argc; ++i) command += std::string(" ") + argv[i];
  return draad::cli::run(app, argc, argv, [&] {
    options.language = present::parse_language(lang);
    options.command = command;
    options.where = where::Filter(filters.where);
    options.names = filters.pseudonyms.observer();
    if (options.coders.size() == 1) throw UsageError("--coders needs two files or more (one per coder)");
    const Codebook cb = load(codebook);
    std::string page;
    if (input == "-") {
      Spool spool;
      try {
        page = present::html_report(cb, spool.path(), options);
      } catch (const DataError& e) {
        if (e.where().file != spool.path()) throw;
        Location where = e.where();
        where.file = display_name("-");
        throw DataError(where, e.detail());
      }
    } else {
      page = present::html_report(cb, input, options);
    }
    write_output(output, [&](std::FILE* f) { std::fwrite(page.data(), 1, page.size(), f); });
    filters.pseudonyms.write_key();
  });
}
