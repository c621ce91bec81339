// The booth list reader's bounds (admin/booth_csv.h): file size, rows, field length, fields
// per row and the number of errors listed, each at the limit and one past.
#include <catch2/catch.hpp>

#include "admin/booth_csv.h"

using namespace fg::relay;

namespace {
const std::string kHead = "booth,hall,exhibitor,delegation,industry\n";
// n booth rows; the first `longer` of them get one more byte of padding.
std::string rows(std::size_t n, std::size_t pad = 0, std::size_t longer = 0) {
  std::string s = kHead;
  for (std::size_t i = 0; i < n; ++i)
    s += "B" + std::to_string(i) + ",9.1,Exhibitor " + std::string(pad + (i < longer ? 1 : 0), 'x') + ",,\n";
  return s;
}
}  // namespace

TEST_CASE("booth CSV: a field at the length limit is read, one byte longer is refused", "[relay]") {
  const std::string name(kMaxBoothFieldBytes, 'n');
  BoothCsv ok = parse_booth_csv(kHead + "A1,9.1," + name + ",,\n", {});
  REQUIRE(ok.ok());
  CHECK(ok.booths.at(0).exhibitor == name);
  BoothCsv over = parse_booth_csv(kHead + "A1,9.1," + name + "n,,\n", {});
  REQUIRE(over.errors.size() == 1);
  CHECK(over.errors[0] == "line 2: a field is longer than 512 bytes");
}

TEST_CASE("booth CSV: row count and file size at the limit and one past", "[relay]") {
  // 100,000 booths padded to exactly kMaxBoothCsvBytes: both limits reached, still read.
  const std::string base = rows(kMaxBoothCsvRows);
  const std::size_t spare = kMaxBoothCsvBytes - base.size();
  const std::string full = rows(kMaxBoothCsvRows, spare / kMaxBoothCsvRows, spare % kMaxBoothCsvRows);
  REQUIRE(full.size() == kMaxBoothCsvBytes);
  BoothCsv ok = parse_booth_csv(full, {});
  CHECK(ok.ok());
  CHECK(ok.booths.size() == kMaxBoothCsvRows);

  BoothCsv big = parse_booth_csv(full + "\n", {});
  REQUIRE(big.errors.size() == 1);
  CHECK(big.errors[0] == "the file is 33554433 bytes, more than the 33554432 a booth list may have");

  BoothCsv many = parse_booth_csv(rows(kMaxBoothCsvRows + 1), {});
  REQUIRE(many.errors.size() == 1);
  CHECK(many.errors[0] == "line 100002: more than 100000 rows of booths: split the list");
}

TEST_CASE("booth CSV: a row of a million commas and a flood of bad rows stay small", "[relay]") {
  BoothCsv wide = parse_booth_csv(kHead + std::string(1'000'000, ',') + "\n", {});
  REQUIRE(wide.errors.size() == 1);
  CHECK(wide.errors[0] == "line 2: expected 5 columns, found 1000001 (quote a field that holds a comma)");

  std::string bad = kHead;
  for (int i = 0; i < 150; ++i) bad += "only,three,fields\n";
  BoothCsv flood = parse_booth_csv(bad, {});
  REQUIRE(flood.errors.size() == kMaxBoothCsvErrors + 1);
  CHECK(flood.errors.back() == "... and 50 more errors");
}
