#pragma once
// The enrolment payload: the text of the QR code `fairguard-relay enroll` prints and a station
// scans to enrol. Everything the tablet needs to reach and trust the relay; the bureau public
// key then comes over the pinned TLS connection.
//
//   FGE1:<host>:<port>:<cert sha256 hex>:<fair id>:<token>
//
// host: DNS name or IPv4 address, or an IPv6 address in brackets ([fd00::1]); port 1-65535;
// fingerprint: SHA-256 of the relay's DER certificate, 64 lowercase hex; fair id: 1-32 of
// A-Z a-z 0-9 _ -; token: 26 base32 characters (128 random bits), one use, expires.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace fg {

inline constexpr std::string_view kEnrolmentPrefix = "FGE1:";
inline constexpr std::size_t kEnrolmentTokenChars = 26;
// The longest valid payload is about 400 characters (a 253-character host); scanned text
// longer than this is refused before it is split.
inline constexpr std::size_t kMaxEnrolmentPayloadBytes = 512;

struct EnrolmentPayload {
  std::string host;  // without brackets
  std::uint16_t port = 0;
  std::string cert_sha256;  // lowercase hex
  std::string fair;
  std::string token;

  std::string to_text() const;
  bool operator==(const EnrolmentPayload&) const = default;
};

struct ParsedEnrolment {
  std::optional<EnrolmentPayload> payload;
  std::string error;  // what is wrong, for the person holding the tablet
  explicit operator bool() const { return payload.has_value(); }
};

ParsedEnrolment parse_enrolment_payload(std::string_view text);

// A new one-time token: 128 bits from libsodium's CSPRNG as base32.
std::string new_enrolment_token();

// Checks shared by the parser, `init` and `enroll`: nullopt when valid, else the reason.
std::optional<std::string> check_fair_id(std::string_view id);
std::optional<std::string> check_host(std::string_view host);
std::optional<std::string> check_enrolment_token(std::string_view token);

}  // namespace fg
