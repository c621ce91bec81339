#pragma once
// The station's TLS 1.3 connection to the relay (Asio + OpenSSL). The relay's self-signed
// certificate is pinned by the SHA-256 of its DER encoding, as carried in the enrolment QR
// code; any other certificate is refused before a byte of the protocol is sent.
#include <chrono>
#include <cstdint>
#include <memory>
#include <string>

#include "sync/transport.h"

namespace fg::sync {

class TlsClient final : public Transport {
 public:
  // Connects and completes the handshake within `timeout`; every later send/receive has the
  // same timeout. Throws SyncError: "unreachable" (no answer to the connect, no route, refused,
  // unknown host), "network", "timeout", "certificate_mismatch".
  TlsClient(const std::string& host, std::uint16_t port, const std::string& cert_sha256_hex,
            std::chrono::milliseconds timeout = std::chrono::seconds(60));
  // For asking a witness (docs/witness.md): no pin. Everything a witness says that counts is
  // signed by its own key and checked by the caller; the head it is sent is public.
  struct Unpinned {};
  TlsClient(const std::string& host, std::uint16_t port, Unpinned,
            std::chrono::milliseconds timeout = std::chrono::seconds(60));
  ~TlsClient() override;
  TlsClient(const TlsClient&) = delete;
  TlsClient& operator=(const TlsClient&) = delete;

  void send(const Frame& f) override;
  Frame receive() override;
  // Sends raw bytes: for tests that play a misbehaving client.
  void send_raw(const std::string& bytes);
  void close();  // TLS close_notify, best effort

  // SHA-256 of the certificate the relay presented, lowercase hex.
  const std::string& peer_fingerprint() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// SHA-256 of a PEM certificate's DER encoding, lowercase hex (what the pin compares).
std::string certificate_fingerprint_pem(const std::string& pem);

}  // namespace fg::sync
