#pragma once
// Reads a PNG with libpng and decodes the QR code in it with ZXing, as a phone would.
#include <filesystem>
#include <optional>
#include <string>

namespace fg::test {

std::optional<std::string> decode_qr_png(const std::filesystem::path& file);

// Decodes a QR code drawn in text with Unicode half blocks (as `enroll` prints it): each
// character is two modules stacked, dark where the glyph is ink.
std::optional<std::string> decode_qr_text(const std::string& text);

}  // namespace fg::test
