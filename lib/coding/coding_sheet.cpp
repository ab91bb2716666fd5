#include "coding/coding_sheet.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <optional>
#include <tuple>

#include <fmt/format.h>

#include "coding/coding.h"
#include "coding/qda_project.h"
#include "base/error.h"
#include "base/input.h"
#include "base/suggest.h"
#include "stream/record.h"
#include "stream/table_file.h"
#include "stream/tsv.h"
#include "base/utf8.h"
#include "stream/xlsx_layout.h"
#include "stream/xlsx_reader.h"
#include "stream/zip_library.h"

namespace draad::coding {

std::string UnitKey::str() const { return fmt::format("{}:{}", doc, seg); }

namespace {

// Columns of sheets and streams that are not codes: those of segment and
// coding records, and the sheet's own.
bool is_record_column(std::string_view name) {
  for (const auto* set : {&kSegmentColumns, &kCodingColumns, &kSheetColumns})
    if (std::find(set->begin(), set->end(), name) != set->end()) return true;
  return false;
}

using utf8::ascii_lower;
using utf8::trim;

// The id as typed, trimmed, lower-cased and without spaces around '/'.
std::string normalise_id(std::string_view raw) {
  std::string out;
  std::string_view rest = trim(raw);
  while (true) {
    auto slash = rest.find('/');
    out += trim(rest.substr(0, slash));
    if (slash == std::string_view::npos) break;
    out += '/';
    rest = rest.substr(slash + 1);
  }
  return ascii_lower(out);
}

// A table read from any of the accepted file kinds, with where each row and
// field came from.
struct Grid {
  std::string name;
  bool spreadsheet = false;
  std::vector<std::string> columns;
  std::vector<TableRow> rows;
  std::int64_t header_line = 1;

  std::optional<std::size_t> find(std::string_view column) const {
    for (std::size_t i = 0; i < columns.size(); ++i)
      if (columns[i] == column) return i;
    return std::nullopt;
  }
  std::size_t require(std::string_view column) const {
    if (auto i = find(column)) return *i;
    throw DataError({name, header_line}, fmt::format("missing column '{}' (the header has: {}){}", column,
                                                     tsv::column_list(columns), did_you_mean(column, columns)));
  }
  Location where(const TableRow& row, std::size_t field) const {
    return {name, row.line, field < row.columns.size() ? row.columns[field] : 0};
  }
  Location header_where(std::size_t field) const {
    return {name, header_line, spreadsheet ? static_cast<std::int64_t>(field) + 1 : 0};
  }
  // " (cell C5)" for a spreadsheet, where people look for letters.
  std::string cell(std::int64_t line, std::size_t field) const {
    if (!spreadsheet) return "";
    return fmt::format(" (cell {}{})", xlsx::column_name(static_cast<std::int64_t>(field) + 1), line);
  }
};

bool is_spreadsheet(const std::string& path) {
  auto ext = ascii_lower(std::filesystem::path(path).extension().string());
  return ext == ".xlsx" || ext == ".xlsm" || xlsx::is_ods(path);
}

Grid grid_from_spreadsheet(const std::string& path) {
  xlsx::Sheet sheet = xlsx::read_first_sheet(path);
  Grid g;
  g.name = display_name(path);
  g.spreadsheet = true;
  if (!sheet.merged.empty()) {
    const auto& m = sheet.merged.front();
    throw DataError({g.name, m.first_row, m.first_column},
                    fmt::format("merged cells {} in sheet '{}': a merged cell holds a value only in its first "
                                "cell; unmerge them{}",
                                m.ref, sheet.name,
                                sheet.merged.size() > 1 ? fmt::format(" ({} merged ranges in all)", sheet.merged.size())
                                                        : ""));
  }
  if (sheet.rows.empty()) throw DataError({g.name}, fmt::format("sheet '{}' is empty: expected a header row", sheet.name));
  const xlsx::Row& header = sheet.rows.front();
  g.header_line = header.number;
  for (const auto& c : header.cells) g.columns.emplace_back(trim(c));
  for (std::size_t i = 0; i < g.columns.size(); ++i)
    if (g.columns[i].empty())
      throw DataError(g.header_where(i), fmt::format("column {} of the header has no name{}", i + 1,
                                                     g.cell(header.number, i)));
  for (std::size_t r = 1; r < sheet.rows.size(); ++r) {
    const xlsx::Row& row = sheet.rows[r];
    if (row.cells.size() > g.columns.size()) {
      std::size_t extra = g.columns.size();
      while (row.cells[extra].empty()) ++extra;  // the reader keeps no trailing empty cells
      throw DataError({g.name, row.number, static_cast<std::int64_t>(extra) + 1},
                      fmt::format("a value beyond the last column of the header{}: '{}'", g.cell(row.number, extra),
                                  row.cells[extra]));
    }
    TableRow t;
    t.line = row.number;
    t.fields = row.cells;
    t.fields.resize(g.columns.size());
    for (std::size_t i = 0; i < g.columns.size(); ++i) t.columns.push_back(static_cast<std::int64_t>(i) + 1);
    g.rows.push_back(std::move(t));
  }
  return g;
}

Grid load_grid(const std::string& path) {
  if (is_spreadsheet(path)) return grid_from_spreadsheet(path);
  LoadedTable table = read_table(path);
  Grid g;
  g.name = table.name();
  g.columns = table.columns();
  g.rows = table.rows();
  return g;
}

// A whole number of at least `min` (seg: 1, hits: 0).
std::int64_t parse_count(const Grid& g, const TableRow& row, std::size_t field, std::string_view name, std::int64_t min) {
  std::string_view s = trim(row.fields[field]);
  // A spreadsheet may store 3 as "3.0".
  if (g.spreadsheet && s.ends_with(".0")) s.remove_suffix(2);
  std::int64_t n = 0;
  bool ok = !s.empty() && s.size() <= 12;
  for (char c : s) ok = ok && c >= '0' && c <= '9', n = n * 10 + (c - '0');
  if (!ok || n < min)
    throw DataError(g.where(row, field), fmt::format("{} must be a {} whole number, not '{}'{}", name,
                                                     min > 0 ? "positive" : "non-negative", row.fields[field],
                                                     g.cell(row.line, field)));
  return n;
}

// A cell in a code column: true for a mark, false for blank.
bool parse_mark(const Grid& g, const TableRow& row, std::size_t field) {
  static const std::set<std::string, std::less<>> yes = {"x", "1", "ja", "j", "yes", "y", "true", "waar", "✓", "✔"};
  static const std::set<std::string, std::less<>> no = {"", "0", "nee", "n", "no", "false", "onwaar", "-"};
  std::string v = ascii_lower(trim(row.fields[field]));
  if (yes.contains(v)) return true;
  if (no.contains(v)) return false;
  throw DataError(g.where(row, field),
                  fmt::format("'{}' in code column '{}'{}: mark a code with x or leave the cell empty",
                              row.fields[field], g.columns[field], g.cell(row.line, field)));
}

class Reader {
 public:
  Reader(const Codebook* codebook, const where::Filter& where, const qda::ImportOptions* project)
      : codebook_(codebook), where_(where), where_found_(where.conditions().size(), false),
        project_(project ? *project : qda::ImportOptions{}) {
    if (codebook_)
      for (const auto& c : codebook_->codes) known_.push_back(c.id);
  }

  void read(const std::string& path) {
    if (!files_.insert(path).second) throw DataError({display_name(path)}, "the file is given twice");
    if (path.ends_with(".qdpx")) return read_project(path);
    Grid g = load_grid(path);
    file_ = path;
    normalised_ = 0;
    first_normalised_.clear();
    const bool stream = g.find("code").has_value();
    const std::size_t doc_i = g.require("doc"), seg_i = g.require("seg");
    const auto coder_i = g.find("coder"), speaker_i = g.find("speaker"), text_i = g.find("text");
    const auto terms_i = g.find("terms"), codes_i = g.find("codes"), code_i = g.find("code"), hits_i = g.find("hits");
    // Sheet columns that hold codes.
    std::vector<std::pair<std::size_t, std::string>> code_columns;
    if (!stream) {
      for (std::size_t i = 0; i < g.columns.size(); ++i) {
        const std::string& name = g.columns[i];
        if (is_record_column(name)) continue;
        if (name.find('/') == std::string::npos && !(codebook_ && codebook_->find_code(normalise_id(name)))) {
          out_.notices.push_back(fmt::format("{}: column '{}' is not a code id (theme/code); ignored",
                                             g.header_where(i).str(), name));
          continue;
        }
        code_columns.emplace_back(i, id(name, g.header_where(i), g.cell(g.header_line, i)));
      }
    }
    const std::string stem = path == "-" ? "stdin" : std::filesystem::path(path).stem().string();
    std::map<std::pair<std::size_t, UnitKey>, std::int64_t> first_line;  // sheets: (coder, segment) -> line
    std::set<std::size_t> coders_here;
    // The conditions of --where this file can check, with their columns.
    std::vector<std::pair<const where::Condition*, std::size_t>> checks;
    for (std::size_t i = 0; i < where_.conditions().size(); ++i)
      if (auto column = g.find(where_.conditions()[i].column)) {
        checks.emplace_back(&where_.conditions()[i], *column);
        where_found_[i] = true;
      }
    for (const auto& c : g.columns)
      if (std::find(all_columns_.begin(), all_columns_.end(), c) == all_columns_.end()) all_columns_.push_back(c);
    for (const TableRow& row : g.rows) {
      std::string doc(trim(row.fields[doc_i]));
      if (doc.empty()) throw DataError(g.where(row, doc_i), fmt::format("empty doc{}", g.cell(row.line, doc_i)));
      UnitKey key{doc, parse_count(g, row, seg_i, "seg", 1)};
      for (const auto& [condition, column] : checks)
        if (!condition->passes(row.fields[column])) left_out_.insert(key);
      std::string name = coder_i ? std::string(trim(row.fields[*coder_i])) : "";
      const std::size_t c = coder(name.empty() ? stem : name, {g.name, row.line});
      coders_here.insert(c);
      CoderCodings& cc = out_.coders[c];
      if ((speaker_i || text_i) && !out_.segments.contains(key))
        out_.segments.emplace(key, SegmentInfo{speaker_i ? row.fields[*speaker_i] : "", text_i ? row.fields[*text_i] : ""});
      auto& codes = cc.units[key];
      if (stream) {
        const std::int64_t hits = hits_i ? parse_count(g, row, *hits_i, "hits", 0) : 1;
        if (!coding_applies(trim(row.fields[*code_i]), hits)) continue;
        std::string code = id(row.fields[*code_i], g.where(row, *code_i), g.cell(row.line, *code_i));
        if (!codes.emplace(code, terms_i ? row.fields[*terms_i] : "").second)
          throw DataError(g.where(row, *code_i), fmt::format("segment {} has code '{}' twice for coder '{}'",
                                                              key.str(), code, cc.coder));
        continue;
      }
      if (auto [it, fresh] = first_line.try_emplace({c, key}, row.line); !fresh)
        throw DataError(g.where(row, seg_i), fmt::format("segment {} appears twice for coder '{}' (first on line {}){}",
                                                         key.str(), cc.coder, it->second, g.cell(row.line, seg_i)));
      for (const auto& [field, code] : code_columns)
        if (parse_mark(g, row, field)) codes.emplace(code, "");
      if (codes_i) add_typed(g, row, *codes_i, codes);
    }
    if (normalised_)
      out_.notices.push_back(fmt::format("{}: code id '{}' read as '{}'{}; ids ignore case and spaces", first_normalised_[0],
                                         first_normalised_[1], first_normalised_[2],
                                         normalised_ > 1 ? fmt::format(" (and {} more in this file)", normalised_ - 1) : ""));
    if (!stream && !codes_i) {
      std::set<std::string> columns;
      for (const auto& [field, code] : code_columns) columns.insert(code);
      for (std::size_t c : coders_here) offered_[c] = columns;
    }
  }

  Codings finish() {
    check_codebooks();
    check_theme_marks();
    for (std::size_t i = 0; i < where_found_.size(); ++i)
      if (!where_found_[i]) {
        const where::Condition& c = where_.conditions()[i];
        throw DataError({files_.empty() ? "-" : display_name(*files_.begin())},
                        fmt::format("--where '{}': no input has a column '{}'{}; they have: {}", c.text, c.column,
                                    did_you_mean(c.column, all_columns_), fmt::join(all_columns_, ", ")));
      }
    if (!left_out_.empty()) {
      for (auto& cc : out_.coders)
        for (const auto& key : left_out_) cc.units.erase(key);
      for (const auto& key : left_out_) out_.segments.erase(key);
      out_.notices.push_back(fmt::format("--where left out {} segment(s)", left_out_.size()));
    }
    if (codebook_) {
      out_.codes = known_;
    } else {
      std::set<std::string> all;
      for (const auto& cc : out_.coders)
        for (const auto& [key, codes] : cc.units)
          for (const auto& [code, terms] : codes)
            if (!theme_marks_.contains(code)) all.insert(code);
      for (const auto& [c, columns] : offered_) all.insert(columns.begin(), columns.end());
      out_.codes.assign(all.begin(), all.end());
    }
    for (const auto& [c, columns] : offered_) {
      CoderCodings& cc = out_.coders[c];
      for (const auto& code : out_.codes)
        if (!columns.contains(code)) cc.not_offered.insert(code);
      if (!cc.not_offered.empty())
        out_.notices.push_back(fmt::format("{}: no column for {} code(s), e.g. '{}', and no codes column: {}'s decisions on "
                                           "them count as missing",
                                           display_name(cc.file), cc.not_offered.size(), *cc.not_offered.begin(), cc.coder));
    }
    return std::move(out_);
  }

 private:
  // A REFI-QDA project: each user who coded is a coder (qda_project.h).
  void read_project(const std::string& path) {
    file_ = path;
    qda::ImportOptions options = project_;
    options.report = [this](const std::string& message) { out_.notices.push_back(message); };
    options.segment.report = options.report;
    const Codings project = qda::imported_codings(qda::import_project(path, options));
    for (const auto& [key, info] : project.segments) out_.segments.try_emplace(key, info);
    for (const auto& user : project.coders) {
      CoderCodings& cc = out_.coders[coder(user.coder, {display_name(path)})];
      for (const auto& [key, codes] : user.units) {
        auto& mine = cc.units[key];
        for (const auto& [code, terms] : codes) mine.emplace(id(code, {display_name(path)}, ""), terms);
      }
    }
  }

  // Codings of `draad code` name their codebook in the coder column
  // (name@version#hash8); codes of two codebooks (or of two versions of one)
  // do not mean the same, so they are not compared, nor checked against
  // another codebook. A sheet does not record its codebook.
  void check_codebooks() const {
    const CoderCodings* first = nullptr;
    for (const auto& cc : out_.coders) {
      if (!parse_coder(cc.coder)) continue;
      if (codebook_ && cc.coder != codebook_->coder())
        throw DataError({display_name(cc.file)},
                        fmt::format("coded with codebook '{}', but {} is '{}': the codebook changed since coding; "
                                    "code again, or give the codebook that was used",
                                    cc.coder, display_name(codebook_->path), codebook_->coder()));
      if (first && parse_coder(first->coder)->hash != parse_coder(cc.coder)->hash)
        throw DataError({display_name(cc.file)},
                        fmt::format("coded with codebook '{}', but {} with codebook '{}': codings made with "
                                    "different codebooks (or versions) are not compared; code both with one codebook",
                                    cc.coder, display_name(first->file), first->coder));
      if (!first) first = &cc;
    }
  }

  // The index of coder `name`, which must not also come from another file.
  std::size_t coder(const std::string& name, const Location& where) {
    for (std::size_t i = 0; i < out_.coders.size(); ++i) {
      if (out_.coders[i].coder != name) continue;
      if (out_.coders[i].file != file_)
        throw DataError(where,
                        fmt::format("coder '{}' is also in {}: give each coder one file, or name the coders apart "
                                    "(a coder column, or the file names)",
                                    name, display_name(out_.coders[i].file)));
      return i;
    }
    out_.coders.push_back({name, file_, {}, {}});
    return out_.coders.size() - 1;
  }

  // A code id as typed, normalised and checked. A word typed in a codes
  // cell without a theme (a label, or a code without its theme) would
  // otherwise become a code of its own that no other coder has.
  std::string id(std::string_view raw, const Location& where, const std::string& cell, bool typed = false) {
    std::string code = normalise_id(raw);
    if (code != trim(raw) && normalised_++ == 0) first_normalised_ = {where.str(), std::string(raw), code};
    if (code.empty() || code.front() == '/' || code.back() == '/')
      throw DataError(where, fmt::format("'{}' is not a code id (theme/code){}", raw, cell));
    if (typed && code.find('/') == std::string::npos && (!codebook_ || codebook_->find_theme(code))) {
      // A theme id marks the theme as a whole; without a codebook it is
      // checked in finish(), once every file's ids are known.
      theme_marks_.try_emplace(code, where, std::string(trim(raw)), cell);
      return code;
    }
    if (codebook_ && !codebook_->find_code(code))
      throw DataError(where, fmt::format("unknown code '{}'{}{}", trim(raw), cell, suggestion(code)));
    if (!codebook_ && seen_ids_.insert(code).second) seen_list_.push_back(code);
    return code;
  }

  // The theme ids typed instead of codes: each must be the theme of a code
  // (of the codebook, or of some file), else it is a label or a code without
  // its theme that would count as a code nobody else has.
  void check_theme_marks() {
    for (const auto& entry : theme_marks_) {
      const std::string& mark = entry.first;  // named, not bound: a lambda may not capture a binding (clang 14)
      const auto& [where, raw, cell] = entry.second;
      const bool theme = codebook_ || std::any_of(seen_list_.begin(), seen_list_.end(),
                                                  [&](const std::string& id) { return theme_of(id) == mark; });
      if (!theme)
        throw DataError(where,
                        fmt::format("'{}' is not a code id (theme/code){}{}", raw, cell, suggestion(mark)));
    }
    if (!theme_marks_.empty()) {
      const auto& [mark, place] = *theme_marks_.begin();
      out_.notices.push_back(fmt::format("{}: '{}' is a theme, not a code: it counts with --level theme only{}",
                                         std::get<0>(place).str(), mark,
                                         theme_marks_.size() > 1
                                             ? fmt::format(" (and {} more theme id{})", theme_marks_.size() - 1,
                                                           theme_marks_.size() > 2 ? "s" : "")
                                             : ""));
    }
  }

  // What an unknown id probably meant: the code or theme with that label
  // (a label typed instead of an id), the code with that last part (a code
  // typed without its theme), or the closest id.
  std::string suggestion(const std::string& code) const {
    if (codebook_) {
      for (const auto& c : codebook_->codes)
        if (!c.label.empty() && ascii_lower(trim(c.label)) == code)
          return fmt::format(": that is the label of code '{}'; type the id", c.id);
      for (const auto& t : codebook_->themes)
        if (!t.label.empty() && ascii_lower(trim(t.label)) == code)
          return fmt::format(": that is the label of theme '{}'; type one of its codes, e.g. '{}'", t.id,
                             t.codes.empty() ? t.id + "/..." : codebook_->codes[t.codes.front()].id);
    }
    const std::vector<std::string>& ids = codebook_ ? known_ : seen_list_;
    for (const auto& id : ids)
      if (id.ends_with("/" + code)) return fmt::format(" (did you mean '{}'?)", id);
    if (auto near = closest(code, ids)) return fmt::format(" (did you mean '{}'?)", *near);
    return codebook_ ? "" : "; type a code's id, or give -c CODEBOOK to find the code of a label";
  }

  void add_typed(const Grid& g, const TableRow& row, std::size_t field, std::map<std::string, std::string>& codes) {
    std::string_view rest = row.fields[field];
    while (!rest.empty()) {
      auto end = rest.find_first_of(";,\n\r");  // a cell's lines (Alt+Enter in Excel) are separate codes too
      std::string_view item = rest.substr(0, end);
      rest = end == std::string_view::npos ? std::string_view{} : rest.substr(end + 1);
      if (trim(item).empty()) continue;
      codes.emplace(id(item, g.where(row, field), g.cell(row.line, field), true), "");
    }
  }

  const Codebook* codebook_;
  const where::Filter& where_;
  std::vector<bool> where_found_;          // per condition: some file has its column
  qda::ImportOptions project_;
  std::vector<std::string> all_columns_;  // of every file, for a message
  std::set<UnitKey> left_out_;
  std::vector<std::string> known_;
  // Without a codebook: every id read so far, for suggestions.
  std::set<std::string> seen_ids_;
  std::vector<std::string> seen_list_;
  // Theme ids typed in codes cells -> where first (location, as typed, cell).
  std::map<std::string, std::tuple<Location, std::string, std::string>> theme_marks_;
  Codings out_;
  std::string file_;
  std::set<std::string> files_;
  std::size_t normalised_ = 0;
  std::vector<std::string> first_normalised_;
  std::map<std::size_t, std::set<std::string>> offered_;  // coders of sheets without a codes column
};

}  // namespace

Codings read_codings(const std::vector<std::string>& paths, const Codebook* codebook, const where::Filter& where,
                     const qda::ImportOptions* project) {
  Reader reader(codebook, where, project);
  for (const auto& path : paths) reader.read(path);
  return reader.finish();
}

// --- writing ---

std::vector<std::string> sheet_columns(const Codebook& codebook) {
  std::vector<std::string> columns = kSheetColumns;
  for (const auto& c : codebook.codes) columns.push_back(c.id);
  return columns;
}

report::Table sheet_table(const std::vector<SheetRow>& rows, const Codebook& codebook) {
  report::Table t;
  t.title = "codeerblad";
  for (auto& name : sheet_columns(codebook)) t.columns.push_back({name, name == "seg" ? report::Kind::integer : report::Kind::text});
  for (const auto& r : rows) {
    std::vector<report::Cell> cells = {r.doc, r.seg, r.speaker, r.text};
    cells.resize(t.columns.size());
    t.rows.push_back(std::move(cells));
  }
  return t;
}

namespace {

constexpr std::size_t kMaxCellCharacters = 32'767;  // Excel's limit

struct WorkbookCloser {
  void operator()(lxw_workbook* w) const {
    if (w) DRAAD_ZIP(workbook_close)(w);
  }
};

std::string comment_for(const Code& c) {
  std::string out = c.label.empty() ? c.id : c.label;
  if (!c.definition.empty()) out += "\n\n" + c.definition;
  return out;
}

}  // namespace

void write_sheet_xlsx(const std::string& path, const std::vector<SheetRow>& rows, const Codebook& codebook) {
  zip_library::require(path);
  // On an error the guard still closes (and frees) the workbook, and the
  // temporary file goes: an existing sheet at `path` stays as it was.
  OutputFile file(path);
  std::unique_ptr<lxw_workbook, WorkbookCloser> guard(DRAAD_ZIP(workbook_new)(file.temp_path().c_str()));
  lxw_workbook* workbook = guard.get();
  if (!workbook) throw DataError({path}, "cannot create the workbook");
  auto fail = [&](lxw_error e) {
    if (e != LXW_NO_ERROR)
      throw DataError({path}, fmt::format("cannot write the workbook: {}", DRAAD_ZIP(lxw_strerror)(e)));
  };
  lxw_worksheet* sheet = DRAAD_ZIP(workbook_add_worksheet)(workbook, "codeerblad");
  lxw_worksheet* book = DRAAD_ZIP(workbook_add_worksheet)(workbook, "codeboek");
  lxw_format* header = DRAAD_ZIP(workbook_add_format)(workbook);
  DRAAD_ZIP(format_set_bold)(header);
  DRAAD_ZIP(format_set_text_wrap)(header);
  DRAAD_ZIP(format_set_align)(header, LXW_ALIGN_VERTICAL_TOP);
  lxw_format* code_header = DRAAD_ZIP(workbook_add_format)(workbook);
  DRAAD_ZIP(format_set_bold)(code_header);
  DRAAD_ZIP(format_set_rotation)(code_header, 90);
  DRAAD_ZIP(format_set_align)(code_header, LXW_ALIGN_CENTER);
  lxw_format* wrap = DRAAD_ZIP(workbook_add_format)(workbook);
  DRAAD_ZIP(format_set_text_wrap)(wrap);
  DRAAD_ZIP(format_set_align)(wrap, LXW_ALIGN_VERTICAL_TOP);
  lxw_format* mark = DRAAD_ZIP(workbook_add_format)(workbook);
  DRAAD_ZIP(format_set_align)(mark, LXW_ALIGN_CENTER);
  DRAAD_ZIP(format_set_align)(mark, LXW_ALIGN_VERTICAL_TOP);

  const auto columns = sheet_columns(codebook);
  const lxw_col_t first_code = 5, last_col = static_cast<lxw_col_t>(columns.size() - 1);
  for (lxw_col_t c = 0; c < first_code; ++c)
    fail(DRAAD_ZIP(worksheet_write_string)(sheet, 0, c, columns[c].c_str(), header));
  for (std::size_t i = 0; i < codebook.codes.size(); ++i) {
    const lxw_col_t c = first_code + static_cast<lxw_col_t>(i);
    fail(DRAAD_ZIP(worksheet_write_string)(sheet, 0, c, codebook.codes[i].id.c_str(), code_header));
    fail(DRAAD_ZIP(worksheet_write_comment)(sheet, 0, c, comment_for(codebook.codes[i]).c_str()));
  }
  // doc, seg and speaker as wide as what they hold; the text wide enough to
  // read a few lines at a time.
  xlsx::ColumnWidth doc_width, seg_width, speaker_width;
  doc_width.add(columns[0]);
  seg_width.add(columns[1]);
  speaker_width.add(columns[2]);
  for (const auto& row : rows) {
    doc_width.add(row.doc);
    seg_width.add(std::to_string(row.seg));
    speaker_width.add(row.speaker);
  }
  fail(DRAAD_ZIP(worksheet_set_column)(sheet, 0, 0, doc_width.width(30), wrap));
  fail(DRAAD_ZIP(worksheet_set_column)(sheet, 1, 1, seg_width.width(30), wrap));
  fail(DRAAD_ZIP(worksheet_set_column)(sheet, 2, 2, speaker_width.width(30), wrap));
  fail(DRAAD_ZIP(worksheet_set_column)(sheet, 3, 3, 70, wrap));
  fail(DRAAD_ZIP(worksheet_set_column)(sheet, 4, 4, 24, wrap));
  if (first_code <= last_col) fail(DRAAD_ZIP(worksheet_set_column)(sheet, first_code, last_col, 4, mark));
  fail(DRAAD_ZIP(worksheet_set_row)(sheet, 0, 150, nullptr));
  DRAAD_ZIP(worksheet_freeze_panes)(sheet, 1, 4);
  lxw_row_t r = 1;
  for (const auto& row : rows) {
    if (const std::size_t n = utf8::count_code_points(row.text); n > kMaxCellCharacters)
      throw DataError({path}, fmt::format("segment {} of document '{}' has {} characters; an Excel cell holds at most "
                                          "{}: write a csv sheet, or cut smaller units (--unit sentence)",
                                          row.seg, excerpt(row.doc), n, kMaxCellCharacters));
    fail(DRAAD_ZIP(worksheet_write_string)(sheet, r, 0, row.doc.c_str(), wrap));
    fail(DRAAD_ZIP(worksheet_write_number)(sheet, r, 1, static_cast<double>(row.seg), wrap));
    fail(DRAAD_ZIP(worksheet_write_string)(sheet, r, 2, row.speaker.c_str(), wrap));
    fail(DRAAD_ZIP(worksheet_write_string)(sheet, r, 3, row.text.c_str(), wrap));
    ++r;
  }
  const lxw_row_t last_row = std::max<lxw_row_t>(r - 1, 1);
  fail(DRAAD_ZIP(worksheet_autofilter)(sheet, 0, 0, last_row, last_col));
  if (first_code <= last_col) {
    const char* choices[] = {"x", nullptr};
    lxw_data_validation v{};
    v.validate = LXW_VALIDATION_TYPE_LIST;
    v.value_list = const_cast<char**>(choices);
    v.ignore_blank = LXW_VALIDATION_ON;
    v.error_title = const_cast<char*>("Mark with x");
    v.error_message = const_cast<char*>("Put an x in the column of each code that applies, or leave the cell empty.");
    fail(DRAAD_ZIP(worksheet_data_validation_range)(sheet, 1, first_code, last_row, last_col, &v));
  }

  const char* book_columns[] = {"id", "theme", "label", "definition", "include", "exclude", "example"};
  const double max_widths[] = {40, 30, 40, 60, 40, 40, 40};  // longer text wraps
  std::vector<xlsx::ColumnWidth> book_widths(7);
  for (lxw_col_t c = 0; c < 7; ++c) {
    fail(DRAAD_ZIP(worksheet_write_string)(book, 0, c, book_columns[c], header));
    book_widths[c].add(book_columns[c]);
  }
  DRAAD_ZIP(worksheet_freeze_panes)(book, 1, 1);
  r = 1;
  for (const auto& code : codebook.codes) {
    const std::string* cells[] = {&code.id, &code.theme, &code.label, &code.definition,
                                  &code.include, &code.exclude_criteria, &code.example};
    for (lxw_col_t c = 0; c < 7; ++c) {
      fail(DRAAD_ZIP(worksheet_write_string)(book, r, c, cells[c]->c_str(), wrap));
      book_widths[c].add(*cells[c]);
    }
    ++r;
  }
  for (lxw_col_t c = 0; c < 7; ++c)
    fail(DRAAD_ZIP(worksheet_set_column)(book, c, c, book_widths[c].width(max_widths[c]), wrap));
  if (lxw_error e = DRAAD_ZIP(workbook_close)(guard.release()); e != LXW_NO_ERROR)
    throw DataError({path}, fmt::format("cannot write the workbook: {}", DRAAD_ZIP(lxw_strerror)(e)));
  file.commit();
}

}  // namespace draad::coding
