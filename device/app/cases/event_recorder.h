#pragma once
// One action on the station: an event signed with the device key, naming the signed-in
// officer, appended to the event store (one durable transaction), then folded into the case
// index. Refused while the station is not enrolled or its data locked, while nobody is signed
// in, and while the cases are still loading (so no case number is handed out twice).
#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ledger/canonical.h"
#include "ledger/event.h"

namespace fg {

class CaseIndex;
class DataVault;
class OfficerSession;
class StationEnrolment;

class EventRecorder {
  Q_DECLARE_TR_FUNCTIONS(EventRecorder)

 public:
  EventRecorder(const StationEnrolment& enrolment, DataVault& vault, const OfficerSession& session, CaseIndex& index)
      : enrolment_(enrolment), vault_(vault), session_(session), index_(index) {}

  // The stored event, or nullopt with the reason (for the officer) in *error. `time` (ms UTC)
  // fixes the event's time instead of reading the clock: a paper the event issues printed it
  // already (document_issuer.h).
  std::optional<SignedEvent> record(std::string_view type, Json body, std::vector<std::string> blobs, QString* error,
                                    std::optional<std::int64_t> time = std::nullopt);
  // The time an event recorded now would carry (the store's wall clock).
  std::optional<std::int64_t> now() const;

 private:
  const StationEnrolment& enrolment_;
  DataVault& vault_;
  const OfficerSession& session_;
  CaseIndex& index_;
};

}  // namespace fg
