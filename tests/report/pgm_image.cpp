#include "pgm_image.h"

#include <algorithm>
#include <fstream>
#include <stdexcept>

#include "support/child_process.h"

namespace fg::test {

GreyImage read_pgm(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::string magic;
  int maxval = 0;
  GreyImage img;
  in >> magic >> img.width >> img.height >> maxval;
  if (magic != "P5" || maxval != 255 || img.width <= 0 || img.height <= 0)
    throw std::runtime_error("not an 8-bit binary PGM: " + file.string());
  in.get();  // the single whitespace after maxval
  img.pixels.resize(static_cast<std::size_t>(img.width) * static_cast<std::size_t>(img.height));
  in.read(reinterpret_cast<char*>(img.pixels.data()), static_cast<std::streamsize>(img.pixels.size()));
  if (!in) throw std::runtime_error("truncated PGM: " + file.string());
  return img;
}

std::vector<std::filesystem::path> render_pages(const std::filesystem::path& pdf, const std::filesystem::path& dir,
                                                int dpi) {
  std::filesystem::create_directories(dir);
  auto r =
      run_process({"/usr/bin/pdftoppm", "-r", std::to_string(dpi), "-gray", pdf.string(), (dir / "page").string()});
  if (r.code != 0) throw std::runtime_error("pdftoppm failed: " + r.err);
  std::vector<std::filesystem::path> pages;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.path().extension() == ".pgm") pages.push_back(e.path());
  // page-01.pgm, page-02.pgm ...: pdftoppm pads to the same width, so text order is page order.
  std::sort(pages.begin(), pages.end());
  return pages;
}

}  // namespace fg::test
