#pragma once
// Derived luminance images for the decoder's second look (decode_retry): a turned copy for
// linear codes tilted past the angle ZXing's row scan reads, a sharpened one for soft focus.
// Plain C++; the source is read in place with its row and pixel strides.

#include <cstdint>
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

// A view of a dense image.
inline LumaView view_of(const LumaImage& image) {
  return {image.pixels.data(), image.width, image.height, image.width, 1};
}

}  // namespace fg
