// Writes the event format test vectors (docs/event-format.md) to <dir>/event-v1.json.
#include <fstream>
#include <iostream>

#include "vector_events.h"

using namespace fg;

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: make_vectors OUTPUT_DIR\n";
    return 2;
  }
  const KeyPair key = vector_key();
  Json out = {{"format", "fairguard event v1"},
              {"spec", "docs/event-format.md"},
              {"seed", "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"},
              {"publicKey", key.public_hex()},
              {"vectors", Json::array()}};
  for (const auto& c : vector_cases()) {
    const SignedEvent s = sign_event(c.event, key);
    out["vectors"].push_back({{"name", c.name},
                              {"event", c.event.to_json()},
                              {"canonicalHex", to_hex(as_bytes(s.bytes))},
                              {"sha256", s.hash_hex()},
                              {"signature", to_hex(s.sig)}});
  }
  std::ofstream(std::string(argv[1]) + "/event-v1.json") << out.dump(2) << "\n";
  return 0;
}
