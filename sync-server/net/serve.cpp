#include "net/serve.h"

#include <iostream>

#include "net/server.h"

namespace fg::relay {

int run_serve(const std::filesystem::path& data_dir, const std::string& listen, int idle_timeout_seconds) {
  if (idle_timeout_seconds <= 0) {
    std::cerr << "fairguard-relay serve: --idle-timeout must be a positive number of seconds\n";
    return 2;
  }
  try {
    RelayData data(data_dir);
    ServerOptions options;
    options.listen = listen;
    options.idle_timeout = std::chrono::seconds(idle_timeout_seconds);
    options.on_listening = [&](const std::string& host, std::uint16_t port) {
      // Tests and scripts read the bound port from this line (with --listen HOST:0).
      std::cout << "fairguard-relay: serving fair " << data.fair_id() << " on " << host << ":" << port
                << " (certificate sha256 " << data.cert_fingerprint() << ")" << std::endl;
      log_line("listening on " + host + ":" + std::to_string(port) + ", idle timeout " +
               std::to_string(idle_timeout_seconds) + " s");
    };
    Server server(data, options);
    server.run();
    log_line("stopped");
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "fairguard-relay serve: " << e.what() << "\n";
    return 1;
  }
}

}  // namespace fg::relay
