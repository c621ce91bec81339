// Seeds for fuzz_thumbnail: a grey PNG as fairguard-sim makes them, the JPEG thumbnail made
// from it, and both cut short.
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "admin/grey_png.h"
#include "console/thumbnail.h"
#include "fuzz_seeds.h"

std::vector<std::string> fuzz_seeds() {
  std::vector<std::uint8_t> pixels(64 * 48);
  for (std::size_t i = 0; i < pixels.size(); ++i) pixels[i] = static_cast<std::uint8_t>(i * 7);
  const std::string png = fg::relay::grey_png(pixels.data(), 64, 48);
  const auto file = std::filesystem::temp_directory_path() / ("fg-thumbnail-seed-" + std::to_string(::getpid()));
  std::ofstream(file, std::ios::binary).write(png.data(), static_cast<std::streamsize>(png.size()));
  const auto jpeg = fg::relay::console::make_thumbnail(file);
  std::filesystem::remove(file);
  std::vector<std::string> seeds{png, png.substr(0, png.size() / 2)};
  if (jpeg) {
    seeds.push_back(*jpeg);
    seeds.push_back(jpeg->substr(0, jpeg->size() / 2));
  }
  return seeds;
}
