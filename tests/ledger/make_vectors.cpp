// Writes the event format test vectors (docs/event-format.md) to <dir>/event-v1.json and
// <dir>/event-v2.json.
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

  const OfficerBoxKey officer = vector_officer_key();
  const OfficerBoxPublic box = vector_officer_box();
  Json v2 = {{"format", "fairguard event v2"},
             {"spec", "docs/event-format.md"},
             {"seed", "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"},
             {"publicKey", key.public_hex()},
             {"officer",
              {{"pin", kVectorOfficerPin},
               {"salt", box.salt},
               {"ops", static_cast<std::int64_t>(box.cost.ops)},
               {"mem", static_cast<std::int64_t>(box.cost.mem)},
               {"signPublicKey", officer.signing_key().public_hex()}}},
             {"config", vector_config_sha256()},
             {"vectors", Json::array()}};
  for (const auto& c : vector_cases_v2()) {
    const SignedEvent s = sign_event(c.event, key, &officer.signing_key());
    v2["vectors"].push_back({{"name", c.name},
                             {"event", c.event.to_json()},
                             {"canonicalHex", to_hex(as_bytes(s.bytes))},
                             {"sha256", s.hash_hex()},
                             {"signature", to_hex(s.sig)},
                             {"officerSignature", s.officer_sig_hex()}});
  }
  std::ofstream(std::string(argv[1]) + "/event-v2.json") << v2.dump(2) << "\n";
  return 0;
}
