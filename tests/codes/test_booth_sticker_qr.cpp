// The booth sticker as a real QR code: written and read back with ZXing, the library the
// relay prints with and the station scans with, to hold docs/codes.md's size promises.
#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>
#include <ZXing/ReadBarcode.h>

#include <catch2/catch.hpp>
#include <cmath>
#include <string>
#include <vector>

#include "codes/booth_sticker.h"

namespace {

constexpr int kEccLevelM = 4;  // ZXing 1.4 maps its 0-8 scale to L,L,L,M,M,Q,Q,H,H

const fg::KeyPair& bureau() {
  static const fg::KeyPair key = fg::KeyPair::from_seed(fg::Bytes(32, 0x42));
  return key;
}

ZXing::BitMatrix encode(const std::string& text) {
  return ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode).setEccLevel(kEccLevelM).setMargin(0).encode(text, 0, 0);
}

int qr_version(const ZXing::BitMatrix& symbol) { return (symbol.width() - 17) / 4; }

// A grey 1280x720 camera frame showing the symbol (with its 4-module quiet zone) at
// `pixels_per_module`, each pixel the average of the area it sees, as a lens blurs it.
std::vector<std::uint8_t> camera_frame(const ZXing::BitMatrix& symbol, double pixels_per_module) {
  constexpr int kWidth = 1280, kHeight = 720, kSamples = 4;
  std::vector<std::uint8_t> frame(kWidth * kHeight, 200);  // a light grey hall wall
  const double size = (symbol.width() + 8) * pixels_per_module;
  const double left = 517.3, top = 211.7;  // not on a pixel boundary
  for (int y = 0; y < kHeight; ++y) {
    for (int x = 0; x < kWidth; ++x) {
      if (x + 1 < left || y + 1 < top || x > left + size || y > top + size) continue;
      int dark = 0;
      for (int sy = 0; sy < kSamples; ++sy) {
        for (int sx = 0; sx < kSamples; ++sx) {
          const double mx = (x + (sx + 0.5) / kSamples - left) / pixels_per_module - 4;
          const double my = (y + (sy + 0.5) / kSamples - top) / pixels_per_module - 4;
          const int ix = static_cast<int>(std::floor(mx)), iy = static_cast<int>(std::floor(my));
          if (ix >= 0 && iy >= 0 && ix < symbol.width() && iy < symbol.height() && symbol.get(ix, iy)) ++dark;
        }
      }
      const bool inside = x >= left - 1 && y >= top - 1;
      frame[y * kWidth + x] =
          inside ? static_cast<std::uint8_t>(235 - dark * 200 / (kSamples * kSamples)) : frame[y * kWidth + x];
    }
  }
  return frame;
}

std::string scan(const std::vector<std::uint8_t>& frame) {
  ZXing::DecodeHints hints;
  hints.setFormats(ZXing::BarcodeFormat::QRCode);
  hints.setMaxNumberOfSymbols(1);  // docs/toolchain.md, ZXing-cpp 1.4: only the single-symbol path is safe
  const auto result = ZXing::ReadBarcode(ZXing::ImageView(frame.data(), 1280, 720, ZXing::ImageFormat::Lum), hints);
  return result.isValid() ? result.text() : std::string();
}

}  // namespace

TEST_CASE("every booth sticker is a version 6 QR code at ECC level M", "[codes]") {
  const std::string typical = fg::make_booth_sticker("CF138", "11.2", "11.2B05", bureau());
  const std::string longest =
      fg::make_booth_sticker(std::string(fg::kMaxFairIdLength, 'F'), std::string(fg::kMaxHallLength, '9'),
                             std::string(fg::kMaxBoothCodeLength, 'B'), bureau());
  CHECK(qr_version(encode(typical)) == 6);
  CHECK(qr_version(encode(longest)) == 6);
  CHECK(encode(longest).width() == 41);
}

TEST_CASE("a booth sticker scanned from a camera frame verifies", "[codes]") {
  const std::string sticker = fg::make_booth_sticker("CF138", "11.2", "11.2B05", bureau());
  // About 2.9 pixels per module: a 12 cm symbol seen from 1 m by a 1280-pixel camera with a
  // 65-degree field of view (docs/codes.md); 9.7 is the same sticker from 30 cm.
  const double pixels_per_module = GENERATE(2.9, 9.7);
  INFO(pixels_per_module << " pixels per module");
  const std::string scanned = scan(camera_frame(encode(sticker), pixels_per_module));
  REQUIRE(scanned == sticker);
  const auto parsed = fg::parse_booth_sticker(scanned);
  REQUIRE(parsed);
  CHECK(fg::verify_booth_sticker(*parsed.sticker, bureau().public_key(), "CF138") == fg::BoothStickerCheck::Valid);
}
