#include "scan_formats.h"

#include <array>
#include <cctype>

namespace fg {
namespace {

using ZXing::BarcodeFormat;

constexpr std::array supported = {
    BarcodeFormat::QRCode, BarcodeFormat::DataMatrix, BarcodeFormat::EAN13,  BarcodeFormat::EAN8,   BarcodeFormat::UPCA,
    BarcodeFormat::UPCE,   BarcodeFormat::Code128,    BarcodeFormat::Code39, BarcodeFormat::PDF417,
};

std::string normalized(std::string_view name) {
  std::string out;
  for (char c : name) {
    if (c == '-' || c == '_' || c == ' ') continue;
    out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  return out;
}

}  // namespace

ScanFormats all_scan_formats() {
  ScanFormats formats;
  for (auto f : supported) formats |= f;
  return formats;
}

std::string scan_format_name(BarcodeFormat format) { return ZXing::ToString(format); }

std::vector<std::string> scan_format_names(ScanFormats formats) {
  std::vector<std::string> names;
  for (auto f : supported)
    if (formats.testFlag(f)) names.push_back(scan_format_name(f));
  return names;
}

std::optional<BarcodeFormat> parse_scan_format(std::string_view name) {
  const std::string wanted = normalized(name);
  for (auto f : supported)
    if (normalized(ZXing::ToString(f)) == wanted) return f;
  // Common spellings that differ from ZXing's names beyond punctuation.
  if (wanted == "qr") return BarcodeFormat::QRCode;
  if (wanted == "datamatrixcode" || wanted == "dm") return BarcodeFormat::DataMatrix;
  return std::nullopt;
}

std::optional<ScanFormats> parse_scan_formats(const std::vector<std::string>& names, std::string* bad_name) {
  if (names.empty()) return all_scan_formats();
  ScanFormats formats;
  for (const auto& name : names) {
    auto f = parse_scan_format(name);
    if (!f) {
      if (bad_name) *bad_name = name;
      return std::nullopt;
    }
    formats |= *f;
  }
  return formats;
}

}  // namespace fg
