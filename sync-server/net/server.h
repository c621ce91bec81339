#pragma once
// The relay's TLS server, shaped like Asio's own examples: `Server` owns the acceptor and a
// signal_set (SIGINT/SIGTERM stop it cleanly), each `Connection` keeps itself alive with
// shared_from_this and has a watchdog, and the `ConnectionManager` can stop them all.
// One io thread; storage calls are synchronous SQLite on it (WAL, fsync per batch).
//
// What one connection may hold (docs/relay-admin.md, "Limits"): a deadline for the handshake
// (TLS, hello, auth), one per message (from its first byte to its last, not reset by each
// byte), an idle deadline between messages; frames of 16 KiB before authentication; at most
// max_connections at once (an unauthenticated one is shed to make room for a newcomer, else
// the newcomer is refused); one session per device (a newer one ends the older).
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "data/relay_data.h"
#include "net/relay_metrics.h"

namespace boost::asio {
class io_context;
}

namespace fg::relay {

constexpr std::size_t kDefaultMaxConnections = 512;
// File descriptors the relay needs besides its connections: the database and its WAL, blob
// files being read or written, the listening socket, epoll, logs. LimitNOFILE must exceed
// max_connections by at least this.
constexpr std::size_t kReservedFds = 64;

struct ServerOptions {
  std::string listen;  // "host:port"; port 0 picks a free port. Empty: the data folder's setting
  std::chrono::milliseconds idle_timeout = std::chrono::seconds(60);       // between messages
  std::chrono::milliseconds message_timeout = std::chrono::seconds(60);    // one frame in, or one write out
  std::chrono::milliseconds handshake_timeout = std::chrono::seconds(20);  // accept to welcome
  std::size_t max_connections = kDefaultMaxConnections;
  bool handle_signals = true;  // SIGINT / SIGTERM stop the server; SIGHUP calls on_reload
  // Called once the socket is bound (the real port), before accepting.
  std::function<void(const std::string& host, std::uint16_t port)> on_listening;
  // Called on the io thread when the server begins to stop (a signal or stop()): what else
  // runs on its io (the console) stops too, so that run() returns.
  std::function<void()> on_stopping;
  // Called on the io thread on SIGHUP: re-read what can change without dropping a connection.
  std::function<void()> on_reload;
  // Called on the io thread about once a second while it serves (systemd's watchdog pings).
  std::function<void()> on_tick;
};

// Timestamped line on stderr: "2026-11-25T07:30:00.123Z relay: <text>".
void log_line(const std::string& text);
// The same for another program of the kit ("witness"): "<stamp> <program>: <text>".
void log_line_as(const std::string& program, const std::string& text);

class Server {
 public:
  Server(RelayData& data, ServerOptions options);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  std::uint16_t port() const;
  // The server's one io thread's context: the console serves on it too (docs/console.md).
  boost::asio::io_context& io_context();
  // For /metrics; call on the io thread.
  const RelayMetrics& metrics() const;
  std::size_t connections_open() const;
  std::size_t sessions_open() const;  // authenticated
  void run();                         // serves until stop() or a signal; returns after every connection closed
  void stop();                        // thread-safe

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace fg::relay
