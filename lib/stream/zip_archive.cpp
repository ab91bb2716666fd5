#include "stream/zip_archive.h"

#include <zip.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <new>

#include <fmt/format.h>

#include "base/error.h"
#include "base/input.h"
#include "base/utf8.h"
#include "stream/zip_library.h"

namespace draad::zip {

namespace {

// The zip read from `source` (which it takes over), or "not <kind>".
::zip* open_zip(zip_source_t* source, zip_error_t& error, const std::string& name, const std::string& kind) {
  ::zip* z = nullptr;
  if (source) {
    z = DRAAD_ZIP(zip_open_from_source)(source, ZIP_RDONLY, &error);
    if (!z) DRAAD_ZIP(zip_source_free)(source);
  }
  if (!z) {
    std::string why = DRAAD_ZIP(zip_error_strerror)(&error);
    DRAAD_ZIP(zip_error_fini)(&error);
    throw DataError({name}, fmt::format("not {} (a zip archive that is truncated or damaged: {})", kind, why));
  }
  DRAAD_ZIP(zip_error_fini)(&error);
  return z;
}

}  // namespace

Archive::Archive(std::string name, std::string bytes, std::string kind, std::size_t max_entry_bytes)
    : name_(std::move(name)), kind_(std::move(kind)), max_entry_bytes_(max_entry_bytes), bytes_(std::move(bytes)) {
  zip_library::require(name_);
  zip_error_t error;
  DRAAD_ZIP(zip_error_init)(&error);
  zip_ = open_zip(DRAAD_ZIP(zip_source_buffer_create)(bytes_.data(), bytes_.size(), 0, &error), error, name_, kind_);
}

Archive::Archive(const File& file, std::string kind, std::size_t max_entry_bytes)
    : name_(display_name(file.path)), kind_(std::move(kind)), max_entry_bytes_(max_entry_bytes) {
  zip_library::require(name_);
  zip_error_t error;
  DRAAD_ZIP(zip_error_init)(&error);
  zip_source_t* source = nullptr;
  if (file.path == "-") {
    bytes_ = read_all(file.path, kMaxArchiveBytes, kind_);
    source = DRAAD_ZIP(zip_source_buffer_create)(bytes_.data(), bytes_.size(), 0, &error);
  } else {
    std::FILE* probe = std::fopen(file.path.c_str(), "rb");  // an unreadable file says why
    if (!probe) throw DataError({name_}, fmt::format("cannot open: {}", std::strerror(errno)));
    std::fclose(probe);
    source = DRAAD_ZIP(zip_source_file_create)(file.path.c_str(), 0, -1, &error);
  }
  zip_ = open_zip(source, error, name_, kind_);
}

Archive::~Archive() {
  if (zip_) DRAAD_ZIP(zip_discard)(zip_);
}

bool Archive::has(const std::string& entry) const { return DRAAD_ZIP(zip_name_locate)(zip_, entry.c_str(), 0) >= 0; }

std::vector<std::string> Archive::entries() const {
  std::vector<std::string> out;
  const zip_int64_t n = DRAAD_ZIP(zip_get_num_entries)(zip_, 0);
  for (zip_int64_t i = 0; i < n; ++i)
    if (const char* name = DRAAD_ZIP(zip_get_name)(zip_, static_cast<zip_uint64_t>(i), 0)) out.emplace_back(name);
  return out;
}

namespace {

// The entry's declared size checked against `limit`: a header that
// understates the size gets no more bytes read than it declares.
std::uint64_t checked_size(const zip_stat_t& st, std::size_t limit, const std::string& where) {
  if (!(st.valid & ZIP_STAT_SIZE) || st.size > limit)
    throw DataError({where}, fmt::format("expands to more than {} MB: refused (a damaged file or a zip bomb)", limit >> 20));
  return st.size;
}

}  // namespace

template <class Allocate>
bool Archive::inflate(const std::string& entry, Allocate allocate) const {
  zip_stat_t st;
  DRAAD_ZIP(zip_stat_init)(&st);
  if (DRAAD_ZIP(zip_stat)(zip_, entry.c_str(), 0, &st) != 0) return false;
  const std::string where = name_ + "/" + entry;
  const std::uint64_t size = checked_size(st, max_entry_bytes_, where);
  std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> file(DRAAD_ZIP(zip_fopen)(zip_, entry.c_str(), 0),
                                                          DRAAD_ZIP(zip_fclose));
  if (!file) throw DataError({where}, fmt::format("cannot read: {}", DRAAD_ZIP(zip_strerror)(zip_)));
  char* out = allocate(static_cast<std::size_t>(size));
  zip_int64_t got = size == 0 ? 0 : DRAAD_ZIP(zip_fread)(file.get(), out, size);
  if (got < 0 || static_cast<zip_uint64_t>(got) != size)
    throw DataError({where}, "cannot read: the zip archive is truncated or damaged");
  return true;
}

std::optional<EntryReader> Archive::open_entry(const std::string& entry) const {
  zip_stat_t st;
  DRAAD_ZIP(zip_stat_init)(&st);
  if (DRAAD_ZIP(zip_stat)(zip_, entry.c_str(), 0, &st) != 0) return std::nullopt;
  const std::string where = name_ + "/" + entry;
  const std::uint64_t size = checked_size(st, max_entry_bytes_, where);
  zip_file_t* file = DRAAD_ZIP(zip_fopen)(zip_, entry.c_str(), 0);
  if (!file) throw DataError({where}, fmt::format("cannot read: {}", DRAAD_ZIP(zip_strerror)(zip_)));
  return EntryReader(where, static_cast<std::size_t>(size), file);
}

EntryReader::EntryReader(std::string where, std::size_t limit, ::zip_file* file)
    : where_(std::move(where)), limit_(limit), file_(file, DRAAD_ZIP(zip_fclose)) {}

std::size_t EntryReader::read(char* out, std::size_t size) {
  // Never more than the declared size, whatever the data inflates to.
  const std::size_t want = std::min(size, limit_ - total_ + 1);
  const zip_int64_t got = want == 0 ? 0 : DRAAD_ZIP(zip_fread)(file_.get(), out, want);
  if (got < 0) throw DataError({where_}, "cannot read: the zip archive is truncated or damaged");
  total_ += static_cast<std::size_t>(got);
  if (total_ > limit_) throw DataError({where_}, "cannot read: the entry is longer than its archive says");
  return static_cast<std::size_t>(got);
}

std::optional<std::string> Archive::read(const std::string& entry) const {
  std::string out;
  if (!inflate(entry, [&](std::size_t size) {
        out.resize(size);
        return out.data();
      }))
    return std::nullopt;
  return out;
}

pugi::xml_document Archive::xml(const std::string& entry, bool required) const {
  pugi::xml_document doc;
  // The document takes over the buffer it parses in place and frees it.
  std::unique_ptr<void, pugi::deallocation_function> buffer(nullptr, pugi::get_memory_deallocation_function());
  std::size_t size = 0;
  const bool found = inflate(entry, [&](std::size_t n) {
    buffer.reset(pugi::get_memory_allocation_function()(std::max<std::size_t>(n, 1)));
    if (!buffer) throw std::bad_alloc();
    size = n;
    return static_cast<char*>(buffer.get());
  });
  if (!found) {
    if (required) throw DataError({name_}, fmt::format("not {}: it has no {}", kind_, entry));
    return doc;
  }
  auto result = doc.load_buffer_inplace_own(buffer.release(), size, pugi::parse_default | pugi::parse_ws_pcdata);
  if (!result) {
    // Parsing in place has changed the bytes: the position is counted in a fresh copy.
    const std::string bytes = *read(entry);
    const auto offset = static_cast<std::size_t>(std::max<std::ptrdiff_t>(0, result.offset));
    throw DataError(utf8::locate(name_ + "/" + entry, bytes, std::min(offset, bytes.size())), fmt::format("malformed XML: {}", result.description()));
  }
  return doc;
}

}  // namespace draad::zip
