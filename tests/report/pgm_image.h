#pragma once
// Pages rendered by poppler's pdftoppm -gray (binary PGM, P5) for scanning and looking at.
#include <filesystem>
#include <string>
#include <vector>

namespace fg::test {

struct GreyImage {
  int width = 0, height = 0;
  std::vector<unsigned char> pixels;  // row-major, one byte a pixel
};

GreyImage read_pgm(const std::filesystem::path& file);
// Renders every page of `pdf` at `dpi` into `dir` as page-N.pgm; returns the files in page order.
std::vector<std::filesystem::path> render_pages(const std::filesystem::path& pdf, const std::filesystem::path& dir,
                                                int dpi);

}  // namespace fg::test
