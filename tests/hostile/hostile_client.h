#pragma once
// A hostile (or merely odd) client of the real relay process: an enrolled device's key on a
// raw TLS connection, sending whatever frames a test chooses.
#include <memory>
#include <string>
#include <vector>

#include "crypto/keys.h"
#include "ledger/event.h"
#include "sync/messages.h"
#include "sync/tls_client.h"

namespace fg::test {

class HostileClient {
 public:
  // Connects to 127.0.0.1:port with the relay's pinned fingerprint.
  HostileClient(std::uint16_t port, std::string fingerprint);
  sync::TlsClient& tls() { return *tls_; }

  // hello (with `hello_json` as its payload when given) and returns the next frame.
  sync::Frame hello(const KeyPair& key, const std::string& hello_json = {});
  // hello + auth with an enrolled key; REQUIREs the welcome.
  void authenticate(const KeyPair& key);
  // Pushes events; returns the ack.
  sync::AckMsg push(const std::vector<SignedEvent>& events);
  // blob-query; returns the relay's needs.
  sync::BlobNeed blob_query();
  void send(const sync::Frame& f) { tls_->send(f); }
  sync::Frame receive() { return tls_->receive(); }
  // Expects an error frame.
  sync::ErrorMsg refusal();

 private:
  std::string fingerprint_;
  std::unique_ptr<sync::TlsClient> tls_;
};

// Event `seq` of `key`'s chain after `prev`, citing `blobs`.
SignedEvent hostile_event(const KeyPair& key, std::int64_t seq, const std::string& prev,
                          std::vector<std::string> blobs = {});

}  // namespace fg::test
