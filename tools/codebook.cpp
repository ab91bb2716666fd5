// draad codebook — check, print and import codebooks.
//
// Usage: draad codebook lint CODEBOOK...
//        draad codebook show CODEBOOK [--format text|md|tsv|csv|json|xlsx] [-o FILE]
//        draad codebook convert DICTIONARY [--name NAME] [--terms]
//
// lint prints every problem as `file:line:column: error|warning: message` on
// standard error and exits 1 when there is an error. show prints the codes
// (and the threads) as tables, e.g. for a report's appendix. convert reads a
// LIWC dictionary (.dic: a `%`-delimited category section, then `word<TAB>ids`
// lines, `word*` for a prefix) or a quanteda-style YAML dictionary (nested
// maps of lists of patterns, `*` as a wildcard) and writes a draad codebook.
// Imported words keep the dictionary's exact matching (they become globs);
// with --terms a plain word becomes a term, which also matches its inflections
// and inside compounds.

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "coding/codebook.h"
#include "command.h"
#include "base/error.h"
#include "base/input.h"
#include "base/suggest.h"
#include "stream/report.h"
#include "text/yaml_load.h"
#include "base/utf8.h"

namespace {

using draad::Codebook;
using draad::DataError;
using draad::Location;

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
  for (const auto& t : c.terms)
    terms.push_back(t.compound == draad::CompoundMode::any ? t.text
                                                           : t.text + " (" + draad::compound_mode_name(t.compound) + ")");
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

// ---- convert -------------------------------------------------------------

// A category of an imported dictionary: its patterns and sub-categories.
struct Category {
  std::string label;
  std::vector<std::string> patterns;
  std::vector<Category> children;
};

// A dictionary key as a draad id: lower case, [a-z0-9_].
std::string to_id(std::string_view name) {
  std::string id;
  for (char c : name) {
    c = draad::utf8::ascii_lower(c);
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (ok)
      id += c;
    else if (!id.empty() && id.back() != '_')
      id += '_';
  }
  while (!id.empty() && id.back() == '_') id.pop_back();
  return id.empty() ? "c" : id;
}

// The words of `s` separated by spaces or tabs.
std::vector<std::string_view> split_fields(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while ((i = s.find_first_not_of(" \t", i)) != std::string_view::npos) {
    std::size_t j = std::min(s.find_first_of(" \t", i), s.size());
    out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

std::vector<Category> read_liwc(const std::string& path, std::string_view content) {
  std::vector<Category> categories;
  std::map<std::string, std::size_t> by_id;
  int section = 0;  // 0 before the first %, 1 in the categories, 2 in the words
  std::int64_t number = 0;
  for (std::size_t pos = 0; pos < content.size();) {
    std::size_t eol = std::min(content.find('\n', pos), content.size());
    std::string_view line = content.substr(pos, eol - pos);
    pos = eol + 1;
    ++number;
    if (number == 1 && line.starts_with("\xEF\xBB\xBF")) line.remove_prefix(3);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    const Location where{path, number, 1};
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
    if (line.front() == '%' && line.find_first_not_of("% \t") == std::string_view::npos) {
      if (++section > 2) throw DataError(where, "a third '%' line; a LIWC dictionary has one category section");
      continue;
    }
    if (section == 0) throw DataError(where, "a LIWC dictionary starts with a '%' line before its categories");
    if (auto bad = draad::utf8::find_invalid(line)) throw DataError({where.file, where.line, static_cast<std::int64_t>(*bad) + 1}, "invalid UTF-8");
    if (section == 1) {
      auto tab = line.find_first_of(" \t");
      if (tab == std::string_view::npos)
        throw DataError(where, fmt::format("category line '{}' needs a number and a name", line));
      std::string id(line.substr(0, tab));
      std::string_view name = line.substr(tab);
      name.remove_prefix(name.find_first_not_of(" \t"));
      if (by_id.count(id)) throw DataError(where, fmt::format("category number {} is defined twice", id));
      by_id[id] = categories.size();
      categories.push_back({std::string(name), {}, {}});
      continue;
    }
    // word<TAB>id<TAB>id...: the word is everything before the first tab
    // (so it may be a phrase), ids follow.
    auto tab = line.find('\t');
    std::string_view word = line.substr(0, tab);
    std::vector<std::string_view> ids;
    if (tab != std::string_view::npos) ids = split_fields(line.substr(tab + 1));
    if (word.empty() || ids.empty())
      throw DataError(where, fmt::format("word line '{}' needs a word and at least one category number, tab-separated", line));
    std::int64_t column = static_cast<std::int64_t>(draad::utf8::count_code_points(word)) + 2;
    for (auto id : ids) {
      auto it = by_id.find(std::string(id));
      if (it == by_id.end())
        throw DataError({where.file, where.line, column}, fmt::format("unknown category number {}", id));
      categories[it->second].patterns.emplace_back(word);
      column += static_cast<std::int64_t>(id.size()) + 1;
    }
  }
  if (section < 2) throw DataError({path}, "no word section: a LIWC dictionary has '%' lines around its categories");
  return categories;
}

Category read_quanteda_node(const YAML::Node& node, const std::string& label, const std::string& path) {
  Category c{label, {}, {}};
  if (node.IsScalar()) {
    c.patterns.push_back(node.Scalar());
  } else if (node.IsSequence()) {
    for (const auto& item : node) {
      if (item.IsScalar())
        c.patterns.push_back(item.Scalar());
      else if (item.IsMap())
        for (const auto& kv : item) c.children.push_back(read_quanteda_node(kv.second, kv.first.Scalar(), path));
      else
        throw DataError({path, item.Mark().line + 1, item.Mark().column + 1}, "a dictionary list holds patterns");
    }
  } else if (node.IsMap()) {
    for (const auto& kv : node) c.children.push_back(read_quanteda_node(kv.second, kv.first.Scalar(), path));
  }
  return c;
}

std::vector<Category> read_quanteda(const std::string& path, const std::string& content) {
  // Aliases are expanded by the conversion: the node limit stops an alias bomb.
  const YAML::Node root = draad::load_yaml(content, path, {draad::kMaxCodebookNodes});
  if (!root.IsMap()) throw DataError({path, 1, 1}, "a quanteda dictionary is a YAML mapping of categories");
  return read_quanteda_node(root, "", path).children;
}

void emit_patterns(YAML::Emitter& out, const std::vector<std::string>& patterns, bool as_terms) {
  std::vector<std::string> terms, globs, phrases;
  for (const auto& p : patterns) {
    if (p.find(' ') != std::string::npos) phrases.push_back(p);
    else if (as_terms && p.find('*') == std::string::npos) terms.push_back(p);
    else globs.push_back(p);
  }
  auto list = [&](const char* key, const std::vector<std::string>& items) {
    if (items.empty()) return;
    out << YAML::Key << key << YAML::Value << YAML::Flow << YAML::BeginSeq;
    for (const auto& i : items) out << i;
    out << YAML::EndSeq;
  };
  list("terms", terms);
  list("globs", globs);
  list("phrases", phrases);
}

// Unique ids among siblings: a second `x` becomes `x_2`.
std::vector<std::string> sibling_ids(const std::vector<Category>& categories) {
  std::vector<std::string> ids;
  std::map<std::string, int> seen;
  for (const auto& c : categories) {
    std::string id = to_id(c.label);
    if (int n = ++seen[id]; n > 1) id += "_" + std::to_string(n);
    ids.push_back(id);
  }
  return ids;
}

void emit_codes(YAML::Emitter& out, const std::vector<Category>& categories, bool as_terms) {
  out << YAML::Key << "codes" << YAML::Value << YAML::BeginMap;
  auto ids = sibling_ids(categories);
  for (std::size_t i = 0; i < categories.size(); ++i) {
    const Category& c = categories[i];
    out << YAML::Key << ids[i] << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "label" << YAML::Value << c.label;
    emit_patterns(out, c.patterns, as_terms);
    if (!c.children.empty()) emit_codes(out, c.children, as_terms);
    out << YAML::EndMap;
  }
  out << YAML::EndMap;
}

void convert(const std::string& path, std::string name, bool as_terms) {
  const std::string content = draad::read_all(path, draad::kMaxCodebookBytes, "a dictionary");
  const std::string shown = draad::display_name(path);
  const bool liwc = path.ends_with(".dic") || content.starts_with("%");
  std::vector<Category> categories = liwc ? read_liwc(shown, content) : read_quanteda(shown, content);
  if (categories.empty()) throw DataError({shown}, "the dictionary has no categories");
  if (name.empty()) name = path == "-" ? "imported" : std::filesystem::path(path).stem().string();
  YAML::Emitter out;
  out << YAML::Comment(fmt::format("Imported by draad codebook convert from {} ({} dictionary).", shown,
                                   liwc ? "LIWC" : "quanteda-style YAML"));
  out << YAML::BeginMap;
  out << YAML::Key << "codebook" << YAML::Value << to_id(name);
  out << YAML::Key << "version" << YAML::Value << 1;
  out << YAML::Key << "language" << YAML::Value << "nl";
  out << YAML::Key << "themes" << YAML::Value << YAML::BeginMap;
  // LIWC categories are flat: one theme holds them. A quanteda dictionary's
  // top level becomes the themes; a theme given only patterns gets one code.
  if (liwc) {
    out << YAML::Key << to_id(name) << YAML::Value << YAML::BeginMap << YAML::Key << "label" << YAML::Value << name;
    emit_codes(out, categories, as_terms);
    out << YAML::EndMap;
  } else {
    auto ids = sibling_ids(categories);
    for (std::size_t i = 0; i < categories.size(); ++i) {
      Category& theme = categories[i];
      out << YAML::Key << ids[i] << YAML::Value << YAML::BeginMap << YAML::Key << "label" << YAML::Value << theme.label;
      if (!theme.patterns.empty()) theme.children.insert(theme.children.begin(), Category{theme.label, theme.patterns, {}});
      emit_codes(out, theme.children, as_terms);
      out << YAML::EndMap;
    }
  }
  out << YAML::EndMap << YAML::EndMap;
  fmt::print("{}\n", out.c_str());
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
  show_cmd->add_option("-f,--format", format, std::string(draad::report::format_names()));
  show_cmd->add_option("-o,--output", output, "write to this file");
  std::string convert_path, name;
  bool as_terms = false;
  auto* convert_cmd = app.add_subcommand("convert", "import a LIWC .dic or a quanteda-style YAML dictionary");
  convert_cmd->add_option("dictionary", convert_path, "the dictionary (- for standard input)")->required();
  convert_cmd->add_option("--name", name, "the codebook's name (default: the file name)");
  convert_cmd->add_flag("--terms", as_terms, "plain words become terms (matching inflections and compounds)");
  app.footer(
      "Examples:\n"
      "  draad codebook lint codebooks/samenleven.yaml\n"
      "  draad codebook show codebooks/samenleven.yaml --format md > bijlage-codeboek.md\n"
      "  draad codebook convert liwc-nl.dic > liwc.yaml\n\n"
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
