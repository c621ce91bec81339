// Officer sign-in against the signed roster: wrong PINs refused, lock-out after five in a row
// that survives a restart and only a supervisor clears, idle lock, and a change of officer in
// the middle of an intake that loses nothing.
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

#include "crypto/password.h"
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
