#pragma once
// A plain HTTP/1.1 GET to 127.0.0.1 for the /metrics and /healthz tests (no client library
// needed): one request, the answer read until the server closes, within a deadline.
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

namespace fg::test {

struct HttpAnswer {
  int status = 0;
  std::string headers, body;
};

// nullopt when the connection fails or no whole answer comes within `timeout`.
std::optional<HttpAnswer> http_get(std::uint16_t port, const std::string& path,
                                   std::chrono::milliseconds timeout = std::chrono::seconds(10));

// The value of the sample `name` (with its labels, e.g. `x_total{reason="a"}`) in a
// Prometheus text page; nullopt when it is not there.
std::optional<double> metric(const std::string& page, const std::string& name);

}  // namespace fg::test
