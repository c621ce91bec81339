// relay_bench (docs/sync-protocol.md, "Benchmark"): stations push events and blobs to the real
// fairguard-relay process over TLS; the baseline is the same number of bytes over raw loopback
// TLS in the same run. Then the relay's peak memory and its memory per idle connection.
// Stations keep receipts (receipts.db: every ack's proofs verified, a tree request per sync);
// --no-receipts runs them without (to compare with a relay built before receipts, given
// with --relay PATH); --no-pull skips the pull phase; --officer-signed makes every event format
// version 2 (signed by the officer too, checked by the relay on receipt against the roster).
#include <signal.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <random>
#include <thread>

#include "support/child_process.h"
#include "crypto/officer_box.h"
#include "crypto/password.h"
#include "data/relay_data.h"
#include "support/temp_dir.h"
#include "sync/receipt_store.h"
#include "sync/station_sync.h"
#include "sync/tls_client.h"
#include "tls_sink.h"

using namespace fg;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

struct Scale {
  int stations, events, blobs_per_station, idle;
  double blob_mb;
};

double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

// A field of /proc/<pid>/status in KiB (VmHWM, VmRSS).
long proc_kib(pid_t pid, const char* field) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/status");
  for (std::string line; std::getline(in, line);)
    if (line.rfind(field, 0) == 0) return std::stol(line.substr(std::strlen(field) + 1));
  return -1;
}

struct Station {
  fs::path dir;
  KeyPair key = KeyPair::generate();
  std::unique_ptr<EventStore> store;
  std::unique_ptr<BlobStore> blobs;
  std::unique_ptr<sync::ReceiptStore> receipts;  // null with --no-receipts
  std::string bureau;
};

sync::SyncResult sync_station(Station& s, const std::string& fp, std::uint16_t port, sync::SyncOptions o,
                              std::optional<std::string> token = std::nullopt) {
  sync::TlsClient c("127.0.0.1", port, fp);
  o.receipts = s.receipts.get();
  auto r = sync::run_sync(c, {*s.store, *s.blobs, s.key, fp, token, s.bureau, o});
  c.close();
  return r;
}

}  // namespace

int main(int argc, char** argv) {
  bool smoke = false, receipts = true, pull = true, officer_signed = false;
  std::string relay_exe = FAIRGUARD_RELAY_EXE;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--smoke")
      smoke = true;
    else if (a == "--no-receipts")
      receipts = false;
    else if (a == "--no-pull")
      pull = false;
    else if (a == "--officer-signed")
      officer_signed = true;
    else if (a == "--relay" && i + 1 < argc)
      relay_exe = argv[++i];
    else {
      std::cerr << "usage: relay_bench [--smoke] [--no-receipts] [--no-pull] [--officer-signed] [--relay PATH]\n";
      return 2;
    }
  }
  const Scale sc = smoke ? Scale{4, 200, 2, 20, 4.0} : Scale{50, 5000, 10, 500, 200.0};
  const int per_station = sc.events / sc.stations;
  const auto blob_size = static_cast<std::size_t>(sc.blob_mb * 1024 * 1024 / (sc.stations * sc.blobs_per_station));
  const test::TempDir tmp_dir{"fg-relay-bench"};
  const fs::path tmp = tmp_dir.path();
  std::printf(
      "relay_bench%s%s%s: %d stations, %d events, %.1f MB of blobs (%d x %zu KiB per station), %d idle "
      "connections\n",
      smoke ? " --smoke" : "", receipts ? "" : " --no-receipts", officer_signed ? " --officer-signed" : "", sc.stations,
      per_station * sc.stations, sc.blob_mb, sc.blobs_per_station, blob_size / 1024, sc.idle);

  const fs::path relay_dir = tmp / "relay";
  auto init = test::run_process({relay_exe, "init", "--data", relay_dir.string(), "--fair", "BENCH", "--name",
                                 "Bench Fair", "--venue", "Loopback", "--from", "2026-10-15", "--to", "2026-10-19",
                                 "--listen", "127.0.0.1:7443"});
  if (init.code != 0) {
    std::cerr << "init failed: " << init.err;
    return 1;
  }
  test::ChildProcess serve({relay_exe, "serve", "--data", relay_dir.string(), "--listen", "127.0.0.1:0"});
  auto line = serve.wait_stdout(" on 127.0.0.1:", std::chrono::seconds(30));
  if (!line) {
    std::cerr << "serve did not start: " << serve.err();
    return 1;
  }
  const auto port = static_cast<std::uint16_t>(std::stoi(line->substr(line->find(" on 127.0.0.1:") + 14)));
  relay::RelayData data(relay_dir);
  const std::string fp = data.cert_fingerprint();

  // The officer whose key signs every event with --officer-signed (a cheap PIN cost: the
  // bench measures signing and checking, not the sign-in).
  const OfficerKeysPublic officer_public = make_officer_keys("2468135790", PasswordCost::Test);
  const OfficerBoxKey officer = OfficerBoxKey::derive("2468135790", officer_public.box);
  if (officer_signed) {
    Officer o{"officer-1", "Officer One", hash_password("2468135790", PasswordCost::Test), false};
    o.box = officer_public.box;
    o.sign_pk = officer_public.sign_pk;
    data.add_officer(o);
  }

  // Stations: enrol all, then fill each store with its chain (one import transaction) and
  // blobs; with --officer-signed the events name the configuration that lists every station.
  std::vector<Station> stations(static_cast<std::size_t>(sc.stations));
  std::uint64_t wire_bytes = 0;
  std::mt19937_64 rng(2026);
  for (int i = 0; i < sc.stations; ++i) {
    auto& s = stations[static_cast<std::size_t>(i)];
    s.dir = tmp / ("station-" + std::to_string(i + 1));
    fs::create_directories(s.dir);
    s.store = std::make_unique<EventStore>(s.dir / "events.db", "BENCH");
    s.blobs = std::make_unique<BlobStore>(s.dir / "blobs");
    if (receipts) s.receipts = std::make_unique<sync::ReceiptStore>(s.dir / "receipts.db");
    auto token = data.issue_enrolment_token("bench " + std::to_string(i + 1), std::chrono::minutes(30));
    sync::SyncOptions o;
    o.fetch_blobs = false;
    s.bureau = sync_station(s, fp, port, o, token.token).welcome.bureau_key;
    s.store->trust_device(s.key.public_hex());
  }
  const std::string config_sha = data.signed_fair_config_shared()->sha256;
  for (int i = 0; i < sc.stations; ++i) {
    auto& s = stations[static_cast<std::size_t>(i)];
    std::vector<SignedEvent> chain;
    std::string prev = kZeroHash;
    const std::int64_t t0 = 1790000000000;
    for (int n = 1; n <= per_station; ++n) {
      Event e;
      e.fair = "BENCH";
      e.device = s.key.public_hex();
      e.seq = n;
      e.prev = prev;
      e.time = t0 + n;
      e.hlc = (t0 + n) << 16;
      e.officer = "officer-1";
      if (officer_signed) {
        e.v = kEventVersionOfficerSigned;
        e.config = config_sha;
      }
      e.type = "evidence.added";
      e.body = Json{{"case_number", "BENCH-S01-0001"}, {"kind", "note"}, {"text", std::string(300, 'x')}};
      if (n % (per_station / sc.blobs_per_station) == 0 &&
          static_cast<int>(n / (per_station / sc.blobs_per_station)) <= sc.blobs_per_station) {
        Bytes photo(blob_size);
        for (std::size_t k = 0; k + 8 <= photo.size(); k += 8) {
          const std::uint64_t r = rng();
          std::memcpy(photo.data() + k, &r, 8);
        }
        e.blobs.push_back(s.blobs->put(photo).hash);
        wire_bytes += blob_size;
      }
      chain.push_back(sign_event(e, s.key, officer_signed ? &officer.signing_key() : nullptr));
      prev = chain.back().hash_hex();
      wire_bytes += chain.back().bytes.size() + (officer_signed ? 256 : 128);
    }
    for (const auto& r : s.store->import_batch(chain))
      if (!accepted(r.status)) {
        std::cerr << "bench chain refused: " << describe(r.status) << "\n";
        return 1;
      }
  }

  // Push: all stations at once (8 at a time, the relay has one io thread anyway).
  auto run_all = [&](sync::SyncOptions o, std::int64_t& events, std::int64_t& blobs) {
    std::atomic<int> next{0};
    std::atomic<std::int64_t> ev{0}, bl{0}, failed{0};
    std::vector<std::thread> workers;
    for (int w = 0; w < std::min(8, sc.stations); ++w)
      workers.emplace_back([&] {
        for (int i; (i = next++) < sc.stations;) {
          try {
            auto r = sync_station(stations[static_cast<std::size_t>(i)], fp, port, o);
            ev += o.push ? r.report.events_acked : r.report.events_imported;
            bl += r.report.blobs_sent;
            if (!r.report.problems.empty()) ++failed;
          } catch (const std::exception& e) {
            std::cerr << "station " << i + 1 << ": " << e.what() << "\n";
            ++failed;
          }
        }
      });
    for (auto& t : workers) t.join();
    events = ev;
    blobs = bl;
    return failed.load() == 0;
  };
  sync::SyncOptions push_only;
  push_only.pull = false;
  push_only.fetch_blobs = false;
  std::int64_t pushed = 0, blobs_pushed = 0;
  auto t = Clock::now();
  bool ok = run_all(push_only, pushed, blobs_pushed);
  const double push_s = seconds_since(t);
  const long hwm_after_push = proc_kib(serve.pid(), "VmHWM:");

  sync::SyncOptions pull_only;
  pull_only.push = false;
  pull_only.fetch_blobs = false;
  std::int64_t pulled = 0, unused = 0;
  t = Clock::now();
  if (pull) ok = run_all(pull_only, pulled, unused) && ok;
  const double pull_s = seconds_since(t);
  std::int64_t receipts_held = 0;
  for (auto& s : stations)
    if (s.receipts) receipts_held += s.receipts->count(sync::ReceiptState::Logged);

  // Baseline: the same bytes over one raw TLS connection on loopback, same certificate.
  double raw_s = 0;
  {
    bench::TlsSink sink(data.cert_path(), data.tls_key_path());
    sync::TlsClient c("127.0.0.1", sink.port(), fp);
    const std::string chunk(256 * 1024, 'z');
    t = Clock::now();
    for (std::uint64_t sent = 0; sent < wire_bytes; sent += chunk.size())
      c.send_raw(wire_bytes - sent >= chunk.size() ? chunk : chunk.substr(0, wire_bytes - sent));
    while (sink.bytes_received() < wire_bytes && seconds_since(t) < 120) std::this_thread::yield();
    raw_s = seconds_since(t);
  }

  // Idle connections: handshaken, then silent (the watchdog would close them after 60 s).
  const long rss_before = proc_kib(serve.pid(), "VmRSS:");
  std::vector<std::unique_ptr<sync::TlsClient>> idle;
  for (int i = 0; i < sc.idle; ++i) idle.push_back(std::make_unique<sync::TlsClient>("127.0.0.1", port, fp));
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  const long rss_idle = proc_kib(serve.pid(), "VmRSS:");
  idle.clear();
  const long hwm = proc_kib(serve.pid(), "VmHWM:");

  serve.signal(SIGTERM);
  const auto code = serve.wait(std::chrono::seconds(30));

  const double mb = static_cast<double>(wire_bytes) / (1024.0 * 1024.0);
  const std::int64_t want_pushed = static_cast<std::int64_t>(per_station) * sc.stations;
  std::printf("  push:  %lld events and %lld blobs in %.2f s: %.0f events/s, %.1f MB/s\n",
              static_cast<long long>(pushed), static_cast<long long>(blobs_pushed), push_s,
              static_cast<double>(pushed) / push_s, mb / push_s);
  std::printf("  raw loopback TLS, same %.1f MB on one connection: %.2f s, %.1f MB/s\n", mb, raw_s, mb / raw_s);
  std::printf("  ratio push/raw throughput: %.3f\n", (mb / push_s) / (mb / raw_s));
  if (receipts)
    std::printf("  receipts verified and kept at the stations: %lld\n", static_cast<long long>(receipts_held));
  std::printf("  pull (events only, every station gets the others'): %lld events in %.2f s: %.0f events/s\n",
              static_cast<long long>(pulled), pull_s, static_cast<double>(pulled) / pull_s);
  std::printf("  relay peak memory (VmHWM): %.1f MB after push, %.1f MB at the end\n", hwm_after_push / 1024.0,
              hwm / 1024.0);
  std::printf("  idle connections: %d, relay RSS %.1f -> %.1f MB: %.1f KiB per connection\n", sc.idle,
              rss_before / 1024.0, rss_idle / 1024.0, static_cast<double>(rss_idle - rss_before) / sc.idle);
  const bool all = ok && pushed == want_pushed && blobs_pushed == sc.stations * sc.blobs_per_station &&
                   (!pull || pulled == want_pushed * (sc.stations - 1)) &&
                   (!receipts || receipts_held == want_pushed) && code == 0;
  if (!all)
    std::printf("  FAILED: not every event/blob arrived, or the relay did not stop cleanly\n%s\n",
                serve.err().substr(0, 2000).c_str());
  return all ? 0 : 1;
}
