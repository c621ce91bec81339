#pragma once
// Draws a code with ZXing's writer: for test images, the benchmark and (later) on-screen codes.

#include <QImage>

#include <string>

#include <ZXing/BarcodeFormat.h>

namespace fg {

// 8-bit grey image: black modules of module_px pixels, a 10-module white quiet zone; linear
// codes get bars half as high as the code is wide (at least 40 modules), PDF417 rows 3 modules
// high. Text is UTF-8 (QR, DataMatrix and PDF417 carry it with an ECI). Throws
// std::invalid_argument when ZXing cannot encode the text in that format.
QImage code_image(ZXing::BarcodeFormat format, const std::string& text, int module_px);

}  // namespace fg
