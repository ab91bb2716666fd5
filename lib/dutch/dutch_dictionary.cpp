#include "dutch/dutch_dictionary.h"

#include <filesystem>
#include <memory>
#include <mutex>
#include <string_view>

#include <hunspell/hunspell.hxx>

#include "base/string_map.h"

namespace draad::dutch_dictionary {
namespace {

constexpr const char* kAffix = "/usr/share/hunspell/nl.aff";
constexpr const char* kWords = "/usr/share/hunspell/nl.dic";

struct Shared {
  std::mutex mutex;
  std::unique_ptr<Hunspell> hunspell;  // null when not installed
  bool loaded = false;
  // spell() answers: hunspell takes tens of microseconds per Dutch word
  // (compounding rules), and the same words come back. Emptied when full.
  StringMap<bool> spelled;
  static constexpr std::size_t kMaxSpelled = 1 << 16;

  // Runs f(hunspell) under the lock, loading it first.
  template <typename F>
  auto with(F f) -> decltype(f(static_cast<Hunspell*>(nullptr))) {
    std::lock_guard lock(mutex);
    if (!loaded) {
      loaded = true;
      std::error_code ec;
      if (std::filesystem::exists(kAffix, ec) && std::filesystem::exists(kWords, ec))
        hunspell = std::make_unique<Hunspell>(kAffix, kWords);
    }
    return f(hunspell.get());
  }
};

// Never destroyed: tearing down the dictionary at exit takes longer than
// many a run's work, and the operating system frees it anyway.
Shared& shared() {
  static Shared* instance = new Shared;
  return *instance;
}

}  // namespace

bool installed() {
  return shared().with([](Hunspell* h) { return h != nullptr; });
}

int spell(const std::string& word) {
  Shared& s = shared();
  return s.with([&](Hunspell* h) {
    if (!h) return -1;
    if (s.spelled.size() >= Shared::kMaxSpelled) s.spelled.clear();
    auto [it, fresh] = s.spelled.try_emplace(word);
    if (fresh) it->second = h->spell(word);
    return it->second ? 1 : 0;
  });
}

std::string with_diaeresis(const std::string& word) {
  auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; };
  for (std::size_t i = 1; i < word.size(); ++i) {
    if (!vowel(word[i - 1]) || !vowel(word[i]) || word[i] == 'a') continue;
    static constexpr const char* kWith[] = {"\u00eb", "\u00ef", "\u00f6", "\u00fc"};  // ë ï ö ü
    const char* with = kWith[std::string_view("eiou").find(word[i])];
    std::string candidate = word.substr(0, i) + with + word.substr(i + 1);
    if (spell(candidate) == 1) return candidate;
  }
  return {};
}

std::string fold_diaeresis(std::string word) {
  for (std::size_t i = 0; i + 1 < word.size(); ++i)
    if (word[i] == '\xc3') {
      const std::string_view folded[] = {"\xab" "e", "\xaf" "i", "\xb6" "o", "\xbc" "u"};  // ë ï ö ü
      for (auto f : folded)
        if (word[i + 1] == f[0]) word.replace(i, 2, 1, f[1]);
    }
  return word;
}

std::vector<std::string> stems(const std::string& word) {
  return shared().with([&](Hunspell* h) { return h ? h->stem(word) : std::vector<std::string>{}; });
}

}  // namespace draad::dutch_dictionary
