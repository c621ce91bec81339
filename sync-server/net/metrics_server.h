#pragma once
// The relay's /metrics and /healthz listener (docs/relay-admin.md "Metrics"): plain HTTP on a
// loopback address only (`serve --metrics 127.0.0.1:9464`), on the relay's io. Plain, because
// Prometheus scrapes it from the same machine; loopback only, because it has no accounts and
// says how busy the fair is. One request per connection, 4 KiB of headers, a 5 s deadline,
// at most 8 connections at once.
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

namespace boost::asio {
class io_context;
}

namespace fg::relay {

struct MetricsServerOptions {
  std::string listen;                    // host:port, a loopback address; port 0 picks one
  std::function<std::string()> metrics;  // the /metrics page, on the io thread
  std::function<std::string()> health;   // empty: healthy ("ok"); else why not (503)
};

class MetricsServer {
 public:
  // Binds now; throws std::invalid_argument for an address that is not loopback.
  MetricsServer(boost::asio::io_context& io, MetricsServerOptions options);
  ~MetricsServer();
  MetricsServer(const MetricsServer&) = delete;
  MetricsServer& operator=(const MetricsServer&) = delete;
  void start();
  void stop();  // on the io thread
  std::uint16_t port() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace fg::relay
