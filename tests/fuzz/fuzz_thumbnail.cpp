// libFuzzer target: the relay's thumbnail maker on a photo file a station sent (docs/console.md,
// "/cases/{number}/thumbnail"; libjpeg-turbo and libpng behind bounds of our own).
// Invariants: nothing crashes or leaks, and whatever it makes is a JPEG it can read again.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "console/thumbnail.h"

namespace {

std::filesystem::path file_named(const char* role) {
  return std::filesystem::temp_directory_path() / ("fg-fuzz-thumbnail-" + std::to_string(::getpid()) + "-" + role);
}

// The two files one process reuses, removed when it exits.
struct Files {
  std::filesystem::path input = file_named("input"), made = file_named("made");
  ~Files() {
    std::error_code ignored;
    std::filesystem::remove(input, ignored);
    std::filesystem::remove(made, ignored);
  }
};

void write(const std::filesystem::path& file, const char* data, std::size_t size) {
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out.write(data, static_cast<std::streamsize>(size));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const Files files;
  write(files.input, reinterpret_cast<const char*>(data), size);
  const auto small = fg::relay::console::make_thumbnail(files.input);
  if (small) {
    if (small->size() < 4 || !small->starts_with("\xFF\xD8") || !small->ends_with("\xFF\xD9")) std::abort();
    write(files.made, small->data(), small->size());
    if (!fg::relay::console::make_thumbnail(files.made)) std::abort();
  }
  return 0;
}
