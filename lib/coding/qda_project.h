// REFI-QDA projects (.qdpx): draad's documents, segments and codings out to
// ATLAS.ti, MAXQDA, NVivo or QualCoder, and their analysts' codings back in.
//
// Export (write_project): project.qde (valid against Project.xsd) plus
// sources/<GUID>.txt, each document's normalised text as UTF-8 with LF, so
// that every PlainTextSelection's startPosition/endPosition are the code
// point offsets of draad's streams. The codebook is the CodeBook (qdc.h);
// each coder is a User, and each of its codings a Coding whose creatingUser
// (and its selection's) is that user. A coding marks the whole segment
// (Mark::segment, the default: the segment is the unit draad codes and
// agree compares, and a human's sheet has nothing finer) or, for a coding
// stream with hit offsets, one selection per hit (Mark::hits, for reviewing
// what fired). Attribute columns constant within each document are the
// document's Variables (VariableValue on its TextSource); those constant per
// speaker within a document make a Case per speaker with its values and
// references to its coded selections; others (varying within a speaker's
// turns) are left out. Threads are Sets of codes; each value of a document
// attribute named in ExportInput::set_columns (sessions: `sessie`) is a Set
// of the sources that have it (`sessie = Delft`), which a GUI shows as a
// document group to filter or compare by. Every GUID is name-based
// (qda::guid), and the zip has fixed times: the same input gives the same
// bytes.
//
// Import (import_project): the project's text sources,
// codes (nested to any depth), users and selections. A source's text is
// inline PlainTextContent or the file its plainTextPath names
// (`internal://x.txt` = sources/x.txt in the archive; a relative path is
// looked up in the archive as written, then under sources/; files outside
// the archive are not read); a leading BOM is dropped and
// positions count code points of the text as stored (a CRLF counts two).
// A text source with only a richTextPath (a .docx inside the archive, as
// ATLAS.ti and NVivo write them; .odt too) is read as `draad segment` reads
// that document (document_text.h), and its selections are taken as
// positions in that text: REFI-QDA defines them on the plain text, which
// the program derived itself and did not store, so a program that derived
// it otherwise (no blank lines between paragraphs, no `# ` before headings)
// lands its selections elsewhere; it is reported for each such source, and
// a selection past the end is the located error below. Other sources (PDF,
// pictures, audio, video) are reported and left out. Each text is then normalised and segmented as
// `draad segment` does (reflow off: the text is what the analysts saw), the
// selection positions carried over to the normalised text, and a selection
// codes a segment under the overlap rule. A coding belongs to its
// creatingUser, else its selection's, else the project's creating user, else
// "unknown". Errors are located as `project.qdpx/project.qde:line:column`:
// not a zip, no project.qde, malformed XML, a root that is not a REFI-QDA
// Project, a CodeRef to an unknown code, a selection outside its source's
// text, a source file missing from the archive; parts over 256 MB and
// projects inflating to more than 1 GB in all are refused (zip bombs).
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "coding/codebook.h"
#include "coding/coding_sheet.h"
#include "coding/qdc.h"
#include "text/pseudonyms.h"
#include "text/segment.h"

namespace draad::qda {

// ---- export ----

enum class Mark { segment, hits };

struct ExportSegment {
  std::int64_t seg = 0, start = 0, end = 0;
  std::string speaker;
  std::vector<std::string> attributes;  // values of ExportInput::attribute_names
};

struct ExportDocument {
  std::string id, file_name, text;
  std::vector<ExportSegment> segments;
};

struct ExportInput {
  std::string name;  // the project's name
  std::vector<std::string> attribute_names;
  std::vector<ExportDocument> documents;
  // Attributes whose values group the documents into Sets; each must be
  // among attribute_names and constant within every document (a DataError
  // naming the attribute otherwise).
  std::vector<std::string> set_columns;
};

// project.qde for `input`, `codebook` and `codings` (whose segments must all
// be among the documents' segments, with the same text where the codings
// carry it: a DataError naming the coding file otherwise).
std::string project_xml(const ExportInput& input, const Codebook& codebook, const coding::Codings& codings, Mark mark);

// Writes the .qdpx at `path`: project.qde and sources/.
void write_project(const std::string& path, const ExportInput& input, const Codebook& codebook,
                   const coding::Codings& codings, Mark mark);

// Replaces every speaker of `input` and `codings` by its pseudonym, and
// their names in the documents' texts and the codings' texts
// (text/pseudonyms.h), moving the segments' offsets along. Speakers are
// observed in document order first (the role from a `rol` or `role`
// attribute), so the pseudonyms are those `draad quotes --pseudonymise`
// gives for the same segments. Hit offsets are not moved: export with
// Mark::segment.
void pseudonymise(ExportInput& input, coding::Codings& codings, pseudonyms::Pseudonymiser& names);

// ---- import ----

enum class Overlap { any, half, all };
// "any", "half", "all"; a UsageError names the choices.
Overlap parse_overlap(const std::string& name);

struct ImportOptions {
  Overlap overlap = Overlap::any;
  SegmentOptions segment;  // unit and the like; reflow is forced off
  std::function<void(const std::string&)> report;  // warnings (skipped sources)
};

// A user's decisions on one segment: code id -> selections that code it, as
// `surface@start-end` joined by `;` (terms of a coding stream).
using SegmentCodes = std::map<std::string, std::vector<std::string>>;

struct ImportedProject {
  std::string file;                 // the archive's name, for messages
  QdaCodebook codebook;
  std::vector<std::string> users;   // names, in the project's order; those without codings too
  std::vector<std::string> columns; // segment stream columns
  std::vector<std::vector<std::string>> segments;  // records, in document order
  // codes[u][i]: what user u put on segment i (absent: nothing).
  std::vector<std::map<std::size_t, SegmentCodes>> codes;
};

ImportedProject import_project(const std::string& path, const ImportOptions& options);

// The codebook of a .qdc file or of a .qdpx project as draad YAML
// (codebook_yaml; `name` when the codebook does not name itself).
std::string convert_codebook(const std::string& path, const std::string& name);

// The users' codings as read_codings gives them for a coding stream.
coding::Codings imported_codings(const ImportedProject& project);

}  // namespace draad::qda
