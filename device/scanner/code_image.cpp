#include "code_image.h"

#include <algorithm>
#include <stdexcept>

#include <ZXing/BitMatrix.h>
#include <ZXing/CharacterSet.h>
#include <ZXing/MultiFormatWriter.h>

namespace fg {

QImage code_image(ZXing::BarcodeFormat format, const std::string& text, int module_px) {
  if (module_px < 1) throw std::invalid_argument("code_image: module size must be at least 1 pixel");
  ZXing::MultiFormatWriter writer(format);
  writer.setMargin(0);
  const bool matrix = format == ZXing::BarcodeFormat::QRCode || format == ZXing::BarcodeFormat::PDF417 ||
                      format == ZXing::BarcodeFormat::DataMatrix;
  if (matrix) writer.setEncoding(ZXing::CharacterSet::UTF8);
  const ZXing::BitMatrix bits = writer.encode(text, 0, 0);  // one pixel per module

  const bool linear = !matrix;
  const int quiet = 10 * module_px;
  const int code_w = bits.width() * module_px;
  const int code_h = linear                                   ? std::max(40 * module_px, code_w / 2)
                     : format == ZXing::BarcodeFormat::PDF417 ? bits.height() * module_px * 3
                                                              : bits.height() * module_px;
  QImage image(code_w + 2 * quiet, code_h + 2 * quiet, QImage::Format_Grayscale8);
  image.fill(255);
  for (int y = 0; y < code_h; ++y) {
    const int by = linear ? 0 : y * bits.height() / code_h;
    uchar* row = image.scanLine(quiet + y);
    for (int x = 0; x < code_w; ++x)
      if (bits.get(x / module_px, by)) row[quiet + x] = 0;
  }
  return image;
}

}  // namespace fg
