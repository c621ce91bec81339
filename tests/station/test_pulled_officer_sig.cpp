// Other stations' version-2 events as a station imports them (what a sync pulls), checked
// against the configuration each names, as the relay checks them: refused when they cannot be
// judged, kept apart (stored as evidence, out of the working view) when they do not hold.
#include <catch2/catch.hpp>

#include <string>

#include "crypto/officer_box.h"
#include "ledger/hlc.h"
#include "station_fixture.h"

using namespace fg;

namespace {

// A second station S05 whose key the test holds, added to the demo fair's configuration.
struct TwoStations {
  fg::test::Station s;
  KeyPair other = KeyPair::generate();
  std::string prev = kZeroHash;
  std::int64_t seq = 0;

  TwoStations() {
    s.addStation(other, "S05");
    s.signIn();
  }
  KeyPair officer_key(const char* id, const char* pin) const {
    return OfficerBoxKey::derive_signing_key(pin, *s.backend->enrolment().fairConfig().find_officer(id)->box);
  }
  // S05's next event, in OF-017's name, signed by `officer` (nullptr: no officer signature).
  SignedEvent next(const KeyPair* officer, const std::string& config) {
    Event e;
    e.v = kEventVersionOfficerSigned;
    e.fair = "CF138";
    e.device = other.public_hex();
    e.seq = seq + 1;
    e.prev = prev;
    e.time = HybridClock::system_millis();
    e.hlc = (e.time << 16) + e.seq;
    e.officer = "OF-017";
    e.type = "case.opened";
    e.body = {{"case_number", "CF138-S05-000" + std::to_string(e.seq)}, {"station", "S05"}};
    e.config = config;
    const KeyPair any = KeyPair::generate();
    SignedEvent signed_event = sign_event(e, other, officer ? officer : &any);
    if (!officer) signed_event.officer_sig.reset();
    return signed_event;
  }
  ImportResult import(const SignedEvent& e) {
    const ImportResult r = s.backend->vault().store()->import(e);
    if (r.status == ImportStatus::Stored || r.status == ImportStatus::KeptApart) {
      ++seq;
      prev = e.hash_hex();
    }
    return r;
  }
};

}  // namespace

TEST_CASE("a pulled v2 event: kept when it holds, kept apart when another officer signed, refused unjudgeable",
          "[station]") {
  TwoStations t;
  EventStore& store = *t.s.backend->vault().store();
  const std::string config = t.s.backend->enrolment().configSha256();
  const KeyPair of017 = t.officer_key("OF-017", "1234");
  const KeyPair of023 = t.officer_key("OF-023", "4321");

  const SignedEvent good = t.next(&of017, config);
  CHECK(t.import(good).status == ImportStatus::Stored);

  // No officer signature: refused, nothing stored (a v2 record cannot be kept without one).
  ImportResult r = t.import(t.next(nullptr, config));
  CHECK(r.status == ImportStatus::OfficerRefused);
  CHECK(r.detail == "the officer signature (officer_sig) is missing");
  // A configuration the station does not hold (the relay did not send it): refused, so it
  // comes again at the next sync and is judged then.
  r = t.import(t.next(&of017, std::string(64, 'a')));
  CHECK(r.status == ImportStatus::OfficerRefused);
  CHECK_THAT(r.detail, Catch::Contains("is not one this station holds"));
  CHECK(store.head_seq(t.other.public_hex()) == 1);

  // Signed by OF-023 in OF-017's name: stored, kept apart with the relay's reason.
  const SignedEvent by_another = t.next(&of023, config);
  r = t.import(by_another);
  CHECK(r.status == ImportStatus::KeptApart);
  CHECK_THAT(r.detail, Catch::Contains("does not verify with officer OF-017's sign_pk"));
  // The chain goes on: the next genuine event is stored and counts.
  const SignedEvent after = t.next(&of017, config);
  CHECK(t.import(after).status == ImportStatus::Stored);

  const auto kept = store.kept_apart();
  REQUIRE(kept.size() == 1);
  CHECK(kept[0].seq == 2);
  CHECK(kept[0].reason == r.detail);
  bool kept_apart_in_view = false, after_in_view = false;
  for (const SignedEvent& e : store.working_in_fold_order()) {
    kept_apart_in_view |= e.hash == by_another.hash;
    after_in_view |= e.hash == after.hash;
  }
  CHECK_FALSE(kept_apart_in_view);
  CHECK(after_in_view);
  CHECK(store.all_in_fold_order().size() == store.working_in_fold_order().size() + 1);  // still held as evidence
  // The same import again is no news.
  CHECK(store.import(by_another).status == ImportStatus::AlreadyHave);
}
