#include <doctest/doctest.h>

#include "base/utf8.h"

using namespace draad;

TEST_CASE("utf8::locate: line and code point column of a byte offset") {
  const std::string text = "één\nzo ë!";
  auto at = [&](std::size_t offset, std::int64_t first_line = 1) {
    const Location where = utf8::locate("t.txt", text, offset, first_line);
    return where.str();
  };
  CHECK(at(0) == "t.txt:1:1");
  CHECK(at(2) == "t.txt:1:2");  // after the two bytes of é
  CHECK(at(6) == "t.txt:2:1");
  CHECK(at(9) == "t.txt:2:4");   // the ë
  CHECK(at(11) == "t.txt:2:5");  // the !
  CHECK(at(6, 10) == "t.txt:11:1");
  CHECK(at(100) == "t.txt:2:6");  // past the end: the end
  CHECK(utf8::locate("x", "\xff\xfe" "a", 2).column == 3);  // invalid bytes before the offset count one each
}

TEST_CASE("utf8::ByteOffsets: the byte offset of a code point offset, walking forward") {
  utf8::ByteOffsets bytes("aé€b");  // 1, 2, 3 and 1 bytes
  CHECK(bytes.at(0) == 0u);
  CHECK(bytes.at(2) == 3u);
  CHECK(bytes.at(3) == 6u);
  CHECK(bytes.at(4) == 7u);  // the end
  CHECK_FALSE(bytes.at(5));  // past the end
  CHECK(bytes.at(1) == 1u);  // earlier again: walks from the start
  CHECK_FALSE(bytes.at(-1));
  CHECK(bytes.at(3) == 6u);
}

TEST_CASE("utf8::count_byte: every occurrence, in the eight-byte blocks and the tail") {
  CHECK(draad::utf8::count_byte("", '\n') == 0);
  CHECK(draad::utf8::count_byte("a\nb", '\n') == 1);
  // 19 bytes: two whole blocks of eight and a tail of three, with a run of
  // newlines across a block edge and bytes that differ from '\n' by one bit.
  CHECK(draad::utf8::count_byte("\n\x0b\x08\x8a" "abc\n\n\n" "xyzw" "\x0a\x0e\n" "q\n", '\n') == 7);
  CHECK(draad::utf8::count_byte("\xff\xff\xff\xff\xff\xff\xff\xff\xff", '\xff') == 9);
  CHECK(draad::utf8::count_byte("\f page \f\f", '\f') == 3);
}
