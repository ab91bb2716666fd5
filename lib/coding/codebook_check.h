// The parts of the codebook check (check_text in codebook.cpp), one job each.
// The reader of the codebook's schema (its key tables) stays in codebook.cpp
// and builds on these:
//   Diagnostics    collects errors and warnings, located in the file;
//   YamlValues     reads a mapping's keys and the values under them
//                  (text, whole numbers, colours, lists of strings);
//   PatternReader  reads pattern lists and checks that each pattern suits
//                  its list (a term is one word, a glob one token, ...);
//   References     checks ids, and the codes and themes threads name once
//                  the whole codebook is read;
//   warn_overlaps  the lint: one word in two codes.
// Internal to the coding stage: only codebook*.cpp include it.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "coding/codebook.h"

namespace draad::codebook_check {

using Severity = Diagnostic::Severity;

// The names of an enum's values as a codebook writes them, in one table.
template <typename Enum>
using Names = std::vector<std::pair<std::string, Enum>>;

inline const Names<CompoundMode> kCompoundModes = {{"any", CompoundMode::any},
                                                   {"head", CompoundMode::head},
                                                   {"modifier", CompoundMode::modifier},
                                                   {"none", CompoundMode::none}};
inline const Names<WordClass> kWordClasses = {
    {"any", WordClass::any}, {"noun", WordClass::noun}, {"verb", WordClass::verb}, {"action", WordClass::action}};
inline const Names<NegationMode> kNegationModes = {
    {"flag", NegationMode::flag}, {"count", NegationMode::count}, {"drop", NegationMode::drop}};
inline const Names<ThreadScope> kThreadScopes = {{"segment", ThreadScope::segment}, {"document", ThreadScope::document}};

template <typename Enum>
const char* name_of(const Names<Enum>& names, Enum value) {
  for (const auto& [name, v] : names)
    if (v == value) return name.c_str();
  return names.front().first.c_str();
}

template <typename Enum>
std::vector<std::string> all_names(const Names<Enum>& names) {
  std::vector<std::string> out;
  for (const auto& [name, v] : names) out.push_back(name);
  return out;
}

class Diagnostics {
 public:
  Diagnostics(std::string path, std::string content) : path_(std::move(path)), content_(std::move(content)) {}

  const std::string& path() const { return path_; }
  const std::string& content() const { return content_; }

  // Where a YAML node is: yaml-cpp counts columns in bytes, messages count
  // code points.
  Location mark_of(const YAML::Mark& m) const;
  // Line 1, column 1: where a missing key is reported.
  Location file_start() const { return {path_, 1, 1}; }

  void error(Location at, std::string message) { report(Severity::error, std::move(at), std::move(message)); }
  void warning(Location at, std::string message) { report(Severity::warning, std::move(at), std::move(message)); }

  // Everything reported, in file order (stable: one place keeps the order
  // in which its problems were found).
  std::vector<Diagnostic> take_in_file_order();

 private:
  void report(Severity severity, Location at, std::string message);

  std::string path_;
  std::string content_;
  std::vector<Diagnostic> diagnostics_;
};

// The keys of a mapping, each with what reads its value: the one list of
// the keys a mapping may have.
using Readers = std::vector<std::pair<std::string, std::function<void(const YAML::Node&)>>>;

class YamlValues : public Diagnostics {
 public:
  using Diagnostics::Diagnostics;

  // Reads each entry of a mapping with the reader of its key; reports
  // unknown keys with a suggestion and duplicate keys.
  void each_key(const YAML::Node& map, const Readers& readers, std::string_view what);

  // Calls `visit(key, value)` for each entry of a mapping of ids, reporting
  // a repeated id as "duplicate <kind> id '<id>'<where>".
  void each_id(const YAML::Node& map, std::string_view kind, const std::string& where,
               const std::function<void(const YAML::Node&, const YAML::Node&)>& visit);

  std::string text(const YAML::Node& node, std::string_view what);
  // A value that must be one of `names`: anything else is an error listing
  // them ("as must be any, noun or verb, not 'x'", with a suggestion).
  template <typename Enum>
  std::optional<Enum> choice(const YAML::Node& node, std::string_view what, const Names<Enum>& names) {
    if (auto i = one_of(node, what, all_names(names))) return names[*i].second;
    return std::nullopt;
  }
  int integer(const YAML::Node& node, std::string_view what, int lo, int hi, int fallback);
  std::string colour(const YAML::Node& node);
  // `where`: a condition or a list of them, each as --where takes it.
  std::vector<Limit> limits(const YAML::Node& node, std::string_view what = "where");

  // A list of strings (a lone string is accepted as a list of one). Empty
  // lists are errors: a pattern list that is there must say something.
  std::vector<Pattern> strings(const YAML::Node& node, std::string_view what);

 protected:
  // The index of the value among `names`, or nullopt after an error.
  std::optional<std::size_t> one_of(const YAML::Node& node, std::string_view what, const std::vector<std::string>& names);

  // A lone value where a list belongs is taken as a list of one only when it
  // is a word: `terms: 5` is more likely a slip than a code for the digit 5.
  bool lone_value_ok(const YAML::Node& node, std::string_view what);
  void not_a_list(const YAML::Node& node, std::string_view what);
};

class PatternReader : public YamlValues {
 public:
  using YamlValues::YamlValues;

  // A list of terms: words, or {term: ..., compound: ...}.
  std::vector<Term> terms(const YAML::Node& node, std::string_view list);
  // A regex of `code` compiles (ICU, case-insensitive, as the matcher
  // compiles it).
  void check_regex(const Pattern& p, const std::string& code);
  // Each glob is one token; no phrase starts or ends with a gap or has two
  // gaps in a row.
  void check_globs_and_phrases(const Code& code);

 private:
  Term term_from_text(const Pattern& p, std::string_view list);
};

// Ids (of themes, codes, threads and the codebook) are lower case letters,
// digits and _.
bool valid_id(const std::string& id);
void check_id(const YAML::Node& key, std::string_view what, Diagnostics& out);
bool has_space(std::string_view s);

// The codes and themes threads name, checked once all are read.
class References {
 public:
  // A code (or theme) named by a thread, checked by check_threads.
  void named_by_thread(std::string thread, bool code, std::string id, Location mark);
  void check_threads(const Codebook& cb, Diagnostics& out) const;

 private:
  struct Reference {
    std::string thread;
    bool code;
    std::string id;
    Location mark;
  };
  std::vector<Reference> refs_;
};

// The same word as a term, glob or phrase of two codes makes them overlap:
// every such segment gets both. Worth a warning, not an error.
void warn_overlaps(const Codebook& cb, Diagnostics& out);

}  // namespace draad::codebook_check
