// draad codebook — check, print and import codebooks.
//
// Usage: draad codebook lint CODEBOOK...
//        draad codebook show CODEBOOK [--format text|md|tsv|csv|json|xlsx] [-o FILE]
//        draad codebook convert DICTIONARY|CODEBOOK.qdc|PROJECT.qdpx [--name NAME] [--terms]
//
// lint prints every problem as `file:line:column: error|warning: message` on
// standard error and exits 1 when there is an error. show prints the codes
// (and the threads) as tables, e.g. for a report's appendix. convert reads a
// LIWC dictionary (.dic: a `%`-delimited category section, then `word<TAB>ids`
// lines, `word*` for a prefix) or a quanteda-style YAML dictionary (nested
// maps of lists of patterns, `*` as a wildcard) and writes a draad codebook.
// Imported words keep the dictionary's exact matching (they become globs);
// with --terms a plain word becomes a term, which also matches its inflections
// and inside compounds. A REFI-QDA codebook (.qdc, or the codebook of a
// .qdpx project) converts to a codebook without patterns (lib/coding/qdc.h);
// `show --format qdc` writes one.

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "coding/codebook.h"
#include "coding/codebook_import.h"
#include "coding/qda_project.h"
#include "command.h"
#include "base/error.h"
#include "base/input.h"
#include "base/suggest.h"
#include "stream/report.h"

namespace {

using draad::Codebook;
using draad::DataError;

int lint(const std::vector<std::string>& paths) {
  std::size_t errors = 0, warnings = 0;
  for (const auto& path : paths) {
    draad::CheckResult r = draad::check(path);
    for (const auto& d : r.diagnostics) {
      draad::write_stderr(fmt::format("{}\n", d.str()));
      ++(d.severity == draad::Diagnostic::Severity::error ? errors : warnings);
    }
    if (r.ok())
      fmt::print("{}: {} ({}), {} themes, {} codes, {} threads\n", r.codebook.path, r.codebook.name,
                 r.codebook.coder(), r.codebook.themes.size(), r.codebook.codes.size(), r.codebook.threads.size());
  }
  if (errors)
    throw DataError({}, fmt::format("{} error{}, {} warning{}", errors, errors == 1 ? "" : "s", warnings,
                                    warnings == 1 ? "" : "s"));
  return 0;
}

std::string patterns_of(const draad::Code& c) {
  std::vector<std::string> parts;
  auto list = [&](std::string_view name, const std::vector<std::string>& items) {
    if (!items.empty()) parts.push_back(fmt::format("{}: {}", name, fmt::join(items, ", ")));
  };
  std::vector<std::string> terms, globs, phrases, near, regex, exclude;
  for (const auto& t : c.terms) {
    std::vector<std::string> how;
    if (t.compound != draad::CompoundMode::any) how.push_back(draad::compound_mode_name(t.compound));
    if (t.as != draad::WordClass::any) how.push_back(fmt::format("as {}", draad::word_class_name(t.as)));
    terms.push_back(how.empty() ? t.text : fmt::format("{} ({})", t.text, fmt::join(how, ", ")));
  }
  for (const auto& g : c.globs) globs.push_back(g.text);
  for (const auto& p : c.phrases) phrases.push_back("\"" + p.text + "\"");
  for (const auto& n : c.near) {
    std::vector<std::string> words;
    for (const auto& t : n.terms) words.push_back(t.text);
    near.push_back(fmt::format("{} within {}", fmt::join(words, " + "), n.within));
  }
  for (const auto& r : c.regex) regex.push_back("/" + r.text + "/");
  for (const auto& e : c.exclude) exclude.push_back(e.text);
  list("terms", terms);
  list("globs", globs);
  list("phrases", phrases);
  list("near", near);
  list("regex", regex);
  list("exclude", exclude);
  return fmt::format("{}", fmt::join(parts, "; "));
}

void show(const std::string& path, const std::string& format_name, const std::string& output) {
  const Codebook cb = draad::load(path);
  if (format_name == "qdc") {
    draad::write_output(output, [&](std::FILE* f) { fmt::print(f, "{}", draad::qda::write_qdc(cb)); });
    return;
  }
  using draad::report::Column;
  draad::report::Table codes;
  codes.title = fmt::format("Codebook {} ({})", cb.name, cb.coder());
  codes.columns = {{"theme"}, {"code"}, {"label"}, {"definition"}, {"include"}, {"exclude"},
                   {"example"}, {"patterns"}, {"negation"}, {"min_hits", draad::report::Kind::integer}};
  for (const auto& theme : cb.themes)
    for (auto i : theme.codes) {
      const draad::Code& c = cb.codes[i];
      codes.rows.push_back({theme.id, c.id, c.label, c.definition, c.include, c.exclude_criteria, c.example,
                            patterns_of(c), draad::negation_mode_name(c.negation), c.min_hits});
    }
  std::vector<draad::report::Table> tables = {codes};
  if (!cb.threads.empty()) {
    draad::report::Table threads;
    threads.title = "Threads (rode draden)";
    threads.columns = {{"thread"}, {"label"}, {"description"}, {"codes"}, {"themes"},
                       {"min_codes", draad::report::Kind::integer}, {"scope"}};
    for (const auto& t : cb.threads)
      threads.rows.push_back({t.id, t.label, t.description, fmt::format("{}", fmt::join(t.codes, ", ")),
                              fmt::format("{}", fmt::join(t.themes, ", ")), t.rule.min_codes,
                              draad::thread_scope_name(t.rule.scope)});
    tables.push_back(std::move(threads));
  }
  draad::report::print(tables, draad::report::choose_format(format_name, output), output);
}

// Writes the converted codebook, then lints it as `lint` would: a codebook
// that `code` would refuse is an error (exit 1), though it is still written
// so that it can be mended by hand.
void write_converted(const std::string& path, const std::string& yaml) {
  fmt::print("{}", yaml);
  std::fflush(stdout);
  const std::string name = "(the codebook converted from " + draad::display_name(path) + ")";
  draad::CheckResult r = draad::check_text(name, yaml);
  std::size_t errors = 0;
  for (const auto& d : r.diagnostics) {
    draad::write_stderr(fmt::format("draad codebook: {}\n", d.str()));
    errors += d.severity == draad::Diagnostic::Severity::error;
  }
  if (errors)
    throw DataError({draad::display_name(path)},
                    fmt::format("the converted codebook has {} error{} (above; lines of the output): fix the "
                                "dictionary, or the written codebook by hand",
                                errors, errors == 1 ? "" : "s"));
}

void convert(const std::string& path, std::string name, bool as_terms) {
  if (path.ends_with(".qdc") || path.ends_with(".qdpx")) {
    if (name.empty()) name = std::filesystem::path(path).stem().string();
    fmt::print("{}", draad::qda::convert_codebook(path, name));
    draad::write_stderr(fmt::format("draad codebook: {}: a REFI-QDA codebook holds no patterns (terms, globs, phrases, ...): "
                                    "add them before 'draad code' can apply it\n", draad::display_name(path)));
    return;
  }
  const std::string content = draad::read_all(path, draad::kMaxCodebookBytes, "a dictionary");
  if (name.empty()) name = path == "-" ? "imported" : std::filesystem::path(path).stem().string();
  write_converted(path, draad::import_dictionary(content, draad::dictionary_format(path, content),
                                                 draad::display_name(path), name, as_terms) +
                            "\n");
}

}  // namespace

int draad::cli::run_codebook(CLI::App& app, int argc, char** argv) {
  app.name("codebook");
  std::vector<std::string> lint_paths;
  auto* lint_cmd = app.add_subcommand("lint", "report every problem with file:line:column; exit 1 on errors");
  lint_cmd->add_option("codebooks", lint_paths, "codebook YAML files")->required();
  std::string show_path, format, output;
  auto* show_cmd = app.add_subcommand("show", "print the codebook's codes and threads as tables");
  show_cmd->add_option("codebook", show_path, "codebook YAML file")->required();
  show_cmd->add_option("-f,--format", format, std::string(draad::report::format_names()) + ", or qdc (REFI-QDA codebook)");
  show_cmd->add_option("-o,--output", output, "write to this file");
  std::string convert_path, name;
  bool as_terms = false;
  auto* convert_cmd = app.add_subcommand("convert", "import a LIWC .dic, a quanteda-style YAML dictionary, or a REFI-QDA codebook (.qdc, or a .qdpx project's)");
  convert_cmd->add_option("dictionary", convert_path, "the dictionary (- for standard input)")->required();
  convert_cmd->add_option("--name", name, "the codebook's name (default: the file name)");
  convert_cmd->add_flag("--terms", as_terms, "plain words become terms (matching inflections and compounds)");
  app.footer(
      "Examples:\n"
      "  draad codebook lint codebooks/samenleven.yaml\n"
      "  draad codebook show codebooks/samenleven.yaml --format md > bijlage-codeboek.md\n"
      "  draad codebook convert liwc-nl.dic > liwc.yaml\n"
      "  draad codebook show codebooks/samenleven.yaml --format qdc -o samenleven.qdc   # for ATLAS.ti, MAXQDA, NVivo\n"
      "  draad codebook convert codeboek-atlas.qdc > codeboek.yaml\n\n"
      "A lint message: mijn-codeboek.yaml:12:7: error: unknown key 'lable' in code ontmoeting/plek (did you mean "
      "'label'?)");
  // Checked here: CLI11 would only say "A subcommand is required" for `codebook frob`.
  app.require_subcommand(0, 1);
  app.allow_extras();
  return draad::cli::run(app, argc, argv, [&] {
    if (!*lint_cmd && !*show_cmd && !*convert_cmd) {
      const std::vector<std::string> names = {"lint", "show", "convert"};
      if (app.remaining().empty()) throw draad::UsageError("give a command: lint, show or convert");
      const std::string given = app.remaining().front();
      throw draad::UsageError(fmt::format("unknown codebook command '{}': lint, show or convert{}",
                                          draad::excerpt(given), draad::did_you_mean(given, names)));
    }
    if (*lint_cmd) lint(lint_paths);
    if (*show_cmd) show(show_path, format, output);
    if (*convert_cmd) convert(convert_path, name, as_terms);
  });
}
