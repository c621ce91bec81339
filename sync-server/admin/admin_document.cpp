// `fairguard-relay document`: a case's paper made again from the relay's events, byte for byte
// what the station made from the same events (docs/documents.md), checked against the PDF the
// issuing event cites.
#include <fstream>
#include <stdexcept>

#include "admin/admin_commands.h"
#include "crypto/sha256.h"
#include "data/relay_data.h"
#include "documents/document_pdf.h"
#include "ledger/json_fields.h"

namespace fg::relay {

DocumentResult admin_document(const std::filesystem::path& data, const std::string& case_number,
                              const std::string& kind_name, const std::filesystem::path& file, std::ostream& out) {
  const auto kind = document_kind_from_name(kind_name);
  if (!kind)
    throw std::invalid_argument("document kind '" + kind_name +
                                "' is not one of notice, acceptance, rejection, decision");
  RelayData relay(data);
  const std::vector<SignedEvent> events = relay.events().working_in_fold_order();
  const std::string_view type = issuing_event_type(*kind);
  const SignedEvent* issuing = nullptr;
  for (const SignedEvent& e : events)
    if (e.event.type == type && string_at(e.event.body, "case_number") == case_number) {
      issuing = &e;  // the first in fold order: a later one is flagged by the fold, not a new paper
      break;
    }
  if (!issuing)
    throw std::runtime_error("case " + case_number + " has no " + std::string(type) + " event: no " + kind_name +
                             " was issued (or the relay has not received it yet)");
  const std::string pdf = render_issued_document(events, *issuing, relay.fair_config());

  const std::filesystem::path partial = file.string() + ".partial";
  {
    std::ofstream f(partial, std::ios::binary | std::ios::trunc);
    f << pdf;
    f.close();
    if (!f) {
      std::filesystem::remove(partial);
      throw std::runtime_error("cannot write " + file.string());
    }
  }
  std::filesystem::rename(partial, file);

  DocumentResult r;
  r.sha256 = to_hex(sha256(as_bytes(pdf)));
  r.cited = string_at(issuing->event.body, *kind == DocumentKind::Notice ? "notice" : "document");
  out << "Wrote " << file.string() << " (" << pdf.size() << " bytes, sha256 " << r.sha256 << "): the " << kind_name
      << " of " << case_number << " issued by " << type << " " << issuing->hash_hex() << "\n";
  if (r.cited.empty())
    out << "The event cites no PDF: nothing to compare with.\n";
  else if (r.cited == r.sha256)
    out << "Same bytes as the PDF the event cites.\n";
  else
    out << "DIFFERS from the PDF the event cites (" << r.cited
        << "): the station rendered it from other events or another configuration.\n";
  return r;
}

}  // namespace fg::relay
