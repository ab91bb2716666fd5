#include "coding/codebook.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <memory>
#include <set>
#include <unordered_map>

#include <fmt/format.h>
#include <unicode/regex.h>
#include <unicode/unistr.h>
#include <yaml-cpp/yaml.h>

#include "base/data_files.h"
#include "base/input.h"
#include "base/suggest.h"
#include "base/utf8.h"
#include "text/yaml_load.h"
#include "coding/pattern_kind.h"
#include "stream/record.h"

namespace draad {

namespace {

// The names of an enum's values as a codebook writes them, in one table.
template <typename Enum>
using Names = std::vector<std::pair<std::string, Enum>>;

const Names<CompoundMode> kCompoundModes = {{"any", CompoundMode::any},
                                            {"head", CompoundMode::head},
                                            {"modifier", CompoundMode::modifier},
                                            {"none", CompoundMode::none}};
const Names<NegationMode> kNegationModes = {
    {"flag", NegationMode::flag}, {"count", NegationMode::count}, {"drop", NegationMode::drop}};

template <typename Enum>
const char* name_of(const Names<Enum>& names, Enum value) {
  for (const auto& [name, v] : names)
    if (v == value) return name.c_str();
  return names.front().first.c_str();
}

template <typename Enum>
std::optional<Enum> value_of(const Names<Enum>& names, std::string_view name) {
  for (const auto& [n, v] : names)
    if (n == name) return v;
  return std::nullopt;
}

template <typename Enum>
std::vector<std::string> all_names(const Names<Enum>& names) {
  std::vector<std::string> out;
  for (const auto& [name, v] : names) out.push_back(name);
  return out;
}

}  // namespace

const char* compound_mode_name(CompoundMode mode) { return name_of(kCompoundModes, mode); }

const char* negation_mode_name(NegationMode mode) { return name_of(kNegationModes, mode); }

const char* thread_scope_name(ThreadScope scope) {
  return scope == ThreadScope::segment ? "segment" : "document";
}

std::string Codebook::coder() const { return format_coder({name, version, hash8}); }

const Code* Codebook::find_code(std::string_view id) const {
  for (const auto& c : codes)
    if (c.id == id) return &c;
  return nullptr;
}

const Theme* Codebook::find_theme(std::string_view id) const {
  for (const auto& t : themes)
    if (t.id == id) return &t;
  return nullptr;
}

std::string Diagnostic::str() const {
  return fmt::format("{}: {}: {}", where.str(), severity == Severity::error ? "error" : "warning", message);
}

bool CheckResult::ok() const {
  return std::none_of(diagnostics.begin(), diagnostics.end(),
                      [](const Diagnostic& d) { return d.severity == Diagnostic::Severity::error; });
}

std::string default_codebook_path() {
  return data_file("codebooks/samenleven.yaml");
}

// FIPS 180-4 SHA-256; small and dependency-free, since the hash only has to
// identify a codebook's exact bytes.
std::string sha256_hex(std::string_view bytes) {
  static constexpr std::array<std::uint32_t, 64> k = {
      0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
      0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
      0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
      0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
      0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
      0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
      0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
      0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};
  std::array<std::uint32_t, 8> h = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                    0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
  auto rotr = [](std::uint32_t x, int n) { return (x >> n) | (x << (32 - n)); };
  std::string data(bytes);
  const std::uint64_t bits = static_cast<std::uint64_t>(bytes.size()) * 8;
  data += '\x80';
  while (data.size() % 64 != 56) data += '\0';
  for (int i = 7; i >= 0; --i) data += static_cast<char>((bits >> (i * 8)) & 0xff);
  for (std::size_t chunk = 0; chunk < data.size(); chunk += 64) {
    std::array<std::uint32_t, 64> w{};
    for (int i = 0; i < 16; ++i)
      for (int b = 0; b < 4; ++b) w[i] = (w[i] << 8) | static_cast<unsigned char>(data[chunk + i * 4 + b]);
    for (int i = 16; i < 64; ++i) {
      std::uint32_t s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
      std::uint32_t s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
      w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    auto v = h;
    for (int i = 0; i < 64; ++i) {
      std::uint32_t s1 = rotr(v[4], 6) ^ rotr(v[4], 11) ^ rotr(v[4], 25);
      std::uint32_t ch = (v[4] & v[5]) ^ (~v[4] & v[6]);
      std::uint32_t t1 = v[7] + s1 + ch + k[i] + w[i];
      std::uint32_t s0 = rotr(v[0], 2) ^ rotr(v[0], 13) ^ rotr(v[0], 22);
      std::uint32_t maj = (v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]);
      std::uint32_t t2 = s0 + maj;
      v = {t1 + t2, v[0], v[1], v[2], v[3] + t1, v[4], v[5], v[6]};
    }
    for (int i = 0; i < 8; ++i) h[i] += v[i];
  }
  std::string out;
  for (auto x : h) out += fmt::format("{:08x}", x);
  return out;
}

namespace {

using Severity = Diagnostic::Severity;

// The keys of a mapping, each with what reads its value: the one list of
// the keys a mapping may have.
using Readers = std::vector<std::pair<std::string, std::function<void(const YAML::Node&)>>>;

std::string too_big(std::uintmax_t size) {
  return fmt::format("the codebook is {} bytes; the limit is {} (is this really a codebook?)", size, kMaxCodebookBytes);
}

class Checker {
 public:
  Checker(std::string path, std::string content) : path_(std::move(path)), content_(std::move(content)) {}

  CheckResult run() {
    CheckResult result;
    Codebook& cb = result.codebook;
    cb.path = path_;
    cb.hash = sha256_hex(content_);
    cb.hash8 = cb.hash.substr(0, 8);
    YAML::Node root;
    try {
      root = load_yaml(content_, path_, YamlLimits{kMaxCodebookNodes});
    } catch (const DataError& e) {
      error(Mark{e.where().line, e.where().column}, e.detail());
      return finish(result);
    }
    if (!root.IsMap()) {
      error(root.IsDefined() && !root.IsNull() ? mark_of(root.Mark()) : Mark{1, 1},
            "a codebook is a YAML mapping with the keys codebook, version, themes and threads");
      return finish(result);
    }
    read_top(root, cb);
    check_threads(cb);
    check_overlaps(cb);
    return finish(result);
  }

 private:
  std::string path_;
  std::string content_;
  std::vector<Diagnostic> diagnostics_;

  CheckResult& finish(CheckResult& result) {
    std::stable_sort(diagnostics_.begin(), diagnostics_.end(), [](const Diagnostic& a, const Diagnostic& b) {
      return std::pair(a.where.line, a.where.column) < std::pair(b.where.line, b.where.column);
    });
    result.diagnostics = std::move(diagnostics_);
    return result;
  }

  // yaml-cpp counts columns in bytes; messages count code points.
  Mark mark_of(const YAML::Mark& m) const {
    const Location where = yaml_location(content_, path_, m);
    return Mark{where.line, where.column};
  }

  void report(Severity severity, Mark m, std::string message) {
    diagnostics_.push_back({severity, Location{path_, m.line, m.column}, std::move(message)});
  }
  void error(Mark m, std::string message) { report(Severity::error, m, std::move(message)); }
  void warning(Mark m, std::string message) { report(Severity::warning, m, std::move(message)); }

  // Reads each entry of a mapping with the reader of its key; reports
  // unknown keys with a suggestion and duplicate keys.
  void each_key(const YAML::Node& map, const Readers& readers, std::string_view what) {
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

  // `where`: a condition or a list of them, each as --where takes it.
  std::vector<Limit> limits(const YAML::Node& node) {
    std::vector<Limit> out;
    for (const auto& p : strings(node, "where")) {
      if (auto c = where::try_parse(p.text))
        out.push_back({std::move(*c), p.mark});
      else
        error(p.mark, fmt::format("where '{}' must be {} (e.g. rol=deelnemer); in a [list], quote a condition "
                                  "with a comma: [\"speaker!=Interviewer,Gespreksleider\"]",
                                  p.text, where::kForms));
    }
    return out;
  }

  // Calls `visit(key, value)` for each entry of a mapping of ids, reporting
  // a repeated id as "duplicate <kind> id '<id>'<where>".
  template <typename Visit>
  void each_id(const YAML::Node& map, std::string_view kind, const std::string& where, Visit visit) {
    std::set<std::string> seen;
    for (const auto& kv : map) {
      const std::string id = kv.first.IsScalar() ? kv.first.Scalar() : "";
      if (seen.insert(id).second)
        visit(kv.first, kv.second);
      else
        error(mark_of(kv.first.Mark()), fmt::format("duplicate {} id '{}'{}", kind, id, where));
    }
  }

  std::string text(const YAML::Node& node, std::string_view what) {
    if (node.IsNull()) return "";
    if (!node.IsScalar()) {
      error(mark_of(node.Mark()), fmt::format("{} must be text", what));
      return "";
    }
    return node.Scalar();
  }

  int integer(const YAML::Node& node, std::string_view what, int lo, int hi, int fallback) {
    if (node.IsScalar()) {
      const std::string& s = node.Scalar();
      int value = 0;
      auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
      if (ec == std::errc() && end == s.data() + s.size() && value >= lo && value <= hi) return value;
    }
    error(mark_of(node.Mark()), fmt::format("{} must be a whole number from {} to {}", what, lo, hi));
    return fallback;
  }

  std::string colour(const YAML::Node& node) {
    std::string c = text(node, "colour");
    bool ok = c.empty() || (c.size() == 7 && c[0] == '#' &&
                            std::all_of(c.begin() + 1, c.end(), [](char ch) { return std::isxdigit(static_cast<unsigned char>(ch)); }));
    if (!ok) error(mark_of(node.Mark()), fmt::format("colour '{}' is not of the form \"#rrggbb\"", c));
    return c;
  }

  bool valid_id(const std::string& id) {
    return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    });
  }

  void check_id(const YAML::Node& key, std::string_view what) {
    const std::string id = key.IsScalar() ? key.Scalar() : "";
    if (!valid_id(id))
      error(mark_of(key.Mark()), fmt::format("{} id '{}' must be lower case letters, digits and _", what, id));
  }

  // A list of strings (a lone string is accepted as a list of one). Empty
  // lists are errors: a pattern list that is there must say something.
  std::vector<Pattern> strings(const YAML::Node& node, std::string_view what) {
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

  // A lone value where a list belongs is taken as a list of one only when it
  // is a word: `terms: 5` is more likely a slip than a code for the digit 5.
  bool lone_value_ok(const YAML::Node& node, std::string_view what) {
    const std::string& s = node.Scalar();
    if (std::any_of(s.begin(), s.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) || c & 0x80; }))
      return true;
    error(mark_of(node.Mark()), fmt::format("'{}' under {} is a single value without letters; a pattern list is "
                                            "written [word, ...]",
                                            excerpt(s), what));
    return false;
  }

  void not_a_list(const YAML::Node& node, std::string_view what) {
    if (node.IsMap())
      error(mark_of(node.Mark()), fmt::format("{} is a mapping; it must be a list of patterns ([word, ...])", what));
    else
      error(mark_of(node.Mark()), fmt::format("empty pattern list '{}'", what));
  }

  static bool has_space(std::string_view s) { return s.find_first_of(" \t\n") != std::string_view::npos; }

  Term term_from_text(const Pattern& p, std::string_view list) {
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

  std::vector<Term> terms(const YAML::Node& node, std::string_view list) {
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
                     std::string m = text(value, "compound");
                     if (auto mode = value_of(kCompoundModes, m))
                       t.compound = *mode;
                     else
                       error(mark_of(value.Mark()), fmt::format("compound must be any, head, modifier or none, not '{}'{}",
                                                                m, did_you_mean(m, all_names(kCompoundModes))));
                   }}},
                 "a term");
        if (!has_term || t.text.empty()) error(mark_of(item.Mark()), "a term entry needs a non-empty 'term'");
        out.push_back(std::move(t));
      } else {
        error(mark_of(item.Mark()), fmt::format("each entry of {} must be a word or {{term: ..., compound: ...}}", list));
      }
    }
    return out;
  }

  void check_regex(const Pattern& p, const std::string& code) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError pe;
    std::unique_ptr<icu::RegexPattern> rp(icu::RegexPattern::compile(
        icu::UnicodeString::fromUTF8(p.text), UREGEX_CASE_INSENSITIVE, pe, status));
    if (U_FAILURE(status))
      error(p.mark, fmt::format("invalid regular expression '{}' in code {}: {} (at offset {})", p.text, code,
                                u_errorName(status), pe.offset >= 0 ? pe.offset : 0));
  }

  void read_code(const YAML::Node& key, const YAML::Node& node, Theme& theme, const std::string& parent,
                 const std::vector<Limit>& inherited, Codebook& cb) {
    check_id(key, "code");
    Code code;
    code.name = key.IsScalar() ? key.Scalar() : "";
    code.theme = theme.id;
    code.parent = parent;
    code.id = (parent.empty() ? theme.id : parent) + "/" + code.name;
    code.mark = mark_of(key.Mark());
    const std::size_t index = cb.codes.size();
    theme.codes.push_back(index);
    cb.codes.emplace_back();
    std::optional<YAML::Node> children;
    if (!node.IsMap()) {
      error(mark_of(node.Mark()), fmt::format("code {} must be a mapping with label, definition and patterns", code.id));
    } else {
      const Readers readers = {
          {"label", [&](const YAML::Node& v) { code.label = text(v, "label"); }},
          {"definition", [&](const YAML::Node& v) { code.definition = text(v, "definition"); }},
          {"criteria",
           [&](const YAML::Node& v) {
             if (!v.IsMap()) {
               error(mark_of(v.Mark()), "criteria must be a mapping {include: ..., exclude: ...}");
               return;
             }
             each_key(v,
                      {{"include", [&](const YAML::Node& cv) { code.include = text(cv, "criteria.include"); }},
                       {"exclude", [&](const YAML::Node& cv) { code.exclude_criteria = text(cv, "criteria.exclude"); }}},
                      "criteria");
           }},
          {"example", [&](const YAML::Node& v) { code.example = text(v, "example"); }},
          {"colour", [&](const YAML::Node& v) { code.colour = colour(v); }},
          {"terms", [&](const YAML::Node& v) { code.terms = terms(v, "terms"); }},
          {"globs", [&](const YAML::Node& v) { code.globs = strings(v, "globs"); }},
          {"phrases", [&](const YAML::Node& v) { code.phrases = strings(v, "phrases"); }},
          {"near", [&](const YAML::Node& v) { read_near(v, code); }},
          {"regex",
           [&](const YAML::Node& v) {
             code.regex = strings(v, "regex");
             for (const auto& p : code.regex) check_regex(p, code.id);
           }},
          {"exclude", [&](const YAML::Node& v) { code.exclude = strings(v, "exclude"); }},
          {"negation",
           [&](const YAML::Node& v) {
             std::string m = text(v, "negation");
             if (auto mode = value_of(kNegationModes, m))
               code.negation = *mode;
             else
               error(mark_of(v.Mark()), fmt::format("negation must be flag, count or drop, not '{}'{}", m,
                                                    did_you_mean(m, all_names(kNegationModes))));
           }},
          {"min_hits", [&](const YAML::Node& v) { code.min_hits = integer(v, "min_hits", 1, 1000, 1); }},
          {"where", [&](const YAML::Node& v) { code.where = limits(v); }},
          {"codes", [&](const YAML::Node& v) { children.emplace(v); }},
      };
      each_key(node, readers, "code " + code.id);
    }
    code.where.insert(code.where.begin(), inherited.begin(), inherited.end());
    for (const auto& g : code.globs)
      if (has_space(g.text)) error(g.mark, fmt::format("glob '{}' is several words; a glob matches one token", g.text));
    for (const auto& p : code.phrases)
      if (p.text.front() == '*' || p.text.back() == '*' || p.text.find("* *") != std::string::npos)
        error(p.mark, fmt::format("phrase '{}' may not start or end with a gap, nor have two gaps in a row", p.text));
    const bool has_patterns = !code.terms.empty() || !code.globs.empty() || !code.phrases.empty() ||
                              !code.near.empty() || !code.regex.empty();
    if (!has_patterns && !(children && children->IsMap() && children->size() > 0))
      warning(code.mark, fmt::format("code {} has no patterns and will never be assigned", code.id));
    const std::string id = code.id;
    const std::vector<Limit> where = code.where;
    cb.codes[index] = std::move(code);
    if (children) read_codes(*children, theme, id, where, cb);
  }

  void read_near(const YAML::Node& v, Code& code) {
    if (!v.IsSequence() || v.size() == 0) {
      error(mark_of(v.Mark()), "empty pattern list 'near'");
      return;
    }
    for (const auto& item : v) {
      Near n;
      n.mark = mark_of(item.Mark());
      if (!item.IsMap()) {
        error(n.mark, "each entry of near must be {terms: [...], within: N}");
        continue;
      }
      each_key(item,
               {{"terms", [&](const YAML::Node& nv) { n.terms = terms(nv, "near.terms"); }},
                {"within", [&](const YAML::Node& nv) { n.within = integer(nv, "within", 1, 100, 8); }}},
               "near");
      if (n.terms.size() < 2) error(n.mark, "near needs at least two terms");
      code.near.push_back(std::move(n));
    }
  }

  void read_codes(const YAML::Node& node, Theme& theme, const std::string& parent, const std::vector<Limit>& where,
                  Codebook& cb) {
    if (!node.IsMap() || node.size() == 0) {
      error(mark_of(node.Mark()), fmt::format("codes of {} must be a non-empty mapping of code ids",
                                              parent.empty() ? "theme " + theme.id : parent));
      return;
    }
    each_id(node, "code", " in " + (parent.empty() ? "theme " + theme.id : parent), [&](const YAML::Node& k, const YAML::Node& v) { read_code(k, v, theme, parent, where, cb); });
  }

  void read_theme(const YAML::Node& key, const YAML::Node& node, Codebook& cb) {
    check_id(key, "theme");
    cb.themes.emplace_back();
    const std::size_t index = cb.themes.size() - 1;
    cb.themes[index].id = key.IsScalar() ? key.Scalar() : "";
    cb.themes[index].mark = mark_of(key.Mark());
    if (!node.IsMap()) {
      error(mark_of(node.Mark()), fmt::format("theme {} must be a mapping with label and codes", cb.themes[index].id));
      return;
    }
    std::optional<YAML::Node> codes;
    Theme& t = cb.themes[index];
    each_key(node,
             {{"label", [&](const YAML::Node& v) { t.label = text(v, "label"); }},
              {"description", [&](const YAML::Node& v) { t.description = text(v, "description"); }},
              {"colour", [&](const YAML::Node& v) { t.colour = colour(v); }},
              {"where", [&](const YAML::Node& v) { t.where = limits(v); }},
              {"codes", [&](const YAML::Node& v) { codes.emplace(v); }}},
             "theme " + t.id);
    if (!codes) {
      error(cb.themes[index].mark, fmt::format("theme {} has no codes", cb.themes[index].id));
      return;
    }
    // Codes are appended to cb.codes; the theme records their indices.
    Theme theme = cb.themes[index];
    read_codes(*codes, theme, "", theme.where, cb);
    cb.themes[index] = std::move(theme);
  }

  void read_thread(const YAML::Node& key, const YAML::Node& node, Codebook& cb) {
    check_id(key, "thread");
    Thread t;
    t.id = key.IsScalar() ? key.Scalar() : "";
    t.mark = mark_of(key.Mark());
    if (!node.IsMap()) {
      error(mark_of(node.Mark()), fmt::format("thread {} must be a mapping with label, codes and rule", t.id));
      return;
    }
    auto names = [&](const std::string& k) {
      return [&, k](const YAML::Node& v) {
        auto& list = k == "codes" ? t.codes : t.themes;
        for (auto& p : strings(v, "threads." + k)) {
          list.push_back(p.text);
          refs_.push_back({t.id, k == "codes", p.text, p.mark});
        }
      };
    };
    auto rule = [&](const YAML::Node& v) {
      if (!v.IsMap()) {
        error(mark_of(v.Mark()), "rule must be a mapping {min_codes: N, scope: segment|document}");
        return;
      }
      each_key(v,
               {{"min_codes", [&](const YAML::Node& rv) { t.rule.min_codes = integer(rv, "min_codes", 1, 1000, 2); }},
                {"scope",
                 [&](const YAML::Node& rv) {
                   std::string s = text(rv, "scope");
                   if (s == "segment") t.rule.scope = ThreadScope::segment;
                   else if (s == "document") t.rule.scope = ThreadScope::document;
                   else error(mark_of(rv.Mark()), fmt::format("scope must be segment or document, not '{}'{}", s,
                                                              did_you_mean(s, {"segment", "document"})));
                 }}},
               "rule");
    };
    each_key(node,
             {{"label", [&](const YAML::Node& v) { t.label = text(v, "label"); }},
              {"description", [&](const YAML::Node& v) { t.description = text(v, "description"); }},
              {"codes", names("codes")},
              {"themes", names("themes")},
              {"rule", rule}},
             "thread " + t.id);
    if (t.codes.empty() && t.themes.empty())
      error(t.mark, fmt::format("thread {} names no codes or themes", t.id));
    else if (static_cast<std::size_t>(t.rule.min_codes) > t.codes.size() + t.themes.size())
      error(t.mark, fmt::format("thread {} needs {} codes but names only {}; it can never occur", t.id,
                                t.rule.min_codes, t.codes.size() + t.themes.size()));
    cb.threads.push_back(std::move(t));
  }

  struct Reference {
    std::string thread;
    bool code;
    std::string id;
    Mark mark;
  };
  std::vector<Reference> refs_;

  void check_threads(const Codebook& cb) {
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
        error(r.mark, fmt::format("thread {} names unknown code '{}'{}", r.thread, r.id, hint));
      } else if (!r.code && !cb.find_theme(r.id)) {
        error(r.mark, fmt::format("thread {} names unknown theme '{}'{}", r.thread, r.id, did_you_mean(r.id, theme_ids)));
      }
    }
  }

  // The same word as a term or glob of two codes makes them overlap: every
  // such segment gets both. Worth a warning, not an error.
  void check_overlaps(const Codebook& cb) {
    std::unordered_map<std::string, std::pair<const Code*, Mark>> first;
    for (const auto& c : cb.codes) {
      auto note = [&](std::string word, Mark m) {
        icu::UnicodeString u = icu::UnicodeString::fromUTF8(word);
        u.foldCase();
        word.clear();
        u.toUTF8String(word);
        auto [it, fresh] = first.try_emplace(word, &c, m);
        if (!fresh && it->second.first != &c)
          warning(m, fmt::format("'{}' in code {} also matches in code {} (line {})", word, c.id,
                                 it->second.first->id, it->second.second.line));
      };
      for (const auto& t : c.terms) note(t.text, t.mark);
      for (const auto& g : c.globs) note(g.text, g.mark);
      for (const auto& p : c.phrases) note(p.text, p.mark);
    }
  }

  void read_top(const YAML::Node& root, Codebook& cb) {
    std::optional<YAML::Node> themes, threads;
    bool has_name = false, has_version = false;
    auto negation = [&](const YAML::Node& v) {
      if (!v.IsMap()) {
        error(mark_of(v.Mark()), "negation must be a mapping {words: [...], window: N}");
        return;
      }
      each_key(v,
               {{"words",
                 [&](const YAML::Node& nv) {
                   cb.negation.words.clear();
                   for (auto& p : strings(nv, "negation.words")) cb.negation.words.push_back(p.text);
                 }},
                {"window", [&](const YAML::Node& nv) { cb.negation.window = integer(nv, "window", 0, 20, 3); }}},
               "negation");
    };
    auto long_segments = [&](const YAML::Node& v) {
      if (!v.IsMap()) {
        error(mark_of(v.Mark()), "long_segments must be a mapping {words: N, theme_hits: N}");
        return;
      }
      LongSegments& l = cb.long_segments;
      each_key(v,
               {{"words", [&](const YAML::Node& lv) { l.words = integer(lv, "long_segments.words", 0, 100000, 0); }},
                {"theme_hits",
                 [&](const YAML::Node& lv) { l.theme_hits = integer(lv, "long_segments.theme_hits", 1, 1000, 2); }}},
               "long_segments");
    };
    each_key(root,
             {{"codebook",
               [&](const YAML::Node& v) {
                 has_name = true;
                 cb.name = text(v, "codebook");
                 if (!valid_id(cb.name))
                   error(mark_of(v.Mark()),
                         fmt::format("codebook name '{}' must be lower case letters, digits and _", cb.name));
               }},
              {"version",
               [&](const YAML::Node& v) {
                 has_version = true;
                 cb.version = text(v, "version");
                 if (cb.version.empty() || has_space(cb.version) || cb.version.find_first_of("@#") != std::string::npos)
                   error(mark_of(v.Mark()), "version must be a number or a word without spaces, '@' or '#'");
               }},
              {"language", [&](const YAML::Node& v) { cb.language = text(v, "language"); }},
              {"description", [&](const YAML::Node& v) { cb.description = text(v, "description"); }},
              {"negation", negation},
              {"long_segments", long_segments},
              {"themes", [&](const YAML::Node& v) { themes.emplace(v); }},
              {"threads", [&](const YAML::Node& v) { threads.emplace(v); }}},
             "the codebook");
    if (!has_name) error(Mark{1, 1}, "missing key 'codebook' (the codebook's name)");
    if (!has_version) error(Mark{1, 1}, "missing key 'version'");
    if (!themes) {
      error(Mark{1, 1}, "missing key 'themes'");
    } else if (!themes->IsMap() || themes->size() == 0) {
      error(mark_of(themes->Mark()), "themes must be a non-empty mapping of theme ids");
    } else {
      each_id(*themes, "theme", "", [&](const YAML::Node& k, const YAML::Node& v) { read_theme(k, v, cb); });
    }
    if (threads) {
      if (!threads->IsMap()) {
        error(mark_of(threads->Mark()), "threads must be a mapping of thread ids");
        return;
      }
      each_id(*threads, "thread", "", [&](const YAML::Node& k, const YAML::Node& v) { read_thread(k, v, cb); });
    }
  }
};

}  // namespace

CheckResult check(const std::string& path) {
  // A huge file is refused before it is read, let alone parsed.
  std::error_code ec;
  if (path != "-" && std::filesystem::is_regular_file(path, ec)) {
    auto size = std::filesystem::file_size(path, ec);
    if (!ec && size > kMaxCodebookBytes) {
      CheckResult r;
      r.codebook.path = display_name(path);
      r.diagnostics.push_back({Diagnostic::Severity::error, Location{display_name(path)},
                               too_big(size)});
      return r;
    }
  }
  return check_text(display_name(path), read_all(path, kMaxCodebookBytes, "a codebook"));
}

CheckResult check_text(const std::string& name, std::string content) {
  return Checker(name, std::move(content)).run();
}

Codebook load(const std::string& path) {
  CheckResult r = check(path);
  std::size_t errors = 0;
  const Diagnostic* first = nullptr;
  for (const auto& d : r.diagnostics)
    if (d.severity == Severity::error && errors++ == 0) first = &d;
  if (first)
    throw DataError(first->where, errors == 1 ? first->message
                                             : fmt::format("{} (and {} more errors; run 'draad codebook lint {}')",
                                                           first->message, errors - 1, path));
  return std::move(r.codebook);
}

}  // namespace draad
