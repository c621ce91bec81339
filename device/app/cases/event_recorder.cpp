#include "event_recorder.h"

#include "case_index.h"
#include "data_vault.h"
#include "officer_session.h"
#include "station_enrolment.h"

namespace fg {

std::optional<SignedEvent> EventRecorder::record(std::string_view type, Json body, std::vector<std::string> blobs,
                                                 QString* error) {
  auto fail = [&](const QString& why) -> std::optional<SignedEvent> {
    if (error) *error = why;
    return std::nullopt;
  };
  EventStore* store = vault_.store();
  if (!store || !enrolment_.deviceKey()) return fail(tr("This station is not enrolled in a fair yet."));
  if (!session_.signedIn()) return fail(tr("Sign in first: every action names its officer."));
  if (index_.loading()) return fail(tr("The cases are still loading; try again in a moment."));
  try {
    SignedEvent e = store->append(*enrolment_.deviceKey(), session_.officer(), std::string(type), std::move(body),
                                  std::move(blobs));
    index_.add(e);
    return e;
  } catch (const std::exception& ex) {
    return fail(tr("Not saved: %1").arg(QString::fromUtf8(ex.what())));
  }
}

}  // namespace fg
