// libFuzzer target: the QR text a phone or scanner reads off a printed paper (docs/documents.md).
// Invariant: what parses is exactly what document_qr_text writes for the parsed value.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "documents/document_kind.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto qr = fg::parse_document_qr(text);
  if (qr && fg::document_qr_text(*qr) != text) std::abort();
  if (qr && !fg::parse_document_qr(fg::document_qr_text(*qr))) std::abort();
  return 0;
}
