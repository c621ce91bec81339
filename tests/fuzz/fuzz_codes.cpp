// libFuzzer target: what a scanner or an officer's keyboard delivers to the code parsers
// (shared/codes): booth stickers, Chinese patent numbers, product codes. Invariant: a parsed
// sticker formats back to text that parses to the same sticker.
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "codes/booth_sticker.h"
#include "codes/gtin.h"
#include "codes/patent_number.h"
#include "codes/typed_text.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const fg::BoothStickerParse sticker = fg::parse_booth_sticker(text);
  if (sticker && !(fg::parse_booth_sticker(fg::format_booth_sticker(*sticker.sticker)).sticker == sticker.sticker))
    std::abort();
  (void)fg::parse_patent_number(text);
  (void)fg::patent_number_typing_error(text);
  (void)fg::parse_gtin(text);
  (void)fg::expand_upc_e(text);
  (void)fg::find_gtin_in_scan(text);
  (void)fg::fold_typed_code(text);
  return 0;
}
