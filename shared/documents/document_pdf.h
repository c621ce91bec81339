#pragma once
// The one renderer of the case documents (notice, acceptance, rejection, decision): an A4 PDF,
// Chinese first with English beside it, with a QR code tying the paper to the record. The same
// inputs give the same bytes in the station, the simulator and the relay: fixed font (Noto
// Sans CJK SC), the creation date taken from the issuing event's time, no random ids.
#include <span>
#include <string>

#include "documents/document_text.h"
#include "ledger/event.h"

namespace fg {

// The PDF's bytes. Throws std::invalid_argument when the case has no events,
// std::runtime_error when cairo fails.
std::string render_document(const Case& c, const FairConfig& config, const DocumentRequest& request);

// The document `issuing` (a notice.served, case.accepted, case.rejected or decision.recorded)
// issued, made again from `events`: the case folded from its events before `issuing` in fold
// order, and the request read from `issuing` itself (body, time, officer, station). Throws
// std::invalid_argument when `issuing` issues no document or its case has no earlier events.
std::string render_issued_document(std::span<const SignedEvent> events, const SignedEvent& issuing,
                                   const FairConfig& config);

}  // namespace fg
