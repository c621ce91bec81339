#pragma once
// The real `fairguard-relay` binary: a data folder made by `init`, `serve` on 127.0.0.1 with
// a free port (read from its first stdout line), payloads from `enroll`.
#include <csignal>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "support/child_process.h"
#include "crypto/sha256.h"

namespace fg::test {

class RelayProcess {
 public:
  // Runs `init` into `dir` (fair CF138).
  explicit RelayProcess(std::filesystem::path dir, int idle_timeout_seconds = 60);
  ~RelayProcess();
  // Starts `serve` (port 0 the first time, then the same port again); waits for the port line.
  void start();
  // For the next start(): more serve options (deadlines, --max-connections) and the serve
  // process's open-file limit (0: inherited).
  void set_serve_options(std::vector<std::string> extra, long max_open_files = 0) {
    extra_ = std::move(extra);
    max_open_files_ = max_open_files;
  }
  void stop(int sig = SIGTERM);  // and waits; returns once it exited
  int last_exit() const { return last_exit_; }
  std::uint16_t port() const { return port_; }
  ChildProcess& process() { return *serve_; }
  // One-time payload from the real `enroll` command.
  std::string enroll(const std::string& station);
  RunResult admin(const std::vector<std::string>& args);
  const std::filesystem::path& dir() const { return dir_; }

 private:
  std::filesystem::path dir_;
  int idle_;
  std::vector<std::string> extra_;
  long max_open_files_ = 0;
  std::uint16_t port_ = 0;
  int last_exit_ = -1;
  std::unique_ptr<ChildProcess> serve_;
};

// What someone with the relay's files could do while it is stopped: rebuild its
// transparency log without one event (a new tree, heads to be signed anew with the real key).
void rebuild_log_without(const std::filesystem::path& relay_db, const Digest& removed);

}  // namespace fg::test
