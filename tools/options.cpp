// Options shared by several commands: the table, segmenting, --where and
// --pseudonymise options.

#include <fmt/format.h>

#include "command.h"
#include "base/error.h"
#include "coding/codebook.h"
#include "present/wording.h"

namespace draad::cli {

void add_table_options(CLI::App& app, TableFlags& flags, bool labels) {
  app.add_option("--format", flags.format, "text, tsv, csv, md, json or xlsx (default: text on a terminal, else tsv)");
  app.add_option("-o,--output", flags.output,
                 "write the table(s) to FILE (.xlsx implies --format xlsx: one sheet per table)");
  app.add_flag("--excel", flags.excel, "csv for a Dutch Excel: ';' between fields, decimal comma, byte order mark");
  app.add_option("--lang", flags.lang, "language of headings in text, md, xlsx and csv --excel: nl or en")
      ->check(CLI::IsMember({"nl", "en"}))
      ->capture_default_str();
  if (labels) app.add_flag("--labels", flags.labels, "the codebook's labels instead of ids (needs -c CODEBOOK)");
}

void print_tables(std::vector<report::Table> tables, const TableFlags& flags, const Codebook* codebook) {
  const auto format = report::choose_format(flags.format, flags.output);
  if (flags.excel && format != report::Format::csv) throw UsageError("--excel goes with --format csv");
  if (flags.labels && !codebook) throw UsageError("--labels needs the codebook: give -c CODEBOOK");
  report::Style style;
  if (present::for_people(format, flags.excel)) {
    const auto language = present::parse_language(flags.lang);
    if (flags.labels) present::use_labels(tables, *codebook);
    present::translate(tables, language);
    style.decimal_comma = language == present::Language::nl;
    style.excel = flags.excel;
  }
  report::print(tables, format, flags.output, style);
}

void add_segment_options(CLI::App& app, SegmentFlags& flags) {
  SegmentOptions& o = flags.options;
  add_unit_option(app, flags.unit);
  app.add_option("--reflow", flags.reflow, "join the wrapped lines of a PDF extract: auto (default; detects), on, off")
      ->check(CLI::IsMember({"auto", "on", "off"}));
  app.add_option("--meta", o.meta_path, "CSV/TSV/XLSX/ODS table with a doc column: attributes per document")->type_name("FILE");
  app.add_option("--speakers", o.speakers_path,
                 "CSV/TSV/XLSX/ODS table with a speaker column (and optionally doc): attributes per speaker")
      ->type_name("FILE");
  app.add_option("--text", o.text_columns,
                 "read .csv/.tsv/.xlsx/.ods (and -) as answer tables: one response segment per answer in COLUMN "
                 "(repeat for several questions); the other columns are attributes")
      ->type_name("COLUMN");
  app.add_option("--id", o.id_column, "with --text: the column naming the respondent (its value is the speaker)")
      ->type_name("COLUMN");
  app.add_option("--include", o.include,
                 "in directories, read only files matching GLOB (on the name; with a / on the path under the directory)")
      ->type_name("GLOB");
  app.add_option("--exclude", o.exclude, "in directories, skip files and directories matching GLOB")->type_name("GLOB");
  app.add_option("--emit-text", o.emit_text_dir, "write each normalised document text to DIR/<doc>.txt")
      ->type_name("DIR");
  app.add_option("--encoding", o.encoding, "input encoding when not UTF-8: latin1, cp1252, utf-16le, ...")
      ->type_name("NAME");
  app.add_flag("--lenient", o.lenient, "replace invalid UTF-8 with U+FFFD (and say how often) instead of failing");
  app.add_flag("--notes", o.notes,
               "with .docx and .odt: take footnotes, endnotes, comments, page headers, footers and tables of contents in (after the text)");
  app.add_flag("-v,--verbose", o.verbose,
               "say on standard error which documents were reflowed and which page headers and numbers were dropped");
}

SegmentOptions SegmentFlags::parsed(const std::string& command) const {
  SegmentOptions o = options;
  o.unit = parse_unit(unit);
  o.reflow = reflow == "on" ? Reflow::on : reflow == "off" ? Reflow::off : Reflow::automatic;
  o.report = [command](const std::string& message) { draad::write_stderr(fmt::format("draad {}: {}\n", command, message)); };
  return o;
}

void add_codebook_option(CLI::App& app, std::string& path) {
  path = default_codebook_path();
  app.add_option("-c,--codebook", path, "the codebook (default: codebooks/samenleven.yaml)");
}

void add_unit_option(CLI::App& app, std::string& unit) {
  app.add_option("-u,--unit", unit, "paragraph (default), turn, line, sentence or document; a plain-text paragraph that is a heading "
                 "or, in prose, a bare title gets the unit heading")->type_name("UNIT");
}

void add_where_option(CLI::App& app, std::vector<std::string>& where) {
  app.add_option("--where", where,
                 "keep only segments whose COLUMN has (=) or lacks (!=) the VALUE, or one of A,B; repeatable, "
                 "all must hold (e.g. --where rol=deelnemer)")
      ->type_name("COLUMN=VALUE")
      ->take_all()
      ->allow_extra_args(false);
}

void add_pseudonym_options(CLI::App& app, PseudonymFlags& flags) {
  app.add_flag("--pseudonymise,--pseudonymize", flags.on,
               "speakers as pseudonyms by role (Deelnemer 3, Gespreksleider 1), their names in the text too");
  app.add_option("--pseudonym-key", flags.key, "also write the key (doc, speaker, role, pseudonym) as TSV to FILE")
      ->type_name("FILE")
      ->needs("--pseudonymise");
}

void add_segment_filters(CLI::App& app, SegmentFilterFlags& flags) {
  add_where_option(app, flags.where);
  add_pseudonym_options(app, flags.pseudonyms);
}

void SegmentSelector::start(const tsv::Reader& reader) {
  columns_ = filter_.bind(reader.columns(), {reader.name(), 1});
  values_.resize(columns_.size());
  doc_ = reader.find("doc");
  speaker_ = reader.find("speaker");
  role_.reset();
  for (const auto& name : pseudonyms::kRoleColumns)
    if (!role_) role_ = reader.find(name);
}

bool SegmentSelector::keep(const tsv::Reader& reader) {
  if (names_ && doc_ && speaker_)
    names_->observe(reader.field(*doc_), reader.field(*speaker_), role_ ? reader.field(*role_) : "");
  for (std::size_t i = 0; i < columns_.size(); ++i) values_[i] = reader.field(columns_[i]);
  return filter_.matches(values_);
}

void PseudonymFlags::apply(std::vector<report::Table>& tables) {
  if (!on) return;
  names.apply(tables);
  write_key();
}

void PseudonymFlags::apply(std::string_view doc, std::string& speaker, std::string& text) {
  if (!on) return;
  speaker = names.pseudonym(doc, speaker);
  text = names.replace(doc, text);
}

void PseudonymFlags::write_key() const {
  if (on && !key.empty()) report::print({names.key()}, report::Format::tsv, key);
}

}  // namespace draad::cli
