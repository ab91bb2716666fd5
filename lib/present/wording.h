// Tables for people: Dutch headings and codebook labels.
//
// The analysis stages build their tables in English with ids, which is what
// the machine formats (tsv, json, plain csv) print, unchanged. For people
// (text, md, xlsx, csv for Excel) a command passes its tables through
// for_people(): titles, column names, notes and the marker cells ((all),
// (any theme), overall, n/a) are looked up in one catalogue of English
// phrases with their Dutch, a `{}` in a phrase standing for any text (which is
// itself translated when it is a catalogue word, such as `theme` or `doc`).
// Text the catalogue does not know stays as it is, so data (session names,
// coder names, quotes) is never altered; with --labels, cells and column
// names that are exactly a theme, code or thread id become its label.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "coding/codebook.h"
#include "stream/report.h"

namespace draad::present {

enum class Language { nl, en };

// "nl" or "en"; otherwise a UsageError.
Language parse_language(std::string_view name);

// The Dutch of an English phrase of the catalogue, or the phrase itself when
// the catalogue does not know it (or `language` is en).
std::string say(std::string_view english, Language language);

// Every id of the codebook (themes, codes, threads) replaced by its label
// where a whole text cell or column name is that id.
void use_labels(std::vector<report::Table>& tables, const Codebook& codebook);

// The tables with their titles, column names, notes and marker cells in
// `language` (see above).
void translate(std::vector<report::Table>& tables, Language language);

// Whether `format` (with --excel for csv) is read by people rather than
// programs: text, md, xlsx, and csv for Excel.
bool for_people(report::Format format, bool excel);

}  // namespace draad::present
