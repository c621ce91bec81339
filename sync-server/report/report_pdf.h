#pragma once
// summary.pdf: the post-fair summary report, Chinese with English headings, bar charts drawn
// with cairo (docs/report.md "summary.pdf").
#include <filesystem>
#include <vector>

#include "report/report_figures.h"

namespace fg::relay {

// `changes`: the comparison with the previous session, or null. Throws std::runtime_error.
void write_report_pdf(const report::Figures& f, const std::vector<report::Change>* changes,
                      const std::filesystem::path& file, const std::string& generated_at);

}  // namespace fg::relay
