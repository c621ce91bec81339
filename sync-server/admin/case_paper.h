#pragma once
// A case's paper (notice, acceptance, rejection, decision) made again from the relay's events
// and its signed configuration (docs/documents.md): used by `fairguard-relay document` and the
// bureau console's paper downloads.
#include <string>

#include "data/relay_data.h"
#include "documents/document_kind.h"

namespace fg::relay {

struct CasePaper {
  std::string pdf;           // the PDF bytes
  std::string issued_by;     // hash of the issuing event
  std::string issuing_type;  // e.g. notice.served
  std::string cited;         // the blob the issuing event cites, empty if none
};

// Throws std::runtime_error when the case has no issuing event of that kind (nothing issued).
CasePaper render_case_paper(RelayData& relay, const std::string& case_number, DocumentKind kind);

}  // namespace fg::relay
