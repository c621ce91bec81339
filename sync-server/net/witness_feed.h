#pragma once
// The relay asking its witnesses to cosign its log (docs/witness.md): one thread per witness,
// each with its own connection to relay.db, never the sync thread's. Every `poll` it reads the
// latest signed tree head; when that is new for the witness it sends it with the consistency
// proof from the size the witness holds, checks the cosignature against the witness's key and
// keeps it (CosignatureStore). At most one request per witness is in flight and only the
// newest head is ever sent (heads signed meanwhile are skipped: a later one covers them), so
// a slow or absent witness costs the sync nothing. Failures back off, doubling to a minute.
// At most one request per poll: a busy fair's heads are cosigned every half second or so.
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "crypto/keys.h"

namespace fg::relay {

struct WitnessTarget {
  std::string host;
  std::uint16_t port = 0;
  PublicKey key{};
  std::string name() const;  // "host:port (key prefix)" for log lines
};
// "HOST:PORT=PUBKEYHEX" (serve --witness). Throws std::invalid_argument saying what is wrong.
WitnessTarget parse_witness_target(const std::string& spec);

struct WitnessFeedOptions {
  std::chrono::milliseconds poll = std::chrono::milliseconds(500);
  std::chrono::milliseconds timeout = std::chrono::seconds(5);  // connect, TLS, each message
  std::chrono::milliseconds max_backoff = std::chrono::seconds(60);
};

class WitnessFeed {
 public:
  WitnessFeed(const std::filesystem::path& relay_db, const PublicKey& log_key, std::vector<WitnessTarget> witnesses,
              WitnessFeedOptions options = {});
  ~WitnessFeed();  // stops the threads; one in a request ends within the timeout
  WitnessFeed(const WitnessFeed&) = delete;
  WitnessFeed& operator=(const WitnessFeed&) = delete;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace fg::relay
