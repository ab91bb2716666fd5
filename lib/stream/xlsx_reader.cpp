#include "stream/xlsx_reader.h"

#include <expat.h>

#include <algorithm>
#include <cstdlib>
#include <deque>
#include <map>
#include <exception>
#include <memory>
#include <optional>

#include <fmt/format.h>
#include <pugixml.hpp>

#include "base/error.h"
#include "base/utf8.h"
#include "stream/number_format.h"
#include "stream/report.h"
#include "stream/zip_archive.h"

namespace draad::xlsx {

std::int64_t column_number(std::string_view ref) {
  std::int64_t n = 0;
  for (char c : ref) {
    if (c < 'A' || c > 'Z') break;
    n = n * 26 + (c - 'A' + 1);
    if (n > 16384) return 0;  // beyond Excel's last column XFD
  }
  return n;
}

bool is_ods(std::string_view path) { return path.size() >= 4 && utf8::ascii_lower(path.substr(path.size() - 4)) == ".ods"; }

std::string column_name(std::int64_t number) {
  std::string out;
  for (; number > 0; number = (number - 1) / 26) out.insert(out.begin(), static_cast<char>('A' + (number - 1) % 26));
  return out;
}

namespace {

using zip::Archive;

// The worksheet part of the workbook's first sheet.
struct FirstSheet {
  std::string name, part;
  bool date1904 = false;  // the workbook counts dates from 1904
};

FirstSheet first_sheet(const Archive& archive) {
  auto workbook = archive.xml("xl/workbook.xml");
  const std::string_view date1904 = workbook.child("workbook").child("workbookPr").attribute("date1904").value();
  auto sheet = workbook.child("workbook").child("sheets").child("sheet");
  if (!sheet) throw DataError({archive.name()}, "the workbook has no worksheet");
  std::string name = sheet.attribute("name").value();
  std::string rid = sheet.attribute("r:id").value();
  std::string target = "worksheets/sheet1.xml";
  auto rels = archive.xml("xl/_rels/workbook.xml.rels", false);
  for (auto rel : rels.child("Relationships").children("Relationship"))
    if (rel.attribute("Id").value() == rid) target = rel.attribute("Target").value();
  // Targets are relative to xl/, or absolute from the package root.
  if (!target.empty() && target[0] == '/') target.erase(0, 1);
  else target = "xl/" + target;
  return {name, target, date1904 == "1" || date1904 == "true"};
}

// The number format of each cell style (xl/styles.xml's cellXfs, by index),
// built-in formats by their code; each read once for all its cells.
std::vector<NumberFormat> cell_formats(const Archive& archive) {
  const pugi::xml_document document = archive.xml("xl/styles.xml", false);
  const auto styles = document.child("styleSheet");
  std::map<int, std::string> custom;
  for (auto format : styles.child("numFmts").children("numFmt"))
    custom[format.attribute("numFmtId").as_int()] = format.attribute("formatCode").value();
  std::vector<NumberFormat> out;
  for (auto xf : styles.child("cellXfs").children("xf")) {
    const int id = xf.attribute("numFmtId").as_int();
    const auto it = custom.find(id);
    out.emplace_back(it != custom.end() ? std::string_view(it->second) : builtin_format(id).value_or("General"));
  }
  return out;
}

// "B7" -> (7, 2); (0, 0) when malformed.
std::pair<std::int64_t, std::int64_t> cell_position(std::string_view ref) {
  std::int64_t column = column_number(ref);
  std::size_t i = 0;
  while (i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z') ++i;
  std::int64_t row = 0;
  for (; i < ref.size(); ++i) {
    if (ref[i] < '0' || ref[i] > '9' || row > 10'000'000) return {0, 0};
    row = row * 10 + (ref[i] - '0');
  }
  return {row, column};
}

std::string_view local_name(const XML_Char* name) {
  std::string_view n(name);
  auto colon = n.rfind(':');
  return colon == std::string_view::npos ? n : n.substr(colon + 1);
}

const char* attribute(const XML_Char** attributes, std::string_view wanted) {
  for (std::size_t i = 0; attributes[i]; i += 2)
    if (local_name(attributes[i]) == wanted) return attributes[i + 1];
  return nullptr;
}

// An expat parser that collects the text of string items: a plain <t>, or
// rich-text runs <r><t>; phonetic runs (<rPh>) are not part of the value.
// A handler's error stops the parser and is thrown once expat has returned
// (an exception must not cross expat's C frames).
class XmlStream {
 public:
  XmlStream(std::string name, std::string part) : name_(std::move(name)), part_(std::move(part)) {
    parser_ = XML_ParserCreate(nullptr);
    XML_SetUserData(parser_, this);
    XML_SetElementHandler(parser_, &XmlStream::on_start, &XmlStream::on_end);
    XML_SetCharacterDataHandler(parser_, &XmlStream::on_text);
  }
  virtual ~XmlStream() { XML_ParserFree(parser_); }

  void feed(const char* data, std::size_t n, bool last) {
    if (XML_Parse(parser_, data, static_cast<int>(n), last) == XML_STATUS_ERROR) {
      if (error_) std::rethrow_exception(error_);
      throw DataError({name_}, fmt::format("malformed XML in {} at line {}: {}", part_,
                                           XML_GetCurrentLineNumber(parser_),
                                           XML_ErrorString(XML_GetErrorCode(parser_))));
    }
  }

 protected:
  virtual void start(std::string_view tag, const XML_Char** attributes) = 0;
  virtual void end(std::string_view tag) = 0;
  std::string text_;        // the text of the current <t> or <v>
  bool collecting_ = false;
  const std::string name_, part_;

  void fail(std::exception_ptr error) {
    if (!error_) error_ = error;
    XML_StopParser(parser_, XML_FALSE);
  }

 private:
  static void on_start(void* self, const XML_Char* name, const XML_Char** attributes) {
    auto* s = static_cast<XmlStream*>(self);
    std::string_view tag = local_name(name);
    if (tag == "rPh") ++s->phonetic_;
    if ((tag == "t" || tag == "v") && !s->phonetic_) s->collecting_ = true;
    try {
      s->start(tag, attributes);
    } catch (...) {
      s->fail(std::current_exception());
    }
  }
  static void on_end(void* self, const XML_Char* name) {
    auto* s = static_cast<XmlStream*>(self);
    std::string_view tag = local_name(name);
    if (tag == "rPh") --s->phonetic_;
    try {
      s->end(tag);
    } catch (...) {
      s->fail(std::current_exception());
    }
    if (tag == "t" || tag == "v") s->collecting_ = false;
  }
  static void on_text(void* self, const XML_Char* data, int n) {
    auto* s = static_cast<XmlStream*>(self);
    if (!s->collecting_) return;
    if (s->text_.size() + static_cast<std::size_t>(n) > kMaxCellBytes) {
      s->fail(std::make_exception_ptr(
          DataError({s->name_}, fmt::format("a cell longer than {} MB in {}", kMaxCellBytes >> 20, s->part_))));
      return;
    }
    s->text_.append(data, static_cast<std::size_t>(n));
  }

  XML_Parser parser_;
  std::exception_ptr error_;
  int phonetic_ = 0;
};

class SharedStrings : public XmlStream {
 public:
  using XmlStream::XmlStream;
  std::vector<std::string> strings;

 private:
  void start(std::string_view tag, const XML_Char**) override {
    if (tag == "si") item_.clear();
  }
  void end(std::string_view tag) override {
    if (tag == "t" && collecting_) item_ += text_, text_.clear();
    else if (tag == "si") strings.push_back(std::move(item_));
  }
  std::string item_;
};

// The rows of a sheet, queued as expat finds them, each with the number of
// times it is repeated (an ODS row stands for its identical copies below it).
class RowStream : public XmlStream {
 public:
  using XmlStream::XmlStream;
  std::deque<std::pair<Row, std::int64_t>> rows;
  std::vector<Range> merged;
  std::string sheet_name;  // the name of the sheet read, when the part says it
};

// An XLSX worksheet.
class SheetRows : public RowStream {
 public:
  SheetRows(std::string name, std::string part, const std::vector<std::string>& shared,
            std::vector<NumberFormat> formats, bool date1904)
      : RowStream(std::move(name), std::move(part)), shared_(shared), formats_(std::move(formats)), date1904_(date1904) {}

 private:
  // The r attribute of a row: 1 to Excel's last row. A bad one is located
  // after the last good row, since it has no line of its own.
  std::int64_t row_number(std::string_view r) const {
    std::int64_t n = 0;
    bool ok = !r.empty() && r.size() <= 7;
    for (char c : r) ok = ok && c >= '0' && c <= '9', n = n * 10 + (c - '0');
    if (!ok || n < 1 || n > static_cast<std::int64_t>(report::kMaxSheetRows))
      throw DataError({name_, last_row_ + 1},
                      fmt::format("row number '{}' in {} (after row {}) is not a worksheet row (1 to {})",
                                  excerpt(r), part_, last_row_, report::kMaxSheetRows));
    return n;
  }

  void start(std::string_view tag, const XML_Char** attributes) override {
    if (tag == "row") {
      const char* r = attribute(attributes, "r");
      row_ = Row{};
      row_.number = r ? row_number(r) : last_row_ + 1;
      row_bytes_ = 0;
      if (row_.number == last_row_)
        throw DataError({name_, row_.number}, fmt::format("row {} appears twice in {}", row_.number, part_));
      if (row_.number < last_row_)
        throw DataError({name_, row_.number},
                        fmt::format("row {} comes after row {} in {}: rows out of order", row_.number, last_row_, part_));
      next_column_ = 1;
    } else if (tag == "c") {
      const char* r = attribute(attributes, "r");
      std::string_view ref = r ? r : "";
      auto [row_number, column] = ref.empty() ? std::pair<std::int64_t, std::int64_t>{row_.number, next_column_}
                                              : cell_position(ref);
      if (column <= 0 || row_number != row_.number)
        throw DataError({name_, row_.number}, fmt::format("malformed cell reference '{}' in {}", ref, part_));
      column_ = column;
      next_column_ = column + 1;
      const char* t = attribute(attributes, "t");
      type_ = t ? t : "";
      const char* style = attribute(attributes, "s");
      style_ = style ? std::strtoull(style, nullptr, 10) : 0;
      ref_ = ref;
      value_.clear();
      text_.clear();
    } else if (tag == "mergeCell") {
      Range range;
      const char* ref = attribute(attributes, "ref");
      range.ref = ref ? ref : "";
      auto colon = range.ref.find(':');
      std::tie(range.first_row, range.first_column) = cell_position(range.ref.substr(0, colon));
      std::tie(range.last_row, range.last_column) =
          colon == std::string::npos ? std::pair{range.first_row, range.first_column}
                                     : cell_position(std::string_view(range.ref).substr(colon + 1));
      merged.push_back(std::move(range));
    }
  }

  void end(std::string_view tag) override {
    if ((tag == "t" || tag == "v") && collecting_) {
      value_ += text_;
      text_.clear();
    } else if (tag == "c") {
      std::string value;
      if (type_ == "s") {
        char* stop = nullptr;
        unsigned long long index = std::strtoull(value_.c_str(), &stop, 10);
        if (value_.empty() || *stop || index >= shared_.size())
          throw DataError({name_, row_.number, column_},
                          fmt::format("cell {} refers to shared string {} of {}", ref_, value_, shared_.size()));
        value = shared_[index];
      } else if (type_ == "b") {
        value = value_ == "1" ? "TRUE" : "FALSE";
      } else if (type_.empty() || type_ == "n") {
        // A number as its cell shows it (a style beyond the list shows it as General).
        static const NumberFormat kGeneral("General");
        value = (style_ < formats_.size() ? formats_[style_] : kGeneral).show(value_, date1904_);
      } else {
        value = std::move(value_);  // inlineStr, str and e: the stored text
      }
      value_.clear();
      if (value.empty()) return;
      row_bytes_ += value.size();
      if (row_bytes_ > kMaxRowBytes)
        throw DataError({name_, row_.number}, fmt::format("a row with more than {} MB of text in {}", kMaxRowBytes >> 20, part_));
      if (row_.cells.size() < static_cast<std::size_t>(column_)) row_.cells.resize(column_);
      row_.cells[column_ - 1] = std::move(value);
    } else if (tag == "row") {
      last_row_ = row_.number;
      if (!row_.cells.empty()) rows.emplace_back(std::move(row_), 1);
    }
  }

  const std::vector<std::string>& shared_;
  const std::vector<NumberFormat> formats_;  // the number format of each cell style
  const bool date1904_;
  Row row_;
  std::int64_t last_row_ = 0, next_column_ = 1, column_ = 0;
  std::size_t row_bytes_ = 0, style_ = 0;
  std::string type_, ref_, value_;
};

// The first table of an ODS spreadsheet's content.xml. A cell's value is its
// displayed text (text:p, with text:s, text:tab and text:line-break), as the
// user sees it; a cell without one falls back on its typed value attribute.
// Repeated cells and rows cost nothing while empty (a sheet ends with a
// million repeated empty rows); repeated non-empty cells are laid out up to
// kMaxOdsColumns, repeated non-empty rows are handed out one copy at a time.
class OdsRows : public RowStream {
 public:
  using RowStream::RowStream;

 private:
  static std::int64_t count(const XML_Char** attributes, std::string_view name) {
    const char* v = attribute(attributes, name);
    if (!v) return 1;
    const long long n = std::atoll(v);
    return n < 1 ? 1 : std::min<long long>(n, kMaxOdsRows);
  }

  void append(std::size_t n, char c) {
    if (text_.size() + n > kMaxCellBytes)
      throw DataError({name_, row_.number, column_}, fmt::format("a cell longer than {} MB in {}", kMaxCellBytes >> 20, part_));
    text_.append(n, c);
  }

  void start(std::string_view tag, const XML_Char** attributes) override {
    if (done_) return;
    if (tag == "table") {
      if (table_depth_++ == 0) {
        const char* name = attribute(attributes, "name");
        sheet_name = name ? name : "";
      }
      return;
    }
    if (table_depth_ != 1) return;  // before the first table, or inside a table nested in a cell
    ++depth_;
    if (skip_from_ > 0) return;
    if (tag == "table-row") {
      row_ = Row{};
      row_.number = next_row_;
      row_repeat_ = count(attributes, "number-rows-repeated");
      row_bytes_ = 0;
      column_ = 1;
    } else if (tag == "table-cell" || tag == "covered-table-cell") {
      cell_depth_ = depth_;
      cell_repeat_ = count(attributes, "number-columns-repeated");
      text_.clear();
      paragraphs_ = 0;
      fallback_.clear();
      for (const char* name : {"string-value", "value", "date-value", "time-value", "boolean-value"})
        if (const char* v = attribute(attributes, name); v && fallback_.empty()) fallback_ = v;
      const std::int64_t across = count(attributes, "number-columns-spanned");
      const std::int64_t down = count(attributes, "number-rows-spanned");
      if (across > 1 || down > 1) {
        Range range{"", row_.number, column_, row_.number + down - 1, column_ + across - 1};
        range.ref = fmt::format("{}{}:{}{}", column_name(range.first_column), range.first_row,
                                column_name(range.last_column), range.last_row);
        merged.push_back(std::move(range));
      }
    } else if (cell_depth_ > 0 && depth_ == cell_depth_ + 1 && (tag == "p" || tag == "h")) {
      if (paragraphs_++ > 0) append(1, '\n');
      in_paragraph_ = true;
    } else if (!in_paragraph_ || tag == "annotation") {
      // Not the cell's text: a comment, a shape anchored to the cell.
      if (cell_depth_ > 0) skip_from_ = depth_;
    } else if (tag == "s") {
      const char* c = attribute(attributes, "c");
      append(static_cast<std::size_t>(c ? std::clamp(std::atoll(c), 1LL, 1LL << 20) : 1), ' ');
    } else if (tag == "tab") {
      append(1, '\t');
    } else if (tag == "line-break") {
      append(1, '\n');
    }
    collecting_ = in_paragraph_ && skip_from_ == 0;
  }

  void end(std::string_view tag) override {
    if (done_) return;
    if (tag == "table") {
      if (--table_depth_ == 0) done_ = true;  // only the first sheet is read
      return;
    }
    if (table_depth_ != 1) return;
    if (skip_from_ > 0) {
      if (depth_ == skip_from_) skip_from_ = 0;
    } else if (in_paragraph_ && depth_ == cell_depth_ + 1) {
      in_paragraph_ = false;
    } else if (depth_ == cell_depth_) {
      end_cell();
      cell_depth_ = 0;
    } else if (tag == "table-row") {
      if (!row_.cells.empty()) {
        if (row_.number + row_repeat_ - 1 > kMaxOdsRows)
          throw DataError({name_, row_.number}, fmt::format("a row past row {} in {}", kMaxOdsRows, part_));
        rows.emplace_back(std::move(row_), row_repeat_);
      }
      next_row_ += row_repeat_;
    }
    --depth_;
    collecting_ = in_paragraph_ && skip_from_ == 0;
  }

  void end_cell() {
    std::string value = text_.empty() && paragraphs_ == 0 ? std::move(fallback_) : std::move(text_);
    text_.clear();
    const std::int64_t first = column_;
    column_ += cell_repeat_;
    if (value.empty()) return;
    const std::int64_t last = column_ - 1;
    if (last > kMaxOdsColumns)
      throw DataError({name_, row_.number, first}, fmt::format("a cell past column {} in {}", kMaxOdsColumns, part_));
    row_bytes_ += value.size() * static_cast<std::size_t>(cell_repeat_);
    if (row_bytes_ > kMaxRowBytes)
      throw DataError({name_, row_.number}, fmt::format("a row with more than {} MB of text in {}", kMaxRowBytes >> 20, part_));
    if (row_.cells.size() < static_cast<std::size_t>(last)) row_.cells.resize(static_cast<std::size_t>(last));
    for (std::int64_t c = first; c < last; ++c) row_.cells[static_cast<std::size_t>(c - 1)] = value;
    row_.cells[static_cast<std::size_t>(last - 1)] = std::move(value);
  }

  Row row_;
  std::int64_t next_row_ = 1, row_repeat_ = 1, column_ = 1, cell_repeat_ = 1;
  std::size_t row_bytes_ = 0;
  // Element depths inside the first table: of the open cell, and of the element whose content is skipped.
  int table_depth_ = 0, depth_ = 0, cell_depth_ = 0, skip_from_ = 0, paragraphs_ = 0;
  bool in_paragraph_ = false, done_ = false;
  std::string fallback_;
};

// Feeds the whole of `entry` to `parser` a chunk at a time.
void feed_all(zip::EntryReader& entry, XmlStream& parser) {
  std::vector<char> chunk(1 << 16);
  for (bool done = false; !done;) {
    const std::size_t got = entry.read(chunk.data(), chunk.size());
    done = got == 0;
    parser.feed(chunk.data(), got, done);
  }
}

}  // namespace

struct SheetReader::Impl {
  Archive archive;
  std::string sheet_name, part;
  std::vector<std::string> shared;
  std::unique_ptr<RowStream> rows;
  std::optional<zip::EntryReader> sheet;
  std::vector<char> chunk = std::vector<char>(1 << 16);
  bool done = false;

  explicit Impl(const std::string& path)
      : archive(zip::File{path}, is_ods(path) ? "an ODS spreadsheet" : "an XLSX workbook", kMaxPartBytes) {
    if (is_ods(path)) {
      part = "content.xml";
      rows = std::make_unique<OdsRows>(archive.name(), part);
    } else {
      const FirstSheet first = first_sheet(archive);
      sheet_name = first.name;
      part = first.part;
      if (auto strings_part = archive.open_entry("xl/sharedStrings.xml")) {
        SharedStrings strings(archive.name(), "xl/sharedStrings.xml");
        feed_all(*strings_part, strings);
        shared = std::move(strings.strings);
      }
      rows = std::make_unique<SheetRows>(archive.name(), part, shared, cell_formats(archive), first.date1904);
    }
    sheet = archive.open_entry(part);
    if (!sheet)
      throw DataError({archive.name()}, fmt::format("not {}: it has no {}", is_ods(path) ? "an ODS spreadsheet" : "an XLSX workbook", part));
    if (is_ods(path)) {
      // The sheet's name is the first table's attribute: parse up to it.
      while (rows->sheet_name.empty() && rows->rows.empty() && !done) feed_chunk();
      sheet_name = rows->sheet_name;
    }
  }

  void feed_chunk() {
    const std::size_t got = sheet->read(chunk.data(), chunk.size());
    done = got == 0;
    rows->feed(chunk.data(), got, done);
  }

  // Parses on until a row is queued or the part ends.
  bool fill() {
    while (rows->rows.empty() && !done) feed_chunk();
    return !rows->rows.empty();
  }
};

SheetReader::SheetReader(const std::string& path) : impl_(std::make_unique<Impl>(path)) {}
SheetReader::~SheetReader() = default;
const std::string& SheetReader::file_name() const { return impl_->archive.name(); }
const std::string& SheetReader::sheet_name() const { return impl_->sheet_name; }
const std::vector<Range>& SheetReader::merged() const { return impl_->rows->merged; }

bool SheetReader::next(Row& row) {
  if (!impl_->fill()) return false;
  auto& [front, copies] = impl_->rows->rows.front();
  if (copies > 1) {
    row = front;
    ++front.number;
    --copies;
  } else {
    row = std::move(front);
    impl_->rows->rows.pop_front();
  }
  return true;
}

Sheet read_first_sheet(const std::string& path) {
  SheetReader reader(path);
  Sheet out;
  out.name = reader.sheet_name();
  std::size_t grid_bytes = 0;
  for (Row row; reader.next(row);) {
    grid_bytes += row.cells.size() * sizeof(std::string);
    for (const auto& cell : row.cells) grid_bytes += cell.size();
    if (grid_bytes > kMaxGridBytes)
      throw DataError({reader.file_name(), row.number},
                      fmt::format("the sheet's cells take more than {} MB; draad reads sheets up to that size",
                                  kMaxGridBytes >> 20));
    out.rows.push_back(std::move(row));
  }
  out.merged = reader.merged();
  return out;
}

}  // namespace draad::xlsx
