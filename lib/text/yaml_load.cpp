#include "text/yaml_load.h"

#include <algorithm>
#include <mutex>
#include <sstream>
#include <vector>

#include <fmt/format.h>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>

#include "base/cache_file.h"
#include "base/string_map.h"
#include "base/utf8.h"

namespace draad {

Location yaml_location(std::string_view content, const std::string& name, const YAML::Mark& mark,
                       std::int64_t first_line) {
  if (mark.is_null() || mark.pos < 0 || mark.column < 0 || static_cast<std::size_t>(mark.pos) > content.size())
    return {name};
  const auto pos = static_cast<std::size_t>(mark.pos);
  const std::size_t line_start = pos - std::min<std::size_t>(pos, static_cast<std::size_t>(mark.column));
  return {name, mark.line + first_line,
          static_cast<std::int64_t>(utf8::count_code_points(content.substr(line_start, pos - line_start))) + 1};
}

namespace {

class Walk {
 public:
  Walk(std::string_view content, const std::string& name, const YamlLimits& limits, std::int64_t first_line)
      : content_(content), name_(name), limits_(limits), first_line_(first_line) {}

  void visit(const YAML::Node& node) {
    if (++count_ > limits_.max_nodes)
      throw DataError(where(node), fmt::format("more than {} YAML nodes once aliases are expanded (an alias bomb?); "
                                               "refused", limits_.max_nodes));
    if (!node.IsSequence() && !node.IsMap()) return;
    for (const auto& outer : path_)
      if (outer.is(node))
        throw DataError(where(node), "a recursive alias: this node contains itself");
    if (static_cast<int>(path_.size()) >= limits_.max_depth)
      throw DataError(where(node), fmt::format("nested deeper than {} levels", limits_.max_depth));
    path_.push_back(node);
    if (node.IsSequence()) {
      for (const auto& child : node) visit(child);
    } else {
      for (const auto& kv : node) {
        visit(kv.first);
        visit(kv.second);
      }
    }
    path_.pop_back();
  }

 private:
  Location where(const YAML::Node& node) const { return yaml_location(content_, name_, node.Mark(), first_line_); }

  std::string_view content_;
  const std::string& name_;
  const YamlLimits& limits_;
  std::int64_t first_line_;
  std::size_t count_ = 0;
  std::vector<YAML::Node> path_;
};

// Where each document of a YAML stream starts; nothing else is kept.
struct DocumentStarts : YAML::EventHandler {
  std::vector<YAML::Mark> marks;
  void OnDocumentStart(const YAML::Mark& mark) override { marks.push_back(mark); }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {}
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}
};

// Texts that passed the document guard before (a second full parse, which
// for a codebook read in every run was a tenth of a short run), kept between
// runs in a cache file: a FrozenMap whose keys are a text's size and hash.
// Only texts of some size are kept; front matter is parsed in no time.
class PassedGuard {
 public:
  static constexpr std::size_t kMinSize = 4096;

  static PassedGuard& get() {
    static PassedGuard& passed = *new PassedGuard;  // never destroyed: threads may parse at exit
    return passed;
  }

  // The key of a text, for contains() and add().
  static std::string key_of(std::string_view text) {
    return fmt::format("{}:{:016x}", text.size(), StringHash{}(text));
  }

  bool contains(const std::string& key) {
    std::lock_guard lock(mutex_);
    return known(key);
  }

  // Keeps the key, with those kept before and those this run added.
  void add(const std::string& key) {
    if (path_.empty()) return;
    std::lock_guard lock(mutex_);
    if (known(key)) return;
    added_.push_back(key);
    auto all = FrozenMapBuilder::keeping(kept_.map, added_.size(), kMaxTexts);
    for (const auto& k : added_) all.add(k, "");
    cache_file::write(path_, kMagic, key_, all.finish());
  }

 private:
  static constexpr std::string_view kMagic = "draad yaml single documents 1";
  static constexpr std::size_t kMaxTexts = 256;  // then started afresh

  // Under mutex_.
  bool known(const std::string& key) const {
    return kept_.map.find(key) || std::find(added_.begin(), added_.end(), key) != added_.end();
  }

  PassedGuard() : path_(cache_file::program_path("yaml-checked")) {
    if (path_.empty()) return;
    key_ = cache_file::program_key() + "\t" +
           cache_file::library_key(reinterpret_cast<const void*>(static_cast<YAML::Node (*)(const std::string&)>(&YAML::Load)));
    kept_ = cache_file::read_map(path_, kMagic, key_, std::size_t{1} << 20);
  }

  std::string path_, key_;
  cache_file::MappedMap kept_;
  std::mutex mutex_;
  std::vector<std::string> added_;  // a few codebooks at most
};

}  // namespace

YAML::Node load_yaml(std::string_view content, const std::string& name, const YamlLimits& limits,
                     std::int64_t first_line) {
  if (content.starts_with("\xFF\xFE") || content.starts_with("\xFE\xFF"))
    throw DataError({name, first_line, 1}, "the file is UTF-16; save it as UTF-8");
  if (auto nul = content.find('\0'); nul != std::string_view::npos) {
    throw DataError(utf8::locate(name, content, nul, first_line), "a NUL byte: YAML is text (is this UTF-16 or a binary file?)");
  }
  if (auto bad = utf8::find_invalid(content)) {
    throw DataError(utf8::locate(name, content, *bad, first_line), "invalid UTF-8");
  }
  const std::string text(content);
  YAML::Node document;
  DocumentStarts starts;
  const std::string passed_key = content.size() >= PassedGuard::kMinSize ? PassedGuard::key_of(content) : "";
  try {
    document = YAML::Load(text);
    // yaml-cpp's own LoadAll never ends on some malformed input (`,: a`
    // and a tab): a document then starts where the one before it did.
    if (passed_key.empty() || !PassedGuard::get().contains(passed_key)) {
      std::istringstream in(text);
      YAML::Parser parser(in);
      while (starts.marks.size() < 2 && parser.HandleNextDocument(starts)) {
      }
    }
  } catch (const YAML::DeepRecursion& e) {
    throw DataError(yaml_location(content, name, e.mark, first_line),
                    fmt::format("nested deeper than {} levels", limits.max_depth));
  } catch (const YAML::Exception& e) {
    throw DataError(yaml_location(content, name, e.mark, first_line), e.msg);
  }
  if (starts.marks.size() == 2 && starts.marks[1].pos == starts.marks[0].pos)
    throw DataError(yaml_location(content, name, starts.marks[0], first_line),
                    "malformed YAML that the parser cannot read (a stray ',' or ':' before a tab?)");
  if (starts.marks.size() == 2)
    throw DataError(yaml_location(content, name, starts.marks[1], first_line),
                    "a second YAML document (after '---'); a file holds one");
  if (!passed_key.empty() && !starts.marks.empty()) PassedGuard::get().add(passed_key);
  Walk(content, name, limits, first_line).visit(document);
  return document;
}

}  // namespace draad
