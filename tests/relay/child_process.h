#pragma once
// A real child process for the relay tests: stdout and stderr captured by reader threads,
// lines awaited with a timeout, signals (SIGTERM, SIGKILL) sent by pid.
#include <sys/types.h>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace fg::test {

class ChildProcess {
 public:
  explicit ChildProcess(const std::vector<std::string>& argv);
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
  pid_t pid() const { return pid_; }
  // After the process ended: waits until its output is read to the end.
  void drain();

 private:
  std::optional<std::string> wait_for(std::string& buffer, const std::string& needle, std::chrono::milliseconds timeout);
  pid_t pid_ = -1;
  std::optional<int> status_;
  std::mutex m_;
  std::condition_variable cv_;
  std::string out_, err_;
  std::thread out_reader_, err_reader_;
};

struct RunResult {
  int code = -1;
  std::string out, err;
};
// Runs to completion (killed after `timeout`).
RunResult run_process(const std::vector<std::string>& argv, std::chrono::milliseconds timeout = std::chrono::seconds(120));

}  // namespace fg::test
