#pragma once
// The one decode function: every path (camera frames, imported images, the CLI, the tests)
// ends here with an 8-bit luminance buffer that is read in place, never copied by us.

#include <cstdint>

#include "scan_result.h"

namespace fg {

// lum points at the first Y sample; row_stride is the byte distance between rows and
// pixel_stride the byte distance between Y samples in a row (1 for a Y plane, 2 for YUYV/UYVY).
// Asks ZXing for one symbol only (ZXing 1.4 aborts on some several-symbol reads). When that
// finds nothing and options.retry_budget_ms > 0, decode_retry looks again at sharpened and
// turned copies. Returns no result for an empty or invalid buffer; never throws.
ScanResults decode_luminance(const uint8_t* lum, int width, int height, int row_stride, const ScanOptions& options = {},
                             int pixel_stride = 1);

}  // namespace fg
