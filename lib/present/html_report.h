// draad report: one self-contained HTML page a wethouder can read.
//
// From a coding stream (read several times, so a file, not a pipe) and its
// codebook: an overview (documents, sessions, speakers, segments, the share
// coded, the codebook's name, version and hash, the command), per theme a
// bar chart of its segments per session in the theme's codebook colour with
// its codes and quotes from different sessions and speakers, the rode draden
// as a thread × session heat map of shares with quotes, the co-occurrence of
// themes as a heat map, with coders' files the agreement per theme, and a
// methods paragraph written from the run.
//
// The page has inline CSS and SVG only: no script, nothing fetched, print
// styles with a page break before each section. It is well-formed XML, and
// every piece of input text is escaped. The numbers in a theme's chart are
// those of `draad freq --by theme,<by>`.
#pragma once

#include <string>
#include <vector>

#include "coding/codebook.h"
#include "present/wording.h"
#include "stream/where.h"
#include "text/pseudonyms.h"

namespace draad::present {

struct ReportOptions {
  std::string by = "doc";         // the column that names a session
  std::size_t quotes = 3;         // quotes per theme (from different sessions and speakers)
  std::size_t thread_quotes = 2;  // quotes per thread
  std::vector<std::string> coders;  // coders' files for the agreement section (two or more, or none)
  std::size_t bootstrap = 1000;   // resamples for the alpha interval
  std::string command;            // the command line that made the report, shown in the overview
  Language language = Language::nl;
  where::Filter where;                        // the segments reported on (every count, chart and quote)
  pseudonyms::Pseudonymiser* names = nullptr;  // when set: speakers and their names in quotes as pseudonyms
};

// The page for the coding stream `path`. With `names`, every speaker is
// observed in stream order before any is shown, so the pseudonyms are those
// `draad quotes --pseudonymise` gives for the same stream.
std::string html_report(const Codebook& codebook, const std::string& path, const ReportOptions& options);

}  // namespace draad::present
