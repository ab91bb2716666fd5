// draad summary — how much there is in a segment stream.
//
// Usage: draad summary [--format FMT] [--output FILE] [FILE|-]...
//
// Reads segment streams (columns doc, speaker and text; others are ignored)
// and prints one row per document, in stream order, and a (total) row:
//   doc segments speakers words
// speakers = distinct non-empty speakers of the document (the total adds them
// up: a name in two sessions is two people); words = runs of non-space
// characters holding a letter or digit. Aligned text on a terminal, TSV in a
// pipe.

#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <fmt/format.h>

#include "base/chars.h"
#include "command.h"
#include "stream/report.h"
#include "stream/tsv.h"
#include "base/utf8.h"

namespace {

std::int64_t count_words(std::string_view text) {
  std::int64_t words = 0;
  bool counted = false;  // the current run of non-space characters is counted already
  for (std::size_t i = 0; i < text.size();) {
    char32_t c = draad::utf8::next(text, i);
    if (draad::chars::is_space(c)) {
      counted = false;
    } else if (!counted && (draad::chars::is_letter(c) || draad::chars::is_digit(c))) {
      ++words;
      counted = true;
    }
  }
  return words;
}

struct Counts {
  std::int64_t segments = 0;
  std::set<std::string> speakers;
  std::int64_t words = 0;
};

}  // namespace

int draad::cli::run_summary(CLI::App& app, int argc, char** argv) {
  std::vector<std::string> inputs;
  std::string format, output;
  app.add_option("inputs", inputs, "segment streams from draad segment (default: standard input)");
  draad::cli::add_table_options(app, format, output);
  app.footer(
      "Example:\n"
      "  draad segment samples/ --speakers samples/deelnemers.tsv | draad summary --format text\n"
      "  doc                    segments  speakers  words\n"
      "  ---------------------  --------  --------  -----\n"
      "  duo-interview-almere         74         3   2609\n"
      "  mentimeter-amersfoort       101         0   1199\n"
      "  ...\n"
      "  (total)                     671        41  18581\n");
  return draad::cli::run(app, argc, argv, [&] {
    using namespace draad;
    const auto table_format = report::choose_format(format, output);
    if (inputs.empty()) inputs.push_back("-");
    std::vector<std::string> order;
    std::unordered_map<std::string, Counts> counts;
    for (const auto& input : inputs) {
      tsv::Reader in(input);
      const std::size_t doc = in.require("doc"), speaker = in.require("speaker"), text = in.require("text");
      while (in.next()) {
        auto [it, added] = counts.try_emplace(in.field(doc));
        if (added) order.push_back(in.field(doc));
        Counts& c = it->second;
        ++c.segments;
        if (!in.field(speaker).empty()) c.speakers.insert(in.field(speaker));
        c.words += count_words(in.field(text));
      }
    }
    report::Table table;
    table.title = "Summary";
    table.columns = {{"doc"}, {"segments", report::Kind::integer}, {"speakers", report::Kind::integer},
                     {"words", report::Kind::integer}};
    Counts total;
    std::int64_t total_speakers = 0;
    for (const auto& id : order) {
      const Counts& c = counts[id];
      auto speakers = static_cast<std::int64_t>(c.speakers.size());
      table.rows.push_back({id, c.segments, speakers, c.words});
      total.segments += c.segments;
      total.words += c.words;
      total_speakers += speakers;
    }
    table.rows.push_back({"(total)", total.segments, total_speakers, total.words});
    table.notes.push_back(fmt::format("{} documents; speakers are counted per document", order.size()));
    report::print({table}, table_format, output);
  });
}
