// Coding sheets for human analysts, and reading everyone's codings back as
// per-coder decisions on segments.
//
// A coding sheet has one row per segment and the columns
//   doc seg speaker text codes <one column per code id>
// The header holds the full code ids (`theme/code`), so a filled sheet reads
// back without the codebook; in XLSX each code header carries the code's label
// and definition as a cell comment, and a second sheet "codeboek" lists ids,
// labels, definitions, criteria and examples. An analyst marks a code with `x`
// in its column, or types ids in `codes` (separated by `;`, `,` or line breaks
// within the cell), or both.
//
// Reading (read_codings) accepts, per file:
//   - a filled sheet as XLSX (first worksheet), ODS (first sheet, as saved by
//     LibreOffice Calc), CSV (`,` or `;`) or TSV;
//   - a REFI-QDA project (.qdpx): each user who coded is a coder, its
//     sources segmented and its selections put on segments as
//     `draad import` does (qda_project.h) with the given ImportOptions
//     (default: paragraphs, and a selection codes every paragraph it shares
//     a character with);
//   - a coding stream from `draad code` (it has a `code` column): one row per
//     segment × code, an empty code meaning "seen, nothing coded" (so does
//     a code with 0 hits: its hits were all negated and flagged; hits must
//     be a whole number);
// Each row is a segment the coder saw; a segment absent from a coder's file is
// missing data for that coder, not "absent". The coder is the row's `coder`
// column when there is one and it is not empty, else the file name's stem
// (`anna.xlsx` -> anna); one file may hold several coders, but one coder may
// not come from two files.
//
// Code ids are normalised (surrounding spaces and spaces around `/` removed,
// ASCII lower-cased) and such a change is reported as a notice. With a
// codebook every id must be one of its codes: an unknown one is a DataError at
// file:line:column with a suggestion (the code or theme whose label was typed,
// the code whose last part was typed, or the closest id). Without one, a word
// typed in a `codes` cell without a `/` must be the theme of some code of the
// files read, else the same DataError. A typed theme id marks that theme (it
// counts at theme level only; a notice says so). Codings from `draad code`
// (coder name@version#hash) must all come from one codebook, and from the
// codebook given if any: else a DataError naming both files or the codebook. A code column missing from a sheet that
// also has no `codes` column makes that coder's decisions on that code missing
// (notice). Refused with a located DataError: a duplicate segment for one coder
// (or duplicate segment × code in a stream), merged cells, a cell beyond the
// header, a mark other than x/empty (also accepted: 1, ja, yes, true and
// 0, nee, no, false), an empty doc or a seg that is not a positive integer.
#pragma once

#include <compare>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "coding/codebook.h"
#include "stream/report.h"
#include "stream/where.h"

namespace draad::qda {
struct ImportOptions;
}

namespace draad::coding {

// The columns of a sheet before its code columns.
inline const std::vector<std::string> kSheetColumns = {"doc", "seg", "speaker", "text", "codes"};

struct UnitKey {
  std::string doc;
  std::int64_t seg = 0;
  auto operator<=>(const UnitKey&) const = default;
  std::string str() const;  // "doc:seg"
};

struct SegmentInfo {
  std::string speaker;
  std::string text;
};

struct CoderCodings {
  std::string coder;
  std::string file;  // the file it came from, as given
  // Every segment the coder saw -> the codes given to it -> the terms that
  // fired (the `terms` column of a coding stream; "" for a human's sheet).
  std::map<UnitKey, std::map<std::string, std::string>> units;
  std::set<std::string> not_offered;  // codes the coder had no way to mark
};

struct Codings {
  std::vector<CoderCodings> coders;  // in the order of the files, then of first appearance
  // Every code id: the codebook's in its order, else the union seen, sorted.
  std::vector<std::string> codes;
  std::map<UnitKey, SegmentInfo> segments;  // speaker and text, from the first file that has them
  std::vector<std::string> notices;  // located remarks for standard error (normalised ids, ignored columns)
};

// Reads the files named (see above); `codebook` may be null. Only the
// segments `where` keeps are read: a condition is checked in every file that
// has its column (a sheet has doc seg speaker text; a coding stream every
// attribute), and a segment one file leaves out is left out for every coder.
// A column no file has is a DataError naming the columns there are.
// `project` says how a .qdpx is segmented and its selections put on the
// segments (null: the defaults of qda::ImportOptions).
Codings read_codings(const std::vector<std::string>& paths, const Codebook* codebook,
                     const where::Filter& where = {}, const qda::ImportOptions* project = nullptr);

// --- writing sheets ---

struct SheetRow {
  std::string doc;
  std::int64_t seg = 0;
  std::string speaker;
  std::string text;
};

// The columns of a sheet for `codebook`: doc seg speaker text codes <ids>.
std::vector<std::string> sheet_columns(const Codebook& codebook);

// The sheet as a table (for csv and tsv), code cells empty.
report::Table sheet_table(const std::vector<SheetRow>& rows, const Codebook& codebook);

// Writes the sheet as an XLSX workbook at `path`: wrapped text, frozen header
// and segment columns, an autofilter, a list validation (x or empty) on the
// code columns, code labels and definitions as header comments, and the
// "codeboek" sheet. A file that cannot be written is a DataError naming it.
void write_sheet_xlsx(const std::string& path, const std::vector<SheetRow>& rows, const Codebook& codebook);

}  // namespace draad::coding
