// libFuzzer target: bytes as a signed event's canonical form (ledger/event.h), the decoder
// every relay and station runs on what another device sent, before any signature check.
// Invariants: a decoded event re-encodes to exactly its bytes; whatever the bounded JSON
// parser accepts is within its depth bound and can be dumped.
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "ledger/event.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const fg::DecodedEvent decoded = fg::decode_event(text);
  if (decoded.event && decoded.event->canonical() != text) std::abort();
  std::string why;
  (void)fg::assemble_signed(text, std::string(128, '0'), &why);
  const fg::JsonParse parsed = fg::parse_untrusted_json(text);
  if (parsed) {
    if (fg::json_depth(*parsed.value) > fg::kJsonMaxDepth) std::abort();
    (void)parsed.value->dump();
  }
  return 0;
}
