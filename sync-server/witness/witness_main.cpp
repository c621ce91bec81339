// fairguard-witness: a witness of FairGuard transparency logs, run by someone other than the
// bureau (docs/witness.md). Parsing only; the work is in fairguard_witness_lib.
#include <CLI/CLI.hpp>
#include <iostream>

#include "relay_version.h"
#include "witness/witness_commands.h"

int main(int argc, char** argv) {
  using namespace fg::witness;
  CLI::App app{"fairguard-witness: cosigns a FairGuard log's tree heads only while its history is not rewritten"};
  app.require_subcommand(1);
  app.set_version_flag("--version", std::string(fg::relay::version()));
  std::string data;
  int code = 0;
  auto add_data = [&data](CLI::App* cmd) {
    cmd->add_option("--data", data, "Witness data folder (made by init)")->required();
  };

  auto* init = app.add_subcommand("init", "Make a witness data folder: its Ed25519 key, TLS certificate, state");
  add_data(init);
  init->callback([&] { code = witness_init(data, std::cout); });

  std::string name, key;
  auto* add_log = app.add_subcommand("add-log", "Witness a log: its public key and a name for it");
  add_data(add_log);
  add_log->add_option("--name", name, "The log's name, e.g. \"CF138 bureau relay\"")->required();
  add_log->add_option("--key", key, "The log's public key, hex (fairguard-relay config shows it)")->required();
  add_log->callback([&] { code = witness_add_log(data, name, key, std::cout); });

  auto* status = app.add_subcommand("status", "The logs witnessed, the last head cosigned for each, refusals");
  add_data(status);
  status->callback([&] { code = witness_status(data, std::cout); });

  WitnessServeFlags flags;
  auto* serve = app.add_subcommand("serve", "Answer relays over TLS until SIGINT/SIGTERM");
  add_data(serve);
  serve->add_option("--listen", flags.listen, "HOST:PORT to listen on (port 0: any free port)")->capture_default_str();
  serve->add_option("--max-connections", flags.max_connections, "Connections open at once")->capture_default_str();
  serve->add_option("--handshake-timeout", flags.handshake_timeout, "Seconds from connecting to the end of TLS")
      ->capture_default_str();
  serve->add_option("--message-timeout", flags.message_timeout, "Seconds from a message's first byte to its last")
      ->capture_default_str();
  serve->add_option("--idle-timeout", flags.idle_timeout, "Seconds without a message before closing")
      ->capture_default_str();
  serve->callback([&] { code = witness_serve(data, flags); });

  CLI11_PARSE(app, argc, argv);
  return code;
}
