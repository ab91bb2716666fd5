// Codebooks in REFI-QDA form (the exchange standard of ATLAS.ti, MAXQDA,
// NVivo and QualCoder, ../shared/refi-qda): a `.qdc` file, or the CodeBook of
// a `.qdpx` project.
//
// Writing: each theme is a code that is not codable (isCodable="false"), its
// codes (nested ones too) codable children; name = label (the id when there
// is none), color = colour, and the Description holds the prose a human coder
// needs, in labelled paragraphs a reader can edit:
//   <definition, or the theme's description>
//   Wel coderen: <criteria.include>
//   Niet coderen: <criteria.exclude>
//   Voorbeeld: <example>
//   draad: <the full id>
// The last line keeps the id through a round trip, so codings made in
// another program with these codes compare with draad's. Threads become Sets
// of their codes and themes. Patterns, negation and min_hits have no place
// in REFI-QDA and are left out. GUIDs are name-based (guid()), so the same
// codebook always gives the same bytes.
//
// Reading: top-level codes are themes, the codes below them draad codes
// (nested as deep as they go). A code's id is the `draad:` line of its
// description when there is one, else its name made an id (lower-case ASCII,
// `_` between words: `Ruimte voor ontmoeting` -> ruimte_voor_ontmoeting,
// unique among siblings) joined to its parent's by `/`. A top-level code that
// is codable is also a draad code `t/t` under its theme `t`, so a flat
// codebook (ATLAS.ti's usual shape) keeps one code per QDC code.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

#include "base/error.h"
#include "coding/codebook.h"

namespace draad::qda {

// A GUID derived from `name` (RFC 9562 version 8, name-based with SHA-256):
// the same name always gives the same GUID.
std::string guid(std::string_view name);

// The GUID of a draad code (full id) or theme in codebook `codebook_name`.
std::string code_guid(std::string_view codebook_name, std::string_view id);

// Appends the codebook's themes and codes as <Code> elements to `codes`.
void append_codes(pugi::xml_node codes, const Codebook& codebook);
// Appends one <Set> per thread to `sets`, its codes and themes as
// <MemberCode> with the GUID in `member_attribute` (a codebook's `guid`, a
// project's `targetGUID`). A <Sets> without a Set is invalid: call it only
// for a codebook with threads.
void append_threads(pugi::xml_node sets, const Codebook& codebook, const char* member_attribute);

// A REFI-QDA document: the XML declaration and the root element `root` in
// namespace `ns`; xml_text() gives its bytes (UTF-8, two-space indents).
pugi::xml_node start_document(pugi::xml_document& doc, const char* root, const char* ns);
std::string xml_text(const pugi::xml_document& doc);

// The codebook as a .qdc document (valid against Codebook.xsd).
std::string write_qdc(const Codebook& codebook);

// A code read from a REFI-QDA codebook.
struct QdaCode {
  std::string guid;
  std::string name;
  std::string colour;  // "#rrggbb", or ""
  bool codable = true;
  std::string definition, include, exclude, example;  // from the description
  std::string id;  // the draad id: theme id at the top level, else theme/code[/sub...]
  std::size_t parent = npos;
  std::vector<std::size_t> children;
  Location where;
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);
};

struct QdaSet {
  std::string name, description;
  std::vector<std::string> members;  // code GUIDs
};

struct QdaCodebook {
  std::string origin;
  std::vector<QdaCode> codes;  // parents before children, in document order
  std::vector<QdaSet> sets;
  // The draad code id that a coding with the code at `index` gives: its id,
  // or `t/t` for a codable theme.
  std::string coding_id(std::size_t index) const;
  // The index of the code with `guid`, or npos.
  std::size_t find(std::string_view guid) const;
};

// Reads the <Code> children of `codes` (a <Codes> element); `bytes` is the
// parsed buffer and `file` its name, for located errors (a code without a
// guid or name, a duplicate guid).
QdaCodebook read_codes(const pugi::xml_node& codes, const std::string& bytes, const std::string& file);

// Reads a .qdc file: malformed XML or a root that is not a REFI-QDA CodeBook
// is a located DataError.
QdaCodebook read_qdc(const std::string& path);

// A draad codebook (YAML) holding what `codebook` holds: themes, nested codes,
// labels, colours, descriptions split into definition, criteria and example,
// threads from the Sets whose description says so. `name` becomes its name
// (made_id), unless the origin names a draad codebook.
std::string codebook_yaml(const QdaCodebook& codebook, const std::string& name, const std::string& source);

}  // namespace draad::qda
