#pragma once
// A log of 7 leaves signed by a fixed log key, a witness that cosigned it at size 3, a station
// that accepted it at size 3, and the bureau key of the access record: what the statements
// target checks fuzzed bytes against, and what its seeds say.
#include <array>
#include <span>

#include "tlog/cosignature.h"
#include "tlog/merkle.h"
#include "tlog/receipt.h"

namespace fg::fuzz {

struct WitnessFixture {
  KeyPair log = KeyPair::from_seed(Bytes(32, 0x21));
  KeyPair witness = KeyPair::from_seed(Bytes(32, 0x22));
  MemoryMerkleTree tree;
  SignedTreeHead head;           // size 7
  WitnessedHead witnessed_at_3;  // cosigned by the witness, with the proof from 3 to 7
  std::array<PublicKey, 1> witness_key{};
  KeyPair device = KeyPair::from_seed(Bytes(32, 0x23));
  KeyPair bureau = KeyPair::from_seed(Bytes(32, 0x24));
  static constexpr const char* kFair = "CF138";
  static constexpr const char* kCase = "CF138-S01-0001";

  WitnessFixture();
  std::span<const PublicKey> witness_keys() const { return witness_key; }
};

}  // namespace fg::fuzz
