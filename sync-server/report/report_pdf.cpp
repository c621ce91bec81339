#include "report/report_pdf.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include "documents/bilingual_labels.h"
#include "documents/pdf_canvas.h"

namespace fg::relay {

namespace {

using report::Figures;

std::string fmt_int(double v) {
  char b[32];
  std::snprintf(b, sizeof b, "%.0f", v);
  return b;
}
std::string fmt_pct(const std::optional<double>& v) {
  if (!v) return "–";
  char b[32];
  std::snprintf(b, sizeof b, "%.1f %%", *v * 100);
  return b;
}
std::string fmt_hours(const std::optional<std::int64_t>& ms) {
  if (!ms) return "–";
  char b[32];
  std::snprintf(b, sizeof b, "%.1f h", static_cast<double>(*ms) / 3.6e6);
  return b;
}

void heading(PdfCanvas& pdf, const std::string& zh, const std::string& en) {
  pdf.ensure(60);
  pdf.advance(8);
  pdf.advance(pdf.text(pdf.margin(), pdf.y(), zh + "  " + en, 14, 0, true));
  cairo_t* cr = pdf.cr();
  cairo_set_source_rgb(cr, 0.75, 0.1, 0.1);
  cairo_rectangle(cr, pdf.margin(), pdf.y() + 2, kA4Width - 2 * pdf.margin(), 1.2);
  cairo_fill(cr);
  cairo_set_source_rgb(cr, 0, 0, 0);
  pdf.advance(10);
}

// Table rows: label, value[, previous, change]. Column x positions fixed for A4.
void row(PdfCanvas& pdf, const std::vector<std::string>& cells, bool bold = false) {
  static const double xs[] = {0, 250, 330, 410};
  static const double ws[] = {245, 75, 75, 85};
  pdf.ensure(18);
  double h = 0;
  for (std::size_t i = 0; i < cells.size() && i < 4; ++i)
    h = std::max(h, pdf.text(pdf.margin() + xs[i], pdf.y(), cells[i], 9.5, ws[i], bold, i == 0 ? 0 : 2));
  pdf.advance(h + 3);
}

struct Bar {
  std::string label;
  double value = 0;
  std::string text;  // printed after the bar
};

// Horizontal bar chart: label column, bar scaled to the largest value, value text.
void bar_chart(PdfCanvas& pdf, const std::vector<Bar>& bars, double r = 0.2, double g = 0.4, double b = 0.7) {
  if (bars.empty()) {
    row(pdf, {"（无数据 no data）"});
    return;
  }
  const double label_w = 190, bar_x = pdf.margin() + label_w + 8;
  const double bar_max = kA4Width - pdf.margin() - bar_x - 60, bar_h = 12;
  double top = 0;
  for (const auto& bar : bars) top = std::max(top, bar.value);
  cairo_t* cr = pdf.cr();
  for (const auto& bar : bars) {
    pdf.ensure(bar_h + 6);
    pdf.text(pdf.margin(), pdf.y(), bar.label, 9, label_w, false, 2);
    const double w = top > 0 ? bar_max * bar.value / top : 0;
    cairo_set_source_rgb(cr, r, g, b);
    cairo_rectangle(cr, bar_x, pdf.y() + 1, std::max(w, 0.5), bar_h);
    cairo_fill(cr);
    cairo_set_source_rgb(cr, 0, 0, 0);
    pdf.text(bar_x + w + 4, pdf.y(), bar.text, 9);
    pdf.advance(bar_h + 6);
  }
  // Axis line at the bars' origin.
  cairo_set_source_rgb(cr, 0.3, 0.3, 0.3);
  cairo_set_line_width(cr, 0.6);
  cairo_move_to(cr, bar_x, pdf.y() - (bar_h + 6) * static_cast<double>(bars.size()));
  cairo_line_to(cr, bar_x, pdf.y());
  cairo_stroke(cr);
  cairo_set_source_rgb(cr, 0, 0, 0);
  pdf.advance(6);
}

std::vector<Bar> group_bars(const std::map<std::string, report::GroupCounts>& m, bool unknown_label_zh) {
  std::vector<Bar> bars;
  for (const auto& [k, g] : m) {
    std::string name = k.empty() ? (unknown_label_zh ? "未知 Unknown" : bilingual_label(k)) : bilingual_label(k);
    bars.push_back({name, static_cast<double>(g.received),
                    fmt_int(static_cast<double>(g.received)) + " / " + fmt_int(static_cast<double>(g.accepted)) +
                        " / " + fmt_int(static_cast<double>(g.found_infringing))});
  }
  std::stable_sort(bars.begin(), bars.end(), [](const Bar& a, const Bar& b) { return a.value > b.value; });
  return bars;
}

std::vector<Bar> count_bars(const std::map<std::string, std::int64_t>& m) {
  std::vector<Bar> bars;
  for (const auto& [k, v] : m)
    bars.push_back({bilingual_label(k), static_cast<double>(v), fmt_int(static_cast<double>(v))});
  std::stable_sort(bars.begin(), bars.end(), [](const Bar& a, const Bar& b) { return a.value > b.value; });
  return bars;
}

}  // namespace

void write_report_pdf(const Figures& f, const std::vector<report::Change>* changes, const std::filesystem::path& file,
                      const std::string& generated_at) {
  PdfCanvas pdf(file);
  pdf.set_footer("FairGuard · " + f.fair_id + " · 展会知识产权保护工作总结 Post-fair summary");
  const double m = pdf.margin(), width = kA4Width - 2 * m;

  // Title block.
  pdf.advance(pdf.text(m, pdf.y(), "展会知识产权保护工作总结", 22, width, true, 1));
  pdf.advance(pdf.text(m, pdf.y(), "Post-fair IP protection summary report", 13, width, false, 1) + 8);
  pdf.advance(pdf.text(m, pdf.y(), f.fair_name.empty() ? f.fair_id : f.fair_name + "（" + f.fair_id + "）", 13, width,
                       true, 1));
  pdf.advance(pdf.text(m, pdf.y(), f.venue + "   " + f.from + " – " + f.to, 10.5, width, false, 1));
  pdf.advance(pdf.text(m, pdf.y(), "生成时间 Generated " + generated_at, 8.5, width, false, 1) + 6);

  std::map<std::string, const report::Change*> change_of;
  if (changes)
    for (const auto& c : *changes) change_of[c.key] = &c;
  // kind: 0 a count, 1 a share (compared in percentage points), 2 hours.
  auto line = [&](const std::string& name, const std::string& key, const std::string& value, int kind = 0) {
    const bool percent = kind == 1;
    std::vector<std::string> cells{name, value};
    if (changes) {
      if (auto it = change_of.find(key); it != change_of.end()) {
        const auto& c = *it->second;
        char prev[32], delta[48];
        if (percent) {
          std::snprintf(prev, sizeof prev, "%.1f %%", c.previous * 100);
          std::snprintf(delta, sizeof delta, "%+.1f pt", c.delta * 100);
        } else if (kind == 2) {
          std::snprintf(prev, sizeof prev, "%.1f h", c.previous);
          std::snprintf(delta, sizeof delta, "%+.1f h", c.delta);
        } else {
          std::snprintf(prev, sizeof prev, "%s", fmt_int(c.previous).c_str());
          if (c.percent)
            std::snprintf(delta, sizeof delta, "%+.0f (%+.1f %%)", c.delta, *c.percent * 100);
          else
            std::snprintf(delta, sizeof delta, "%+.0f", c.delta);
        }
        cells.push_back(prev);
        cells.push_back(delta);
      }
    }
    row(pdf, cells);
  };

  heading(pdf, "主要数据", "Key figures");
  if (changes) row(pdf, {"", "本届 This session", "上届 Previous", "变化 Change"}, true);
  line("收到投诉 Complaints received", "complaints_received", fmt_int(static_cast<double>(f.complaints_received)));
  line("受理投诉 Complaints accepted", "complaints_accepted", fmt_int(static_cast<double>(f.complaints_accepted)));
  line("不予受理 Rejected", "complaints_rejected", fmt_int(static_cast<double>(f.complaints_rejected)));
  line("被投诉人 Respondents", "respondents", fmt_int(static_cast<double>(f.respondents)));
  line("认定侵权 Found infringing", "respondents_found_infringing",
       fmt_int(static_cast<double>(f.respondents_found_infringing)));
  line("侵权率 Infringing rate", "infringing_rate", fmt_pct(f.infringing_rate), 1);
  line("主动撤展（不计侵权）Withdrew exhibit (not counted)", "respondents_withdrew_exhibit",
       fmt_int(static_cast<double>(f.respondents_withdrew_exhibit)));
  line("外观设计占专利投诉 Design share of patent cases", "design_share_of_patents", fmt_pct(f.design_share_of_patents),
       1);
  line("涉外投诉 Foreign-related share", "foreign_share", fmt_pct(f.foreign_share), 1);
  line("涉港澳台投诉 Hong Kong, Macao and Taiwan share", "hk_macao_taiwan_share", fmt_pct(f.hk_macao_taiwan_share), 1);
  line("代理人投诉 Filed through agents", "agent_share", fmt_pct(f.agent_share), 1);
  line("处理时长中位数 Handling time, median", "handling_median_hours", fmt_hours(f.handling.median_ms), 2);
  line("处理时长90分位 Handling time, 90th percentile", "handling_p90_hours", fmt_hours(f.handling.p90_ms), 2);
  line("24小时内处理 Decided within 24 h", "handling_within_24h_share", fmt_pct(f.handling.share_within_24h), 1);
  line("重复被投诉人 Repeat respondents", "repeat_respondents",
       fmt_int(static_cast<double>(f.repeat_respondents.size())));
  line("移交立案 Transferred as formal cases", "transfers", fmt_int(static_cast<double>(f.transfers)));

  heading(pdf, "按权利类型", "By right type (received / accepted / found infringing)");
  bar_chart(pdf, group_bars(f.by_right_type, false));
  heading(pdf, "按展馆", "By hall (received / accepted / found infringing)");
  bar_chart(pdf, group_bars(f.by_hall, true), 0.15, 0.55, 0.35);
  heading(pdf, "按行业", "By industry (received / accepted / found infringing)");
  bar_chart(pdf, group_bars(f.by_industry, true), 0.55, 0.35, 0.6);
  heading(pdf, "处理结果", "Outcomes");
  bar_chart(pdf, count_bars(f.outcomes), 0.75, 0.3, 0.15);
  heading(pdf, "处理措施", "Measures taken (cases)");
  bar_chart(pdf, count_bars(f.measures), 0.3, 0.3, 0.3);
  heading(pdf, "处罚级别", "Sanctions (decided cases)");
  bar_chart(pdf, count_bars(f.sanctions), 0.6, 0.2, 0.2);

  heading(pdf, "执法人员工作量", "Officer workload");
  row(pdf, {"执法人员 Officer", "立案 Opened", "送达 Notices", "决定 Decisions"}, true);
  for (const auto& o : f.officers) {
    if (pdf.y() + 18 > kA4Height - pdf.margin()) {
      pdf.new_page();
      row(pdf, {"执法人员 Officer", "立案 Opened", "送达 Notices", "决定 Decisions"}, true);
    }
    row(pdf, {o.name.empty() ? o.id : o.name + " (" + o.id + ")", std::to_string(o.cases_opened),
              std::to_string(o.notices_served), std::to_string(o.decisions)});
  }

  heading(pdf, "重复被投诉人", "Repeat respondents");
  if (f.repeat_respondents.empty()) row(pdf, {"无 None"});
  for (const auto& r : f.repeat_respondents) {
    std::string booths, cases;
    for (const auto& b : r.booths) booths += (booths.empty() ? "" : ", ") + b;
    for (const auto& c : r.cases) cases += (cases.empty() ? "" : ", ") + c;
    pdf.ensure(30);
    pdf.advance(pdf.text(m, pdf.y(), r.respondent + "  [" + booths + "]", 9.5, width, true));
    pdf.advance(pdf.text(m + 12, pdf.y(), cases, 8.5, width - 12) + 3);
  }

  heading(pdf, "核对", "Checks before publishing");
  row(pdf, {"事件总数 Events folded", fmt_int(static_cast<double>(f.events))});
  row(pdf, {"存在冲突的案件 Cases with conflicts", fmt_int(static_cast<double>(f.cases_with_conflicts))});
  row(pdf, {"无效事件 Invalid events (kept, flagged)", fmt_int(static_cast<double>(f.invalid_events))});
  row(pdf, {"未归属事件 Unassigned events", fmt_int(static_cast<double>(f.unassigned_events))});
  row(pdf, {"搁置事件 Events set aside (device revoked)", fmt_int(static_cast<double>(f.set_aside_events))});
  pdf.ensure(40);
  pdf.advance(6);
  pdf.advance(
      pdf.text(m, pdf.y(),
               "定义见 docs/report.md。Definitions: docs/report.md. 侵权率 = 认定侵权的被投诉人 / 受理投诉的被投诉人；"
               "主动撤展者不计入侵权。",
               8, width));
  pdf.finish();
}

}  // namespace fg::relay
