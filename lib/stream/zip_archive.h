// Zip archives as the office and exchange formats use them (XLSX, REFI-QDA
// .qdpx): reading parts with a size limit, parsing a part as XML with located
// errors, and writing an archive that is byte-identical for the same parts.
//
// Reading: a file that is not a zip is a DataError naming it and saying what
// it was expected to be. A part whose declared size is above the caller's
// limit is refused before it is inflated, and no more than the declared size
// is ever read, so a zip bomb (a small archive inflating to gigabytes) cannot
// exhaust memory. Errors inside a part are located as `archive:part:line:column`.
//
// Writing: parts are stored deflated in the order added, each with the same
// fixed modification time (1980-01-01 00:00) and no extra fields, so the same
// parts give the same bytes. The archive is written to a temporary file next
// to the target and renamed over it only when complete: a failure never
// leaves a half-written or destroyed file.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <pugixml.hpp>

#include "base/error.h"

namespace draad {

class ZipReader {
 public:
  // `kind` names what the file should be, for the message when it is not a
  // zip: "an XLSX workbook", "a REFI-QDA project (.qdpx)".
  ZipReader(const std::string& path, const std::string& kind);
  ~ZipReader();
  ZipReader(const ZipReader&) = delete;
  ZipReader& operator=(const ZipReader&) = delete;

  // The archive's name for messages.
  const std::string& name() const { return name_; }
  // The names of its parts, in archive order.
  std::vector<std::string> parts() const;
  // The part's bytes, or nullopt when there is no such part. A part larger
  // than `max_bytes` is a DataError.
  std::optional<std::string> part(const std::string& entry, std::size_t max_bytes) const;
  // Where in the archive: `archive:entry` (line and column optional).
  Location where(const std::string& entry, std::int64_t line = 0, std::int64_t column = 0) const;

 private:
  std::string name_;
  std::string bytes_;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Parses `bytes` as XML; a malformed document is a DataError at the line and
// column of the fault, in the file `where.file`.
pugi::xml_document parse_xml(const std::string& bytes, const Location& where);

// The 1-based line and column of `node` in `bytes` (the buffer it was parsed
// from), as a Location in `file`.
Location xml_location(const pugi::xml_node& node, const std::string& bytes, const std::string& file);

class ZipWriter {
 public:
  // A DataError naming `path` when it cannot be created.
  explicit ZipWriter(const std::string& path);
  ~ZipWriter();  // discards an archive that was not closed
  ZipWriter(const ZipWriter&) = delete;
  ZipWriter& operator=(const ZipWriter&) = delete;

  void add(const std::string& entry, std::string bytes);
  // Writes the archive and replaces `path` with it.
  void close();

 private:
  std::string path_;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace draad
