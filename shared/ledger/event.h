#pragma once
// The signed event: every station action is one (the byte-exact format, its chain rules and
// test vectors: docs/event-format.md).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "crypto/keys.h"
#include "crypto/sha256.h"
#include "ledger/canonical.h"

namespace fg {

// Version 1: signed by the device key only. Version 2 adds `config` and the officer's
// signature (docs/event-format.md; docs/decisions/event-v2-officer-signatures.md).
constexpr int kEventVersion = 1;
constexpr int kEventVersionOfficerSigned = 2;
inline const std::string kZeroHash(64, '0');

struct Event {
  int v = kEventVersion;
  std::string fair;                // fair id, e.g. "CF138"
  std::string device;              // the device's Ed25519 public key, lowercase hex
  std::int64_t seq = 0;            // 1, 2, 3... per device
  std::string prev = kZeroHash;    // hash of the device's previous event, hex
  std::int64_t time = 0;           // device wall clock, ms since the Unix epoch, UTC
  std::int64_t hlc = 0;            // hybrid logical clock (ledger/hlc.h)
  std::string officer;             // officer id who acted
  std::string type;                // e.g. "case.opened" (cases/event_types.h)
  Json body = Json::object();      // type-specific fields
  std::vector<std::string> blobs;  // SHA-256 hex of each blob the event references
  // Version 2 only: SHA-256 (hex) of the bureau-signed configuration in force at the station.
  std::string config;

  Json to_json() const;
  std::string canonical() const;  // the bytes that are hashed and signed
};

// An event as stored and exchanged: its canonical bytes, their hash, the device signature and
// (version 2) the officer's signature over the same bytes.
struct SignedEvent {
  Event event;
  std::string bytes;  // canonical bytes
  Digest hash{};
  Signature sig{};
  std::optional<Signature> officer_sig;  // set exactly when event.v is 2

  std::string hash_hex() const { return to_hex(hash); }
  std::string officer_sig_hex() const { return officer_sig ? to_hex(*officer_sig) : std::string(); }
  // The device signature (the key named in `device`).
  [[nodiscard]] bool signature_valid() const;
  // The officer signature, with the roster's sign_pk of the officer the event names.
  [[nodiscard]] bool officer_signature_valid(const PublicKey& officer_key) const;
};

// Version 2 when e.v says so: then `officer_key` must be given (else std::invalid_argument).
SignedEvent sign_event(const Event& e, const KeyPair& device_key, const KeyPair* officer_key = nullptr);

// Bounds on an event's canonical bytes as received (a frame, a bundle file): far above any
// event a station writes (a few KB), and deep enough for every body FairGuard defines.
inline constexpr std::size_t kMaxEventBytes = 1u << 20;
inline constexpr std::size_t kMaxEventElements = 10'000;  // per array or object in an event
inline constexpr JsonLimits kEventJsonLimits{kMaxEventBytes, kJsonMaxDepth, kMaxEventElements};

enum class DecodeError {
  NotCanonical,
  MissingField,
  WrongType,
  UnsupportedVersion,
  BadHex,
  OutOfRange,  // hlc outside the sane range (ledger/hlc.h: 2020 to 2100)
};
const char* describe(DecodeError e);

// Decodes canonical bytes; checks shape only (the caller verifies signature and chain). A
// refusal's detail names the broken rule or bound (e.g. "JSON nests deeper than 32 levels").
struct DecodedEvent {
  std::optional<Event> event;
  DecodeError error{};
  std::string detail;
};
DecodedEvent decode_event(std::string_view canonical_bytes);

// Rebuilds a SignedEvent from stored or received parts; nullopt with reason if malformed.
// `officer_sig_hex` is required for a version-2 event and refused beside a version-1 one.
std::optional<SignedEvent> assemble_signed(std::string_view canonical_bytes, std::string_view sig_hex,
                                           std::string* why = nullptr, std::string_view officer_sig_hex = {});

}  // namespace fg
