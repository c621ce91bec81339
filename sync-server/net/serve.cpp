#include "net/serve.h"

#include <sys/resource.h>

#include <cmath>
#include <cstdio>
#include <iostream>

#include "net/server.h"

namespace fg::relay {

namespace {

constexpr double kMaxTimeoutSeconds = 24 * 3600;
constexpr int kMaxConnectionsLimit = 1'000'000;

static_assert(ServeFlags{}.max_connections == static_cast<int>(kDefaultMaxConnections));

std::string seconds_text(double seconds) {
  char text[32];
  std::snprintf(text, sizeof text, "%g s", seconds);
  return text;
}

std::chrono::milliseconds millis(double seconds) {
  return std::chrono::milliseconds(static_cast<std::int64_t>(std::llround(seconds * 1000)));
}

// The open-file limit: the soft limit is raised to the hard one (systemd's LimitNOFILE sets
// both), and the connection cap lowered to fit under it with kReservedFds to spare, so that
// connections can never take the descriptors the database and blob files need.
std::size_t fit_fd_limit(std::size_t max_connections) {
  rlimit r{};
  if (::getrlimit(RLIMIT_NOFILE, &r) != 0) return max_connections;
  if (r.rlim_cur < r.rlim_max) {
    rlimit raised = r;
    raised.rlim_cur = r.rlim_max;
    if (::setrlimit(RLIMIT_NOFILE, &raised) == 0) r = raised;
  }
  if (r.rlim_cur == RLIM_INFINITY || max_connections + kReservedFds <= r.rlim_cur) return max_connections;
  const std::size_t fit = r.rlim_cur > kReservedFds + 1 ? r.rlim_cur - kReservedFds : 1;
  log_line("warning: the open-file limit is " + std::to_string(r.rlim_cur) + ", too low for --max-connections " +
           std::to_string(max_connections) + " and " + std::to_string(kReservedFds) +
           " files of the relay's own: at most " + std::to_string(fit) +
           " connections at once (raise LimitNOFILE, docs/relay-admin.md)");
  return fit;
}

}  // namespace

int run_serve(const std::filesystem::path& data_dir, const ServeFlags& flags) {
  for (auto [name, value] : {std::pair{"--idle-timeout", flags.idle_timeout},
                             {"--message-timeout", flags.message_timeout},
                             {"--handshake-timeout", flags.handshake_timeout}})
    if (!(value >= 0.1 && value <= kMaxTimeoutSeconds)) {
      std::cerr << "fairguard-relay serve: " << name << " must be a number of seconds from 0.1 to "
                << kMaxTimeoutSeconds << "\n";
      return 2;
    }
  if (flags.max_connections < 1 || flags.max_connections > kMaxConnectionsLimit) {
    std::cerr << "fairguard-relay serve: --max-connections must be from 1 to " << kMaxConnectionsLimit << "\n";
    return 2;
  }
  try {
    RelayData data(data_dir);
    ServerOptions options;
    options.listen = flags.listen;
    options.idle_timeout = millis(flags.idle_timeout);
    options.message_timeout = millis(flags.message_timeout);
    options.handshake_timeout = millis(flags.handshake_timeout);
    options.max_connections = fit_fd_limit(static_cast<std::size_t>(flags.max_connections));
    options.on_listening = [&](const std::string& host, std::uint16_t port) {
      // Tests and scripts read the bound port from this line (with --listen HOST:0).
      std::cout << "fairguard-relay: serving fair " << data.fair_id() << " on " << host << ":" << port
                << " (certificate sha256 " << data.cert_fingerprint() << ")" << std::endl;
      log_line("listening on " + host + ":" + std::to_string(port) + "; at most " +
               std::to_string(options.max_connections) + " connections; deadlines: handshake " +
               seconds_text(flags.handshake_timeout) + ", message " + seconds_text(flags.message_timeout) + ", idle " +
               seconds_text(flags.idle_timeout));
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
