#include "stream/xlsx_reader.h"

#include <zip.h>

#include <memory>
#include <optional>

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

class Archive {
 public:
  Archive(const std::string& path) : name_(display_name(path)), bytes_(read_all(path, kMaxWorkbookBytes, "a workbook")) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes_.data(), bytes_.size(), 0, &error);
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

  // The part's bytes, or nullopt when the archive has no such part.
  std::optional<std::string> part(const std::string& entry) const {
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(zip_.get(), entry.c_str(), 0, &st) != 0) return std::nullopt;
    if (!(st.valid & ZIP_STAT_SIZE) || st.size > kMaxPartBytes)
      throw DataError({name_}, fmt::format("part {} is larger than {} MB", entry, kMaxPartBytes >> 20));
    std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> file(zip_fopen(zip_.get(), entry.c_str(), 0), zip_fclose);
    if (!file) throw DataError({name_}, fmt::format("cannot read part {}: {}", entry, zip_strerror(zip_.get())));
    std::string out(st.size, '\0');
    zip_int64_t got = zip_fread(file.get(), out.data(), out.size());
    if (got < 0 || static_cast<zip_uint64_t>(got) != st.size)
      throw DataError({name_}, fmt::format("cannot read part {}: truncated or corrupt", entry));
    return out;
  }

  pugi::xml_document xml(const std::string& entry, bool required = true) const {
    pugi::xml_document doc;
    auto bytes = part(entry);
    if (!bytes) {
      if (required) throw DataError({name_}, fmt::format("not an XLSX workbook: it has no {}", entry));
      return doc;
    }
    auto result = doc.load_buffer(bytes->data(), bytes->size());
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

// The text of a string item (<si> or <is>): a plain <t>, or rich-text runs
// <r><t>; phonetic runs (<rPh>) are not part of the value.
std::string string_item(const pugi::xml_node& item) {
  std::string out;
  for (auto child : item.children()) {
    std::string_view tag = child.name();
    if (tag == "t") out += child.text().get();
    else if (tag == "r") out += child.child("t").text().get();
  }
  return out;
}

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

}  // namespace

Sheet read_first_sheet(const std::string& path) {
  Archive archive(path);
  Sheet out;
  auto [name, part] = first_sheet(archive);
  out.name = name;

  std::vector<std::string> shared;
  auto strings = archive.xml("xl/sharedStrings.xml", false);
  for (auto si : strings.child("sst").children("si")) shared.push_back(string_item(si));

  auto sheet = archive.xml(part);
  auto root = sheet.child("worksheet");
  std::size_t grid_bytes = 0;
  for (auto row : root.child("sheetData").children("row")) {
    Row r;
    r.number = row.attribute("r").as_llong(out.rows.empty() ? 1 : out.rows.back().number + 1);
    std::int64_t next_column = 1;
    bool any = false;
    for (auto c : row.children("c")) {
      std::string_view ref = c.attribute("r").value();
      auto [row_number, column] = ref.empty() ? std::pair<std::int64_t, std::int64_t>{r.number, next_column}
                                              : cell_position(ref);
      if (column <= 0 || row_number != r.number)
        throw DataError({archive.name(), r.number}, fmt::format("malformed cell reference '{}' in {}", ref, part));
      next_column = column + 1;
      std::string_view type = c.attribute("t").value();
      std::string value;
      if (type == "inlineStr") {
        value = string_item(c.child("is"));
      } else {
        std::string_view v = c.child("v").text().get();
        if (type == "s") {
          auto index = c.child("v").text().as_ullong(shared.size());
          if (index >= shared.size())
            throw DataError({archive.name(), r.number, column},
                            fmt::format("cell {} refers to shared string {} of {}", ref, v, shared.size()));
          value = shared[index];
        } else if (type == "b") {
          value = v == "1" ? "TRUE" : "FALSE";
        } else {
          value = v;  // n, str, e and untyped: the stored text
        }
      }
      if (value.empty()) continue;
      grid_bytes += value.size() + sizeof(std::string) * (static_cast<std::size_t>(column) > r.cells.size()
                                                              ? static_cast<std::size_t>(column) - r.cells.size()
                                                              : 0);
      if (grid_bytes > kMaxGridBytes)
        throw DataError({archive.name(), r.number, column},
                        fmt::format("the sheet's cells take more than {} MB; draad reads sheets up to that size",
                                    kMaxGridBytes >> 20));
      if (r.cells.size() < static_cast<std::size_t>(column)) r.cells.resize(column);
      r.cells[column - 1] = std::move(value);
      any = true;
    }
    if (any) out.rows.push_back(std::move(r));
  }
  for (auto m : root.child("mergeCells").children("mergeCell")) {
    Range range;
    range.ref = m.attribute("ref").value();
    auto colon = range.ref.find(':');
    std::tie(range.first_row, range.first_column) = cell_position(range.ref.substr(0, colon));
    std::tie(range.last_row, range.last_column) =
        colon == std::string::npos ? std::pair{range.first_row, range.first_column}
                                   : cell_position(std::string_view(range.ref).substr(colon + 1));
    out.merged.push_back(std::move(range));
  }
  return out;
}

}  // namespace draad::xlsx
