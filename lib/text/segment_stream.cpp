#include "text/segment_stream.h"

#include <charconv>

#include <fmt/format.h>

#include "text/segment.h"

namespace draad {

SegmentChecker::SegmentChecker(const tsv::Reader& in)
    : doc_(in.require("doc")), seg_(in.require("seg")), text_(in.require("text")), start_(in.find("start")),
      end_(in.find("end")), unit_(in.find("unit")) {}

namespace {

std::optional<std::int64_t> whole_number(const std::string& s) {
  std::int64_t n = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
  if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return n;
}

}  // namespace

SegmentFields SegmentChecker::check(const tsv::Reader& in) {
  SegmentFields out;
  const std::string& doc = in.field(doc_);
  const std::string& text = in.field(text_);
  if (doc.empty()) throw DataError(in.where(doc_), "empty doc: every segment names its document");
  auto seg = whole_number(in.field(seg_));
  if (!seg || *seg <= 0)
    throw DataError(in.where(seg_), fmt::format("seg must be a positive whole number, not '{}'", excerpt(in.field(seg_))));
  out.seg = *seg;
  if (start_) {
    auto start = whole_number(in.field(*start_));
    if (!start || *start < 0)
      throw DataError(in.where(*start_),
                      fmt::format("start '{}' is not a code point offset (a whole number)", excerpt(in.field(*start_))));
    out.start = *start;
  }
  check_segment_size(text.size(), [&] { return in.where(text_); }, unit_ ? std::string_view(in.field(*unit_)) : "");
  if (end_) {
    auto end = whole_number(in.field(*end_));
    if (!end || *end < out.start)
      throw DataError(in.where(*end_), fmt::format("end '{}' is not a code point offset at or after start {}",
                                                   excerpt(in.field(*end_)), out.start));
  }
  // The previous record's fields tell an exact duplicate from a different
  // segment with the same number: copying them (into storage kept from
  // record to record) costs less than hashing every record did.
  const std::int64_t line = in.where().line;
  if (doc == last_doc_) {
    if (out.seg == last_seg_)
      throw DataError(in.where(seg_),
                      in.fields() == last_fields_
                          ? fmt::format("segment {} of document '{}' is repeated (line {} is the same): a duplicated "
                                        "line would be counted twice; remove it",
                                        out.seg, excerpt(doc), last_line_)
                          : fmt::format("two different segments numbered {} in document '{}' (lines {} and {}); "
                                        "segment the documents again",
                                        out.seg, excerpt(doc), last_line_, line));
    if (out.seg < last_seg_)
      throw DataError(in.where(seg_), fmt::format("segment {} of document '{}' comes after segment {}: the segments "
                                                  "of a document must be in order (as draad segment writes them)",
                                                  out.seg, excerpt(doc), last_seg_));
  } else {
    if (!last_doc_.empty()) done_docs_.insert(last_doc_);
    if (done_docs_.contains(doc))
      throw DataError(in.where(doc_), fmt::format("document '{}' comes back after other documents: its segments "
                                                  "must be adjacent (was a stream joined twice?)",
                                                  excerpt(doc)));
    last_doc_ = doc;
  }
  last_seg_ = out.seg;
  last_line_ = line;
  last_fields_ = in.fields();
  return out;
}

}  // namespace draad
