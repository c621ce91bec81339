#include "sim/sim_papers.h"

#include <stdexcept>

#include "cases/case_fold.h"
#include "documents/document_pdf.h"
#include "ledger/json_fields.h"
#include "sim/sim_station.h"

namespace fg::relay {

bool issue_sim_paper(SimStation& station, DocumentKind kind, const std::string& officer, std::int64_t at, Json& body,
                     std::vector<std::string>& blobs) {
  const FairConfig* config = station.fair_config();
  if (!config) return false;
  // Every event this station holds comes before the one about to be made (its clock is ahead
  // of all of them), as on the station app.
  const std::vector<SignedEvent> events = station.store().working_in_fold_order();
  const FoldResult fold = fold_cases(events, station.store().fair());
  const std::string number = string_at(body, "case_number");
  const Case* c = fold.find(number);
  if (!c) throw std::invalid_argument("the simulated station holds no case " + number);
  const std::string pdf = render_document(*c, *config, {kind, body, at, officer, station.code()});
  const std::string hash = station.blobs().put(as_bytes(pdf)).hash;
  body[document_cite_key(kind)] = hash;
  blobs.push_back(hash);
  return true;
}

}  // namespace fg::relay
