// Officer sign-in against the signed roster: wrong PINs refused, lock-out after five in a row
// that survives a restart and only a supervisor clears, idle lock, and a change of officer in
// the middle of an intake that loses nothing.
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

#include <functional>
#include <stdexcept>

#include "crypto/officer_box.h"
#include "crypto/password.h"
#include "fairconfig/event_signers.h"
#include "intake_wizard.h"
#include "station_fixture.h"

using namespace fg;
using fg::test::Station;

TEST_CASE("officer signs in with id and PIN from the roster: a wrong PIN is refused", "[station]") {
  Station s;
  OfficerSession& session = *s.backend->session();
  CHECK_FALSE(session.signedIn());
  CHECK(session.signIn("OF-017", "9999") == OfficerSession::Result::WrongPin);
  CHECK_FALSE(session.signedIn());
  CHECK(session.remainingAttempts() == OfficerSession::kMaxFailures - 1);
  CHECK(session.signIn("NOBODY", "1234") == OfficerSession::Result::UnknownOfficer);
  CHECK(session.signIn("OF-017", "1234") == OfficerSession::Result::SignedIn);
  CHECK(session.signedIn());
  CHECK(session.officerName().startsWith("Li Wei"));
  CHECK(session.remainingAttempts() == OfficerSession::kMaxFailures);  // a success resets the count
}

TEST_CASE("five wrong PINs lock the station out, across a restart, until a supervisor resets it", "[station]") {
  Station s;
  for (int i = 0; i < OfficerSession::kMaxFailures; ++i) (void)s.backend->session()->signIn("OF-017", "0000");
  CHECK(s.backend->session()->lockedOut());
  // Even the right PIN is refused now.
  CHECK(s.backend->session()->signIn("OF-017", "1234") == OfficerSession::Result::LockedOut);
  CHECK_FALSE(s.backend->session()->signedIn());

  // Restarting the app does not clear it.
  StationBackend restarted;
  QString error;
  REQUIRE(restarted.open(s.dir.path(), &error));
  OfficerSession& session = *restarted.session();
  CHECK(session.lockedOut());
  CHECK(session.signIn("OF-023", "4321") == OfficerSession::Result::LockedOut);

  // An ordinary officer cannot reset it; a supervisor can.
  CHECK_FALSE(session.resetLockout("OF-023", "4321"));
  CHECK_FALSE(session.resetLockout("SV-001", "0000"));
  CHECK(session.lockedOut());
  CHECK(session.resetLockout("SV-001", "9999"));
  CHECK_FALSE(session.lockedOut());
  CHECK(session.signIn("OF-023", "4321") == OfficerSession::Result::SignedIn);
}

TEST_CASE("an idle station locks: the next officer continues the same intake", "[station]") {
  Station s;
  s.signIn("OF-017", "1234");
  OfficerSession& session = *s.backend->session();
  IntakeWizard& wizard = *s.backend->intake();
  REQUIRE(
      wizard.recordComplainant({{"name", "Hoffmann Werkzeuge GmbH"}, {"idNumber", "HRB 12345"}, {"country", "DE"}}));
  const QString number = wizard.caseNumber();

  session.setIdleTimeout(50);
  session.noteActivity();
  QTest::qWait(200);
  CHECK(session.locked());
  CHECK_FALSE(session.signedIn());
  // Locked: nothing can be recorded.
  CHECK_FALSE(wizard.recordRight({{"rightType", "invention"}, {"number", "201710601862.3"}}));
  const auto before = s.events();

  QSignalSpy changed(&session, &OfficerSession::officerChanged);
  REQUIRE(session.trySignIn("OF-023", "4321"));
  CHECK(changed.count() == 1);
  CHECK(wizard.caseNumber() == number);  // the draft is still there
  REQUIRE(wizard.recordRight({{"rightType", "invention"}, {"number", "201710601862.3"}}));
  CHECK(s.events() == before + 1);

  // The events name the officer who did each step.
  const auto events = s.backend->store()->all_in_fold_order();
  CHECK(events.front().event.officer == "OF-017");
  CHECK(events.back().event.officer == "OF-023");
  CHECK(events.back().event.type == "right.recorded");
}

TEST_CASE("an officer whose enforcement credential has expired cannot sign in", "[station]") {
  test::ensure_app();
  Officer expiring{"OF-031", "Zhao Min", hash_password("2468"), false};
  expiring.credential = OfficerCredential{"44010020230031", "2026-11-30"};
  Officer without{"OF-040", "Sun Li", hash_password("1357"), false};  // roster from before credentials
  OfficerSession session;
  session.setRoster([&](const std::string& id) -> std::optional<Officer> {
    if (id == expiring.id) return expiring;
    if (id == without.id) return without;
    return std::nullopt;
  });
  std::string today = "2026-11-30";
  session.setFairToday([&] { return today; });

  // Valid through its last day.
  CHECK(session.signIn("OF-031", "2468") == OfficerSession::Result::SignedIn);
  session.signOut();

  today = "2026-12-01";
  // A wrong PIN is still just a wrong PIN: the expiry is told only to whoever knows the PIN.
  CHECK(session.signIn("OF-031", "0000") == OfficerSession::Result::WrongPin);
  CHECK(session.signIn("OF-031", "2468") == OfficerSession::Result::CredentialExpired);
  CHECK_FALSE(session.signedIn());
  CHECK(session.lastError().contains("44010020230031"));
  CHECK(session.lastError().contains("2026-11-30"));
  // Refused, but not a guess: the count of attempts does not move.
  CHECK(session.remainingAttempts() == OfficerSession::kMaxFailures - 1);

  // An officer whose roster entry carries no credential signs in as before.
  CHECK(session.signIn("OF-040", "1357") == OfficerSession::Result::SignedIn);
}

TEST_CASE("the officer's signing key: derived at sign-in, kept by the kiosk lock, wiped by idle lock and sign-out",
          "[station]") {
  Station s;
  OfficerSession& session = *s.backend->session();
  const FairConfig& config = s.backend->enrolment().fairConfig();
  REQUIRE(roster_signs_events(config));  // the demo roster publishes sign_pk for every officer
  CHECK_FALSE(session.holdsSigningKey());
  s.signIn("OF-017", "1234");
  REQUIRE(session.signingKey());
  CHECK(session.signingKey()->public_hex() == config.find_officer("OF-017")->sign_pk);

  // Every event made now is version 2, names the configuration in force and verifies with
  // the signed-in officer's roster key, and with no other officer's.
  fg::test::intake_to_admissibility(*s.backend, s.fair);
  const auto events = s.backend->vault().store()->all_in_fold_order();
  REQUIRE_FALSE(events.empty());
  const auto sign_pk = [&](const char* id) { return *public_key_from_hex(config.find_officer(id)->sign_pk); };
  for (const SignedEvent& e : events) {
    INFO(e.event.type);
    CHECK(e.event.v == kEventVersionOfficerSigned);
    CHECK(e.event.config == s.backend->enrolment().configSha256());
    CHECK(e.officer_signature_valid(sign_pk("OF-017")));
    CHECK_FALSE(e.officer_signature_valid(sign_pk("OF-023")));
    CHECK_FALSE(officer_signature_refusal(e, config));
  }

  // The kiosk's lock keeps the key in memory (not usable while locked); the idle lock wipes it.
  session.lockForKiosk();
  CHECK(session.holdsSigningKey());
  CHECK_FALSE(session.signingKey());
  s.signIn("OF-023", "4321");
  REQUIRE(session.signingKey());
  CHECK(session.signingKey()->public_hex() == config.find_officer("OF-023")->sign_pk);
  session.lock();
  CHECK_FALSE(session.holdsSigningKey());
  s.signIn("OF-017", "1234");
  CHECK(session.holdsSigningKey());
  session.signOut();
  CHECK_FALSE(session.holdsSigningKey());
}

namespace {

// Installs a changed copy of the station's configuration, signed by the demo bureau (a newer
// version, as the relay would send it).
void install_roster(fg::test::Station& s, const std::function<void(FairConfig&)>& change) {
  FairConfig c = s.backend->enrolment().fairConfig();
  ++c.version;
  change(c);
  QString error;
  const bool installed =
      s.backend->installFairConfig(sign_fair_config(c, *s.fair.bureau), s.fair.bureau->public_key(), &error);
  INFO(error.toStdString());
  REQUIRE(installed);
}

Officer& officer_in(FairConfig& c, const char* id) {
  for (Officer& o : c.officers)
    if (o.id == id) return o;
  FAIL("no officer " << id);
  throw std::logic_error("unreachable");
}

}  // namespace

TEST_CASE("a roster where an enabled officer has no signing key keeps the station on version 1", "[station]") {
  Station s;
  // OF-023 was added by an older relay: no sign_pk. The others' keys cannot make the fair v2.
  install_roster(s, [](FairConfig& c) { officer_in(c, "OF-023").sign_pk.clear(); });
  REQUIRE_FALSE(roster_signs_events(s.backend->enrolment().fairConfig()));
  s.signIn("OF-017", "1234");
  REQUIRE(s.backend->session()->signingKey());  // OF-017's own key is open all the same
  REQUIRE(s.backend->intake()->recordComplainant(
      {{"name", "Nordic Outdoor AB"}, {"idNumber", "556677-8899"}, {"country", "SE"}}));
  auto events = s.backend->vault().store()->all_in_fold_order();
  REQUIRE_FALSE(events.empty());
  for (const SignedEvent& e : events) {
    CHECK(e.event.v == kEventVersion);
    CHECK(e.event.config.empty());
    CHECK_FALSE(e.officer_sig);
  }
  const std::size_t v1_events = events.size();

  // Disabled, OF-023 cannot sign in and no longer holds the fair back: the next action is v2
  // and names the configuration now in force.
  install_roster(s, [](FairConfig& c) { officer_in(c, "OF-023").disabled = true; });
  REQUIRE(roster_signs_events(s.backend->enrolment().fairConfig()));
  s.signIn("OF-017", "1234");
  REQUIRE(s.backend->intake()->recordRight({{"rightType", "invention"}, {"number", "ZL 2017 1 0601862.3"}}));
  events = s.backend->vault().store()->all_in_fold_order();
  REQUIRE(events.size() > v1_events);
  const SignedEvent& last = events.back();
  CHECK(last.event.v == kEventVersionOfficerSigned);
  CHECK(last.event.config == s.backend->enrolment().configSha256());
  CHECK_FALSE(officer_signature_refusal(last, s.backend->enrolment().fairConfig()));
}

TEST_CASE("an officer whose key the roster changed since sign-in is asked to sign in again", "[station]") {
  Station s;
  s.signIn("OF-017", "1234");
  REQUIRE(s.backend->intake()->recordComplainant(
      {{"name", "Nordic Outdoor AB"}, {"idNumber", "556677-8899"}, {"country", "SE"}}));
  const auto before = s.events();
  // The bureau re-added OF-017 (same PIN, new salt): the key opened at sign-in is not the one
  // this roster publishes, so nothing is signed with it.
  install_roster(s, [](FairConfig& c) {
    OfficerKeysPublic keys = make_officer_keys("1234", PasswordCost::Test);
    officer_in(c, "OF-017").box = keys.box;
    officer_in(c, "OF-017").sign_pk = keys.sign_pk;
  });
  CHECK_FALSE(s.backend->intake()->recordRight({{"rightType", "invention"}, {"number", "ZL 2017 1 0601862.3"}}));
  CHECK(s.backend->intake()->error().contains("sign out and in again"));
  CHECK(s.events() == before);
  s.signIn("OF-017", "1234");
  CHECK(s.backend->intake()->recordRight({{"rightType", "invention"}, {"number", "ZL 2017 1 0601862.3"}}));
  CHECK(s.events() == before + 1);
}
