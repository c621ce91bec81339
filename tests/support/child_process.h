#pragma once
// A real child process for tests: argv run directly (no shell), stdin /dev/null, stdout and
// stderr captured by reader threads, lines awaited with a timeout, signals sent by pid.
// run_process() runs one to completion; run_command() (run_command.h) is the `sh -c` form.
#include <sys/types.h>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace fg::test {

struct ChildOptions {
  // Start in a new session without a controlling terminal, so that a program asking for a PIN
  // on /dev/tty fails at once instead of waiting for a person.
  bool no_terminal = false;
};

class ChildProcess {
 public:
  // argv[0] is a path (PATH is not searched). Throws std::runtime_error if it cannot start.
  explicit ChildProcess(const std::vector<std::string>& argv, ChildOptions options = {});
  ~ChildProcess();  // SIGKILL and reap if still running
  ChildProcess(const ChildProcess&) = delete;
  ChildProcess& operator=(const ChildProcess&) = delete;

  // Waits until stdout (or stderr) holds a line containing `needle`; returns that line.
  std::optional<std::string> wait_stdout(const std::string& needle, std::chrono::milliseconds timeout);
  std::optional<std::string> wait_stderr(const std::string& needle, std::chrono::milliseconds timeout);
  std::string out();
  std::string err();
  void signal(int sig);
  // Exit code, or 128 + signal; nullopt if still running after `timeout`.
  std::optional<int> wait(std::chrono::milliseconds timeout);
  // The signal that ended it, 0 if it exited (or still runs).
  int term_signal() const { return term_signal_; }
  pid_t pid() const { return pid_; }
  // After the process ended: waits until its output is read to the end.
  void drain();

 private:
  std::optional<std::string> wait_for(std::string& buffer, const std::string& needle,
                                      std::chrono::milliseconds timeout);
  pid_t pid_ = -1;
  std::optional<int> status_;
  int term_signal_ = 0;
  std::mutex m_;
  std::condition_variable cv_;
  std::string out_, err_;
  std::thread out_reader_, err_reader_;
};

struct RunResult {
  int code = -1;        // exit code, 128 + signal, or -1 when killed for running past the timeout
  int term_signal = 0;  // the signal that ended it, 0 if it exited
  std::string out, err;
};
// Runs to completion (killed after `timeout`).
RunResult run_process(const std::vector<std::string>& argv,
                      std::chrono::milliseconds timeout = std::chrono::seconds(120), ChildOptions options = {});

}  // namespace fg::test
