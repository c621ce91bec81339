#pragma once
// Which documents a complainant must present, per right type and per kind of filer (docs/domain.md,
// Step 2: intake; Required documents). A per-fair setting carried in the signed fair configuration.
#include <map>
#include <string>
#include <vector>

#include "ledger/canonical.h"

namespace fg {

// Right types as used in events and the configuration.
inline const std::vector<std::string> kRightTypes = {"invention", "utility_model", "design",
                                                     "trademark", "copyright",     "geographical_indication"};

// Document kinds are the names of cases/document_kinds.h, the same the case events carry.
struct RequiredDocuments {
  std::map<std::string, std::vector<std::string>> by_right;  // right type -> document kinds
  std::vector<std::string> if_agent;                         // added when an agent files
  std::vector<std::string> if_licensee;                      // added when a licensee files
  std::vector<std::string> if_foreign;                       // added for documents issued abroad

  // Everything required for one filing; unknown right type gives only the filer-based kinds.
  std::vector<std::string> for_filing(const std::string& right_type, bool agent, bool licensee, bool foreign) const;

  Json to_json() const;
  // Throws std::invalid_argument naming the field that has the wrong shape or an unknown kind.
  static RequiredDocuments from_json(const Json& j);
  bool operator==(const RequiredDocuments&) const = default;
};

// The defaults from the 2006 Measures and the CNIPA 2022 Guidelines in docs/domain.md, Required documents.
RequiredDocuments default_required_documents();

}  // namespace fg
