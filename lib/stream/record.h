// The records of the TSV stream (DESIGN.md), formatted and parsed in one
// place: the column sets of segment, token and coding records, the hit lists
// of a coding record, the coder id and the theme of a code id. Every reader
// and writer of the stream uses these, so the format is defined once.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace draad {

// A segment record (`draad segment`), then any attribute columns.
inline const std::vector<std::string> kSegmentColumns = {"doc", "seg", "unit", "speaker", "start", "end", "text", "time"};
// The position of each of those columns in a segment record.
enum SegmentField : std::size_t { kDocField, kSegField, kUnitField, kSpeakerField, kStartField, kEndField, kTextField, kTimeField };

// A token record (`draad tokens`).
inline const std::vector<std::string> kTokenColumns = {"doc", "seg", "tok", "start", "end", "surface", "norm", "stem", "kind"};

// A coding record (`draad code`), then the segment's other columns.
inline const std::vector<std::string> kCodingColumns = {"doc", "seg", "code", "theme", "coder", "hits", "terms", "negated"};

// The header line of a column set: the names joined by tabs, then a newline.
std::string header_line(const std::vector<std::string>& columns);

// Whether a coding row puts its code on the segment: every reader of coding
// streams (freq, cooc, threads, quotes, kwic, agree) skips the others, the
// uncoded rows and the 0-hit rows of flagged negations.
inline bool coding_applies(std::string_view code, std::int64_t hits) { return !code.empty() && hits > 0; }

// --- hit lists: the `terms` and `negated` columns ---
//
// `surface@start-end` joined by `;`, with document code point offsets. A `;`
// inside a surface is written as `,` so that the list stays splittable; the
// surface is what comes before the last `@` of an item.

// One item of a hit list: a hit as the stream carries it, in code points of
// the whole document (the matcher's own hits are byte ranges of a segment's
// text; coding.cpp turns them into these).
struct DocumentHit {
  std::string surface;
  std::int64_t start = 0;  // document code point offsets
  std::int64_t end = 0;
};

// Appends one item to a list being built in `out` (adds the `;` between items).
void append_hit(std::string& out, std::string_view surface, std::int64_t start, std::int64_t end);
std::string format_hits(const std::vector<DocumentHit>& hits);

// The items of a list; an item without `@start-end` (start <= end) is skipped.
std::vector<DocumentHit> parse_hits(std::string_view list);

// --- the coder id: `name@version#hash` ---
//
// The coder column of `draad code` output names the codebook that made it,
// its version and the first 8 hex digits of its content hash. A human coder
// is a plain name, which holds no `@` and `#` in that order.

struct CoderId {
  std::string name;
  std::string version;
  std::string hash;
};

std::string format_coder(const CoderId& id);
// nullopt for a human coder's name (no `@` followed later by a `#`).
std::optional<CoderId> parse_coder(std::string_view coder);

// --- code ids: `theme/code[/subcode...]` ---

// The theme of a full code id: the part before the first '/'.
std::string_view theme_of(std::string_view code);

}  // namespace draad
