#include "documents/pdf_canvas.h"

#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include <chrono>
#include <cstdio>
#include <stdexcept>

namespace fg {

namespace {
// Noto Sans CJK SC carries Latin too, so one family serves both languages.
constexpr const char* kFamily = "Noto Sans CJK SC";

PangoLayout* make_layout(cairo_t* cr, const std::string& s, double size, double width, bool bold, int align,
                         bool markup) {
  PangoLayout* layout = pango_cairo_create_layout(cr);
  PangoFontDescription* font = pango_font_description_new();
  pango_font_description_set_family(font, kFamily);
  pango_font_description_set_absolute_size(font, size * PANGO_SCALE);
  pango_font_description_set_weight(font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description(layout, font);
  pango_font_description_free(font);
  if (width > 0) {
    pango_layout_set_width(layout, static_cast<int>(width * PANGO_SCALE));
    pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
  }
  pango_layout_set_alignment(layout, align == 1   ? PANGO_ALIGN_CENTER
                                     : align == 2 ? PANGO_ALIGN_RIGHT
                                                  : PANGO_ALIGN_LEFT);
  if (markup)
    pango_layout_set_markup(layout, s.c_str(), -1);
  else
    pango_layout_set_text(layout, s.c_str(), -1);
  return layout;
}

cairo_status_t append_to_string(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}
}  // namespace

PdfCanvas::PdfCanvas(const std::filesystem::path& file) {
  surface_ = cairo_pdf_surface_create(file.c_str(), kA4Width, kA4Height);
  if (cairo_surface_status(surface_) != CAIRO_STATUS_SUCCESS) {
    std::string why = cairo_status_to_string(cairo_surface_status(surface_));
    cairo_surface_destroy(surface_);
    throw std::runtime_error("cannot write " + file.string() + ": " + why);
  }
  cr_ = cairo_create(surface_);
}

PdfCanvas::PdfCanvas(PdfToMemory sink) {
  surface_ = cairo_pdf_surface_create_for_stream(append_to_string, sink.bytes, kA4Width, kA4Height);
  if (cairo_surface_status(surface_) != CAIRO_STATUS_SUCCESS) {
    std::string why = cairo_status_to_string(cairo_surface_status(surface_));
    cairo_surface_destroy(surface_);
    throw std::runtime_error("cannot make a PDF: " + why);
  }
  cr_ = cairo_create(surface_);
}

void PdfCanvas::set_creation_time(std::int64_t ms) {
  using namespace std::chrono;
  const auto s = sys_seconds{seconds{ms >= 0 ? ms / 1000 : (ms - 999) / 1000}};
  const auto day = floor<days>(s);
  const year_month_day ymd{day};
  const hh_mm_ss hms{s - day};
  char iso[32];
  std::snprintf(iso, sizeof iso, "%04d-%02u-%02uT%02d:%02d:%02dZ", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                static_cast<int>(hms.hours().count()), static_cast<int>(hms.minutes().count()),
                static_cast<int>(hms.seconds().count()));
  cairo_pdf_surface_set_metadata(surface_, CAIRO_PDF_METADATA_CREATE_DATE, iso);
}

void PdfCanvas::set_title(const std::string& title) {
  cairo_pdf_surface_set_metadata(surface_, CAIRO_PDF_METADATA_TITLE, title.c_str());
}

PdfCanvas::~PdfCanvas() {
  if (cr_) cairo_destroy(cr_);
  if (surface_) cairo_surface_destroy(surface_);
}

void PdfCanvas::draw_footer() {
  if (footer_.empty()) return;
  cairo_set_source_rgb(cr_, 0.4, 0.4, 0.4);
  text(margin(), kA4Height - margin() * 0.6,
       footer_ + "   第 " + std::to_string(page_) + " 页  Page " + std::to_string(page_), 7.5, kA4Width - 2 * margin(),
       false, 2);
  cairo_set_source_rgb(cr_, 0, 0, 0);
}

void PdfCanvas::new_page() {
  draw_footer();
  cairo_show_page(cr_);
  ++page_;
  y_ = margin();
}

void PdfCanvas::ensure(double height) {
  if (y_ + height > kA4Height - margin()) new_page();
}

void PdfCanvas::finish() {
  if (finished_) return;
  finished_ = true;
  draw_footer();
  cairo_show_page(cr_);
  cairo_surface_finish(surface_);
  if (auto st = cairo_surface_status(surface_); st != CAIRO_STATUS_SUCCESS)
    throw std::runtime_error(std::string("PDF not written: ") + cairo_status_to_string(st));
}

double PdfCanvas::text(double x, double y, const std::string& s, double size, double width, bool bold, int align,
                       bool markup) {
  PangoLayout* layout = make_layout(cr_, s, size, width, bold, align, markup);
  cairo_move_to(cr_, x, y);
  pango_cairo_show_layout(cr_, layout);
  int w = 0, h = 0;
  pango_layout_get_size(layout, &w, &h);
  g_object_unref(layout);
  return static_cast<double>(h) / PANGO_SCALE;
}

double PdfCanvas::text_width(const std::string& s, double size, bool bold) {
  PangoLayout* layout = make_layout(cr_, s, size, 0, bold, 0, false);
  int w = 0, h = 0;
  pango_layout_get_size(layout, &w, &h);
  g_object_unref(layout);
  return static_cast<double>(w) / PANGO_SCALE;
}

}  // namespace fg
