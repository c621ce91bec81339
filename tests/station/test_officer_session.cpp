// Officer sign-in against the signed roster: wrong PINs refused, lock-out after five in a row
// that survives a restart and only a supervisor clears, idle lock, and a change of officer in
// the middle of an intake that loses nothing.
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

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
