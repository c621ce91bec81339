#pragma once
// The one writer of CSV cells for every CSV file FairGuard produces (the report's cases.csv
// and figures.csv; any later export goes through it too). The bureau opens these files in a
// spreadsheet, and a cell whose text a device typed must show as that text, never run.
#include <string>
#include <string_view>
#include <vector>

namespace fg {

// One RFC 4180 cell. Text a spreadsheet would take as a formula (its first character is
// =, +, -, @, tab, CR or LF: the OWASP "CSV injection" rule) gets a single quote in front and
// is quoted, so the spreadsheet shows the text, quote included, and nothing is lost. A plain
// number (-12, 3.50) is a value, not a formula, and is written as it is. Otherwise the cell is
// quoted only when it holds a comma, a double quote, CR or LF.
std::string csv_cell(std::string_view text);

// Cells joined by commas, ending with CRLF (RFC 4180).
std::string csv_row(const std::vector<std::string>& cells);

}  // namespace fg
