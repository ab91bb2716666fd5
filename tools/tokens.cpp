// draad tokens — Dutch tokens of a segment stream.
//
// Usage: draad tokens [--freq norm|stem] [--top N] [FILE|-]
//
// Reads a segment stream (columns doc, seg, start, text; the rest is ignored)
// and writes one token record per token:
//   doc seg tok start end surface norm stem kind
// where tok is 1-based within the segment and start/end are code point
// offsets into the document (segment start + offset within its text).
// With --freq it writes a frequency list instead, most frequent first:
//   feature count share docs
// counting every token except punctuation and symbols; share is count over
// all counted tokens and docs the number of documents it occurs in.

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstdint>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "command.h"
#include "base/error.h"
#include "base/string_map.h"
#include "base/progress.h"
#include "text/segment.h"
#include "dutch/tokenise.h"
#include "stream/record.h"
#include "stream/tsv.h"
#include "text/segment_stream.h"
#include "base/utf8.h"

namespace {

using draad::Token;
using draad::TokenKind;

void flush(std::string& buffer) {
  draad::tsv::write_raw(stdout, buffer);
  buffer.clear();
}

struct Frequency {
  std::int64_t count = 0;
  std::int64_t docs = 0;
  std::int64_t last_doc = -1;
};

}  // namespace

int draad::cli::run_tokens(CLI::App& app, int argc, char** argv) {
  app.name("tokens");
  std::string input = "-";
  std::string freq;
  std::size_t top = 0;
  app.add_option("input", input, "segment stream (default: standard input)");
  app.add_option("--freq", freq, "write a frequency list of this token field instead of tokens")
      ->check(CLI::IsMember({"norm", "stem"}));
  app.add_option("--top", top, "with --freq: only the N most frequent features")->check(CLI::Range(0, 1'000'000'000));
  app.footer(
      "Example:\n"
      "  draad segment samples/ | draad tokens --freq stem --top 5\n"
      "  feature  count  share   docs\n"
      "  de       412    0.0421  2\n\n"
      "Token kinds: word number punct symbol abbrev url email hashtag mention.\n"
      "'bijv.' is one abbrev token, 'zo'n' and ''s avonds' keep their apostrophe,\n"
      "'duo-interviews' is one word, '58,5%' is one number.");

  return draad::cli::run(app, argc, argv, [&] {
    if (top && freq.empty()) throw draad::UsageError("--top needs --freq");
    draad::tsv::Reader in(input);
    const std::size_t doc_col = in.require("doc"), seg_col = in.require("seg"), text_col = in.require("text");
    in.require("start");
    draad::SegmentChecker checker(in);
    draad::Tokeniser tokeniser;
    std::vector<Token> tokens;
    draad::Progress progress("tokens");

    if (freq.empty()) {
      // The token records are most of the output: written straight into one
      // buffer (fields escaped as the stream's Writer does), not field by field.
      std::string buffer = draad::header_line(draad::kTokenColumns);
      std::string prefix;
      auto number = [&](std::int64_t v) {
        char digits[24];
        buffer.append(digits, std::to_chars(digits, digits + sizeof digits, v).ptr);
        buffer += '\t';
      };
      auto text_field = [&](std::string_view v, char end) {
        draad::tsv::escape_to(buffer, v);
        buffer += end;
      };
      while (in.next()) {
        const std::int64_t start = checker.check(in).start;
        const std::string& text = in.field(text_col);
        progress.segment(text.size(), in.field(doc_col));
        tokeniser.tokenise(text, tokens);
        prefix.clear();
        draad::tsv::escape_to(prefix, in.field(doc_col));
        prefix += '\t';
        draad::tsv::escape_to(prefix, in.field(seg_col));
        prefix += '\t';
        draad::utf8::CodePointCounter cp(text);  // tokens come in text order
        std::int64_t n = 0;
        for (const Token& t : tokens) {
          buffer += prefix;
          number(++n);
          number(start + cp.at(t.begin));
          number(start + cp.at(t.end));
          text_field(std::string_view(text).substr(t.begin, t.end - t.begin), '\t');
          text_field(t.norm, '\t');
          text_field(t.stem, '\t');
          buffer += draad::kind_name(t.kind);  // a plain word: nothing to escape
          buffer += '\n';
        }
        if (buffer.size() >= (1 << 16)) flush(buffer);
      }
      flush(buffer);
      return;
    }

    const bool by_stem = freq == "stem";
    draad::StringMap<Frequency> table;
    std::string doc;
    std::int64_t doc_index = -1, total = 0;
    while (in.next()) {
      if (doc_index < 0 || in.field(doc_col) != doc) {
        doc = in.field(doc_col);
        ++doc_index;
      }
      checker.check(in);
      progress.segment(in.field(text_col).size(), in.field(doc_col));
      tokeniser.tokenise(in.field(text_col), tokens);
      for (const Token& t : tokens) {
        if (t.kind == TokenKind::punct || t.kind == TokenKind::symbol) continue;
        const std::string_view feature = by_stem ? t.stem : t.norm;
        Frequency& f = table.try_emplace(feature).first->second;
        ++f.count;
        ++total;
        if (f.last_doc != doc_index) {
          f.last_doc = doc_index;
          ++f.docs;
        }
      }
    }
    std::vector<std::pair<const std::string*, const Frequency*>> rows;
    rows.reserve(table.size());
    for (const auto& [feature, f] : table) rows.emplace_back(&feature, &f);
    std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
      return a.second->count != b.second->count ? a.second->count > b.second->count : *a.first < *b.first;
    });
    if (top && rows.size() > top) rows.resize(top);
    draad::tsv::Writer out(stdout, {"feature", "count", "share", "docs"});
    for (const auto& [feature, f] : rows)
      out.field(*feature).field(f->count).field(fmt::format("{:.4f}", double(f->count) / double(total)))
          .field(f->docs).end_row();
    out.flush();
  });
}
