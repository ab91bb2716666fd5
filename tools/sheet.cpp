// draad sheet -c CODEBOOK [-o FILE] [--format xlsx|csv|tsv] [--where COLUMN=VALUE]...
//             [--pseudonymise] [--pseudonym-key FILE] [FILE|-]...
//
// A coding sheet for a human analyst from a segment stream (or a coding
// stream: its segments, once each): one row per segment (doc, seg, speaker,
// text), a free `codes` column for typed ids (`;`-separated) and one column
// per code id of the codebook for an `x`. XLSX adds wrapped text, a frozen
// header, a list validation (x or empty) on the code columns, the labels and
// definitions as header comments and a second sheet "codeboek". The format
// follows the extension of -o (.xlsx, .csv, else tsv); xlsx needs -o.
// Filled in, the sheet is read back by `draad agree`. --where leaves out
// segments (e.g. the moderator's); --pseudonymise gives analysts a sheet
// without names (speakers as Deelnemer 3, names in the text replaced).

#include <fmt/format.h>

#include "coding/codebook.h"
#include "coding/coding_sheet.h"
#include "command.h"
#include "base/error.h"
#include "stream/report.h"
#include "stream/tsv.h"

namespace {

using draad::coding::SheetRow;

std::vector<SheetRow> read_segments(const std::vector<std::string>& paths, draad::cli::SegmentSelector& selector) {
  std::vector<SheetRow> rows;
  for (const auto& path : paths) {
    draad::tsv::Reader in(path);
    const auto doc = in.require("doc"), seg = in.require("seg"), text = in.require("text");
    const auto speaker = in.find("speaker");
    selector.start(in);
    while (in.next()) {
      if (!selector.keep(in)) continue;
      const std::string& s = in.field(seg);
      std::int64_t n = 0;
      bool ok = !s.empty() && s.size() <= 12;
      for (char c : s) ok = ok && c >= '0' && c <= '9', n = n * 10 + (c - '0');
      if (!ok || n <= 0) throw draad::DataError(in.where(seg), fmt::format("seg must be a positive whole number, not '{}'", s));
      // A coding stream repeats a segment once per code, on adjacent rows.
      if (!rows.empty() && rows.back().doc == in.field(doc) && rows.back().seg == n) continue;
      rows.push_back({in.field(doc), n, speaker ? in.field(*speaker) : "", in.field(text)});
    }
  }
  return rows;
}

}  // namespace

int draad::cli::run_sheet(CLI::App& app, int argc, char** argv) {
  std::string codebook_path, output, format_name;
  std::vector<std::string> inputs;
  app.add_option("-c,--codebook", codebook_path, "codebook (YAML) whose codes get a column")->required();
  app.add_option("-o,--output", output, "output file (.xlsx, .csv or .tsv); standard output if absent");
  app.add_option("--format", format_name, "xlsx, csv or tsv (default: from the extension of -o, else tsv)")
      ->check(CLI::IsMember({"xlsx", "csv", "tsv"}));
  app.add_option("files", inputs, "segment streams from draad segment (default: standard input)");
  draad::cli::SegmentFilterFlags filters;
  draad::cli::add_segment_filters(app, filters);
  app.footer(
      "Example:\n"
      "  draad segment samples/ | draad sheet -c codebooks/samenleven.yaml -o codeerblad.xlsx\n"
      "  # fill it in (an x under ontmoeting/ontmoetingsplek for 'Het buurthuis is voor ons de plek'),\n"
      "  # then: draad agree anna.xlsx bram.xlsx\n"
      "  draad segment samples/ --speakers samples/deelnemers.tsv |\n"
      "    draad sheet -c codebooks/samenleven.yaml --where rol=deelnemer --pseudonymise -o codeerblad.xlsx");
  return draad::cli::run(app, argc, argv, [&] {
    if (inputs.empty()) inputs.push_back("-");
    if (format_name.empty()) {
      format_name = output.ends_with(".xlsx") ? "xlsx" : output.ends_with(".csv") ? "csv" : "tsv";
    }
    if (!output.empty() && output != "-") draad::report::check_output_name(draad::report::parse_format(format_name), output);
    if (format_name == "xlsx" && (output.empty() || output == "-"))
      throw draad::UsageError("an XLSX sheet needs a file: give -o codeerblad.xlsx");
    const draad::Codebook codebook = draad::load(codebook_path);
    const draad::where::Filter filter(filters.where);
    draad::cli::SegmentSelector selector(filter, filters.pseudonyms.observer());
    auto rows = read_segments(inputs, selector);
    for (auto& r : rows) filters.pseudonyms.apply(r.doc, r.speaker, r.text);
    filters.pseudonyms.write_key();
    if (format_name == "xlsx") return draad::coding::write_sheet_xlsx(output, rows, codebook);
    draad::report::print({draad::coding::sheet_table(rows, codebook)}, draad::report::parse_format(format_name), output);
  });
}
