#pragma once
// The papers a simulated station hands over (docs/documents.md), issued as the station app
// issues them: made by the shared renderer from the case as this station holds it and the
// issuing event's body, time, officer and station; the PDF put in the station's blob store and
// cited by the issuing event, so the relay receives it with the sync and makes it again.
#include <cstdint>
#include <string>
#include <vector>

#include "documents/document_kind.h"
#include "ledger/canonical.h"

namespace fg::relay {

class SimStation;

// Renders the paper `kind` of the case `body` names for an event at `at` (the station's clock
// reads it) by `officer`, stores it and adds its hash to `body` (document_cite_key) and to
// `blobs`. Without a signed configuration (no sync yet) nothing is issued and false returned.
bool issue_sim_paper(SimStation& station, DocumentKind kind, const std::string& officer, std::int64_t at, Json& body,
                     std::vector<std::string>& blobs);

}  // namespace fg::relay
