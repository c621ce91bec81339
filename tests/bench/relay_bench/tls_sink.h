#pragma once
// The benchmark's baseline: a TLS 1.3 server on 127.0.0.1 that reads and discards, with the
// relay's own certificate, so the client side is the same TlsClient the stations use.
#include <cstdint>
#include <filesystem>
#include <memory>

namespace fg::bench {

class TlsSink {
 public:
  TlsSink(const std::filesystem::path& cert_pem, const std::filesystem::path& key_pem);
  ~TlsSink();
  std::uint16_t port() const;
  std::uint64_t bytes_received() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace fg::bench
