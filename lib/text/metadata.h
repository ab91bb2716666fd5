// Attributes of documents and speakers: YAML front matter, a --meta table
// (one row per document) and a --speakers table (one row per speaker).
#pragma once

#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "base/error.h"
#include "stream/table_file.h"

namespace draad {

// Ordered key/value pairs.
using Attributes = std::vector<std::pair<std::string, std::string>>;

// The length in bytes of the YAML front matter at the very top of `text`:
// a line `---`, YAML, then a line `---` or `...`, counted up to and including
// the closing line's newline. 0 when `text` does not open with `---`; npos
// when it does but no closing line follows.
std::size_t front_matter_length(std::string_view text);

struct FrontMatter {
  Attributes attributes;  // keys in order; a list of values is joined as "a; b"
  std::size_t length = 0; // as front_matter_length(); the document text starts here
};

// Parses the front matter of normalised `text` (none: no attributes, length
// 0). A front matter that is not closed, not YAML, or not a mapping is a
// DataError naming `name`, line and column. A key that is also a segment
// column (`text`, `speaker`, ...) is an error too.
FrontMatter parse_front_matter(std::string_view text, const std::string& name);

// True when attribute `key` would clash with a fixed segment column.
bool is_segment_column(std::string_view key);

// --meta: a table with a `doc` column; every other column is a document
// attribute. A document listed twice is an error.
class DocumentTable {
 public:
  explicit DocumentTable(const std::string& path);
  const std::vector<std::string>& columns() const { return columns_; }
  // The values of document `doc`, one per column, or nullptr.
  const std::vector<std::string>* find(const std::string& doc) const;
  // A warning ("file:line: ...") for each row whose document is not in `ids`.
  std::vector<std::string> unknown_documents(const std::set<std::string>& ids) const;

 private:
  LoadedTable table_;
  std::size_t doc_ = 0;
  std::vector<std::size_t> attribute_fields_;
  std::vector<std::string> columns_;
  std::unordered_map<std::string, std::vector<std::string>> rows_;
};

// --speakers: a table with a `speaker` column and optionally a `doc` column
// (a row with a doc applies to that document only, an empty doc to every
// document; a row for the document wins). Every other column is a speaker
// attribute. Speakers match case-insensitively, ignoring surrounding space.
// The same speaker listed twice for one scope is an error.
class SpeakerTable {
 public:
  explicit SpeakerTable(const std::string& path);
  const std::vector<std::string>& columns() const { return columns_; }
  // The values for `speaker` in document `doc`, one per column, or nullptr.
  // Records that the row was used.
  const std::vector<std::string>* find(const std::string& doc, std::string_view speaker);
  // The speakers (folded) listed for document `doc` or for every document.
  std::unordered_set<std::string> names(const std::string& doc) const;
  // A warning for each row scoped to `doc` that find() never returned.
  std::vector<std::string> unused_rows(const std::string& doc) const;
  const std::string& name() const { return table_.name(); }

 private:
  struct Row {
    std::vector<std::string> values;
    std::size_t index;  // in the table, for messages
    bool used = false;
  };
  LoadedTable table_;
  std::size_t speaker_ = 0;
  std::vector<std::string> columns_;
  std::map<std::pair<std::string, std::string>, Row> rows_;  // (doc, folded speaker)
};

// `s` trimmed and case-folded, for matching names.
std::string fold_name(std::string_view s);

}  // namespace draad
