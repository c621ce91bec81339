#include "png_decode.h"

#include <ZXing/ReadBarcode.h>
#include <png.h>

#include <algorithm>
#include <vector>

namespace fg::test {

std::optional<std::string> decode_qr_png(const std::filesystem::path& file) {
  png_image image{};
  image.version = PNG_IMAGE_VERSION;
  if (!png_image_begin_read_from_file(&image, file.c_str())) return std::nullopt;
  image.format = PNG_FORMAT_GRAY;
  std::vector<std::uint8_t> pixels(PNG_IMAGE_SIZE(image));
  if (!png_image_finish_read(&image, nullptr, pixels.data(), 0, nullptr)) return std::nullopt;
  ZXing::DecodeHints hints;
  hints.setFormats(ZXing::BarcodeFormat::QRCode);
  const auto result = ZXing::ReadBarcode(ZXing::ImageView(pixels.data(), static_cast<int>(image.width),
                                                          static_cast<int>(image.height), ZXing::ImageFormat::Lum),
                                         hints);
  if (!result.isValid()) return std::nullopt;
  return result.text();
}

std::optional<std::string> decode_qr_text(const std::string& text) {
  // Parse UTF-8 glyphs into rows of (top, bottom) pairs.
  std::vector<std::vector<std::pair<bool, bool>>> rows(1);
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] == '\n') {
      rows.emplace_back();
      ++i;
    } else if (text.compare(i, 3, "\u2588") == 0) {
      rows.back().push_back({true, true});
      i += 3;
    } else if (text.compare(i, 3, "\u2580") == 0) {
      rows.back().push_back({true, false});
      i += 3;
    } else if (text.compare(i, 3, "\u2584") == 0) {
      rows.back().push_back({false, true});
      i += 3;
    } else {
      rows.back().push_back({false, false});
      ++i;
    }
  }
  while (!rows.empty() && rows.back().empty()) rows.pop_back();
  std::size_t width = 0;
  for (const auto& r : rows) width = std::max(width, r.size());
  constexpr int kScale = 4;
  const int w = static_cast<int>(width) * kScale, h = static_cast<int>(rows.size()) * 2 * kScale;
  std::vector<std::uint8_t> pixels(static_cast<std::size_t>(w) * static_cast<std::size_t>(h), 255);
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) {
      const auto& row = rows[static_cast<std::size_t>(y / (2 * kScale))];
      const auto col = static_cast<std::size_t>(x / kScale);
      if (col >= row.size()) continue;
      const bool top = (y / kScale) % 2 == 0;
      if (top ? row[col].first : row[col].second)
        pixels[static_cast<std::size_t>(y) * static_cast<std::size_t>(w) + static_cast<std::size_t>(x)] = 0;
    }
  ZXing::DecodeHints hints;
  hints.setFormats(ZXing::BarcodeFormat::QRCode);
  const auto result = ZXing::ReadBarcode(ZXing::ImageView(pixels.data(), w, h, ZXing::ImageFormat::Lum), hints);
  if (!result.isValid()) return std::nullopt;
  return result.text();
}

}  // namespace fg::test
