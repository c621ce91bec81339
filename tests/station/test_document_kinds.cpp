// One list of document kinds for the fair configuration and the case events
// (cases/document_kinds.h): every kind a fair can require can be attached and reported
// missing without any mapping, and a configuration naming another kind is refused.
#include <catch2/catch.hpp>

#include "cases/document_kinds.h"
#include "fairconfig/required_documents.h"

using namespace fg;

TEST_CASE("every required document of the default configuration is an event document kind", "[station]") {
  const RequiredDocuments d = default_required_documents();
  std::vector<std::string> all = d.if_agent;
  all.insert(all.end(), d.if_licensee.begin(), d.if_licensee.end());
  all.insert(all.end(), d.if_foreign.begin(), d.if_foreign.end());
  for (const auto& [right, kinds] : d.by_right) all.insert(all.end(), kinds.begin(), kinds.end());
  for (const std::string& kind : all) {
    INFO(kind);
    CHECK(events::is_document_kind(kind));
  }
  CHECK_FALSE(events::is_document_kind("legal_status_proof"));  // the old event name is gone
}

TEST_CASE("a fair configuration naming an unknown document kind is refused with its name", "[station]") {
  Json j = default_required_documents().to_json();
  CHECK(RequiredDocuments::from_json(j) == default_required_documents());
  j["by_right"]["trademark"].push_back("trademark_copy");
  try {
    (void)RequiredDocuments::from_json(j);
    FAIL("accepted an unknown kind");
  } catch (const std::invalid_argument& e) {
    CHECK(std::string(e.what()).find("trademark_copy") != std::string::npos);
  }
}
