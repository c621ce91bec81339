#include "luma_transforms.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <numbers>

namespace fg {

SourcePoint source_of_rotated(int width, int height, double degrees, double x, double y) {
  const double rad = degrees * std::numbers::pi / 180.0;
  const double cx = (width - 1) / 2.0;
  const double cy = (height - 1) / 2.0;
  return {std::cos(rad) * (x - cx) + std::sin(rad) * (y - cy) + cx,
          -std::sin(rad) * (x - cx) + std::cos(rad) * (y - cy) + cy};
}

namespace {

// Fills `out` with bilinear samples of the source along an affine map: pixel (x, y) of `out`
// reads the source at origin + x * (along - origin) + y * (down - origin). Pixels that fall
// outside the source keep their value. Fixed point (16 bits) keeps the inner loop integer.
void sample_affine(const LumaView& src, LumaImage& out, SourcePoint origin, SourcePoint along, SourcePoint down) {
  constexpr int kShift = 16;
  constexpr double kOne = 1 << kShift;
  const auto dxx = static_cast<int64_t>(std::lround((along.x - origin.x) * kOne));
  const auto dxy = static_cast<int64_t>(std::lround((along.y - origin.y) * kOne));
  const int64_t max_x = static_cast<int64_t>(src.width - 1) << kShift;
  const int64_t max_y = static_cast<int64_t>(src.height - 1) << kShift;
  for (int y = 0; y < out.height; ++y) {
    auto sx = static_cast<int64_t>(std::lround((origin.x + (down.x - origin.x) * y) * kOne));
    auto sy = static_cast<int64_t>(std::lround((origin.y + (down.y - origin.y) * y) * kOne));
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
}

}  // namespace

LumaImage rotated(const LumaView& src, double degrees) {
  LumaImage out{src.width, src.height, std::vector<uint8_t>(static_cast<size_t>(src.width) * src.height, 255)};
  // Destination -> source: the inverse turn, as source_of_rotated.
  const auto at = [&](double x, double y) { return source_of_rotated(src.width, src.height, degrees, x, y); };
  sample_affine(src, out, at(0, 0), at(1, 0), at(0, 1));
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

namespace {

constexpr int kCell = 16;
// Mean step between neighbouring pixels that marks a cell as holding code edges, set on the
// bench's frames: the soft codes' cells pass it, the plain background does not.
constexpr int kBusyStep = 10;

}  // namespace

std::optional<CropBox> busy_region(const LumaView& src) {
  const int cols = src.width / kCell;
  const int rows = src.height / kCell;
  if (cols < 1 || rows < 1) return std::nullopt;
  std::vector<uint8_t> busy(static_cast<size_t>(cols) * rows, 0);
  for (int cy = 0; cy < rows; ++cy)
    for (int cx = 0; cx < cols; ++cx) {
      int sum = 0;
      for (int y = cy * kCell; y < (cy + 1) * kCell - 1; y += 2)
        for (int x = cx * kCell; x < (cx + 1) * kCell - 1; ++x)
          sum += std::abs(src.at(x + 1, y) - src.at(x, y)) + std::abs(src.at(x, y + 1) - src.at(x, y));
      // (kCell - 1) * kCell / 2 pixels sampled, two steps each.
      busy[static_cast<size_t>(cy) * cols + cx] = sum > kBusyStep * (kCell - 1) * kCell ? 1 : 0;
    }
  // The largest 8-connected patch, by an explicit stack (bounded by the cell count).
  std::vector<int> label(busy.size(), 0);
  std::vector<int> stack;
  int best_cells = 0;
  CropBox best;
  int next_label = 0;
  for (size_t start = 0; start < busy.size(); ++start) {
    if (!busy[start] || label[start]) continue;
    label[start] = ++next_label;
    stack.assign(1, static_cast<int>(start));
    int cells = 0;
    int x0 = cols, y0 = rows, x1 = -1, y1 = -1;
    while (!stack.empty()) {
      const int i = stack.back();
      stack.pop_back();
      ++cells;
      const int cx = i % cols;
      const int cy = i / cols;
      x0 = std::min(x0, cx), x1 = std::max(x1, cx), y0 = std::min(y0, cy), y1 = std::max(y1, cy);
      for (int dy = -1; dy <= 1; ++dy)
        for (int dx = -1; dx <= 1; ++dx) {
          const int nx = cx + dx;
          const int ny = cy + dy;
          if (nx < 0 || ny < 0 || nx >= cols || ny >= rows) continue;
          const auto n = static_cast<size_t>(ny) * cols + nx;
          if (busy[n] && !label[n]) {
            label[n] = next_label;
            stack.push_back(static_cast<int>(n));
          }
        }
    }
    if (cells > best_cells) {
      best_cells = cells;
      best = {x0 * kCell, y0 * kCell, (x1 - x0 + 1) * kCell, (y1 - y0 + 1) * kCell};
    }
  }
  if (best_cells == 0) return std::nullopt;
  // The quiet zone around a code has no edges: widen by two cells and an eighth of the patch.
  const int margin = 2 * kCell + std::max(best.width, best.height) / 8;
  const int x0 = std::max(0, best.x - margin);
  const int y0 = std::max(0, best.y - margin);
  const int x1 = std::min(src.width, best.x + best.width + margin);
  const int y1 = std::min(src.height, best.y + best.height + margin);
  const CropBox box{x0, y0, x1 - x0, y1 - y0};
  if (static_cast<int64_t>(box.width) * box.height * 2 > static_cast<int64_t>(src.width) * src.height)
    return std::nullopt;
  return box;
}

double upright_turn(const LumaView& src, const CropBox& box) {
  // Structure tensor: the mean of (gx^2, gy^2, gx*gy) gives the edges' main gradient direction.
  double sxx = 0;
  double syy = 0;
  double sxy = 0;
  for (int y = box.y + 1; y < box.y + box.height - 1; ++y)
    for (int x = box.x + 1; x < box.x + box.width - 1; ++x) {
      const double gx = src.at(x + 1, y) - src.at(x - 1, y);
      const double gy = src.at(x, y + 1) - src.at(x, y - 1);
      sxx += gx * gx;
      syy += gy * gy;
      sxy += gx * gy;
    }
  // Gradient angle, y down (clockwise on screen); a copy turned by minus it has its gradients
  // horizontal, so its bars vertical.
  const double gradient = 0.5 * std::atan2(2 * sxy, sxx - syy) * 180.0 / std::numbers::pi;
  double turn = -gradient;
  if (turn <= -90) turn += 180;
  if (turn > 90) turn -= 180;
  return turn;
}

SourcePoint TurnedCrop::to_source(double x, double y) const {
  const double rad = degrees * std::numbers::pi / 180.0;
  const double u = (x - (image.width - 1) / 2.0) / scale;
  const double v = (y - (image.height - 1) / 2.0) / scale;
  return {std::cos(rad) * u + std::sin(rad) * v + box.x + (box.width - 1) / 2.0,
          -std::sin(rad) * u + std::cos(rad) * v + box.y + (box.height - 1) / 2.0};
}

TurnedCrop turned_crop(const LumaView& src, const CropBox& box, double degrees, double scale) {
  TurnedCrop out{box, degrees, scale, {}};
  const double rad = degrees * std::numbers::pi / 180.0;
  const double c = std::abs(std::cos(rad));
  const double s = std::abs(std::sin(rad));
  const int w = std::max(1, static_cast<int>(std::lround((c * box.width + s * box.height) * scale)));
  const int h = std::max(1, static_cast<int>(std::lround((s * box.width + c * box.height) * scale)));
  out.image = {w, h, std::vector<uint8_t>(static_cast<size_t>(w) * h, 255)};
  sample_affine(src, out.image, out.to_source(0, 0), out.to_source(1, 0), out.to_source(0, 1));
  return out;
}

}  // namespace fg
