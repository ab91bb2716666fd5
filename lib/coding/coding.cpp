#include "coding/coding.h"

#include <algorithm>
#include <charconv>
#include <condition_variable>
#include <deque>
#include <exception>
#include <future>
#include <mutex>
#include <optional>
#include <thread>

#include <fmt/format.h>

#include "coding/limits.h"
#include "stream/tsv.h"
#include "base/utf8.h"

namespace draad {
namespace {

// Batches grow from the first to the largest, doubling: a short input is cut
// into several and coded on every thread, and a long one into few.
constexpr std::size_t kFirstBatchBytes = 16 * 1024;
constexpr std::size_t kBatchBytes = 256 * 1024;

// Segments to code, their fields end to end in one string: a segment costs
// no allocation, and a batch keeps its capacity when it is reused.
//
// Each segment's columns as they are written come in two parts: its doc and
// seg (the head of each of its rows), and its other columns, its text among
// them, after the coding columns (the tail). The coded rows keep their own
// columns (doc seg code theme coder hits terms negated) in `rows_text`; a
// segment's tail is repeated on every one of its code rows only as the rows
// are written, so a batch of long segments with many codes takes about the
// memory of its input, not that times the number of codes.
struct Batch {
  std::size_t columns = 0;
  std::string fields;
  std::vector<std::size_t> bounds{0};  // field f of segment s: [bounds[s*columns+f], bounds[s*columns+f+1])
  std::vector<std::int64_t> starts;    // per segment
  // Per segment s: head "doc\tseg\t" at [written_bounds[s], head_ends[s]),
  // tail "\t" + each other column + "\n" up to written_bounds[s+1]; escaped.
  std::string written;
  std::vector<std::size_t> written_bounds{0};
  std::vector<std::size_t> head_ends;
  struct Row {
    std::size_t end;      // of the row's own columns in rows_text
    std::size_t segment;  // whose tail follows them
  };
  std::string rows_text;
  std::vector<Row> rows;
  std::exception_ptr error;
  bool done = false;

  std::size_t size() const { return starts.size(); }
  std::string_view field(std::size_t segment, std::size_t f) const {
    const std::size_t i = segment * columns + f;
    return std::string_view(fields).substr(bounds[i], bounds[i + 1] - bounds[i]);
  }
  std::string_view head(std::size_t segment) const {
    return std::string_view(written).substr(written_bounds[segment], head_ends[segment] - written_bounds[segment]);
  }
  std::string_view tail(std::size_t segment) const {
    return std::string_view(written).substr(head_ends[segment], written_bounds[segment + 1] - head_ends[segment]);
  }
  void clear() {
    fields.clear();
    bounds.assign(1, 0);
    starts.clear();
    written.clear();
    written_bounds.assign(1, 0);
    head_ends.clear();
    rows_text.clear();
    rows.clear();
    error = nullptr;
    done = false;
  }
};

}  // namespace

struct CodingWriter::Impl {
  // Compiled on a thread of its own while the caller reads the first
  // segments (with threads, else on the first batch): compiling was a fifth
  // of coding a short text.
  std::shared_future<std::shared_ptr<const CompiledCodebook>> compiled;
  std::FILE* out;
  int threads;  // coding threads besides the caller's; 0 = code on the caller's
  std::vector<std::string> code_columns;  // per code: "code\ttheme\tcoder\t", escaped
  std::string no_code_columns;            // the same for a segment without a code
  std::size_t doc = 0, seg = 0, start = 0, text = 0;
  std::vector<std::size_t> rest;  // segment columns after the coding columns
  // rest as runs of adjacent columns [first, last), which a stream's line
  // holds as one piece
  std::vector<std::pair<std::size_t, std::size_t>> rest_runs;
  std::optional<AttributeLimits> limits;  // the codebook's where limits on these columns

  std::size_t columns = 0;
  std::unique_ptr<Matcher> inline_matcher;  // threads == 0
  std::string write_buffer;                 // rows put together for writing
  std::shared_ptr<Batch> current;
  std::vector<std::shared_ptr<Batch>> spare;  // written batches, for reuse
  std::deque<std::shared_ptr<Batch>> in_flight;
  std::deque<std::shared_ptr<Batch>> queue;  // waiting for a worker
  std::mutex mutex;
  std::condition_variable work_ready, batch_done;
  bool stopping = false;
  std::vector<std::thread> workers;

  std::size_t batch_bytes = kFirstBatchBytes;  // where the current batch closes

  Impl(const Codebook& c, std::FILE* o, int t)
      : compiled(std::async(t > 0 ? std::launch::async : std::launch::deferred,
                            [&c] { return std::make_shared<const CompiledCodebook>(c); })),
        out(o),
        threads(std::max(0, t)) {}

  ~Impl() {
    {
      std::lock_guard lock(mutex);
      stopping = true;
    }
    work_ready.notify_all();
    for (auto& w : workers) w.join();
  }

  // Adds a segment to the current batch. A segment's coding rows differ
  // only in the coding columns: its head and tail are written into the batch
  // once, by put(out, first, last), which appends columns [first, last)
  // escaped and separated by tabs.
  template <typename Put>
  void add_segment(const std::vector<std::string>& record, const std::function<Location()>& where, Put put) {
    const std::string& s = record[start];
    std::int64_t start_point = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), start_point);
    if (ec != std::errc() || end != s.data() + s.size() || start_point < 0)
      throw DataError(where(), fmt::format("start '{}' is not a code point offset (a whole number)", excerpt(s)));
    if (!current) current = fresh_batch();
    Batch& batch = *current;
    for (const auto& field : record) {
      batch.fields += field;
      batch.bounds.push_back(batch.fields.size());
    }
    batch.starts.push_back(start_point);
    put(batch.written, doc, doc + 1);
    batch.written += '\t';
    put(batch.written, seg, seg + 1);
    batch.written += '\t';
    batch.head_ends.push_back(batch.written.size());
    for (auto [first, last] : rest_runs) {
      batch.written += '\t';
      put(batch.written, first, last);
    }
    batch.written += '\n';
    batch.written_bounds.push_back(batch.written.size());
    if (batch.fields.size() >= batch_bytes) {
      submit();
      batch_bytes = std::min(2 * batch_bytes, kBatchBytes);
    }
  }

  std::shared_ptr<Batch> fresh_batch() {
    std::shared_ptr<Batch> batch;
    if (spare.empty()) {
      batch = std::make_shared<Batch>();
    } else {
      batch = std::move(spare.back());
      spare.pop_back();
      batch->clear();
    }
    batch->columns = columns;
    return batch;
  }

  // `code_part` is a code_columns entry, or the empty row's "\t\tcoder\t".
  static void add_row(Batch& batch, std::size_t s, std::string_view head, std::string_view code_part, std::size_t hits,
                      std::string_view terms, std::string_view negated) {
    std::string& buf = batch.rows_text;
    buf += head;
    buf += code_part;
    char digits[24];
    buf.append(digits, std::to_chars(digits, digits + sizeof digits, hits).ptr);
    buf += '\t';
    tsv::escape_to(buf, terms);
    buf += '\t';
    tsv::escape_to(buf, negated);
    batch.rows.push_back({buf.size(), s});
  }

  // `surface@start-end;...` with document code point offsets.
  static void list_hits(std::string& out, const std::vector<ByteRange>& hits, std::string_view text, std::int64_t start,
                        const std::vector<std::size_t>& bytes, const std::vector<std::int64_t>& points) {
    auto point = [&](std::size_t byte) {
      return start + points[static_cast<std::size_t>(std::lower_bound(bytes.begin(), bytes.end(), byte) - bytes.begin())];
    };
    out.clear();
    for (const auto& h : hits) append_hit(out, text.substr(h.begin, h.end - h.begin), point(h.begin), point(h.end));
  }

  void code_batch(Matcher& matcher, Batch& batch) const {
    std::vector<CodeMatch> found;
    Blocked blocked;
    std::vector<std::size_t> bytes;
    std::vector<std::int64_t> points;
    std::string terms, negated;
    for (std::size_t s = 0; s < batch.size(); ++s) {
      const std::string_view t = batch.field(s, text);
      const bool limited = !limits->empty();
      if (limited) limits->check([&](std::size_t f) { return batch.field(s, f); }, blocked);
      try {
        matcher.match(t, found, limited ? &blocked : nullptr);
      } catch (const DataError& e) {
        throw DataError(e.where(),
                        fmt::format("{} (document {}, segment {})", e.detail(), batch.field(s, doc), batch.field(s, seg)));
      }
      const std::string_view head = batch.head(s);
      if (found.empty()) {
        add_row(batch, s, head, no_code_columns, 0, "", "");
        continue;
      }
      // Code point offsets of every hit boundary, in one pass over the text.
      bytes.clear();
      for (const auto& f : found)
        for (const auto* list : {&f.counted, &f.negated})
          for (const auto& h : *list) {
            bytes.push_back(h.begin);
            bytes.push_back(h.end);
          }
      std::sort(bytes.begin(), bytes.end());
      bytes.erase(std::unique(bytes.begin(), bytes.end()), bytes.end());
      points.clear();
      utf8::CodePointCounter counter(t);
      for (auto b : bytes) points.push_back(counter.at(b));
      for (const auto& f : found) {
        list_hits(terms, f.counted, t, batch.starts[s], bytes, points);
        list_hits(negated, f.negated, t, batch.starts[s], bytes, points);
        add_row(batch, s, head, code_columns[f.code], f.hits(), terms, negated);
      }
    }
  }

  void run_batch(Matcher& matcher, Batch& batch) const {
    try {
      code_batch(matcher, batch);
    } catch (...) {
      batch.error = std::current_exception();
    }
  }

  void worker() {
    // Made on the first batch: a worker that gets none (a short text) costs
    // nothing, where setting up a matcher would take a core from the others.
    std::unique_ptr<Matcher> matcher;
    std::exception_ptr setup_error;
    for (;;) {
      std::shared_ptr<Batch> batch;
      {
        std::unique_lock lock(mutex);
        work_ready.wait(lock, [&] { return stopping || !queue.empty(); });
        if (queue.empty()) return;
        batch = std::move(queue.front());
        queue.pop_front();
      }
      if (!matcher && !setup_error) {
        try {
          matcher = std::make_unique<Matcher>(*compiled.get());
        } catch (...) {
          setup_error = std::current_exception();
        }
      }
      if (matcher)
        run_batch(*matcher, *batch);
      else
        batch->error = setup_error;
      {
        std::lock_guard lock(mutex);
        batch->done = true;
      }
      batch_done.notify_all();
    }
  }

  void write_front() {
    std::shared_ptr<Batch> batch = std::move(in_flight.front());
    in_flight.pop_front();
    {
      std::unique_lock lock(mutex);
      batch_done.wait(lock, [&] { return batch->done; });
    }
    if (batch->error) std::rethrow_exception(batch->error);
    std::string& buf = write_buffer;
    std::size_t from = 0;
    for (const Batch::Row& row : batch->rows) {
      buf.append(batch->rows_text, from, row.end - from);
      from = row.end;
      buf += batch->tail(row.segment);
      if (buf.size() >= (1 << 16)) {
        tsv::write_raw(out, buf);
        buf.clear();
      }
    }
    tsv::write_raw(out, buf);
    buf.clear();
    spare.push_back(std::move(batch));
  }

  // `last`: no segment follows; a text that is one batch in all is then
  // coded on the caller's thread, as starting a thread for it cost more.
  void submit(bool last = false) {
    if (!current || current->size() == 0) return;
    std::shared_ptr<Batch> batch = std::move(current);
    if (threads == 0 || (last && workers.empty())) {
      if (!inline_matcher) inline_matcher = std::make_unique<Matcher>(*compiled.get());
      run_batch(*inline_matcher, *batch);
      batch->done = true;
      in_flight.push_back(std::move(batch));
      write_front();
      return;
    }
    if (workers.empty())
      for (int i = 0; i < threads; ++i) workers.emplace_back([this] { worker(); });
    {
      std::lock_guard lock(mutex);
      queue.push_back(batch);
    }
    work_ready.notify_one();
    in_flight.push_back(std::move(batch));
    while (in_flight.size() > static_cast<std::size_t>(2 * threads)) write_front();
  }
};

CodingWriter::CodingWriter(const Codebook& codebook, const std::vector<std::string>& segment_columns,
                           const std::string& source, std::FILE* out, int threads)
    : impl_(std::make_unique<Impl>(codebook, out, threads)) {
  Impl& m = *impl_;
  const std::string coder = tsv::escape(codebook.coder());
  for (const Code& c : codebook.codes)
    m.code_columns.push_back(fmt::format("{}\t{}\t{}\t", tsv::escape(c.id), tsv::escape(c.theme), coder));
  m.no_code_columns = fmt::format("\t\t{}\t", coder);
  auto require = [&](std::string_view name) {
    auto it = std::find(segment_columns.begin(), segment_columns.end(), name);
    if (it == segment_columns.end())
      throw DataError({source, 1}, fmt::format("missing required column '{}' (the header has: {}); draad code reads "
                                               "the segment stream of draad segment",
                                               name, tsv::column_list(segment_columns)));
    return static_cast<std::size_t>(it - segment_columns.begin());
  };
  m.columns = segment_columns.size();
  m.doc = require("doc");
  m.seg = require("seg");
  m.start = require("start");
  m.text = require("text");
  m.limits.emplace(codebook, segment_columns);
  std::vector<std::string> columns = kCodingColumns;
  for (std::size_t i = 0; i < segment_columns.size(); ++i) {
    if (std::find(kCodingColumns.begin(), kCodingColumns.end(), segment_columns[i]) != kCodingColumns.end()) {
      if (i == m.doc || i == m.seg) continue;
      throw DataError({source, 1}, fmt::format("the segment stream already has a column '{}'; is it a coding stream?",
                                               segment_columns[i]));
    }
    m.rest.push_back(i);
    columns.push_back(segment_columns[i]);
    if (!m.rest_runs.empty() && m.rest_runs.back().second == i)
      ++m.rest_runs.back().second;
    else
      m.rest_runs.emplace_back(i, i + 1);
  }
  std::string header;
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (i) header += '\t';
    tsv::escape_to(header, columns[i]);
  }
  header += '\n';
  tsv::write_raw(out, header);
}

CodingWriter::~CodingWriter() = default;

const std::vector<std::string>& CodingWriter::warnings() const { return impl_->limits->warnings(); }

void CodingWriter::add(const std::vector<std::string>& record, const std::function<Location()>& where) {
  impl_->add_segment(record, where, [&](std::string& out, std::size_t first, std::size_t last) {
    for (std::size_t i = first; i < last; ++i) {
      if (i > first) out += '\t';
      tsv::escape_to(out, record[i]);
    }
  });
}

void CodingWriter::add(const tsv::Reader& in) {
  impl_->add_segment(in.fields(), [&] { return in.where(impl_->start); },
                     [&](std::string& out, std::size_t first, std::size_t last) {
                       tsv::append_raw(out, in.raw_fields(first, last));
                     });
}

void CodingWriter::finish() {
  Impl& m = *impl_;
  m.submit(true);
  while (!m.in_flight.empty()) m.write_front();
}

}  // namespace draad
