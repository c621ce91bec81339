#include "luma_transforms.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace fg {

SourcePoint source_of_rotated(int width, int height, double degrees, double x, double y) {
  const double rad = degrees * std::numbers::pi / 180.0;
  const double cx = (width - 1) / 2.0;
  const double cy = (height - 1) / 2.0;
  return {std::cos(rad) * (x - cx) + std::sin(rad) * (y - cy) + cx,
          -std::sin(rad) * (x - cx) + std::cos(rad) * (y - cy) + cy};
}

LumaImage rotated(const LumaView& src, double degrees) {
  LumaImage out{src.width, src.height, std::vector<uint8_t>(static_cast<size_t>(src.width) * src.height, 255)};
  const double rad = degrees * std::numbers::pi / 180.0;
  // Destination -> source: the inverse turn. Fixed point (16 bits) keeps the inner loop integer.
  const double c = std::cos(rad);
  const double s = std::sin(rad);
  const double cx = (src.width - 1) / 2.0;
  const double cy = (src.height - 1) / 2.0;
  constexpr int kShift = 16;
  constexpr double kOne = 1 << kShift;
  const auto dxx = static_cast<int64_t>(std::lround(c * kOne));
  const auto dxy = static_cast<int64_t>(std::lround(-s * kOne));
  const int64_t max_x = static_cast<int64_t>(src.width - 1) << kShift;
  const int64_t max_y = static_cast<int64_t>(src.height - 1) << kShift;
  for (int y = 0; y < out.height; ++y) {
    // Source position of (0, y), as source_of_rotated; each step in x adds (c, -s).
    const double ry = y - cy;
    auto sx = static_cast<int64_t>(std::lround((c * -cx + s * ry + cx) * kOne));
    auto sy = static_cast<int64_t>(std::lround((-s * -cx + c * ry + cy) * kOne));
    uint8_t* row = out.pixels.data() + static_cast<size_t>(y) * out.width;
    for (int x = 0; x < out.width; ++x, sx += dxx, sy += dxy) {
      if (sx < 0 || sy < 0 || sx >= max_x || sy >= max_y) continue;
      const int ix = static_cast<int>(sx >> kShift);
      const int iy = static_cast<int>(sy >> kShift);
      const auto fx = static_cast<int>((sx >> 8) & 0xff);
      const auto fy = static_cast<int>((sy >> 8) & 0xff);
      const int top = src.at(ix, iy) * (256 - fx) + src.at(ix + 1, iy) * fx;
      const int bottom = src.at(ix, iy + 1) * (256 - fx) + src.at(ix + 1, iy + 1) * fx;
      row[x] = static_cast<uint8_t>((top * (256 - fy) + bottom * fy) >> 16);
    }
  }
  return out;
}

LumaImage sharpened(const LumaView& src, int amount) {
  // Binomial 1 6 15 20 15 6 1 (a Gaussian of sigma 1.22), rows then columns; 64 * 64 = 4096.
  constexpr std::array<int, 7> kTaps = {1, 6, 15, 20, 15, 6, 1};
  const int w = src.width;
  const int h = src.height;
  std::vector<int> across(static_cast<size_t>(w) * h);
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) {
      int sum = 0;
      for (int k = 0; k < 7; ++k) sum += kTaps[static_cast<size_t>(k)] * src.at(std::clamp(x + k - 3, 0, w - 1), y);
      across[static_cast<size_t>(y) * w + x] = sum;
    }
  LumaImage out{w, h, std::vector<uint8_t>(static_cast<size_t>(w) * h)};
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) {
      int sum = 0;
      for (int k = 0; k < 7; ++k)
        sum += kTaps[static_cast<size_t>(k)] * across[static_cast<size_t>(std::clamp(y + k - 3, 0, h - 1)) * w + x];
      const int p = src.at(x, y);
      const int v = p + amount * (4096 * p - sum) / 4096;
      out.pixels[static_cast<size_t>(y) * w + x] = static_cast<uint8_t>(std::clamp(v, 0, 255));
    }
  return out;
}

SourcePoint source_of_enlarged(int width, int height, double x, double y) {
  const int x0 = width / 4;  // the crop's corner, as enlarged_centre takes it
  const int y0 = height / 4;
  return {x0 + x / 2 - 0.25, y0 + y / 2 - 0.25};
}

LumaImage enlarged_centre(const LumaView& src) {
  const int w = src.width / 2 * 2;
  const int h = src.height / 2 * 2;
  LumaImage out{w, h, std::vector<uint8_t>(static_cast<size_t>(w) * h)};
  const int x0 = src.width / 4;
  const int y0 = src.height / 4;
  for (int y = 0; y < h; ++y) {
    // Output pixel centres at half-pixel steps of the source.
    // Output centre y lies at source row y0 + y / 2 - 1/4: between rows sy and sy + 1, 3/4 of
    // the way (even y) or 1/4 (odd y), in 256ths.
    const int sy = y0 + (y + 1) / 2 - 1;
    const int fy = (y % 2 == 0) ? 192 : 64;
    const int sy0 = std::clamp(sy, 0, src.height - 1);
    const int sy1 = std::clamp(sy + 1, 0, src.height - 1);
    uint8_t* row = out.pixels.data() + static_cast<size_t>(y) * w;
    for (int x = 0; x < w; ++x) {
      const int sx = x0 + (x + 1) / 2 - 1;
      const int fx = (x % 2 == 0) ? 192 : 64;
      const int sx0 = std::clamp(sx, 0, src.width - 1);
      const int sx1 = std::clamp(sx + 1, 0, src.width - 1);
      const int top = src.at(sx0, sy0) * (256 - fx) + src.at(sx1, sy0) * fx;
      const int bottom = src.at(sx0, sy1) * (256 - fx) + src.at(sx1, sy1) * fx;
      row[x] = static_cast<uint8_t>((top * (256 - fy) + bottom * fy) >> 16);
    }
  }
  return out;
}

}  // namespace fg
