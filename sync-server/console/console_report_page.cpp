// /report: the post-fair figures (shared/report, the same ones `fairguard-relay report`
// writes) as a page with bar charts, and its downloads: summary.pdf, figures.csv,
// figures.json and cases.csv. Computed from the console's own fold of the working events,
// again only when the store changed; with a previous session (serve --console-previous) the
// headline figures are compared with it, as `report --previous` does. The charts are inline
// SVG (bars as <rect> widths: no style attribute, no script, so the page's CSP holds).
#include <algorithm>
#include <chrono>

#include "console/console_app.h"
#include "console/page_parts.h"
#include "console/roles.h"
#include "documents/bilingual_labels.h"
#include "report/report_commands.h"
#include "report/report_output.h"
#include "data/relay_data.h"

namespace fg::relay::console {

namespace {

constexpr int kBarWidth = 240;  // px of the longest bar

std::string bar(std::int64_t value, std::int64_t max) {
  const std::int64_t width = max > 0 ? std::max<std::int64_t>(value > 0 ? 1 : 0, value * kBarWidth / max) : 0;
  return "<td><svg class=\"bar\" width=\"" + std::to_string(kBarWidth) +
         "\" height=\"12\" role=\"img\"><rect width=\"" + std::to_string(width) +
         "\" height=\"12\" fill=\"#23395d\"/></svg></td>";
}

// A right type, outcome, measure or sanction by its name in the papers ("发明专利 Invention
// patent": the Chinese or the English half); a hall or industry as recorded.
std::string group_name(Lang l, const std::string& key) {
  const std::string both = bilingual_label(key);
  const auto space = both.find(' ');
  if (both == key || space == std::string::npos) return key;
  return l == Lang::Zh ? both.substr(0, space) : both.substr(space + 1);
}

// A section of groups with received / accepted / found infringing, a bar for received.
std::string groups_section(Lang l, std::string_view title, const std::map<std::string, report::GroupCounts>& groups) {
  std::string out = "<section><h2>" + escape_html(tr(l, title)) + "</h2>";
  if (groups.empty()) return out + "<p>" + escape_html(tr(l, "None.")) + "</p></section>";
  std::int64_t max = 0;
  for (const auto& [key, g] : groups) max = std::max(max, g.received);
  out += "<table class=\"figures\"><tr><th></th>" + head(l, "Received complaints") + head(l, "Accepted complaints") +
         head(l, "Found infringing") + "<th></th></tr>";
  for (const auto& [key, g] : groups)
    out += "<tr><th>" + escape_html(group_name(l, key)) + "</th>" + cell(std::to_string(g.received)) +
           cell(std::to_string(g.accepted)) + cell(std::to_string(g.found_infringing)) + bar(g.received, max) + "</tr>";
  return out + "</table></section>";
}

// A section of counts by name, each with a bar.
std::string counts_section(Lang l, std::string_view title, const std::map<std::string, std::int64_t>& counts) {
  std::string out = "<section><h2>" + escape_html(tr(l, title)) + "</h2>";
  if (counts.empty()) return out + "<p>" + escape_html(tr(l, "None.")) + "</p></section>";
  std::int64_t max = 0;
  for (const auto& [key, n] : counts) max = std::max(max, n);
  out += "<table class=\"figures\">";
  for (const auto& [key, n] : counts)
    out += "<tr><th>" + escape_html(group_name(l, key)) + "</th>" + cell(std::to_string(n)) + bar(n, max) + "</tr>";
  return out + "</table></section>";
}

std::string figure_name(Lang l, const std::string& key) {
  const report::FigureName name = report::headline_name(key);
  return std::string(l == Lang::Zh ? name.zh : name.en);
}

// The headline figures against the previous session: this session, the previous one, the change.
std::string change_section(Lang l, const report::Figures& previous, const std::vector<report::Change>& changes) {
  std::string out = "<section><h2>" + escape_html(tr(l, "Change against the previous session")) + " (" +
                    escape_html(previous.fair_name.empty() ? previous.fair_id : previous.fair_name) +
                    ")</h2><table class=\"figures\"><tr><th></th>" + head(l, "This session") +
                    head(l, "Previous session") + head(l, "Change") + "</tr>";
  for (const auto& c : changes) {
    const report::ChangeCells cells = report::change_cells(c);
    const report::Change now{c.key, c.current, c.current, 0, std::nullopt};  // formats the current value alike
    out += "<tr><th>" + escape_html(figure_name(l, c.key)) + "</th>" + cell(report::change_cells(now).previous) +
           cell(cells.previous) + cell(cells.delta) + "</tr>";
  }
  return out + "</table></section>";
}

std::string iso_now() {
  return report::iso_utc(
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
          .count());
}

}  // namespace

void ConsoleApp::set_previous_session(const std::filesystem::path& data_dir) {
  if (std::filesystem::equivalent(data_dir, data_.relay().dir()))
    throw std::runtime_error("--console-previous names this session's own data folder");
  RelayData before(data_dir);
  const auto previous = load_report_data(before);
  previous_figures_ = std::make_unique<report::Figures>(report::compute_figures(previous->input));
}

const report::Figures& ConsoleApp::current_figures() {
  const FoldResult& fold = data_.fold();
  if (!report_cache_.figures || report_cache_.version != data_.version()) {
    report_cache_.figures =
        std::make_unique<report::Figures>(report::compute_figures(report_input(data_.relay(), fold)));
    report_cache_.version = data_.version();
  }
  return *report_cache_.figures;
}

HttpResponse ConsoleApp::report_routes(Context& c, const Who& who) {
  const std::string file = c.path == "/report" ? "" : c.path.substr(8);  // after "/report/"
  if (!file.empty() && file != "summary.pdf" && file != "figures.csv" && file != "figures.json" && file != "cases.csv")
    return page(c, who, std::string(tr(c.lang, "Not found")), "", 404);
  // cases.csv lists every case with its parties: handing case data on, as a bundle is.
  if (file == "cases.csv" && !may(who.role, Permission::OpenEvidence)) return forbidden(c, who);
  const report::Figures& f = current_figures();
  std::optional<std::vector<report::Change>> changes;
  if (previous_figures_) changes = report::compare(f, *previous_figures_);
  const auto* ch = changes ? &*changes : nullptr;
  if (!file.empty()) {
    HttpResponse r;
    if (file == "summary.pdf") {
      r.content_type = "application/pdf";
      r.body = report_pdf_bytes(f, iso_now(), ch);
    } else if (file == "figures.csv") {
      r.content_type = "text/csv; charset=utf-8";
      r.body = report::figures_csv(f, ch);
    } else if (file == "cases.csv") {
      r.content_type = "text/csv; charset=utf-8";
      r.body = report::cases_csv(report_input(data_.relay(), data_.fold()));
    } else {
      r.content_type = "application/json";
      r.body = report::figures_json(f, ch).dump(2) + "\n";
    }
    record(c, who, "report.download", "", file);
    r.headers.emplace_back("Content-Disposition", "attachment; filename=\"" + f.fair_id + "-" + file + "\"");
    return r;
  }
  const Lang l = c.lang;
  std::string body =
      "<p class=\"actions\">" + link("/report/summary.pdf", tr(l, "Download summary.pdf")) + " · " +
      link("/report/figures.csv", tr(l, "Download figures.csv")) + " · " +
      link("/report/figures.json", tr(l, "Download figures.json")) +
      (may(who.role, Permission::OpenEvidence) ? " · " + link("/report/cases.csv", tr(l, "Download cases.csv"))
                                               : std::string()) +
      "</p>";

  body += "<section><h2>" + escape_html(tr(l, "Complaints")) + "</h2><table class=\"facts\">";
  auto row = [&](std::string_view name, const std::string& value) {
    body += "<tr><th>" + escape_html(tr(l, name)) + "</th>" + cell(value) + "</tr>";
  };
  row("Received complaints", std::to_string(f.complaints_received));
  row("Accepted complaints", std::to_string(f.complaints_accepted));
  row("Rejected", std::to_string(f.complaints_rejected));
  row("Respondents (accepted complaints)", std::to_string(f.respondents));
  row("Respondents found infringing",
      std::to_string(f.respondents_found_infringing) + " (" + report::percent_text(f.infringing_rate) + ")");
  row("Respondents who withdrew an exhibit", std::to_string(f.respondents_withdrew_exhibit));
  row("Patent cases (design)", std::to_string(f.patent_cases) + " (" + std::to_string(f.design_cases) + ", " +
                                   report::percent_text(f.design_share_of_patents) + ")");
  row("Foreign-related", std::to_string(f.foreign_related) + " (" + report::percent_text(f.foreign_share) + ")");
  row("Hong Kong, Macao, Taiwan",
      std::to_string(f.hk_macao_taiwan) + " (" + report::percent_text(f.hk_macao_taiwan_share) + ")");
  row("Filed by an agent", std::to_string(f.filed_by_agent) + " (" + report::percent_text(f.agent_share) + ")");
  row("Transferred as formal cases", std::to_string(f.transfers));
  row("Handling time, median / 90 %",
      report::hours_text(f.handling.median_ms) + " / " + report::hours_text(f.handling.p90_ms));
  row("Decided within 24 h", std::to_string(f.handling.within_24h) + " / " + std::to_string(f.handling.cases) + " (" +
                                 report::percent_text(f.handling.share_within_24h) + ")");
  body += "</table></section>";
  if (changes) body += change_section(l, *previous_figures_, *changes);
  body += groups_section(l, "By right type", f.by_right_type);
  body += groups_section(l, "By hall", f.by_hall);
  body += groups_section(l, "By industry", f.by_industry);
  body += counts_section(l, "Outcomes", f.outcomes);
  body += counts_section(l, "Measures taken", f.measures);
  body += counts_section(l, "Sanctions", f.sanctions);
  body += "<section><h2>" + escape_html(tr(l, "Checks before publishing")) + "</h2><table class=\"facts\">";
  row("Events", std::to_string(f.events));
  row("Cases with conflicts", std::to_string(f.cases_with_conflicts));
  row("Invalid events", std::to_string(f.invalid_events));
  row("Unassigned events", std::to_string(f.unassigned_events));
  row("Set aside (device revoked)", std::to_string(f.set_aside_events));
  row("Events outside the fair's days", std::to_string(f.events_outside_days));
  body += "</table></section>";
  // The bureau's review marks (console_review.cpp), by each received case's latest.
  body += "<section id=\"review-figures\"><h2>" + escape_html(tr(l, "Review")) + "</h2><table class=\"facts\">";
  row("Cases reviewed", std::to_string(f.cases_reviewed));
  row("Cases needing follow-up", std::to_string(f.cases_follow_up));
  row("Cases not reviewed", std::to_string(f.cases_not_reviewed));
  body += "</table></section>";
  return page(c, who, std::string(tr(l, "Report")), body);
}

}  // namespace fg::relay::console
