#include "admin/case_paper.h"

#include <stdexcept>

#include "documents/document_pdf.h"
#include "ledger/json_fields.h"

namespace fg::relay {

CasePaper render_case_paper(RelayData& relay, const std::string& case_number, DocumentKind kind) {
  const std::vector<SignedEvent> events = relay.events().working_in_fold_order();
  const std::string_view type = issuing_event_type(kind);
  const SignedEvent* issuing = nullptr;
  for (const SignedEvent& e : events)
    if (e.event.type == type && string_at(e.event.body, "case_number") == case_number) {
      issuing = &e;  // the first in fold order: a later one is flagged by the fold, not a new paper
      break;
    }
  if (!issuing)
    throw std::runtime_error("case " + case_number + " has no " + std::string(type) + " event: no " +
                             std::string(document_kind_name(kind)) +
                             " was issued (or the relay has not received it yet)");
  CasePaper p;
  p.pdf = render_issued_document(events, *issuing, relay.fair_config());
  p.issued_by = issuing->hash_hex();
  p.issuing_type = std::string(type);
  p.cited = string_at(issuing->event.body, document_cite_key(kind));
  return p;
}

}  // namespace fg::relay
