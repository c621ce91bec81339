#include "decode_retry.h"

#include <array>
#include <chrono>
#include <cmath>
#include <functional>

#include "decode_luminance.h"

namespace fg {
namespace {

using Clock = std::chrono::steady_clock;

// Formats that a turned copy can help: the row-scanned ones.
ScanFormats row_scanned(ScanFormats formats) {
  using ZXing::BarcodeFormat;
  return formats & (BarcodeFormat::LinearCodes | BarcodeFormat::PDF417);
}

// Decodes a copy; the corners of a result are put back into the source's coordinates.
ScanResults decode_copy(const LumaImage& copy, const ScanOptions& options,
                        const std::function<SourcePoint(double, double)>& to_source) {
  ScanResults found = decode_luminance(copy.pixels.data(), copy.width, copy.height, copy.width, options);
  for (auto& result : found)
    for (auto& corner : result.corners) {
      const SourcePoint p = to_source(corner.x, corner.y);
      corner = {static_cast<int>(std::lround(p.x)), static_cast<int>(std::lround(p.y))};
    }
  return found;
}

}  // namespace

ScanResults decode_retry(const LumaView& source, const ScanOptions& options) {
  const auto start = Clock::now();
  const auto spent = [&] { return std::chrono::duration<double, std::milli>(Clock::now() - start).count(); };
  const auto same = [](double x, double y) { return SourcePoint{x, y}; };
  const auto from_centre = [&](double x, double y) { return source_of_enlarged(source.width, source.height, x, y); };
  ScanOptions once = options;
  once.retry_budget_ms = 0;  // the copies get no second look of their own
  // Turned copies: row-scanned formats only, and ZXing's quick row spacing (a tilted code
  // that is not also tiny reads so; the thorough pass costs ten times more on a frame).
  ScanOptions rows = once;
  rows.formats = row_scanned(options.formats);
  rows.try_harder = false;

  // In the order that found most on the bench within the budget: the frame sharpened (soft
  // focus), the steep turns (cheap: quick rows, row formats), the centre enlarged as it is and
  // sharpened (small and soft codes), the small turns.
  const LumaImage sharp = sharpened(source, 2);
  ScanResults found = decode_copy(sharp, once, same);
  const auto turned = [&](double turn) -> ScanResults {
    if (rows.formats.empty()) return {};  // ZXing reads an empty set as "any format"
    return decode_copy(rotated(source, turn), rows,
                       [&](double x, double y) { return source_of_rotated(source.width, source.height, turn, x, y); });
  };
  const std::array<std::function<ScanResults()>, 8> tries = {
      [&] { return turned(30); },
      [&] { return turned(-30); },
      [&] { return turned(45); },
      [&] { return turned(-45); },
      [&] { return decode_copy(enlarged_centre(source), once, from_centre); },
      [&] { return decode_copy(enlarged_centre(view_of(sharp)), once, from_centre); },
      [&] { return turned(15); },
      [&] { return turned(-15); },
  };
  for (const auto& next : tries) {
    if (!found.empty() || spent() >= options.retry_budget_ms) break;
    found = next();
  }
  return found;
}

}  // namespace fg
