#pragma once
// A real fairguard-relay process and one well-behaved enrolled station, for the hostile-client
// tests: raw TCP and TLS connections to play the attacker, the relay's memory and CPU time
// from /proc, and the check that the station still syncs.
#include <chrono>
#include <memory>
#include <optional>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "relay_process.h"
#include "sim/sim_station.h"
#include "support/temp_dir.h"
#include "sync/tls_client.h"

namespace fg::test {

inline constexpr const char* kFair = "CF138";  // the fair RelayProcess makes

// Polls every 50 ms until pred() or `timeout`; returns pred().
template <typename Pred>
bool eventually(Pred pred, std::chrono::milliseconds timeout) {
  const auto until = std::chrono::steady_clock::now() + timeout;
  while (!pred() && std::chrono::steady_clock::now() < until)
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  return pred();
}

// What /proc says about a process.
struct ProcessUsage {
  long rss_kib = 0;        // VmRSS
  double cpu_seconds = 0;  // user + system
};
ProcessUsage process_usage(pid_t pid);

// A connected plain TCP socket to 127.0.0.1:port (closed by the destructor); -1 if refused.
class TcpConnection {
 public:
  explicit TcpConnection(std::uint16_t port);
  ~TcpConnection();
  TcpConnection(const TcpConnection&) = delete;
  TcpConnection& operator=(const TcpConnection&) = delete;
  bool connected() const { return fd_ >= 0; }
  // True once the relay closed it (read returns 0 or an error), waiting up to `timeout`.
  bool closed_by_peer(std::chrono::milliseconds timeout);
  // Writes all of `bytes`; false if the connection refused them.
  bool send_bytes(const std::string& bytes);
  // Reads until the relay closes it: how many bytes came meanwhile; nullopt if still open
  // after `timeout`.
  std::optional<std::size_t> read_until_closed(std::chrono::milliseconds timeout);

 private:
  int fd_ = -1;
};

class HostileFixture {
 public:
  // Starts `serve` with `serve_options`; max_open_files > 0 sets the relay's RLIMIT_NOFILE.
  explicit HostileFixture(std::vector<std::string> serve_options = {}, long max_open_files = 0);

  RelayProcess& relay() { return *relay_; }
  relay::SimStation& station() { return *station_; }
  pid_t relay_pid() { return relay_->process().pid(); }
  std::string fingerprint() const { return fingerprint_; }
  const std::filesystem::path& dir() const { return tmp_.path(); }

  // The station takes a complaint and syncs it; CHECKs that everything went through.
  void station_syncs(std::chrono::milliseconds timeout = std::chrono::seconds(60));
  // Another enrolled station (first sync done), e.g. to play a hostile enrolled device.
  std::unique_ptr<relay::SimStation> enrol_station(const std::string& name);
  // A TLS connection to the relay, handshake done, nothing sent.
  std::unique_ptr<sync::TlsClient> tls(std::chrono::milliseconds timeout = std::chrono::seconds(20));
  // A TLS connection that completed hello and auth for `key` (an enrolled device).
  std::unique_ptr<sync::TlsClient> authenticated(const KeyPair& key);
  // Lines of the relay's log containing `needle`.
  std::size_t log_lines_with(const std::string& needle);

 private:
  TempDir tmp_;
  std::unique_ptr<RelayProcess> relay_;
  std::unique_ptr<relay::SimStation> station_;
  std::string fingerprint_;
  std::mt19937_64 rng_{17};
};

}  // namespace fg::test
