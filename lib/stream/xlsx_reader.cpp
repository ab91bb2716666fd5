#include "stream/xlsx_reader.h"

#include <expat.h>

#include <cstdlib>
#include <deque>
#include <exception>
#include <memory>
#include <optional>

#include <fmt/format.h>
#include <pugixml.hpp>

#include "base/error.h"
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

std::string column_name(std::int64_t number) {
  std::string out;
  for (; number > 0; number = (number - 1) / 26) out.insert(out.begin(), static_cast<char>('A' + (number - 1) % 26));
  return out;
}

namespace {

using zip::Archive;

// The worksheet part of the workbook's first sheet.
std::pair<std::string, std::string> first_sheet(const Archive& archive) {
  auto workbook = archive.xml("xl/workbook.xml");
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
  return {name, target};
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

// The rows of a worksheet, queued as expat finds them.
class SheetRows : public XmlStream {
 public:
  SheetRows(std::string name, std::string part, const std::vector<std::string>& shared)
      : XmlStream(std::move(name), std::move(part)), shared_(shared) {}
  std::deque<Row> rows;
  std::vector<Range> merged;

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
      } else {
        value = std::move(value_);  // inlineStr, n, str, e and untyped: the stored text
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
      if (!row_.cells.empty()) rows.push_back(std::move(row_));
    }
  }

  const std::vector<std::string>& shared_;
  Row row_;
  std::int64_t last_row_ = 0, next_column_ = 1, column_ = 0;
  std::size_t row_bytes_ = 0;
  std::string type_, ref_, value_;
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
  std::unique_ptr<SheetRows> rows;
  std::optional<zip::EntryReader> sheet;
  std::vector<char> chunk = std::vector<char>(1 << 16);
  bool done = false;

  explicit Impl(const std::string& path) : archive(zip::File{path}, "an XLSX workbook", kMaxPartBytes) {
    std::tie(sheet_name, part) = first_sheet(archive);
    if (auto strings_part = archive.open_entry("xl/sharedStrings.xml")) {
      SharedStrings strings(archive.name(), "xl/sharedStrings.xml");
      feed_all(*strings_part, strings);
      shared = std::move(strings.strings);
    }
    rows = std::make_unique<SheetRows>(archive.name(), part, shared);
    sheet = archive.open_entry(part);
    if (!sheet) throw DataError({archive.name()}, fmt::format("not an XLSX workbook: it has no {}", part));
  }

  // Parses on until a row is queued or the part ends.
  bool fill() {
    while (rows->rows.empty() && !done) {
      const std::size_t got = sheet->read(chunk.data(), chunk.size());
      done = got == 0;
      rows->feed(chunk.data(), got, done);
    }
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
  row = std::move(impl_->rows->rows.front());
  impl_->rows->rows.pop_front();
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
