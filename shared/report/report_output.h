#pragma once
// The report's figures as JSON and CSV, and the per-case listing for the national
// case-reporting system (column names are fixed: docs/report.md).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "ledger/canonical.h"
#include "report/report_figures.h"

namespace fg::report {

// figures.json: every figure, grouped as in docs/report.md; "change" only when `changes` is given.
Json figures_json(const Figures& f, const std::vector<Change>* changes = nullptr);

// figures.csv: one figure a row, columns section,key,value[,previous,delta,percent].
std::string figures_csv(const Figures& f, const std::vector<Change>* changes = nullptr);

// The column names of cases.csv, in order.
const std::vector<std::string>& case_columns();
// cases.csv: header plus one row per received case (opened), in case-number order.
std::string cases_csv(const ReportInput& in);

// A share as "12.5 %" and a duration as "14.2 h" (the summary PDF and the console's report
// page); "–" for no value.
std::string percent_text(const std::optional<double>& share);
std::string hours_text(const std::optional<std::int64_t>& ms);

// A headline figure against the previous session, as the summary PDF and the console show it:
// a share compared in percentage points ("+2.5 pt"), hours in hours ("+1.2 h"), a count with
// its relative change ("+12 (+8.0 %)"). The kind comes from the key (`*_share*`, `*_rate`,
// `*_hours`; a count otherwise).
struct ChangeCells {
  std::string previous, delta;
};
ChangeCells change_cells(const Change& c);

// "2025-10-15T09:30:00Z"; empty for no value.
std::string iso_utc(const std::optional<std::int64_t>& ms);

}  // namespace fg::report
