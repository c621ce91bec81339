// Seeds for fuzz_messages: the type byte and payload of a valid message of every type.
#include "fuzz_seeds.h"
#include "sample_frames.h"

std::vector<std::string> fuzz_seeds() {
  std::vector<std::string> out;
  for (const auto& f : fg::fuzz::sample_frames()) out.push_back(static_cast<char>(f.type) + f.payload);
  return out;
}
