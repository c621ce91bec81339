#pragma once
// The code formats a scan field can accept, by name. The names are ZXing's own
// ("QRCode", "EAN-13", "UPC-A", "Code128", ...); parsing ignores case, '-', '_' and spaces, so
// "EAN13", "ean-13" and "Code 128" are accepted too.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <ZXing/BarcodeFormat.h>

namespace fg {

using ScanFormats = ZXing::BarcodeFormats;

// QR, DataMatrix, EAN-13/8, UPC-A/E, Code 128, Code 39, PDF417: what booths and products carry.
ScanFormats all_scan_formats();

// ZXing's name of one format, e.g. "EAN-13".
std::string scan_format_name(ZXing::BarcodeFormat format);

// Names of each format in the set, in a fixed order.
std::vector<std::string> scan_format_names(ScanFormats formats);

// One supported format from a name (case, '-', '_' and spaces ignored); nullopt if the name is
// not one of the supported formats.
std::optional<ZXing::BarcodeFormat> parse_scan_format(std::string_view name);

// A set from names; an empty list means all supported formats. On an unknown name returns
// nullopt and puts the offending name into *bad_name.
std::optional<ScanFormats> parse_scan_formats(const std::vector<std::string>& names, std::string* bad_name = nullptr);

}  // namespace fg
