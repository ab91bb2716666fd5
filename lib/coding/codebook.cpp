#include "coding/codebook.h"

#include <algorithm>
#include <array>
#include <filesystem>
#include <optional>

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "base/data_files.h"
#include "base/input.h"
#include "base/suggest.h"
#include "coding/codebook_check.h"
#include "coding/codebook_store.h"
#include "stream/record.h"
#include "text/yaml_load.h"

namespace draad {

using codebook_check::kCompoundModes;
using codebook_check::kNegationModes;
using codebook_check::kThreadScopes;
using codebook_check::kWordClasses;
using codebook_check::name_of;

const char* compound_mode_name(CompoundMode mode) { return name_of(kCompoundModes, mode); }
const char* word_class_name(WordClass word_class) { return name_of(kWordClasses, word_class); }

const char* negation_mode_name(NegationMode mode) { return name_of(kNegationModes, mode); }

const char* thread_scope_name(ThreadScope scope) { return name_of(kThreadScopes, scope); }

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
  // The blocks are read where they lie and only the last one or two, with
  // the padding, copied: a codebook of 60 KB is hashed whenever it is read
  // anew.
  auto block = [&](const unsigned char* p) {
    std::uint32_t w[64];
    for (int i = 0; i < 16; ++i)
      w[i] = std::uint32_t{p[4 * i]} << 24 | std::uint32_t{p[4 * i + 1]} << 16 | std::uint32_t{p[4 * i + 2]} << 8 | p[4 * i + 3];
    for (int i = 16; i < 64; ++i) {
      const std::uint32_t s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
      const std::uint32_t s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
      w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    std::uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int i = 0; i < 64; ++i) {
      const std::uint32_t t1 = hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + k[i] + w[i];
      const std::uint32_t t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
      hh = g;
      g = f;
      f = e;
      e = d + t1;
      d = c;
      c = b;
      b = a;
      a = t1 + t2;
    }
    h[0] += a, h[1] += b, h[2] += c, h[3] += d, h[4] += e, h[5] += f, h[6] += g, h[7] += hh;
  };
  const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::size_t whole = bytes.size() / 64 * 64;
  for (std::size_t at = 0; at < whole; at += 64) block(data + at);
  std::array<unsigned char, 128> tail{};
  const std::size_t rest = bytes.size() - whole;
  std::copy(data + whole, data + bytes.size(), tail.begin());
  tail[rest] = 0x80;
  const std::size_t tail_size = rest < 56 ? 64 : 128;
  const std::uint64_t bits = static_cast<std::uint64_t>(bytes.size()) * 8;
  for (int i = 0; i < 8; ++i) tail[tail_size - 1 - i] = static_cast<unsigned char>(bits >> (8 * i));
  for (std::size_t at = 0; at < tail_size; at += 64) block(tail.data() + at);
  std::string out;
  for (auto x : h) out += fmt::format("{:08x}", x);
  return out;
}

namespace {

using namespace codebook_check;

std::string too_big(std::uintmax_t size) {
  return fmt::format("the codebook is {} bytes; the limit is {} (is this really a codebook?)", size, kMaxCodebookBytes);
}

// A file too big to be a codebook, refused before it is read, let alone
// parsed; nullopt for any other.
std::optional<CheckResult> refuse_huge(const std::string& path) {
  std::error_code ec;
  if (path == "-" || !std::filesystem::is_regular_file(path, ec)) return std::nullopt;
  const auto size = std::filesystem::file_size(path, ec);
  if (ec || size <= kMaxCodebookBytes) return std::nullopt;
  CheckResult r;
  r.codebook.path = display_name(path);
  r.diagnostics.push_back({Diagnostic::Severity::error, Location{display_name(path)}, too_big(size)});
  return r;
}

// Reads a codebook by its schema: the key tables of each mapping are here,
// the reading and checking of the values under the keys in codebook_check.
class Checker : private PatternReader {
 public:
  using PatternReader::PatternReader;

  CheckResult run() {
    CheckResult result;
    Codebook& cb = result.codebook;
    cb.path = path();
    cb.hash = sha256_hex(content());
    cb.hash8 = cb.hash.substr(0, 8);
    YAML::Node root;
    try {
      root = load_yaml(content(), path(), YamlLimits{kMaxCodebookNodes});
    } catch (const DataError& e) {
      error(Location{path(), e.where().line, e.where().column}, e.detail());
      return finish(result);
    }
    if (!root.IsMap()) {
      error(root.IsDefined() && !root.IsNull() ? mark_of(root.Mark()) : file_start(),
            "a codebook is a YAML mapping with the keys codebook, version, themes and threads");
      return finish(result);
    }
    read_top(root, cb);
    refs_.check_threads(cb, *this);
    warn_overlaps(cb, *this);
    return finish(result);
  }

 private:
  References refs_;

  CheckResult& finish(CheckResult& result) {
    result.diagnostics = take_in_file_order();
    return result;
  }

  void read_code(const YAML::Node& key, const YAML::Node& node, Theme& theme, const std::string& parent,
                 const std::vector<Limit>& inherited, Codebook& cb) {
    check_id(key, "code", *this);
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
             if (auto mode = choice(v, "negation", kNegationModes)) code.negation = *mode;
           }},
          {"min_hits", [&](const YAML::Node& v) { code.min_hits = integer(v, "min_hits", 1, 1000, 1); }},
          {"where", [&](const YAML::Node& v) { code.where = limits(v); }},
          {"codes", [&](const YAML::Node& v) { children.emplace(v); }},
      };
      each_key(node, readers, "code " + code.id);
    }
    code.where.insert(code.where.begin(), inherited.begin(), inherited.end());
    check_globs_and_phrases(code);
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
    check_id(key, "theme", *this);
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
    check_id(key, "thread", *this);
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
          refs_.named_by_thread(t.id, k == "codes", p.text, p.mark);
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
                   if (auto scope = choice(rv, "scope", kThreadScopes)) t.rule.scope = *scope;
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
    // `questions`, `headings` and `answers`: {SWITCH: OFF|ON, where_any:
    // [...]}, as {hits: count|skip, ...}.
    // `answers` also reads `more`.
    auto segment_rule = [&](const std::string& key, SegmentRule& rule, const std::string& on_key, const std::string& off,
                            const std::string& on, Readers more = {}) {
      return [&, key, on_key, off, on, more](const YAML::Node& v) {
        rule.mark = mark_of(v.Mark());
        if (!v.IsMap()) {
          error(mark_of(v.Mark()), fmt::format("{} must be a mapping {{{}: {}|{}, where_any: [...]}}", key, on_key, off, on));
          return;
        }
        Readers readers = {{on_key,
                            [&](const YAML::Node& qv) {
                              const std::string value = text(qv, key + "." + on_key);
                              if (value == on || value == off)
                                rule.on = value == on;
                              else
                                error(mark_of(qv.Mark()),
                                      fmt::format("{}.{} '{}' must be {} or {}", key, on_key, value, off, on));
                            }},
                           {"where_any", [&](const YAML::Node& qv) { rule.where_any = limits(qv, key + ".where_any"); }}};
        readers.insert(readers.end(), more.begin(), more.end());
        each_key(v, readers, key);
      };
    };
    auto method = [&](const YAML::Node& v) {
      MethodRule& m = cb.method;
      m.mark = mark_of(v.Mark());
      if (!v.IsMap()) {
        error(m.mark, "method must be a mapping {words: [...], min_words: N, min_per_100_words: N, theme_hits: N}");
        return;
      }
      each_key(v,
               {{"words", [&](const YAML::Node& mv) { m.words = strings(mv, "method.words"); }},
                {"where_any", [&](const YAML::Node& mv) { m.where_any = limits(mv, "method.where_any"); }},
                {"min_words", [&](const YAML::Node& mv) { m.min_words = integer(mv, "method.min_words", 1, 1000, 2); }},
                {"min_per_100_words",
                 [&](const YAML::Node& mv) { m.min_per_100_words = integer(mv, "method.min_per_100_words", 0, 100, 4); }},
                {"theme_hits", [&](const YAML::Node& mv) { m.theme_hits = integer(mv, "method.theme_hits", 1, 1000, 2); }}},
               "method");
      m.on = !m.words.empty();
      if (!m.on) error(m.mark, "method lists no words: give method.words, the words that tell how a study was done");
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
              {"questions", segment_rule("questions", cb.questions, "hits", "count", "skip")},
              {"headings", segment_rule("headings", cb.headings, "hits", "count", "skip")},
              {"method", method},
              {"answers", segment_rule("answers", cb.answers, "uncoded", "none", "question",
                                       {{"non_answers", [&](const YAML::Node& v) {
                                           cb.answers.non_answers_mark = mark_of(v.Mark());
                                           cb.answers.non_answers = strings(v, "answers.non_answers");
                                         }}})},
              {"themes", [&](const YAML::Node& v) { themes.emplace(v); }},
              {"threads", [&](const YAML::Node& v) { threads.emplace(v); }}},
             "the codebook");
    if (!has_name) error(file_start(), "missing key 'codebook' (the codebook's name)");
    if (!has_version) error(file_start(), "missing key 'version'");
    if (!themes) {
      error(file_start(), "missing key 'themes'");
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
  if (auto refused = refuse_huge(path)) return std::move(*refused);
  return check_text(display_name(path), read_all(path, kMaxCodebookBytes, "a codebook"));
}

CheckResult check_text(const std::string& name, std::string content) {
  return Checker(name, std::move(content)).run();
}

Codebook load(const std::string& path) {
  CheckResult r;
  if (auto refused = refuse_huge(path)) {
    r = std::move(*refused);
  } else {
    std::string content = read_all(path, kMaxCodebookBytes, "a codebook");
    const std::string name = display_name(path);
    if (auto kept = codebook_store::find(content, name)) return std::move(*kept);
    r = check_text(name, content);
    if (r.ok()) codebook_store::keep(r.codebook, content);
  }
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
