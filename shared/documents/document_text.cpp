#include "documents/document_text.h"

#include <algorithm>
#include <stdexcept>

#include "cases/event_types.h"
#include "documents/bilingual_labels.h"
#include "fairconfig/fair_time.h"
#include "ledger/json_fields.h"

namespace fg {

namespace {

constexpr const char* kNotGiven = "未记录 Not recorded";

std::string or_not_given(const std::string& s) { return s.empty() ? kNotGiven : s; }

// Non-empty parts joined with `sep`.
std::string join(const std::vector<std::string>& parts, const char* sep) {
  std::string out;
  for (const auto& p : parts) {
    if (p.empty()) continue;
    if (!out.empty()) out += sep;
    out += p;
  }
  return out;
}

std::string complainant_text(const Case& c) {
  std::string s = string_at(c.complainant, "name");
  if (const std::string agent = string_at(c.complainant, "agent"); !agent.empty())
    s += "（代理人 Agent: " + agent + "）";
  return or_not_given(s);
}

std::string respondent_text(const Case& c, const FairConfig& config) {
  std::string exhibitor = string_at(c.respondent, "exhibitor");
  if (exhibitor.empty())
    if (const Booth* b = config.find_booth(c.respondent_booth())) exhibitor = b->exhibitor;
  return or_not_given(exhibitor);
}

std::string booth_text(const Case& c) {
  std::string hall = string_at(c.respondent, "hall");
  if (hall.empty()) hall = c.hall;
  return or_not_given(join({c.respondent_booth(), hall.empty() ? "" : "展馆 Hall " + hall}, "  "));
}

std::string right_text(const Case& c) {
  if (c.right_type().empty() && c.right_number().empty()) return kNotGiven;
  return join(
      {c.right_type().empty() ? "" : bilingual_label(c.right_type()), c.right_number(), string_at(c.right, "title")},
      "  ");
}

std::string product_text(const Case& c) {
  const std::string model = string_at(c.product, "model"), code = string_at(c.product, "code");
  return or_not_given(join({string_at(c.product, "description"), model.empty() ? "" : "型号 Model " + model,
                            code.empty() ? "" : "编码 Code " + code},
                           "  "));
}

std::string station_text(const FairConfig& config, const std::string& code) {
  for (const DeviceEntry& d : config.devices)
    if (d.code == code) return d.station + " (" + code + ")";
  return or_not_given(code);
}

std::string officer_line(const FairConfig& config, const std::string& id) {
  const Officer* o = config.find_officer(id);
  if (!o) return id + "（不在名册 not on the roster）";
  std::string line = o->name + " (" + o->id + ")  执法证号 Credential No. ";
  line += o->credential ? o->credential->number + "（有效期至 valid to " + o->credential->expires + "）"
                        : std::string("未登记 not on the roster");
  return line;
}

std::vector<std::string> officer_ids(const DocumentRequest& r) {
  std::vector<std::string> ids;
  if (!r.officer.empty()) ids.push_back(r.officer);
  for (const std::string& id : strings_at(r.body, "officers"))
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
  return ids;
}

std::string labels_of(const std::vector<std::string>& keys) {
  std::vector<std::string> names;
  names.reserve(keys.size());
  for (const auto& k : keys) names.push_back(bilingual_label(k));
  return join(names, "；");
}

// The fixed words of each paper, in DocumentKind order.
struct Wording {
  const char* title_zh;
  const char* title_en;
  const char* asked_zh;
  const char* asked_en;
  const char* signature;  // what the recipient signs for
};
constexpr Wording kWording[] = {
    {"投诉通知书", "Notice of complaint",
     "本处已受理上述投诉人关于贵方在本届展会展出的上述产品涉嫌侵犯上述权利的投诉。贵方可在下列期限前向本工作站提交书面"
     "答辩及证据（如现有技术证据、无效宣告请求）。逾期未答辩的，不影响本处作出处理决定。",
     "This office has accepted the complaint above that the product you exhibit at this fair infringes the right "
     "above. You may give this station a written defence with evidence (prior art, a request for invalidation) before "
     "the deadline below. Without a defence the officers still decide.",
     "签收人（姓名、职务）Received by (name, role)"},
    {"受理通知书", "Notice of acceptance",
     "您的投诉材料齐全，本处决定受理。执法人员将在下列期限前向被投诉人送达投诉通知书，被投诉人自送达起有 24 "
     "小时答辩期。请保持联系方式畅通，等候处理结果。",
     "Your complaint is complete and has been accepted. The officers will serve the notice of complaint on the "
     "respondent before the deadline below; the respondent then has 24 hours to answer. Please stay reachable for the "
     "outcome.",
     "投诉人签收 Received by the complainant"},
    {"不予受理通知书", "Notice of rejection", "您的投诉不予受理，理由见上。补齐所缺材料后，可在展会结束前重新投诉。",
     "Your complaint is not accepted, for the reason above. Once you bring what is missing you may file again before "
     "the fair closes.",
     "投诉人签收 Received by the complainant"},
    {"处理决定书", "Decision notice",
     "经审查投诉及答辩，本处作出上述处理决定。被投诉人应自下列时间起立即执行上述措施。",
     "Having examined the complaint and the defence, this office decides as above. The respondent carries out the "
     "measures above at once, from the time below.",
     "被投诉人签收 Received by the respondent"},
};

std::vector<DocumentLine> rejection_ruling(const Case& c, const DocumentRequest& r) {
  std::vector<DocumentLine> out{{"不予受理理由 Reason", or_not_given(string_at(r.body, "reason"))}};
  const auto missing = strings_at(c.admissibility, "missing");
  if (!missing.empty()) out.push_back({"所缺材料 Missing documents", labels_of(missing)});
  return out;
}

std::vector<DocumentLine> decision_ruling(const Case& c, const DocumentRequest& r) {
  const auto measures = strings_at(r.body, "measures");
  std::string reasons = string_at(r.body, "reasons");
  if (reasons.empty()) reasons = string_at(r.body, "note");
  std::string defence = "未收到答辩 No defence received";
  if (!c.defences.empty())
    defence = "已收到答辩 " + std::to_string(c.defences.size()) +
              " 份 Defences received: " + std::to_string(c.defences.size()) + (c.defence_late() ? "（逾期 late）" : "");
  return {{"处理结果 Outcome", bilingual_label(string_at(r.body, "outcome"))},
          {"处理措施 Measures", measures.empty() ? std::string("无 None") : labels_of(measures)},
          {"处罚 Sanction", bilingual_label(string_at(r.body, "sanction"))},
          {"理由 Reasons", or_not_given(reasons)},
          {"答辩 Defence", defence}};
}

}  // namespace

std::optional<std::int64_t> document_deadline(const DocumentRequest& r) {
  switch (r.kind) {
    case DocumentKind::Notice:
      return int_at(r.body, "served_at", r.issued_at) + events::kDefencePeriodMs;
    case DocumentKind::Acceptance:
      return r.issued_at + events::kDefencePeriodMs;  // hand-on within 24 h (2006 Measures art. 11)
    case DocumentKind::Decision:
      return r.issued_at;
    case DocumentKind::Rejection:
      return std::nullopt;
  }
  return std::nullopt;
}

DocumentText document_text(const Case& c, const FairConfig& config, const DocumentRequest& r) {
  if (c.timeline.empty()) throw std::invalid_argument("case " + c.number + " has no events to issue a document on");
  const std::string& zone = config.fair.timezone;
  DocumentText t;
  t.fair = config.fair.name + " (" + config.fair.id + ")" + (config.fair.venue.empty() ? "" : "  " + config.fair.venue);
  const bool to_complainant = r.kind == DocumentKind::Acceptance || r.kind == DocumentKind::Rejection;
  t.recipient = std::string("致 To: ") + (to_complainant ? complainant_text(c) : respondent_text(c, config));
  t.facts = {
      {"案件编号 Case number", c.number},
      {"投诉人 Complainant", complainant_text(c)},
      {"被投诉人 Respondent", respondent_text(c, config)},
      {"展位 Booth", booth_text(c)},
      {"权利 Right", right_text(c)},
      {"涉嫌侵权产品 Product", product_text(c)},
      {"工作站 Station", station_text(config, r.station)},
      {"日期 Issued", format_fair_time(r.issued_at, zone, true)},
  };
  const Wording& w = kWording[static_cast<std::size_t>(r.kind)];
  t.title_zh = w.title_zh;
  t.title_en = w.title_en;
  t.asked_zh = w.asked_zh;
  t.asked_en = w.asked_en;
  t.signature_label = w.signature;
  if (const std::string recipient = string_at(r.body, "recipient");
      r.kind == DocumentKind::Notice && !recipient.empty())
    t.signature_label += "：" + recipient;
  if (r.kind == DocumentKind::Rejection) t.ruling = rejection_ruling(c, r);
  if (r.kind == DocumentKind::Decision) t.ruling = decision_ruling(c, r);
  const auto deadline = document_deadline(r);
  if (!deadline)
    t.deadline = "无；展会结束前可重新投诉 None; file again before the fair closes (" + config.fair.to + ")";
  else if (r.kind == DocumentKind::Decision)
    t.deadline = "立即执行，自 At once, from " + format_fair_time(*deadline, zone, true);
  else
    t.deadline = format_fair_time(*deadline, zone, true);
  for (const std::string& id : officer_ids(r)) t.officers.push_back(officer_line(config, id));
  t.qr = DocumentQr{r.kind, c.number, c.timeline.back().ref.hash};
  return t;
}

}  // namespace fg
