#include "support.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace draad::test {
namespace {

// Runs argv with stdin fed from `input`, collecting stdout and stderr
// without deadlocking on full pipes.
Run spawn(const std::vector<std::string>& argv, const std::string& input) {
  int in[2], out[2], err[2];
  if (pipe(in) || pipe(out) || pipe(err)) throw std::runtime_error("pipe failed");
  pid_t pid = fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    std::signal(SIGPIPE, SIG_DFL);  // draad meets a closed pipe as a user's shell would make it
    dup2(in[0], 0);
    dup2(out[1], 1);
    dup2(err[1], 2);
    for (int fd : {in[0], in[1], out[0], out[1], err[0], err[1]}) close(fd);
    if (chdir(DRAAD_SOURCE_DIR) != 0) _exit(126);
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    execv(args[0], args.data());
    _exit(127);
  }
  // A command that fails before reading all its input closes the pipe: the
  // write below then fails with EPIPE instead of killing the test.
  std::signal(SIGPIPE, SIG_IGN);
  close(in[0]);
  close(out[1]);
  close(err[1]);
  fcntl(in[1], F_SETFL, O_NONBLOCK);
  Run run;
  std::size_t written = 0;
  bool in_open = true, out_open = true, err_open = true;
  if (input.empty()) {
    close(in[1]);
    in_open = false;
  }
  char buf[1 << 16];
  while (out_open || err_open) {
    pollfd fds[3];
    int n = 0;
    if (out_open) fds[n++] = {out[0], POLLIN, 0};
    if (err_open) fds[n++] = {err[0], POLLIN, 0};
    if (in_open) fds[n++] = {in[1], POLLOUT, 0};
    if (poll(fds, n, -1) < 0) {
      if (errno == EINTR) continue;
      break;
    }
    for (int i = 0; i < n; ++i) {
      if (!fds[i].revents) continue;
      if (fds[i].fd == in[1]) {
        ssize_t k = write(in[1], input.data() + written, input.size() - written);
        if (k > 0) written += static_cast<std::size_t>(k);
        if (k < 0 || written == input.size()) {
          close(in[1]);
          in_open = false;
        }
        continue;
      }
      ssize_t k = read(fds[i].fd, buf, sizeof buf);
      bool is_out = fds[i].fd == out[0];
      if (k <= 0) {
        close(fds[i].fd);
        (is_out ? out_open : err_open) = false;
      } else {
        (is_out ? run.out : run.err).append(buf, static_cast<std::size_t>(k));
      }
    }
  }
  if (in_open) close(in[1]);
  int status = 0;
  waitpid(pid, &status, 0);
  run.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return run;
}

}  // namespace

Run run_draad(const std::vector<std::string>& args, const std::string& input) {
  std::vector<std::string> argv{DRAAD_BIN};
  argv.insert(argv.end(), args.begin(), args.end());
  return spawn(argv, input);
}

Run shell(const std::string& command_line, const std::string& input) {
  std::string bin_dir = std::filesystem::path(DRAAD_BIN).parent_path();
  // DRAAD: the scripts under test (evaluate-gold, evaluate-themes) run this
  // build's draad, the sanitised one under ASan and TSan, not build/draad.
  return spawn({"/bin/bash", "-o", "pipefail", "-c",
                "PATH=\"" + bin_dir + ":$PATH\"; export DRAAD=\"" + std::string(DRAAD_BIN) + "\"; " + command_line},
               input);
}

std::string data_path(const std::string& name) { return std::string(DRAAD_TEST_DATA) + "/" + name; }

std::string read_file(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  if (!f) throw std::runtime_error("cannot read " + path);
  std::ostringstream s;
  s << f.rdbuf();
  return s.str();
}

void write_file(const std::string& path, const std::string& content) {
  std::filesystem::create_directories(std::filesystem::path(path).parent_path());
  std::ofstream f(path, std::ios::binary);
  f << content;
  if (!f) throw std::runtime_error("cannot write " + path);
}

namespace {
struct TempRoot {
  std::string path;
  TempRoot() {
    char tmpl[] = "/tmp/draad-test-XXXXXX";
    if (!mkdtemp(tmpl)) throw std::runtime_error("mkdtemp failed");
    path = tmpl;
  }
  ~TempRoot() {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
  }
};
}  // namespace

std::string temp_dir() {
  static TempRoot root;
  static int counter = 0;
  std::string dir = root.path + "/" + std::to_string(++counter);
  std::filesystem::create_directories(dir);
  return dir;
}

std::vector<std::string> words(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> out;
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

}  // namespace draad::test
