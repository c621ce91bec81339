#pragma once
// The one list of document kinds: the fair configuration's required documents
// (fairconfig/required_documents.h) and the case events (document.attached kind,
// admissibility.checked missing) both use these names, so a checklist entry and the document
// attached for it carry the same word and nothing maps between them.
#include <algorithm>
#include <array>
#include <string_view>

namespace fg::events {

inline constexpr std::array kDocumentKinds = {
    std::string_view{"identity"},              // ID card, passport (the filer)
    std::string_view{"company_registration"},  // business licence of a company filer
    std::string_view{"agent_identity"},        // the agent's own identity document
    std::string_view{"power_of_attorney"},     // when an agent files
    std::string_view{"patent_certificate"},
    std::string_view{"patent_text"},        // claims, description, drawings
    std::string_view{"legal_status"},       // proof the right is in force (annual fee paid)
    std::string_view{"evaluation_report"},  // patent evaluation report (utility model, design)
    std::string_view{"trademark_certificate"},
    std::string_view{"copyright_proof"},
    std::string_view{"gi_approval"},       // geographical indication approval
    std::string_view{"licence_contract"},  // when a licensee files
    std::string_view{"notarisation"},      // documents issued abroad
    std::string_view{"other"},
};

inline bool is_document_kind(std::string_view kind) {
  return std::find(kDocumentKinds.begin(), kDocumentKinds.end(), kind) != kDocumentKinds.end();
}

}  // namespace fg::events
