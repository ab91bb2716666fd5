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
#include <fnmatch.h>

#include "base/error.h"
#include "base/input.h"
#include "base/lines.h"
#include "text/document_text.h"
#include "text/heading.h"
#include "text/metadata.h"
#include "text/normalise.h"
#include "text/reflow.h"
#include "dutch/sentences.h"
#include "base/suggest.h"
#include "text/transcript.h"
#include "base/utf8.h"
#include "text/answers.h"
#include "stream/table_file.h"
#include "stream/tsv.h"

namespace draad {

namespace fs = std::filesystem;

namespace {

const std::vector<std::string> kUnitNames = {"paragraph", "turn", "line", "sentence", "document"};

// How much of a file the constructor reads to find its front matter; a
// longer front matter makes it read on.
constexpr std::size_t kHeadBytes = 64 * 1024;

// docx, odt and pdf are found by a file's content (sniff_document), the
// others by its name.
enum class Format { text, webvtt, srt, table, docx, odt, pdf };

std::optional<DocumentKind> document_kind(Format format) {
  switch (format) {
    case Format::docx: return DocumentKind::docx;
    case Format::odt: return DocumentKind::odt;
    case Format::pdf: return DocumentKind::pdf;
    default: return std::nullopt;
  }
}

struct Input {
  std::string path;  // "-" for standard input
  std::string name;  // for messages
  std::string id;
  Format format = Format::text;
  std::optional<std::string> bytes;  // read whole by the constructor (standard input, a pipe)
  bool named = true;                  // on the command line, not found in a directory
  // The front matter the constructor parsed, kept (when small) so that
  // run() parses YAML again only if the file changed in between.
  std::string front_matter_text;
  Attributes front_matter;
};

// The column of a Markdown document's nearest heading.
constexpr std::string_view kSectionColumn = "section";

bool is_markdown(const Input& input) {
  const std::string ext = utf8::ascii_lower(fs::path(input.path).extension().string());
  return input.format == Format::text && (ext == ".md" || ext == ".markdown");
}

// Front matters longer than this are parsed twice rather than kept.
constexpr std::size_t kKeptFrontMatter = 4096;

bool is_table_name(const fs::path& path) {
  static const std::set<std::string> kExtensions = {".csv", ".tsv", ".xlsx", ".ods"};
  return kExtensions.count(utf8::ascii_lower(path.extension().string())) > 0;
}

Format format_of(const fs::path& path) {
  std::string ext = utf8::ascii_lower(path.extension().string());
  return ext == ".vtt" ? Format::webvtt : ext == ".srt" ? Format::srt : is_table_name(path) ? Format::table : Format::text;
}

// Tables are documents only when --text names their answer columns.
bool is_document_name(const fs::path& path, bool tables) {
  if (path.filename().string().starts_with("~$")) return false;  // a lock file beside a document open in Word
  static const std::set<std::string> kExtensions = {".txt", ".md", ".markdown", ".vtt", ".srt", ".docx", ".odt", ".pdf"};
  return kExtensions.count(utf8::ascii_lower(path.extension().string())) > 0 || (tables && is_table_name(path));
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

// How directories are walked: which files are documents, and where the
// files that are not go (each is named on standard error with its reason).
struct WalkRules {
  bool tables = false;  // --text: .csv, .tsv, .xlsx and .ods are documents
  const std::vector<std::string>& include;
  const std::vector<std::string>& exclude;
  std::function<void(const std::string&)> note;
  // The --meta and --speakers tables: read as such, so a walk passes them by
  // without a word (samples/deelnemers.tsv beside the sessions it describes).
  std::vector<std::string> attribute_tables;
  std::size_t skipped = 0;
  bool walked = false;
};

bool is_attribute_table(const fs::path& path, const WalkRules& rules) {
  std::error_code ec;
  return std::any_of(rules.attribute_tables.begin(), rules.attribute_tables.end(),
                     [&](const std::string& table) { return fs::equivalent(path, table, ec); });
}

// A glob matches the name, or with a '/' in it the path under the directory.
bool glob_matches(const std::string& pattern, const std::string& relative) {
  const std::string subject = pattern.find('/') != std::string::npos ? relative : fs::path(relative).filename().string();
  return fnmatch(pattern.c_str(), subject.c_str(), 0) == 0;
}

const std::string* first_match(const std::vector<std::string>& patterns, const std::string& relative) {
  for (const auto& pattern : patterns)
    if (glob_matches(pattern, relative)) return &pattern;
  return nullptr;
}

// Why a regular file found in a directory is not read, or "" when it is.
std::string skip_reason(const fs::path& path, const std::string& relative, const WalkRules& rules) {
  if (const std::string* pattern = first_match(rules.exclude, relative))
    return fmt::format("excluded by --exclude '{}'", *pattern);
  if (!rules.include.empty() && !first_match(rules.include, relative)) return "not matched by --include";
  if (!is_document_name(path, rules.tables)) {
    if (path.filename().string().starts_with("~$")) return "a lock file of Word or LibreOffice (a document open in it)";
    if (is_table_name(path)) return "a table: name its answer column with --text COLUMN to read it";
    const std::string ext = path.extension().string();
    return ext.empty() ? "unsupported type (no extension)" : fmt::format("unsupported type ({})", ext);
  }
  std::error_code ec;
  if (fs::file_size(path, ec) == 0 && !ec) return "empty";
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return fmt::format("unreadable: {}", std::strerror(errno));
  std::fclose(f);
  return "";
}

using PathList = std::vector<std::pair<std::string, std::string>>;

// Adds the documents under `dir` to `found` (path under `root`, full path),
// and the other files to `skipped` (full path, reason).
void walk_into(const fs::path& dir, const fs::path& root, const WalkRules& rules, PathList& found, PathList& skipped) {
  std::error_code ec;
  fs::directory_iterator it(dir, ec), end;
  if (ec) {
    skipped.emplace_back(dir.string(), fmt::format("unreadable directory: {}", ec.message()));
    return;
  }
  for (; it != end; it.increment(ec)) {
    const fs::path& p = it->path();
    const std::string name = p.filename().string();
    const std::string relative = p.lexically_relative(root).generic_string();
    const bool directory = it->is_directory(ec);
    if (!name.empty() && name[0] == '.') {  // hidden files and directories (.git)
      skipped.emplace_back(p.string(), directory ? "hidden directory" : "hidden");
    } else if (directory) {
      if (const std::string* pattern = first_match(rules.exclude, relative))
        skipped.emplace_back(p.string(), fmt::format("directory excluded by --exclude '{}'", *pattern));
      else
        walk_into(p, root, rules, found, skipped);
    } else if (!it->is_regular_file(ec)) {
      skipped.emplace_back(p.string(), "not a regular file");
    } else if (is_attribute_table(p, rules)) {
      continue;
    } else if (std::string why = skip_reason(p, relative, rules); !why.empty()) {
      skipped.emplace_back(p.string(), std::move(why));
    } else {
      found.emplace_back(relative, p.string());
    }
  }
  if (ec) skipped.emplace_back(dir.string(), fmt::format("unreadable directory: {}", ec.message()));
}

void walk(const std::string& dir, WalkRules& rules, std::vector<Candidate>& out) {
  PathList found, skipped;
  walk_into(dir, dir, rules, found, skipped);
  rules.walked = true;
  rules.skipped += skipped.size();
  std::sort(skipped.begin(), skipped.end());
  for (const auto& [path, why] : skipped) rules.note(fmt::format("{}: skipped: {}", path, why));
  if (found.empty())
    throw DataError({dir}, fmt::format("no documents ({}) in this directory{}",
                                       rules.tables ? ".txt, .md, .vtt, .srt, .docx, .odt, .pdf, .csv, .tsv, .xlsx, .ods"
                                                    : ".txt, .md, .vtt, .srt, .docx, .odt, .pdf",
                                       skipped.empty() ? "" : " (see the skipped files above)"));
  std::sort(found.begin(), found.end());
  for (auto& [relative, full] : found) {
    Input input{full, full, strip_extension(relative), format_of(relative), std::nullopt, false, {}, {}};
    out.push_back({std::move(input), relative, path_id(full)});
  }
}

// Stable, unique ids: a clash keeps the extensions, then the whole path.
std::vector<Input> resolve(const std::vector<std::string>& args, WalkRules& rules) {
  const bool tables = rules.tables;
  if (args.empty()) throw UsageError("no input: name files, directories, or - for standard input");
  std::vector<Candidate> found;
  for (const auto& arg : args) {
    if (arg == "-") {
      found.push_back({{"-", display_name("-"), "stdin", tables ? Format::table : Format::text, std::nullopt, true, {}, {}},
                       "stdin", "stdin"});
      continue;
    }
    std::error_code ec;
    auto status = fs::status(arg, ec);
    if (ec && ec != std::errc::no_such_file_or_directory) throw DataError({arg}, ec.message());  // a symlink loop
    if (ec || !fs::exists(status)) throw DataError({arg}, "no such file or directory");
    if (fs::is_directory(status)) {
      walk(arg, rules, found);
    } else {
      fs::path p(arg);
      Input input{arg, arg, strip_extension(p.filename().string()), format_of(p), std::nullopt, true, {}, {}};
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

// One document, read. Its paragraphs are found as it is cut (ParagraphFinder),
// not held, except a subtitle file's, which come with its text.
struct Document {
  std::string text;
  std::optional<std::vector<Paragraph>> cues;
  bool headings = false;  // Markdown, Word and OpenDocument: `#` lines are headings
  std::unordered_set<std::string> speakers;  // names listed in --speakers
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
  bool walked = false;       // a directory was among the inputs
  std::size_t skipped = 0;   // files found in directories and not read

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

  std::unique_ptr<AnswerTable> open_table(const Input& input) const {
    const AnswerColumns columns{options.text_columns, options.id_column};
    if (input.bytes) return std::make_unique<AnswerTable>(*input.bytes, input.name, columns);
    return std::make_unique<AnswerTable>(input.path, columns);
  }

  // Opens a table and reads it through, so that its errors come before any
  // output.
  void prescan_table(Input& input) {
    if (options.text_columns.empty()) {
      throw UsageError(fmt::format("{} is a table: name the column(s) holding the answers with --text COLUMN "
                                   "(its columns: {})",
                                   input.name, tsv::column_list(likely_columns(input.path))));
    }
    if (input.path == "-") input.bytes = read_all(input.path, kMaxTableBytes, "a table");
    const std::unique_ptr<AnswerTable> table = open_table(input);
    if (table->rows_above_header() > 0)
      note(fmt::format("{}: the {} row{} above the header are not read (a title block)", input.name,
                       table->rows_above_header(), table->rows_above_header() == 1 ? "" : "s"));
    add_column(std::string(kQuestionColumn));
    for (const auto& column : table->attribute_columns()) add_column(column);
    std::size_t answers = 0;
    for (Response r; table->next(r);)
      for (std::size_t k = 0; k < r.answers.size(); ++k) {
        if (r.answers[k].empty()) continue;
        ++answers;
        check_segment_size(r.answers[k].size(), [&] { return table->where(k); });
      }
    if (answers == 0)
      throw DataError({input.name}, fmt::format("no answers: every row is empty in {}", fmt::join(options.text_columns, ", ")));
  }

  using Names = std::unordered_set<std::string>;

  // Whether every non-blank line of `body` ends in ':' (a label with no
  // text) or, with `headings`, opens with '#': a line of anything else
  // surely gives a paragraph some content.
  static bool only_headings_and_labels(std::string_view body, bool headings) {
    bool only = true;
    for_each_line(body, [&](std::size_t begin, std::size_t end) {
      const std::string_view line = utf8::trim(body.substr(begin, end - begin));
      only = line.empty() || line.back() == ':' || (headings && line.front() == '#');
      return only;
    });
    return only;
  }

  // Reads the start of a document: checks that it is readable, not empty
  // and not binary, and adds its attribute keys to the columns.
  void prescan(Input& input) {
    if (input.format == Format::table) return prescan_table(input);
    if (is_markdown(input)) add_column(std::string(kSectionColumn));
    bool complete = true;
    std::string head;
    std::error_code ec;
    if (input.path == "-" || !fs::is_regular_file(input.path, ec)) {
      input.bytes = read_all(input.path, kMaxDocumentBytes, "a document");
    } else {
      head = read_head(input.path, kHeadBytes, complete);
    }
    std::string_view bytes = input.bytes ? std::string_view(*input.bytes) : std::string_view(head);
    if (auto kind = sniff_document(bytes, input.path)) {
      input.format = kind == DocumentKind::docx ? Format::docx : kind == DocumentKind::odt ? Format::odt : Format::pdf;
      if (input.format != Format::pdf) add_column(std::string(kSectionColumn));
      ExtractedDocument doc = extract(input, true);
      if (is_blank_text(doc.text)) throw DataError({input.name}, "empty document: no text");
      for (const auto& [key, value] : doc.attributes) add_column(key);
      return;
    }
    if (input.path == "-" && bytes.substr(bytes.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0, 6) == "WEBVTT")
      input.format = Format::webvtt;
    if (complete && bytes.empty()) throw DataError({input.name}, "empty document");
    // (a stream that came through a pipe, which draad code could not look at first)
    if (tsv::starts_like_stream(bytes))
      throw DataError({input.name}, "a segment stream, not a document: give it on standard input (-)");
    // Standard input is held whole; a text needs only its head here, as a file
    // does (a copy of the whole would double the peak).
    if (input.format == Format::text && bytes.size() > kHeadBytes) {
      bytes = bytes.substr(0, kHeadBytes);
      complete = false;
    }
    // Cut where the head ends mid-line; invalid UTF-8 in a head is found again
    // (and located) when the whole document is read.
    if (!complete) bytes = bytes.substr(0, bytes.rfind('\n') + 1);
    std::string text = normalise(bytes, input.name, normalise_options(options.lenient || !complete)).text;
    if (input.format != Format::text) {
      // A whole subtitle file is checked now, so that its errors come before
      // any output; its NOTE attributes come with the check.
      Attributes attributes;
      if (complete) {
        SubtitleCheck check = input.format == Format::webvtt ? check_webvtt(text, input.name) : check_srt(text, input.name);
        if (!check.has_text) throw DataError({input.name}, "empty document: no cues with text");
        attributes = std::move(check.attributes);
      } else if (input.format == Format::webvtt) {
        attributes = webvtt_note_attributes(text, input.name);
      }
      for (const auto& [key, value] : attributes) add_column(key);
      return;
    }
    if (!complete && front_matter_length(text) == std::string::npos) {
      complete = true;
      text = input.bytes ? normalise(*input.bytes, input.name, normalise_options(options.lenient)).text
                         : normalise(read_all(input.path, kMaxDocumentBytes, "a document"), input.name,
                                     normalise_options(options.lenient)).text;
    }
    FrontMatter fm = parse_front_matter(text, input.name);
    for (const auto& [key, value] : fm.attributes) add_column(key);
    if (fm.length > 0 && fm.length <= kKeptFrontMatter && text[fm.length - 1] == '\n') {
      input.front_matter_text = text.substr(0, fm.length);
      input.front_matter = fm.attributes;
    }
    const std::string_view body = std::string_view(text).substr(fm.length);
    if (complete && is_blank_text(body))
      throw DataError({input.name}, fm.length ? "empty document: no text after the front matter" : "empty document");
    // A document of nothing but headings and bare labels has no paragraph
    // with content either: said now, not after the output has begun. Only
    // such a document is cut into paragraphs here.
    if (complete && options.reflow != Reflow::on && only_headings_and_labels(body, is_markdown(input)) &&
        !ParagraphFinder(body, is_markdown(input), speakers ? speakers->names(input.id) : Names{}).has_content())
      throw DataError({input.name}, "empty document");
  }

  // A Word, OpenDocument or PDF file's text.
  ExtractedDocument extract(const Input& input, bool probe) const {
    return read_document(*document_kind(input.format), input.bytes ? *input.bytes : read_all(input.path, kMaxPackedDocumentBytes, "a document"), input.name,
                         {options.notes, probe});
  }

  // Reads `input`; standard input's bytes, read by the constructor, are used up.
  Document load(Input& input) const {
    NormalisedText normalised;
    std::optional<ExtractedDocument> extracted;
    if (document_kind(input.format)) {
      extracted = extract(input, false);
      if (auto message = left_out_message(input.name, extracted->left_out); !message.empty()) note(message);
      for (const auto& notice : extracted->notices) note(fmt::format("{}: {}", input.name, notice));
      normalised = normalise(extracted->text, input.name, normalise_options(options.lenient));
      std::string().swap(extracted->text);
    } else if (input.bytes) {
      // Cleaned where it lies when that cannot fail (an error is located on the bytes as read).
      std::string& bytes = *input.bytes;
      std::optional<std::string> text;
      if (!utf8::find_invalid(bytes) && bytes.find('\0') == std::string::npos)
        text = normalise_in_place(std::move(bytes), normalise_options(options.lenient));
      if (text) normalised.text = std::move(*text);
      else normalised = normalise(bytes, input.name, normalise_options(options.lenient));
      input.bytes.reset();
    } else {
      std::error_code ec;
      if (!fs::exists(input.path, ec))
        throw DataError({input.name}, "vanished during the run (it was there when the run started)");
      // Cleaned where it was read, so that a large document is held once.
      if (auto text = normalise_in_place(read_all(input.path, kMaxDocumentBytes, "a document"), normalise_options(options.lenient)))
        normalised.text = std::move(*text);
      else
        normalised = normalise(read_all(input.path, kMaxDocumentBytes, "a document"), input.name, normalise_options(options.lenient));
    }
    if (normalised.replaced)
      note(fmt::format("{}: warning: replaced {} invalid UTF-8 sequence{} with U+FFFD", input.name, normalised.replaced,
                       normalised.replaced == 1 ? "" : "s"));
    Document doc;
    if (extracted) {
      doc.attributes = std::move(extracted->attributes);
      doc.text = std::move(normalised.text);
      // PDF pages are known, so their furniture is certain: always reflowed.
      if (input.format == Format::pdf && options.reflow != Reflow::off) reflow_document(input, doc.text, 0, true);
      // Word and OpenDocument headings are written as `#` lines.
      doc.headings = input.format != Format::pdf;
    } else if (input.format != Format::text) {
      SubtitleDocument sub = input.format == Format::webvtt ? parse_webvtt(normalised.text, input.name)
                                                            : parse_srt(normalised.text, input.name);
      doc.text = std::move(sub.text);
      doc.cues = std::move(sub.paragraphs);
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
        reflow_document(input, doc.text, front_lines, false);
      }
      doc.headings = is_markdown(input);
    }
    if (speakers) doc.speakers = speakers->names(input.id);
    for (const auto& [key, value] : doc.attributes)
      if (!attribute_index.count(key))
        throw DataError({input.name}, fmt::format("changed during the run (new attribute '{}')", key));
    return doc;
  }

  // Reflows `text` (of a PDF: `pages`), saying how many lines were dropped
  // and, with --verbose, which.
  void reflow_document(const Input& input, std::string& text, long shift, bool pages) const {
    const std::vector<DroppedLine> dropped = reflow_in_place(text);
    if (options.verbose) report_reflow(input, shift, dropped, pages);
    if (!dropped.empty())
      note(fmt::format("{}: reflow dropped {} line{} as page headers, footers or numbers ({}--reflow off keeps them)",
                       input.name, dropped.size(), dropped.size() == 1 ? "" : "s",
                       options.verbose ? "" : "--verbose lists them; "));
  }

  // Notes what reflow did, with line numbers of the file (the `shift` lines
  // of front matter before the reflowed text count too), or for the text of
  // a PDF (`pages`), with page numbers.
  void report_reflow(const Input& input, long shift, const std::vector<DroppedLine>& dropped, bool pages) const {
    note(fmt::format("{}: reflowed as a PDF extract{}", input.name,
                     pages                                 ? " (its pages; --reflow off to keep the lines)"
                     : options.reflow == Reflow::automatic ? " (detected; --reflow off to keep the lines)"
                                                           : ""));
    for (const auto& line : dropped)
      note(fmt::format("{}{}: reflow dropped '{}'", input.name,
                       pages ? fmt::format(": page {}", line.page) : fmt::format(":{}", line.line + shift), line.text));
  }

  // Lets `write` write the document text of `input` under --emit-text.
  void write_text(const Input& input, const std::function<void(std::FILE*)>& write) const {
    fs::path path = fs::path(options.emit_text_dir) / (input.id + ".txt");
    std::error_code ec;
    fs::create_directories(path.parent_path(), ec);
    write_output(path.string(), write);
  }

  // A record with the fields every segment of the document shares.
  std::vector<std::string> document_record(const Input& input, const Attributes& attributes, const char* unit) const {
    std::vector<std::string> record(columns.size());
    record[kDocField] = input.id;
    record[kUnitField] = unit;
    for (const auto& [key, value] : attributes) record[attribute_index.at(key)] = value;
    if (meta)
      if (const auto* values = meta->find(input.id))
        for (std::size_t i = 0; i < values->size(); ++i) record[attribute_index.at(meta->columns()[i])] = (*values)[i];
    return record;
  }

  // Sets the --speakers columns of `record` for its speaker (those of
  // `doc_record` when the speaker has no row), warning once per unknown speaker.
  void add_speaker_attributes(const Input& input, std::vector<std::string>& record,
                              const std::vector<std::string>& doc_record, std::string_view speaker,
                              std::set<std::string, std::less<>>& unknown) {
    if (!speakers) return;
    for (std::size_t i = 0; i < speakers->columns().size(); ++i) {
      std::size_t f = attribute_index.at(speakers->columns()[i]);
      record[f] = doc_record[f];
    }
    if (const auto* values = speaker.empty() ? nullptr : speakers->find(input.id, speaker)) {
      for (std::size_t i = 0; i < values->size(); ++i) record[attribute_index.at(speakers->columns()[i])] = (*values)[i];
    } else if (!speaker.empty() && unknown.emplace(speaker).second) {
      note(fmt::format("{}: warning: speaker '{}' has no row in {}", input.name, speaker, speakers->name()));
    }
  }

  // An answer table, streamed: one record per non-empty answer.
  void segment_table(const Input& input, const std::function<void(const std::vector<std::string>&)>& emit) {
    std::unique_ptr<AnswerTable> table = open_table(input);
    std::vector<std::string> record = document_record(input, {}, "response");
    const std::vector<std::string> doc_record = record;
    const std::size_t question = attribute_index.at(std::string(kQuestionColumn));
    std::vector<std::size_t> attribute_fields;
    for (const auto& column : table->attribute_columns()) attribute_fields.push_back(attribute_index.at(column));
    std::set<std::string, std::less<>> unknown_speakers;
    auto run = [&](std::FILE* text_out) {
      std::int64_t offset = 0;
      std::size_t seg = 0, empty = 0;
      for (Response r; table->next(r);) {
        for (std::size_t i = 0; i < attribute_fields.size(); ++i) record[attribute_fields[i]] = std::move(r.attributes[i]);
        for (std::size_t k = 0; k < r.answers.size(); ++k) {
          const std::string& answer = r.answers[k];
          if (answer.empty()) {
            ++empty;
            continue;
          }
          check_segment_size(answer.size(), [&] { return table->where(k); });
          if (seg > 0) {
            offset += 2;
            if (text_out) std::fputs("\n\n", text_out);
          }
          const auto length = static_cast<std::int64_t>(utf8::count_code_points(answer));
          record[kSegField] = std::to_string(++seg);
          record[kSpeakerField] = r.respondent;
          record[kStartField] = std::to_string(offset);
          record[kEndField] = std::to_string(offset + length);
          record[kTextField] = answer;
          record[question] = options.text_columns[k];
          add_speaker_attributes(input, record, doc_record, r.respondent, unknown_speakers);
          if (text_out) std::fwrite(answer.data(), 1, answer.size(), text_out);
          offset += length;
          emit(record);
        }
      }
      if (text_out && seg > 0) std::fputc('\n', text_out);
      if (empty > 0)
        note(fmt::format("{}: {} empty answer{} left out (no segment)", input.name, empty, empty == 1 ? "" : "s"));
    };
    if (options.emit_text_dir.empty()) run(nullptr);
    else write_text(input, run);
    if (speakers)
      for (const auto& warning : speakers->unused_rows(input.id)) note(warning);
  }

  // Calls cut(begin, end, paragraph) for each unit of options.unit in order,
  // with its byte range in `text` and the paragraph whose speaker, time and
  // section it takes (null for a whole document); `each` walks the
  // paragraphs. With `long_only`, a paragraph of at most kMaxSegmentBytes
  // is passed whole instead of its lines or sentences.
  void cut_units(std::string_view text, const std::function<void(const std::function<void(const Paragraph&)>&)>& each,
                 bool long_only, const std::function<void(std::size_t, std::size_t, const Paragraph*)>& cut) const {
    auto unit = [&](std::size_t begin, std::size_t end, const Paragraph* p) {
      if (begin < end) cut(begin, end, p);
    };
    auto small = [&](const Paragraph& p) {
      if (!long_only || p.end - p.begin > kMaxSegmentBytes) return false;
      unit(p.begin, p.end, &p);
      return true;
    };
    switch (options.unit) {
      case Unit::paragraph:
        each([&](const Paragraph& p) { unit(p.begin, p.end, &p); });
        break;
      case Unit::turn: {
        // A turn runs from a paragraph that opens one up to the next such paragraph.
        std::optional<Paragraph> first;
        std::size_t begin = 0, end = 0;
        auto close = [&] {
          if (first) unit(begin, end, &*first);
        };
        each([&](const Paragraph& p) {
          if (!first || p.opens_turn) {
            close();
            first = p;
            begin = p.begin;
            end = p.end;
          } else if (p.begin < p.end) {
            if (begin == end) begin = p.begin;
            end = p.end;
          }
        });
        close();
        break;
      }
      case Unit::line:
        each([&](const Paragraph& p) {
          if (small(p)) return;
          for (std::size_t b = p.begin; b < p.end;) {
            std::size_t e = std::min(p.end, text.find('\n', b));
            std::size_t lb = b, le = e;
            while (lb < le && (text[lb] == ' ' || text[lb] == '\t')) ++lb;
            while (le > lb && (text[le - 1] == ' ' || text[le - 1] == '\t')) --le;
            unit(lb, le, &p);
            b = e + 1;
          }
        });
        break;
      case Unit::sentence:
        each([&](const Paragraph& p) {
          if (small(p)) return;
          for (const ByteRange& s : split_sentences(text.substr(p.begin, p.end - p.begin)))
            unit(p.begin + s.begin, p.begin + s.end, &p);
        });
        break;
      case Unit::document: {
        std::size_t b = 0, e = text.size();
        while (b < e && (text[b] == ' ' || text[b] == '\t' || text[b] == '\n')) ++b;
        while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t' || text[e - 1] == '\n')) --e;
        unit(b, e, nullptr);
        break;
      }
    }
  }

  // Runs `read`, the reading and checking of `input`. A document found in a
  // user's directory that turns out damaged or unreadable is skipped and
  // said, so that one bad file does not stop a folder; one named on the
  // command line is an error. False when it was skipped.
  bool read_or_skip(const Input& input, const std::function<void()>& read) {
    if (input.named || !options.user_directories) {
      read();
      return true;
    }
    try {
      read();
      return true;
    } catch (const DataError& e) {
      note(fmt::format("{}: skipped: {}", e.where().str(), e.detail()));
      ++skipped;
      return false;
    }
  }

  // False when `input`, found in a directory, was skipped.
  bool segment(Input& input, const std::function<void(const std::vector<std::string>&)>& emit) {
    if (input.format == Format::table) {
      segment_table(input, emit);
      return true;
    }
    Document doc;
    std::optional<ParagraphFinder> finder;
    const std::function<void(const std::function<void(const Paragraph&)>&)> each_paragraph =
        [&](const std::function<void(const Paragraph&)>& f) {
          if (finder) finder->each(f);
          else for (const Paragraph& p : *doc.cues) f(p);
        };

    // The units of a text longer than a segment may be are cut twice: once
    // to check them, then to write them, so that a unit too long leaves no
    // partial document behind and no unit is held. A unit is no longer than
    // the text, and no longer than its paragraph: only a long text's long
    // paragraphs have their units checked one by one.
    const bool read = read_or_skip(input, [&] {
      doc = load(input);
      if (!doc.cues) finder.emplace(doc.text, doc.headings, doc.speakers);
      if (doc.text.size() > kMaxSegmentBytes)
        cut_units(doc.text, each_paragraph, true, [&](std::size_t begin, std::size_t end, const Paragraph*) {
          check_segment_size(end - begin, [&] { return utf8::locate(input.name, doc.text, begin); },
                             unit_name(options.unit));
        });
      const bool content = finder ? finder->has_content()
                                  : std::any_of(doc.cues->begin(), doc.cues->end(),
                                                [](const Paragraph& p) { return p.begin < p.end; });
      if (!content) throw DataError({input.name}, "empty document");
    });
    if (!read) return false;
    if (!options.emit_text_dir.empty())
      write_text(input, [&](std::FILE* f) { std::fwrite(doc.text.data(), 1, doc.text.size(), f); });
    if (options.text) options.text(input.id, fs::path(input.name).filename().string(), doc.text);

    // A plain-text document marks no headings, so its paragraphs are read
    // for them: a numbered heading or a table of contents anywhere, a bare
    // title or a question put as one only in prose, and there its first
    // paragraph as a headline (text/heading.h). They keep their segment, of unit `heading`, so that
    // the ids stay those of its paragraphs.
    const bool find_headings = finder && !doc.headings && options.unit == Unit::paragraph;
    ProseCount prose;
    if (find_headings)
      finder->each([&](const Paragraph& p) { prose.add(std::string_view(doc.text).substr(p.begin, p.end - p.begin)); });
    auto is_heading_paragraph = [&](const Paragraph& p, std::string_view text, bool first) {
      return find_headings && p.speaker().empty() && p.section().empty() &&
             (is_heading(text) ||
              (prose.prose() && (first ? is_headline(text) : is_bare_title(text) || is_question_title(text))));
    };

    std::vector<std::string> record = document_record(input, doc.attributes, unit_name(options.unit));
    const std::vector<std::string> doc_record = record;
    std::set<std::string, std::less<>> unknown_speakers;
    std::size_t seg = 0;
    utf8::CodePointCounter offsets(doc.text);
    const auto section = attribute_index.find(std::string(kSectionColumn));
    static const Paragraph kNoParagraph;
    cut_units(doc.text, each_paragraph, false, [&](std::size_t begin, std::size_t end, const Paragraph* unit) {
      const Paragraph& p = unit ? *unit : kNoParagraph;
      record[kSegField] = std::to_string(++seg);
      record[kSpeakerField] = p.speaker();
      record[kStartField] = std::to_string(offsets.at(begin));
      record[kEndField] = std::to_string(offsets.at(end));
      record[kTextField].assign(doc.text, begin, end - begin);
      record[kUnitField] = is_heading_paragraph(p, record[kTextField], seg == 1) ? "heading" : unit_name(options.unit);
      record[kTimeField] = p.time();
      if (section != attribute_index.end()) record[section->second] = p.section();
      add_speaker_attributes(input, record, doc_record, p.speaker(), unknown_speakers);
      emit(record);
    });
    if (speakers)
      note_some(speakers->unused_rows(input.id));
    return true;
  }
};

Segmenter::Segmenter(std::vector<std::string> inputs, SegmentOptions options) : impl_(std::make_unique<Impl>()) {
  impl_->options = std::move(options);
  impl_->columns = kSegmentColumns;
  WalkRules rules{!impl_->options.text_columns.empty(), impl_->options.include, impl_->options.exclude,
                  [&](const std::string& message) { impl_->note(message); }, {}};
  for (const std::string* table : {&impl_->options.meta_path, &impl_->options.speakers_path})
    if (!table->empty() && *table != "-") rules.attribute_tables.push_back(*table);
  impl_->inputs = resolve(inputs, rules);
  impl_->walked = rules.walked;
  impl_->skipped = rules.skipped;
  if (!impl_->options.meta_path.empty()) impl_->meta.emplace(impl_->options.meta_path);
  if (!impl_->options.speakers_path.empty()) impl_->speakers.emplace(impl_->options.speakers_path);
  std::erase_if(impl_->inputs, [&](Input& input) { return !impl_->read_or_skip(input, [&] { impl_->prescan(input); }); });
  if (impl_->inputs.empty()) throw DataError({inputs.front()}, "no documents to read");
  if (impl_->meta) {
    for (const auto& c : impl_->meta->columns()) impl_->add_column(c);
    std::set<std::string> ids;
    for (const auto& input : impl_->inputs) ids.insert(input.id);
    impl_->note_some(impl_->meta->unknown_documents(ids));
  }
  if (impl_->speakers)
    for (const auto& c : impl_->speakers->columns()) impl_->add_column(c);
}

Segmenter::~Segmenter() = default;

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
  std::size_t read = 0;
  for (auto& input : impl_->inputs) read += impl_->segment(input, emit);
  if (impl_->walked && impl_->options.user_directories)
    impl_->note(fmt::format("{} document{} read, {} skipped", read, read == 1 ? "" : "s", impl_->skipped));
}

}  // namespace draad
