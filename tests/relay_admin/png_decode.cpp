#include "png_decode.h"

#include <ZXing/ReadBarcode.h>
#include <png.h>

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
  const auto result = ZXing::ReadBarcode(
      ZXing::ImageView(pixels.data(), static_cast<int>(image.width), static_cast<int>(image.height), ZXing::ImageFormat::Lum),
      hints);
  if (!result.isValid()) return std::nullopt;
  return result.text();
}

}  // namespace fg::test
