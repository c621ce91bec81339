#pragma once
// QR symbols written with ZXing-cpp's MultiFormatWriter: the modules (one per cell, no quiet
// zone) and their drawing on a cairo surface. One writer for the enrolment code, the booth
// labels and the case documents.
#include <ZXing/BitMatrix.h>
#include <cairo.h>

#include <string>

namespace fg {

// ZXing 1.4's error-correction scale runs 0 to 8 (docs/codes.md): 2 is about L/M, 4 is M.
inline constexpr int kQrEccCompact = 2;
inline constexpr int kQrEccPrint = 4;

// One module per cell, no margin: callers add their own quiet zone.
ZXing::BitMatrix qr_modules(const std::string& text, int ecc_level);

// Dark modules as one path filled once at (x, y) top-left, `module` points a side: no hairline
// seams between neighbouring squares.
void draw_qr(cairo_t* cr, const ZXing::BitMatrix& m, double x, double y, double module);

}  // namespace fg
