// libFuzzer target: the organisers' booth list CSV (sync-server/admin/booth_csv.h), read with
// a list of the fair's halls when its length is odd and without one when it is even (one
// reading per input: two took twice the time for the same branches). Invariant: the booths
// of an accepted list are non-empty, within the field bound and unique.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <set>

#include "admin/booth_csv.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const std::vector<std::string> halls =
      size % 2 ? std::vector<std::string>{"9.1", "11.2"} : std::vector<std::string>{};
  const fg::relay::BoothCsv csv = fg::relay::parse_booth_csv(text, halls);
  if (csv.errors.size() > fg::relay::kMaxBoothCsvErrors + 1) std::abort();
  std::set<std::string> seen;
  for (const auto& b : csv.booths)
    if (b.booth.empty() || b.booth.size() > fg::relay::kMaxBoothFieldBytes || !seen.insert(b.booth).second)
      std::abort();
  return 0;
}
