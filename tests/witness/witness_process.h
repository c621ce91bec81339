#pragma once
// The real `fairguard-witness` binary for tests: a data folder made by `init` (its public key
// read from the output), logs added with `add-log`, `serve` on 127.0.0.1 with a free port (the
// same port again after a restart), and a client that speaks the witness protocol over TLS.
#include <csignal>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "crypto/keys.h"
#include "support/child_process.h"
#include "support/temp_dir.h"
#include "sync/tls_client.h"
#include "sync/witness_messages.h"
#include "tlog/merkle.h"

namespace fg::test {

// The time of the witness tests' log heads: ms, a day of the fair.
inline constexpr std::int64_t kT0 = 1'790'000'000'000;

class WitnessProcess {
 public:
  explicit WitnessProcess(std::filesystem::path dir);
  ~WitnessProcess();
  void add_log(const std::string& name, const PublicKey& key);
  void start(std::vector<std::string> extra = {});
  void stop(int sig = SIGTERM);
  RunResult command(const std::string& sub);  // status and the like, on the data folder
  std::uint16_t port() const { return port_; }
  const PublicKey& key() const { return key_; }
  ChildProcess& process() { return *serve_; }
  std::unique_ptr<sync::TlsClient> connect() const;
  // One witness-add on a new connection; the reply (an Error frame throws SyncError).
  sync::WitnessReply ask(const sync::AddHead& request) const;

 private:
  std::filesystem::path dir_;
  PublicKey key_{};
  std::uint16_t port_ = 0;
  std::unique_ptr<ChildProcess> serve_;
};

// A log of its own for tests: a key and an in-memory tree; heads signed as the relay does.
struct TestLog {
  KeyPair key = KeyPair::generate();
  MemoryMerkleTree tree;
  void grow(int leaves, const std::string& tag = "event");
  SignedTreeHead head(std::int64_t time_ms) const;
  // witness-add for the current head, proving from old_size.
  sync::AddHead add(std::uint64_t old_size, std::int64_t time_ms) const;
};

// A witness process serving one test log ("CF138 bureau relay").
struct WitnessFixture {
  TempDir dir{"witness"};
  WitnessProcess witness{dir / "w"};
  TestLog log;
  explicit WitnessFixture(std::vector<std::string> serve_flags = {});
};

}  // namespace fg::test
