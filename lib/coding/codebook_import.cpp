#include "coding/codebook_import.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <vector>

#include <fmt/format.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>
#include <yaml-cpp/yaml.h>

#include "base/error.h"
#include "base/utf8.h"
#include "coding/codebook.h"
#include "coding/pattern_kind.h"
#include "text/yaml_load.h"

namespace draad {

std::string make_id(std::string_view name) {
  static const std::unique_ptr<icu::Transliterator> ascii = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(
        icu::Transliterator::createInstance("Any-Latin; Latin-ASCII", UTRANS_FORWARD, status));
    return U_SUCCESS(status) ? std::move(t) : nullptr;
  }();
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
  if (ascii) ascii->transliterate(u);
  std::string folded;
  u.toUTF8String(folded);
  std::string id;
  for (char c : folded) {
    c = utf8::ascii_lower(c);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
      id += c;
    else if (!id.empty() && id.back() != '_')
      id += '_';
  }
  while (!id.empty() && id.back() == '_') id.pop_back();
  return id.empty() ? "code" : id;
}


namespace {

// A category of an imported dictionary: its patterns and sub-categories.
struct Category {
  std::string label;
  std::vector<std::string> patterns;
  std::vector<Category> children;
};

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
    if (auto bad = utf8::find_invalid(line)) throw DataError({where.file, where.line, static_cast<std::int64_t>(*bad) + 1}, "invalid UTF-8");
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
    std::int64_t column = static_cast<std::int64_t>(utf8::count_code_points(word)) + 2;
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
  const YAML::Node root = load_yaml(content, path, {kMaxCodebookNodes});
  if (!root.IsMap()) throw DataError({path, 1, 1}, "a quanteda dictionary is a YAML mapping of categories");
  return read_quanteda_node(root, "", path).children;
}

void emit_patterns(YAML::Emitter& out, const std::vector<std::string>& patterns, bool as_terms) {
  std::vector<std::string> terms, globs, phrases;
  for (const auto& p : patterns) {
    const PatternKind kind = pattern_kind(p);
    if (kind == PatternKind::phrase) phrases.push_back(p);
    else if (kind == PatternKind::term && as_terms) terms.push_back(p);
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
    std::string id = make_id(c.label);
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

}  // namespace

DictionaryFormat dictionary_format(std::string_view path, std::string_view content) {
  return path.ends_with(".dic") || content.starts_with("%") ? DictionaryFormat::liwc : DictionaryFormat::quanteda;
}

std::string import_dictionary(std::string_view content, DictionaryFormat format, const std::string& file,
                              const std::string& name, bool as_terms) {
  const bool liwc = format == DictionaryFormat::liwc;
  std::vector<Category> categories = liwc ? read_liwc(file, content) : read_quanteda(file, std::string(content));
  if (categories.empty()) throw DataError({file}, "the dictionary has no categories");
  YAML::Emitter out;
  out << YAML::Comment(fmt::format("Imported by draad codebook convert from {} ({} dictionary).", file,
                                   liwc ? "LIWC" : "quanteda-style YAML"));
  out << YAML::BeginMap;
  out << YAML::Key << "codebook" << YAML::Value << make_id(name);
  out << YAML::Key << "version" << YAML::Value << 1;
  out << YAML::Key << "language" << YAML::Value << "nl";
  out << YAML::Key << "themes" << YAML::Value << YAML::BeginMap;
  if (liwc) {
    out << YAML::Key << make_id(name) << YAML::Value << YAML::BeginMap << YAML::Key << "label" << YAML::Value << name;
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
  return out.c_str();
}

}  // namespace draad
