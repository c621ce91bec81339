#pragma once
// Helpers for the tlog tests: deterministic leaf data (TempDir comes from support/).
#include <string>

#include "crypto/sha256.h"

// A stand-in event hash: SHA-256 of "event <i> of <tag>".
inline fg::Digest fake_event_hash(std::uint64_t i, const std::string& tag = "fair") {
  return fg::sha256(fg::as_bytes("event " + std::to_string(i) + " of " + tag));
}
