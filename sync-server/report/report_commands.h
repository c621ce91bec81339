#pragma once
// `fairguard-relay report` and `fairguard-relay labels` (docs/report.md).
#include <CLI/CLI.hpp>

#include <filesystem>
#include <optional>
#include <ostream>

#include "data/relay_data.h"
#include "report/report_figures.h"

namespace fg::relay {

// The fold of every event the relay holds, with the booth list and roster it was made with.
struct ReportData {
  FoldResult fold;
  report::ReportInput input;  // input.fold points at `fold`
};
std::unique_ptr<ReportData> load_report_data(RelayData& data);
// The report's input around a fold of the working events made elsewhere (the console keeps
// its own, brought up to date incrementally): the same settings, booths, roster and set-aside
// list as load_report_data. `fold` must outlive the result.
report::ReportInput report_input(RelayData& data, const FoldResult& fold);
// summary.pdf's bytes (written through a private temp file), dated `generated_at`; with
// `changes`, the previous session's column too.
std::string report_pdf_bytes(const report::Figures& f, const std::string& generated_at,
                             const std::vector<report::Change>* changes = nullptr);

// Writes summary.pdf, figures.json, figures.csv, cases.csv into `out` (made if missing).
// Throws std::runtime_error (a message for the operator) on any failure.
void run_report(const std::filesystem::path& data_dir, const std::filesystem::path& out,
                const std::optional<std::filesystem::path>& previous_data_dir, std::ostream& log);

// Writes the booth stickers of the data folder's booth list; with `text_out`, also as text,
// one a line (the simulator scans them when it serves a notice).
void run_labels(const std::filesystem::path& data_dir, const std::filesystem::path& out, double symbol_cm,
                std::ostream& log, const std::filesystem::path& text_out = {});

// Adds the `report` and `labels` subcommands; errors are thrown from their callbacks (main
// prints them and exits 1).
void add_report_commands(CLI::App& app);

}  // namespace fg::relay
