#include "dutch_dictionary.h"

#include <filesystem>
#include <memory>
#include <mutex>

#include <hunspell/hunspell.hxx>

namespace draad::dutch_dictionary {
namespace {

constexpr const char* kAffix = "/usr/share/hunspell/nl.aff";
constexpr const char* kWords = "/usr/share/hunspell/nl.dic";

struct Shared {
  std::mutex mutex;
  std::unique_ptr<Hunspell> hunspell;  // null when not installed
  bool loaded = false;

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

Shared& shared() {
  static Shared instance;
  return instance;
}

}  // namespace

bool installed() {
  return shared().with([](Hunspell* h) { return h != nullptr; });
}

int spell(const std::string& word) {
  return shared().with([&](Hunspell* h) { return h ? (h->spell(word) ? 1 : 0) : -1; });
}

std::vector<std::string> stems(const std::string& word) {
  return shared().with([&](Hunspell* h) { return h ? h->stem(word) : std::vector<std::string>{}; });
}

}  // namespace draad::dutch_dictionary
