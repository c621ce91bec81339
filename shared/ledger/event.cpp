#include "ledger/event.h"

#include <stdexcept>

#include "ledger/hlc.h"

namespace fg {

Json Event::to_json() const {
  Json j{{"v", v},     {"fair", fair},       {"device", device}, {"seq", seq},   {"prev", prev},  {"time", time},
         {"hlc", hlc}, {"officer", officer}, {"type", type},     {"body", body}, {"blobs", blobs}};
  if (v >= kEventVersionOfficerSigned) j["config"] = config;
  return j;
}

std::string Event::canonical() const { return canonical_dump(to_json()); }

bool SignedEvent::signature_valid() const {
  auto key = public_key_from_hex(event.device);
  return key && verify_signature(*key, as_bytes(bytes), sig);
}

bool SignedEvent::officer_signature_valid(const PublicKey& officer_key) const {
  return officer_sig && verify_signature(officer_key, as_bytes(bytes), *officer_sig);
}

SignedEvent sign_event(const Event& e, const KeyPair& device_key, const KeyPair* officer_key) {
  if (e.v == kEventVersionOfficerSigned && !officer_key)
    throw std::invalid_argument("a version-2 event needs the officer's signing key");
  if (e.v != kEventVersion && e.v != kEventVersionOfficerSigned)
    throw std::invalid_argument("event version " + std::to_string(e.v) + " is not one this program writes");
  SignedEvent s;
  s.event = e;
  s.bytes = e.canonical();
  s.hash = sha256(as_bytes(s.bytes));
  s.sig = device_key.sign(as_bytes(s.bytes));
  if (e.v == kEventVersionOfficerSigned) s.officer_sig = officer_key->sign(as_bytes(s.bytes));
  return s;
}

const char* describe(DecodeError e) {
  switch (e) {
    case DecodeError::NotCanonical:
      return "event bytes are not canonical JSON";
    case DecodeError::MissingField:
      return "event lacks a required field";
    case DecodeError::WrongType:
      return "event field has the wrong type";
    case DecodeError::UnsupportedVersion:
      return "event format version is not supported";
    case DecodeError::BadHex:
      return "event field is not lowercase hex of the right length";
    case DecodeError::OutOfRange:
      return "event clock value is outside the sane range";
  }
  return "unknown event decode error";
}

namespace {
bool is_hex_of(const std::string& s, std::size_t bytes) { return s.size() == bytes * 2 && from_hex(s).has_value(); }
}  // namespace

DecodedEvent decode_event(std::string_view canonical_bytes) {
  DecodedEvent out;
  auto fail = [&](DecodeError err, std::string detail) {
    out.error = err;
    out.detail = std::move(detail);
    return out;
  };
  std::string why;
  auto json = parse_canonical(canonical_bytes, &why, kEventJsonLimits);
  if (!json) return fail(DecodeError::NotCanonical, why);
  if (!json->is_object()) return fail(DecodeError::NotCanonical, "not a JSON object");
  const Json& j = *json;
  static const char* const fields[] = {"v",   "fair",    "device", "seq",  "prev", "time",
                                       "hlc", "officer", "type",   "body", "blobs"};
  for (const char* f : fields)
    if (!j.contains(f)) return fail(DecodeError::MissingField, f);
  if (!j["v"].is_number_integer()) return fail(DecodeError::WrongType, "v");
  // Compared at full width: a version of 2^32 + 1 must not pass as 1.
  const std::int64_t version = j["v"].get<std::int64_t>();
  if (version != kEventVersion && version != kEventVersionOfficerSigned)
    return fail(DecodeError::UnsupportedVersion, j["v"].dump());
  const bool v2 = version == kEventVersionOfficerSigned;
  if (v2 && !j.contains("config")) return fail(DecodeError::MissingField, "config");
  if (j.size() != std::size(fields) + (v2 ? 1 : 0)) return fail(DecodeError::WrongType, "unexpected extra field");
  for (const char* f : {"fair", "device", "prev", "officer", "type"})
    if (!j[f].is_string()) return fail(DecodeError::WrongType, f);
  for (const char* f : {"seq", "time", "hlc"})
    if (!j[f].is_number_integer()) return fail(DecodeError::WrongType, f);
  if (!j["body"].is_object()) return fail(DecodeError::WrongType, "body");
  if (!j["blobs"].is_array()) return fail(DecodeError::WrongType, "blobs");
  Event e;
  e.v = static_cast<int>(version);
  if (v2) {
    if (!j["config"].is_string()) return fail(DecodeError::WrongType, "config");
    e.config = j["config"].get<std::string>();
    if (!is_hex_of(e.config, 32)) return fail(DecodeError::BadHex, "config");
  }
  e.fair = j["fair"].get<std::string>();
  e.device = j["device"].get<std::string>();
  e.seq = j["seq"].get<std::int64_t>();
  e.prev = j["prev"].get<std::string>();
  e.time = j["time"].get<std::int64_t>();
  // An unsigned value above INT64_MAX would wrap to a negative int64: refuse it before reading.
  if (j["hlc"].is_number_unsigned() && j["hlc"].get<std::uint64_t>() > static_cast<std::uint64_t>(kHlcMax))
    return fail(DecodeError::OutOfRange, "hlc " + j["hlc"].dump() + " is after 2100-01-01 (ledger/hlc.h)");
  e.hlc = j["hlc"].get<std::int64_t>();
  if (!hlc_in_range(e.hlc))
    return fail(DecodeError::OutOfRange, "hlc " + std::to_string(e.hlc) +
                                             (e.hlc < kHlcMin ? " is before 2020-01-01" : " is after 2100-01-01") +
                                             " (ledger/hlc.h)");
  e.officer = j["officer"].get<std::string>();
  e.type = j["type"].get<std::string>();
  e.body = j["body"];
  for (const auto& b : j["blobs"]) {
    if (!b.is_string() || !is_hex_of(b.get<std::string>(), 32)) return fail(DecodeError::BadHex, "blobs");
    e.blobs.push_back(b.get<std::string>());
  }
  if (!is_hex_of(e.device, 32)) return fail(DecodeError::BadHex, "device");
  if (!is_hex_of(e.prev, 32)) return fail(DecodeError::BadHex, "prev");
  if (e.seq < 1) return fail(DecodeError::WrongType, "seq must be 1 or more");
  out.event = std::move(e);
  return out;
}

std::optional<SignedEvent> assemble_signed(std::string_view canonical_bytes, std::string_view sig_hex, std::string* why,
                                           std::string_view officer_sig_hex) {
  auto decoded = decode_event(canonical_bytes);
  if (!decoded.event) {
    if (why) *why = std::string(describe(decoded.error)) + (decoded.detail.empty() ? "" : ": " + decoded.detail);
    return std::nullopt;
  }
  auto sig = signature_from_hex(sig_hex);
  if (!sig) {
    if (why) *why = "signature is not 128 lowercase hex characters";
    return std::nullopt;
  }
  std::optional<Signature> officer_sig;
  if (decoded.event->v == kEventVersionOfficerSigned) {
    if (officer_sig_hex.empty()) {
      if (why) *why = "a version-2 event without its officer signature (officer_sig)";
      return std::nullopt;
    }
    officer_sig = signature_from_hex(officer_sig_hex);
    if (!officer_sig) {
      if (why) *why = "officer signature is not 128 lowercase hex characters";
      return std::nullopt;
    }
  } else if (!officer_sig_hex.empty()) {
    if (why) *why = "an officer signature beside a version-1 event (only version 2 carries one)";
    return std::nullopt;
  }
  SignedEvent s;
  s.event = std::move(*decoded.event);
  s.officer_sig = officer_sig;
  s.bytes = std::string(canonical_bytes);
  s.hash = sha256(as_bytes(s.bytes));
  s.sig = *sig;
  return s;
}

}  // namespace fg
