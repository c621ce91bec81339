#include "vector_events.h"

using namespace fg;

KeyPair vector_key() {
  Bytes seed(32);
  for (std::size_t i = 0; i < seed.size(); ++i) seed[i] = static_cast<std::uint8_t>(i);
  return KeyPair::from_seed(seed);
}

std::vector<VectorCase> vector_cases() {
  const KeyPair key = vector_key();
  Event first;
  first.fair = "CF138";
  first.device = key.public_hex();
  first.seq = 1;
  first.time = 1760572800000;  // 2025-10-16T00:00:00Z
  first.hlc = first.time << 16;
  first.officer = "OF001";
  first.type = "case.opened";
  first.body = {{"caseNumber", "CF138-S01-0001"}, {"booth", "11.2B05"}, {"hall", "11.2"}, {"station", "S01"}};

  Event second = first;
  second.seq = 2;
  second.prev = sign_event(first, key).hash_hex();
  second.time = first.time + 61000;
  second.hlc = second.time << 16;
  second.type = "complainant.recorded";
  second.body = {{"caseNumber", "CF138-S01-0001"},
                 {"name", "深圳市某某科技有限公司"},
                 {"kind", "company"},
                 {"country", "CN"},
                 {"note", "quote \" backslash \\ newline \n tab \t control \x1f end"}};
  second.blobs = {sha256_hex(as_bytes("power of attorney scan"))};

  Event third = second;
  third.seq = 3;
  third.prev = sign_event(second, key).hash_hex();
  third.time = second.time;  // same millisecond: the HLC counter moves on
  third.hlc = second.hlc + 1;
  third.type = "evidence.added";
  third.body = {{"caseNumber", "CF138-S01-0001"},
                {"kind", "exhibit_photo"},
                {"originalSeen", true},
                {"capturedAt", third.time},
                {"size", -1},
                {"nested", {{"b", Json::array()}, {"a", nullptr}}}};
  third.blobs = {sha256_hex(as_bytes("photo 1")), sha256_hex(as_bytes("photo 2"))};
  return {{"case-opened", first}, {"complainant-with-escapes", second}, {"evidence-same-millisecond", third}};
}

OfficerBoxPublic vector_officer_box() {
  OfficerBoxPublic box;
  box.salt = kVectorOfficerSalt;
  box.cost = kdf_cost(PasswordCost::Test);
  box.public_key = std::string(64, '0');  // derive() does not read it
  return box;
}

OfficerBoxKey vector_officer_key() { return OfficerBoxKey::derive(kVectorOfficerPin, vector_officer_box()); }

std::string vector_config_sha256() { return sha256_hex(as_bytes("a bureau-signed fair configuration")); }

std::vector<VectorCase> vector_cases_v2() {
  const KeyPair key = vector_key();
  const OfficerBoxKey officer = vector_officer_key();
  std::vector<VectorCase> cases = vector_cases();
  std::string prev = kZeroHash;
  for (auto& c : cases) {
    c.event.v = kEventVersionOfficerSigned;
    c.event.config = vector_config_sha256();
    c.event.prev = prev;
    prev = sign_event(c.event, key, &officer.signing_key()).hash_hex();
  }
  return cases;
}
