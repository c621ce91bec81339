#include "console/html.h"

#include <cstdio>
#include <map>

namespace fg::relay::console {

namespace {

// The code point at text[i] and its length; nullopt-like {-1, 1} for invalid UTF-8.
std::pair<long, std::size_t> next_code_point(std::string_view text, std::size_t i) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char c = b(i);
  if (c < 0x80) return {c, 1};
  std::size_t len = c >= 0xf0 && c <= 0xf4 ? 4 : c >= 0xe0 ? 3 : c >= 0xc2 && c < 0xe0 ? 2 : 0;
  if (len == 0 || i + len > text.size()) return {-1, 1};
  long cp = c & (len == 2 ? 0x1f : len == 3 ? 0x0f : 0x07);
  for (std::size_t k = 1; k < len; ++k) {
    if ((b(i + k) & 0xc0) != 0x80) return {-1, 1};
    cp = (cp << 6) | (b(i + k) & 0x3f);
  }
  const long min = len == 2 ? 0x80 : len == 3 ? 0x800 : 0x10000;
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return {-1, 1};
  return {cp, len};
}

}  // namespace

std::string escape_html(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (std::size_t i = 0; i < text.size();) {
    const auto [cp, len] = next_code_point(text, i);
    if (cp < 0) {
      out += "\xEF\xBF\xBD";  // U+FFFD
    } else if ((cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069)) {
      char code[16];
      std::snprintf(code, sizeof code, "[U+%04lX]", cp);
      out += code;
    } else if (cp < 0x20 || cp == 0x7f) {
      if (cp == '\t' || cp == '\n' || cp == '\r') out += static_cast<char>(cp);
    } else {
      switch (cp) {
        case '&':
          out += "&amp;";
          break;
        case '<':
          out += "&lt;";
          break;
        case '>':
          out += "&gt;";
          break;
        case '"':
          out += "&quot;";
          break;
        case '\'':
          out += "&#39;";
          break;
        default:
          out.append(text.substr(i, len));
      }
    }
    i += len;
  }
  return out;
}

std::string field_label(Lang lang, std::string_view key) {
  if (lang == Lang::Zh) return std::string(tr(lang, key));
  static const std::map<std::string_view, std::string_view> en = {
      {"id_number", "ID number"},   {"captured_at", "Taken at"},  {"agent_badge", "Agent's badge"},
      {"number", "Right number"},   {"right_type", "Right type"}, {"booth_source", "Booth from"},
      {"display_form", "Shown as"}, {"delegation", "Delegation"}};
  if (const auto it = en.find(key); it != en.end()) return std::string(it->second);
  // Anything else: words instead of underscores, the first capitalised.
  std::string out(key);
  for (char& ch : out)
    if (ch == '_') ch = ' ';
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

const char* lang_code(Lang l) { return l == Lang::Zh ? "zh-CN" : "en"; }

std::string_view tr(Lang lang, std::string_view english) {
  if (lang == Lang::En) return english;
  static const std::map<std::string_view, std::string_view> zh = {
      {"Bureau console", "知识产权保护办公室控制台"},
      {"Sign in", "登录"},
      {"Sign out", "退出登录"},
      {"User", "用户名"},
      {"Password", "密码"},
      {"Wrong user name or password.", "用户名或密码错误。"},
      {"Too many failed sign-ins. Try again in", "登录失败次数过多，请稍后再试（秒）："},
      {"Overview", "概览"},
      {"Not up to date: the relay cannot be reached, or you were signed out. Reload the page.",
       "未能更新：无法连接中继服务器，或您已退出登录。请重新加载页面。"},
      {"As of", "更新于"},
      {"Events received", "已收到的事件"},
      {"Log leaf", "日志叶序号"},
      {"Log leaf: the event's place in the bureau's transparency log. The newest signed tree head covers leaves #0 to",
       "日志叶序号：事件在知识产权局透明日志中的位置。最新签名的树头涵盖第 #0 至"},
      {"signed", "签名于"},
      {"Alerts", "警示"},
      {"A station signed two different events with one number", "同一编号下签署了两个不同事件的工作站"},
      {"Cases in conflict between stations", "工作站之间存在冲突的案件"},
      {"Cases with invalid events", "含无效事件的案件"},
      {"Events that name no case of this fair", "未指向本届展会任何案件的事件"},
      {"Cases", "案件"},
      {"Stations", "工作站"},
      {"Code", "编号"},
      {"Name", "名称"},
      {"Last sync", "最近同步"},
      {"State", "状态"},
      {"never", "从未"},
      {"active", "正常"},
      {"revoked", "已吊销"},
      {"Cases by status", "按状态统计案件"},
      {"Status", "状态"},
      {"Count", "数量"},
      {"Defence deadlines", "答辩期限"},
      {"Case", "案件编号"},
      {"Deadline", "期限"},
      {"overdue", "已逾期"},
      {"due", "未到期"},
      {"None.", "无。"},
      {"All", "全部"},
      {"Search", "搜索"},
      {"Filter", "筛选"},
      {"Booth", "展位"},
      {"Complainant", "投诉人"},
      {"Respondent", "被投诉人"},
      {"Right", "权利"},
      {"Received", "收到投诉时间"},
      {"Previous", "上一页"},
      {"Next", "下一页"},
      {"Page", "页"},
      {"cases", "件"},
      {"Not found", "未找到"},
      {"Times in", "时间以此时区显示："},
      {"Signed in as", "当前用户："},
      {"draft", "草稿"},
      {"filed", "已登记"},
      {"accepted", "已受理"},
      {"rejected", "不予受理"},
      {"notice_served", "已送达通知"},
      {"defence_received", "已收到答辩"},
      {"decided", "已处理"},
      {"withdrawn", "已撤回"},
      {"transferred", "已移送"},
      {"closed", "已结案"},
      {"none", "无"},
      {"Not allowed", "无权访问"},
      {"Hall", "展馆"},
      {"Defence overdue", "答辩已逾期"},
      {"Sort", "排序"},
      {"sort by number", "按案件编号"},
      {"sort by received", "按受理时间"},
      {"sort by deadline", "按答辩期限"},
      {"sort by booth", "按展位"},
      {"sort by status", "按状态"},
      {"ascending", "升序"},
      {"descending", "降序"},
      {"Your role may not open this.", "您的角色无权打开此内容。"},
      {"Station", "工作站"},
      {"hall", "展馆"},
      {"Accepted", "决定受理时间"},
      {"Notice served", "通知送达时间"},
      {"Defence deadline", "答辩期限"},
      {"Decided", "处理时间"},
      {"Closed", "结案时间"},
      {"Outcome", "处理结果"},
      {"Sanction", "处罚"},
      {"Reason", "理由"},
      {"Download the evidence bundle (zip)", "下载证据包（zip）"},
      {"Open the file", "打开文件"},
      {"Product", "涉嫌侵权产品"},
      {"Grounds", "投诉理由"},
      {"Evidence", "证据"},
      {"Evidence files open for reviewers and administrators.", "证据文件仅对审核人和管理员开放。"},
      {"Officer", "执法人员"},
      {"Right type", "权利类型"},
      {"invention", "发明专利"},
      {"utility_model", "实用新型"},
      {"design", "外观设计"},
      {"trademark", "商标"},
      {"copyright", "著作权"},
      {"geographical_indication", "地理标志"},
      {"corrected by a later item", "已被后续证据更正"},
      {"Papers", "文书"},
      {"notice", "投诉通知书"},
      {"acceptance", "受理通知书"},
      {"rejection", "不予受理通知书"},
      {"decision", "处理决定书"},
      {"Conflicts between stations", "工作站之间的冲突"},
      {"Timeline", "时间线"},
      {"Time", "时间"},
      {"Event", "事件"},
      {"Event hash", "事件哈希"},
      {"Who opened this case", "查看此案件的访问记录"},
      {"Access log", "访问记录"},
      {"Every case view, evidence download and bundle export, newest first; each record signed by the bureau key and "
       "chained to the one before.",
       "每次查看案件、下载证据和导出证据包的记录，最新的在前；每条记录均由知识产权局密钥签名，并与上一条相链接。"},
      {"No.", "序号"},
      {"Role", "角色"},
      {"Address", "地址"},
      {"Action", "操作"},
      {"Object", "对象"},
      {"kind", "类型"},
      {"captured_at", "拍摄时间"},
      {"note", "备注"},
      {"text", "文字"},
      {"name", "名称"},
      {"id_number", "证件号码"},
      {"country", "国家或地区"},
      {"agent", "代理人"},
      {"agent_badge", "代理人证号"},
      {"exhibitor", "参展商"},
      {"booth", "展位"},
      {"booth_source", "展位来源"},
      {"delegation", "交易团"},
      {"industry", "行业"},
      {"right_type", "权利类型"},
      {"number", "权利号"},
      {"description", "描述"},
      {"display_form", "展示形式"},
      {"Review", "审核"},
      {"Reviewed", "已审核"},
      {"Needs follow-up", "需跟进"},
      {"Not marked", "未审核"},
      {"Not reviewed yet.", "尚未审核。"},
      {"Mark", "审核标记"},
      {"Note", "备注"},
      {"Save the mark", "保存审核标记"},
      {"Bureau review mark", "知识产权局审核标记"},
      {"Cases reviewed", "已审核案件"},
      {"Cases needing follow-up", "需跟进案件"},
      {"Cases not reviewed", "未审核案件"},
      {"Bureau", "知识产权局"},
      {"signed by the bureau key", "由知识产权局密钥签名"},
      {"the note must be UTF-8 text", "备注必须是 UTF-8 文本"},
      {"Enrol a station", "注册工作站"},
      {"A one-time enrolment code for a new station tablet: the officer scans it on the tablet's enrolment page. It "
       "works once, until it expires.",
       "为新的工作站平板生成一次性注册码：执法人员在平板的注册页面扫描。注册码只能使用一次，过期失效。"},
      {"Station name", "工作站名称"},
      {"Address the tablets connect to (empty: the relay's)", "平板连接的地址（留空：中继服务器的地址）"},
      {"Valid for (minutes)", "有效期（分钟）"},
      {"Issue the enrolment code", "生成注册码"},
      {"Valid until", "有效期至"},
      {"Enrolment code", "注册码"},
      {"Shown once: the relay keeps only its hash. Scan it on the new tablet now, or issue another.",
       "仅显示一次：中继服务器只保存其哈希值。请立即在新平板上扫描，或重新生成。"},
      {"Enrol another station", "注册另一个工作站"},
      {"Report", "统计报告"},
      {"Download summary.pdf", "下载 summary.pdf"},
      {"Download figures.csv", "下载 figures.csv"},
      {"Download figures.json", "下载 figures.json"},
      {"Download cases.csv", "下载 cases.csv"},
      {"Change against the previous session", "与上届比较"},
      {"This session", "本届"},
      {"Previous session", "上届"},
      {"Change", "变化"},
      {"Complaints", "投诉"},
      {"Received complaints", "收到投诉"},
      {"Rejected", "不予受理"},
      {"Found infringing", "认定侵权"},
      {"Respondents (accepted complaints)", "被投诉人（已受理投诉）"},
      {"Respondents found infringing", "认定侵权的被投诉人"},
      {"Respondents who withdrew an exhibit", "撤下展品的被投诉人"},
      {"Patent cases (design)", "专利案件（其中外观设计）"},
      {"Foreign-related", "涉外"},
      {"Hong Kong, Macao, Taiwan", "涉港澳台"},
      {"Filed by an agent", "代理人提交"},
      {"Transferred as formal cases", "移送立案"},
      {"Handling time, median / 90 %", "处理时长，中位数 / 90%"},
      {"Decided within 24 h", "24 小时内处理"},
      {"By right type", "按权利类型"},
      {"By hall", "按展馆"},
      {"By industry", "按行业"},
      {"Outcomes", "处理结果"},
      {"Measures taken", "采取的措施"},
      {"Sanctions", "处罚"},
      {"Checks before publishing", "发布前核查"},
      {"Events", "事件"},
      {"Cases with conflicts", "存在冲突的案件"},
      {"Invalid events", "无效事件"},
      {"Unassigned events", "未归属案件的事件"},
      {"Set aside (device revoked)", "已搁置（设备已吊销）"},
      {"Events outside the fair's days", "展会日期以外的事件"},
      {"Accepted complaints", "已受理投诉"},
      {"Administration", "系统管理"},
      {"Officers", "执法人员"},
      {"Booths", "展位"},
      {"Staff accounts", "控制台账户"},
      {"Done:", "已完成："},
      {"Nothing was changed:", "未作任何更改："},
      {"The access log could not be written, so the change was undone:", "访问日志无法写入，因此该更改已撤销："},
      {"Enrolled", "注册时间"},
      {"Revoking a station is for good: the relay refuses it from then on and ends a sync it is in; its events up to "
       "the cut-off still count, later ones are set aside.",
       "吊销工作站不可撤销：中继服务器此后拒绝该工作站，并中断其正在进行的同步；截止点之前的事件仍然有效，此后的事件被"
       "搁置"
       "。"},
      {"counts up to seq", "有效至序号"},
      {"set aside", "已搁置"},
      {"Revoke a station", "吊销工作站"},
      {"Cut-off", "截止点"},
      {"what the relay holds now still counts", "中继服务器现有的事件仍然有效"},
      {"events after a seq are set aside", "搁置某序号之后的事件"},
      {"events received since a time are set aside", "搁置某时间之后收到的事件"},
      {"Keep through seq", "保留至序号"},
      {"Since (UTC, like 2026-10-16T14:00:00Z)", "起始时间（UTC，例如 2026-10-16T14:00:00Z）"},
      {"Show what is set aside", "查看将被搁置的内容"},
      {"its events up to seq", "其序号不超过"},
      {"still count;", "的事件仍然有效；"},
      {"event(s) the relay holds are set aside", "个中继服务器持有的事件将被搁置"},
      {"Nothing was changed yet.", "尚未作任何更改。"},
      {"Revoked station", "已吊销的工作站"},
      {"tried to connect", "尝试连接"},
      {"time", "次"},
      {"times", "次"},
      {"last at", "最近一次"},
      {"from", "来自"},
      {"for good", "确认永久吊销"},
      {"Revoke", "吊销"},
      {"Roster", "执法人员名册"},
      {"Officer id", "执法人员编号"},
      {"supervisor", "主管"},
      {"officer", "执法人员"},
      {"disabled", "已停用"},
      {"Credential", "执法证"},
      {"Added", "添加时间"},
      {"Disable", "停用"},
      {"Add an officer", "添加执法人员"},
      {"PIN (digits)", "PIN 码（数字）"},
      {"Supervisor (may reset a locked station)", "主管（可解锁被锁定的工作站）"},
      {"Credential number (optional)", "执法证号（可选）"},
      {"Credential valid until", "执法证有效期至"},
      {"Accounts", "账户"},
      {"Add the officer", "添加执法人员"},
      {"Enable", "启用"},
      {"enabled", "已启用"},
      {"Set a new PIN", "设置新 PIN 码"},
      {"The old PIN stops working at each station's next sync.", "旧 PIN 码在各工作站下次同步后失效。"},
      {"New PIN (digits)", "新 PIN 码（数字）"},
      {"PIN again", "再次输入 PIN 码"},
      {"Set the PIN", "设置 PIN 码"},
      {"new PIN for", "已设置新 PIN 码："},
      {"Change a credential", "变更执法证"},
      {"Credential number", "执法证号"},
      {"Take the credential off the roster", "从名册中移除执法证"},
      {"Change the credential", "变更执法证"},
      {"credential changed:", "执法证已变更："},
      {"added", "已添加"},
      {"Booth list", "展位清单"},
      {"Import a booth list", "导入展位清单"},
      {"A UTF-8 CSV file with the header booth,hall,exhibitor,delegation,industry. It replaces the whole list; if any "
       "row is wrong, nothing is imported and each wrong row is shown by its line.",
       "UTF-8 编码的 CSV 文件，表头为 booth,hall,exhibitor,delegation,industry。导入将替换整个清单；"
       "如有任何一行有误，则不导入任何内容，并按行号列出每个错误。"},
      {"CSV file", "CSV 文件"},
      {"Import", "导入"},
      {"API token", "API 令牌"},
      {"yes", "有"},
      {"no", "无"},
      {"viewer", "查看人"},
      {"reviewer", "审核人"},
      {"admin", "管理员"},
      {"Add a staff account", "添加控制台账户"},
      {"Password (12 characters or more)", "密码（至少 12 个字符）"},
      {"Password again", "再次输入密码"},
      {"Add the account", "添加账户"},
  };
  auto it = zh.find(english);
  return it == zh.end() ? english : it->second;
}

std::string render_page(const PageFrame& f, const std::string& body) {
  const std::string path = escape_html(f.path);
  std::string out;
  out.reserve(body.size() + 2048);
  out += "<!DOCTYPE html>\n<html lang=\"";
  out += lang_code(f.lang);
  out +=
      "\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">"
      "<link rel=\"stylesheet\" href=\"/static/console.css\"><script src=\"/static/live.js\" defer></script>"
      "<title>";
  out += escape_html(f.title);
  out += " · ";
  out += escape_html(tr(f.lang, "Bureau console"));
  out += "</title></head><body><header><strong>";
  out += escape_html(f.fair);
  out += "</strong>";
  if (!f.user.empty()) {
    out += "<nav><a href=\"/\">" + escape_html(tr(f.lang, "Overview")) + "</a> <a href=\"/cases\">" +
           escape_html(tr(f.lang, "Cases")) + "</a> <a href=\"/report\">" + escape_html(tr(f.lang, "Report")) + "</a>";
    if (f.access_log) out += " <a href=\"/access-log\">" + escape_html(tr(f.lang, "Access log")) + "</a>";
    if (f.administer) out += " <a href=\"/admin/stations\">" + escape_html(tr(f.lang, "Administration")) + "</a>";
    out += "</nav>";
  }
  out += "<span class=\"lang\"><a href=\"" + path + "?lang=zh\">中文</a> <a href=\"" + path +
         "?lang=en\">English</a></span>";
  if (!f.user.empty()) {
    out += "<form method=\"post\" action=\"/logout\" class=\"logout\"><span>" +
           escape_html(tr(f.lang, "Signed in as")) + " " + escape_html(f.user) +
           "</span><input type=\"hidden\" name=\"csrf\" value=\"" + escape_html(f.csrf) + "\"><button>" +
           escape_html(tr(f.lang, "Sign out")) + "</button></form>";
  }
  out += "</header><main><h1>" + escape_html(f.title) + "</h1>";
  out += body;
  out += "</main><footer>" + escape_html(tr(f.lang, "Times in")) + " " + escape_html(f.timezone) +
         "</footer></body></html>\n";
  return out;
}

}  // namespace fg::relay::console
