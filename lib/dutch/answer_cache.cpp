#include "dutch/answer_cache.h"


namespace draad::answer_cache {
namespace {

// The map's keys: "s" + word, whose value is "0" or "1", and "t" + word,
// whose value is the stems, each ended by a tab.
constexpr std::string_view kMagic = "draad dictionary answers 3";
constexpr std::size_t kMaxBytes = 64 << 20;  // far more than all of Dutch takes
constexpr std::size_t kMaxAnswers = std::size_t{1} << 17;

std::string key_of(char kind, std::string_view word) {
  std::string key(1, kind);
  key += word;
  return key;
}

}  // namespace

Kept Kept::read(const std::string& path, const std::string& key) {
  Kept kept;
  kept.answers_ = cache_file::read_map(path, kMagic, key, kMaxBytes);
  return kept;
}

std::optional<bool> Kept::spelled(std::string_view word) const {
  const auto value = answers_.map.find(key_of('s', word));
  if (!value || (*value != "0" && *value != "1")) return std::nullopt;
  return *value == "1";
}

std::optional<std::vector<std::string>> Kept::stemmed(std::string_view word) const {
  auto value = answers_.map.find(key_of('t', word));
  if (!value || (!value->empty() && value->back() != '\t')) return std::nullopt;
  std::vector<std::string> stems;
  for (std::string_view rest = *value; !rest.empty();) {
    const std::size_t tab = rest.find('\t');
    stems.emplace_back(rest.substr(0, tab));
    rest.remove_prefix(tab + 1);
  }
  return stems;
}

bool write(const std::string& path, const std::string& key, const Kept& kept, const Answers& added) {
  // A run's answers hold the kept ones it used too: only the others count
  // towards the limit.
  std::size_t fresh = 0;
  for (const auto& entry : added.spelled) fresh += !kept.answers_.map.find(key_of('s', entry.first));
  for (const auto& entry : added.stemmed) fresh += !kept.answers_.map.find(key_of('t', entry.first));
  auto all = FrozenMapBuilder::keeping(kept.answers_.map, fresh, kMaxAnswers);
  for (const auto& [word, is_word] : added.spelled) all.add(key_of('s', word), is_word ? "1" : "0");
  for (const auto& [word, stems] : added.stemmed) {
    std::string value;
    bool plain = true;
    for (const auto& s : stems) {
      plain = plain && s.find('\t') == std::string::npos;
      (value += s) += '\t';
    }
    if (plain) all.add(key_of('t', word), value);
  }
  return cache_file::write(path, kMagic, key, all.finish());
}

}  // namespace draad::answer_cache
