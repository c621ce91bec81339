#pragma once
// fairguard-witness's subcommands (docs/witness.md). The data folder:
//   DIR/witness.key          Ed25519, signs cosignatures (its public key is what relays and
//                            verifiers are given)
//   DIR/tls/cert.pem, key.pem  the TLS certificate (not pinned: what counts is signed)
//   DIR/witness.db           the logs witnessed, the last head cosigned per log, refusals
#include <filesystem>
#include <ostream>
#include <string>

namespace fg::witness {

struct WitnessServeFlags {
  std::string listen = "0.0.0.0:7390";
  double handshake_timeout = 10, message_timeout = 10, idle_timeout = 30;  // seconds
  int max_connections = 64;
};

// Each returns the process exit code and writes what it did (or why not) to `out` / stderr.
int witness_init(const std::filesystem::path& dir, std::ostream& out);
int witness_add_log(const std::filesystem::path& dir, const std::string& name, const std::string& key_hex,
                    std::ostream& out);
int witness_status(const std::filesystem::path& dir, std::ostream& out);
int witness_serve(const std::filesystem::path& dir, const WitnessServeFlags& flags);

}  // namespace fg::witness
