#pragma once
// The relay's TLS server, shaped like Asio's own examples: `Server` owns the acceptor and a
// signal_set (SIGINT/SIGTERM stop it cleanly), each `Connection` keeps itself alive with
// shared_from_this and has an idle watchdog, and the `ConnectionManager` can stop them all.
// One io thread; storage calls are synchronous SQLite on it (WAL, fsync per batch).
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "data/relay_data.h"

namespace fg::relay {

struct ServerOptions {
  std::string listen;  // "host:port"; port 0 picks a free port. Empty: the data folder's setting
  std::chrono::milliseconds idle_timeout = std::chrono::seconds(60);
  std::chrono::milliseconds handshake_timeout = std::chrono::seconds(20);
  bool handle_signals = true;  // SIGINT / SIGTERM stop the server
  // Called once the socket is bound (the real port), before accepting.
  std::function<void(const std::string& host, std::uint16_t port)> on_listening;
};

// Timestamped line on stderr: "2026-11-25T07:30:00.123Z relay: <text>".
void log_line(const std::string& text);

class Server {
 public:
  Server(RelayData& data, ServerOptions options);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  std::uint16_t port() const;
  void run();   // serves until stop() or a signal; returns after every connection closed
  void stop();  // thread-safe

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace fg::relay
