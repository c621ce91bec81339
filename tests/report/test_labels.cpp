// fairguard-relay labels: every QR code on a 150 dpi render of labels.pdf scans and verifies
// with the bureau public key, one sticker per booth of the list.
#include <ZXing/ReadBarcode.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>
#include <map>

#include "support/child_process.h"
#include "codes/booth_sticker.h"
#include "data/relay_data.h"
#include "pgm_image.h"
#include "relay_fixture.h"
#include "report_scenario.h"

using namespace fg;
using namespace fg::test;
namespace fs = std::filesystem;

namespace {

fs::path make_folder_with_booths(const fs::path& dir) {
  const fs::path data = dir / "relay";
  auto r = run_process({FAIRGUARD_RELAY_EXE, "init", "--data", data.string(), "--fair", "CF138", "--name",
                        "第138届中国进出口商品交易会", "--venue", "广州 琶洲", "--from", "2026-10-15", "--to",
                        "2026-10-19"});
  REQUIRE(r.code == 0);
  std::ofstream(dir / "booths.csv", std::ios::binary) << kScenarioBoothsCsv;
  REQUIRE(run_process({FAIRGUARD_RELAY_EXE, "booths", "import", "--data", data.string(), (dir / "booths.csv").string()})
              .code == 0);
  return data;
}

// Every QR code on every page: booth -> how many times it was read and verified.
std::map<std::string, int> scan_labels(const fs::path& pdf, const fs::path& pages_dir, const PublicKey& bureau,
                                       std::size_t& page_count) {
  std::map<std::string, int> seen;
  const auto pages = render_pages(pdf, pages_dir, 150);
  page_count = pages.size();
  for (const auto& page : pages) {
    GreyImage img = read_pgm(page);
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);  // QR only: no linear-code path (docs/toolchain.md, ZXing-cpp 1.4)
    // ZXing 1.4 may miss one of several symbols in a pass: paint each symbol read white and
    // read again until a pass finds nothing (bounded by the stickers a page can hold).
    for (int pass = 0; pass < 64; ++pass) {
      const auto results = ZXing::ReadBarcodes(
          ZXing::ImageView(img.pixels.data(), img.width, img.height, ZXing::ImageFormat::Lum), hints);
      if (results.empty()) break;
      for (const auto& res : results) {
        auto parsed = parse_booth_sticker(res.text());
        INFO(page.string() << ": " << res.text());
        REQUIRE(parsed);
        CHECK(verify_booth_sticker(*parsed.sticker, bureau, "CF138") == BoothStickerCheck::Valid);
        ++seen[parsed.sticker->booth];
        int x0 = img.width, y0 = img.height, x1 = 0, y1 = 0;
        for (int i = 0; i < 4; ++i) {
          const auto p = res.position()[i];
          x0 = std::min(x0, p.x), y0 = std::min(y0, p.y), x1 = std::max(x1, p.x), y1 = std::max(y1, p.y);
        }
        for (int y = std::max(0, y0 - 4); y <= std::min(img.height - 1, y1 + 4); ++y)
          for (int x = std::max(0, x0 - 4); x <= std::min(img.width - 1, x1 + 4); ++x)
            img.pixels[static_cast<std::size_t>(y) * static_cast<std::size_t>(img.width) +
                       static_cast<std::size_t>(x)] = 255;
      }
    }
  }
  return seen;
}

}  // namespace

TEST_CASE("labels at 12 cm: one sticker per A4 page, every QR scans at 150 dpi and verifies", "[report]") {
  TempDir tmp;
  const fs::path data = make_folder_with_booths(tmp.path());
  auto r = run_process(
      {FAIRGUARD_RELAY_EXE, "labels", "--data", data.string(), "--out", (tmp.path() / "labels.pdf").string()});
  INFO(r.err);
  REQUIRE(r.code == 0);
  CHECK_THAT(r.out, Catch::Contains("8 booth stickers on 8 A4 pages"));
  relay::RelayData folder(data);
  std::size_t pages = 0;
  auto seen =
      scan_labels(tmp.path() / "labels.pdf", tmp.path() / "labels-png", folder.bureau_key().public_key(), pages);
  CHECK(pages == 8);
  REQUIRE(seen.size() == 8);
  for (const auto& [booth, n] : seen) CHECK(n == 1);
  CHECK(seen.count("11.3C03") == 1);

  // The printed symbol is 12 cm wide: at 150 dpi about 709 pixels for 41 modules.
  auto text = run_process({"/usr/bin/pdftotext", (tmp.path() / "labels.pdf").string(), "-"});
  CHECK_THAT(text.out, Catch::Contains("宁波市华光电器有限公司"));
  CHECK_THAT(text.out, Catch::Contains("9.1A01"));
  if (const char* keep = std::getenv("FAIRGUARD_REPORT_KEEP"))
    fs::copy_file(tmp.path() / "labels.pdf", fs::path(keep) / "labels.pdf", fs::copy_options::overwrite_existing);
}

TEST_CASE("labels at 4 cm: several stickers a page, all scan and verify", "[report]") {
  TempDir tmp;
  const fs::path data = make_folder_with_booths(tmp.path());
  auto r = run_process({FAIRGUARD_RELAY_EXE, "labels", "--data", data.string(), "--out",
                        (tmp.path() / "small.pdf").string(), "--symbol-cm", "4"});
  INFO(r.err);
  REQUIRE(r.code == 0);
  relay::RelayData folder(data);
  std::size_t pages = 0;
  auto seen = scan_labels(tmp.path() / "small.pdf", tmp.path() / "small-png", folder.bureau_key().public_key(), pages);
  CHECK(pages == 1);  // 4 cm: nine fit on a page
  CHECK(seen.size() == 8);
  for (const auto& [booth, n] : seen) CHECK(n == 1);
}

TEST_CASE("labels refuse a booth list that cannot go on stickers, and an empty one", "[report]") {
  TempDir tmp;
  const fs::path data = tmp.path() / "relay";
  REQUIRE(run_process({FAIRGUARD_RELAY_EXE, "init", "--data", data.string(), "--fair", "CF138", "--name", "F",
                       "--venue", "V", "--from", "2026-10-15", "--to", "2026-10-19"})
              .code == 0);
  auto r =
      run_process({FAIRGUARD_RELAY_EXE, "labels", "--data", data.string(), "--out", (tmp.path() / "l.pdf").string()});
  CHECK(r.code == 1);
  CHECK_THAT(r.err, Catch::Contains("booth list is empty"));
  std::ofstream(tmp.path() / "b.csv") << "booth,hall,exhibitor,delegation,industry\n9.1a01,9.1,X,,\n";
  REQUIRE(
      run_process({FAIRGUARD_RELAY_EXE, "booths", "import", "--data", data.string(), (tmp.path() / "b.csv").string()})
          .code == 0);
  r = run_process({FAIRGUARD_RELAY_EXE, "labels", "--data", data.string(), "--out", (tmp.path() / "l.pdf").string()});
  CHECK(r.code == 1);
  CHECK_THAT(r.err, Catch::Contains("booth 9.1a01"));
  CHECK_FALSE(fs::exists(tmp.path() / "l.pdf"));
}
