// libFuzzer target: one sync message payload (the first byte is the frame type) through every
// public message decoder (sync/messages.h) and every event it carries through from_wire.
// Straight at the decoders, without the frame codec in front as fuzz_frame has it.
#include <cstddef>
#include <cstdint>

#include "parse_every_message.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  fg::sync::Frame f{static_cast<fg::sync::MsgType>(data[0]),
                    std::string(reinterpret_cast<const char*>(data + 1), size - 1)};
  fg::fuzz::parse_every_message(f);
  return 0;
}
