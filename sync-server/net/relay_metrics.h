#pragma once
// What the relay counts while it serves, for /metrics (Prometheus text format, version 0.0.4;
// docs/relay-admin.md "Metrics"). Counters only grow from the start of `serve`; gauges are read
// at each scrape. Everything is touched on the server's one io thread: no locks.
#include <array>
#include <chrono>
#include <cstdint>
#include <map>
#include <string>

namespace fg::relay {

// A Prometheus histogram of seconds: N bucket upper bounds (+Inf is implied).
template <std::size_t N>
struct SecondsHistogram {
  std::array<double, N> upper_bounds;
  std::array<std::uint64_t, N> buckets{};  // not cumulative: each observation counted once
  std::uint64_t count = 0;
  double sum = 0;

  void observe(std::chrono::duration<double> took) {
    const double s = took.count();
    for (std::size_t i = 0; i < N; ++i)
      if (s <= upper_bounds[i]) {
        ++buckets[i];
        break;
      }
    ++count;
    sum += s;
  }
};

struct RelayMetrics {
  // Connections (server.cpp).
  std::uint64_t connections_accepted = 0;
  std::uint64_t connections_refused = 0;  // at --max-connections, all open ones authenticated
  std::uint64_t connections_shed = 0;     // unauthenticated ones closed to make room
  // Sessions (relay_session.cpp).
  std::map<std::string, std::uint64_t> refusals;        // by error code (protocol, revoked_device, ...)
  std::uint64_t events_received = 0;                    // in events messages, before checks
  std::uint64_t events_stored = 0;                      // new events stored
  std::map<std::string, std::uint64_t> events_refused;  // by import status (bad_signature, ...)
  std::uint64_t blob_bytes_received = 0, blob_bytes_sent = 0;
  std::uint64_t syncs_ok = 0, syncs_failed = 0;  // authenticated sessions that ended
  SecondsHistogram<10> sync_seconds{{0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60}};
  // One events message's import: checks, the durable commit of events and log leaves, proofs.
  // What a station waits for per batch; it grows with the disk's fsync time and the batch size.
  SecondsHistogram<11> batch_commit_seconds{{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5}};

  void observe_sync(std::chrono::duration<double> took, bool ok);
};

// Read at each scrape.
struct RelayGauges {
  std::uint64_t connections_open = 0, sessions_open = 0;
  std::int64_t events = 0;          // events in relay.db
  std::uint64_t log_tree_size = 0;  // leaves of the transparency log
  std::int64_t config_version = 0;
  double start_time_seconds = 0;   // Unix time serve started
  double last_backup_seconds = 0;  // Unix time of the last `backup` of this folder; 0: never
};

// A refused event's reason as a label value: its ack status up to the colon, spaces as
// underscores ("gap: earlier events ..." is "gap", "bad signature: ..." is "bad_signature").
std::string event_refusal_label(const std::string& status);

// The whole /metrics page.
std::string render_prometheus(const RelayMetrics& m, const RelayGauges& g);

}  // namespace fg::relay
