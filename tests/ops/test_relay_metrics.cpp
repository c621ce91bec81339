// /metrics and /healthz of the real relay process (serve --metrics 127.0.0.1:0): the counters
// move as stations sync, refusals are counted by reason, and the page is valid Prometheus text.
#include <catch2/catch.hpp>
#include <cstring>
#include <set>
#include <sstream>

#include "hostile_client.h"
#include "hostile_fixture.h"
#include "http_get.h"
#include "ledger/event.h"
#include "net/relay_metrics.h"
#include "sync/messages.h"

using namespace fg;
using namespace fg::test;
using namespace std::chrono_literals;

namespace {

std::uint16_t metrics_port(RelayProcess& relay) {
  const auto line = relay.process().wait_stdout("metrics on http://127.0.0.1:", 20s);
  REQUIRE(line);
  const auto at = line->rfind(':') + 1;
  return static_cast<std::uint16_t>(std::stoi(line->substr(at, line->find('/', at) - at)));
}

std::string scrape(std::uint16_t port) {
  const auto answer = http_get(port, "/metrics");
  REQUIRE(answer);
  REQUIRE(answer->status == 200);
  CHECK_THAT(answer->headers, Catch::Contains("text/plain; version=0.0.4"));
  return answer->body;
}

double value(const std::string& page, const std::string& name) {
  const auto v = metric(page, name);
  INFO(name << " in\n" << page);
  REQUIRE(v);
  return *v;
}

}  // namespace

TEST_CASE("/metrics counts a station's sync, the blob bytes both ways and refusals by reason", "[ops]") {
  HostileFixture fair({"--metrics", "127.0.0.1:0"});
  const std::uint16_t port = metrics_port(fair.relay());
  const auto health = http_get(port, "/healthz");
  REQUIRE(health);
  CHECK(health->status == 200);
  CHECK(health->body == "ok\n");
  CHECK(http_get(port, "/other")->status == 404);

  const std::string start = scrape(port);
  CHECK(value(start, "fairguard_relay_events") == 0);
  CHECK(value(start, "fairguard_relay_events_stored_total") == 0);
  const double syncs_before = value(start, "fairguard_relay_syncs_total{outcome=\"ok\"}");
  CHECK(syncs_before >= 1);  // the fixture's enrolment

  fair.station_syncs();  // one complaint: 12 events, one 16 KiB photo
  const std::string after = scrape(port);
  CHECK(value(after, "fairguard_relay_events_received_total") == 12);
  CHECK(value(after, "fairguard_relay_events_stored_total") == 12);
  CHECK(value(after, "fairguard_relay_events") == 12);
  CHECK(value(after, "fairguard_relay_log_tree_size") == 12);
  CHECK(value(after, "fairguard_relay_blob_received_bytes_total") == 16 * 1024);
  CHECK(value(after, "fairguard_relay_syncs_total{outcome=\"ok\"}") == syncs_before + 1);
  const double syncs = value(after, "fairguard_relay_syncs_total{outcome=\"ok\"}") +
                       value(after, "fairguard_relay_syncs_total{outcome=\"failed\"}");
  CHECK(value(after, "fairguard_relay_sync_duration_seconds_count") == syncs);
  CHECK(value(after, "fairguard_relay_sync_duration_seconds_bucket{le=\"+Inf\"}") == syncs);
  // The station's events went in at least one batch, each import timed (never 0 s: it fsyncs).
  const double batches = value(after, "fairguard_relay_batch_commit_duration_seconds_count");
  CHECK(batches >= 1);
  CHECK(batches <= 12);
  CHECK(value(after, "fairguard_relay_batch_commit_duration_seconds_sum") > 0);

  // A second station fetches the first one's photo.
  auto second = fair.enrol_station("Hall 2");
  CHECK(value(scrape(port), "fairguard_relay_blob_sent_bytes_total") == 16 * 1024);

  // A hello for another fair, and an event that breaks its chain: each counted by its reason.
  {
    auto tls = fair.tls();
    tls->send(sync::make(sync::Hello{sync::kProtocolVersion, second->key().public_hex(), "OTHER", "metrics test"}));
    REQUIRE(tls->receive().type == sync::MsgType::Error);
  }
  HostileClient client(fair.relay().port(), fair.fingerprint());
  client.authenticate(second->key());
  const auto ack = client.push({hostile_event(second->key(), 5, std::string(64, '0'))});
  REQUIRE(ack.results.size() == 1);
  REQUIRE_FALSE(ack.results[0].ok);
  const std::string refused = scrape(port);
  CHECK(value(refused, "fairguard_relay_refusals_total{reason=\"wrong_fair\"}") == 1);
  CHECK_THAT(ack.results[0].status, Catch::StartsWith("gap:"));
  CHECK(value(refused, "fairguard_relay_events_refused_total{reason=\"gap\"}") == 1);
  CHECK(value(refused, "fairguard_relay_events_received_total") == 13);
  CHECK(value(refused, "fairguard_relay_events_stored_total") == 12);
  CHECK(value(refused, "fairguard_relay_sessions_open") == 1);  // the client's session
  // The refused push was one more batch: timed like any other.
  CHECK(value(refused, "fairguard_relay_batch_commit_duration_seconds_count") == batches + 1);
  fair.station_syncs();  // the fair goes on
}

TEST_CASE("serve refuses --metrics on an address other machines reach", "[ops]") {
  TempDir tmp;
  RelayProcess relay(tmp.path() / "relay");
  const auto r = run_process({FAIRGUARD_RELAY_EXE, "serve", "--data", relay.dir().string(), "--listen", "127.0.0.1:0",
                              "--metrics", "0.0.0.0:9464"});
  CHECK(r.code == 1);
  CHECK_THAT(r.err, Catch::Contains("only a loopback address"));
}

TEST_CASE("the /metrics page: one HELP and TYPE per family, a cumulative histogram", "[ops]") {
  relay::RelayMetrics m;
  m.observe_sync(30ms, true);
  m.observe_sync(3s, true);
  m.observe_sync(2min, false);  // beyond the last bucket: only +Inf
  m.batch_commit_seconds.observe(800us);
  m.batch_commit_seconds.observe(4ms);
  CHECK(relay::event_refusal_label("bad signature: does not verify with the device key") == "bad_signature");
  CHECK(relay::event_refusal_label("not_own_device") == "not_own_device");
  m.refusals["protocol"] = 2;
  m.events_refused["bad\"sig\\"] = 1;  // escaped as the format says
  const std::string page = relay::render_prometheus(m, {});
  CHECK(value(page, "fairguard_relay_sync_duration_seconds_bucket{le=\"0.05\"}") == 1);
  CHECK(value(page, "fairguard_relay_sync_duration_seconds_bucket{le=\"2.5\"}") == 1);
  CHECK(value(page, "fairguard_relay_sync_duration_seconds_bucket{le=\"5\"}") == 2);
  CHECK(value(page, "fairguard_relay_sync_duration_seconds_bucket{le=\"60\"}") == 2);
  CHECK(value(page, "fairguard_relay_sync_duration_seconds_bucket{le=\"+Inf\"}") == 3);
  CHECK(value(page, "fairguard_relay_sync_duration_seconds_count") == 3);
  CHECK(value(page, "fairguard_relay_sync_duration_seconds_sum") == Approx(123.03));
  CHECK(value(page, "fairguard_relay_syncs_total{outcome=\"failed\"}") == 1);
  CHECK(value(page, "fairguard_relay_batch_commit_duration_seconds_bucket{le=\"0.001\"}") == 1);
  CHECK(value(page, "fairguard_relay_batch_commit_duration_seconds_bucket{le=\"0.0025\"}") == 1);
  CHECK(value(page, "fairguard_relay_batch_commit_duration_seconds_bucket{le=\"0.005\"}") == 2);
  CHECK(value(page, "fairguard_relay_batch_commit_duration_seconds_bucket{le=\"+Inf\"}") == 2);
  CHECK(value(page, "fairguard_relay_batch_commit_duration_seconds_sum") == Approx(0.0048));
  CHECK(value(page, "fairguard_relay_refusals_total{reason=\"protocol\"}") == 2);
  CHECK(value(page, "fairguard_relay_events_refused_total{reason=\"bad\\\"sig\\\\\"}") == 1);
  // Every sample's family is declared once, before its samples.
  std::istringstream in(page);
  std::set<std::string> typed;
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("# TYPE ", 0) == 0) {
      const std::string family = line.substr(7, line.find(' ', 7) - 7);
      CHECK(typed.insert(family).second);
      continue;
    }
    if (line.rfind('#', 0) == 0) continue;
    std::string name = line.substr(0, line.find_first_of("{ "));
    for (const char* suffix : {"_bucket", "_sum", "_count"})
      if (!typed.contains(name) && name.ends_with(suffix)) name.resize(name.size() - std::strlen(suffix));
    CHECK(typed.contains(name));
  }
}
