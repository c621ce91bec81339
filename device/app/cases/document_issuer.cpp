#include "document_issuer.h"

#include "data_vault.h"
#include "documents/document_pdf.h"
#include "event_recorder.h"
#include "evidence_capture.h"
#include "officer_session.h"
#include "station_enrolment.h"

namespace fg {

std::optional<SignedEvent> DocumentIssuer::issue(DocumentKind kind, const Case& c, Json body, QString* error) {
  auto fail = [&](const QString& why) -> std::optional<SignedEvent> {
    if (error) *error = why;
    return std::nullopt;
  };
  // The paper prints the issuing event's time: read once, and the event is given it.
  const std::optional<std::int64_t> at = recorder_.now();
  if (!at || !vault_.blobs()) return fail(tr("This station is not enrolled in a fair yet."));
  const DocumentRequest request{kind, body, *at, session_.officer(), enrolment_.stationCode().toStdString()};
  std::string pdf;
  try {
    pdf = render_document(c, enrolment_.fairConfig(), request);
  } catch (const std::exception& ex) {
    return fail(tr("The paper could not be made: %1").arg(QString::fromUtf8(ex.what())));
  }
  const SealResult sealed =
      EvidenceCapture(vault_.blobs()).sealBytes(QByteArray::fromStdString(pdf), "application/pdf", "station");
  if (!sealed) return fail(tr("The paper was not saved: %1").arg(sealed.error));
  const std::string hash = sealed.blob->hash;
  body[document_cite_key(kind)] = hash;
  return recorder_.record(issuing_event_type(kind), std::move(body), {hash}, error, at);
}

}  // namespace fg
