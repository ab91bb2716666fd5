#include "coding/codebook_store.h"

#include <cstdint>
#include <mutex>
#include <vector>

#include <fmt/format.h>

#include "base/cache_file.h"
#include "base/frozen_map.h"
#include "coding/codebook_check.h"

namespace draad::codebook_store {
namespace {

constexpr std::string_view kMagic = "draad codebooks 2";
constexpr std::size_t kMaxCodebooks = 64;  // then started afresh
constexpr std::size_t kMaxBytes = std::size_t{64} << 20;

// Each struct is written and read by one function of a Visitor, which
// visits its fields in order: Writer appends them, Reader fills them. The
// structured bindings name every field, so a field added to codebook.h
// without a line here does not compile.
class Writer {
 public:
  std::string bytes;

  void field(const std::string& s) {
    number(s.size());
    bytes += s;
  }
  void field(bool b) { number(b ? 1 : 0); }
  void field(int n) { number(static_cast<std::uint32_t>(n)); }
  void field(std::int64_t n) { number(static_cast<std::uint64_t>(n)); }
  void field(std::size_t n) { number(n); }
  template <typename Enum>
  void field(Enum& value, const codebook_check::Names<Enum>& names) {
    field(std::string(codebook_check::name_of(names, value)));
  }
  // The file of a location is the codebook's own, or none for a key the
  // file does not have: only which is written.
  void field(const Location& mark) {
    field(!mark.file.empty());
    field(mark.line);
    field(mark.column);
  }
  template <typename T>
  void field(const std::vector<T>& items) {
    number(items.size());
    for (const auto& item : items) visit(*this, const_cast<T&>(item));
  }

 private:
  void number(std::uint64_t n) {
    for (; n >= 0x80; n >>= 7) bytes += static_cast<char>(n | 0x80);
    bytes += static_cast<char>(n);
  }
};

class Reader {
 public:
  Reader(std::string_view bytes, const std::string& name) : rest_(bytes), name_(name) {}

  bool ok() const { return ok_ && rest_.empty(); }

  void field(std::string& s) {
    const std::uint64_t size = number();
    if (size > rest_.size()) return fail();
    s.assign(rest_.substr(0, size));
    rest_.remove_prefix(size);
  }
  void field(bool& b) { b = number() != 0; }
  void field(int& n) { n = static_cast<int>(static_cast<std::uint32_t>(number())); }
  void field(std::int64_t& n) { n = static_cast<std::int64_t>(number()); }
  void field(std::size_t& n) { n = number(); }
  template <typename Enum>
  void field(Enum& value, const codebook_check::Names<Enum>& names) {
    std::string name;
    field(name);
    for (const auto& [n, v] : names)
      if (n == name) {
        value = v;
        return;
      }
    fail();
  }
  void field(Location& mark) {
    bool in_file = false;
    field(in_file);
    mark.file = in_file ? name_ : "";
    field(mark.line);
    field(mark.column);
  }
  template <typename T>
  void field(std::vector<T>& items) {
    const std::uint64_t size = number();
    if (size > rest_.size()) return fail();  // each item takes a byte at least
    items.resize(size);
    for (auto& item : items) visit(*this, item);
  }

 private:
  std::uint64_t number() {
    std::uint64_t n = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (rest_.empty()) break;
      const auto byte = static_cast<unsigned char>(rest_.front());
      rest_.remove_prefix(1);
      n |= std::uint64_t{byte & 0x7Fu} << shift;
      if (byte < 0x80) return n;
    }
    fail();
    return 0;
  }
  void fail() {
    ok_ = false;
    rest_ = {};
  }

  std::string_view rest_;
  const std::string& name_;
  bool ok_ = true;
};

template <typename V>
void visit(V& v, Term& t) {
  auto& [text, compound, mark, as] = t;
  v.field(text);
  v.field(compound, codebook_check::kCompoundModes);
  v.field(mark);
  v.field(as, codebook_check::kWordClasses);
}

template <typename V>
void visit(V& v, Pattern& p) {
  auto& [text, mark] = p;
  v.field(text);
  v.field(mark);
}

template <typename V>
void visit(V& v, Near& n) {
  auto& [terms, within, mark] = n;
  v.field(terms);
  v.field(within);
  v.field(mark);
}

template <typename V>
void visit(V& v, std::string& s) {
  v.field(s);
}

template <typename V>
void visit(V& v, std::size_t& n) {
  v.field(n);
}

template <typename V>
void visit(V& v, Limit& l) {
  auto& [condition, mark] = l;
  auto& [column, equal, values, text] = condition;
  v.field(column);
  v.field(equal);
  v.field(values);
  v.field(text);
  v.field(mark);
}

template <typename V>
void visit(V& v, Code& c) {
  auto& [id, theme, parent, name, label, definition, include, exclude_criteria, example, colour, terms, globs, phrases,
         near, regex, exclude, negation, min_hits, where, mark] = c;
  for (std::string* s : {&id, &theme, &parent, &name, &label, &definition, &include, &exclude_criteria, &example, &colour})
    v.field(*s);
  for (auto* patterns : {&globs, &phrases, &regex, &exclude}) v.field(*patterns);
  v.field(terms);
  v.field(near);
  v.field(negation, codebook_check::kNegationModes);
  v.field(min_hits);
  v.field(where);
  v.field(mark);
}

template <typename V>
void visit(V& v, Theme& t) {
  auto& [id, label, description, colour, codes, where, mark] = t;
  for (std::string* s : {&id, &label, &description, &colour}) v.field(*s);
  v.field(codes);
  v.field(where);
  v.field(mark);
}

template <typename V>
void visit(V& v, Thread& t) {
  auto& [id, label, description, codes, themes, rule, mark] = t;
  for (std::string* s : {&id, &label, &description}) v.field(*s);
  v.field(codes);
  v.field(themes);
  auto& [min_codes, scope] = rule;
  v.field(min_codes);
  v.field(scope, codebook_check::kThreadScopes);
  v.field(mark);
}

template <typename V>
void visit(V& v, SegmentRule& r) {
  auto& [on, where_any, mark] = r;
  v.field(on);
  v.field(where_any);
  v.field(mark);
}

// MethodRule and AnswerRule add to SegmentRule, which a structured binding
// cannot name across; codebook_store_test.cpp round-trips every key.
template <typename V>
void visit(V& v, MethodRule& r) {
  visit(v, static_cast<SegmentRule&>(r));
  v.field(r.words);
  v.field(r.min_words);
  v.field(r.min_per_100_words);
  v.field(r.theme_hits);
}

template <typename V>
void visit(V& v, AnswerRule& r) {
  visit(v, static_cast<SegmentRule&>(r));
  v.field(r.non_answers);
  v.field(r.non_answers_mark);
}

template <typename V>
void visit(V& v, Codebook& cb) {
  auto& [path, name, version, language, description, hash, hash8, negation, long_segments, questions, headings, method,
         answers, themes, codes, threads] = cb;
  // path is the caller's
  for (std::string* s : {&name, &version, &language, &description, &hash, &hash8}) v.field(*s);
  auto& [negation_words, window] = negation;
  v.field(negation_words);
  v.field(window);
  auto& [words, theme_hits] = long_segments;
  v.field(words);
  v.field(theme_hits);
  visit(v, questions);
  visit(v, headings);
  visit(v, method);
  visit(v, answers);
  v.field(themes);
  v.field(codes);
  v.field(threads);
}

struct Store {
  std::string path = cache_file::program_path("codebooks");
  std::string key = path.empty() ? "" : cache_file::program_key();
  cache_file::MappedMap kept = path.empty() ? cache_file::MappedMap{} : cache_file::read_map(path, kMagic, key, kMaxBytes);
  std::mutex mutex;
  std::vector<std::pair<std::string, std::string>> added;  // key, bytes: kept by this run

  static Store& get() {
    static Store store;
    return store;
  }

  // Under mutex.
  std::optional<std::string_view> bytes_of(std::string_view key) const {
    if (auto bytes = kept.map.find(key)) return bytes;
    for (const auto& [k, bytes] : added)
      if (k == key) return bytes;
    return std::nullopt;
  }
};

// What a codebook is kept under: its file's length and checksum.
std::string key_of(std::string_view file_bytes) {
  return fmt::format("{} {:016x}", file_bytes.size(), cache_file::checksum(file_bytes));
}

}  // namespace

std::string serialise(const Codebook& codebook) {
  Writer writer;
  visit(writer, const_cast<Codebook&>(codebook));
  return std::move(writer.bytes);
}

std::optional<Codebook> deserialise(std::string_view bytes, const std::string& name) {
  Codebook codebook;
  Reader reader(bytes, name);
  visit(reader, codebook);
  if (!reader.ok()) return std::nullopt;
  for (const auto& theme : codebook.themes)
    for (std::size_t code : theme.codes)
      if (code >= codebook.codes.size()) return std::nullopt;
  codebook.path = name;
  return codebook;
}

std::optional<Codebook> find(std::string_view file_bytes, const std::string& name) {
  Store& store = Store::get();
  std::lock_guard lock(store.mutex);
  const auto bytes = store.bytes_of(key_of(file_bytes));
  if (!bytes) return std::nullopt;
  return deserialise(*bytes, name);
}

void keep(const Codebook& codebook, std::string_view file_bytes) {
  Store& store = Store::get();
  if (store.path.empty()) return;
  std::string key = key_of(file_bytes);
  std::lock_guard lock(store.mutex);
  if (store.bytes_of(key)) return;
  store.added.emplace_back(std::move(key), serialise(codebook));
  auto all = FrozenMapBuilder::keeping(store.kept.map, store.added.size(), kMaxCodebooks);
  for (const auto& [k, bytes] : store.added) all.add(k, bytes);
  cache_file::write(store.path, kMagic, store.key, all.finish());
}

}  // namespace draad::codebook_store
