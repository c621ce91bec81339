#include "report/report_pdf.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include "documents/bilingual_labels.h"
#include "documents/pdf_canvas.h"
#include "report/report_output.h"

namespace fg::relay {

namespace {

using report::Figures;

std::string fmt_int(double v) {
  char b[32];
  std::snprintf(b, sizeof b, "%.0f", v);
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
  // Parts of the same bar drawn over it, darker: accepted, then found infringing (each a
  // subset of the one before). Empty for a one-number chart.
  std::vector<double> parts;
};

constexpr double kBarHeight = 12, kBarStep = kBarHeight + 6;

// A section: heading, then a horizontal bar chart kept on one page with its heading (a chart
// longer than a page is the only one that splits). Bars are scaled to the largest value.
void bar_section(PdfCanvas& pdf, const std::string& zh, const std::string& en, const std::vector<Bar>& bars,
                 double r = 0.2, double g = 0.4, double b = 0.7) {
  const bool nested = !bars.empty() && !bars.front().parts.empty();
  const double height = 60 + (nested ? 16 : 0) + kBarStep * static_cast<double>(std::max<std::size_t>(bars.size(), 1));
  if (height < kA4Height - 3 * pdf.margin()) pdf.ensure(height);
  heading(pdf, zh, en);
  if (bars.empty()) {
    row(pdf, {"（无数据 no data）"});
    return;
  }
  cairo_t* cr = pdf.cr();
  // Tints of the section's colour: lightest = received, darkest = found infringing.
  auto tint = [&](double mix) { cairo_set_source_rgb(cr, r + (1 - r) * mix, g + (1 - g) * mix, b + (1 - b) * mix); };
  const double label_w = 190, bar_x = pdf.margin() + label_w + 8;
  const double bar_max = kA4Width - pdf.margin() - bar_x - 60, bar_h = kBarHeight;
  if (nested) {
    const char* legend[] = {"收到 received", "受理 accepted", "认定侵权 found infringing"};
    double x = bar_x;
    for (int i = 0; i < 3; ++i) {
      tint(i == 0 ? 0.65 : i == 1 ? 0.35 : 0);
      cairo_rectangle(cr, x, pdf.y() + 2, 9, 8);
      cairo_fill(cr);
      cairo_set_source_rgb(cr, 0, 0, 0);
      pdf.text(x + 12, pdf.y(), legend[i], 8);
      x += 12 + pdf.text_width(legend[i], 8) + 14;
    }
    pdf.advance(16);
  }
  double top = 0;
  for (const auto& bar : bars) top = std::max(top, bar.value);
  for (const auto& bar : bars) {
    pdf.ensure(bar_h + 6);
    pdf.text(pdf.margin(), pdf.y(), bar.label, 9, label_w, false, 2);
    const double w = top > 0 ? bar_max * bar.value / top : 0;
    tint(nested ? 0.65 : 0);
    cairo_rectangle(cr, bar_x, pdf.y() + 1, std::max(w, 0.5), bar_h);
    cairo_fill(cr);
    for (std::size_t i = 0; i < bar.parts.size(); ++i) {
      tint(i == 0 ? 0.35 : 0);
      if (top > 0 && bar.parts[i] > 0) cairo_rectangle(cr, bar_x, pdf.y() + 1, bar_max * bar.parts[i] / top, bar_h);
      cairo_fill(cr);
    }
    cairo_set_source_rgb(cr, 0, 0, 0);
    pdf.text(bar_x + w + 4, pdf.y(), bar.text, 9);
    pdf.advance(bar_h + 6);
  }
  // Axis line at the bars' origin.
  cairo_set_source_rgb(cr, 0.3, 0.3, 0.3);
  cairo_set_line_width(cr, 0.6);
  cairo_move_to(cr, bar_x, pdf.y() - kBarStep * static_cast<double>(bars.size()));
  cairo_line_to(cr, bar_x, pdf.y());
  cairo_stroke(cr);
  cairo_set_source_rgb(cr, 0, 0, 0);
  pdf.advance(6);
}

std::vector<Bar> group_bars(const std::map<std::string, report::GroupCounts>& m, bool unknown_label_zh) {
  std::vector<Bar> bars;
  for (const auto& [k, g] : m) {
    std::string name = k.empty() ? (unknown_label_zh ? "未知 Unknown" : bilingual_label(k)) : bilingual_label(k);
    bars.push_back({name,
                    static_cast<double>(g.received),
                    fmt_int(static_cast<double>(g.received)) + " / " + fmt_int(static_cast<double>(g.accepted)) +
                        " / " + fmt_int(static_cast<double>(g.found_infringing)),
                    {static_cast<double>(g.accepted), static_cast<double>(g.found_infringing)}});
  }
  std::stable_sort(bars.begin(), bars.end(), [](const Bar& a, const Bar& b) { return a.value > b.value; });
  return bars;
}

std::vector<Bar> count_bars(const std::map<std::string, std::int64_t>& m) {
  std::vector<Bar> bars;
  bars.reserve(m.size());
  for (const auto& [k, v] : m)
    bars.push_back({bilingual_label(k), static_cast<double>(v), fmt_int(static_cast<double>(v)), {}});
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
  auto line = [&](const std::string& name, const std::string& key, const std::string& value, const std::string& note) {
    std::vector<std::string> cells{name, value};
    if (auto it = change_of.find(key); it != change_of.end()) {
      const report::ChangeCells change = report::change_cells(*it->second);
      cells.push_back(change.previous);
      cells.push_back(change.delta);
    }
    pdf.ensure(32);  // the figure and its definition on one page
    row(pdf, cells);
    cairo_set_source_rgb(pdf.cr(), 0.35, 0.35, 0.35);
    pdf.advance(pdf.text(m + 10, pdf.y() - 2, note, 7, 480) + 1);
    cairo_set_source_rgb(pdf.cr(), 0, 0, 0);
  };

  heading(pdf, "主要数据", "Key figures");
  if (changes) row(pdf, {"", "本届 This session", "上届 Previous", "变化 Change"}, true);
  auto count = [](std::int64_t v) { return fmt_int(static_cast<double>(v)); };
  // Each figure with its definition beside it, in plain words (docs/report.md has the rules).
  struct KeyFigure {
    const char* key;
    std::string value;
    const char* definition;
  };
  const KeyFigure key_figures[] = {
      {"complaints_received", count(f.complaints_received), "投诉数 complaints opened at the stations"},
      {"complaints_accepted", count(f.complaints_accepted), "投诉数 complaints accepted, whatever happened after"},
      {"complaints_rejected", count(f.complaints_rejected), "投诉数 complaints"},
      {"respondents", count(f.respondents),
       "受理投诉涉及的展商，每家计一次 exhibitors named in accepted complaints, each once"},
      {"respondents_found_infringing", count(f.respondents_found_infringing),
       "被投诉人数：执法人员决定遮盖或撤下展品 respondents whose exhibit was covered on the officers' order"},
      {"infringing_rate", report::percent_text(f.infringing_rate),
       "占被投诉人（不是占投诉）of respondents, not of complaints: found infringing / respondents"},
      {"respondents_withdrew_exhibit", count(f.respondents_withdrew_exhibit),
       "被投诉人数，所有主动撤展均计入；撤展不认定侵权 respondents who withdrew an exhibit, all of them; "
       "a withdrawal is not a finding of infringement"},
      {"design_share_of_patents", report::percent_text(f.design_share_of_patents),
       "占专利投诉（发明、实用新型、外观设计）of patent complaints (invention, utility model, design)"},
      {"foreign_share", report::percent_text(f.foreign_share),
       "占收到投诉，不含港澳台 of complaints received, Hong Kong, Macao and Taiwan not included"},
      {"hk_macao_taiwan_share", report::percent_text(f.hk_macao_taiwan_share), "占收到投诉 of complaints received"},
      {"agent_share", report::percent_text(f.agent_share), "占收到投诉 of complaints received"},
      {"handling_median_hours", report::hours_text(f.handling.median_ms),
       "已决定案件，从收到到决定；偶数个时取较小的中间值 of decided cases, received to decision; "
       "the lower middle for an even count"},
      {"handling_p90_hours", report::hours_text(f.handling.p90_ms),
       "已决定案件，最近秩法 of decided cases, nearest rank"},
      {"handling_within_24h_share", report::percent_text(f.handling.share_within_24h),
       "占已决定案件；撤回、移交、不予受理不计 of decided cases; withdrawn, transferred and rejected not included"},
      {"repeat_respondents", count(static_cast<std::int64_t>(f.repeat_respondents.size())),
       "受理投诉两件及以上的被投诉人 respondents with two or more accepted complaints"},
      {"transfers", count(f.transfers), "投诉数 complaints"},
  };
  for (const auto& k : key_figures) {
    const report::FigureName name = report::headline_name(k.key);
    line(std::string(name.zh) + " " + std::string(name.en), k.key, k.value, k.definition);
  }

  bar_section(pdf, "按权利类型（投诉数）", "By right type (complaints)", group_bars(f.by_right_type, false));
  bar_section(pdf, "按展馆（投诉数）", "By hall (complaints)", group_bars(f.by_hall, true), 0.15, 0.55, 0.35);
  bar_section(pdf, "按行业（投诉数）", "By industry (complaints)", group_bars(f.by_industry, true), 0.55, 0.35, 0.6);
  bar_section(pdf, "处理结果（每件投诉一次）", "Outcomes (each complaint once)", count_bars(f.outcomes), 0.75, 0.3,
              0.15);
  bar_section(pdf, "处理措施（已决定案件）", "Measures taken (decided cases)", count_bars(f.measures), 0.3, 0.3, 0.3);
  bar_section(pdf, "处罚级别（已决定案件）", "Sanctions (decided cases)", count_bars(f.sanctions), 0.6, 0.2, 0.2);

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

  pdf.ensure(235);  // the checks and the closing note together: no page holding one line
  heading(pdf, "核对", "Checks before publishing");
  row(pdf, {"事件总数 Events folded", fmt_int(static_cast<double>(f.events))});
  row(pdf, {"存在冲突的案件 Cases with conflicts", fmt_int(static_cast<double>(f.cases_with_conflicts))});
  row(pdf, {"无效事件 Invalid events (kept, flagged)", fmt_int(static_cast<double>(f.invalid_events))});
  row(pdf, {"未归属事件 Unassigned events", fmt_int(static_cast<double>(f.unassigned_events))});
  row(pdf, {"搁置事件 Events set aside (device revoked)", fmt_int(static_cast<double>(f.set_aside_events))});
  row(pdf, {"展期外的事件 Events dated outside the fair's days", fmt_int(static_cast<double>(f.events_outside_days))});
  // The bureau's review marks (docs/console.md, "Review"), by each case's latest.
  row(pdf, {"已审核案件 Cases reviewed (console)", fmt_int(static_cast<double>(f.cases_reviewed))});
  row(pdf, {"需跟进案件 Cases needing follow-up", fmt_int(static_cast<double>(f.cases_follow_up))});
  row(pdf, {"未审核案件 Cases not reviewed", fmt_int(static_cast<double>(f.cases_not_reviewed))});
  for (std::size_t k = 0; k < f.outside_days.size(); ++k) {  // per date: a wrong tablet clock, late entries
    const auto& d = f.outside_days[k];
    if (k == 8) {  // the full list is in figures.json
      pdf.advance(pdf.text(m + 12, pdf.y(), "… +" + std::to_string(f.outside_days.size() - k) + " dates (figures.json)",
                           8.5, width - 12) +
                  2);
      break;
    }
    std::string cases;
    for (std::size_t i = 0; i < d.cases.size() && i < 6; ++i) cases += (i ? ", " : "") + d.cases[i];
    if (d.cases.size() > 6) cases += ", … (+" + std::to_string(d.cases.size() - 6) + ")";
    pdf.ensure(14);
    pdf.advance(pdf.text(m + 12, pdf.y(),
                         d.date + ": " + std::to_string(d.events) + " events, " + std::to_string(d.cases.size()) +
                             " cases" + (cases.empty() ? "" : "  " + cases),
                         8.5, width - 12) +
                2);
  }
  pdf.advance(6);
  pdf.advance(
      pdf.text(m, pdf.y(),
               "定义见 docs/report.md。Definitions: docs/report.md. 侵权率 = 认定侵权的被投诉人 / 受理投诉的被投诉人；"
               "主动撤展不认定侵权 a withdrawal is not a finding of infringement.",
               8, width));
  pdf.finish();
}

}  // namespace fg::relay
