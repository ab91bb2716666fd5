// A regular file mapped read-only and whole, its pages read in at once
// (MAP_POPULATE). For files a run reads all over before it starts (word
// lists, caches): a page fault per page cost more than the reading. Only
// for files that are replaced whole (renamed over) and never rewritten in
// place: a file cut short while it is mapped ends the run with SIGBUS.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace draad {

class MappedFile {
 public:
  // The file at `path`, or nullopt when it is missing, unreadable, not a
  // regular file (a device, a directory), empty or larger than max_bytes.
  static std::optional<MappedFile> open(const std::string& path, std::size_t max_bytes);

  MappedFile(MappedFile&& other) noexcept;
  MappedFile& operator=(MappedFile&& other) noexcept;
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  ~MappedFile();

  std::string_view bytes() const { return {data_, size_}; }

 private:
  MappedFile(const char* data, std::size_t size) : data_(data), size_(size) {}
  const char* data_ = nullptr;
  std::size_t size_ = 0;
};

}  // namespace draad
