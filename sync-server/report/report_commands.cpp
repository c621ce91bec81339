#include "report/report_commands.h"

#include <chrono>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

#include "codes/booth_sticker.h"
#include "crypto/bytes.h"
#include "console/review_store.h"
#include "crypto/secretstream.h"
#include "report/labels_pdf.h"
#include "report/report_output.h"
#include "report/report_pdf.h"

namespace fg::relay {

namespace fs = std::filesystem;

namespace {

// Written beside the final name, then renamed: a reader never sees half a file.
void write_file(const fs::path& file, const std::string& bytes) {
  const fs::path tmp = file.string() + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out << bytes;
    out.flush();
    if (!out) throw std::runtime_error("cannot write " + tmp.string());
  }
  fs::rename(tmp, file);
}

std::int64_t now_ms() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

}  // namespace

report::ReportInput report_input(RelayData& data, const FoldResult& fold) {
  report::ReportInput in;
  for (const auto& s : data.events().set_aside()) in.set_aside.push_back({s.device, s.label, s.after_seq, s.events});
  const RelaySettings& s = data.settings();
  in.fair_id = s.fair_id;
  in.fair_name = s.name;
  in.venue = s.venue;
  in.from = s.from;
  in.to = s.to;
  in.timezone = s.timezone;
  in.fold = &fold;
  in.booths = data.booths();
  for (const auto& o : data.officers()) in.officers.push_back(o.officer);
  // The bureau's review marks from the console (docs/console.md, "Review").
  in.review_marks = console::stored_latest_marks(data.dir() / "relay.db");
  return in;
}

std::unique_ptr<ReportData> load_report_data(RelayData& data) {
  auto r = std::make_unique<ReportData>();
  // Events a revocation set aside are evidence, not work: left out of the fold, listed in the checks.
  const auto events = data.events().working_in_fold_order();
  r->fold = fold_cases(events, data.fair_id());
  r->input = report_input(data, r->fold);
  return r;
}

std::string report_pdf_bytes(const report::Figures& f, const std::string& generated_at,
                             const std::vector<report::Change>* changes) {
  const fs::path tmp = fs::temp_directory_path() / ("fg-report-" + to_hex(random_bytes(8)) + ".pdf");
  struct Remove {
    fs::path file;
    ~Remove() {
      std::error_code ec;
      fs::remove(file, ec);
    }
  } remove{tmp};
  write_report_pdf(f, changes, tmp, generated_at);
  std::ifstream in(tmp, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return std::move(bytes).str();
}

void run_report(const fs::path& data_dir, const fs::path& out, const std::optional<fs::path>& previous_data_dir,
                std::ostream& log) {
  RelayData data(data_dir);
  auto current = load_report_data(data);
  const report::Figures figures = report::compute_figures(current->input);

  std::optional<std::vector<report::Change>> changes;
  if (previous_data_dir) {
    if (fs::equivalent(*previous_data_dir, data_dir))
      throw std::runtime_error("--previous names the same data folder as --data");
    RelayData before(*previous_data_dir);
    auto previous = load_report_data(before);
    changes = report::compare(figures, report::compute_figures(previous->input));
  }
  const auto* ch = changes ? &*changes : nullptr;

  fs::create_directories(out);
  write_file(out / "figures.json", report::figures_json(figures, ch).dump(2) + "\n");
  write_file(out / "figures.csv", report::figures_csv(figures, ch));
  write_file(out / "cases.csv", report::cases_csv(current->input));
  const fs::path pdf_tmp = out / "summary.pdf.tmp";
  write_report_pdf(figures, ch, pdf_tmp, report::iso_utc(now_ms()));
  fs::rename(pdf_tmp, out / "summary.pdf");
  log << "report: " << figures.complaints_received << " complaints received, " << figures.complaints_accepted
      << " accepted, " << figures.respondents << " respondents, " << figures.respondents_found_infringing
      << " found infringing\n";
  if (figures.cases_with_conflicts || figures.invalid_events || figures.unassigned_events)
    log << "report: check before publishing: " << figures.cases_with_conflicts << " cases with conflicts, "
        << figures.invalid_events << " invalid events, " << figures.unassigned_events << " unassigned events\n";
  if (figures.events_outside_days)
    log << "report: check before publishing: " << figures.events_outside_days
        << " events dated outside the fair's days (" << figures.from << " to " << figures.to << ")\n";
  for (const auto& s : figures.set_aside)
    log << "report: set aside (device revoked): " << s.events << " events of " << s.label << " after seq "
        << s.after_seq << ", kept as evidence, not counted\n";
  log << "report: wrote summary.pdf, figures.json, figures.csv, cases.csv in " << out.string() << "\n";
}

void run_labels(const fs::path& data_dir, const fs::path& out, double symbol_cm, std::ostream& log,
                const fs::path& text_out) {
  RelayData data(data_dir);
  const auto booths = data.booths();
  if (!text_out.empty()) {  // the same stickers as text, one a line: what a scanner reads
    std::string lines;
    for (const auto& b : booths) lines += make_booth_sticker(data.fair_id(), b.hall, b.booth, data.bureau_key()) + "\n";
    write_file(text_out, lines);
  }
  LabelOptions options;
  options.symbol_cm = symbol_cm;
  options.fair_name = data.settings().name;
  const fs::path tmp = out.string() + ".tmp";
  const int pages = write_labels_pdf(booths, data.fair_id(), data.bureau_key(), tmp, options);
  fs::rename(tmp, out);
  log << "labels: " << booths.size() << " booth stickers on " << pages << " A4 pages in " << out.string() << "\n";
}

void add_report_commands(CLI::App& app) {
  struct Options {
    std::string data, out, previous, labels_out, labels_text;
    double symbol_cm = 12.0;
  };
  auto o = std::make_shared<Options>();

  auto* report = app.add_subcommand("report", "Post-fair summary: summary.pdf, figures.json, figures.csv, cases.csv");
  report->add_option("--data", o->data, "Relay data folder (made by init)")->required();
  report->add_option("--out", o->out, "Folder to write the report into (made if missing)")->required();
  report->add_option("--previous", o->previous, "Data folder of the previous session, for the change column")
      ->check(CLI::ExistingDirectory);
  report->callback([o] {
    run_report(o->data, o->out, o->previous.empty() ? std::nullopt : std::optional<fs::path>(o->previous), std::cout);
  });

  auto* labels = app.add_subcommand("labels", "A4 sheets of signed booth QR stickers for the booth list");
  labels->add_option("--data", o->data, "Relay data folder (made by init)")->required();
  labels->add_option("--out", o->labels_out, "PDF file to write, e.g. labels.pdf")->required();
  labels->add_option("--symbol-cm", o->symbol_cm, "QR symbol size in cm (12: reads from 1 m; docs/codes.md)")
      ->capture_default_str()
      ->check(CLI::Range(2.0, 15.0));
  labels->add_option("--text", o->labels_text,
                     "Also write the stickers' text, one a line (fairguard-sim --stickers scans them)");
  labels->callback([o] { run_labels(o->data, o->labels_out, o->symbol_cm, std::cout, o->labels_text); });
}

}  // namespace fg::relay
