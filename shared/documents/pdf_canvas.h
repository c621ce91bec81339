#pragma once
// A thin layer over cairo's PDF surface and pango: A4 pages in points, text in Noto Sans CJK
// (Chinese and Latin), a cursor that starts a new page when a block does not fit. Used by the
// relay's report and labels and by the case documents (documents/document_pdf.h).
#include <cairo.h>

#include <cstdint>
#include <filesystem>
#include <string>

namespace fg {

inline constexpr double kA4Width = 595.2756;   // 210 mm in points
inline constexpr double kA4Height = 841.8898;  // 297 mm
inline constexpr double kPointsPerCm = 72.0 / 2.54;

// Where a PdfCanvas writes when not to a file: appended to *bytes as cairo produces them.
struct PdfToMemory {
  std::string* bytes;
};

class PdfCanvas {
 public:
  // Throws std::runtime_error when the file cannot be made.
  explicit PdfCanvas(const std::filesystem::path& file);
  explicit PdfCanvas(PdfToMemory sink);
  ~PdfCanvas();
  PdfCanvas(const PdfCanvas&) = delete;
  PdfCanvas& operator=(const PdfCanvas&) = delete;

  cairo_t* cr() { return cr_; }
  // Printed at the foot of every page with its number ("… Page 2"); empty: no footer.
  void set_footer(std::string footer) { footer_ = std::move(footer); }
  // The document's creation date (ms UTC) instead of the clock's, so that the same content
  // gives the same bytes; and its title. Call before drawing.
  void set_creation_time(std::int64_t ms);
  void set_title(const std::string& title);
  void new_page();
  // Finishes the file; throws std::runtime_error on a cairo error (disk full...).
  void finish();

  // Draws text (pango markup allowed when markup is true) at (x, y) top-left, wrapped at
  // `width` (0: no wrap), `align` 0 left, 1 centre, 2 right. Returns the height used.
  double text(double x, double y, const std::string& s, double size, double width = 0, bool bold = false, int align = 0,
              bool markup = false);
  // The width text would take on one line.
  double text_width(const std::string& s, double size, bool bold = false);

  // Cursor for flowing content: moves down; starts a new page when `height` does not fit.
  double y() const { return y_; }
  void advance(double dy) { y_ += dy; }
  void ensure(double height);
  double margin() const { return 50; }

 private:
  cairo_surface_t* surface_ = nullptr;
  cairo_t* cr_ = nullptr;
  void draw_footer();
  double y_ = 50;
  int page_ = 1;
  std::string footer_;
  bool finished_ = false;
};

}  // namespace fg
