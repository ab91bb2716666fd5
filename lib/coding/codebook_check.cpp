#include "coding/codebook_check.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <memory>
#include <set>
#include <unordered_map>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <unicode/regex.h>
#include <unicode/unistr.h>

#include "base/suggest.h"
#include "coding/pattern_kind.h"
#include "text/yaml_load.h"

namespace draad::codebook_check {

Location Diagnostics::mark_of(const YAML::Mark& m) const { return yaml_location(content_, path_, m); }

void Diagnostics::report(Severity severity, Location at, std::string message) {
  diagnostics_.push_back({severity, std::move(at), std::move(message)});
}

std::vector<Diagnostic> Diagnostics::take_in_file_order() {
  std::stable_sort(diagnostics_.begin(), diagnostics_.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::pair(a.where.line, a.where.column) < std::pair(b.where.line, b.where.column);
  });
  return std::move(diagnostics_);
}

void YamlValues::each_key(const YAML::Node& map, const Readers& readers, std::string_view what) {
  std::set<std::string> seen;
  for (const auto& kv : map) {
    const std::string key = kv.first.IsScalar() ? kv.first.Scalar() : "";
    if (!seen.insert(key).second) {
      error(mark_of(kv.first.Mark()), fmt::format("duplicate key '{}' in {}", key, what));
      continue;
    }
    auto reader = std::find_if(readers.begin(), readers.end(), [&](const auto& r) { return r.first == key; });
    if (reader == readers.end()) {
      std::vector<std::string> known;
      for (const auto& r : readers) known.push_back(r.first);
      error(mark_of(kv.first.Mark()), fmt::format("unknown key '{}' in {}{}", key, what, did_you_mean(key, known)));
      continue;
    }
    reader->second(kv.second);
  }
}

void YamlValues::each_id(const YAML::Node& map, std::string_view kind, const std::string& where,
                         const std::function<void(const YAML::Node&, const YAML::Node&)>& visit) {
  std::set<std::string> seen;
  for (const auto& kv : map) {
    const std::string id = kv.first.IsScalar() ? kv.first.Scalar() : "";
    if (seen.insert(id).second)
      visit(kv.first, kv.second);
    else
      error(mark_of(kv.first.Mark()), fmt::format("duplicate {} id '{}'{}", kind, id, where));
  }
}

std::string YamlValues::text(const YAML::Node& node, std::string_view what) {
  if (node.IsNull()) return "";
  if (!node.IsScalar()) {
    error(mark_of(node.Mark()), fmt::format("{} must be text", what));
    return "";
  }
  return node.Scalar();
}

std::optional<std::size_t> YamlValues::one_of(const YAML::Node& node, std::string_view what,
                                              const std::vector<std::string>& names) {
  const std::string value = text(node, what);
  const auto found = std::find(names.begin(), names.end(), value);
  if (found != names.end()) return static_cast<std::size_t>(found - names.begin());
  const std::string listed = names.size() == 1 ? names[0]
                             : fmt::format("{} or {}", fmt::join(names.begin(), names.end() - 1, ", "), names.back());
  error(mark_of(node.Mark()), fmt::format("{} must be {}, not '{}'{}", what, listed, value, did_you_mean(value, names)));
  return std::nullopt;
}

int YamlValues::integer(const YAML::Node& node, std::string_view what, int lo, int hi, int fallback) {
  if (node.IsScalar()) {
    const std::string& s = node.Scalar();
    int value = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (ec == std::errc() && end == s.data() + s.size() && value >= lo && value <= hi) return value;
  }
  error(mark_of(node.Mark()), fmt::format("{} must be a whole number from {} to {}", what, lo, hi));
  return fallback;
}

std::string YamlValues::colour(const YAML::Node& node) {
  std::string c = text(node, "colour");
  bool ok = c.empty() || (c.size() == 7 && c[0] == '#' &&
                          std::all_of(c.begin() + 1, c.end(), [](char ch) { return std::isxdigit(static_cast<unsigned char>(ch)); }));
  if (!ok) error(mark_of(node.Mark()), fmt::format("colour '{}' is not of the form \"#rrggbb\"", c));
  return c;
}

std::vector<Limit> YamlValues::limits(const YAML::Node& node, std::string_view what) {
  std::vector<Limit> out;
  for (const auto& p : strings(node, what)) {
    if (auto c = where::try_parse(p.text))
      out.push_back({std::move(*c), p.mark});
    else
      error(p.mark, fmt::format("{} '{}' must be {} (e.g. rol=deelnemer); in a [list], quote a condition "
                                "with a comma: [\"speaker!=Interviewer,Gespreksleider\"]",
                                what, p.text, where::kForms));
  }
  return out;
}

std::vector<Pattern> YamlValues::strings(const YAML::Node& node, std::string_view what) {
  std::vector<Pattern> out;
  if (node.IsScalar()) {
    if (lone_value_ok(node, what)) out.push_back({node.Scalar(), mark_of(node.Mark())});
  } else if (node.IsSequence()) {
    for (const auto& item : node) {
      if (!item.IsScalar() || item.Scalar().empty()) {
        error(mark_of(item.Mark()), fmt::format("each entry of {} must be non-empty text", what));
        continue;
      }
      out.push_back({item.Scalar(), mark_of(item.Mark())});
    }
    if (node.size() == 0) error(mark_of(node.Mark()), fmt::format("empty pattern list '{}'", what));
  } else {
    not_a_list(node, what);
  }
  return out;
}

bool YamlValues::lone_value_ok(const YAML::Node& node, std::string_view what) {
  const std::string& s = node.Scalar();
  if (std::any_of(s.begin(), s.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) || c & 0x80; }))
    return true;
  error(mark_of(node.Mark()), fmt::format("'{}' under {} is a single value without letters; a pattern list is "
                                          "written [word, ...]",
                                          excerpt(s), what));
  return false;
}

void YamlValues::not_a_list(const YAML::Node& node, std::string_view what) {
  if (node.IsMap())
    error(mark_of(node.Mark()), fmt::format("{} is a mapping; it must be a list of patterns ([word, ...])", what));
  else
    error(mark_of(node.Mark()), fmt::format("empty pattern list '{}'", what));
}

Term PatternReader::term_from_text(const Pattern& p, std::string_view list) {
  switch (pattern_kind(p.text)) {
    case PatternKind::phrase:
      error(p.mark, fmt::format("'{}' under {} is several words and can never match one token; "
                                "put it under phrases", p.text, list));
      break;
    case PatternKind::glob:
      error(p.mark, fmt::format("'{}' under {} contains '*'; put it under globs", p.text, list));
      break;
    case PatternKind::term: break;
  }
  return Term{p.text, CompoundMode::any, p.mark};
}

std::vector<Term> PatternReader::terms(const YAML::Node& node, std::string_view list) {
  std::vector<Term> out;
  if (!node.IsSequence() || node.size() == 0) {
    if (node.IsScalar() && !node.Scalar().empty()) {
      if (lone_value_ok(node, list)) out.push_back(term_from_text({node.Scalar(), mark_of(node.Mark())}, list));
      return out;
    }
    not_a_list(node, list);
    return out;
  }
  for (const auto& item : node) {
    if (item.IsScalar() && !item.Scalar().empty()) {
      out.push_back(term_from_text({item.Scalar(), mark_of(item.Mark())}, list));
    } else if (item.IsMap()) {
      Term t;
      t.mark = mark_of(item.Mark());
      bool has_term = false;
      each_key(item,
               {{"term",
                 [&](const YAML::Node& value) {
                   has_term = true;
                   Term word = term_from_text({text(value, "term"), mark_of(value.Mark())}, list);
                   t.text = std::move(word.text);
                   t.mark = word.mark;
                 }},
                {"compound",
                 [&](const YAML::Node& value) {
                   if (auto mode = choice(value, "compound", kCompoundModes)) t.compound = *mode;
                 }},
                {"as",
                 [&](const YAML::Node& value) {
                   if (auto word_class = choice(value, "as", kWordClasses)) t.as = *word_class;
                 }}},
               "a term");
      if (!has_term || t.text.empty()) error(mark_of(item.Mark()), "a term entry needs a non-empty 'term'");
      out.push_back(std::move(t));
    } else {
      error(mark_of(item.Mark()),
            fmt::format("each entry of {} must be a word or {{term: ..., compound: ..., as: ...}}", list));
    }
  }
  return out;
}

void PatternReader::check_regex(const Pattern& p, const std::string& code) {
  UErrorCode status = U_ZERO_ERROR;
  UParseError pe;
  std::unique_ptr<icu::RegexPattern> rp(icu::RegexPattern::compile(
      icu::UnicodeString::fromUTF8(p.text), UREGEX_CASE_INSENSITIVE, pe, status));
  if (U_FAILURE(status))
    error(p.mark, fmt::format("invalid regular expression '{}' in code {}: {} (at offset {})", p.text, code,
                              u_errorName(status), pe.offset >= 0 ? pe.offset : 0));
}

void PatternReader::check_globs_and_phrases(const Code& code) {
  for (const auto& g : code.globs)
    if (has_space(g.text)) error(g.mark, fmt::format("glob '{}' is several words; a glob matches one token", g.text));
  for (const auto& p : code.phrases)
    if (p.text.front() == '*' || p.text.back() == '*' || p.text.find("* *") != std::string::npos)
      error(p.mark, fmt::format("phrase '{}' may not start or end with a gap, nor have two gaps in a row", p.text));
}

bool valid_id(const std::string& id) {
  return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

void check_id(const YAML::Node& key, std::string_view what, Diagnostics& out) {
  const std::string id = key.IsScalar() ? key.Scalar() : "";
  if (!valid_id(id))
    out.error(out.mark_of(key.Mark()), fmt::format("{} id '{}' must be lower case letters, digits and _", what, id));
}

bool has_space(std::string_view s) { return s.find_first_of(" \t\n") != std::string_view::npos; }

void References::named_by_thread(std::string thread, bool code, std::string id, Location mark) {
  refs_.push_back({std::move(thread), code, std::move(id), std::move(mark)});
}

void References::check_threads(const Codebook& cb, Diagnostics& out) const {
  std::vector<std::string> code_ids, theme_ids;
  for (const auto& c : cb.codes) code_ids.push_back(c.id);
  for (const auto& t : cb.themes) theme_ids.push_back(t.id);
  for (const auto& r : refs_) {
    if (r.code && !cb.find_code(r.id)) {
      std::string hint = did_you_mean(r.id, code_ids);
      // A bare code name is a common slip: name the full id it belongs to.
      if (hint.empty())
        for (const auto& c : cb.codes)
          if (c.name == r.id) hint = " (did you mean '" + c.id + "'?)";
      out.error(r.mark, fmt::format("thread {} names unknown code '{}'{}", r.thread, r.id, hint));
    } else if (!r.code && !cb.find_theme(r.id)) {
      out.error(r.mark,
                fmt::format("thread {} names unknown theme '{}'{}", r.thread, r.id, did_you_mean(r.id, theme_ids)));
    }
  }
}

void warn_overlaps(const Codebook& cb, Diagnostics& out) {
  std::unordered_map<std::string, std::pair<const Code*, Location>> first;
  for (const auto& c : cb.codes) {
    auto note = [&](std::string word, const Location& m) {
      icu::UnicodeString u = icu::UnicodeString::fromUTF8(word);
      u.foldCase();
      word.clear();
      u.toUTF8String(word);
      auto [it, fresh] = first.try_emplace(word, &c, m);
      if (!fresh && it->second.first != &c)
        out.warning(m, fmt::format("'{}' in code {} also matches in code {} (line {})", word, c.id,
                                   it->second.first->id, it->second.second.line));
    };
    for (const auto& t : c.terms) note(t.text, t.mark);
    for (const auto& g : c.globs) note(g.text, g.mark);
    for (const auto& p : c.phrases) note(p.text, p.mark);
  }
}

}  // namespace draad::codebook_check
