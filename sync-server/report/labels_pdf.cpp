#include "report/labels_pdf.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "codes/booth_sticker.h"
#include "documents/pdf_canvas.h"
#include "documents/qr_symbol.h"

namespace fg::relay {

namespace {

constexpr int kQuietModules = 4;
constexpr double kGapCm = 0.6;

}  // namespace

int write_labels_pdf(const std::vector<Booth>& booths, const std::string& fair, const KeyPair& bureau,
                     const std::filesystem::path& file, const LabelOptions& options) {
  if (booths.empty()) throw std::invalid_argument("the booth list is empty: import it with `booths import` first");
  if (!(options.symbol_cm >= 2.0 && options.symbol_cm <= 15.0))
    throw std::invalid_argument("QR symbol size must be 2 to 15 cm");
  // Sign every sticker before drawing: a bad booth is reported before any file is written.
  std::vector<std::string> payloads;
  for (const Booth& b : booths) {
    try {
      payloads.push_back(make_booth_sticker(fair, b.hall, b.booth, bureau));
    } catch (const std::invalid_argument& e) {
      throw std::invalid_argument("booth " + b.booth + " (hall " + b.hall + "): " + e.what());
    }
  }

  const double cm = kPointsPerCm;
  const ZXing::BitMatrix first = qr_modules(payloads.front(), kQrEccPrint);
  const double module = options.symbol_cm * cm / first.width();
  const double sticker_w = (first.width() + 2 * kQuietModules) * module;  // code plus quiet zone
  const double big = std::clamp(options.symbol_cm * 2.4, 10.0, 30.0),
               small = std::clamp(options.symbol_cm * 1.1, 6.0, 13.0);
  // Text above the code (booth, hall) and below it (exhibitor on up to two lines, fair name).
  const double top_h = 0.25 * cm + 1.45 * (big + small), bottom_h = 1.45 * (2 * 1.15 * small + 0.8 * small) + 0.2 * cm;
  const double cell_w = sticker_w, cell_h = top_h + sticker_w + bottom_h;
  const double margin = 1.0 * cm, gap = kGapCm * cm;
  const int cols = std::max(1, static_cast<int>((kA4Width - 2 * margin + gap) / (cell_w + gap)));
  const int rows = std::max(1, static_cast<int>((kA4Height - 2 * margin + gap) / (cell_h + gap)));
  const double x0 = (kA4Width - (cols * cell_w + (cols - 1) * gap)) / 2;
  const double y0 = (kA4Height - (rows * cell_h + (rows - 1) * gap)) / 2;

  PdfCanvas pdf(file);
  cairo_t* cr = pdf.cr();
  int pages = 1;
  for (std::size_t i = 0; i < booths.size(); ++i) {
    const int slot = static_cast<int>(i % static_cast<std::size_t>(cols * rows));
    if (slot == 0 && i > 0) {
      pdf.new_page();
      ++pages;
    }
    const int column = slot % cols, row = slot / cols;  // whole cells: integer division is meant
    const double x = x0 + column * (cell_w + gap), y = y0 + row * (cell_h + gap);
    const Booth& b = booths[i];
    // Cut line.
    cairo_set_source_rgb(cr, 0.6, 0.6, 0.6);
    cairo_set_line_width(cr, 0.5);
    const double dash[] = {3.0, 3.0};
    cairo_set_dash(cr, dash, 2, 0);
    cairo_rectangle(cr, x, y, cell_w, cell_h);
    cairo_stroke(cr);
    cairo_set_dash(cr, nullptr, 0, 0);
    cairo_set_source_rgb(cr, 0, 0, 0);

    double ty = y + 0.25 * cm;
    ty += pdf.text(x, ty, "展位 Booth  " + b.booth, big, cell_w, true, 1);
    pdf.text(x, ty, "展馆 Hall " + b.hall + "   " + fair, small, cell_w, false, 1);
    const double qr_y = y + top_h;
    const ZXing::BitMatrix m = qr_modules(payloads[i], kQrEccPrint);
    const double mod = options.symbol_cm * cm / m.width();
    draw_qr(cr, m, x + kQuietModules * mod, qr_y + kQuietModules * mod, mod);
    double by = qr_y + sticker_w;
    by += pdf.text(x + 0.3 * cm, by, b.exhibitor, small * 1.15, cell_w - 0.6 * cm, true, 1);
    if (!options.fair_name.empty())
      pdf.text(x + 0.3 * cm, by, options.fair_name, small * 0.8, cell_w - 0.6 * cm, false, 1);
  }
  pdf.finish();
  return pages;
}

}  // namespace fg::relay
