#include "stream/zip_writer.h"

#include <zip.h>

#include <algorithm>
#include <ctime>
#include <deque>

#include <fmt/format.h>

#include "base/utf8.h"
#include "stream/zip_library.h"

namespace draad::zip {

pugi::xml_document parse_xml(const std::string& bytes, const Location& where) {
  pugi::xml_document doc;
  auto result = doc.load_buffer(bytes.data(), bytes.size());
  if (!result) {
    const std::size_t offset = std::min(static_cast<std::size_t>(std::max<std::ptrdiff_t>(result.offset, 0)), bytes.size());
    throw DataError(utf8::locate(where.file, bytes, offset), fmt::format("malformed XML: {}", result.description()));
  }
  return doc;
}

Location xml_location(const pugi::xml_node& node, const std::string& bytes, const std::string& file) {
  std::ptrdiff_t offset = node.offset_debug();
  if (offset < 0 || static_cast<std::size_t>(offset) > bytes.size()) return {file};
  if (offset > 0 && bytes[offset - 1] == '<') --offset;  // pugixml points at an element's name
  return utf8::locate(file, bytes, static_cast<std::size_t>(offset));
}

struct Writer::Impl {
  zip_t* zip = nullptr;
  std::deque<std::string> parts;  // libzip reads them at close
  ~Impl() {
    if (zip) DRAAD_ZIP(zip_discard)(zip);
  }
};

Writer::Writer(const std::string& path) : path_(path), impl_(std::make_unique<Impl>()) {
  zip_library::require(path);
  int error = 0;
  impl_->zip = DRAAD_ZIP(zip_open)(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  if (!impl_->zip) {
    zip_error_t e;
    DRAAD_ZIP(zip_error_init_with_code)(&e, error);
    std::string why = DRAAD_ZIP(zip_error_strerror)(&e);
    DRAAD_ZIP(zip_error_fini)(&e);
    throw DataError({path}, fmt::format("cannot create the archive: {}", why));
  }
}

Writer::~Writer() = default;

void Writer::add(const std::string& entry, std::string bytes) {
  impl_->parts.push_back(std::move(bytes));
  const std::string& data = impl_->parts.back();
  zip_source_t* source = DRAAD_ZIP(zip_source_buffer)(impl_->zip, data.data(), data.size(), 0);
  zip_int64_t index = source ? DRAAD_ZIP(zip_file_add)(impl_->zip, entry.c_str(), source, ZIP_FL_ENC_UTF_8) : -1;
  if (index < 0) {
    if (source) DRAAD_ZIP(zip_source_free)(source);
    throw DataError({path_}, fmt::format("cannot add {}: {}", entry, DRAAD_ZIP(zip_strerror)(impl_->zip)));
  }
  // DOS times are local: 1980-01-01 00:00 in this machine's time zone is
  // stored as the same fields everywhere.
  std::tm fixed{};
  fixed.tm_year = 80;
  fixed.tm_mday = 1;
  fixed.tm_isdst = -1;
  const auto i = static_cast<zip_uint64_t>(index);
  if (DRAAD_ZIP(zip_file_set_mtime)(impl_->zip, i, std::mktime(&fixed), 0) != 0 ||
      DRAAD_ZIP(zip_set_file_compression)(impl_->zip, i, ZIP_CM_DEFLATE, 9) != 0)
    throw DataError({path_}, fmt::format("cannot add {}: {}", entry, DRAAD_ZIP(zip_strerror)(impl_->zip)));
}

void Writer::close() {
  if (DRAAD_ZIP(zip_close)(impl_->zip) != 0)
    throw DataError({path_}, fmt::format("cannot write the archive: {}", DRAAD_ZIP(zip_strerror)(impl_->zip)));
  impl_->zip = nullptr;
}

}  // namespace draad::zip
