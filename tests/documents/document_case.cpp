#include "document_case.h"

#include "crypto/password.h"

namespace fg::test {

DocumentCase::DocumentCase() {
  config_.version = 3;
  config_.issued_at = kFairStart - 24 * kHour;
  config_.fair = {"CF138", "第139届中国进出口商品交易会", "广州 琶洲", "2026-04-12", "2026-04-16", "Asia/Shanghai",
                  {"11.2"}};
  config_.booths = {{"11.2C18", "11.2", "Ningbo Bright Ltd.", "Zhejiang", "lighting"}};
  Officer wang{"GZ001", "王芳", hash_password("1234", PasswordCost::Test), false};
  wang.credential = OfficerCredential{"44010020230001", "2027-06-30"};
  Officer li{"GZ002", "Li Lei", hash_password("5678", PasswordCost::Test), false};
  li.credential = OfficerCredential{"44010020230002", "2026-12-31"};
  Officer zhao{"GZ003", "赵敏", hash_password("2468", PasswordCost::Test), false};  // no credential on the roster
  config_.officers = {wang, li, zhao};
  config_.devices = {{station_.device(), "Hall 11 desk", "S01", false}};
  station_.set_time(kFairStart);  // 2026-04-12 13:20 UTC, 21:20 in Guangzhou
}

void DocumentCase::intake() {
  const std::string no = kNumber;
  station_.act("case.opened", {{"case_number", no}, {"booth", "11.2C18"}, {"hall", "11.2"}, {"station", "S01"}});
  station_.act("complainant.recorded", {{"case_number", no},
                                        {"name", "深圳明光科技有限公司 Shenzhen Lumen Co."},
                                        {"kind", "company"},
                                        {"id_number", "91440300MA5TEST01"},
                                        {"country", "CN"},
                                        {"agent", "Chen Jing"}});
  station_.act(
      "right.recorded",
      {{"case_number", no}, {"right_type", "design"}, {"number", "ZL 2019 3 0123456.7"}, {"title", "Desk lamp"}});
  station_.act("respondent.recorded", {{"case_number", no},
                                       {"exhibitor", "Ningbo Bright Ltd."},
                                       {"booth", "11.2C18"},
                                       {"hall", "11.2"},
                                       {"booth_source", "sticker_verified"}});
  station_.act("product.recorded", {{"case_number", no},
                                    {"description", "LED desk lamp"},
                                    {"model", "BL-200"},
                                    {"code", "4006381333931"},
                                    {"display_form", "exhibit"}});
  station_.act("case.filed", {{"case_number", no}});
}

IssuedDocument DocumentCase::issue(DocumentKind kind, Json body, const char* cite_as) {
  const FoldResult fold = fold_cases(events(), "CF138");
  const Case* c = fold.find(kNumber);
  DocumentRequest request{kind, body, station_.now(), "GZ001", "S01"};
  IssuedDocument d;
  d.kind = kind;
  d.pdf = render_document(*c, config_, request);
  d.last_hash = c->timeline.back().ref.hash;
  d.deadline = document_deadline(request).value_or(0);
  const std::string blob = blob_of(d.pdf);
  body[cite_as] = blob;
  d.issuing = station_.act(std::string(issuing_event_type(kind)), body, {blob});
  return d;
}

IssuedDocument DocumentCase::accept() {
  intake();
  station_.advance(10 * 60'000);  // 21:30 local
  return issue(DocumentKind::Acceptance, {{"case_number", kNumber}}, "document");
}

IssuedDocument DocumentCase::reject() {
  intake();
  station_.act("admissibility.checked", {{"case_number", kNumber},
                                         {"complete", false},
                                         {"missing", Json::array({"evaluation_report", "legal_status"})},
                                         {"duplicate", false},
                                         {"prior_session", false}});
  station_.advance(10 * 60'000);
  return issue(DocumentKind::Rejection,
               {{"case_number", kNumber}, {"reason", "专利权评价报告未提交 No patent evaluation report"}}, "document");
}

IssuedDocument DocumentCase::serve() {
  station_.advance(kHour);  // served 22:30 local: the defence runs to 22:30 the next day
  return issue(DocumentKind::Notice,
               {{"case_number", kNumber},
                {"served_at", station_.now()},
                {"sticker", "FG1|CF138|11.2|11.2C18|sig"},
                {"sticker_verified", true},
                {"recipient", "Zhou Qiang, sales manager"},
                {"officers", Json::array({"GZ002"})}},
               "notice");
}

IssuedDocument DocumentCase::decide() {
  station_.advance(6 * kHour);
  station_.act("defence.recorded", {{"case_number", kNumber}, {"summary", "Prior art: catalogue of 2017."}});
  station_.advance(14 * kHour);  // 2026-04-13 18:30 local
  return issue(DocumentKind::Decision,
               {{"case_number", kNumber},
                {"outcome", "exhibit_covered"},
                {"measures", Json::array({"exhibit_covered", "materials_sealed"})},
                {"sanction", "none"},
                {"reasons", "The lamp shows the same overall impression as the registered design."},
                {"officers", Json::array({"GZ003"})}},
               "document");
}

std::vector<IssuedDocument> all_documents(DocumentCase& c) {
  std::vector<IssuedDocument> out;
  out.push_back(c.accept());
  out.push_back(c.serve());
  out.push_back(c.decide());
  return out;
}

}  // namespace fg::test
