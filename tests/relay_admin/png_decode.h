#pragma once
// Reads a PNG with libpng and decodes the QR code in it with ZXing, as a phone would.
#include <filesystem>
#include <optional>
#include <string>

namespace fg::test {

std::optional<std::string> decode_qr_png(const std::filesystem::path& file);

}  // namespace fg::test
