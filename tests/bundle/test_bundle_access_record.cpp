// access-log.jsonl in a case bundle (docs/receipts.md, "The access record"): the case's lines
// of the bureau console's signed access log. The verifier reports who opened the case, when and
// from where, checks each line's hash and bureau signature and the links between lines that
// follow one another, and refuses an altered, foreign, reordered or unlinked line with its own
// fault, even when the bureau re-signs the manifest.
#include <catch2/catch.hpp>

#include "bundle/access_record.h"
#include "bundle/bundle_format.h"
#include "bundle/bundle_verify.h"
#include "bundle_fixture.h"

using namespace fg;

namespace {

const std::string kCase = "CF138-S01-0001";

BundleVerdict check_with(BundleFixture& f, const std::string& record, bool resign = false) {
  f.input.access_record = record;
  MemoryBundle b = memory_bundle(bundle_entries(f.input, *f.blobs, f.bureau));
  if (resign) resign_manifest(b, f.bureau);
  return verify_bundle(b, {f.bureau.public_key(), f.log_key.public_key(), "CF138", {}});
}

}  // namespace

TEST_CASE("a case bundle's access record: who opened the case, each line signed", "[bundle]") {
  BundleFixture f;
  const BundleVerdict v = check_with(f, access_record_text(three_access_lines(f.bureau)));
  INFO(v.text());
  REQUIRE(v.verified());
  CHECK_THAT(v.text(), Catch::Contains("access record: 3 entries of case " + kCase));
  CHECK_THAT(v.text(), Catch::Contains("1 follow the entry before them in the log and link to it"));
  CHECK_THAT(v.text(), Catch::Contains("#5 2025-10-16 06:05:00 UTC bundle.download by alice (reviewer) from 10.0.0.7"));
  // Listed in the manifest like every file: appended afterwards it is refused.
  f.input.access_record.clear();
  MemoryBundle without = memory_bundle(bundle_entries(f.input, *f.blobs, f.bureau));
  CHECK_FALSE(without.contains(std::string(bundle::kAccessRecord)));
  without.files()[std::string(bundle::kAccessRecord)] = access_record_text(three_access_lines(f.bureau));
  CHECK(verify_bundle(without, {f.bureau.public_key(), f.log_key.public_key(), "CF138", {}}).fault ==
        BundleFault::UnexpectedFile);
}

TEST_CASE("an access record altered, foreign, reordered or unlinked is refused", "[bundle]") {
  BundleFixture f;
  auto lines = three_access_lines(f.bureau);
  bool spaced = false;
  SECTION("a line's user changed") { lines[1]["user"] = "nobody"; }
  SECTION("a line signed by another key") {
    lines[1] = access_record_line(3, lines[0]["hash"].get<std::string>(), "evidence.download", "rita",
                                  KeyPair::from_seed(Bytes(32, 0x99)));
  }
  SECTION("a line of another case") {
    lines[2] = access_record_line(5, std::string(64, 'c'), "case.view", "rita", f.bureau, "CF138-S01-0003");
  }
  SECTION("two lines swapped") { std::swap(lines[1], lines[2]); }
  SECTION("a following line that does not link to the one before") {
    lines[1] = access_record_line(3, std::string(64, 'e'), "evidence.download", "rita", f.bureau);
  }
  SECTION("not canonical JSON") {
    spaced = true;  // a space after the opening brace
  }
  std::string text = access_record_text(lines);
  if (spaced) text.insert(1, " ");
  // The bureau re-signs the manifest: only the lines' own signatures and order give it away.
  const BundleVerdict v = check_with(f, text, true);
  INFO(v.text());
  CHECK(v.fault == BundleFault::AccessRecord);
  CHECK_THAT(v.failure, Catch::Contains("access-log.jsonl line"));
}

TEST_CASE("check_access_record's own bounds", "[bundle]") {
  const KeyPair bureau = KeyPair::from_seed(Bytes(32, 0xb0));
  CHECK_FALSE(check_access_record("", bureau.public_key(), kCase).ok());
  CHECK_FALSE(check_access_record(std::string(kMaxAccessLineBytes + 1, '{'), bureau.public_key(), kCase).ok());
  CHECK_THAT(check_access_record("x\n", bureau.public_key(), kCase).failure, Catch::Contains("line 1"));
  std::string prev(64, '0'), good;
  for (std::int64_t n = 1; n <= 30; ++n) {
    const Json l = access_record_line(n, prev, "case.view", "vic", bureau);
    prev = l["hash"].get<std::string>();
    good += canonical_dump(l) + "\n";
  }
  const auto ok = check_access_record(good, bureau.public_key(), kCase);
  REQUIRE(ok.ok());
  CHECK(ok.report.size() == 1 + kAccessRecordReportLines + 1);
  CHECK(ok.report.back() == "  and 10 more");
  CHECK_THAT(ok.report.front(), Catch::Contains("29 follow the entry before them"));
}
