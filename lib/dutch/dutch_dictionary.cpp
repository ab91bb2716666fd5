#include "dutch/dutch_dictionary.h"

#include <algorithm>
#include <condition_variable>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string_view>
#include <thread>

#include <hunspell/hunspell.h>
#include <hunspell/hunspell.hxx>

#include "base/cache_file.h"
#include "base/string_map.h"
#include "dutch/answer_cache.h"

namespace draad::dutch_dictionary {
namespace {

constexpr const char* kAffix = "/usr/share/hunspell/nl.aff";
constexpr const char* kWords = "/usr/share/hunspell/nl.dic";

}  // namespace

std::string source_key() {
  return cache_file::file_key(kAffix) + "\t" + cache_file::file_key(kWords) + "\t" +
         cache_file::library_key(reinterpret_cast<const void*>(&Hunspell_create));
}

namespace {

struct Shared;
Shared& shared();

struct Shared {
  std::mutex mutex;  // guards all below but the dictionaries' own work
  int present = -1;  // whether the word list is installed; -1: not looked yet
  // hunspell takes tens of microseconds per Dutch word (compounding rules),
  // and the same words come back, within a run and between runs
  // (answer_cache.h): answers are kept, each map emptied when full.
  answer_cache::Kept kept;  // of earlier runs
  answer_cache::Answers answers;  // of this run, and those of kept it used
  static constexpr std::size_t kMaxAnswers = 1 << 16;
  std::string cache_path, cache_key;
  bool cache_read = false;
  bool answers_added = false;  // since the cache was read: write it at exit

  // Dictionaries, each asked by one thread at a time (a Hunspell object is
  // not safe to share). On a new text asking hunspell is most of a coding
  // thread's time, so threads that would wait for each other's dictionary
  // load one more, up to a few (about 25 MB each). With draad code's extra
  // coding thread this took 0.72 of the wall time on 1 MB of new Dutch and
  // 0.96 on 88 KB; loading one more only per 10,000 questions asked, about
  // 0.84 and 0.98. Loaded when first needed: loading is most of a short
  // run's time. Made one at a time (`loading`), as Debian 12's hunspell
  // makes two at once wrongly (header); never destroyed (see shared()).
  std::vector<Hunspell*> idle;
  int loaded = 0;
  bool loading = false;
  std::condition_variable returned;  // to idle, or loading done

  // The machine's cores, at most 4; asked once (hardware_concurrency() is a
  // system call, and take() asks on every wait).
  const int max_dictionaries = static_cast<int>(std::clamp(std::thread::hardware_concurrency(), 1u, 4u));

  bool installed() {
    if (present < 0) {
      std::error_code ec;
      present = std::filesystem::exists(kAffix, ec) && std::filesystem::exists(kWords, ec);
    }
    return present == 1;
  }

  // A dictionary for this thread alone until give_back(); `lock` holds mutex.
  Hunspell& take(std::unique_lock<std::mutex>& lock) {
    for (;;) {
      if (!idle.empty()) {
        Hunspell* h = idle.back();
        idle.pop_back();
        return *h;
      }
      if (!loading && loaded < max_dictionaries) break;
      returned.wait(lock);
    }
    loading = true;
    lock.unlock();
    Hunspell* h = nullptr;
    try {
      h = new Hunspell(kAffix, kWords);
    } catch (...) {  // out of memory: no waiter may wait for this one
      lock.lock();
      loading = false;
      returned.notify_all();
      throw;
    }
    lock.lock();
    loading = false;
    ++loaded;
    returned.notify_all();  // a waiter may now load the next one
    return *h;
  }

  // A dictionary taken, given back when it goes, also when asking threw.
  struct Lent {
    Shared& shared;
    Hunspell& dictionary;
    ~Lent() { shared.give_back(dictionary); }
  };

  void give_back(Hunspell& h) {
    {
      std::lock_guard lock(mutex);
      idle.push_back(&h);
    }
    returned.notify_one();
  }

  void read_cache() {
    if (cache_read) return;
    cache_read = true;
    // Per program: hunspell may be linked into it (cache_file::library_key).
    cache_path = cache_file::program_path("hunspell-nl.answers");
    if (cache_path.empty()) return;
    cache_key = source_key();
    kept = answer_cache::Kept::read(cache_path, cache_key);
    std::atexit([] { shared().write_cache(); });
  }

  // At exit, when some answer is new. Skipped when another thread holds
  // the lock (an exit while coding threads run): the cache can wait.
  void write_cache() {
    std::unique_lock lock(mutex, std::try_to_lock);
    if (lock.owns_lock() && answers_added) answer_cache::write(cache_path, cache_key, kept, answers);
  }

  // The answer of ask(dictionary) for `word`: in `map`, else kept by an
  // earlier run (look(word)), else asked, without holding the lock, and
  // kept; none when the dictionary is not installed.
  template <typename Value, typename Look, typename Ask>
  std::optional<Value> answer(StringMap<Value>& map, const std::string& word, Look look, Ask ask) {
    std::unique_lock lock(mutex);
    if (!installed()) return std::nullopt;
    read_cache();
    if (const auto* found = map.find(word)) return found->second;
    std::optional<Value> value = look(word);
    if (!value) {
      {
        const Lent lent{*this, take(lock)};
        lock.unlock();
        value = ask(lent.dictionary);
      }
      lock.lock();
      answers_added = true;
    }
    if (map.size() >= kMaxAnswers) map.clear();
    map.try_emplace(word, *value);
    return value;
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
  Shared& s = shared();
  std::lock_guard lock(s.mutex);
  return s.installed();
}

int spell(const std::string& word) {
  Shared& s = shared();
  const auto spelled = s.answer(
      s.answers.spelled, word, [&](const std::string& w) { return s.kept.spelled(w); },
      [&](Hunspell& h) { return h.spell(word) != 0; });
  return spelled ? *spelled : -1;
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
  Shared& s = shared();
  return s
      .answer(
          s.answers.stemmed, word, [&](const std::string& w) { return s.kept.stemmed(w); },
          [&](Hunspell& h) { return h.stem(word); })
      .value_or(std::vector<std::string>{});
}

}  // namespace draad::dutch_dictionary
