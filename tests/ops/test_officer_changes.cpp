// `fairguard-relay officers enable | set-pin | credential` and `status`'s log key, through the
// real CLI, checked in the signed configuration stations receive.
#include <catch2/catch.hpp>
#include <fstream>

#include "crypto/password.h"
#include "data/relay_data.h"
#include "fairconfig/fair_config.h"
#include "relay_process.h"
#include "support/temp_dir.h"

using namespace fg;
using namespace fg::test;
namespace fs = std::filesystem;

namespace {

fs::path pin_file(const fs::path& dir, const std::string& name, const std::string& pin) {
  std::ofstream(dir / name) << pin << "\n";
  return dir / name;
}

// The officer as the signed configuration (what stations verify) carries it.
Officer on_roster(const fs::path& relay_dir, const std::string& id) {
  relay::RelayData data(relay_dir);
  const auto verified = verify_fair_config(data.signed_fair_config(), data.bureau_key().public_key());
  REQUIRE(verified);
  for (const auto& o : verified.config->officers)
    if (o.id == id) return o;
  FAIL("officer " << id << " is not on the roster");
  return {};
}

// `fairguard-relay officers SUB --data DIR ARGS...` (RelayProcess::admin puts --data after the
// first word, which suits one-word commands only).
RunResult officers(RelayProcess& relay, const std::string& sub, std::vector<std::string> args) {
  std::vector<std::string> argv{FAIRGUARD_RELAY_EXE, "officers", sub, "--data", relay.dir().string()};
  argv.insert(argv.end(), args.begin(), args.end());
  return run_process(argv);
}

}  // namespace

TEST_CASE("officers enable, set-pin and credential change the signed roster, status shows the log key", "[ops]") {
  TempDir tmp;
  RelayProcess relay(tmp.path() / "relay");
  const auto first = pin_file(tmp.path(), "pin1", "1234567890");
  REQUIRE(officers(relay, "add",
                   {"--id", "GZ001", "--name", "Wang Fang", "--pin-file", first.string(), "--credential", "44010012",
                    "--expires", "2026-12-31"})
              .code == 0);

  SECTION("disable, then enable: the officer signs in again") {
    REQUIRE(officers(relay, "disable", {"--id", "GZ001"}).code == 0);
    CHECK(on_roster(relay.dir(), "GZ001").disabled);
    const auto r = officers(relay, "enable", {"--id", "GZ001"});
    CHECK(r.code == 0);
    CHECK_THAT(r.out, Catch::Contains("Enabled officer GZ001"));
    CHECK_FALSE(on_roster(relay.dir(), "GZ001").disabled);
    const auto again = officers(relay, "enable", {"--id", "GZ001"});
    CHECK(again.code == 1);
    CHECK_THAT(again.err, Catch::Contains("is not disabled"));
  }
  SECTION("set-pin: the new PIN opens, the old does not, the box key is new") {
    const Officer before = on_roster(relay.dir(), "GZ001");
    const auto second = pin_file(tmp.path(), "pin2", "0987654321");
    const auto r = officers(relay, "set-pin", {"--id", "GZ001", "--pin-file", second.string()});
    INFO(r.err);
    CHECK(r.code == 0);
    const Officer after = on_roster(relay.dir(), "GZ001");
    CHECK(verify_password(after.pin_verifier, "0987654321"));
    CHECK_FALSE(verify_password(after.pin_verifier, "1234567890"));
    REQUIRE(after.box);
    CHECK(after.box->public_key != before.box->public_key);
    CHECK(after.credential == before.credential);  // nothing else changed
    // The fair's minimum still holds, and nothing changes on a refusal.
    const auto short_pin =
        officers(relay, "set-pin", {"--id", "GZ001", "--pin-file", pin_file(tmp.path(), "pin3", "1234").string()});
    CHECK(short_pin.code == 1);
    CHECK_THAT(short_pin.err, Catch::Contains("at least 10 digits"));
    CHECK(verify_password(on_roster(relay.dir(), "GZ001").pin_verifier, "0987654321"));
    const auto unknown = officers(relay, "set-pin", {"--id", "NOBODY", "--pin-file", second.string()});
    CHECK(unknown.code == 1);
    CHECK_THAT(unknown.err, Catch::Contains("no officer with id 'NOBODY'"));
  }
  SECTION("credential: renewed, refused when the date does not exist, removed") {
    const auto renewed =
        officers(relay, "credential", {"--id", "GZ001", "--credential", "44010099", "--expires", "2027-12-31"});
    CHECK(renewed.code == 0);
    REQUIRE(on_roster(relay.dir(), "GZ001").credential);
    CHECK(on_roster(relay.dir(), "GZ001").credential->number == "44010099");
    CHECK(on_roster(relay.dir(), "GZ001").credential->expires == "2027-12-31");
    const auto bad = officers(relay, "credential", {"--id", "GZ001", "--credential", "1", "--expires", "2027-02-30"});
    CHECK(bad.code == 1);
    CHECK(on_roster(relay.dir(), "GZ001").credential->expires == "2027-12-31");
    CHECK(officers(relay, "credential", {"--id", "GZ001"}).code != 0);  // neither: told what to give
    CHECK(officers(relay, "credential", {"--id", "GZ001", "--remove"}).code == 0);
    CHECK_FALSE(on_roster(relay.dir(), "GZ001").credential);
  }
  SECTION("status prints the log public key that signs the tree heads") {
    const auto r = relay.admin({"status"});
    REQUIRE(r.code == 0);
    relay::RelayData data(relay.dir());
    CHECK_THAT(r.out, Catch::Contains("Log key:      " + data.log_key().public_hex()));
  }
}
