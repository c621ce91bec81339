#include <catch2/catch.hpp>

#include "ledger/event.h"
#include "ledger/hlc.h"

using namespace fg;

namespace {
Event sample_event(const KeyPair& kp) {
  Event e;
  e.fair = "CF138";
  e.device = kp.public_hex();
  e.seq = 1;
  e.time = 1760000000000;
  e.hlc = 1760000000000LL << 16;
  e.officer = "OF001";
  e.type = "case.opened";
  e.body = {{"caseNumber", "CF138-S01-0001"}, {"booth", "11.2B05"}};
  return e;
}
}  // namespace

TEST_CASE("a signed event decodes back to the same fields and verifies", "[ledger]") {
  const KeyPair kp = KeyPair::generate();
  const SignedEvent s = sign_event(sample_event(kp), kp);
  CHECK(s.signature_valid());
  CHECK(s.hash == sha256(as_bytes(s.bytes)));
  auto again = assemble_signed(s.bytes, to_hex(s.sig));
  REQUIRE(again);
  CHECK(again->event.canonical() == s.bytes);
  CHECK(again->signature_valid());
}

TEST_CASE("flipping any byte of an event or its signature is detected", "[ledger][tamper]") {
  const KeyPair kp = KeyPair::generate();
  const SignedEvent s = sign_event(sample_event(kp), kp);
  for (std::size_t i = 0; i < s.bytes.size(); ++i) {
    std::string bytes = s.bytes;
    bytes[i] = static_cast<char>(bytes[i] ^ 0x01);
    auto altered = assemble_signed(bytes, to_hex(s.sig));
    INFO("byte " << i);
    CHECK((!altered || !altered->signature_valid()));
  }
  for (std::size_t i = 0; i < s.sig.size(); ++i) {
    SignedEvent altered = s;
    altered.sig[i] ^= 0x80;
    CHECK_FALSE(altered.signature_valid());
  }
}

TEST_CASE("malformed events are refused with the reason", "[ledger]") {
  const KeyPair kp = KeyPair::generate();
  Json j = sample_event(kp).to_json();
  std::string why;
  CHECK_FALSE(assemble_signed(j.dump(2), std::string(128, '0'), &why));
  CHECK_THAT(why, Catch::StartsWith("event bytes are not canonical JSON: not in canonical form"));
  j.erase("officer");
  CHECK_FALSE(assemble_signed(canonical_dump(j), std::string(128, '0'), &why));
  CHECK(why == "event lacks a required field: officer");
  j = sample_event(kp).to_json();
  j["v"] = 3;
  CHECK_FALSE(assemble_signed(canonical_dump(j), std::string(128, '0'), &why));
  CHECK(why.find("version") != std::string::npos);
  j = sample_event(kp).to_json();
  j["prev"] = "xyz";
  CHECK_FALSE(assemble_signed(canonical_dump(j), std::string(128, '0'), &why));
  CHECK(why.find("prev") != std::string::npos);
  CHECK_FALSE(assemble_signed(sample_event(kp).canonical(), "abcd", &why));
  CHECK(why.find("signature") != std::string::npos);
}

TEST_CASE("an event's hlc outside 2020..2100 is refused at decode, at the limits and one past them", "[ledger]") {
  const KeyPair kp = KeyPair::generate();
  auto decode_with = [&](const std::string& hlc_text) {
    std::string bytes = sign_event(sample_event(kp), kp).bytes;
    const std::string was = "\"hlc\":" + std::to_string(1760000000000LL << 16);
    bytes.replace(bytes.find(was), was.size(), "\"hlc\":" + hlc_text);
    return decode_event(bytes);
  };
  CHECK(decode_with(std::to_string(kHlcMin)).event);
  CHECK(decode_with(std::to_string(kHlcMax)).event);
  for (const std::string& bad : {std::to_string(kHlcMin - 1), std::to_string(kHlcMax + 1), std::string("0"),
                                 std::string("-1"), std::string("9223372036854775802")}) {  // 2^63-6, the finding
    INFO(bad);
    const DecodedEvent d = decode_with(bad);
    CHECK_FALSE(d.event);
    CHECK(d.error == DecodeError::OutOfRange);
    CHECK_THAT(d.detail, Catch::Contains("hlc"));
  }
  // 2^64-1 does not even reach the hlc check: the bounded JSON reader refuses it first.
  const DecodedEvent huge = decode_with("18446744073709551615");
  CHECK_FALSE(huge.event);
  CHECK(huge.detail == "integer 18446744073709551615 is outside the signed 64-bit range");
}

TEST_CASE("event decoding is bounded: issue 11's nested bytes are refused, the body may nest to the limit",
          "[ledger]") {
  const KeyPair kp = KeyPair::generate();
  std::string why;
  CHECK_FALSE(assemble_signed(std::string(60'000, '[') + std::string(60'000, ']'), std::string(128, '0'), &why));
  CHECK(why == "event bytes are not canonical JSON: JSON nests deeper than 32 levels");

  // The event is level 1 and its body level 2: the body holds 30 more levels, not 31.
  auto with_body_depth = [&](int levels) {
    Event e = sample_event(kp);
    Json body = Json::object();
    Json* at = &body;
    for (int i = 1; i < levels; ++i) {
      (*at)["x"] = Json::object();
      at = &(*at)["x"];
    }
    e.body = body;
    // nlohmann's own dump: the same bytes as canonical_dump, which refuses depth 33 itself.
    return e.to_json().dump();
  };
  CHECK(assemble_signed(with_body_depth(31), std::string(128, '0'), &why));
  CHECK_FALSE(assemble_signed(with_body_depth(32), std::string(128, '0'), &why));
  CHECK(why == "event bytes are not canonical JSON: JSON nests deeper than 32 levels");

  // Exactly kMaxEventBytes is read; one byte more is refused.
  Json sized = sample_event(kp).to_json();
  sized["body"]["note"] = "";
  const std::size_t base = canonical_dump(sized).size();
  sized["body"]["note"] = std::string(kMaxEventBytes - base, 'x');
  CHECK(assemble_signed(canonical_dump(sized), std::string(128, '0'), &why));
  sized["body"]["note"] = std::string(kMaxEventBytes - base + 1, 'x');
  CHECK_FALSE(assemble_signed(canonical_dump(sized), std::string(128, '0'), &why));
  CHECK(why == "event bytes are not canonical JSON: JSON text of 1048577 bytes exceeds the limit of 1048576");
}

TEST_CASE("an event version is compared at full width: 2^32 + 1 is not version 1", "[ledger]") {
  const KeyPair kp = KeyPair::generate();
  Json j = sample_event(kp).to_json();
  j["v"] = 4294967297LL;
  std::string why;
  CHECK_FALSE(assemble_signed(canonical_dump(j), std::string(128, '0'), &why));
  CHECK(why == "event format version is not supported: 4294967297");
}

TEST_CASE("version 2: config and the officer signature are required, and refused on version 1", "[ledger]") {
  const KeyPair device = KeyPair::generate();
  const KeyPair officer = KeyPair::generate();
  Event e = sample_event(device);
  e.v = kEventVersionOfficerSigned;
  e.config = std::string(64, 'c');
  CHECK_THROWS_AS(sign_event(e, device), std::invalid_argument);  // no officer key: no v2 event
  const SignedEvent s = sign_event(e, device, &officer);
  REQUIRE(s.officer_sig);
  CHECK(s.bytes.find("\"config\":\"" + e.config + "\"") != std::string::npos);
  CHECK(s.bytes.find("\"v\":2") != std::string::npos);
  CHECK(s.signature_valid());
  CHECK(s.officer_signature_valid(officer.public_key()));
  CHECK_FALSE(s.officer_signature_valid(device.public_key()));

  std::string why;
  auto again = assemble_signed(s.bytes, to_hex(s.sig), &why, s.officer_sig_hex());
  REQUIRE(again);
  CHECK(again->event.config == e.config);
  CHECK(again->officer_signature_valid(officer.public_key()));
  CHECK_FALSE(assemble_signed(s.bytes, to_hex(s.sig), &why));
  CHECK_THAT(why, Catch::Contains("without its officer signature"));
  CHECK_FALSE(assemble_signed(s.bytes, to_hex(s.sig), &why, "00"));
  CHECK_THAT(why, Catch::Contains("officer signature is not 128"));

  // A version-1 event with an officer signature beside it, or with a config key, is refused.
  const SignedEvent v1 = sign_event(sample_event(device), device);
  CHECK_FALSE(assemble_signed(v1.bytes, to_hex(v1.sig), &why, s.officer_sig_hex()));
  CHECK_THAT(why, Catch::Contains("beside a version-1 event"));
  Json with_config = sample_event(device).to_json();
  with_config["config"] = e.config;
  CHECK(decode_event(canonical_dump(with_config)).error == DecodeError::WrongType);

  // Version 2 without config, with a malformed one, and an unknown version 3.
  Json j = e.to_json();
  j.erase("config");
  auto missing = decode_event(canonical_dump(j));
  CHECK(missing.error == DecodeError::MissingField);
  CHECK(missing.detail == "config");
  j["config"] = "ABC";
  CHECK(decode_event(canonical_dump(j)).error == DecodeError::BadHex);
  j["config"] = 7;
  CHECK(decode_event(canonical_dump(j)).error == DecodeError::WrongType);
  j = e.to_json();
  j["v"] = 3;
  CHECK(decode_event(canonical_dump(j)).error == DecodeError::UnsupportedVersion);
}
