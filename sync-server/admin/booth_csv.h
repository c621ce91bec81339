#pragma once
// The booth list as organisers hand it over: a UTF-8 CSV file (RFC 4180, as spreadsheets
// export it; a leading BOM is accepted) with the header
//   booth,hall,exhibitor,delegation,industry
// Every bad row is reported by its line number; the caller imports nothing if any is bad.
#include <filesystem>
#include <string>
#include <vector>

#include "fairconfig/fair_config.h"

namespace fg::relay {

// Bounds on the file as read (it comes from outside the bureau): the whole file (checked
// before reading), its rows (reading stops past the limit), any one field and the fields of
// one row (an over-long field or a surplus field is never copied). At most kMaxBoothCsvErrors
// errors are listed, then how many more there were.
inline constexpr std::size_t kMaxBoothCsvBytes = 32u << 20;
inline constexpr std::size_t kMaxBoothCsvRows = 100'000;  // = kMaxBooths, plus the header
inline constexpr std::size_t kMaxBoothFieldBytes = 512;
inline constexpr std::size_t kMaxBoothCsvFields = 16;
inline constexpr std::size_t kMaxBoothCsvErrors = 100;

struct BoothCsv {
  std::vector<Booth> booths;
  std::vector<std::string> errors;  // "line 7: duplicate booth 9.1E23 (first on line 3)"
  bool ok() const { return errors.empty(); }
};

// halls: the fair's configured halls; empty accepts any hall. Throws std::runtime_error only
// when the file cannot be read at all.
BoothCsv read_booth_csv(const std::filesystem::path& file, const std::vector<std::string>& halls);
BoothCsv parse_booth_csv(std::string_view text, const std::vector<std::string>& halls);

// True if text is well-formed UTF-8 (no overlongs, surrogates or code points past U+10FFFF).
bool valid_utf8(std::string_view text);

}  // namespace fg::relay
