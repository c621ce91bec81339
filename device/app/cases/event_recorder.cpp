#include "event_recorder.h"

#include "case_index.h"
#include "fairconfig/event_signers.h"
#include "data_vault.h"
#include "officer_session.h"
#include "station_enrolment.h"

namespace fg {

namespace {

// The store's clock reads `time` while one event is appended, then the system clock again.
class FixedWall {
 public:
  FixedWall(HybridClock& clock, std::optional<std::int64_t> time) : clock_(clock), fixed_(time.has_value()) {
    if (fixed_) clock_.set_wall([t = *time] { return t; });
  }
  ~FixedWall() {
    if (fixed_) clock_.set_wall(HybridClock::system_millis);
  }
  FixedWall(const FixedWall&) = delete;
  FixedWall& operator=(const FixedWall&) = delete;

 private:
  HybridClock& clock_;
  bool fixed_;
};

}  // namespace

std::optional<std::int64_t> EventRecorder::now() const {
  EventStore* store = vault_.store();
  if (!store) return std::nullopt;
  return store->clock().wall_millis();
}

std::optional<SignedEvent> EventRecorder::record(std::string_view type, Json body, std::vector<std::string> blobs,
                                                 QString* error, std::optional<std::int64_t> time) {
  auto fail = [&](const QString& why) -> std::optional<SignedEvent> {
    if (error) *error = why;
    return std::nullopt;
  };
  EventStore* store = vault_.store();
  if (!store || !enrolment_.deviceKey()) return fail(tr("This station is not enrolled in a fair yet."));
  if (!session_.signedIn()) return fail(tr("Sign in first: every action names its officer."));
  if (index_.loading()) return fail(tr("The cases are still loading; try again in a moment."));
  // Version 2 once every officer of the roster has a signing key (docs/event-format.md).
  OfficerSigner signer;
  if (roster_signs_events(enrolment_.fairConfig())) {
    signer = {session_.signingKey(), enrolment_.configSha256()};
    // The key must be the one this roster publishes for the officer (a roster that changed
    // since the sign-in may carry a new one).
    const Officer* officer = enrolment_.fairConfig().find_officer(session_.officer());
    if (!signer.key || !officer || signer.key->public_hex() != officer->sign_pk)
      return fail(
          tr("Your signing key is not open: sign out and in again with your PIN (the roster may have "
             "changed since you signed in)."));
  }
  try {
    const FixedWall wall(store->clock(), time);
    SignedEvent e = store->append(*enrolment_.deviceKey(), session_.officer(), std::string(type), std::move(body),
                                  std::move(blobs), signer);
    index_.add(e);
    return e;
  } catch (const std::exception& ex) {
    return fail(tr("Not saved: %1").arg(QString::fromUtf8(ex.what())));
  }
}

}  // namespace fg
