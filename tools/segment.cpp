// draad segment — documents in, one segment record per paragraph, turn,
// line, sentence or document out.
//
// Usage: draad segment [--unit U] [--reflow auto|on|off] [--meta FILE]
//                      [--speakers FILE] [--emit-text DIR] [--encoding NAME]
//                      [--lenient] [--notes] [--verbose] [--text COLUMN... [--id COLUMN]]
//                      [--include GLOB...] [--exclude GLOB...] FILE|DIR|-...
//
// Reads .txt, .md, .vtt, .srt, .docx, .odt and .pdf files (directories
// recursively, in sorted order; - for standard input), and with --text the
// answer tables .csv, .tsv, .xlsx and .ods (one `response` segment per answer), and
// writes the segment stream (a file in a directory that is not read, also a
// damaged one, is named on standard error with its reason, and a walk ends with
// "N documents read, M skipped"; a damaged file named on the command line is an
// error):
//   doc seg unit speaker start end text time <attributes...>
// where start/end are code point offsets into the normalised document text
// (--emit-text writes that text), and the attributes come from the front
// matter, WebVTT NOTE or document properties, --meta (per document) and
// --speakers (per speaker).

#include <cstdio>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "command.h"
#include "base/progress.h"
#include "text/segment.h"
#include "stream/tsv.h"

namespace {

}  // namespace

int draad::cli::run_segment(CLI::App& app, int argc, char** argv) {
  app.name("segment");
  std::vector<std::string> inputs;
  draad::cli::SegmentFlags flags;
  app.add_option("inputs", inputs, ".txt/.md/.vtt/.srt/.docx/.odt/.pdf files (with --text also .csv/.tsv/.xlsx/.ods), directories (recursively), or - for standard input")
      ->type_name("FILE|DIR|-")
      ->required();
  draad::cli::add_segment_options(app, flags);
  app.footer(
      "Example:\n"
      "  draad segment samples/sessie-zwolle.txt --unit turn --speakers samples/deelnemers.tsv\n"
      "  doc            seg  unit  speaker         start  end  text                            time  sessie  plaats  ...  rol\n"
      "  sessie-zwolle  1    turn  Gespreksleider  17     496  Goedenavond allemaal, fijn ...        1       Zwolle  ...  gespreksleider\n"
      "  sessie-zwolle  2    turn  Anneke          506    844  Nou, dan begin ik maar, ...         1       Zwolle  ...  deelnemer\n\n"
      "  draad segment tests/data/tables/formulier.csv --text \"Wat mist u in uw buurt?\" --id Respondent\n"
      "  doc        seg  unit      speaker  start  end  text                          time  question                 ...\n"
      "  formulier  1    response  R001     0      48   Een plek om binnen af te ...        Wat mist u in uw buurt?  ...\n\n"
      "Speaker labels: 'Naam:', 'P3:', 'Deelnemer 4:', '[00:12:31] Fatima:', 'Fatima (00:12:31):',\n"
      "'**Naam:**'. In Markdown a heading is no segment: it is the section column of those below it.\n"
      "A label is not part of the text; it is in the speaker (and time) column.\n"
      "Word, OpenDocument and PDF files are known by their content; a Teams transcript in .docx\n"
      "gives timed turns, and a document's title, author and created date become columns.\n");
  return draad::cli::run(app, argc, argv, [&] {
    draad::Segmenter segmenter(inputs, flags.parsed("segment"));
    draad::tsv::Writer out(stdout, segmenter.columns());
    draad::Progress progress("segment");
    segmenter.run([&](const std::vector<std::string>& record) {
      out.row(record);
      progress.segment(record[draad::kTextField].size(), record[draad::kDocField]);
    });
    out.flush();
  });
}
