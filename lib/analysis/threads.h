// Rode draden (draad threads): the threads a codebook defines, evaluated on
// a coding stream, and candidate threads found in the data.
//
// A segment carries a thread of scope `segment` when at least rule.min_codes
// of the thread's listed codes and themes occur in it (a listed theme occurs
// when any of its codes does). For scope `document` the document must hold
// that many of them anywhere; its segments holding any of them then carry the
// thread. A session is a value of the --by column (default doc).
//
// Per thread: the sessions it appears in (of all sessions), its segments and
// their share of all segments (uncoded included), the thread's codes found,
// the themes its segments carry (co-occurring themes, with counts), and one
// supporting quote per session: the segment with most hits on the thread's
// codes, the first in the stream on a tie; never a heading or a segment
// without a speaker in a document that has speakers (as in quotes.h).
//
// Candidates: each code, and each pair of codes in one segment, that occurs in
// at least min_sessions sessions and whose segments carry at least min_themes
// themes (its own included), ranked by sessions, then themes, then segments;
// with the sessions, the themes, the codebook threads that already cover all
// of its codes, and an example quote.
//
// The stream must come from this codebook: a `coder` of the form
// name@version#hash that differs from the codebook's is a DataError (the
// codebook changed since coding); for a human coder, and for a stream without
// a coder column (which names no codebook to compare), every code must be one
// of the codebook's (with a suggestion). Memory grows with threads × sessions and
// with code pairs, not with the number of segments.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "coding/codebook.h"
#include "stream/report.h"
#include "stream/where.h"
#include "text/pseudonyms.h"

namespace draad::threads {

struct Options {
  std::string by = "doc";
  std::size_t min_sessions = 3;
  std::size_t min_themes = 3;
  std::size_t max_candidates = 20;
  std::size_t quote_bytes = 300;
  where::Filter where;                        // the segments to analyse
  pseudonyms::Pseudonymiser* names = nullptr;  // observes every speaker read
};

// Four tables: the threads, thread × session (segments), the supporting
// quotes, and the candidates.
std::vector<report::Table> analyse(const Codebook& codebook, const std::vector<std::string>& paths,
                                   const Options& options);

}  // namespace draad::threads
