#pragma once
// What one decode returns, shared by the camera path, image import, the CLI and the tests.
// Plain C++ (no Qt types) so the same struct serves every caller.

#include <array>
#include <string>
#include <vector>

#include "scan_formats.h"

namespace fg {

struct ScanPoint {
  int x = 0;
  int y = 0;
};

struct ScanResult {
  std::string format;                // ZXing's name: "QRCode", "EAN-13", "UPC-A", "Code128"...
  std::string text;                  // UTF-8
  std::array<ScanPoint, 4> corners;  // top-left, top-right, bottom-right, bottom-left, in the
                                     // pixel coordinates of the buffer handed to the decoder
  double ms = 0;                     // wall time of the decode (straight pass + retry)
};

// At most one result per image: several-symbol reads abort ZXing 1.4 as Debian builds it
// (see docs/scanner.md), so the vector holds 0 or 1 entries.
using ScanResults = std::vector<ScanResult>;

struct ScanOptions {
  ScanFormats formats = all_scan_formats();
  bool try_harder = true;  // slower, finds small and low-contrast codes
  bool try_rotate = true;  // also scan columns: linear codes turned by 90/270 degrees
  // Linear codes: scan rows that must agree before a result counts. ZXing's default (2)
  // misread a UPC-A tilted by 35 degrees as an EAN-8 in our fixtures; 3 did not and still
  // read every other fixture (with try_harder, rows are a few pixels apart).
  int min_line_count = 3;
  // When the straight pass finds nothing: look again at a sharpened copy and at copies turned
  // by 15-45 degrees (decode_retry.h), starting no new try after this many ms. 0: no retry.
  double retry_budget_ms = 250;
};

}  // namespace fg
