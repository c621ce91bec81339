#pragma once
// Derived luminance images for the decoder's second look (decode_retry): a turned copy for
// linear codes tilted past the angle ZXing's row scan reads, a sharpened one for soft focus.
// Plain C++; the source is read in place with its row and pixel strides.

#include <cstdint>
#include <optional>
#include <vector>

namespace fg {

struct LumaView {
  const uint8_t* data = nullptr;
  int width = 0;
  int height = 0;
  int row_stride = 0;
  int pixel_stride = 1;
  uint8_t at(int x, int y) const { return data[y * row_stride + x * pixel_stride]; }
};

// A dense 8-bit image (row stride = width).
struct LumaImage {
  int width = 0;
  int height = 0;
  std::vector<uint8_t> pixels;
};

// The source turned by `degrees` (clockwise on screen, y down, as ImageMagick -rotate) about its centre,
// bilinear, onto a canvas of the same size (what falls outside is white). A code turned by
// -degrees in the source lies straight in the copy.
LumaImage rotated(const LumaView& src, double degrees);

// Where a point of rotated(src, degrees) lies in the source (for corners found in the copy).
struct SourcePoint {
  double x = 0;
  double y = 0;
};
SourcePoint source_of_rotated(int width, int height, double degrees, double x, double y);

// Unsharp mask: p + amount * (p - blurred p), clamped, the blur a Gaussian of sigma 1.2
// (what brought back soft codes best among the masks tried on the bench's blur).
LumaImage sharpened(const LumaView& src, int amount);

// The centre half of the source (half its width and height) enlarged twice, bilinear: small or
// soft codes held in the middle of a camera frame get more pixels per module.
LumaImage enlarged_centre(const LumaView& src);
SourcePoint source_of_enlarged(int width, int height, double x, double y);

// Where the code probably is: the largest patch of 16 px cells with strong edges (mean step
// between neighbours above a threshold), widened by a margin for the quiet zone, clipped to the
// frame. Nothing when no cell has edges or the patch covers most of the frame (texture, noise):
// then a crop would not be smaller than the frame.
struct CropBox {
  int x = 0;
  int y = 0;
  int width = 0;
  int height = 0;
};
std::optional<CropBox> busy_region(const LumaView& src);

// The turn, in degrees in (-90, 90], that stands the box's edges upright (structure tensor of
// the gradients): the turn a row-scanned code needs, bars vertical, for the row scan to read.
double upright_turn(const LumaView& src, const CropBox& box);

// The box turned by `degrees` (clockwise on screen, as rotated()) about its centre and scaled
// by `scale`, bilinear, onto a canvas just holding it; source pixels outside the box but inside
// the frame come along, outside the frame is white.
struct TurnedCrop {
  CropBox box;
  double degrees = 0;
  double scale = 1;
  LumaImage image;
  SourcePoint to_source(double x, double y) const;  // a point of `image` in the source
};
TurnedCrop turned_crop(const LumaView& src, const CropBox& box, double degrees, double scale);

// A view of a dense image.
inline LumaView view_of(const LumaImage& image) {
  return {image.pixels.data(), image.width, image.height, image.width, 1};
}

}  // namespace fg
