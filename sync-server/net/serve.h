#pragma once
// The `fairguard-relay serve` entry point, called by main.cpp. Declared here by the admin
// side; defined in net/ by the sync side, which also sets FAIRGUARD_HAVE_SERVE on
// fairguard_relay_lib so that main.cpp registers the subcommand.
#include <filesystem>
#include <string>
#include <vector>

namespace fg::relay {

// The default of --max-connections (net/serve.cpp checks it against the server's own default).
inline constexpr int kServeDefaultMaxConnections = 512;

// serve's command-line settings (docs/relay-admin.md, "Limits"); times in seconds.
struct ServeFlags {
  std::string listen;                                 // empty: the folder's relay.json setting
  double idle_timeout = 60;                           // no message for this long: closed
  double message_timeout = 60;                        // a message (or a write) from its first byte to its last
  double handshake_timeout = 20;                      // connect to authenticated: TLS, hello, auth
  int max_connections = kServeDefaultMaxConnections;  // open at once (lowered to what the open-file limit allows)
  // The bureau console (docs/console.md): off when `console` is empty. Certificate and key
  // default to the relay's own (tls/cert.pem, tls/key.pem).
  std::string console, console_cert, console_key;
  // The previous session's data folder: the console's report compares with it; none when empty.
  std::string console_previous;
  // /metrics and /healthz over plain HTTP on a loopback HOST:PORT (net/metrics_server.h); off when empty.
  std::string metrics;
  // Witnesses to ask for cosignatures of each new tree head, "HOST:PORT=PUBKEY" each
  // (docs/witness.md); none when empty.
  std::vector<std::string> witnesses;
};

// Serves the data folder until SIGINT/SIGTERM. Returns the process exit code.
int run_serve(const std::filesystem::path& data, const ServeFlags& flags);

}  // namespace fg::relay
