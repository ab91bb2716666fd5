#include "text/metadata.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>
#include <unicode/unistr.h>
#include <yaml-cpp/yaml.h>

#include "stream/record.h"
#include "text/segment.h"
#include "text/yaml_load.h"
#include "base/utf8.h"

namespace draad {

namespace {

// The line of `text` starting at byte `pos`, without its newline.
std::string_view line_at(std::string_view text, std::size_t pos) {
  std::size_t end = text.find('\n', pos);
  return text.substr(pos, (end == std::string_view::npos ? text.size() : end) - pos);
}

bool is_fence(std::string_view line, bool closing) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
  return line == "---" || (closing && line == "...");
}

std::string trimmed(std::string_view s) { return std::string(utf8::trim(s)); }

// The fields of `table` that are attributes: all but the `key` columns. Their
// names go to `names`; one named like a segment column would overwrite it.
std::vector<std::size_t> attribute_fields(const LoadedTable& table, std::initializer_list<std::optional<std::size_t>> keys,
                                          std::vector<std::string>& names) {
  std::vector<std::size_t> fields;
  for (std::size_t i = 0; i < table.columns().size(); ++i) {
    if (std::find(keys.begin(), keys.end(), std::optional<std::size_t>(i)) != keys.end()) continue;
    if (is_segment_column(table.columns()[i]))
      throw DataError({table.name(), 1}, fmt::format("column '{}' is also a segment column; rename it", table.columns()[i]));
    fields.push_back(i);
    names.push_back(table.columns()[i]);
  }
  return fields;
}

}  // namespace

bool is_segment_column(std::string_view key) {
  return std::find(kSegmentColumns.begin(), kSegmentColumns.end(), key) != kSegmentColumns.end();
}

std::size_t front_matter_length(std::string_view text) {
  if (!is_fence(line_at(text, 0), false)) return 0;
  for (std::size_t pos = text.find('\n'); pos != std::string_view::npos; pos = text.find('\n', pos)) {
    ++pos;
    std::string_view line = line_at(text, pos);
    if (is_fence(line, true)) return std::min(text.size(), pos + line.size() + 1);
  }
  return std::string_view::npos;
}

namespace {

// The common front matter, `key: value` lines with plain words as values,
// read without a YAML parser (which costs more than segmenting the document).
// Anything else (quotes, lists, comments, tabs, a repeated key, a reserved
// key) returns false, and YAML decides. Gives exactly what YAML gives on
// what it accepts.
bool parse_plain_mapping(std::string_view yaml, Attributes& out) {
  auto key_char = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
  };
  std::unordered_set<std::string_view> keys;
  while (!yaml.empty()) {
    const std::size_t newline = yaml.find('\n');
    std::string_view line = yaml.substr(0, newline);
    yaml.remove_prefix(newline == std::string_view::npos ? yaml.size() : newline + 1);
    while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
    if (line.empty()) continue;
    std::size_t k = 0;
    while (k < line.size() && key_char(line[k])) ++k;
    if (k == 0 || line[0] == '-' || k == line.size() || line[k] != ':') return false;
    const std::string_view key = line.substr(0, k);
    std::string_view value = line.substr(k + 1);
    if (!value.empty() && value[0] != ' ') return false;
    while (!value.empty() && value[0] == ' ') value.remove_prefix(1);
    if (!value.empty()) {
      if (std::string_view("-?:,[]{}#&*!|>'\"%@`").find(value[0]) != std::string_view::npos) return false;
      if (value.find(": ") != std::string_view::npos || value.find(" #") != std::string_view::npos ||
          value.back() == ':')
        return false;
      for (char c : value)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) return false;
    }
    if (value == "~" || value == "null" || value == "Null" || value == "NULL") value = {};
    if (is_segment_column(key) || !keys.insert(key).second) return false;
    out.emplace_back(std::string(key), std::string(value));
  }
  return true;
}

}  // namespace

FrontMatter parse_front_matter(std::string_view text, const std::string& name) {
  FrontMatter fm;
  fm.length = front_matter_length(text);
  if (fm.length == 0) return fm;
  if (fm.length == std::string_view::npos)
    throw DataError({name, 1, 1}, "the front matter opened here is not closed by a '---' line");
  std::size_t yaml_begin = text.find('\n') + 1;
  std::size_t yaml_end = text.rfind('\n', fm.length - 2) + 1;  // start of the closing line
  std::string yaml(text.substr(yaml_begin, yaml_end > yaml_begin ? yaml_end - yaml_begin : 0));
  if (parse_plain_mapping(yaml, fm.attributes)) return fm;
  fm.attributes.clear();
  YAML::Node root;
  try {
    root = load_yaml(yaml, name, YamlLimits{10'000, 16}, 2);
  } catch (const DataError& e) {
    throw DataError(e.where(), fmt::format("front matter is not valid YAML: {}", e.detail()));
  }
  if (root.IsNull()) return fm;
  if (!root.IsMap())
    throw DataError({name, 2, 1}, "the front matter must be 'key: value' lines (a YAML mapping)");
  std::unordered_map<std::string, std::int64_t> lines;  // key -> its line
  for (const auto& entry : root) {
    const Location where = yaml_location(yaml, name, entry.first.Mark(), 2);
    if (!entry.first.IsScalar()) throw DataError(where, "a front matter key must be a plain word");
    std::string key = entry.first.Scalar();
    if (is_segment_column(key))
      throw DataError(where, fmt::format("front matter key '{}' is also a segment column; rename it", key));
    if (auto [it, added] = lines.emplace(key, where.line); !added)
      throw DataError(where, fmt::format("front matter key '{}' is given twice (first on line {})", key, it->second));
    const YAML::Node& value = entry.second;
    if (value.IsScalar()) {
      fm.attributes.emplace_back(key, value.Scalar());
    } else if (value.IsNull()) {
      fm.attributes.emplace_back(key, "");
    } else {
      // A list of words is one attribute value, "a; b"; anything deeper has no column to go to.
      std::string joined;
      for (const auto& item : value) {
        if (!value.IsSequence() || !item.IsScalar())
          throw DataError(where, fmt::format("front matter key '{}' holds a mapping or nested list; an attribute "
                                             "is a single value or a list of values",
                                             key));
        if (!joined.empty()) joined += "; ";
        joined += item.Scalar();
      }
      fm.attributes.emplace_back(key, joined);
    }
  }
  return fm;
}

std::string fold_name(std::string_view s) {
  const std::string_view name = utf8::trim(s);
  // Case folding of ASCII is lower-casing; transcripts ask for every label.
  if (std::all_of(name.begin(), name.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
    return utf8::ascii_lower(name);
  std::string out;
  icu::UnicodeString::fromUTF8(icu::StringPiece(name.data(), static_cast<int32_t>(name.size()))).foldCase().toUTF8String(out);
  return out;
}

DocumentTable::DocumentTable(const std::string& path) : table_(read_table(path)) {
  doc_ = table_.require("doc");
  attribute_fields_ = attribute_fields(table_, {doc_}, columns_);
  for (std::size_t r = 0; r < table_.rows().size(); ++r) {
    const auto& fields = table_.rows()[r].fields;
    std::vector<std::string> values;
    for (std::size_t i : attribute_fields_) values.push_back(fields[i]);
    if (!rows_.emplace(trimmed(fields[doc_]), std::move(values)).second)
      throw DataError(table_.where(r, doc_), fmt::format("document '{}' is listed twice", trimmed(fields[doc_])));
  }
}

const std::vector<std::string>* DocumentTable::find(const std::string& doc) const {
  auto it = rows_.find(doc);
  return it == rows_.end() ? nullptr : &it->second;
}

std::vector<std::string> DocumentTable::unknown_documents(const std::set<std::string>& ids) const {
  std::vector<std::string> warnings;
  for (std::size_t r = 0; r < table_.rows().size(); ++r) {
    std::string doc = trimmed(table_.rows()[r].fields[doc_]);
    if (!ids.count(doc))
      warnings.push_back(fmt::format("{}: warning: no document '{}' among the inputs", table_.where(r, doc_).str(), doc));
  }
  return warnings;
}

SpeakerTable::SpeakerTable(const std::string& path) : table_(read_table(path)) {
  const std::size_t speaker = speaker_ = table_.require("speaker");
  std::optional<std::size_t> doc = table_.find("doc");
  const std::vector<std::size_t> fields_of_attributes = attribute_fields(table_, {speaker, doc}, columns_);
  for (std::size_t r = 0; r < table_.rows().size(); ++r) {
    const auto& fields = table_.rows()[r].fields;
    Row row{{}, r};
    for (std::size_t i : fields_of_attributes) row.values.push_back(fields[i]);
    std::string scope = doc ? trimmed(fields[*doc]) : std::string();
    std::string who = fold_name(fields[speaker]);
    if (who.empty()) throw DataError(table_.where(r, speaker), "empty speaker name");
    if (!rows_.emplace(std::pair{scope, who}, std::move(row)).second)
      throw DataError(table_.where(r, speaker),
                      scope.empty() ? fmt::format("speaker '{}' is listed twice", trimmed(fields[speaker]))
                                    : fmt::format("speaker '{}' is listed twice for document '{}'", trimmed(fields[speaker]), scope));
  }
}

const std::vector<std::string>* SpeakerTable::find(const std::string& doc, std::string_view speaker) {
  std::string who = fold_name(speaker);
  auto it = rows_.find({doc, who});
  if (it == rows_.end()) it = rows_.find({std::string(), who});
  if (it == rows_.end()) return nullptr;
  it->second.used = true;
  return &it->second.values;
}

std::unordered_set<std::string> SpeakerTable::names(const std::string& doc) const {
  std::unordered_set<std::string> out;
  for (const auto& [key, row] : rows_)
    if (key.first.empty() || key.first == doc) out.insert(key.second);
  return out;
}

std::vector<std::string> SpeakerTable::unused_rows(const std::string& doc) const {
  std::vector<std::size_t> unused;
  for (auto it = rows_.lower_bound({doc, std::string()}); it != rows_.end() && it->first.first == doc; ++it)
    if (!it->second.used) unused.push_back(it->second.index);
  std::sort(unused.begin(), unused.end());
  std::vector<std::string> warnings;
  for (std::size_t r : unused)
    warnings.push_back(fmt::format("{}: warning: speaker '{}' never speaks in document '{}'", table_.where(r, speaker_).str(),
                                   trimmed(table_.rows()[r].fields[speaker_]), doc));
  return warnings;
}

}  // namespace draad
