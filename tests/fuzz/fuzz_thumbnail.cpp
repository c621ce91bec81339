// libFuzzer target: the relay's thumbnail maker on a photo file a station sent (docs/console.md,
// "/cases/{number}/thumbnail"; libjpeg-turbo and libpng behind bounds of our own).
// Invariants: nothing crashes or leaks, and whatever it makes is a JPEG it can read again.
// The bytes are read through fmemopen, the same stdio stream the decoders get from a file,
// without a file written and opened for every input.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>
#include <string>

#include "console/thumbnail.h"

namespace {

std::optional<std::string> thumbnail_of(const void* data, std::size_t size) {
  if (size == 0) return std::nullopt;  // fmemopen refuses an empty buffer; so does the maker
  const std::unique_ptr<std::FILE, int (*)(std::FILE*)> in(fmemopen(const_cast<void*>(data), size, "rb"), &std::fclose);
  if (!in) std::abort();
  return fg::relay::console::make_thumbnail(in.get());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto small = thumbnail_of(data, size);
  if (small) {
    if (small->size() < 4 || !small->starts_with("\xFF\xD8") || !small->ends_with("\xFF\xD9")) std::abort();
    if (!thumbnail_of(small->data(), small->size())) std::abort();
  }
  return 0;
}
