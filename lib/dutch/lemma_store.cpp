#include "dutch/lemma_store.h"

#include <charconv>
#include <cstdlib>
#include <mutex>

#include <libstemmer.h>

#include "base/cache_file.h"
#include "base/data_files.h"
#include "base/frozen_map.h"
#include "base/string_map.h"
#include "dutch/dutch_dictionary.h"

namespace draad::lemma_store {
namespace {

constexpr std::string_view kMagic = "draad lemmas 1";
constexpr std::size_t kMaxWords = std::size_t{1} << 17;
constexpr std::size_t kMaxBytes = std::size_t{256} << 20;

std::string store_key() {
  return cache_file::program_key() + "\t" + cache_file::file_key(data_file("data/verbs.nl.txt")) + "\t" +
         dutch_dictionary::source_key() + "\t" + cache_file::library_key(reinterpret_cast<const void*>(&sb_stemmer_new));
}

struct Store {
  std::string path, key;
  cache_file::MappedMap kept;
  std::mutex mutex;
  StringMap<std::string> added;  // computed in this run, not kept yet

  Store() : path(cache_file::program_path("lemmas")) {
    if (path.empty()) return;
    key = store_key();
    kept = cache_file::read_map(path, kMagic, key, kMaxBytes);
    std::atexit([] { get().write(); });
  }

  // Never destroyed: coding threads may still look words up while the
  // process exits on an error.
  static Store& get() {
    static Store& store = *new Store;
    return store;
  }

  // At exit, when some word is new. Skipped when another thread holds the
  // lock (an exit while coding threads run): the file can wait.
  void write() {
    std::unique_lock lock(mutex, std::try_to_lock);
    if (!lock.owns_lock() || added.empty()) return;
    auto all = FrozenMapBuilder::keeping(kept.map, added.size(), kMaxWords);
    for (const auto& [norm, bytes] : added) all.add(norm, bytes);
    cache_file::write(path, kMagic, key, all.finish());
  }
};

bool plain(std::string_view s) { return s.find_first_of(" \t") == std::string_view::npos; }

void join(std::string& out, const std::vector<std::string>& words) {
  for (std::size_t i = 0; i < words.size(); ++i) (out += i ? " " : "") += words[i];
}

// The space-separated words of `field`.
std::vector<std::string> words_of(std::string_view field) {
  std::vector<std::string> out;
  while (!field.empty()) {
    const std::size_t space = field.find(' ');
    out.emplace_back(field.substr(0, space));
    if (space == std::string_view::npos) break;
    field.remove_prefix(space + 1);
  }
  return out;
}

}  // namespace

bool find(std::string_view norm, Lemmas& out) {
  Store& store = Store::get();
  const auto bytes = store.kept.map.find(norm);
  return bytes && decode(norm, *bytes, out);
}

void add(const Lemmas& lemmas) {
  Store& store = Store::get();
  if (store.path.empty()) return;
  auto bytes = encode(lemmas);
  if (!bytes) return;
  std::lock_guard lock(store.mutex);
  if (store.added.size() < kMaxWords) store.added.try_emplace(lemmas.norm, std::move(*bytes));
}

// A flags byte (known, adjective, noun, inflected adjective: bits 0 to 3),
// then tab-separated: lemmas, nominal, verbs (forms:infinitive), singular,
// stem; words in a list separated by spaces.
std::optional<std::string> encode(const Lemmas& l) {
  bool ok = plain(l.singular) && plain(l.stem);
  for (const auto* list : {&l.lemmas, &l.nominal})
    for (const auto& w : *list) ok = ok && plain(w) && !w.empty();
  for (const auto& v : l.verbs) ok = ok && plain(v.infinitive) && !v.infinitive.empty();
  if (!ok) return std::nullopt;
  std::string out(1, static_cast<char>('0' + (l.known | l.adjective << 1 | l.noun << 2 | l.inflected_adjective << 3)));
  join(out += '\t', l.lemmas);
  join(out += '\t', l.nominal);
  out += '\t';
  for (std::size_t i = 0; i < l.verbs.size(); ++i)
    ((out += i ? " " : "") += std::to_string(l.verbs[i].forms) + ":") += l.verbs[i].infinitive;
  (out += '\t') += l.singular;
  (out += '\t') += l.stem;
  return out;
}

bool decode(std::string_view norm, std::string_view bytes, Lemmas& out) {
  std::string_view fields[6];
  for (std::size_t i = 0; i < 6; ++i) {
    const std::size_t tab = bytes.find('\t');
    if ((tab == std::string_view::npos) != (i == 5)) return false;
    fields[i] = bytes.substr(0, tab);
    if (i < 5) bytes.remove_prefix(tab + 1);
  }
  if (fields[0].size() != 1 || fields[0][0] < '0' || fields[0][0] > '0' + 15) return false;
  const int flags = fields[0][0] - '0';
  Lemmas l;
  l.norm = norm;
  l.known = flags & 1;
  l.adjective = flags & 2;
  l.noun = flags & 4;
  l.inflected_adjective = flags & 8;
  l.lemmas = words_of(fields[1]);
  l.nominal = words_of(fields[2]);
  for (const auto& v : words_of(fields[3])) {
    const std::size_t colon = v.find(':');
    unsigned forms = 0;
    const auto [end, error] = std::from_chars(v.data(), v.data() + std::min(colon, v.size()), forms);
    if (colon == std::string::npos || error != std::errc() || end != v.data() + colon || forms > 255 ||
        colon + 1 == v.size())
      return false;
    l.verbs.push_back({v.substr(colon + 1), static_cast<std::uint8_t>(forms)});
  }
  l.singular = fields[4];
  l.stem = fields[5];
  out = std::move(l);
  return true;
}

}  // namespace draad::lemma_store
