#include <doctest/doctest.h>

#include <string>

#include "support.h"
#include "stream/tsv.h"

using draad::DataError;
namespace tsv = draad::tsv;
using draad::test::temp_dir;
using draad::test::write_file;

TEST_CASE("tsv: escapes exactly tab, newline, carriage return and backslash") {
  CHECK(tsv::escape("a\tb\nc\rd\\e") == "a\\tb\\nc\\rd\\\\e");
  CHECK(tsv::escape("geen escapes: ‘zo’n’ “ok”") == "geen escapes: ‘zo’n’ “ok”");
  CHECK(tsv::escape("") == "");
}

TEST_CASE("tsv: an escape is found at every position of a long field (the scan goes eight bytes at a time)") {
  for (std::size_t at = 0; at < 20; ++at) {
    for (char c : {'\t', '\n', '\r', '\\'}) {
      std::string field(20, 'x');
      field[at] = c;
      std::string expected = std::string(at, 'x') + '\\' + (c == '\t' ? 't' : c == '\n' ? 'n' : c == '\r' ? 'r' : '\\') +
                             std::string(19 - at, 'x');
      CHECK(tsv::escape(field) == expected);
    }
  }
  // Bytes one off the escaped ones (\b \v \f [ ]) and multi-byte characters pass.
  CHECK(tsv::escape("\b\v\f[]\x0e\x7f ééé‘’ 0123456789") == "\b\v\f[]\x0e\x7f ééé‘’ 0123456789");
}

TEST_CASE("tsv: any byte string of valid UTF-8 survives a round trip") {
  std::string path = temp_dir() + "/round.tsv";
  std::vector<std::string> values = {"", "\\", "\\t", "\t\t", "a\\nb", "\r\n", "é\tü\\", "end\\"};
  std::string all;
  for (int c = 1; c < 128; ++c) all += static_cast<char>(c);
  values.push_back(all);
  {
    std::FILE* f = std::fopen(path.c_str(), "wb");
    tsv::Writer w(f, {"id", "value"});
    for (std::size_t i = 0; i < values.size(); ++i) w.field(std::to_string(i)).field(values[i]).end_row();
    w.flush();
    std::fclose(f);
  }
  tsv::Reader r(path);
  REQUIRE(r.columns() == std::vector<std::string>{"id", "value"});
  std::size_t i = 0;
  while (r.next()) {
    REQUIRE(i < values.size());
    CHECK(r.field(1) == values[i]);
    ++i;
  }
  CHECK(i == values.size());
}

TEST_CASE("tsv: errors name file, line and column") {
  std::string dir = temp_dir();
  auto error_of = [&](const std::string& content) -> std::string {
    write_file(dir + "/x.tsv", content);
    try {
      tsv::Reader r(dir + "/x.tsv");
      while (r.next()) {
      }
    } catch (const DataError& e) {
      return std::string(e.what()).substr(dir.size() + 1);
    }
    return "no error";
  };
  CHECK(error_of("") == "x.tsv: empty input: expected a header line of column names");
  CHECK(error_of("doc\tseg\ttext\nab\t1\n") == "x.tsv:2:5: ragged row: 2 fields where the header has 3 columns");
  CHECK(error_of("doc\tseg\na\t1\tzz\n") == "x.tsv:2:4: ragged row: 3 fields where the header has 2 columns");
  CHECK(error_of("doc\tseg\nab\tx\\qy\n") == "x.tsv:2:5: bad escape '\\q' (only \\t, \\n, \\r and \\\\ are allowed)");
  CHECK(error_of("doc\tseg\nab\tx\\\n") == "x.tsv:2:5: bad escape: a lone backslash at the end of the field");
  CHECK(error_of("doc\tseg\nöö\ta\xff\n") == "x.tsv:2:5: invalid UTF-8 (byte 0xFF)");
  CHECK(error_of("doc\tdoc\n") == "x.tsv:1:5: duplicate column 'doc' in the header");
  CHECK(error_of("doc\t\n") == "x.tsv:1:5: column 2 of the header has no name");
}

TEST_CASE("tsv: a missing required column names the columns there are") {
  std::string path = temp_dir() + "/x.tsv";
  write_file(path, "doc\tseg\ttext\n");
  tsv::Reader r(path);
  CHECK(r.require("seg") == 1);
  CHECK_THROWS_WITH(r.require("code"),
                    doctest::Contains("x.tsv:1: missing required column 'code' (the header has: doc, seg, text)"));
}

TEST_CASE("tsv: CRLF line ends and a BOM are tolerated, a huge field is one field") {
  std::string path = temp_dir() + "/x.tsv";
  std::string big(5'000'000, 'a');
  write_file(path, "\xEF\xBB\xBF" "doc\ttext\r\nd1\t" + big + "\r\n");
  tsv::Reader r(path);
  CHECK(r.columns()[0] == "doc");
  REQUIRE(r.next());
  CHECK(r.field(1).size() == big.size());
  CHECK_FALSE(r.next());
}

TEST_CASE("tsv: fields passed through as read are written as escaping them again would") {
  std::string path = temp_dir() + "/raw.tsv";
  // A bare carriage return inside a field is read as one (only a final one is
  // a line end); escape_to writes it as \r.
  write_file(path, "a\tb\tc\td\nx\\ty\tvan\rhier\\\\daar\t\tz\\n\r\n");
  tsv::Reader r(path);
  REQUIRE(r.next());
  CHECK(r.raw_fields(0, 1) == "x\\ty");
  CHECK(r.raw_fields(1, 4) == "van\rhier\\\\daar\t\tz\\n");
  CHECK(r.raw_fields(2, 2) == "");
  std::string written, escaped;
  tsv::append_raw(written, r.raw_fields(0, 4));
  for (std::size_t i = 0; i < 4; ++i) {
    if (i) escaped += '\t';
    tsv::escape_to(escaped, r.field(i));
  }
  CHECK(written == "x\\ty\tvan\\rhier\\\\daar\t\tz\\n");
  CHECK(written == escaped);
}
