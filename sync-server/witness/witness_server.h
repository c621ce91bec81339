#pragma once
// fairguard-witness's TLS server (docs/witness.md): Asio + OpenSSL like the relay, one io
// thread, one coroutine per connection and a watchdog that closes it at its deadline: the
// TLS handshake within handshake_timeout of connecting, each message within message_timeout
// of its first byte (not reset by each byte: a slow drip is cut), idle_timeout between
// messages; frames of at most sync::kMaxWitnessPayload; at most max_connections at once (the
// newcomer is refused). Each whole frame goes to `answer`, whose reply is sent; a reply of
// type Error ends the connection.
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>

#include "sync/frame.h"

namespace fg::witness {

struct WitnessServerOptions {
  std::string listen;  // "host:port"; port 0 picks a free port
  std::filesystem::path cert, key;
  std::chrono::milliseconds handshake_timeout = std::chrono::seconds(10);
  std::chrono::milliseconds message_timeout = std::chrono::seconds(10);
  std::chrono::milliseconds idle_timeout = std::chrono::seconds(30);
  std::size_t max_connections = 64;
  bool handle_signals = true;  // SIGINT / SIGTERM stop it
  std::function<void(const std::string& host, std::uint16_t port)> on_listening;
  std::function<sync::Frame(const sync::Frame& request, const std::string& peer)> answer;
};

class WitnessServer {
 public:
  explicit WitnessServer(WitnessServerOptions options);  // binds; throws std::runtime_error
  ~WitnessServer();
  WitnessServer(const WitnessServer&) = delete;
  WitnessServer& operator=(const WitnessServer&) = delete;
  std::uint16_t port() const;
  void run();   // until stop() or a signal
  void stop();  // thread-safe

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// One line of the witness's log: the relay's format, named "witness".
void log(const std::string& text);

}  // namespace fg::witness
