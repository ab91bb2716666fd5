#include "text/normalise.h"

#include <fmt/format.h>
#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstring>
#include <array>
#include <cctype>
#include <memory>

#include "base/error.h"
#include "base/utf8.h"

namespace draad {
namespace {

// ASCII bytes the main pass must look at; every other ASCII byte is copied as is.
constexpr std::array<bool, 256> kAttention = [] {
  std::array<bool, 256> t{};
  for (int b = 0x80; b < 256; ++b) t[b] = true;
  t['\r'] = true;
  t['\0'] = true;
  return t;
}();

// What a non-ASCII code point becomes: dropped, a plain space, a line end, a
// plain hyphen, or itself. A soft hyphen is dropped, except at a line end.
enum class Map { keep, drop, space, newline, hyphen, soft_hyphen };

Map classify(UChar32 c) {
  switch (c) {
    case 0x00AD:
      return Map::soft_hyphen;
    case 0x2010:  // HYPHEN, NON-BREAKING HYPHEN
    case 0x2011:
      return Map::hyphen;
    case 0x200B:  // zero width space
    case 0x200C:  // zero width non-joiner
    case 0x200D:  // zero width joiner
    case 0x2060:  // word joiner
    case 0xFEFF:  // a BOM inside the text (concatenated files)
      return Map::drop;
    case 0x00A0:
    case 0x1680:
    case 0x202F:
    case 0x205F:
    case 0x3000:
      return Map::space;
    case 0x0085:  // NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR: a line end like CR
    case 0x2028:
    case 0x2029:
      return Map::newline;
    default:
      return c >= 0x2000 && c <= 0x200A ? Map::space : Map::keep;
  }
}

// A UTF-16 file without a BOM shows NUL bytes in every other position.
std::string utf16_hint(std::string_view bytes) {
  std::size_t even = 0, odd = 0, n = std::min<std::size_t>(bytes.size(), 256);
  for (std::size_t i = 0; i < n; ++i)
    if (bytes[i] == '\0') (i % 2 ? odd : even)++;
  if (odd * 4 >= n && even == 0) return "; if it is UTF-16 without a byte order mark, try --encoding utf-16le";
  if (even * 4 >= n && odd == 0) return "; if it is UTF-16 without a byte order mark, try --encoding utf-16be";
  return "";
}

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
using Converter = std::unique_ptr<UConverter, ConverterCloser>;

Converter open_converter(const char* name) {
  UErrorCode err = U_ZERO_ERROR;
  Converter c(ucnv_open(name, &err));
  if (U_FAILURE(err)) c.reset();
  return c;
}

// Bookkeeping for the to-Unicode callback: under `lenient` each bad sequence
// becomes U+FFFD and is counted; otherwise the first one stops the conversion.
struct Decoding {
  const char* begin;
  bool lenient;
  std::size_t replaced = 0;
  bool bad = false;  // the conversion stopped at bad bytes: where, and the first of them
  std::size_t bad_offset = 0;
  unsigned char bad_byte = 0;
};

void on_bad_bytes(const void* context, UConverterToUnicodeArgs* args, const char* units, int32_t length,
                  UConverterCallbackReason reason, UErrorCode* err) {
  if (reason > UCNV_IRREGULAR) return;  // reset, close, clone: nothing to do
  auto* d = static_cast<Decoding*>(const_cast<void*>(context));
  if (!d->lenient) {
    d->bad = true;
    d->bad_offset = static_cast<std::size_t>(args->source - d->begin) - static_cast<std::size_t>(length);
    d->bad_byte = length > 0 ? static_cast<unsigned char>(units[0]) : 0;
    return;  // *err stays an error: conversion stops
  }
  static const UChar replacement = 0xFFFD;
  *err = U_ZERO_ERROR;
  ucnv_cbToUWriteUChars(args, &replacement, 1, 0, err);
  ++d->replaced;
}

// `bytes` in the encoding `from` to UTF-8. `skipped` bytes (a BOM) preceded
// `bytes` in the file, so offsets in messages are file offsets.
std::string to_utf8(std::string_view bytes, const std::string& from, std::size_t skipped, const std::string& name,
                    bool lenient, std::size_t& replaced) {
  Converter source = open_converter(from.c_str());
  if (!source) throw UsageError(fmt::format("unknown encoding '{}' (try latin1, cp1252, utf-16le)", from));
  Converter target = open_converter("UTF-8");
  Decoding decoding{bytes.data(), lenient};
  UErrorCode err = U_ZERO_ERROR;
  ucnv_setToUCallBack(source.get(), on_bad_bytes, &decoding, nullptr, nullptr, &err);

  std::string out(bytes.size() + bytes.size() / 2 + 16, '\0');
  std::array<UChar, 4096> pivot;
  UChar* pivot_source = pivot.data();
  UChar* pivot_target = pivot.data();
  const char* in = bytes.data();
  char* o = out.data();
  for (bool reset = true;; reset = false) {
    err = U_ZERO_ERROR;
    ucnv_convertEx(target.get(), source.get(), &o, out.data() + out.size(), &in, bytes.data() + bytes.size(),
                   pivot.data(), &pivot_source, &pivot_target, pivot.data() + pivot.size(), reset, true, &err);
    if (err != U_BUFFER_OVERFLOW_ERROR) break;
    std::size_t used = static_cast<std::size_t>(o - out.data());
    out.resize(out.size() * 2);
    o = out.data() + used;
  }
  if (U_FAILURE(err)) {
    if (decoding.bad)
      throw DataError(Location{name},
                      fmt::format("invalid {} data (byte 0x{:02X} at byte offset {}); try another --encoding, "
                                  "or --lenient",
                                  from, decoding.bad_byte, decoding.bad_offset + skipped));
    throw DataError(Location{name}, fmt::format("cannot convert from {}: {}", from, u_errorName(err)));
  }
  out.resize(static_cast<std::size_t>(o - out.data()));
  replaced += decoding.replaced;
  return out;
}

bool is_utf8_name(const std::string& encoding) {
  std::string lower;
  for (char c : encoding)
    if (c != '-' && c != '_') lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower.empty() || lower == "utf8";
}

// The single pass over UTF-8: line ends, invisible characters, odd spaces,
// NUL bytes and (under `lenient`) invalid sequences. `skipped` as in to_utf8;
// `converted` says the text came out of a converter, so byte offsets would
// not be file offsets. Returns whether the text may need NFC composition.
// `Out` appends like std::string (append, +=).
template <class Out>
bool clean(std::string_view s, std::size_t skipped, bool converted, const std::string& name, bool lenient,
           Out& out, std::size_t& replaced) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const std::size_t n = s.size();
  bool maybe_not_nfc = false;
  out.reserve(n);
  std::size_t i = 0;
  while (i < n) {
    std::size_t run = i;
    while (run + 8 <= n) {
      const std::uint64_t w = utf8::load8(s.data() + run);
      if (utf8::has_non_ascii(w) || utf8::has_byte(w, '\r') || utf8::has_byte(w, '\0')) break;
      run += 8;
    }
    while (run < n && !kAttention[p[run]]) ++run;
    out.append(s.data() + i, run - i);
    i = run;
    if (i >= n) break;
    const uint8_t b = p[i];
    if (b == '\r') {
      out += '\n';
      i += (i + 1 < n && p[i + 1] == '\n') ? 2 : 1;
      continue;
    }
    if (b == '\0') {
      if (converted) {
        throw DataError(utf8::locate(name, s, i), "binary file (NUL character)");
      }
      throw DataError(Location{name}, fmt::format("binary file (NUL byte at byte offset {}){}", i + skipped,
                                                  utf16_hint(s)));
    }
    // Decode within a window of at most four bytes so that offsets beyond
    // 2 GiB never reach ICU's int32_t indices.
    const int32_t window = static_cast<int32_t>(std::min<std::size_t>(4, n - i));
    int32_t k = 0;
    UChar32 c;
    U8_NEXT(p + i, k, window, c);
    if (c < 0) {
      if (!lenient) {
        throw DataError(utf8::locate(name, s, i),
                        fmt::format("invalid UTF-8 (byte 0x{:02X} at byte offset {}); the file may be Latin-1: "
                                    "try --encoding latin1, or --lenient",
                                    b, i + skipped));
      }
      out += "\xEF\xBF\xBD";
      ++replaced;
    } else {
      switch (classify(c)) {
        case Map::drop:
          break;
        case Map::soft_hyphen:
          // A word a PDF hyphenated at a line end: a visible hyphen that
          // reflow can judge like any other (diver-\nsiteit).
          if (i + k < n && (p[i + k] == '\n' || p[i + k] == '\r')) out += '-';
          break;
        case Map::hyphen:
          out += '-';
          break;
        case Map::space:
          out += ' ';
          break;
        case Map::newline:
          out += '\n';
          break;
        case Map::keep:
          out.append(s.data() + i, static_cast<std::size_t>(k));
          // Text whose every character passes the NFC quick check with
          // combining class 0 is NFC (every code point below U+0300 does;
          // é, ’ and “ do too): only the others need ICU's full check.
          maybe_not_nfc |= c >= 0x300 && (u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) != UNORM_YES ||
                                          u_getCombiningClass(c) != 0);
          break;
      }
    }
    i += static_cast<std::size_t>(k);
  }
  return maybe_not_nfc;
}

// Writes the cleaned text over the text being read: every rule but the
// replacement of invalid UTF-8 (not used here) shortens or keeps a sequence,
// so the writing never overtakes the reading.
struct InPlace {
  char* base;
  std::size_t size = 0;
  void reserve(std::size_t) {}
  void append(const char* data, std::size_t n) {
    if (base + size != data) std::memmove(base + size, data, n);
    size += n;
  }
  void append(const char* text) { append(text, std::strlen(text)); }
  InPlace& operator+=(char c) {
    base[size++] = c;
    return *this;
  }
  InPlace& operator+=(const char* text) {
    append(text);
    return *this;
  }
};

void compose(std::string& text) {
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(err);
  if (U_FAILURE(err)) throw std::runtime_error("ICU NFC data missing");
  if (nfc->isNormalizedUTF8(text, err) && U_SUCCESS(err)) return;
  err = U_ZERO_ERROR;
  std::string composed;
  composed.reserve(text.size());
  icu::StringByteSink<std::string> sink(&composed);
  nfc->normalizeUTF8(0, text, sink, nullptr, err);
  if (U_FAILURE(err)) throw std::runtime_error(fmt::format("ICU NFC failed: {}", u_errorName(err)));
  text.swap(composed);
}

}  // namespace

std::optional<std::string> normalise_in_place(std::string&& bytes, const NormaliseOptions& options) {
  if (!is_utf8_name(options.encoding) || options.lenient || bytes.starts_with("\xFF\xFE") ||
      bytes.starts_with("\xFE\xFF"))
    return std::nullopt;
  std::string text = std::move(bytes);
  if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
  InPlace out{text.data()};
  std::size_t replaced = 0;
  bool maybe_not_nfc = false;
  try {
    maybe_not_nfc = clean(std::string_view(text), 0, false, "", false, out, replaced);
  } catch (const DataError&) {
    return std::nullopt;  // its location was counted in text already overwritten
  }
  text.resize(out.size);
  if (maybe_not_nfc) compose(text);
  return text;
}

NormalisedText normalise(std::string_view bytes, const std::string& name, const NormaliseOptions& options) {
  NormalisedText result;
  std::string converted;
  std::string_view utf8 = bytes;
  std::size_t skipped = 0;
  bool was_converted = false;

  if (!is_utf8_name(options.encoding)) {
    converted = to_utf8(bytes, options.encoding, 0, name, options.lenient, result.replaced);
    was_converted = true;
  } else if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) {
    const char* from = bytes.starts_with("\xFF\xFE") ? "UTF-16LE" : "UTF-16BE";
    converted = to_utf8(bytes.substr(2), from, 2, name, options.lenient, result.replaced);
    was_converted = true;
  } else if (bytes.starts_with("\xEF\xBB\xBF")) {
    skipped = 3;
    utf8 = bytes.substr(3);
  }
  if (was_converted) {
    utf8 = converted;
    if (utf8.starts_with("\xEF\xBB\xBF")) utf8.remove_prefix(3);
  }

  if (clean(utf8, skipped, was_converted, name, options.lenient, result.text, result.replaced)) compose(result.text);
  return result;
}

}  // namespace draad
