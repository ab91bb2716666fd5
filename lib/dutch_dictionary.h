// The Dutch hunspell dictionary (Debian hunspell-nl), for lemmas and for
// deciding line-end hyphens.
//
// Debian 12's libhunspell (1.7.1) keeps a process-wide table that each
// Hunspell object sets up and tears down without a lock, so two threads
// making or destroying dictionaries at once corrupt it (hunspell issue #727,
// fixed upstream after 1.7.1). Every instance is therefore made and destroyed
// here, under one lock. One instance must still be used by one thread at a time.
#pragma once

#include <memory>

class Hunspell;

namespace draad {

struct HunspellDeleter {
  void operator()(Hunspell* dictionary) const;
};
using DutchDictionary = std::unique_ptr<Hunspell, HunspellDeleter>;

// A new instance, or nullptr when hunspell-nl is not installed.
DutchDictionary open_dutch_dictionary();

}  // namespace draad
