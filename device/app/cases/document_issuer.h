#pragma once
// A paper handed to a party (notice, decision; docs/documents.md), issued the way the bureau
// can check it: made by the shared renderer from the case as this station holds it, the
// issuing event's body, time, officer and station; sealed as a blob (encrypted at rest like
// evidence) and cited by the event that issues it, so the relay receives it with the sync and
// `fairguard-relay document` makes the same bytes again from the events.
#include <QCoreApplication>
#include <QString>

#include <optional>

#include "documents/document_kind.h"
#include "ledger/canonical.h"
#include "ledger/event.h"

namespace fg {

class DataVault;
class EventRecorder;
class OfficerSession;
class StationEnrolment;
struct Case;

class DocumentIssuer {
  Q_DECLARE_TR_FUNCTIONS(DocumentIssuer)

 public:
  DocumentIssuer(const StationEnrolment& enrolment, DataVault& vault, const OfficerSession& session,
                 EventRecorder& recorder)
      : enrolment_(enrolment), vault_(vault), session_(session), recorder_(recorder) {}

  // Renders the paper of `kind` for case `c` (every event of it this station holds, which are
  // the events before the one about to be made), seals it and records the issuing event with
  // `body` plus the PDF's SHA-256 under `notice` (a notice) or `document` (the others).
  // `body` must hold the case number. The stored event, or nullopt with the reason in *error.
  std::optional<SignedEvent> issue(DocumentKind kind, const Case& c, Json body, QString* error);

 private:
  const StationEnrolment& enrolment_;
  DataVault& vault_;
  const OfficerSession& session_;
  EventRecorder& recorder_;
};

}  // namespace fg
