#include "decode_retry.h"

#include <array>
#include <chrono>
#include <cmath>
#include <functional>

#include "decode_luminance.h"

namespace fg {
namespace {

using Clock = std::chrono::steady_clock;

// A code within this many degrees of upright reads in the straight pass's row scan already.
constexpr double kStraightEnough = 5;

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

  // First the patch of the frame that holds edges, when there is one: copies of a crop cost a
  // fraction of the frame's. Turned upright by the edges' own angle (tilted row-scanned codes
  // at any angle, PDF417 too), then sharpened lightly and harder, each enlarged twice (soft
  // codes: on the bench's soft frames these two read 33 of 36 placements of six formats;
  // halved or only enlarged copies read 1 and 12).
  ScanResults found;
  if (const auto box = busy_region(source)) {
    const auto from_crop = [](const TurnedCrop& crop) {
      return [&crop](double x, double y) { return crop.to_source(x, y); };
    };
    // Upright when tilted: the sharpened copies below start from it too, since a soft copy of
    // a tilted code let rows cross part of its bars (a UPC-A at 35 degrees read as an EAN-8).
    double turn = upright_turn(source, *box);
    if (std::abs(turn) <= kStraightEnough) turn = 0;
    const TurnedCrop crop = turned_crop(source, *box, turn, 1);
    if (turn != 0 && !rows.formats.empty() && spent() < options.retry_budget_ms)
      found = decode_copy(crop.image, rows, from_crop(crop));
    // Enlarged copies no bigger than the frame: a large patch gains little from them.
    const double enlarge = std::min(2.0, std::sqrt(static_cast<double>(source.width) * source.height /
                                                   (static_cast<double>(box->width) * box->height)));
    for (const int amount : {1, 2}) {
      if (!found.empty() || enlarge < 1.5 || spent() >= options.retry_budget_ms) break;
      // Sharpened at the frame's scale (the mask's blur matches the camera's), then enlarged.
      const LumaImage sharp = sharpened(view_of(crop.image), amount);
      const TurnedCrop big = turned_crop(view_of(sharp), {0, 0, sharp.width, sharp.height}, 0, enlarge);
      found = decode_copy(big.image, once, [&](double x, double y) {
        const SourcePoint p = big.to_source(x, y);
        return crop.to_source(p.x, p.y);
      });
    }
    if (!found.empty() || spent() >= options.retry_budget_ms) return found;
  }

  // Then the whole frame, in the order that found most on the bench within the budget: the
  // frame sharpened (soft focus), the steep turns (cheap: quick rows, row formats), the centre
  // enlarged as it is and sharpened (small and soft codes), the small turns.
  const LumaImage sharp = sharpened(source, 2);
  found = decode_copy(sharp, once, same);
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
