// Event format version 2 through the real relay process and protocol: an event's officer
// signature is checked on receipt against the bureau-signed configuration it names. A forged
// signature, another officer's, a missing one and an unknown configuration are each refused
// with their own reason; the honest event is stored, and the fair syncs on. The export then
// carries that configuration, and fairguard-verify checks the officer's signature in it.
#include <catch2/catch.hpp>

#include <fstream>

#include "bundle/bundle_verify.h"
#include "cases/event_types.h"
#include "crypto/officer_box.h"
#include "data/relay_data.h"
#include "fairconfig/event_signers.h"
#include "hostile_fair.h"

using namespace fg;
using namespace fg::test;

namespace {
constexpr const char* kPin1 = "2468135790";
constexpr const char* kPin2 = "1357924680";

void add_officer(HostileFair& fair, const char* id, const char* pin) {
  const auto pin_file = fair.dir() / (std::string(id) + ".pin");
  std::ofstream(pin_file) << pin << "\n";
  // `officers add` takes --data after its subcommand: run directly.
  const auto r = run_process({FAIRGUARD_RELAY_EXE, "officers", "add", "--data", fair.relay().dir().string(), "--id", id,
                              "--name", id, "--pin-file", pin_file.string()});
  INFO(r.out << r.err);
  REQUIRE(r.code == 0);
}

// The only result of an ack.
const sync::AckItem& only(const sync::AckMsg& ack) {
  REQUIRE(ack.results.size() == 1);
  return ack.results.front();
}
}  // namespace

TEST_CASE("officer signatures: the relay refuses forged, another officer's and missing ones, and serves on",
          "[hostile]") {
  HostileFair fair;
  add_officer(fair, "GZ001", kPin1);
  add_officer(fair, "GZ002", kPin2);
  relay::SimStation& desk = fair.station("desk");

  // The configuration in force (the one the desk's enrolment sync brought), as the relay signed it.
  std::string config_sha, config_wire;
  std::optional<FairConfig> config;
  {
    relay::RelayData data(fair.relay().dir());
    const auto signed_config = data.signed_fair_config_shared();
    config_sha = signed_config->sha256;
    config_wire = signed_config->wire;
    config = verify_fair_config(config_wire, data.bureau_key().public_key()).config;
  }
  REQUIRE(config);
  REQUIRE(roster_signs_events(*config));
  const OfficerBoxKey gz001 = OfficerBoxKey::derive(kPin1, *config->find_officer("GZ001")->box);
  const OfficerBoxKey gz002 = OfficerBoxKey::derive(kPin2, *config->find_officer("GZ002")->box);
  REQUIRE(gz001.signing_key().public_hex() == config->find_officer("GZ001")->sign_pk);

  Event e = chain_event(desk, 1, kZeroHash, HybridClock::system_millis() << kHlcCounterBits,
                        std::string(events::kCaseOpened), {{"case_number", "CF138-S01-0001"}});
  e.v = kEventVersionOfficerSigned;
  e.config = config_sha;
  const SignedEvent good = sign_event(e, desk.key(), &gz001.signing_key());

  SignedEvent forged = good;
  (*forged.officer_sig)[10] ^= 0x01;
  auto refused = only(fair.push_raw(desk, {forged}));
  CHECK_FALSE(refused.ok);
  CHECK_THAT(refused.status, Catch::Contains("officer refused"));
  CHECK_THAT(refused.detail, Catch::Contains("does not verify with officer GZ001's sign_pk"));

  // GZ002 signs an event that names GZ001: the signature is GZ002's, the claim GZ001's.
  const SignedEvent other = sign_event(e, desk.key(), &gz002.signing_key());
  refused = only(fair.push_raw(desk, {other}));
  CHECK_FALSE(refused.ok);
  CHECK_THAT(refused.detail, Catch::Contains("does not verify with officer GZ001's sign_pk"));

  SignedEvent missing = good;
  missing.officer_sig.reset();
  refused = only(fair.push_raw(desk, {missing}));
  CHECK_FALSE(refused.ok);
  CHECK_THAT(refused.detail, Catch::Contains("without its officer signature"));

  Event unknown = e;
  unknown.config = sha256_hex(as_bytes("a configuration the bureau never signed"));
  refused = only(fair.push_raw(desk, {sign_event(unknown, desk.key(), &gz001.signing_key())}));
  CHECK_FALSE(refused.ok);
  CHECK_THAT(refused.detail, Catch::Contains("is not one this relay signed for fair CF138"));

  Event stranger = e;
  stranger.officer = "GZ999";
  refused = only(fair.push_raw(desk, {sign_event(stranger, desk.key(), &gz001.signing_key())}));
  CHECK_FALSE(refused.ok);
  CHECK_THAT(refused.detail, Catch::Contains("GZ999 is not on the roster"));

  // Nothing refused was stored; the honest event is, and the relay serves on.
  const sync::AckMsg stored = fair.push_raw(desk, {good});
  CHECK(only(stored).ok);
  CHECK(stored.head == 1);
  std::mt19937_64 rng(5);
  relay::SimStation& other_desk = fair.station("desk-2");
  other_desk.take_complaint(rng, 0);
  const auto r = other_desk.sync();
  CHECK(r.report.events_refused == 0);
  CHECK(r.report.relay_head == other_desk.store().head_seq(other_desk.key().public_hex()));

  // The export carries the configuration; the verifier checks GZ001's signature with it.
  const auto zip = fair.dir() / "all.zip";
  const auto exported = fair.relay().admin({"export", "--all", "--out", zip.string()});
  INFO(exported.out << exported.err);
  REQUIRE(exported.code == 0);
  relay::RelayData data(fair.relay().dir());
  const BundleVerdict v =
      verify_bundle_file(zip, {data.bureau_key().public_key(), data.log_key().public_key(), data.fair_id(), {}});
  INFO(v.text());
  CHECK(v.ok());
  CHECK_THAT(v.text(), Catch::Contains("1 events signed by their officer"));
  CHECK_THAT(v.text(), Catch::Contains("officer not signed"));  // the second desk's version-1 events
}
