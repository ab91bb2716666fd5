// Stage "segment": documents in, segment records out (DESIGN.md).
//
// A Segmenter reads the inputs named on the command line (files, directories
// walked recursively in sorted order, "-" for standard input; every file found
// in a directory and not read is reported with its reason: hidden, excluded,
// unsupported type, empty, unreadable, or damaged with the error that a file
// named on the command line would give; the --meta and --speakers tables are
// passed by, as they are read as such; after a run that walked a directory,
// "N documents read, M skipped" is reported), normalises each
// document (normalise.h), optionally reflows PDF extracts (reflow.h), finds
// speaker turns and cuts the text into units. Every record's `text` is exactly
// the normalised document text between code point offsets `start` and `end`;
// a speaker label or a timestamp lies in the `speaker` / `time` columns.
//
// With SegmentOptions::text_columns, a .csv, .tsv, .xlsx or .ods input (or
// standard input) is an answer table (answers.h): one segment of unit
// `response` per non-empty answer, whatever the unit, in row order and, within
// a row, in the order of the text columns; the column's name is in the
// `question` column, the respondent (--id) in `speaker`, the table's other
// columns are attributes. Its document text is its non-empty answers joined
// by a blank line (with a final newline). Empty answers make no segment;
// their number is reported. A table is streamed: read once by the
// constructor to check it (so that an error comes before any output) and
// once by run(), holding one row.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "base/error.h"
#include "stream/record.h"  // kSegmentColumns: the fixed columns of its records

namespace draad {

enum class Unit { paragraph, turn, line, sentence, document };
enum class Reflow { automatic, on, off };

// Parses "paragraph", "turn", ...; a UsageError names the choices.
Unit parse_unit(const std::string& name);
const char* unit_name(Unit unit);

struct SegmentOptions {
  Unit unit = Unit::paragraph;
  Reflow reflow = Reflow::automatic;
  bool lenient = false;         // replace invalid UTF-8 with U+FFFD instead of failing
  std::string encoding;         // "" (UTF-8, or UTF-16 with a BOM), "latin1", "cp1252", ...
  std::string meta_path;        // CSV/TSV with a `doc` column: document attributes
  std::string speakers_path;    // CSV/TSV with a `speaker` column: speaker attributes
  std::string emit_text_dir;    // write each normalised document text here as <doc>.txt
  // Read .csv, .tsv, .xlsx and .ods inputs as answer tables (answers.h): these
  // columns hold the answers; `id_column` names the respondent.
  std::vector<std::string> text_columns;
  std::string id_column;
  bool notes = false;           // .docx/.odt: take notes, comments, page headers, footers, contents in
  // Globs (fnmatch) for the files found in directories: on the file name, or
  // with a '/' on the path under the directory; --exclude also skips
  // directories. A file named on the command line is always read.
  std::vector<std::string> include, exclude;
  // Directories are the user's: a walk ends with "N documents read, M
  // skipped" on the report, and a file found in one that turns out damaged
  // or unreadable is skipped and reported, not an error. False where the
  // directory is draad's own (the sources of an imported project): no
  // summary, and such a file is an error.
  bool user_directories = true;
  bool verbose = false;         // report dropped page headers and other repairs
  // Receives warnings (an unknown document in --meta, a speaker without a row
  // in --speakers, replaced invalid UTF-8) and, with `verbose`, notes on the
  // repairs; one message per call, without a trailing newline.
  std::function<void(const std::string& message)> report;
  // Receives each document's id, file name and normalised text before its
  // records (what draad export puts in a project's sources).
  std::function<void(const std::string& doc, const std::string& file_name, const std::string& text)> text;
};

// The longest segment text draad takes, in bytes (about 150,000 words). A
// segment is a unit of analysis; past this size the coding stream, which
// repeats a segment's text on each of its code rows, and the per-token data
// of the matcher would outgrow the memory draad keeps to (200 MB).
inline constexpr std::size_t kMaxSegmentBytes = 1'000'000;
// The largest document read (a 4.5-hour transcript is about 300 KB): room
// for a 100 MB export of many sessions in one file, which draad segments
// within 200 MB of memory.
inline constexpr std::size_t kMaxDocumentBytes = 128 * 1024 * 1024;
// The largest Word, OpenDocument or PDF file read (pictures make them large;
// their text is held to kMaxDocumentBytes's order by the zip entry limits).
inline constexpr std::size_t kMaxPackedDocumentBytes = 256 * 1024 * 1024;

// A DataError at where() when a segment's text of `bytes` is longer than
// kMaxSegmentBytes; `where` is only called then (locations cost a scan of
// the line). The segmenter checks every unit it cuts before writing any of a
// document; readers of segment streams check each text they read.
// The hint names the units other than `unit`, the one the segment was cut as
// ("" when unknown).
[[noreturn]] void refuse_segment_size(std::size_t bytes, const Location& where, std::string_view unit);
template <class Where>
void check_segment_size(std::size_t bytes, Where&& where, std::string_view unit = "") {
  if (bytes > kMaxSegmentBytes) refuse_segment_size(bytes, where(), unit);
}

class Segmenter {
 public:
  // Resolves the inputs (a missing path or a directory without readable
  // documents is a DataError), reads the metadata files, and reads the start
  // of every document for its front matter or NOTE attributes (needed for
  // the header). An empty or binary document, or one that cannot be read, is
  // a DataError here, before any record is written. Standard input (and a
  // pipe named as a file) is read whole now; files are read again by run().
  Segmenter(std::vector<std::string> inputs, SegmentOptions options);
  ~Segmenter();
  Segmenter(const Segmenter&) = delete;
  Segmenter& operator=(const Segmenter&) = delete;

  // kSegmentColumns followed by the attribute columns: front matter keys and
  // --meta columns in order of first appearance, then --speakers columns.
  const std::vector<std::string>& columns() const;

  // Segments every document in order, calling `emit` with one record per
  // segment, its fields matching columns(). Documents are read one at a time;
  // a document's records are emitted only once all of it has been read and
  // its units checked, so an error (a file that vanished, invalid UTF-8
  // further on, a unit over kMaxSegmentBytes) leaves no partial document
  // behind. A document is held once, with nothing per segment: the units
  // of a document longer than kMaxSegmentBytes are cut twice, to check them
  // and to write them.
  void run(const std::function<void(const std::vector<std::string>& record)>& emit);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace draad
