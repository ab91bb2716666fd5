// draad code — apply a codebook to segments: the coding stream.
//
// Usage: draad code [-c CODEBOOK] [-j N] [SEGMENT OPTIONS] [FILE|DIR|-]...
//
// Reads a segment stream (standard input, `-` or a .tsv file), or documents
// and directories, which it segments itself as `draad segment` would, with
// the same options (--unit, --reflow, --meta, --speakers, --encoding, --text
// for answer tables, ...).
// Writes one coding record per (segment, code), the coding record of DESIGN.md:
//   doc seg code theme coder hits terms negated unit speaker start end text time ...
// A segment without any code keeps one row with an empty code. The codebook
// is checked as `draad codebook lint` does and refused on any error; a
// `where` limit on a column the segments lack is said once and not applied.
// -j N codes on N threads (default: the machine's cores, at most 8); over
// documents one more segments, which -j 1 leaves to the coding thread. The
// output is the same byte for byte.

#include <algorithm>
#include <cstdio>
#include <string>
#include <thread>
#include <vector>

#include <fmt/format.h>

#include "coding/codebook.h"
#include "coding/coding.h"
#include "command.h"
#include "base/error.h"
#include "coding/match.h"
#include "base/progress.h"
#include "text/segment.h"
#include "text/segment_stream.h"
#include "stream/tsv.h"

namespace {

// A stream is recognised by its header, whatever the file is called
// (segments.txt): read as a document it would become one segment.
bool is_stream(const std::string& input) {
  return input == "-" || input.ends_with(".tsv") || draad::tsv::looks_like_stream(input);
}

void say_warnings(const draad::CodingWriter& out) {
  for (const auto& w : out.warnings()) fmt::print(stderr, "draad code: {}\n", w);
}

}  // namespace

int draad::cli::run_code(CLI::App& app, int argc, char** argv) {
  app.name("code");
  std::string codebook_path;
  std::vector<std::string> inputs;
  // Every core by default: the output does not depend on the thread count,
  // and more than 8 gain little, as one thread segments.
  int jobs = static_cast<int>(std::clamp(std::thread::hardware_concurrency(), 1u, 8u));
  draad::cli::SegmentFlags flags;
  app.add_option("inputs", inputs,
                 "a segment stream (- or a .tsv file; default: standard input), or documents and directories to segment");
  draad::cli::add_codebook_option(app, codebook_path);
  app.add_option("-j,--jobs", jobs,
                 "coding threads (over documents one more segments; default: the machine's cores, at most 8); the output "
                 "does not depend on it")
      ->check(CLI::Range(1, 64));
  draad::cli::add_segment_options(app, flags);  // used when segmenting documents
  app.footer(
      "Examples:\n"
      "  draad code -c codebooks/samenleven.yaml samples/ > codings.tsv\n"
      "  draad segment interviews/ --unit turn | draad code -c mijn-codeboek.yaml -j 2 > codings.tsv\n\n"
      "  doc            seg  code                        theme       coder                 hits  terms\n"
      "  sessie-zwolle  38   ontmoeting/ontmoetingsplek  ontmoeting  samenleven@1#e1a8fd0e 2     "
      "buurthuis@7789-7798;huiskamer@7916-7925\n\n"
      "terms lists counted hits as surface@start-end (document code point offsets);\n"
      "negated lists negated hits that were flagged and not counted; a code with\n"
      "only such hits gets a row with 0 hits, which does not code the segment.");

  return draad::cli::run(app, argc, argv, [&] {
    if (inputs.empty()) inputs.push_back("-");
    if (codebook_path == "-" && std::find(inputs.begin(), inputs.end(), "-") != inputs.end())
      throw draad::UsageError("the codebook and the segments cannot both come from standard input (-c -)");
    const draad::Codebook codebook = draad::load(codebook_path);
    // With --text, a .tsv or - is an answer table to segment.
    const bool tables = !flags.options.text_columns.empty();
    const bool stream = !tables && is_stream(inputs.front());
    for (const auto& input : inputs)
      if ((!tables && is_stream(input) != stream) || (stream && inputs.size() > 1))
        throw draad::UsageError("give either one segment stream (- or a .tsv file) or documents and directories");
    // Every job codes; over documents this thread segments besides (a fifth
    // to a fourth of the coding threads' time, and it waits when they fall
    // behind). With -j 1 it codes too.
    const int coding_threads = jobs == 1 ? 0 : jobs;
    if (stream) {
      draad::tsv::Reader in(inputs.front());
      draad::CodingWriter out(codebook, in.columns(), in.name(), stdout, coding_threads);
      say_warnings(out);
      const std::size_t text = in.require("text"), doc = in.require("doc");
      draad::SegmentChecker checker(in);
      draad::Progress progress("code");
      while (in.next()) {
        checker.check(in);
        out.add(in);
        progress.segment(in.field(text).size(), in.field(doc));
      }
      out.finish();
      return;
    }
    draad::Segmenter segmenter(inputs, flags.parsed("code"));
    draad::CodingWriter out(codebook, segmenter.columns(), "segments", stdout, coding_threads);
    say_warnings(out);
    draad::Progress progress("code");
    segmenter.run([&](const std::vector<std::string>& record) {
      out.add(record, [] { return draad::Location{"segments"}; });
      progress.segment(record[draad::kTextField].size(), record[draad::kDocField]);
    });
    out.finish();
  });
}
