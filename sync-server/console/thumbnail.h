#pragma once
// Small JPEG copies of evidence photos for the case page (docs/console.md, "The case page"):
// a station's photo may be a 20 MB PNG, and a page of them should not move hundreds of MB.
// The photos come from stations, so the decoders are bounded: at most kMaxThumbnailSourcePixels,
// libjpeg's own memory cap, PNG read row by row (interlaced PNGs are not thumbnailed), and a
// box filter into the small copy, so memory does not grow with the photo.
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <string>

namespace fg::relay::console {

inline constexpr int kThumbnailSide = 320;  // the longer side, in pixels
inline constexpr std::uint64_t kMaxThumbnailSourcePixels = 100'000'000;

// A JPEG of at most kThumbnailSide on its longer side, from a JPEG or PNG file; nullopt (and
// why) for anything else, a damaged image or one beyond the bounds.
std::optional<std::string> make_thumbnail(const std::filesystem::path& image, std::string* why = nullptr);
// The same from an open stream read from its start (the fuzz target hands it bytes in memory).
std::optional<std::string> make_thumbnail(std::FILE* file, std::string* why = nullptr);

// Thumbnails kept in a folder by the blob's hash (blobs never change, so neither do they),
// each written whole (temp file, then rename) so a killed relay leaves no half file.
class ThumbnailCache {
 public:
  explicit ThumbnailCache(std::filesystem::path dir) : dir_(std::move(dir)) {}
  // The thumbnail of blob `hash` whose plain bytes are in `source`, made on first use.
  std::optional<std::string> get(const std::string& hash, const std::filesystem::path& source,
                                 std::string* why = nullptr);

 private:
  std::filesystem::path dir_;
};

}  // namespace fg::relay::console
