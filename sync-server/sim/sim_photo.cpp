#include "sim/sim_photo.h"

#include <ZXing/BarcodeFormat.h>
#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>
#include <cairo.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <stdexcept>

// jpeglib.h needs FILE and size_t declared first.
#include <jpeglib.h>

#include "codes/gtin.h"

namespace fg::relay {

namespace {

using Surface = std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)>;
using Context = std::unique_ptr<cairo_t, decltype(&cairo_destroy)>;

double unit(std::mt19937_64& rng) { return static_cast<double>(rng() % 10'000) / 10'000.0; }
double between(std::mt19937_64& rng, double lo, double hi) { return lo + (hi - lo) * unit(rng); }

void fill_rect(cairo_t* cr, double x, double y, double w, double h, double r, double g, double b) {
  cairo_set_source_rgb(cr, r, g, b);
  cairo_rectangle(cr, x, y, w, h);
  cairo_fill(cr);
}

void text_at(cairo_t* cr, const std::string& text, double x, double y, double size, bool bold) {
  cairo_select_font_face(cr, "Noto Sans CJK SC", CAIRO_FONT_SLANT_NORMAL,
                         bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size(cr, size);
  cairo_move_to(cr, x, y);
  cairo_show_text(cr, text.c_str());
}

// The exhibit on the table's left half: a box, a lamp, a bottle or a ball, in a strong colour.
void draw_exhibit(cairo_t* cr, double w, double table_y, std::mt19937_64& rng) {
  const double x = between(rng, 0.12, 0.22) * w, size = between(rng, 0.18, 0.26) * w;
  const double r = between(rng, 0.1, 0.9), g = between(rng, 0.1, 0.9), b = between(rng, 0.1, 0.9);
  cairo_set_source_rgb(cr, r, g, b);
  switch (rng() % 4) {
    case 0:  // a boxed product with its top face
      cairo_rectangle(cr, x, table_y - size, size, size);
      cairo_fill(cr);
      cairo_set_source_rgb(cr, r * 0.7, g * 0.7, b * 0.7);
      cairo_move_to(cr, x, table_y - size);
      cairo_line_to(cr, x + size * 0.25, table_y - size * 1.2);
      cairo_line_to(cr, x + size * 1.25, table_y - size * 1.2);
      cairo_line_to(cr, x + size, table_y - size);
      cairo_close_path(cr);
      cairo_fill(cr);
      break;
    case 1:  // a desk lamp: base, stem, shade
      cairo_rectangle(cr, x, table_y - size * 0.08, size * 0.6, size * 0.08);
      cairo_rectangle(cr, x + size * 0.27, table_y - size, size * 0.06, size);
      cairo_fill(cr);
      cairo_move_to(cr, x + size * 0.05, table_y - size * 0.75);
      cairo_line_to(cr, x + size * 0.2, table_y - size * 1.15);
      cairo_line_to(cr, x + size * 0.4, table_y - size * 1.15);
      cairo_line_to(cr, x + size * 0.75, table_y - size * 0.75);
      cairo_close_path(cr);
      cairo_fill(cr);
      break;
    case 2:  // a bottle
      cairo_rectangle(cr, x, table_y - size * 1.1, size * 0.45, size * 1.1);
      cairo_rectangle(cr, x + size * 0.15, table_y - size * 1.4, size * 0.15, size * 0.3);
      cairo_fill(cr);
      break;
    default:  // a ball on a stand
      cairo_arc(cr, x + size / 2, table_y - size * 0.6, size * 0.5, 0, 2 * M_PI);
      cairo_fill(cr);
      cairo_set_source_rgb(cr, 0.3, 0.3, 0.3);
      cairo_rectangle(cr, x + size * 0.3, table_y - size * 0.12, size * 0.4, size * 0.12);
      cairo_fill(cr);
  }
}

// The product's label leaning on the wall: an upright EAN-13 (ZXing scans rows: not tilted)
// with a quiet zone and its digits, in whole pixels a bar so that the JPEG keeps edges.
void draw_label(cairo_t* cr, const std::string& code, double w, double table_y, std::mt19937_64& rng) {
  const ZXing::BitMatrix bars = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::EAN13).setMargin(0).encode(code, 0, 1);
  const int modules = bars.width();
  const int module_px = std::max(2, static_cast<int>(w * 0.34) / (modules + 20));
  const double card_w = (modules + 20) * module_px, bar_h = std::round(card_w * 0.45);
  const double card_h = bar_h + card_w * 0.28;
  const double x = std::round(std::min(between(rng, 0.52, 0.62) * w, w * 0.97 - card_w));  // right of the exhibit
  const double y = std::round(table_y - card_h - between(rng, 0.02, 0.08) * w);
  fill_rect(cr, x, y, card_w, card_h, 0.97, 0.97, 0.95);
  cairo_set_source_rgb(cr, 0.25, 0.25, 0.25);
  text_at(cr, "货号 Product code", x + 10 * module_px, y + card_w * 0.09, card_w * 0.07, false);
  cairo_set_antialias(cr, CAIRO_ANTIALIAS_NONE);
  cairo_set_source_rgb(cr, 0.05, 0.05, 0.05);
  const double bar_y = std::round(y + card_w * 0.13);
  for (int i = 0; i < modules; ++i)
    if (bars.get(i, 0)) cairo_rectangle(cr, x + (10 + i) * module_px, bar_y, module_px, bar_h);
  cairo_fill(cr);
  cairo_set_antialias(cr, CAIRO_ANTIALIAS_DEFAULT);
  text_at(cr, code, x + 10 * module_px, bar_y + bar_h + card_w * 0.09, card_w * 0.08, false);
}

// A paper left on the table (a served notice the recipient would not sign for).
void draw_paper(cairo_t* cr, const std::string& caption, double w, double table_y) {
  const double x = w * 0.52, y = table_y + w * 0.02, pw = w * 0.3;
  cairo_set_source_rgb(cr, 0.98, 0.98, 0.98);
  cairo_move_to(cr, x, y);
  cairo_line_to(cr, x + pw, y);
  cairo_line_to(cr, x + pw * 1.08, y + pw * 0.45);
  cairo_line_to(cr, x - pw * 0.08, y + pw * 0.45);
  cairo_close_path(cr);
  cairo_fill(cr);
  cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
  text_at(cr, "投诉通知书", x + pw * 0.1, y + pw * 0.12, pw * 0.08, true);
  text_at(cr, caption, x + pw * 0.02, y + pw * 0.25, pw * 0.06, false);
}

// Sensor-like noise, so the picture is a photograph's size and not a drawing's.
void add_noise(cairo_surface_t* s, std::mt19937_64& rng) {
  cairo_surface_flush(s);
  unsigned char* data = cairo_image_surface_get_data(s);
  const int stride = cairo_image_surface_get_stride(s), width = cairo_image_surface_get_width(s);
  std::uint64_t bits = 0;
  for (int y = 0; y < cairo_image_surface_get_height(s); ++y)
    for (int x = 0; x < width * 4; ++x) {
      if (x % 8 == 0) bits = rng();  // eight noise values a draw: the draws were most of the time
      const int noise = static_cast<int>(bits & 0xFF) % 13 - 6;
      bits >>= 8;
      if (x % 4 == 3) continue;  // the unused byte of RGB24
      unsigned char& p =
          data[static_cast<std::size_t>(y) * static_cast<std::size_t>(stride) + static_cast<std::size_t>(x)];
      p = static_cast<unsigned char>(std::clamp(static_cast<int>(p) + noise, 0, 255));
    }
  cairo_surface_mark_dirty(s);
}

std::string jpeg_of(cairo_surface_t* s) {
  jpeg_compress_struct info{};
  jpeg_error_mgr errors{};
  info.err = jpeg_std_error(&errors);
  errors.error_exit = [](j_common_ptr) { throw std::runtime_error("libjpeg could not encode the picture"); };
  unsigned char* out = nullptr;
  unsigned long size = 0;  // NOLINT(google-runtime-int): libjpeg's type
  jpeg_create_compress(&info);
  try {
    jpeg_mem_dest(&info, &out, &size);
    info.image_width = static_cast<JDIMENSION>(cairo_image_surface_get_width(s));
    info.image_height = static_cast<JDIMENSION>(cairo_image_surface_get_height(s));
    info.input_components = 4;
    info.in_color_space = JCS_EXT_BGRX;  // cairo's RGB24 on a little-endian machine
    jpeg_set_defaults(&info);
    jpeg_set_quality(&info, 88, TRUE);
    jpeg_start_compress(&info, TRUE);
    unsigned char* data = cairo_image_surface_get_data(s);
    const auto stride = static_cast<std::size_t>(cairo_image_surface_get_stride(s));
    while (info.next_scanline < info.image_height) {
      JSAMPROW row = data + info.next_scanline * stride;
      jpeg_write_scanlines(&info, &row, 1);
    }
    jpeg_finish_compress(&info);
  } catch (...) {
    jpeg_destroy_compress(&info);
    std::free(out);  // NOLINT(cppcoreguidelines-no-malloc): libjpeg allocated it
    throw;
  }
  jpeg_destroy_compress(&info);
  std::string bytes(reinterpret_cast<const char*>(out), size);
  std::free(out);  // NOLINT(cppcoreguidelines-no-malloc): libjpeg allocated it
  return bytes;
}

}  // namespace

std::string exhibit_photo_jpeg(const ExhibitScene& scene, std::mt19937_64& rng, int photo_kb) {
  // About 1.7 bits a pixel at quality 88 with the noise (measured): the side from the size asked.
  const double pixels = std::max(photo_kb, 1) * 1024.0 * 8 / 1.7;
  const int w = std::clamp(static_cast<int>(std::sqrt(pixels * 4 / 3)), 640, 4000), h = w * 3 / 4;
  const Surface surface(cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h), cairo_surface_destroy);
  const Context context(cairo_create(surface.get()), cairo_destroy);
  cairo_t* cr = context.get();
  const double table_y = h * between(rng, 0.6, 0.68);
  fill_rect(cr, 0, 0, w, h, between(rng, 0.7, 0.95), between(rng, 0.7, 0.95), between(rng, 0.7, 0.95));
  // The fascia: booth number and exhibitor, white on the booth's colour.
  fill_rect(cr, 0, 0, w, h * 0.16, between(rng, 0.05, 0.4), between(rng, 0.05, 0.4), between(rng, 0.1, 0.5));
  cairo_set_source_rgb(cr, 1, 1, 1);
  text_at(cr, "展位 Booth " + scene.booth, w * 0.04, h * 0.09, h * 0.06, true);
  text_at(cr, scene.exhibitor, w * 0.04, h * 0.14, h * 0.035, false);
  const double wood = between(rng, 0.35, 0.6);
  fill_rect(cr, w * 0.05, table_y, w * 0.9, h - table_y, wood, wood * 0.75, wood * 0.5);
  draw_exhibit(cr, w, table_y, rng);
  if (!scene.product_code.empty()) draw_label(cr, scene.product_code, w, table_y, rng);
  if (!scene.paper.empty()) draw_paper(cr, scene.paper, w, table_y);
  if (cairo_status(cr) != CAIRO_STATUS_SUCCESS)
    throw std::runtime_error(std::string("cairo: ") + cairo_status_to_string(cairo_status(cr)));
  add_noise(surface.get(), rng);
  return jpeg_of(surface.get());
}

std::string signature_png(std::mt19937_64& rng) {
  const Surface surface(cairo_image_surface_create(CAIRO_FORMAT_RGB24, 600, 200), cairo_surface_destroy);
  const Context context(cairo_create(surface.get()), cairo_destroy);
  cairo_t* cr = context.get();
  fill_rect(cr, 0, 0, 600, 200, 1, 1, 1);
  cairo_set_source_rgb(cr, 0.05, 0.1, 0.35);
  cairo_set_line_width(cr, 4);
  cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
  double x = 40 + between(rng, 0, 40);
  cairo_move_to(cr, x, 120);
  for (int stroke = 0, strokes = 5 + static_cast<int>(rng() % 4); stroke < strokes; ++stroke) {
    const double nx = x + between(rng, 40, 90), ny = between(rng, 60, 150);
    cairo_curve_to(cr, x + between(rng, 0, 40), between(rng, 20, 180), nx - between(rng, 0, 40), between(rng, 20, 180),
                   nx, ny);
    x = nx;
  }
  cairo_stroke(cr);
  std::string png;
  const auto write = [](void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
  };
  if (cairo_surface_write_to_png_stream(surface.get(), write, &png) != CAIRO_STATUS_SUCCESS)
    throw std::runtime_error("cairo could not write the signature");
  return png;
}

std::string random_ean13(std::mt19937_64& rng) {
  char body[16];
  std::snprintf(body, sizeof body, "69%d%09d", static_cast<int>(rng() % 10), static_cast<int>(rng() % 1'000'000'000));
  return std::string(body) + *gtin_check_digit(body);
}

}  // namespace fg::relay
