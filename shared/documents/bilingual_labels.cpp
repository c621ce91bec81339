#include "documents/bilingual_labels.h"

#include <map>

namespace fg {

std::string bilingual_label(std::string_view key) {
  static const std::map<std::string, std::string, std::less<>> names = {
      {"invention", "发明专利 Invention patent"},
      {"utility_model", "实用新型 Utility model"},
      {"design", "外观设计 Design patent"},
      {"trademark", "商标 Trademark"},
      {"copyright", "著作权 Copyright"},
      {"geographical_indication", "地理标志 Geographical indication"},
      {"exhibit_withdrawn", "撤展 Exhibit withdrawn"},
      {"exhibit_covered", "遮盖 Exhibit covered"},
      {"no_infringement", "未构成侵权 No infringement"},
      {"settled", "调解 Settled by mediation"},
      {"complaint_withdrawn", "决定撤诉 Decided: withdrawn"},
      {"withdrawn", "决定前撤回 Withdrawn before decision"},
      {"transferred", "移交立案 Transferred as formal case"},
      {"rejected", "不予受理 Rejected"},
      {"open", "未结 Open"},
      {"exhibit_removed", "撤下展品 Exhibit removed"},
      {"materials_sealed", "封存宣传资料 Materials sealed"},
      {"materials_removed", "撤下宣传资料 Materials removed"},
      {"link_taken_down", "删除链接 Link taken down"},
      {"none", "无 None"},
      {"delegation_notice", "通报交易团 Notice to delegation"},
      {"fair_notice", "全会通报 Notice to the fair"},
      {"excluded_next_session", "取消下届参展资格 Excluded next session"},
      {"identity", "身份证明 Identity document"},
      {"company_registration", "营业执照 Company registration"},
      {"agent_identity", "代理人身份证明 Agent's identity document"},
      {"power_of_attorney", "授权委托书 Power of attorney"},
      {"patent_certificate", "专利证书 Patent certificate"},
      {"patent_text", "专利文本 Patent text"},
      {"legal_status", "法律状态证明 Proof of legal status"},
      {"evaluation_report", "专利权评价报告 Patent evaluation report"},
      {"trademark_certificate", "商标注册证 Trademark certificate"},
      {"copyright_proof", "著作权证明 Proof of copyright"},
      {"gi_approval", "地理标志批准文件 GI approval"},
      {"licence_contract", "许可合同 Licence contract"},
      {"notarisation", "公证认证 Notarisation"},
      {"other", "其他 Other"},
      {"", "未记录 Not recorded"},
  };
  auto it = names.find(key);
  return it != names.end() ? it->second : std::string(key);
}

}  // namespace fg
