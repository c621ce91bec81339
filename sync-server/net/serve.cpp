#include "net/serve.h"

#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <memory>
#include <vector>

#include "console/console_app.h"
#include "console/console_server.h"
#include "ledger/hlc.h"
#include "tlog/transparency_log.h"
#include "net/metrics_server.h"
#include "net/server.h"
#include "net/service_notify.h"
#include "net/witness_feed.h"

namespace fg::relay {

namespace {

constexpr double kMaxTimeoutSeconds = 24 * 3600;
constexpr int kMaxConnectionsLimit = 1'000'000;

static_assert(kServeDefaultMaxConnections == static_cast<int>(kDefaultMaxConnections));

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

// The console on the sync server's io (docs/console.md). Its handlers get a worker thread and
// a read-only database connection of their own.
std::unique_ptr<console::ConsoleServer> start_console(RelayData& data, const ServeFlags& flags, Server& server) {
  if (flags.console_cert.empty() != flags.console_key.empty())
    throw std::invalid_argument("--console-cert and --console-key go together");
  console::ConsoleServerOptions o;
  o.listen = flags.console;
  o.cert = flags.console_cert.empty() ? data.cert_path() : std::filesystem::path(flags.console_cert);
  o.key = flags.console_key.empty() ? data.tls_key_path() : std::filesystem::path(flags.console_key);
  o.on_listening = [](const std::string& host, std::uint16_t port) {
    // Tests and scripts read the console's port from this line (with --console HOST:0).
    std::cout << "fairguard-relay: console on https://" << host << ":" << port << "/" << std::endl;
    log_line("console listening on " + host + ":" + std::to_string(port));
  };
  auto app = std::make_shared<console::ConsoleApp>(data.dir());
  if (!flags.console_previous.empty()) app->set_previous_session(flags.console_previous);
  // The enrol page's payload names the sync port as bound (--listen HOST:0 picks one, which
  // parse_host_port refuses: the host is parsed with the port replaced).
  const std::string listen = flags.listen.empty() ? data.settings().listen : flags.listen;
  if (auto parsed = parse_host_port(listen.substr(0, listen.rfind(':')) + ":1"))
    app->set_sync_listen({parsed->host, server.port()});
  auto console_server = std::make_unique<console::ConsoleServer>(server.io_context(), app, o);
  console_server->start();
  return console_server;
}

// SIGHUP: relay.json and the console's certificate read again; no connection is dropped.
// The relay's own sync certificate is not reloaded: every enrolled station pins it.
void reload(RelayData& data, console::ConsoleServer* console) {
  notify_service("RELOADING=1");
  std::string outcome;
  try {
    const auto changed = data.reload_settings();
    std::string names;
    for (const auto& f : changed) names += (names.empty() ? "" : ", ") + f;
    outcome = changed.empty() ? "relay.json unchanged" : "relay.json: " + names + " changed";
    if (std::ranges::find(changed, "listen") != changed.end()) outcome += " (listen takes effect at a restart)";
    if (!changed.empty() && changed != std::vector<std::string>{"listen"})
      outcome += "; configuration version " + std::to_string(data.config_version());
  } catch (const std::exception& e) {
    outcome = std::string("relay.json NOT reloaded, the previous settings stay: ") + e.what();
  }
  if (console) {
    try {
      console->reload_certificate();
      outcome += "; console certificate reloaded";
    } catch (const std::exception& e) {
      outcome += std::string("; console certificate NOT reloaded, the previous one stays: ") + e.what();
    }
  }
  log_line("reloaded: " + outcome);
  notify_service("READY=1\nSTATUS=reloaded: " + outcome);
}

// /metrics and /healthz (docs/relay-admin.md, "Metrics"), answered on the io thread.
std::unique_ptr<MetricsServer> start_metrics(RelayData& data, const ServeFlags& flags, Server& server) {
  const double started = static_cast<double>(HybridClock::system_millis()) / 1000.0;
  MetricsServerOptions o;
  o.listen = flags.metrics;
  o.metrics = [&data, &server, started] {
    RelayGauges g;
    g.connections_open = server.connections_open();
    g.sessions_open = server.sessions_open();
    g.events = data.events().event_count();
    g.log_tree_size = data.log().size();
    g.config_version = data.config_version();
    g.start_time_seconds = started;
    g.last_backup_seconds = static_cast<double>(data.last_backup_at().value_or(0)) / 1000.0;
    return render_prometheus(server.metrics(), g);
  };
  o.health = [&data] {
    try {
      data.config_version();  // the database answers
      return std::string();
    } catch (const std::exception& e) {
      return std::string("relay.db cannot be read: ") + e.what();
    }
  };
  auto metrics = std::make_unique<MetricsServer>(server.io_context(), o);
  metrics->start();
  // Tests and scripts read the port from this line (with --metrics 127.0.0.1:0).
  std::cout << "fairguard-relay: metrics on http://" << flags.metrics.substr(0, flags.metrics.rfind(':')) << ":"
            << metrics->port() << "/metrics" << std::endl;
  return metrics;
}

// The witnesses (docs/witness.md): asked on threads of their own, never on the sync's.
// Those of relay.json first, then those of --witness; a key given twice is asked once.
std::unique_ptr<WitnessFeed> start_witness_feed(RelayData& data, const ServeFlags& flags) {
  std::vector<WitnessTarget> targets;
  auto add = [&targets](WitnessTarget t) {
    if (std::ranges::none_of(targets, [&t](const WitnessTarget& held) { return held.key == t.key; }))
      targets.push_back(std::move(t));
  };
  for (const RelayWitness& w : data.settings().witnesses) add(parse_witness_target(w.address + "=" + w.key));
  for (const std::string& spec : flags.witnesses) add(parse_witness_target(spec));
  if (targets.empty()) return nullptr;
  return std::make_unique<WitnessFeed>(data.dir() / "relay.db", data.log_key().public_key(), std::move(targets));
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
      // systemd (Type=notify): the port is bound, the console too; the unit counts as started.
      notify_service("READY=1\nSTATUS=serving fair " + data.fair_id() + " on " + host + ":" + std::to_string(port));
    };
    console::ConsoleServer* console_running = nullptr;
    MetricsServer* metrics_running = nullptr;
    options.on_stopping = [&console_running, &metrics_running] {
      notify_service("STOPPING=1");
      if (console_running) console_running->stop();
      if (metrics_running) metrics_running->stop();
    };
    options.on_reload = [&] { reload(data, console_running); };
    WatchdogPinger watchdog;
    options.on_tick = [&watchdog] { watchdog.tick(); };
    Server server(data, options);
    // Declared after the server: its threads stop before the data folder closes.
    const std::unique_ptr<WitnessFeed> witness_feed = start_witness_feed(data, flags);
    // Declared after the server: it is destroyed first, while the io it uses still exists.
    std::unique_ptr<console::ConsoleServer> console_server;
    if (!flags.console.empty()) console_server = start_console(data, flags, server);
    console_running = console_server.get();
    std::unique_ptr<MetricsServer> metrics_server;
    if (!flags.metrics.empty()) metrics_server = start_metrics(data, flags, server);
    metrics_running = metrics_server.get();
    server.run();
    log_line("stopped");
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "fairguard-relay serve: " << e.what() << "\n";
    return 1;
  }
}

}  // namespace fg::relay
