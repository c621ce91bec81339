#include "decode_luminance.h"

#include <algorithm>
#include <chrono>
#include <exception>

#include <ZXing/ReadBarcode.h>

#include "decode_retry.h"

namespace fg {
namespace {

ScanResults read_once(const uint8_t* lum, int width, int height, int row_stride, const ScanOptions& options,
                      int pixel_stride) {
  ZXing::DecodeHints hints;
  hints.setFormats(options.formats.empty() ? all_scan_formats() : options.formats)
      .setTryHarder(options.try_harder)
      .setTryRotate(options.try_rotate)
      .setMinLineCount(static_cast<uint8_t>(std::clamp(options.min_line_count, 1, 255)))
      .setMaxNumberOfSymbols(1);  // never more: see the ZXing 1.4 abort in docs/scanner.md

  const ZXing::ImageView view(lum, width, height, ZXing::ImageFormat::Lum, row_stride, pixel_stride);
  const auto start = std::chrono::steady_clock::now();
  ZXing::Result result;
  try {
    result = ZXing::ReadBarcode(view, hints);
  } catch (const std::exception&) {
    return {};  // ZXing throws on malformed views; a scanner reports "nothing found"
  }
  const auto elapsed = std::chrono::steady_clock::now() - start;
  if (!result.isValid()) return {};

  ScanResult out;
  out.format = scan_format_name(result.format());
  out.text = result.text();
  const auto& pos = result.position();
  for (int i = 0; i < 4; ++i)
    out.corners[static_cast<size_t>(i)] = {pos[static_cast<size_t>(i)].x, pos[static_cast<size_t>(i)].y};
  out.ms = std::chrono::duration<double, std::milli>(elapsed).count();
  return {out};
}

}  // namespace

ScanResults decode_luminance(const uint8_t* lum, int width, int height, int row_stride, const ScanOptions& options,
                             int pixel_stride) {
  if (!lum || width <= 0 || height <= 0 || pixel_stride <= 0 || row_stride < (width - 1) * pixel_stride + 1) return {};
  const auto start = std::chrono::steady_clock::now();
  ScanResults found = read_once(lum, width, height, row_stride, options, pixel_stride);
  // The straight pass is untouched by the retry: a frame that reads costs what it did.
  if (!found.empty() || options.retry_budget_ms <= 0) return found;
  found = decode_retry({lum, width, height, row_stride, pixel_stride}, options);
  for (auto& r : found)
    r.ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  return found;
}

}  // namespace fg
