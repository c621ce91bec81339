// libFuzzer target: arbitrary bytes through the sync frame decoder (fed in pieces whose sizes
// the input chooses) and every frame through the message parsers of its type, as the relay
// dispatches (fuzz_messages gives every payload to every parser). Nothing may crash, hang or
// leak; malformed input must end as a decoder error or a ProtocolError.
#include <cstddef>
#include <cstdint>

#include "parse_every_message.h"
#include "sync/frame.h"

using namespace fg::sync;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  // The first byte picks the piece size, so frames arrive split at many different points.
  const std::size_t piece = 1 + data[0] % 64;
  FrameDecoder decoder;
  for (std::size_t at = 1; at < size; at += piece) {
    if (!decoder.feed(fg::ByteView(data + at, std::min(piece, size - at)))) break;
    while (auto f = decoder.next()) fg::fuzz::parse_as_its_type(*f);
  }
  return 0;
}
