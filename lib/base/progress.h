// Progress of a long run, for a person watching a terminal: one line on
// standard error, `draad code: 41.2 MB of text, 120345 segments, 230
// documents, 25.1 MB/s`, rewritten in place at most twice a second once the
// run has taken a second, and erased when the run ends or fails.
//
// Shown only when standard error is a terminal and standard output is not
// (output on the terminal would be garbled by it); in a pipe, a test or a
// log nothing is written, so output never depends on it.
#pragma once

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace draad {

class Progress {
 public:
  using Clock = std::chrono::steady_clock;

  // Writes to standard error when it is a terminal and standard output is not.
  explicit Progress(std::string command);
  // Writes to `to` (nullptr: nowhere), first after `delay`, then every `interval`.
  Progress(std::string command, std::FILE* to, Clock::duration delay, Clock::duration interval);
  ~Progress();  // erases the line
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  // One more segment of `bytes` of text, from document `doc` (documents are
  // counted as they change). Nothing when not shown; when shown, a clock
  // read (tens of nanoseconds, against microseconds to code a segment).
  void segment(std::size_t bytes, std::string_view doc) {
    if (!to_) return;
    bytes_ += bytes;
    ++segments_;
    if (doc != doc_) {
      doc_.assign(doc);
      ++documents_;
    }
    tick();
  }

 private:
  void tick();

  std::string command_;
  std::FILE* to_ = nullptr;
  Clock::time_point start_, next_;
  Clock::duration interval_{};
  std::uint64_t bytes_ = 0, segments_ = 0, documents_ = 0;
  std::string doc_;
  bool shown_ = false;
};

}  // namespace draad
