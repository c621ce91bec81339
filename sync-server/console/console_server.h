#pragma once
// The console's HTTPS server (Boost.Beast) on the relay's own io_context (docs/console.md).
// What one connection may hold: a TLS handshake deadline; per request one deadline for
// reading it whole (headers and body, not reset by each byte; also the keep-alive idle
// limit) and one for writing each piece of the answer (files go out in pieces, read from
// disk as they are sent); headers of 8 KiB (431 beyond), a body of 64 KiB
// (413 beyond); at most max_connections at once (a newcomer beyond is closed). Handlers run
// on one worker thread with their own read-only database connection, so the io thread only
// moves bytes and a station's sync never waits for a page.
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>

namespace boost::asio {
class io_context;
}

namespace fg::relay::console {

class ConsoleApp;

inline constexpr std::string_view kUploadPath = "/admin/booths/import";

struct ConsoleServerOptions {
  std::string listen;               // host:port; port 0 picks a free one
  std::filesystem::path cert, key;  // PEM
  std::size_t max_connections = 64;
  std::chrono::milliseconds handshake_timeout = std::chrono::seconds(10);
  std::chrono::milliseconds request_timeout = std::chrono::seconds(15);  // read one request; idle keep-alive
  std::chrono::milliseconds write_timeout = std::chrono::seconds(30);    // for each piece written
  std::size_t header_limit = 8 * 1024;
  std::size_t body_limit = 64 * 1024;
  // The booth list's upload (kUploadPath, admins; the limit read from its request line before
  // the body): a CSV of about 50,000 booths.
  std::size_t upload_limit = 4 * 1024 * 1024;
  std::function<void(const std::string& host, std::uint16_t port)> on_listening;
};

class ConsoleServer {
 public:
  // Binds now (throws std::runtime_error / std::invalid_argument saying why it cannot).
  ConsoleServer(boost::asio::io_context& io, std::shared_ptr<ConsoleApp> app, ConsoleServerOptions options);
  ~ConsoleServer();  // waits for the worker thread
  ConsoleServer(const ConsoleServer&) = delete;
  ConsoleServer& operator=(const ConsoleServer&) = delete;

  void start();  // accept on the io thread
  void stop();   // on the io thread: close the listener and every connection
  // On the io thread (SIGHUP): the certificate and key files read again, for connections made
  // from now on; open ones keep theirs. Throws std::runtime_error, keeping the old pair, when
  // the new one cannot be used.
  void reload_certificate();
  std::uint16_t port() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace fg::relay::console
