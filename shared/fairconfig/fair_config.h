#pragma once
// The fair configuration the relay hands every station: the fair, its booths, the officer
// roster (Argon2id PIN verifiers), the enrolled devices and the documents required per right
// type. Signed by the bureau key so a station refuses a forged booth list or roster.
//
// Wire form (docs/relay-admin.md): canonical JSON {"config":{...},"sig":"<hex>"} where sig is
// Ed25519(bureau key, kFairConfigDomain + canonical bytes of "config").
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "crypto/keys.h"
#include "crypto/officer_box.h"
#include "fairconfig/log_retirement.h"
#include "fairconfig/required_documents.h"
#include "ledger/canonical.h"

namespace fg {

// Domain separation: a signature over a fair configuration can never pass for another
// bureau-signed object (booth sticker, revocation) and the other way round.
inline constexpr std::string_view kFairConfigDomain = "FairGuard fair configuration v1\n";
inline constexpr int kFairConfigFormat = 1;

// Bounds on a configuration as read (signed or not, it arrives over the network): far above
// a real fair (the Canton Fair has about 25,000 booths in a phase), far below what would
// exhaust a tablet. A configuration past any of them is refused as InvalidContent or Malformed.
inline constexpr std::size_t kMaxFairConfigBytes = 32u << 20;
inline constexpr std::size_t kMaxBooths = 100'000;
inline constexpr std::size_t kMaxOfficers = 10'000;
inline constexpr std::size_t kMaxDevices = 10'000;
inline constexpr std::size_t kMaxHalls = 1'000;
inline constexpr std::size_t kMaxConfigTextBytes = 1'024;  // any one text field
inline constexpr JsonLimits kFairConfigJsonLimits{kMaxFairConfigBytes, kJsonMaxDepth, kMaxBooths};

struct FairInfo {
  std::string id;  // e.g. "CF138"
  std::string name;
  std::string venue;
  std::string from;  // YYYY-MM-DD, first day
  std::string to;    // YYYY-MM-DD, last day
  std::string timezone = "Asia/Shanghai";
  std::vector<std::string> halls;
  bool operator==(const FairInfo&) const = default;
};

struct Booth {
  std::string booth;  // booth code, unique in the fair, e.g. "9.1E23"
  std::string hall;
  std::string exhibitor;
  std::string delegation;  // trade delegation (交易团), may be empty
  std::string industry;    // may be empty
  bool operator==(const Booth&) const = default;
};

// An officer's enforcement credential (执法证): the number printed on the documents they
// sign and the last day it is valid (YYYY-MM-DD, in the fair's time zone).
inline constexpr std::size_t kMaxCredentialNumberBytes = 64;
struct OfficerCredential {
  std::string number;
  std::string expires;
  bool operator==(const OfficerCredential&) const = default;
};

struct Officer {
  std::string id;
  std::string name;
  std::string pin_verifier;  // fg::hash_password string
  bool disabled = false;
  // Role "supervisor" may reset a station locked after too many wrong PINs. Wire: "role" is
  // "officer" or "supervisor"; absent (rosters signed before roles) means "officer".
  bool supervisor = false;
  // The key a station seals its data key to (crypto/officer_box.h). Wire: "box" object
  // {salt, public, ops, mem}; absent in rosters made before at-rest encryption.
  std::optional<OfficerBoxPublic> box{};
  // Wire: "credential" object {number, expires}; absent in rosters made before credentials
  // (such an officer signs in, and documents show the number as not on the roster).
  std::optional<OfficerCredential> credential{};
  // The officer's Ed25519 signing public key (lowercase hex), derived from the PIN with the
  // box salt (crypto/officer_box.h); it verifies the officer_sig of version-2 events. Wire:
  // "sign_pk", only with "box"; empty = absent (rosters made before officer signatures keep
  // their bytes).
  std::string sign_pk{};
  bool operator==(const Officer&) const = default;
};

// True when the officer's credential has a last day before `today` (YYYY-MM-DD in the fair's
// time zone). An officer without a credential on the roster has none to expire: false.
bool credential_expired(const Officer& officer, std::string_view today);

// 9999-12-31T23:59:59.999Z: later revocation times are refused (they could not be shown).
inline constexpr std::int64_t kLatestRevocationMs = 253402300799999;

struct DeviceEntry {
  std::string key;      // Ed25519 public key, lowercase hex
  std::string station;  // station name given at enrolment
  std::string code;     // S01, S02...: used in case numbers
  bool revoked = false;
  // The revocation's cut-off, signed by the bureau: this device's events with a higher seq
  // are set aside (kept as evidence, out of every working view). Wire: "revoked_after_seq",
  // only on a revoked device and only when set (older configurations keep their bytes).
  std::optional<std::int64_t> revoked_after_seq{};
  // When the bureau revoked it, ms since the Unix epoch (UTC), so that stations can say when.
  // Wire: "revoked_at", only on a revoked device and only when set (older configurations keep
  // their bytes); at most kLatestRevocationMs.
  std::optional<std::int64_t> revoked_at{};
  bool operator==(const DeviceEntry&) const = default;
};

struct FairConfig {
  int format = kFairConfigFormat;
  std::int64_t version = 0;    // grows with every change at the relay
  std::int64_t issued_at = 0;  // ms since the Unix epoch, UTC
  FairInfo fair;
  std::vector<Booth> booths;
  std::vector<Officer> officers;
  std::vector<DeviceEntry> devices;
  RequiredDocuments documents = default_required_documents();
  // The relay's transparency-log public key (hex), so stations check tree heads and receipts
  // with a key the bureau signed (docs/receipts.md). Empty: not given (older configurations);
  // left out of the JSON then, so older signed configurations keep their bytes.
  std::string log_key;
  // Logs the bureau retired (a relay restored from a backup opens a new log), oldest first, at
  // most kMaxLogRetirements; left out of the JSON when empty (older configurations keep their
  // bytes). A station follows them from the key it pinned to log_key without an alarm.
  std::vector<LogRetirement> log_retirements;

  Json to_json() const;
  std::string canonical() const;
  // Throws std::invalid_argument naming the first field that is missing or of the wrong type.
  static FairConfig from_json(const Json& j);

  const Booth* find_booth(std::string_view code) const;
  const Officer* find_officer(std::string_view id) const;
  const DeviceEntry* find_device(std::string_view key_hex) const;
  bool operator==(const FairConfig&) const = default;
};

// Signs and returns the wire form (canonical JSON text).
std::string sign_fair_config(const FairConfig& config, const KeyPair& bureau);

enum class ConfigError {
  Malformed,       // not canonical JSON of the form {"config":{...},"sig":"hex"}
  BadSignature,    // well-formed but the signature does not verify with the bureau key
  InvalidContent,  // signed correctly but the content is not a configuration this program reads
};
const char* describe(ConfigError e);

struct VerifiedConfig {
  std::optional<FairConfig> config;  // set only when the signature verified and content parsed
  ConfigError error{};
  std::string detail;
  explicit operator bool() const { return config.has_value(); }
};

[[nodiscard]] VerifiedConfig verify_fair_config(std::string_view signed_text, const PublicKey& bureau);

}  // namespace fg
