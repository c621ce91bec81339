#include "admin/qr_code.h"

#include <ZXing/BitMatrix.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <stdexcept>
#include <vector>

#include "admin/grey_png.h"
#include "documents/qr_symbol.h"

namespace fg::relay {

namespace {
// ECC about M (15 %): a clean print or screen, small enough for a terminal.
ZXing::BitMatrix encode_modules(const std::string& text) { return qr_modules(text, kQrEccCompact); }
}  // namespace

std::string qr_terminal(const std::string& text, bool ansi, int quiet) {
  const auto modules = encode_modules(text);
  const int w = modules.width(), h = modules.height();
  auto dark = [&](int x, int y) { return x >= 0 && y >= 0 && x < w && y < h && modules.get(x, y); };
  std::string out;
  for (int y = -quiet; y < h + quiet; y += 2) {
    if (ansi) out += "\x1b[30;47m";
    for (int x = -quiet; x < w + quiet; ++x) {
      const bool top = dark(x, y), bottom = dark(x, y + 1);
      out += top && bottom ? "\u2588" : top ? "\u2580" : bottom ? "\u2584" : " ";
    }
    if (ansi) out += "\x1b[0m";
    out += "\n";
  }
  return out;
}

void write_qr_png(const std::string& text, const std::filesystem::path& file, int scale, int quiet) {
  const auto grey = ZXing::ToMatrix<std::uint8_t>(encode_modules(text));
  const int size = (grey.width() + 2 * quiet) * scale;
  std::vector<std::uint8_t> pixels(static_cast<std::size_t>(size) * static_cast<std::size_t>(size), 255);
  for (int py = 0; py < size; ++py) {
    const int my = py / scale - quiet;
    for (int px = 0; px < size; ++px) {
      const int mx = px / scale - quiet;
      if (mx >= 0 && my >= 0 && mx < grey.width() && my < grey.height())
        pixels[static_cast<std::size_t>(py) * static_cast<std::size_t>(size) + static_cast<std::size_t>(px)] =
            grey(mx, my);
    }
  }
  const std::string png = grey_png(pixels.data(), size, size);
  std::FILE* f = std::fopen(file.c_str(), "wb");
  if (!f) throw std::runtime_error("cannot create " + file.string() + ": " + std::strerror(errno));
  const bool written = std::fwrite(png.data(), 1, png.size(), f) == png.size();
  if (std::fclose(f) != 0 || !written) {
    std::filesystem::remove(file);
    throw std::runtime_error("cannot write PNG " + file.string());
  }
}

std::string qr_svg(const std::string& text, const std::string& css_class, int scale, int quiet) {
  const auto modules = encode_modules(text);
  const int w = modules.width(), h = modules.height();
  const int size = w + 2 * quiet;
  std::string path;
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w;) {  // one rectangle per run of dark modules in a row
      if (!modules.get(x, y)) {
        ++x;
        continue;
      }
      int run = 1;
      while (x + run < w && modules.get(x + run, y)) ++run;
      path += "M" + std::to_string(x + quiet) + " " + std::to_string(y + quiet) + "h" + std::to_string(run) + "v1h-" +
              std::to_string(run) + "z";
      x += run;
    }
  const std::string px = std::to_string(size * scale), box = std::to_string(size);
  return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"" + css_class + "\" width=\"" + px + "\" height=\"" + px +
         "\" viewBox=\"0 0 " + box + " " + box + "\" shape-rendering=\"crispEdges\" role=\"img\"><rect width=\"" + box +
         "\" height=\"" + box + "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
}

}  // namespace fg::relay
