// Writing a zip package (a REFI-QDA .qdpx) that is byte-identical for the
// same parts, and locating XML nodes for messages.
//
// Parts are stored deflated in the order added, each with the same fixed
// modification time (1980-01-01 00:00) and no extra fields. The archive is
// written to a temporary file next to the target and renamed over it only
// when complete: a failure never leaves a half-written or destroyed file.
#pragma once

#include <memory>
#include <string>

#include <pugixml.hpp>

#include "base/error.h"

namespace draad::zip {

class Writer {
 public:
  // A DataError naming `path` when it cannot be created.
  explicit Writer(const std::string& path);
  ~Writer();  // discards an archive that was not closed
  Writer(const Writer&) = delete;
  Writer& operator=(const Writer&) = delete;

  void add(const std::string& entry, std::string bytes);
  // Writes the archive and replaces `path` with it.
  void close();

 private:
  std::string path_;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Parses `bytes` as XML, keeping node offsets for xml_location(); a
// malformed document is a DataError at the line and column of the fault, in
// the file `where.file`.
pugi::xml_document parse_xml(const std::string& bytes, const Location& where);

// The 1-based line and column of `node` (its `<` for an element) in `bytes`,
// the buffer it was parsed from, as a Location in `file`.
Location xml_location(const pugi::xml_node& node, const std::string& bytes, const std::string& file);

}  // namespace draad::zip
