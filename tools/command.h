// How a command plugs into `draad`: each file in tools/ defines one command,
//
//   int draad::cli::run_NAME(CLI::App& app, int argc, char** argv) {
//     ...options on app...
//     return draad::cli::run(app, argc, argv, [&] { ...the work... });
//   }
//
// and the command table (commands() in main.cpp) lists it once with its name
// and summary, from which `app` is made and `draad --help` is printed.
// cli::run parses the options and turns failures into the exit statuses of
// DESIGN.md: 0 success, 1 bad data (a located message), 2 bad usage.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>

#include "coding/codebook.h"
#include "stream/report.h"
#include "stream/tsv.h"
#include "stream/where.h"
#include "text/pseudonyms.h"
#include "text/segment.h"

namespace draad::cli {

struct Command {
  std::string_view name;
  std::string_view summary;
  int (*run)(CLI::App& app, int argc, char** argv);
};

// Every command, sorted by name.
const std::vector<Command>& commands();

int run_agree(CLI::App& app, int argc, char** argv);
int run_code(CLI::App& app, int argc, char** argv);
int run_codebook(CLI::App& app, int argc, char** argv);
int run_cooc(CLI::App& app, int argc, char** argv);
int run_explain(CLI::App& app, int argc, char** argv);
int run_export(CLI::App& app, int argc, char** argv);
int run_freq(CLI::App& app, int argc, char** argv);
int run_import(CLI::App& app, int argc, char** argv);
int run_kwic(CLI::App& app, int argc, char** argv);
int run_quotes(CLI::App& app, int argc, char** argv);
int run_report(CLI::App& app, int argc, char** argv);
int run_segment(CLI::App& app, int argc, char** argv);
int run_sheet(CLI::App& app, int argc, char** argv);
int run_summary(CLI::App& app, int argc, char** argv);
int run_threads(CLI::App& app, int argc, char** argv);
int run_tokens(CLI::App& app, int argc, char** argv);

// Parses argv into `app` and runs `work`; prints errors as `draad NAME: ...`.
int run(CLI::App& app, int argc, char** argv, const std::function<void()>& work);

// The options of every command that prints a final table: --format and
// -o/--output (report.h chooses the default: text on a terminal, tsv in a
// pipe), --excel (csv for a Dutch Excel), --lang (the language of headings for
// people) and, when `labels`, --labels (codebook labels instead of ids).
struct TableFlags {
  std::string format, output, lang = "nl";
  bool excel = false, labels = false;
};
void add_table_options(CLI::App& app, TableFlags& flags, bool labels = true);

// Prints `tables` as the flags say: for people (text, md, xlsx, csv --excel)
// in the chosen language with Dutch numbers, with --labels in the labels of
// `codebook` (--labels without one is a UsageError); tsv, json and plain csv
// exactly as built.
void print_tables(std::vector<report::Table> tables, const TableFlags& flags, const Codebook* codebook = nullptr);

// --where COLUMN=VALUE (repeatable) of the commands that read streams
// (stream/where.h says what a condition is).
void add_where_option(CLI::App& app, std::vector<std::string>& where);

// -c/--codebook of the commands that code (code, explain, export): `path`
// starts as the default codebook.
void add_codebook_option(CLI::App& app, std::string& path);

// -u/--unit of the commands that segment documents (segment, code, export,
// import); parse_unit (text/segment.h) reads the value.
void add_unit_option(CLI::App& app, std::string& unit);

// --pseudonymise and --pseudonym-key FILE of every command that prints
// speakers or text for people (text/pseudonyms.h). The command lets the
// readers of its input observe speakers through observer() and hands its
// tables to apply() before printing them.
struct PseudonymFlags {
  bool on = false;
  std::string key;  // where to write the key; "" for no key
  pseudonyms::Pseudonymiser names;
  pseudonyms::Pseudonymiser* observer() { return on ? &names : nullptr; }
  // With --pseudonymise: pseudonymises the tables and writes the key when asked.
  void apply(std::vector<report::Table>& tables);
  // For output that is not a table: with --pseudonymise, the segment's
  // speaker (observed before) and the names in its text; then write_key().
  void apply(std::string_view doc, std::string& speaker, std::string& text);
  void write_key() const;
};
void add_pseudonym_options(CLI::App& app, PseudonymFlags& flags);

// --where and --pseudonymise [--pseudonym-key FILE] together, for the
// commands that select segments and show them to people: quotes, threads,
// kwic, sheet, agree and report.
struct SegmentFilterFlags {
  std::vector<std::string> where;
  PseudonymFlags pseudonyms;
};
void add_segment_filters(CLI::App& app, SegmentFilterFlags& flags);

// --where and the observing of speakers for a command that reads segment
// streams with tsv::Reader: start() on each input's header, then keep() on
// each row, which registers the row's speaker (and rol/role) with `names`
// and says whether `filter` keeps the row.
class SegmentSelector {
 public:
  SegmentSelector(const where::Filter& filter, pseudonyms::Pseudonymiser* names) : filter_(filter), names_(names) {}
  void start(const tsv::Reader& reader);
  bool keep(const tsv::Reader& reader);

 private:
  const where::Filter& filter_;
  pseudonyms::Pseudonymiser* names_;
  std::vector<std::size_t> columns_;
  std::optional<std::size_t> doc_, speaker_, role_;
  std::vector<std::string> values_;
};

// How documents are read and cut: the options of `draad segment`, which
// `draad code` takes too for the documents it segments itself.
struct SegmentFlags {
  std::string unit = "paragraph";
  std::string reflow = "auto";
  SegmentOptions options;
  // `options` with the unit and reflow mode parsed (a UsageError for an
  // unknown unit) and reports printed as `draad <command>: message`.
  SegmentOptions parsed(const std::string& command) const;
};
void add_segment_options(CLI::App& app, SegmentFlags& flags);

}  // namespace draad::cli
