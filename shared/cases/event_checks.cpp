#include "cases/event_checks.h"

#include <algorithm>
#include <span>

#include "cases/event_types.h"

namespace fg {

namespace {
namespace ev = events;
using Allowed = std::span<const std::string_view>;

enum class Need { Optional, Required };

std::string quoted_list(Allowed allowed) {
  std::string out;
  for (auto a : allowed) out += (out.empty() ? "" : ", ") + std::string(a);
  return out;
}

// Each check returns an empty string when fine; the first failure wins.
struct Checker {
  const Json& body;
  std::string problem;

  const Json* get(const char* key, Need need) {
    if (!problem.empty()) return nullptr;
    auto it = body.find(key);
    if (it == body.end() || it->is_null()) {
      if (need == Need::Required) problem = std::string("body lacks required key '") + key + "'";
      return nullptr;
    }
    return &*it;
  }
  void string(const char* key, Need need = Need::Optional) {
    const Json* v = get(key, need);
    if (v && !v->is_string())
      problem = std::string("body key '") + key + "' must be a string";
    else if (v && need == Need::Required && v->get_ref<const std::string&>().empty())
      problem = std::string("body key '") + key + "' must not be empty";
  }
  void integer(const char* key, Need need = Need::Optional) {
    const Json* v = get(key, need);
    if (v && !v->is_number_integer()) problem = std::string("body key '") + key + "' must be an integer (ms UTC)";
  }
  void boolean(const char* key, Need need = Need::Optional) {
    const Json* v = get(key, need);
    if (v && !v->is_boolean()) problem = std::string("body key '") + key + "' must be true or false";
  }
  void one_of(const char* key, Allowed allowed, Need need = Need::Optional) {
    const Json* v = get(key, need);
    if (!v) return;
    if (!v->is_string() || std::find(allowed.begin(), allowed.end(), v->get_ref<const std::string&>()) == allowed.end())
      problem = std::string("body key '") + key + "' is " + v->dump() + ", not one of: " + quoted_list(allowed);
  }
  void list_of(const char* key, Allowed allowed, Need need = Need::Optional) {
    const Json* v = get(key, need);
    if (!v) return;
    if (!v->is_array()) {
      problem = std::string("body key '") + key + "' must be an array";
      return;
    }
    for (const auto& item : *v) {
      bool ok = item.is_string() && (allowed.empty() || std::find(allowed.begin(), allowed.end(),
                                                                  item.get_ref<const std::string&>()) != allowed.end());
      if (!ok) {
        problem = std::string("body key '") + key + "' holds " + item.dump() +
                  (allowed.empty() ? ", not a string" : ", not one of: " + quoted_list(allowed));
        return;
      }
    }
  }
};
}  // namespace

bool is_case_event_type(std::string_view type) {
  return std::find(ev::kAllTypes.begin(), ev::kAllTypes.end(), type) != ev::kAllTypes.end();
}

std::string body_problem(const Event& e) {
  if (!e.body.is_object()) return "body is not a JSON object";
  Checker c{e.body, {}};
  c.string("case_number", Need::Required);
  const std::string_view t = e.type;
  if (t == ev::kCaseOpened) {
    c.string("booth");  // may be empty at the desk: the respondent step gives it
    c.string("hall");
    c.string("station");
    c.integer("received_at");
  } else if (t == ev::kComplainantRecorded) {
    for (const char* k : {"name", "id_number", "country", "badge", "agent", "agent_badge", "power_of_attorney"})
      c.string(k);
    c.one_of("kind", ev::kComplainantKinds);
  } else if (t == ev::kRightRecorded) {
    c.one_of("right_type", ev::kRightTypes);
    for (const char* k : {"number", "title", "grant_date", "legal_status", "evaluation_report"}) c.string(k);
    c.one_of("licence_type", ev::kLicenceTypes);
  } else if (t == ev::kRespondentRecorded) {
    for (const char* k : {"exhibitor", "booth", "hall", "delegation", "industry"}) c.string(k);
    c.one_of("booth_source", ev::kBoothSources);
  } else if (t == ev::kProductRecorded) {
    for (const char* k : {"description", "model", "code", "code_format", "url"}) c.string(k);
    c.one_of("display_form", ev::kDisplayForms);
  } else if (t == ev::kGroundsRecorded) {
    c.string("text");
  } else if (t == ev::kDocumentAttached) {
    c.one_of("kind", ev::kDocumentKinds, Need::Required);
    c.string("blob", Need::Required);
    c.string("note");
  } else if (t == ev::kEvidenceAdded) {
    c.one_of("kind", ev::kEvidenceKinds, Need::Required);
    for (const char* k : {"blob", "text", "booth", "station", "source", "media_type", "file_name", "code_format"})
      c.string(k);
    for (const char* k : {"captured_at", "booth_sticker_at", "size"}) c.integer(k);
    c.boolean("original_seen");
  } else if (t == ev::kEvidenceCorrected) {
    const Json* target = c.get("corrects", Need::Required);
    if (target && !(target->is_object() && ((target->contains("hash") && (*target)["hash"].is_string()) ||
                                            (target->contains("device") && (*target)["device"].is_string() &&
                                             target->contains("seq") && (*target)["seq"].is_number_integer()))))
      c.problem = "body key 'corrects' must be {\"device\", \"seq\"} or {\"hash\"}";
    c.one_of("kind", ev::kEvidenceKinds);
    for (const char* k : {"blob", "text", "booth", "reason"}) c.string(k);
    c.integer("captured_at");
    c.boolean("original_seen");
  } else if (t == ev::kAdmissibilityChecked) {
    for (const char* k : {"complete", "duplicate", "prior_session"}) c.boolean(k);
    c.list_of("missing", ev::kDocumentKinds);
    c.string("note");
  } else if (t == ev::kCaseRejected) {
    c.string("reason", Need::Required);
  } else if (t == ev::kNoticeServed) {
    c.integer("served_at");
    c.string("sticker");
    c.boolean("sticker_verified");
  } else if (t == ev::kDefenceRecorded) {
    c.integer("received_at");
    c.string("summary");
    c.list_of("evidence", {});
  } else if (t == ev::kDecisionRecorded) {
    c.one_of("outcome", ev::kOutcomes, Need::Required);
    c.list_of("measures", ev::kMeasures);
    c.one_of("sanction", ev::kSanctions);
  } else if (t == ev::kCaseWithdrawn || t == ev::kCaseTransferred) {
    c.string("reason");
    c.string("to");
  } else if (t == ev::kAckSigned) {
    c.one_of("party", ev::kParties, Need::Required);
    c.string("signature", Need::Required);
    c.string("signer");
    c.string("about");
  } else if (t == ev::kAckRefused) {
    c.one_of("party", ev::kParties, Need::Required);
    c.string("photo", Need::Required);
    c.string("witness", Need::Required);
    c.string("signer");
    c.string("role");
    c.string("about");
  }
  return c.problem;
}

}  // namespace fg
