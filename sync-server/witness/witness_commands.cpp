#include "witness/witness_commands.h"

#include <cmath>
#include <iostream>

#include "data/tls_cert.h"
#include "ledger/hlc.h"
#include "net/server.h"
#include "sync/messages.h"
#include "witness/witness_check.h"
#include "witness/witness_server.h"

namespace fg::witness {

namespace fs = std::filesystem;

namespace {

fs::path key_file(const fs::path& dir) { return dir / "witness.key"; }
fs::path db_file(const fs::path& dir) { return dir / "witness.db"; }
fs::path cert_file(const fs::path& dir) { return dir / "tls" / "cert.pem"; }
fs::path tls_key_file(const fs::path& dir) { return dir / "tls" / "key.pem"; }

// An existing witness folder, or a clear refusal (never a new empty database elsewhere).
void require_folder(const fs::path& dir) {
  if (!fs::exists(key_file(dir)) || !fs::exists(db_file(dir)))
    throw std::runtime_error(dir.string() + " is not a witness data folder (run fairguard-witness init --data " +
                             dir.string() + ")");
}

std::chrono::milliseconds millis(double seconds) {
  return std::chrono::milliseconds(static_cast<std::int64_t>(std::llround(seconds * 1000)));
}

// One witness-add: answered by the decision, every outcome logged. Anything else, or a
// malformed request, gets an Error frame and the connection ends.
sync::Frame answer(WitnessState& state, const KeyPair& key, const sync::Frame& request, const std::string& peer) {
  if (request.type != sync::MsgType::WitnessAdd)
    return sync::make(
        sync::ErrorMsg{sync::err::kProtocol,
                       std::string("a witness takes witness-add messages only, not ") + sync::describe(request.type)});
  try {
    const sync::AddHead add = sync::parse_add_head(request);
    const sync::WitnessReply reply = add_head(state, key, HybridClock::system_millis(), add);
    if (reply.cosignature)
      log("cosigned log " + to_hex(add.log).substr(0, 16) + " at size " + std::to_string(add.head.head.size) + " for " +
          peer);
    else
      log("refused " + reply.refused + " from " + peer + ": " + reply.message);
    return sync::make(reply);
  } catch (const sync::ProtocolError& e) {
    log("malformed request from " + peer + ": " + e.what());
    return sync::make(sync::ErrorMsg{sync::err::kProtocol, e.what()});
  } catch (const std::exception& e) {
    log("internal error answering " + peer + ": " + e.what());
    return sync::make(sync::ErrorMsg{sync::err::kInternal, "the witness could not answer: see its log"});
  }
}

}  // namespace

int witness_init(const fs::path& dir, std::ostream& out) {
  try {
    if (fs::exists(key_file(dir))) throw std::runtime_error(dir.string() + " already holds a witness key");
    fs::create_directories(dir / "tls");
    fs::permissions(dir, fs::perms::owner_all);
    const KeyPair key = KeyPair::generate();
    key.save(key_file(dir));
    relay::make_self_signed_certificate(cert_file(dir), tls_key_file(dir));
    WitnessState state(db_file(dir));
    out << "witness public key: " << key.public_hex() << "\n"
        << "Publish it; give it to the relays that ask this witness (fairguard-relay serve --witness HOST:PORT="
        << key.public_hex() << ")\nand to whoever verifies bundles (fairguard-verify --witness-key). "
        << "Then add the logs to witness: fairguard-witness add-log.\n";
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "fairguard-witness init: " << e.what() << "\n";
    return 1;
  }
}

int witness_add_log(const fs::path& dir, const std::string& name, const std::string& key_hex, std::ostream& out) {
  try {
    require_folder(dir);
    const auto key = public_key_from_hex(key_hex);
    if (!key) throw std::runtime_error("--key must be the log's public key, 64 lowercase hex characters");
    if (name.empty() || name.size() > 200) throw std::runtime_error("--name must be 1 to 200 characters");
    WitnessState state(db_file(dir));
    const bool fresh = state.add_log({*key, name});
    out << (fresh ? "witnessing log " : "renamed log ") << key_hex << " as \"" << name << "\""
        << (fresh ? " (its first head is taken on trust; every later one must extend it)" : "") << "\n";
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "fairguard-witness add-log: " << e.what() << "\n";
    return 1;
  }
}

int witness_status(const fs::path& dir, std::ostream& out) {
  try {
    require_folder(dir);
    WitnessState state(db_file(dir));
    out << "witness public key: " << KeyPair::load(key_file(dir)).public_hex() << "\n";
    for (const WitnessedLog& log : state.logs()) {
      out << "log \"" << log.name << "\" " << to_hex(log.key) << ": ";
      if (auto latest = state.latest(log.key))
        out << "cosigned size " << latest->head.head.size << " root " << to_hex(latest->head.head.root) << " head time "
            << latest->head.head.time << "\n";
      else
        out << "no head cosigned yet\n";
    }
    out << "refusals: " << state.refusal_count() << "\n";
    for (const Refusal& r : state.refusals(10)) out << "  " << r.at << " " << r.code << ": " << r.message << "\n";
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "fairguard-witness status: " << e.what() << "\n";
    return 1;
  }
}

int witness_serve(const fs::path& dir, const WitnessServeFlags& flags) {
  for (double t : {flags.handshake_timeout, flags.message_timeout, flags.idle_timeout})
    if (!(t >= 0.1 && t <= 3600)) {
      std::cerr << "fairguard-witness serve: timeouts must be from 0.1 to 3600 seconds\n";
      return 2;
    }
  if (flags.max_connections < 1 || flags.max_connections > 100000) {
    std::cerr << "fairguard-witness serve: --max-connections must be from 1 to 100000\n";
    return 2;
  }
  try {
    require_folder(dir);
    const KeyPair key = KeyPair::load(key_file(dir));
    WitnessState state(db_file(dir));
    if (state.logs().empty()) log("warning: no log to witness yet (fairguard-witness add-log): every head is refused");
    WitnessServerOptions o;
    o.listen = flags.listen;
    o.cert = cert_file(dir);
    o.key = tls_key_file(dir);
    o.handshake_timeout = millis(flags.handshake_timeout);
    o.message_timeout = millis(flags.message_timeout);
    o.idle_timeout = millis(flags.idle_timeout);
    o.max_connections = static_cast<std::size_t>(flags.max_connections);
    o.on_listening = [&key](const std::string& host, std::uint16_t port) {
      // Tests and scripts read the bound port from this line (with --listen HOST:0).
      std::cout << "fairguard-witness: serving on " << host << ":" << port << " (public key " << key.public_hex() << ")"
                << std::endl;
      log("listening on " + host + ":" + std::to_string(port));
    };
    o.answer = [&state, &key](const sync::Frame& f, const std::string& peer) { return answer(state, key, f, peer); };
    WitnessServer server(std::move(o));
    server.run();
    log("stopped");
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "fairguard-witness serve: " << e.what() << "\n";
    return 1;
  }
}

}  // namespace fg::witness
