#include "dutch_dictionary.h"

#include <filesystem>
#include <mutex>

#include <hunspell/hunspell.hxx>

namespace draad {
namespace {

constexpr const char* kAffix = "/usr/share/hunspell/nl.aff";
constexpr const char* kWords = "/usr/share/hunspell/nl.dic";

std::mutex& lifetime_mutex() {
  static std::mutex mutex;
  return mutex;
}

}  // namespace

void HunspellDeleter::operator()(Hunspell* dictionary) const {
  std::lock_guard lock(lifetime_mutex());
  delete dictionary;
}

DutchDictionary open_dutch_dictionary() {
  std::error_code ec;
  if (!std::filesystem::exists(kAffix, ec) || !std::filesystem::exists(kWords, ec)) return nullptr;
  std::lock_guard lock(lifetime_mutex());
  return DutchDictionary(new Hunspell(kAffix, kWords));
}

}  // namespace draad
