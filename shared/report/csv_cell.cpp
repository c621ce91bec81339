#include "report/csv_cell.h"

#include <algorithm>

namespace fg {

namespace {

// OWASP: cells starting with one of these are formulas (or DDE) in Excel, LibreOffice and
// Google Sheets. LF is added: some spreadsheets trim a leading line break and read what follows.
bool starts_like_formula(std::string_view text) {
  return !text.empty() && std::string_view("=+-@\t\r\n").find(text.front()) != std::string_view::npos;
}

// -12 or -1.50: digits with at most one decimal point inside. A spreadsheet reads it as the
// number it is; anything else after the sign (1e3, 2+3, text) is neutralised.
bool plain_number(std::string_view text) {
  if (!text.empty() && text.front() == '-') text.remove_prefix(1);
  const auto digit = [](char c) { return c >= '0' && c <= '9'; };
  const std::size_t point = text.find('.');
  const std::string_view whole = text.substr(0, point);
  const std::string_view fraction = point == std::string_view::npos ? std::string_view("0") : text.substr(point + 1);
  return !whole.empty() && !fraction.empty() && std::all_of(whole.begin(), whole.end(), digit) &&
         std::all_of(fraction.begin(), fraction.end(), digit);
}

}  // namespace

std::string csv_cell(std::string_view text) {
  const bool formula = starts_like_formula(text) && !plain_number(text);
  if (!formula && text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
  std::string out = formula ? "\"'" : "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string csv_row(const std::vector<std::string>& cells) {
  std::string out;
  for (std::size_t i = 0; i < cells.size(); ++i) (out += i ? "," : "") += csv_cell(cells[i]);
  return out + "\r\n";
}

}  // namespace fg
