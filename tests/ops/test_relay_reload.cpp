// SIGHUP on the real relay process: relay.json and the console's certificate are read again,
// while a station's open session goes on and stations keep syncing.
#include <signal.h>

#include <catch2/catch.hpp>
#include <fstream>

#include "hostile_fixture.h"
#include "ledger/canonical.h"
#include "support/run_command.h"
#include "sync/messages.h"

using namespace fg;
using namespace fg::test;
using namespace std::chrono_literals;
namespace fs = std::filesystem;

namespace {

void edit_relay_json(const fs::path& relay_dir, const std::string& field, const std::string& value) {
  Json j;
  {
    std::ifstream in(relay_dir / "relay.json");
    j = Json::parse(in);
  }
  j[field] = value;
  std::ofstream(relay_dir / "relay.json", std::ios::trunc) << j.dump(2);
}

// Waits for the n-th "reloaded:" line of the relay's log and returns it.
std::string reload_and_wait(RelayProcess& relay, std::size_t n) {
  relay.process().signal(SIGHUP);
  std::string line;
  const bool seen = eventually(
      [&] {
        std::istringstream log(relay.process().err());
        std::size_t count = 0;
        for (std::string l; std::getline(log, l);)
          if (l.find("reloaded: ") != std::string::npos && ++count == n) line = l;
        return !line.empty();
      },
      10s);
  REQUIRE(seen);
  return line;
}

// SHA-256 fingerprint of the certificate a TLS server on 127.0.0.1:port presents (openssl CLI).
std::string served_fingerprint(std::uint16_t port) {
  std::string out;
  run_command("openssl s_client -connect 127.0.0.1:" + std::to_string(port) +
                  " </dev/null 2>/dev/null | openssl x509 -noout -fingerprint -sha256",
              &out);
  return out;
}

std::string file_fingerprint(const fs::path& cert) {
  std::string out;
  run_command("openssl x509 -noout -fingerprint -sha256 -in " + cert.string(), &out);
  return out;
}

void make_cert(const fs::path& cert, const fs::path& key) {
  REQUIRE(run_command("openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 -subj "
                      "/CN=console.test -keyout " +
                      key.string() + " -out " + cert.string() + " 2>/dev/null") == 0);
}

}  // namespace

TEST_CASE("SIGHUP: a new venue in relay.json reaches stations, an open session goes on", "[ops]") {
  HostileFixture fair;
  fair.station_syncs();
  auto second = fair.enrol_station("Hall 2");
  auto open_session = fair.authenticated(second->key());
  const auto before = fair.station().sync();
  REQUIRE(before.config);

  edit_relay_json(fair.relay().dir(), "venue", "Pazhou Complex, Area B");
  const std::string line = reload_and_wait(fair.relay(), 1);
  CHECK_THAT(line, Catch::Contains("relay.json: venue changed"));

  // The session authenticated before the reload still answers.
  open_session->send(sync::make_empty(sync::MsgType::BlobQuery));
  CHECK(open_session->receive().type == sync::MsgType::BlobNeed);

  // The next sync brings the new configuration, signed as a new version.
  auto result = fair.station().sync();
  REQUIRE(result.config);
  CHECK(result.config->fair.venue == "Pazhou Complex, Area B");
  const std::int64_t reloaded_version = result.config->version;
  CHECK(reloaded_version > before.config->version);
  fair.station_syncs();

  SECTION("a relay.json naming another fair is refused and the served configuration stays") {
    edit_relay_json(fair.relay().dir(), "fair", "OTHER");
    CHECK_THAT(reload_and_wait(fair.relay(), 2),
               Catch::Contains("relay.json NOT reloaded") && Catch::Contains("a fair id never changes"));
    auto again = fair.station().sync();
    REQUIRE(again.config);
    CHECK(again.config->version == reloaded_version);  // the same signed configuration
    CHECK(again.config->fair.id == kFair);
    CHECK(again.config->fair.venue == "Pazhou Complex, Area B");
    fair.station_syncs();
  }
  SECTION("a new listen address waits for a restart") {
    edit_relay_json(fair.relay().dir(), "listen", "127.0.0.1:1");
    CHECK_THAT(reload_and_wait(fair.relay(), 2), Catch::Contains("listen takes effect at a restart"));
    fair.station_syncs();
  }
}

TEST_CASE("SIGHUP: the console serves a renewed certificate, and keeps the old one if the new is broken", "[ops]") {
  TempDir tmp;
  const auto cert = tmp.path() / "console.pem", key = tmp.path() / "console.key";
  make_cert(cert, key);
  RelayProcess relay(tmp.path() / "relay");
  relay.set_serve_options({"--console", "127.0.0.1:0", "--console-cert", cert.string(), "--console-key", key.string()});
  relay.start();
  const auto line = relay.process().wait_stdout("console on https://127.0.0.1:", 20s);
  REQUIRE(line);
  const auto port = static_cast<std::uint16_t>(std::stoi(line->substr(line->rfind(':') + 1)));
  const std::string first = file_fingerprint(cert);
  REQUIRE_THAT(first, Catch::StartsWith("sha256 Fingerprint="));
  CHECK(served_fingerprint(port) == first);

  // Renewed in place, as certbot or the bureau's CA would.
  make_cert(tmp.path() / "new.pem", tmp.path() / "new.key");
  fs::rename(tmp.path() / "new.pem", cert);
  fs::rename(tmp.path() / "new.key", key);
  const std::string renewed = file_fingerprint(cert);
  REQUIRE(renewed != first);
  CHECK_THAT(reload_and_wait(relay, 1), Catch::Contains("console certificate reloaded"));
  CHECK(served_fingerprint(port) == renewed);

  // A key that does not match its certificate: refused, the renewed pair keeps serving.
  make_cert(tmp.path() / "other.pem", tmp.path() / "other.key");
  fs::copy_file(tmp.path() / "other.key", key, fs::copy_options::overwrite_existing);
  CHECK_THAT(reload_and_wait(relay, 2), Catch::Contains("console certificate NOT reloaded"));
  CHECK(served_fingerprint(port) == renewed);
  relay.stop(SIGTERM);
  CHECK(relay.last_exit() == 0);
}
