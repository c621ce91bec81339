// ZipBundle's bounds (bundle/zip_bundle.h): entry count, per-entry and total uncompressed
// size, entry names, each at its limit and one past; a refusal is a clear exception, which
// the verifier turns into "NOT VALID (unreadable)".
#include <catch2/catch.hpp>

#include "bundle/bundle_verify.h"
#include "bundle/zip_bundle.h"
#include "support/read_file.h"
#include "support/temp_dir.h"

using namespace fg;

namespace {

// The zip's bytes, written by libzip through write_zip.
std::string zip_of(const std::vector<std::pair<std::string, std::string>>& files) {
  test::TempDir dir;
  std::vector<ZipEntry> entries;
  for (const auto& [name, data] : files) entries.push_back({name, data, {}, true});
  write_zip(dir.path() / "t.zip", entries, 1764057660);
  return test::read_file(dir.path() / "t.zip");
}

std::string refusal(const std::string& bytes, const ZipLimits& limits = {}) {
  try {
    ZipBundle z(bytes, limits);
  } catch (const std::runtime_error& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("zip bounds: entry count and sizes, at the limit and one past", "[bundle]") {
  ZipLimits limits;
  limits.entries = 3;
  const std::string three = zip_of({{"a", "1"}, {"b", "2"}, {"c", "3"}});
  const std::string four = zip_of({{"a", "1"}, {"b", "2"}, {"c", "3"}, {"d", "4"}});
  CHECK(refusal(three, limits).empty());
  CHECK(refusal(four, limits) == "zip holds 4 entries, more than the 3 a bundle may have");

  limits = {};
  limits.entry_bytes = 100;
  CHECK(refusal(zip_of({{"a", std::string(100, 'x')}}), limits).empty());
  CHECK(refusal(zip_of({{"a", std::string(101, 'x')}}), limits) ==
        "zip entry a declares 101 bytes, more than the 100 allowed per file");
  // A 1 MB entry compresses to a few hundred bytes: the bound is on what it unpacks to.
  const std::string bomb = zip_of({{"a", std::string(1 << 20, '\0')}});
  CHECK(bomb.size() < 5000);
  CHECK_THAT(refusal(bomb, limits), Catch::Contains("declares 1048576 bytes"));

  limits = {};
  limits.total_bytes = 150;
  CHECK(refusal(zip_of({{"a", std::string(75, 'x')}, {"b", std::string(75, 'y')}}), limits).empty());
  CHECK(refusal(zip_of({{"a", std::string(75, 'x')}, {"b", std::string(76, 'y')}}), limits) ==
        "zip entries declare more than 150 bytes in all, more than a bundle may hold");

  CHECK(kMaxZipEntries == 100'000);
  CHECK(kMaxZipEntryBytes == 4ull << 30);
  CHECK(kMaxZipTotalBytes == 64ull << 30);
}

TEST_CASE("zip bounds: unsafe and over-long entry names are refused", "[bundle]") {
  for (const std::string& name :
       std::vector<std::string>{"../evil", "a/../../evil", "/etc/passwd", "a//b", "./a", "a/./b", "a\\b"}) {
    INFO(name);
    CHECK_THAT(refusal(zip_of({{name, "x"}})), Catch::EndsWith("is not a safe relative path"));
  }
  // libzip will not write a control character in a name: patch it into the headers instead.
  for (const char control : {'\x01', '\x0a', '\x7f'}) {
    std::string bytes = zip_of({{"aXb", "x"}});
    for (auto at = bytes.find("aXb"); at != std::string::npos; at = bytes.find("aXb", at)) bytes[at + 1] = control;
    CHECK_THAT(refusal(bytes), Catch::EndsWith("is not a safe relative path"));
  }
  CHECK(refusal(zip_of({{std::string(kMaxZipNameBytes, 'n'), "x"}})).empty());
  CHECK_THAT(refusal(zip_of({{std::string(kMaxZipNameBytes + 1, 'n'), "x"}})),
             Catch::EndsWith("is not a safe relative path"));
  CHECK(refusal(zip_of({{"events/ab/1.json", "x"}, {"folder/", ""}})).empty());
}

TEST_CASE("zip bounds: two entries with the same name are refused", "[bundle]") {
  std::string bytes = zip_of({{"AAAA.json", "first"}, {"BBBB.json", "second"}});
  // Rename the second entry in its local header and in the central directory alike.
  for (auto at = bytes.find("BBBB.json"); at != std::string::npos; at = bytes.find("BBBB.json", at))
    bytes.replace(at, 9, "AAAA.json");
  // libzip's consistency check finds it first; ZipBundle checks again for sources without it.
  CHECK(refusal(bytes) == "not a readable zip: File already exists");
}

TEST_CASE("zip bounds: an entry that unpacks to more than its header declares is refused", "[bundle]") {
  // 1,000 bytes, compressed; both headers then say it unpacks to 10. Reading it (as a small file
  // or hashed) must fail rather than hand on bytes past the declared size.
  std::string bytes = zip_of({{"events/a.json", std::string(1000, 'x')}});
  auto patch_size = [&](std::size_t at) { bytes.replace(at, 4, std::string("\x0a\x00\x00\x00", 4)); };
  patch_size(bytes.find("PK\x03\x04") + 22);  // local header: uncompressed size
  patch_size(bytes.find("PK\x01\x02") + 24);  // central directory: uncompressed size
  const ZipBundle zip(bytes);
  std::string why;
  CHECK_FALSE(zip.read("events/a.json", &why).has_value());
  CHECK_THAT(why, Catch::Contains("unpacks to more than the 10 bytes its header declares"));
  why.clear();
  CHECK_FALSE(zip.hash("events/a.json", nullptr, &why).has_value());
  CHECK_THAT(why, Catch::Contains("unpacks to more than the 10 bytes its header declares"));
  // The same entry with honest headers reads back whole.
  const std::string honest_bytes = zip_of({{"events/a.json", std::string(1000, 'x')}});
  const ZipBundle honest(honest_bytes);
  CHECK(honest.read("events/a.json") == std::string(1000, 'x'));
}
