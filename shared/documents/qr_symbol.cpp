#include "documents/qr_symbol.h"

#include <ZXing/MultiFormatWriter.h>

namespace fg {

ZXing::BitMatrix qr_modules(const std::string& text, int ecc_level) {
  return ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode).setMargin(0).setEccLevel(ecc_level).encode(text, 0, 0);
}

void draw_qr(cairo_t* cr, const ZXing::BitMatrix& m, double x, double y, double module) {
  for (int r = 0; r < m.height(); ++r)
    for (int c = 0; c < m.width();) {
      if (!m.get(c, r)) {
        ++c;
        continue;
      }
      int end = c;
      while (end < m.width() && m.get(end, r)) ++end;
      cairo_rectangle(cr, x + c * module, y + r * module, (end - c) * module, module);
      c = end;
    }
  cairo_set_source_rgb(cr, 0, 0, 0);
  cairo_set_fill_rule(cr, CAIRO_FILL_RULE_WINDING);
  cairo_fill(cr);
}

}  // namespace fg
