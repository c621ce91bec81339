#include "fairconfig/required_documents.h"

#include <stdexcept>

#include "cases/document_kinds.h"

namespace fg {

std::vector<std::string> RequiredDocuments::for_filing(const std::string& right_type, bool agent, bool licensee,
                                                       bool foreign) const {
  std::vector<std::string> out;
  if (auto it = by_right.find(right_type); it != by_right.end()) out = it->second;
  auto add = [&out](const std::vector<std::string>& extra) { out.insert(out.end(), extra.begin(), extra.end()); };
  if (agent) add(if_agent);
  if (licensee) add(if_licensee);
  if (foreign) add(if_foreign);
  return out;
}

Json RequiredDocuments::to_json() const {
  return Json{{"by_right", by_right}, {"agent", if_agent}, {"licensee", if_licensee}, {"foreign", if_foreign}};
}

namespace {
std::vector<std::string> string_list(const Json& j, const char* name) {
  if (!j.is_array()) throw std::invalid_argument(std::string("documents.") + name + " is not a list");
  std::vector<std::string> out;
  for (const auto& item : j) {
    if (!item.is_string()) throw std::invalid_argument(std::string("documents.") + name + " holds a non-string");
    // A kind outside the shared list could never be attached or ticked off at the station.
    if (!events::is_document_kind(item.get<std::string>()))
      throw std::invalid_argument(std::string("documents.") + name +
                                  " names an unknown document kind: " + item.get<std::string>());
    out.push_back(item.get<std::string>());
  }
  return out;
}
}  // namespace

RequiredDocuments RequiredDocuments::from_json(const Json& j) {
  if (!j.is_object()) throw std::invalid_argument("documents is not an object");
  for (const char* key : {"by_right", "agent", "licensee", "foreign"})
    if (!j.contains(key)) throw std::invalid_argument(std::string("documents lacks ") + key);
  if (!j["by_right"].is_object()) throw std::invalid_argument("documents.by_right is not an object");
  RequiredDocuments d;
  for (const auto& [right, list] : j["by_right"].items()) d.by_right[right] = string_list(list, right.c_str());
  d.if_agent = string_list(j["agent"], "agent");
  d.if_licensee = string_list(j["licensee"], "licensee");
  d.if_foreign = string_list(j["foreign"], "foreign");
  return d;
}

RequiredDocuments default_required_documents() {
  RequiredDocuments d;
  // Every filer proves who they are (ID card, passport or company registration).
  d.by_right["invention"] = {"identity", "patent_certificate", "patent_text", "legal_status"};
  // Utility models and designs are granted without substantive examination: the evaluation
  // report (专利权评价报告) is what shows the right is likely valid.
  d.by_right["utility_model"] = {"identity", "patent_certificate", "patent_text", "legal_status", "evaluation_report"};
  d.by_right["design"] = {"identity", "patent_certificate", "patent_text", "legal_status", "evaluation_report"};
  d.by_right["trademark"] = {"identity", "trademark_certificate", "legal_status"};
  d.by_right["copyright"] = {"identity", "copyright_proof"};
  d.by_right["geographical_indication"] = {"identity", "gi_approval"};
  d.if_agent = {"power_of_attorney", "agent_identity"};
  d.if_licensee = {"licence_contract"};
  d.if_foreign = {"notarisation"};
  return d;
}

}  // namespace fg
