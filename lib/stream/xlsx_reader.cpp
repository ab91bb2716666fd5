#include "stream/xlsx_reader.h"

#include <expat.h>
#include <zip.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <exception>
#include <functional>
#include <memory>

#include <fmt/format.h>
#include <pugixml.hpp>

#include "base/error.h"
#include "base/input.h"

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

struct ZipCloser {
  void operator()(zip_t* z) const { zip_discard(z); }
};
using ZipFile = std::unique_ptr<zip_file_t, int (*)(zip_file_t*)>;

class Archive {
 public:
  // A file is opened where it lies (a large workbook is not read into
  // memory); standard input is read whole.
  explicit Archive(const std::string& path) : name_(display_name(path)) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = nullptr;
    if (path == "-") {
      bytes_ = read_all(path);
      source = zip_source_buffer_create(bytes_.data(), bytes_.size(), 0, &error);
    } else {
      std::FILE* probe = std::fopen(path.c_str(), "rb");  // an unreadable file says why
      if (!probe) throw DataError({name_}, fmt::format("cannot open: {}", std::strerror(errno)));
      std::fclose(probe);
      source = zip_source_file_create(path.c_str(), 0, -1, &error);
    }
    if (source) {
      zip_.reset(zip_open_from_source(source, ZIP_RDONLY, &error));
      if (!zip_) zip_source_free(source);
    }
    if (!zip_) {
      std::string why = zip_error_strerror(&error);
      zip_error_fini(&error);
      throw DataError({name_}, fmt::format("not an XLSX workbook ({})", why));
    }
    zip_error_fini(&error);
  }

  const std::string& name() const { return name_; }

  // The open part, or a null file when the archive has no such part.
  ZipFile open(const std::string& entry) const {
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(zip_.get(), entry.c_str(), 0, &st) != 0) return ZipFile(nullptr, zip_fclose);
    ZipFile file(zip_fopen(zip_.get(), entry.c_str(), 0), zip_fclose);
    if (!file) throw DataError({name_}, fmt::format("cannot read part {}: {}", entry, zip_strerror(zip_.get())));
    return file;
  }

  // Feeds the part to `consume` in chunks; false when there is no such part.
  // More than `limit` bytes (whatever the zip directory claims) is refused.
  bool stream(const std::string& entry, std::size_t limit,
              const std::function<void(const char*, std::size_t, bool last)>& consume) const {
    ZipFile file = open(entry);
    if (!file) return false;
    std::vector<char> chunk(1 << 16);
    std::size_t total = 0;
    for (;;) {
      zip_int64_t got = zip_fread(file.get(), chunk.data(), chunk.size());
      if (got < 0) throw DataError({name_}, fmt::format("cannot read part {}: truncated or corrupt", entry));
      total += static_cast<std::size_t>(got);
      if (total > limit) throw DataError({name_}, fmt::format("part {} is larger than {} MB", entry, limit >> 20));
      consume(chunk.data(), static_cast<std::size_t>(got), got == 0);
      if (got == 0) return true;
    }
  }

  pugi::xml_document xml(const std::string& entry, bool required = true) const {
    pugi::xml_document doc;
    std::string bytes;
    if (!stream(entry, kMaxPartBytes, [&](const char* data, std::size_t n, bool) { bytes.append(data, n); })) {
      if (required) throw DataError({name_}, fmt::format("not an XLSX workbook: it has no {}", entry));
      return doc;
    }
    auto result = doc.load_buffer(bytes.data(), bytes.size());
    if (!result)
      throw DataError({name_}, fmt::format("malformed XML in {} at byte {}: {}", entry, result.offset,
                                           result.description()));
    return doc;
  }

 private:
  std::string name_;
  std::string bytes_;
  std::unique_ptr<zip_t, ZipCloser> zip_;
};

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
  void start(std::string_view tag, const XML_Char** attributes) override {
    if (tag == "row") {
      const char* r = attribute(attributes, "r");
      row_ = Row{};
      row_.number = r ? std::atoll(r) : last_row_ + 1;
      row_bytes_ = 0;
      if (row_.number <= last_row_)
        throw DataError({name_, row_.number}, fmt::format("rows out of order in {}", part_));
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

}  // namespace

struct SheetReader::Impl {
  Archive archive;
  std::string sheet_name, part;
  std::vector<std::string> shared;
  std::unique_ptr<SheetRows> rows;
  ZipFile file{nullptr, zip_fclose};
  std::vector<char> chunk = std::vector<char>(1 << 16);
  bool done = false;

  explicit Impl(const std::string& path) : archive(path) {
    std::tie(sheet_name, part) = first_sheet(archive);
    SharedStrings strings(archive.name(), "xl/sharedStrings.xml");
    archive.stream("xl/sharedStrings.xml", kMaxPartBytes,
                   [&](const char* data, std::size_t n, bool last) { strings.feed(data, n, last); });
    shared = std::move(strings.strings);
    rows = std::make_unique<SheetRows>(archive.name(), part, shared);
    file = archive.open(part);
    if (!file) throw DataError({archive.name()}, fmt::format("not an XLSX workbook: it has no {}", part));
  }

  // Parses on until a row is queued or the part ends.
  bool fill() {
    while (rows->rows.empty() && !done) {
      zip_int64_t got = zip_fread(file.get(), chunk.data(), chunk.size());
      if (got < 0) throw DataError({archive.name()}, fmt::format("cannot read part {}: truncated or corrupt", part));
      done = got == 0;
      rows->feed(chunk.data(), static_cast<std::size_t>(got), done);
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
  for (Row row; reader.next(row);) out.rows.push_back(std::move(row));
  out.merged = reader.merged();
  return out;
}

}  // namespace draad::xlsx
