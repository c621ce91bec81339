#include "admin/grey_png.h"

#include <png.h>

#include <stdexcept>

namespace fg::relay {

namespace {

void append(png_structp png, png_bytep data, png_size_t length) {
  static_cast<std::string*>(png_get_io_ptr(png))->append(reinterpret_cast<const char*>(data), length);
}
void flush(png_structp) {}

// libpng reports errors by longjmp: keep this function free of C++ objects with destructors.
bool write_grey_png(std::string* out, const std::uint8_t* pixels, int width, int height) {
  png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
  png_infop info = png ? png_create_info_struct(png) : nullptr;
  if (!png || !info || setjmp(png_jmpbuf(png))) {
    png_destroy_write_struct(&png, &info);
    return false;
  }
  png_set_write_fn(png, out, append, flush);
  png_set_IHDR(png, info, static_cast<png_uint_32>(width), static_cast<png_uint_32>(height), 8, PNG_COLOR_TYPE_GRAY,
               PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  png_write_info(png, info);
  for (int y = 0; y < height; ++y)
    png_write_row(png, pixels + static_cast<std::size_t>(y) * static_cast<std::size_t>(width));
  png_write_end(png, nullptr);
  png_destroy_write_struct(&png, &info);
  return true;
}

}  // namespace

std::string grey_png(const std::uint8_t* pixels, int width, int height) {
  std::string out;
  if (!write_grey_png(&out, pixels, width, height)) throw std::runtime_error("cannot encode PNG");
  return out;
}

}  // namespace fg::relay
