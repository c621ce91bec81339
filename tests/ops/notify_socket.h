#pragma once
// Plays systemd's side of sd_notify for a test: a Unix datagram socket whose path goes into
// the relay's NOTIFY_SOCKET, and the messages it receives.
#include <chrono>
#include <filesystem>
#include <optional>
#include <string>

namespace fg::test {

class NotifySocket {
 public:
  explicit NotifySocket(std::filesystem::path path);  // binds it; throws std::runtime_error
  ~NotifySocket();
  NotifySocket(const NotifySocket&) = delete;
  NotifySocket& operator=(const NotifySocket&) = delete;
  const std::filesystem::path& path() const { return path_; }
  // The next message containing `needle` (earlier ones are dropped); nullopt after `timeout`.
  std::optional<std::string> wait_for(const std::string& needle, std::chrono::milliseconds timeout);

 private:
  std::filesystem::path path_;
  int fd_ = -1;
};

// Sets an environment variable for the processes started in its lifetime, then restores it.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const std::string& value);
  ~ScopedEnv();
  ScopedEnv(const ScopedEnv&) = delete;
  ScopedEnv& operator=(const ScopedEnv&) = delete;

 private:
  const char* name_;
  std::optional<std::string> old_;
};

}  // namespace fg::test
