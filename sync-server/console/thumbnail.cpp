#include "console/thumbnail.h"

#include <jpeglib.h>
#include <png.h>

#include <algorithm>
#include <csetjmp>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <vector>

#include <fstream>
#include <sstream>

#include "crypto/bytes.h"
#include "crypto/secretstream.h"

namespace fg::relay::console {

namespace {

// libjpeg's memory for one image (progressive JPEGs keep their coefficients): beyond it,
// decoding stops with an error instead of taking the relay's memory.
constexpr long kJpegMemory = 256L * 1024 * 1024;
constexpr int kJpegQuality = 80;

// Shrinks RGB rows, given top to bottom, into the thumbnail by averaging each box of source
// pixels: one row of sums in memory, whatever the source's size.
class Shrinker {
 public:
  Shrinker(std::uint32_t width, std::uint32_t height) : in_w_(width), in_h_(height) {
    const double scale = std::min(1.0, static_cast<double>(kThumbnailSide) / std::max(width, height));
    out_w_ = std::max<std::uint32_t>(1, static_cast<std::uint32_t>(width * scale));
    out_h_ = std::max<std::uint32_t>(1, static_cast<std::uint32_t>(height * scale));
    sums_.assign(static_cast<std::size_t>(out_w_) * 3, 0);
    counts_.assign(out_w_, 0);
    pixels_.reserve(static_cast<std::size_t>(out_w_) * out_h_ * 3);
    // Worked out once, not for every pixel of every row (a division each: a third of the fuzz
    // target's time in perf).
    column_.resize(in_w_);
    for (std::uint32_t x = 0; x < in_w_; ++x)
      column_[x] = static_cast<std::uint32_t>(static_cast<std::uint64_t>(x) * out_w_ / in_w_);
  }
  void add_row(const std::uint8_t* rgb) {
    const auto out_y = static_cast<std::uint32_t>(static_cast<std::uint64_t>(in_y_) * out_h_ / in_h_);
    if (out_y != row_y_) flush();
    row_y_ = out_y;
    for (std::uint32_t x = 0; x < in_w_; ++x) {
      const std::size_t out_x = column_[x];
      for (std::size_t c = 0; c < 3; ++c) sums_[out_x * 3 + c] += rgb[std::size_t{x} * 3 + c];
      ++counts_[out_x];
    }
    ++in_y_;
  }
  // The thumbnail's pixels, once every row is in; empty if some were missing.
  const std::vector<std::uint8_t>& finish() {
    flush();
    if (in_y_ != in_h_ || pixels_.size() != static_cast<std::size_t>(out_w_) * out_h_ * 3) pixels_.clear();
    return pixels_;
  }
  std::uint32_t width() const { return out_w_; }
  std::uint32_t height() const { return out_h_; }

 private:
  void flush() {
    if (counts_[0] == 0) return;
    for (std::size_t i = 0; i < sums_.size(); ++i)
      pixels_.push_back(static_cast<std::uint8_t>(sums_[i] / std::max<std::uint32_t>(1, counts_[i / 3])));
    std::fill(sums_.begin(), sums_.end(), 0);
    std::fill(counts_.begin(), counts_.end(), 0);
  }
  std::uint32_t in_w_, in_h_, out_w_ = 1, out_h_ = 1, in_y_ = 0, row_y_ = 0;
  std::vector<std::uint64_t> sums_;
  std::vector<std::uint32_t> counts_;
  std::vector<std::uint32_t> column_;  // the thumbnail's column each source column adds to
  std::vector<std::uint8_t> pixels_;
};

bool within_bounds(std::uint64_t width, std::uint64_t height, std::string* why) {
  if (width == 0 || height == 0 || width * height > kMaxThumbnailSourcePixels) {
    if (why)
      *why = "image of " + std::to_string(width) + " x " + std::to_string(height) + " pixels is beyond the bounds";
    return false;
  }
  return true;
}

struct JpegErrors {
  jpeg_error_mgr mgr{};
  std::jmp_buf jump{};
  char message[JMSG_LENGTH_MAX] = {};
};

[[noreturn]] void jpeg_fail(j_common_ptr info) {
  auto* errors = reinterpret_cast<JpegErrors*>(info->err);
  (*info->err->format_message)(info, errors->message);
  std::longjmp(errors->jump, 1);
}
void jpeg_quiet(j_common_ptr /*info*/, int /*level*/) {}

// The shrinker is made once the size is known; `row` holds one decoded row. libjpeg reports
// errors by longjmp: the C++ objects live in the caller, and nothing here needs a destructor.
bool decode_jpeg(std::FILE* file, std::unique_ptr<Shrinker>* shrinker, std::vector<std::uint8_t>* row,
                 JpegErrors* errors, std::string* why) {
  jpeg_decompress_struct info{};
  info.err = jpeg_std_error(&errors->mgr);
  errors->mgr.error_exit = jpeg_fail;
  errors->mgr.emit_message = jpeg_quiet;
  if (setjmp(errors->jump)) {
    jpeg_destroy_decompress(&info);
    if (why) *why = std::string("not a readable JPEG: ") + errors->message;
    return false;
  }
  jpeg_create_decompress(&info);
  info.mem->max_memory_to_use = kJpegMemory;
  jpeg_stdio_src(&info, file);
  jpeg_read_header(&info, TRUE);
  if (!within_bounds(info.image_width, info.image_height, why)) {
    jpeg_destroy_decompress(&info);
    return false;
  }
  // libjpeg shrinks by 2, 4 or 8 while decoding: the largest that still leaves the thumbnail's size.
  const std::uint32_t longer = std::max(info.image_width, info.image_height);
  info.scale_num = 1;
  info.scale_denom = 1;
  while (info.scale_denom < 8 && longer / (info.scale_denom * 2) >= static_cast<std::uint32_t>(kThumbnailSide))
    info.scale_denom *= 2;
  info.out_color_space = JCS_RGB;
  jpeg_start_decompress(&info);
  *shrinker = std::make_unique<Shrinker>(info.output_width, info.output_height);
  row->resize(static_cast<std::size_t>(info.output_width) * 3);
  while (info.output_scanline < info.output_height) {
    JSAMPROW rows[1] = {row->data()};
    jpeg_read_scanlines(&info, rows, 1);
    (*shrinker)->add_row(row->data());
  }
  jpeg_finish_decompress(&info);
  jpeg_destroy_decompress(&info);
  return true;
}

// libpng's errors end the read quietly (the caller says why); its own handler would print
// each to stderr, a line in the relay's log for every damaged photo.
[[noreturn]] void png_fail(png_structp png, png_const_charp /*message*/) { png_longjmp(png, 1); }
void png_quiet(png_structp /*png*/, png_const_charp /*message*/) {}

// As decode_jpeg, for PNG: 8-bit RGB whatever the file's colour type; row by row, so an
// interlaced PNG (whose rows arrive in seven passes) is refused.
bool decode_png(std::FILE* file, std::unique_ptr<Shrinker>* shrinker, std::vector<std::uint8_t>* row,
                std::string* why) {
  png_structp png = png_create_read_struct(PNG_LIBPNG_VER_STRING, nullptr, png_fail, png_quiet);
  png_infop info = png ? png_create_info_struct(png) : nullptr;
  if (!png || !info || setjmp(png_jmpbuf(png))) {
    png_destroy_read_struct(&png, &info, nullptr);
    if (why) *why = "not a readable PNG";
    return false;
  }
  png_init_io(png, file);
  png_set_user_limits(png, 100'000, 100'000);
  png_set_chunk_malloc_max(png, 8 * 1024 * 1024);
  png_read_info(png, info);
  const png_uint_32 width = png_get_image_width(png, info), height = png_get_image_height(png, info);
  const bool interlaced = png_get_interlace_type(png, info) != PNG_INTERLACE_NONE;
  if (!within_bounds(width, height, why) || interlaced) {
    if (interlaced && why) *why = "interlaced PNG";
    png_destroy_read_struct(&png, &info, nullptr);
    return false;
  }
  png_set_expand(png);
  png_set_strip_16(png);
  png_set_strip_alpha(png);
  png_set_gray_to_rgb(png);
  png_read_update_info(png, info);
  if (png_get_rowbytes(png, info) != static_cast<std::size_t>(width) * 3) {
    png_destroy_read_struct(&png, &info, nullptr);
    if (why) *why = "PNG of an unexpected layout";
    return false;
  }
  *shrinker = std::make_unique<Shrinker>(width, height);
  row->resize(static_cast<std::size_t>(width) * 3);
  for (png_uint_32 y = 0; y < height; ++y) {
    png_read_row(png, row->data(), nullptr);
    (*shrinker)->add_row(row->data());
  }
  png_destroy_read_struct(&png, &info, nullptr);
  return true;
}

bool encode_jpeg(const Shrinker& shrinker, const std::vector<std::uint8_t>& pixels, JpegErrors* errors,
                 std::string* out) {
  jpeg_compress_struct info{};
  unsigned char* buffer = nullptr;
  unsigned long size = 0;  // NOLINT(google-runtime-int): libjpeg's type
  info.err = jpeg_std_error(&errors->mgr);
  errors->mgr.error_exit = jpeg_fail;
  if (setjmp(errors->jump)) {
    jpeg_destroy_compress(&info);
    std::free(buffer);
    return false;
  }
  jpeg_create_compress(&info);
  jpeg_mem_dest(&info, &buffer, &size);
  info.image_width = shrinker.width();
  info.image_height = shrinker.height();
  info.input_components = 3;
  info.in_color_space = JCS_RGB;
  jpeg_set_defaults(&info);
  jpeg_set_quality(&info, kJpegQuality, TRUE);
  jpeg_start_compress(&info, TRUE);
  while (info.next_scanline < info.image_height) {
    JSAMPROW rows[1] = {const_cast<JSAMPLE*>(pixels.data() + std::size_t{info.next_scanline} * info.image_width * 3)};
    jpeg_write_scanlines(&info, rows, 1);
  }
  jpeg_finish_compress(&info);
  out->assign(reinterpret_cast<const char*>(buffer), size);
  jpeg_destroy_compress(&info);
  std::free(buffer);
  return true;
}

struct FileCloser {
  void operator()(std::FILE* f) const { std::fclose(f); }
};

}  // namespace

std::optional<std::string> make_thumbnail(const std::filesystem::path& image, std::string* why) {
  const std::unique_ptr<std::FILE, FileCloser> file(std::fopen(image.c_str(), "rb"));
  if (!file) {
    if (why) *why = "cannot open " + image.string();
    return std::nullopt;
  }
  return make_thumbnail(file.get(), why);
}

std::optional<std::string> make_thumbnail(std::FILE* file, std::string* why) {
  unsigned char magic[8] = {};
  const std::size_t got = std::fread(magic, 1, sizeof magic, file);
  std::rewind(file);
  std::unique_ptr<Shrinker> shrinker;
  std::vector<std::uint8_t> row;
  JpegErrors errors;
  bool decoded = false;
  if (got >= 3 && magic[0] == 0xFF && magic[1] == 0xD8 && magic[2] == 0xFF)
    decoded = decode_jpeg(file, &shrinker, &row, &errors, why);
  else if (got == 8 && png_sig_cmp(magic, 0, 8) == 0)
    decoded = decode_png(file, &shrinker, &row, why);
  else if (why)
    *why = "not a JPEG or PNG image";
  if (!decoded || !shrinker) return std::nullopt;
  const std::vector<std::uint8_t>& pixels = shrinker->finish();
  std::string out;
  if (pixels.empty() || !encode_jpeg(*shrinker, pixels, &errors, &out)) {
    if (why) *why = "the image could not be shrunk";
    return std::nullopt;
  }
  return out;
}

std::optional<std::string> ThumbnailCache::get(const std::string& hash, const std::filesystem::path& source,
                                               std::string* why) {
  const auto kept = dir_ / (hash + ".jpg");
  {
    std::ifstream in(kept, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    // Only a whole JPEG (a crash may leave an empty or short file: it is made again).
    if (in && bytes.view().size() > 4 && bytes.view().ends_with("\xFF\xD9")) return std::move(bytes).str();
  }
  auto made = make_thumbnail(source, why);
  if (!made) return std::nullopt;
  // Kept for next time, written whole and then renamed; a cache that cannot be written costs
  // only the time to make it again.
  std::error_code ec;
  std::filesystem::create_directories(dir_, ec);
  const auto temp = dir_ / ("." + hash + "." + to_hex(random_bytes(4)));
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    out.write(made->data(), static_cast<std::streamsize>(made->size()));
    if (!out.flush()) ec = std::make_error_code(std::errc::io_error);
  }
  if (!ec) std::filesystem::rename(temp, kept, ec);
  if (ec) std::filesystem::remove(temp, ec);
  return made;
}

}  // namespace fg::relay::console
