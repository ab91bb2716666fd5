// Options shared by several commands: --where and --pseudonymise.

#include "command.h"

namespace draad::cli {

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
