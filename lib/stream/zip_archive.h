// Reading the parts of a zip package (XLSX, DOCX, ODT, QDPX): whole entries as
// bytes or as parsed XML, or one entry a chunk at a time, each under a size
// limit, so that a small file that would expand into gigabytes (a zip bomb)
// is refused before it is inflated.
//
// Errors are DataErrors naming the file and the entry: a file that is not a
// zip or is truncated, an entry that is missing (when required), too large,
// corrupt, or holds malformed XML (with the line and column inside the entry).
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

struct zip;
struct zip_file;

namespace draad::zip {

// The largest entry read, uncompressed: room for any real workbook or
// document part, and a bound on memory.
inline constexpr std::size_t kMaxEntryBytes = 256 * 1024 * 1024;
// The largest archive read whole (a project with its sources, a document with its pictures).
inline constexpr std::size_t kMaxArchiveBytes = 1024 * 1024 * 1024;

// A path to open an archive from, where it lies on disk.
struct File {
  std::string path;
};

class Archive;

// One entry, inflated a chunk at a time: a part of any size (a worksheet of a
// million rows) is never held whole. Past the archive's entry limit, or when
// the data is damaged, read() throws a DataError naming archive and entry.
class EntryReader {
 public:
  // Up to `size` bytes into `out`; 0 at the end of the entry.
  std::size_t read(char* out, std::size_t size);

 private:
  friend class Archive;
  EntryReader(std::string where, std::size_t limit, ::zip_file* file);

  std::string where_;  // "archive/entry"
  std::size_t limit_, total_ = 0;
  std::unique_ptr<::zip_file, int (*)(::zip_file*)> file_;
};

class Archive {
 public:
  // The archive in `bytes`, read from the file called `name` in messages;
  // `kind` says what the file should be: "an XLSX workbook".
  Archive(std::string name, std::string bytes, std::string kind, std::size_t max_entry_bytes = kMaxEntryBytes);
  // The archive at `file.path`, opened where it lies, so that a large file is
  // not read into memory; "-" reads standard input whole.
  Archive(const File& file, std::string kind, std::size_t max_entry_bytes = kMaxEntryBytes);
  ~Archive();
  Archive(const Archive&) = delete;
  Archive& operator=(const Archive&) = delete;

  const std::string& name() const { return name_; }
  bool has(const std::string& entry) const;
  // The names of all entries, in the archive's order.
  std::vector<std::string> entries() const;

  // The entry's bytes, or nullopt when the archive has no such entry.
  std::optional<std::string> read(const std::string& entry) const;

  // The entry to read a chunk at a time, or nullopt when there is no such entry.
  std::optional<EntryReader> open_entry(const std::string& entry) const;

  // The entry parsed as XML (whitespace-only text kept); an empty document
  // when the entry is missing and not `required`. A missing required entry
  // is "not <kind>: it has no <entry>". The entry is parsed where it is
  // inflated, so its bytes are held once.
  pugi::xml_document xml(const std::string& entry, bool required = true) const;

 private:
  // Inflates the entry into memory from `allocate(size)`; false when the
  // archive has no such entry.
  template <class Allocate>
  bool inflate(const std::string& entry, Allocate allocate) const;

  std::string name_;
  std::string kind_;
  std::size_t max_entry_bytes_;
  std::string bytes_;
  ::zip* zip_ = nullptr;
};

}  // namespace draad::zip
