#include "base/progress.h"

#include <unistd.h>

#include <fmt/format.h>

namespace draad {

using namespace std::chrono_literals;

Progress::Progress(std::string command)
    : Progress(std::move(command), isatty(STDERR_FILENO) && !isatty(STDOUT_FILENO) ? stderr : nullptr, 1s, 500ms) {}

Progress::Progress(std::string command, std::FILE* to, Clock::duration delay, Clock::duration interval)
    : command_(std::move(command)), to_(to), start_(Clock::now()), next_(start_ + delay), interval_(interval) {}

Progress::~Progress() {
  // Carriage return and erase to the end of the line: the next message, or
  // the shell prompt, starts on a clean line.
  if (shown_) std::fputs("\r\x1b[K", to_);
}

void Progress::tick() {
  const Clock::time_point now = Clock::now();
  if (now < next_) return;
  next_ = now + interval_;
  const double seconds = std::chrono::duration<double>(now - start_).count();
  const double mb = static_cast<double>(bytes_) / 1e6;
  fmt::print(to_, "\r\x1b[Kdraad {}: {:.1f} MB of text, {} segments, {} documents, {:.1f} MB/s", command_, mb,
             segments_, documents_, seconds > 0 ? mb / seconds : 0.0);
  std::fflush(to_);
  shown_ = true;
}

}  // namespace draad
