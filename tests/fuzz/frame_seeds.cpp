// Seeds for fuzz_frame: every message type, each cut and corrupted, with three piece sizes.
#include "fuzz_seeds.h"
#include "sample_frames.h"

using namespace fg::sync;

std::vector<std::string> fuzz_seeds() {
  const std::vector<Frame> frames = fg::fuzz::sample_frames();
  std::vector<std::string> out;
  std::string all;
  for (const auto& f : frames) {
    const std::string wire = encode_frame(f.type, f.payload);
    all += wire;
    for (char piece : {'\x00', '\x03', '\x3f'}) {
      out.push_back(piece + wire);
      out.push_back(piece + wire.substr(0, wire.size() / 2));  // cut mid-frame
      std::string flipped = wire;
      flipped[flipped.size() / 2] ^= 0x5a;  // corrupted payload
      out.push_back(piece + flipped);
    }
  }
  out.push_back('\x07' + all);                                // a whole session's frames
  out.push_back(std::string("\x01\x7f\xff\xff\xff\x12", 6));  // oversized
  out.push_back(std::string("\x01\x00\x00\x00\x00\xee", 6));  // unknown type
  return out;
}
