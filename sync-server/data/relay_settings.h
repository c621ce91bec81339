#pragma once
// DIR/relay.json: the fair this relay serves and where it listens. Written by `init`, read by
// every command and by `serve`.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "fairconfig/calendar_date.h"  // check_date (fair days)
#include "ledger/canonical.h"

namespace fg::relay {

inline constexpr std::string_view kRelayFormat = "fairguard-relay-data-1";
inline constexpr std::string_view kDefaultListen = "0.0.0.0:7443";
// Officer PINs: digits, kMaxPinLength at most. The default minimum makes offline guessing of
// one officer's PIN from a stolen tablet's roster cost over a core-year (docs/station.md,
// "PIN length"); a fair may lower it at init, down to kLowestPinMinLength.
inline constexpr int kDefaultPinMinLength = 10;
inline constexpr int kLowestPinMinLength = 4;
inline constexpr int kMaxPinLength = 12;

// A witness the relay asks to cosign its tree heads (docs/witness.md), as relay.json lists it:
// {"name":"National IP office","address":"witness.example.org:7390","key":"<64 hex>"}.
struct RelayWitness {
  std::string name;     // as published in the keys file (fairguard-relay keys)
  std::string address;  // host:port of its fairguard-witness serve
  std::string key;      // its public key, 64 lowercase hex
  bool operator==(const RelayWitness&) const = default;
};

struct RelaySettings {
  std::string fair_id;
  std::string name;
  std::string venue;
  std::string from;  // YYYY-MM-DD
  std::string to;    // YYYY-MM-DD
  std::string timezone = "Asia/Shanghai";
  std::vector<std::string> halls;  // empty: any hall is accepted in the booth list
  std::string created_at;          // ISO 8601 UTC, e.g. 2026-11-25T07:30:00Z
  std::string listen = std::string(kDefaultListen);
  int pin_min_length = kDefaultPinMinLength;  // absent in relay.json: the default
  // Asked by `serve` besides any `serve --witness`; read at start (a change needs a restart).
  // Absent in relay.json: none.
  std::vector<RelayWitness> witnesses;

  // Throws std::invalid_argument with every problem found, one per line.
  void validate() const;
  Json to_json() const;
  static RelaySettings from_json(const Json& j);  // throws std::invalid_argument
  void save(const std::filesystem::path& file) const;
  static RelaySettings load(const std::filesystem::path& file);  // throws std::runtime_error
};

// nullopt when valid, else the reason.
std::optional<std::string> check_timezone(std::string_view tz);
std::optional<std::string> check_witness(const RelayWitness& w);  // name, address, key

struct HostPort {
  std::string host;
  std::uint16_t port = 0;
};
// "host:port", "[v6]:port"; nullopt with *why set when malformed.
std::optional<HostPort> parse_host_port(std::string_view text, std::string* why = nullptr);

// "2026-11-25T07:30:00Z" for a time in ms since the Unix epoch.
std::string iso_utc(std::int64_t ms);
// The reverse, for times an operator types: "2026-11-25T07:30:00Z" (UTC, seconds, the Z
// required). nullopt when it is not exactly that or not a real date.
std::optional<std::int64_t> parse_iso_utc(std::string_view text);

}  // namespace fg::relay
