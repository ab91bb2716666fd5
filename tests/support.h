// Test helpers: run the built `draad` as a user would, and read fixtures.
#pragma once

#include <string>
#include <vector>

namespace draad::test {

struct Run {
  int status = -1;  // exit status, or 128 + signal
  std::string out;
  std::string err;
};

// Runs `draad args...` with `input` on standard input, in the source tree's
// root directory so that paths like tests/data/x.txt work.
Run run_draad(const std::vector<std::string>& args, const std::string& input = "");

// Runs a shell command line (for pipelines) in the source root; "draad" in it
// is the built binary.
Run shell(const std::string& command_line, const std::string& input = "");

// A file under tests/data.
std::string data_path(const std::string& name);
std::string read_file(const std::string& path);
void write_file(const std::string& path, const std::string& content);

// The words of `text`: its runs of non-space characters, in order (to
// compare two texts word for word).
std::vector<std::string> words(const std::string& text);

// A fresh temporary directory, removed when the test process exits.
std::string temp_dir();

}  // namespace draad::test
