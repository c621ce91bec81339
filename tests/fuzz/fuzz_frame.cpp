// libFuzzer target: arbitrary bytes through the sync frame decoder (fed in pieces whose sizes
// the input chooses) and every frame through every message parser. Nothing may crash, hang or
// leak; malformed input must end as a decoder error or a ProtocolError.
#include <cstddef>
#include <cstdint>

#include "sync/frame.h"
#include "sync/messages.h"

using namespace fg::sync;

namespace {
void parse_all(const Frame& f) {
  auto attempt = [&](auto parse) {
    try {
      parse(f);
    } catch (const ProtocolError&) {
    }
  };
  attempt(parse_hello);
  attempt(parse_challenge);
  attempt(parse_auth);
  attempt(parse_enrol);
  attempt(parse_welcome);
  attempt(parse_error);
  attempt(parse_heads);
  attempt(parse_ack);
  attempt(parse_blob_need);
  attempt(parse_blob_chunk);
  attempt(parse_blob_stored);
  attempt(parse_blob_get);
  attempt(parse_config_get);
  attempt(parse_config_chunk);
  attempt(parse_heads_tree_size);
  attempt(parse_tree_request);
  attempt(parse_tree_proofs);
  try {
    for (const auto& w : parse_events(f).events) {
      std::string why;
      (void)from_wire(w, &why);
    }
  } catch (const ProtocolError&) {
  }
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  // The first byte picks the piece size, so frames arrive split at many different points.
  const std::size_t piece = 1 + data[0] % 64;
  FrameDecoder decoder;
  for (std::size_t at = 1; at < size; at += piece) {
    if (!decoder.feed(fg::ByteView(data + at, std::min(piece, size - at)))) break;
    while (auto f = decoder.next()) parse_all(*f);
  }
  return 0;
}
