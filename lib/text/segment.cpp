#include "text/segment.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <unordered_map>

#include <fmt/format.h>

#include "base/error.h"
#include "base/input.h"
#include "text/metadata.h"
#include "text/normalise.h"
#include "text/reflow.h"
#include "dutch/sentences.h"
#include "base/suggest.h"
#include "text/transcript.h"
#include "base/utf8.h"

namespace draad {

namespace fs = std::filesystem;

namespace {

const std::vector<std::string> kUnitNames = {"paragraph", "turn", "line", "sentence", "document"};

// How much of a file the constructor reads to find its front matter; a
// longer front matter makes it read on.
constexpr std::size_t kHeadBytes = 64 * 1024;

enum class Format { text, webvtt, srt };

struct Input {
  std::string path;  // "-" for standard input
  std::string name;  // for messages
  std::string id;
  Format format = Format::text;
  std::optional<std::string> bytes;  // read whole by the constructor (standard input, a pipe)
  // The front matter the constructor parsed, kept (when small) so that
  // run() parses YAML again only if the file changed in between.
  std::string front_matter_text;
  Attributes front_matter;
};

// Front matters longer than this are parsed twice rather than kept.
constexpr std::size_t kKeptFrontMatter = 4096;

Format format_of(const fs::path& path) {
  std::string ext = utf8::ascii_lower(path.extension().string());
  return ext == ".vtt" ? Format::webvtt : ext == ".srt" ? Format::srt : Format::text;
}

bool is_document_name(const fs::path& path) {
  static const std::set<std::string> kExtensions = {".txt", ".md", ".vtt", ".srt"};
  return kExtensions.count(utf8::ascii_lower(path.extension().string())) > 0;
}

// A found file and the ids it may take, from the shortest.
struct Candidate {
  Input input;
  std::string with_extension;
  std::string full;
};

std::string strip_extension(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  return path.substr(0, path.size() - ext.size());
}

// The path as given, without a root, `.` or `..`, so that it is a relative
// name under --emit-text.
std::string path_id(const fs::path& path) {
  std::string out;
  for (const auto& part : path.lexically_normal().relative_path()) {
    if (part == "." || part == ".." || part.empty()) continue;
    if (!out.empty()) out += '/';
    out += part.string();
  }
  return out;
}

void walk(const std::string& dir, std::vector<Candidate>& out) {
  std::vector<std::pair<std::string, std::string>> found;  // relative path, full path
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    const fs::path& p = it->path();
    std::string name = p.filename().string();
    if (!name.empty() && name[0] == '.') {  // hidden files and directories (.git)
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (is_document_name(p) && it->is_regular_file(ec))
      found.emplace_back(p.lexically_relative(dir).generic_string(), p.string());
  }
  if (ec) throw DataError({dir}, fmt::format("cannot read the directory: {}", ec.message()));
  if (found.empty()) throw DataError({dir}, "no documents (.txt, .md, .vtt, .srt) in this directory");
  std::sort(found.begin(), found.end());
  for (auto& [relative, full] : found) {
    Input input{full, full, strip_extension(relative), format_of(relative), std::nullopt, {}, {}};
    out.push_back({std::move(input), relative, path_id(full)});
  }
}

// Stable, unique ids: a clash keeps the extensions, then the whole path.
std::vector<Input> resolve(const std::vector<std::string>& args) {
  if (args.empty()) throw UsageError("no input: name files, directories, or - for standard input");
  std::vector<Candidate> found;
  for (const auto& arg : args) {
    if (arg == "-") {
      found.push_back({{"-", display_name("-"), "stdin", Format::text, std::nullopt, {}, {}}, "stdin", "stdin"});
      continue;
    }
    std::error_code ec;
    auto status = fs::status(arg, ec);
    if (ec && ec != std::errc::no_such_file_or_directory) throw DataError({arg}, ec.message());  // a symlink loop
    if (ec || !fs::exists(status)) throw DataError({arg}, "no such file or directory");
    if (fs::is_directory(status)) {
      walk(arg, found);
    } else {
      fs::path p(arg);
      Input input{arg, arg, strip_extension(p.filename().string()), format_of(p), std::nullopt, {}, {}};
      found.push_back({std::move(input), p.filename().string(), path_id(p)});
    }
  }
  // A document id travels in the stream, which is UTF-8: every later command would refuse it.
  for (const auto& c : found)
    if (utf8::find_invalid(c.input.id))
      throw DataError({c.input.name}, "the file name is not valid UTF-8 (it names the document); rename the file");
  auto clashes = [&](auto id_of) {
    std::map<std::string, int> count;
    for (auto& c : found) ++count[id_of(c)];
    return count;
  };
  auto count = clashes([](Candidate& c) { return c.input.id; });
  for (auto& c : found)
    if (count[c.input.id] > 1) c.input.id = c.with_extension;
  count = clashes([](Candidate& c) { return c.input.id; });
  for (auto& c : found)
    if (count[c.input.id] > 1) c.input.id = c.full;
  count = clashes([](Candidate& c) { return c.input.id; });
  std::vector<Input> inputs;
  for (auto& c : found) {
    if (count[c.input.id] > 1)
      throw UsageError(fmt::format("'{}' is named more than once (as document '{}')", c.input.name, c.input.id));
    inputs.push_back(std::move(c.input));
  }
  return inputs;
}

// Up to `limit` bytes of `path`; `complete` tells whether that was all.
std::string read_head(const std::string& path, std::size_t limit, bool& complete) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) throw DataError({path}, fmt::format("cannot open: {}", std::strerror(errno)));
  // Sized to the file (one byte more shows whether it grew): zeroing the
  // whole limit for every small document cost more than reading it.
  std::error_code ec;
  const std::uintmax_t size = fs::file_size(path, ec);
  const std::size_t want = ec ? limit : static_cast<std::size_t>(std::min<std::uintmax_t>(limit, size + 1));
  std::string data(want, '\0');
  std::size_t n = std::fread(data.data(), 1, want, f);
  data.resize(n);
  bool failed = std::ferror(f);
  int err = errno;
  complete = n < want && !failed;
  if (complete) complete = std::feof(f);
  std::fclose(f);
  if (failed) throw DataError({path}, fmt::format("cannot read: {}", std::strerror(err)));
  return data;
}

bool is_blank_text(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n'; });
}

// One document, read and cut into paragraphs.
struct Document {
  std::string text;
  std::vector<Paragraph> paragraphs;
  Attributes attributes;
};

}  // namespace

Unit parse_unit(const std::string& name) {
  for (std::size_t i = 0; i < kUnitNames.size(); ++i)
    if (name == kUnitNames[i]) return static_cast<Unit>(i);
  throw UsageError(fmt::format("unknown unit '{}': choose paragraph, turn, line, sentence or document{}", name,
                               did_you_mean(name, kUnitNames)));
}

const char* unit_name(Unit unit) { return kUnitNames[static_cast<std::size_t>(unit)].c_str(); }

struct Segmenter::Impl {
  SegmentOptions options;
  std::vector<Input> inputs;
  std::optional<DocumentTable> meta;
  std::optional<SpeakerTable> speakers;
  std::vector<std::string> columns;
  std::map<std::string, std::size_t> attribute_index;  // column -> field index

  void note(const std::string& message) const {
    if (options.report) options.report(message);
  }

  // A few warnings of one kind, then their count: a --meta file of a million
  // rows for other documents must not print a million lines.
  void note_some(const std::vector<std::string>& warnings) const {
    constexpr std::size_t kShown = 5;
    for (std::size_t i = 0; i < warnings.size() && i < kShown; ++i) note(warnings[i]);
    if (warnings.size() > kShown) note(fmt::format("... and {} more warnings like these", warnings.size() - kShown));
  }

  void add_column(const std::string& name) {
    if (attribute_index.emplace(name, columns.size()).second) columns.push_back(name);
  }

  NormaliseOptions normalise_options(bool lenient) const { return {lenient, options.encoding}; }

  // Reads the start of a document: checks that it is readable, not empty
  // and not binary, and adds its attribute keys to the columns.
  void prescan(Input& input) {
    bool complete = true;
    std::string head;
    std::error_code ec;
    if (input.path == "-" || !fs::is_regular_file(input.path, ec)) {
      input.bytes = read_all(input.path, kMaxDocumentBytes, "a document");
    } else {
      head = read_head(input.path, kHeadBytes, complete);
    }
    std::string_view bytes = input.bytes ? std::string_view(*input.bytes) : std::string_view(head);
    if (input.path == "-" && bytes.substr(bytes.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0, 6) == "WEBVTT")
      input.format = Format::webvtt;
    if (complete && bytes.empty()) throw DataError({input.name}, "empty document");
    // Cut where the head ends mid-line; invalid UTF-8 in a head is found again
    // (and located) when the whole document is read.
    if (!complete) bytes = bytes.substr(0, bytes.rfind('\n') + 1);
    std::string text = normalise(bytes, input.name, normalise_options(options.lenient || !complete)).text;
    if (input.format != Format::text) {
      // A whole subtitle file is parsed now, so that its errors come before any output.
      if (complete) {
        SubtitleDocument sub = input.format == Format::webvtt ? parse_webvtt(text, input.name) : parse_srt(text, input.name);
        if (sub.paragraphs.empty()) throw DataError({input.name}, "empty document: no cues with text");
      }
      if (input.format == Format::webvtt)
        for (const auto& [key, value] : webvtt_note_attributes(text, input.name)) add_column(key);
      return;
    }
    if (!complete && front_matter_length(text) == std::string::npos) {
      complete = true;
      text = normalise(read_all(input.path, kMaxDocumentBytes, "a document"), input.name, normalise_options(options.lenient)).text;
    }
    FrontMatter fm = parse_front_matter(text, input.name);
    for (const auto& [key, value] : fm.attributes) add_column(key);
    if (fm.length > 0 && fm.length <= kKeptFrontMatter && text[fm.length - 1] == '\n') {
      input.front_matter_text = text.substr(0, fm.length);
      input.front_matter = fm.attributes;
    }
    if (complete && is_blank_text(std::string_view(text).substr(fm.length)))
      throw DataError({input.name}, fm.length ? "empty document: no text after the front matter" : "empty document");
  }

  Document load(const Input& input) const {
    NormalisedText normalised;
    if (input.bytes) {
      normalised = normalise(*input.bytes, input.name, normalise_options(options.lenient));
    } else {
      std::error_code ec;
      if (!fs::exists(input.path, ec))
        throw DataError({input.name}, "vanished during the run (it was there when the run started)");
      normalised = normalise(read_all(input.path, kMaxDocumentBytes, "a document"), input.name, normalise_options(options.lenient));
    }
    if (normalised.replaced)
      note(fmt::format("{}: warning: replaced {} invalid UTF-8 sequence{} with U+FFFD", input.name, normalised.replaced,
                       normalised.replaced == 1 ? "" : "s"));
    Document doc;
    if (input.format != Format::text) {
      SubtitleDocument sub = input.format == Format::webvtt ? parse_webvtt(normalised.text, input.name)
                                                            : parse_srt(normalised.text, input.name);
      doc.text = std::move(sub.text);
      doc.paragraphs = std::move(sub.paragraphs);
      doc.attributes = std::move(sub.attributes);
    } else {
      FrontMatter fm;
      const std::string_view kept = input.front_matter_text;
      if (!kept.empty() && std::string_view(normalised.text).starts_with(kept)) {
        fm.length = kept.size();
        fm.attributes = input.front_matter;
      } else {
        fm = parse_front_matter(normalised.text, input.name);
      }
      doc.attributes = std::move(fm.attributes);
      const auto front_lines = std::count(normalised.text.begin(), normalised.text.begin() + fm.length, '\n');
      doc.text = std::move(normalised.text);
      doc.text.erase(0, fm.length);
      bool pdf = options.reflow == Reflow::on || (options.reflow == Reflow::automatic && looks_like_pdf_extract(doc.text));
      if (pdf) {
        ReflowResult r = reflow(doc.text);
        if (options.verbose) report_reflow(input, front_lines, r);
        doc.text = std::move(r.text);
      }
      doc.paragraphs = find_paragraphs(doc.text);
    }
    if (std::all_of(doc.paragraphs.begin(), doc.paragraphs.end(), [](const Paragraph& p) { return p.begin == p.end; }))
      throw DataError({input.name}, "empty document");
    for (const auto& [key, value] : doc.attributes)
      if (!attribute_index.count(key))
        throw DataError({input.name}, fmt::format("changed during the run (new attribute '{}')", key));
    return doc;
  }

  // Notes what reflow did, with line numbers of the file (the `shift` lines
  // of front matter before the reflowed text count too).
  void report_reflow(const Input& input, long shift, const ReflowResult& r) const {
    note(fmt::format("{}: reflowed as a PDF extract{}", input.name,
                     options.reflow == Reflow::automatic ? " (detected; --reflow off to keep the lines)" : ""));
    for (const auto& dropped : r.dropped) {
      long line = 0;
      std::size_t colon = dropped.find(':');
      if (dropped.rfind("line ", 0) == 0 && colon != std::string::npos &&
          std::sscanf(dropped.c_str() + 5, "%ld", &line) == 1)
        note(fmt::format("{}:{}: reflow dropped '{}'", input.name, line + shift,
                         dropped.substr(std::min(dropped.size(), colon + 2))));
      else
        note(fmt::format("{}: reflow dropped '{}'", input.name, dropped));
    }
  }

  void write_text(const Input& input, const std::string& text) const {
    fs::path path = fs::path(options.emit_text_dir) / (input.id + ".txt");
    std::error_code ec;
    fs::create_directories(path.parent_path(), ec);
    write_output(path.string(), [&](std::FILE* f) { std::fwrite(text.data(), 1, text.size(), f); });
  }

  void segment(const Input& input, const std::function<void(const std::vector<std::string>&)>& emit) {
    Document doc = load(input);
    if (!options.emit_text_dir.empty()) write_text(input, doc.text);

    std::vector<std::string> record(columns.size());
    record[kDocField] = input.id;
    record[2] = unit_name(options.unit);
    for (const auto& [key, value] : doc.attributes) record[attribute_index.at(key)] = value;
    if (meta)
      if (const auto* values = meta->find(input.id))
        for (std::size_t i = 0; i < values->size(); ++i) record[attribute_index.at(meta->columns()[i])] = (*values)[i];
    const std::vector<std::string> doc_record = record;

    // The units are cut first and checked, then written: a unit too long
    // leaves no partial document behind.
    struct Piece {
      std::size_t begin, end;
      std::string_view speaker, time;
    };
    std::vector<Piece> pieces;
    auto cut = [&](std::size_t begin, std::size_t end, std::string_view speaker, std::string_view time) {
      if (begin < end) pieces.push_back({begin, end, speaker, time});
    };
    const std::string_view text = doc.text;
    const auto& paragraphs = doc.paragraphs;
    switch (options.unit) {
      case Unit::paragraph:
        for (const auto& p : paragraphs) cut(p.begin, p.end, p.speaker, p.time);
        break;
      case Unit::turn:
        for (std::size_t i = 0; i < paragraphs.size();) {
          std::size_t j = i + 1;
          while (j < paragraphs.size() && !paragraphs[j].opens_turn) ++j;
          std::size_t begin = paragraphs[i].begin, end = paragraphs[i].end;
          for (std::size_t k = i; k < j; ++k) {
            if (paragraphs[k].begin == paragraphs[k].end) continue;
            if (begin == end) begin = paragraphs[k].begin;
            end = paragraphs[k].end;
          }
          cut(begin, end, paragraphs[i].speaker, paragraphs[i].time);
          i = j;
        }
        break;
      case Unit::line:
        for (const auto& p : paragraphs) {
          for (std::size_t b = p.begin; b < p.end;) {
            std::size_t e = std::min(p.end, text.find('\n', b));
            std::size_t lb = b, le = e;
            while (lb < le && (text[lb] == ' ' || text[lb] == '\t')) ++lb;
            while (le > lb && (text[le - 1] == ' ' || text[le - 1] == '\t')) --le;
            cut(lb, le, p.speaker, p.time);
            b = e + 1;
          }
        }
        break;
      case Unit::sentence:
        for (const auto& p : paragraphs)
          for (const Span& s : split_sentences(text.substr(p.begin, p.end - p.begin)))
            cut(p.begin + s.begin, p.begin + s.end, p.speaker, p.time);
        break;
      case Unit::document: {
        std::size_t b = 0, e = text.size();
        while (b < e && (text[b] == ' ' || text[b] == '\t' || text[b] == '\n')) ++b;
        while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t' || text[e - 1] == '\n')) --e;
        cut(b, e, "", "");
        break;
      }
    }
    for (const Piece& u : pieces)
      check_segment_size(u.end - u.begin, [&] {
        const auto lc = utf8::line_column(doc.text, u.begin);
        return Location{input.name, lc.line, lc.column};
      }, unit_name(options.unit));

    std::set<std::string, std::less<>> unknown_speakers;
    std::size_t seg = 0;
    utf8::CodePointCounter offsets(doc.text);
    for (const Piece& u : pieces) {
      record[1] = std::to_string(++seg);
      record[3] = u.speaker;
      record[4] = std::to_string(offsets.at(u.begin));
      record[5] = std::to_string(offsets.at(u.end));
      record[kTextField].assign(doc.text, u.begin, u.end - u.begin);
      record[7] = u.time;
      if (speakers) {
        for (std::size_t i = 0; i < speakers->columns().size(); ++i) {
          std::size_t f = attribute_index.at(speakers->columns()[i]);
          record[f] = doc_record[f];
        }
        if (const auto* values = u.speaker.empty() ? nullptr : speakers->find(input.id, u.speaker)) {
          for (std::size_t i = 0; i < values->size(); ++i)
            record[attribute_index.at(speakers->columns()[i])] = (*values)[i];
        } else if (!u.speaker.empty() && unknown_speakers.emplace(u.speaker).second) {
          note(fmt::format("{}: warning: speaker '{}' has no row in {}", input.name, u.speaker, speakers->name()));
        }
      }
      emit(record);
    }
    if (speakers)
      note_some(speakers->unused_rows(input.id));
  }
};

Segmenter::Segmenter(std::vector<std::string> inputs, SegmentOptions options) : impl_(new Impl) {
  std::unique_ptr<Impl> impl(impl_);
  impl_->options = std::move(options);
  impl_->columns = kSegmentColumns;
  impl_->inputs = resolve(inputs);
  if (!impl_->options.meta_path.empty()) impl_->meta.emplace(impl_->options.meta_path);
  if (!impl_->options.speakers_path.empty()) impl_->speakers.emplace(impl_->options.speakers_path);
  for (auto& input : impl_->inputs) impl_->prescan(input);
  if (impl_->meta) {
    for (const auto& c : impl_->meta->columns()) impl_->add_column(c);
    std::set<std::string> ids;
    for (const auto& input : impl_->inputs) ids.insert(input.id);
    impl_->note_some(impl_->meta->unknown_documents(ids));
  }
  if (impl_->speakers)
    for (const auto& c : impl_->speakers->columns()) impl_->add_column(c);
  impl.release();
}

Segmenter::~Segmenter() { delete impl_; }

const std::vector<std::string>& Segmenter::columns() const { return impl_->columns; }

void refuse_segment_size(std::size_t bytes, const Location& where, std::string_view unit) {
  std::vector<std::string> others;
  for (const char* u : {"paragraph", "turn", "line", "sentence"})
    if (u != unit) others.push_back(u);
  const std::string last = others.back();
  others.pop_back();
  throw DataError(where, fmt::format("a segment of {} bytes: draad takes segments of at most {} bytes (1 MB, "
                                       "about 150,000 words); cut the document into smaller units (--unit {} or {})",
                                       bytes, kMaxSegmentBytes, fmt::join(others, ", "), last));
}

void Segmenter::run(const std::function<void(const std::vector<std::string>& record)>& emit) {
  for (const auto& input : impl_->inputs) impl_->segment(input, emit);
}

}  // namespace draad
