#include "support/child_process.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <stdexcept>

extern char** environ;

namespace fg::test {

namespace {
std::thread reader(int fd, std::string& buffer, std::mutex& m, std::condition_variable& cv) {
  return std::thread([fd, &buffer, &m, &cv] {
    char chunk[4096];
    for (;;) {
      const ssize_t n = ::read(fd, chunk, sizeof chunk);
      if (n <= 0) break;
      std::lock_guard lock(m);
      buffer.append(chunk, static_cast<std::size_t>(n));
      cv.notify_all();
    }
    ::close(fd);
  });
}
}  // namespace

// posix_spawn, not fork + exec: the tests run threads, and a forked child of a threaded
// process may only call async-signal-safe functions until it execs.
ChildProcess::ChildProcess(const std::vector<std::string>& argv, ChildOptions options) {
  if (argv.empty()) throw std::runtime_error("ChildProcess: empty argv");
  int out[2], err[2];
  if (::pipe2(out, O_CLOEXEC) != 0) throw std::runtime_error("pipe failed");
  if (::pipe2(err, O_CLOEXEC) != 0) {
    ::close(out[0]);
    ::close(out[1]);
    throw std::runtime_error("pipe failed");
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&actions, out[1], 1);
  posix_spawn_file_actions_adddup2(&actions, err[1], 2);
  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  if (options.no_terminal) posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSID);
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  const int spawned = ::posix_spawn(&pid_, args[0], &actions, &attr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attr);
  ::close(out[1]);
  ::close(err[1]);
  if (spawned != 0) {
    ::close(out[0]);
    ::close(err[0]);
    throw std::runtime_error("cannot start " + argv[0]);
  }
  out_reader_ = reader(out[0], out_, m_, cv_);
  err_reader_ = reader(err[0], err_, m_, cv_);
}

ChildProcess::~ChildProcess() {
  if (!status_) {
    ::kill(pid_, SIGKILL);
    wait(std::chrono::seconds(10));
  }
  if (out_reader_.joinable()) out_reader_.join();
  if (err_reader_.joinable()) err_reader_.join();
}

std::optional<std::string> ChildProcess::wait_for(std::string& buffer, const std::string& needle,
                                                  std::chrono::milliseconds timeout) {
  std::unique_lock lock(m_);
  std::optional<std::string> line;
  cv_.wait_for(lock, timeout, [&] {
    const auto at = buffer.find(needle);
    if (at == std::string::npos) return false;
    const auto end = buffer.find('\n', at);
    if (end == std::string::npos) return false;
    const auto begin = buffer.rfind('\n', at);
    line =
        buffer.substr(begin == std::string::npos ? 0 : begin + 1, end - (begin == std::string::npos ? 0 : begin + 1));
    return true;
  });
  return line;
}

std::optional<std::string> ChildProcess::wait_stdout(const std::string& needle, std::chrono::milliseconds timeout) {
  return wait_for(out_, needle, timeout);
}
std::optional<std::string> ChildProcess::wait_stderr(const std::string& needle, std::chrono::milliseconds timeout) {
  return wait_for(err_, needle, timeout);
}
std::string ChildProcess::out() {
  std::lock_guard lock(m_);
  return out_;
}
std::string ChildProcess::err() {
  std::lock_guard lock(m_);
  return err_;
}
void ChildProcess::drain() {
  if (out_reader_.joinable()) out_reader_.join();
  if (err_reader_.joinable()) err_reader_.join();
}

void ChildProcess::signal(int sig) {
  if (!status_) ::kill(pid_, sig);
}

std::optional<int> ChildProcess::wait(std::chrono::milliseconds timeout) {
  if (status_) return status_;
  const auto until = std::chrono::steady_clock::now() + timeout;
  for (;;) {
    int st = 0;
    const pid_t r = ::waitpid(pid_, &st, WNOHANG);
    if (r == pid_) {
      term_signal_ = WIFSIGNALED(st) ? WTERMSIG(st) : 0;
      status_ = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
      return status_;
    }
    if (std::chrono::steady_clock::now() > until) return std::nullopt;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
}

RunResult run_process(const std::vector<std::string>& argv, std::chrono::milliseconds timeout, ChildOptions options) {
  ChildProcess p(argv, options);
  RunResult r;
  auto code = p.wait(timeout);
  const bool timed_out = !code;
  if (timed_out) {
    p.signal(SIGKILL);
    code = p.wait(std::chrono::seconds(10));
  }
  r.code = timed_out ? -1 : code.value_or(-1);
  r.term_signal = p.term_signal();
  p.drain();
  r.out = p.out();
  r.err = p.err();
  return r;
}

}  // namespace fg::test
