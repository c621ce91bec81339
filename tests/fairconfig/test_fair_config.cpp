#include <catch2/catch.hpp>

#include "crypto/password.h"
#include "fairconfig/fair_config.h"

using namespace fg;

namespace {
FairConfig sample() {
  FairConfig c;
  c.version = 7;
  c.issued_at = 1'790'000'000'000;
  c.fair = {"CF138",        "第138届中国进出口商品交易会", "广州 琶洲", "2025-10-15", "2025-10-19", "Asia/Shanghai",
            {"9.1", "10.2"}};
  c.booths = {{"9.1E23", "9.1", "宁波市华光电器有限公司", "浙江交易团", "家用电器"},
              {"10.2A01", "10.2", "Foshan \"Bright\", Ltd.", "", ""}};
  c.officers = {{"GZ001", "王芳", hash_password("1234", PasswordCost::Test), false},
                {"GZ002", "Li Lei", hash_password("987654", PasswordCost::Test), true},
                {"SV01", "张敏", hash_password("9999", PasswordCost::Test), false, true,
                 make_officer_box("9999", PasswordCost::Test)}};
  c.devices = {{std::string(64, 'a'), "Hall 9 desk", "S01", false},
               {std::string(64, 'c'), "Hall 10 desk", "S02", true, 12}};
  return c;
}
}  // namespace

TEST_CASE("signed fair configuration verifies and round-trips every field", "[relay]") {
  const KeyPair bureau = KeyPair::generate();
  const FairConfig c = sample();
  const std::string wire = sign_fair_config(c, bureau);
  auto v = verify_fair_config(wire, bureau.public_key());
  REQUIRE(v);
  CHECK(*v.config == c);
  CHECK(v.config->find_booth("9.1E23")->exhibitor == "宁波市华光电器有限公司");
  CHECK(v.config->find_officer("GZ002")->disabled);
  CHECK(verify_password(v.config->find_officer("GZ001")->pin_verifier, "1234"));
  CHECK(v.config->documents.for_filing("design", true, false, false) ==
        std::vector<std::string>{"identity", "patent_certificate", "patent_text", "legal_status", "evaluation_report",
                                 "power_of_attorney", "agent_identity"});
}

TEST_CASE("fair configuration: forged or altered bytes are refused as bad signature", "[relay]") {
  const KeyPair bureau = KeyPair::generate();
  const std::string wire = sign_fair_config(sample(), bureau);

  SECTION("another key signed it") {
    auto v = verify_fair_config(sign_fair_config(sample(), KeyPair::generate()), bureau.public_key());
    CHECK_FALSE(v);
    CHECK(v.error == ConfigError::BadSignature);
  }
  SECTION("a flipped byte in the content") {
    std::string altered = wire;
    const auto at = altered.find("E23");
    REQUIRE(at != std::string::npos);
    altered[at] = 'F';  // booth 9.1E23 becomes 9.1F23: still canonical JSON
    auto v = verify_fair_config(altered, bureau.public_key());
    CHECK(v.error == ConfigError::BadSignature);
    CHECK_FALSE(v.config);
  }
  SECTION("a flipped byte in the signature") {
    std::string altered = wire;
    const auto at = altered.find("\"sig\":\"") + 7;
    altered[at] = altered[at] == '0' ? '1' : '0';
    CHECK(verify_fair_config(altered, bureau.public_key()).error == ConfigError::BadSignature);
  }
  SECTION("a device quietly added to the config") {
    FairConfig c = sample();
    const std::string original = sign_fair_config(c, bureau);
    c.devices.push_back({std::string(64, 'b'), "rogue", "S02", false});
    auto forged = Json::parse(original);
    forged["config"] = c.to_json();
    CHECK(verify_fair_config(canonical_dump(forged), bureau.public_key()).error == ConfigError::BadSignature);
  }
}

TEST_CASE("fair configuration: malformed input is told apart from a forgery", "[relay]") {
  const KeyPair bureau = KeyPair::generate();
  const std::string wire = sign_fair_config(sample(), bureau);
  CHECK(verify_fair_config("", bureau.public_key()).error == ConfigError::Malformed);
  CHECK(verify_fair_config("not json", bureau.public_key()).error == ConfigError::Malformed);
  CHECK(verify_fair_config(wire.substr(0, wire.size() - 1), bureau.public_key()).error == ConfigError::Malformed);
  CHECK(verify_fair_config(R"({"config":{},"sig":"00"})", bureau.public_key()).error == ConfigError::Malformed);
  // Pretty-printed JSON is not canonical: the signed bytes would be ambiguous.
  CHECK(verify_fair_config(Json::parse(wire).dump(2), bureau.public_key()).error == ConfigError::Malformed);
}

TEST_CASE("fair configuration: signed but unreadable content is InvalidContent", "[relay]") {
  const KeyPair bureau = KeyPair::generate();
  Json config = sample().to_json();
  config.erase("booths");
  const std::string bytes = canonical_dump(config);
  std::string message(kFairConfigDomain);
  message += bytes;
  const std::string wire = canonical_dump(Json{{"config", config}, {"sig", to_hex(bureau.sign(as_bytes(message)))}});
  auto v = verify_fair_config(wire, bureau.public_key());
  CHECK(v.error == ConfigError::InvalidContent);
  CHECK(v.detail.find("booths") != std::string::npos);
}

TEST_CASE("fair configuration signature is domain-separated", "[relay]") {
  // A bureau signature over the bare canonical bytes (as another signed object might carry)
  // must not pass as a configuration signature.
  const KeyPair bureau = KeyPair::generate();
  const FairConfig c = sample();
  const std::string wire =
      canonical_dump(Json{{"config", c.to_json()}, {"sig", to_hex(bureau.sign(as_bytes(c.canonical())))}});
  CHECK(verify_fair_config(wire, bureau.public_key()).error == ConfigError::BadSignature);
}

TEST_CASE("roster roles and box keys round-trip, and a roster without them still reads", "[relay]") {
  const KeyPair bureau = KeyPair::generate();
  const FairConfig c = sample();
  auto v = verify_fair_config(sign_fair_config(c, bureau), bureau.public_key());
  REQUIRE(v);
  CHECK(v.config->find_officer("SV01")->supervisor);
  REQUIRE(v.config->find_officer("SV01")->box);
  CHECK(*v.config->find_officer("SV01")->box == *c.find_officer("SV01")->box);
  CHECK_FALSE(v.config->find_officer("GZ001")->supervisor);
  CHECK_FALSE(v.config->find_officer("GZ001")->box);

  // A roster signed before roles and box keys existed: officers without either.
  Json old = c.to_json();
  for (auto& o : old["officers"]) {
    o.erase("role");
    o.erase("box");
  }
  std::string message(kFairConfigDomain);
  message += canonical_dump(old);
  const std::string wire = canonical_dump(Json{{"config", old}, {"sig", to_hex(bureau.sign(as_bytes(message)))}});
  auto older = verify_fair_config(wire, bureau.public_key());
  REQUIRE(older);
  CHECK_FALSE(older.config->find_officer("SV01")->supervisor);
  CHECK_FALSE(older.config->find_officer("SV01")->box);

  // An unknown role is refused, not read as "officer".
  Json odd = c.to_json();
  odd["officers"][0]["role"] = "admin";
  message = std::string(kFairConfigDomain) + canonical_dump(odd);
  auto refused = verify_fair_config(
      canonical_dump(Json{{"config", odd}, {"sig", to_hex(bureau.sign(as_bytes(message)))}}), bureau.public_key());
  CHECK(refused.error == ConfigError::InvalidContent);
  CHECK_THAT(refused.detail, Catch::Contains("admin"));
}

TEST_CASE("a revocation's cut-off and time are signed, left out when unset, and refused when absurd", "[relay]") {
  const KeyPair bureau = KeyPair::generate();
  FairConfig c = sample();
  c.devices[1].revoked_after_seq.reset();
  c.devices[1].revoked_at.reset();
  CHECK(c.canonical().find("revoked_after_seq") == std::string::npos);  // older configurations keep their bytes
  CHECK(c.canonical().find("revoked_at") == std::string::npos);
  c.devices[1].revoked_at = 1764922320000;  // 2025-12-05T08:12:00Z
  auto signed_back = verify_fair_config(sign_fair_config(c, bureau), bureau.public_key());
  REQUIRE(signed_back);
  CHECK(signed_back.config->devices[1].revoked_at == 1764922320000);
  auto content_error = [&](const Json& device) {
    FairConfig base = sample();
    Json j = base.to_json();
    j["devices"][1] = device;
    const std::string wire = canonical_dump(Json{
        {"config", j}, {"sig", to_hex(bureau.sign(as_bytes(std::string(kFairConfigDomain) + canonical_dump(j))))}});
    auto v = verify_fair_config(wire, bureau.public_key());
    CHECK(v.error == ConfigError::InvalidContent);
    return v.detail;
  };
  Json device = sample().to_json()["devices"][1];
  device["revoked_after_seq"] = -1;
  CHECK_THAT(content_error(device), Catch::Contains("negative"));
  device["revoked_after_seq"] = 3;
  device["revoked_at"] = -5;
  CHECK_THAT(content_error(device), Catch::Contains("revoked_at is not a time"));
  device["revoked_at"] = kLatestRevocationMs + 1;  // a year past 9999 cannot be shown
  CHECK_THAT(content_error(device), Catch::Contains("revoked_at is not a time"));
  device["revoked_at"] = kLatestRevocationMs;
  device["revoked"] = false;
  CHECK_THAT(content_error(device), Catch::Contains("not revoked"));
  device.erase("revoked_after_seq");
  CHECK_THAT(content_error(device), Catch::Contains("revoked_at on a device that is not revoked"));
}

TEST_CASE("officer credentials round-trip, are left out when absent, and refused when malformed", "[relay]") {
  const KeyPair bureau = KeyPair::generate();
  FairConfig c = sample();
  CHECK(c.canonical().find("credential") == std::string::npos);  // older configurations keep their bytes
  c.officers[0].credential = OfficerCredential{"44010020230001", "2026-12-31"};
  auto v = verify_fair_config(sign_fair_config(c, bureau), bureau.public_key());
  REQUIRE(v);
  CHECK(*v.config == c);
  REQUIRE(v.config->find_officer("GZ001")->credential);
  CHECK(v.config->find_officer("GZ001")->credential->number == "44010020230001");
  CHECK_FALSE(v.config->find_officer("GZ002")->credential);

  // Expired after its last day, in the fair's calendar; no credential never expires.
  CHECK_FALSE(credential_expired(*v.config->find_officer("GZ001"), "2026-12-31"));
  CHECK(credential_expired(*v.config->find_officer("GZ001"), "2027-01-01"));
  CHECK_FALSE(credential_expired(*v.config->find_officer("GZ002"), "2099-01-01"));

  auto content_error = [&](const Json& credential) {
    Json j = c.to_json();
    j["officers"][0]["credential"] = credential;
    const std::string wire = canonical_dump(Json{
        {"config", j}, {"sig", to_hex(bureau.sign(as_bytes(std::string(kFairConfigDomain) + canonical_dump(j))))}});
    auto r = verify_fair_config(wire, bureau.public_key());
    CHECK(r.error == ConfigError::InvalidContent);
    return r.detail;
  };
  CHECK_THAT(content_error({{"number", "X1"}, {"expires", "2026-02-30"}}), Catch::Contains("calendar"));
  CHECK_THAT(content_error({{"number", "X1"}, {"expires", "31.12.2026"}}), Catch::Contains("YYYY-MM-DD"));
  CHECK_THAT(content_error({{"number", std::string(kMaxCredentialNumberBytes + 1, '7')}, {"expires", "2026-12-31"}}),
             Catch::Contains("bytes"));
  CHECK_THAT(content_error({{"number", "X1"}}), Catch::Contains("expires"));
}

TEST_CASE("fair configuration bounds: counts and text lengths at the limit and one past", "[relay]") {
  Json j = sample().to_json();
  auto refusal = [](const Json& config) -> std::string {
    try {
      (void)FairConfig::from_json(config);
    } catch (const std::invalid_argument& e) {
      return e.what();
    }
    return "";
  };
  Json booths = Json::array();
  for (std::size_t i = 0; i < kMaxBooths; ++i)
    booths.push_back({{"booth", "B" + std::to_string(i)},
                      {"hall", "9.1"},
                      {"exhibitor", "x"},
                      {"delegation", ""},
                      {"industry", ""}});
  j["booths"] = booths;
  CHECK(refusal(j).empty());
  j["booths"].push_back(j["booths"][0]);
  CHECK(refusal(j) == "config.booths has 100001 entries, more than the 100000 allowed");

  j = sample().to_json();
  j["booths"][0]["exhibitor"] = std::string(kMaxConfigTextBytes, 'x');
  CHECK(refusal(j).empty());
  j["booths"][0]["exhibitor"] = std::string(kMaxConfigTextBytes + 1, 'x');
  CHECK(refusal(j) == "booth.exhibitor is longer than 1024 bytes");

  j = sample().to_json();
  j["devices"] = Json::array();
  for (std::size_t i = 0; i <= kMaxDevices; ++i) j["devices"].push_back(sample().to_json()["devices"][0]);
  CHECK(refusal(j) == "config.devices has 10001 entries, more than the 10000 allowed");
  j = sample().to_json();
  j["version"] = -1;
  CHECK(refusal(j) == "config.version and issued_at must not be negative");
}

TEST_CASE("fair configuration: nested or oversized text is refused before any signature check", "[relay]") {
  const KeyPair bureau = KeyPair::generate();
  auto v = verify_fair_config(R"({"config":)" + std::string(60'000, '[') + std::string(60'000, ']') + R"(,"sig":"00"})",
                              bureau.public_key());
  CHECK(v.error == ConfigError::Malformed);
  CHECK(v.detail == "JSON nests deeper than 32 levels");
  v = verify_fair_config(std::string(kMaxFairConfigBytes + 1, ' '), bureau.public_key());
  CHECK(v.error == ConfigError::Malformed);
  CHECK(v.detail == "JSON text of 33554433 bytes exceeds the limit of 33554432");
}

TEST_CASE("officer signing keys round-trip, are left out when absent, and refused when malformed", "[relay]") {
  const KeyPair bureau = KeyPair::generate();
  FairConfig c = sample();
  CHECK(c.canonical().find("sign_pk") == std::string::npos);  // older configurations keep their bytes
  const OfficerKeysPublic keys = make_officer_keys("9999", PasswordCost::Test);
  c.officers[2].box = keys.box;
  c.officers[2].sign_pk = keys.sign_pk;
  auto v = verify_fair_config(sign_fair_config(c, bureau), bureau.public_key());
  REQUIRE(v);
  CHECK(*v.config == c);
  CHECK(v.config->find_officer("SV01")->sign_pk == keys.sign_pk);
  CHECK(v.config->find_officer("GZ001")->sign_pk.empty());

  auto content_error = [&](int officer, const Json& sign_pk) {
    Json j = c.to_json();
    j["officers"][officer]["sign_pk"] = sign_pk;
    const std::string wire = canonical_dump(Json{
        {"config", j}, {"sig", to_hex(bureau.sign(as_bytes(std::string(kFairConfigDomain) + canonical_dump(j))))}});
    auto r = verify_fair_config(wire, bureau.public_key());
    CHECK(r.error == ConfigError::InvalidContent);
    return r.detail;
  };
  CHECK_THAT(content_error(2, keys.sign_pk.substr(2)), Catch::Contains("sign_pk is not 64"));
  std::string upper = keys.sign_pk;
  upper[0] = 'A';
  CHECK_THAT(content_error(2, upper), Catch::Contains("sign_pk is not 64"));
  CHECK_THAT(content_error(2, 7), Catch::Contains("not a string"));
  CHECK_THAT(content_error(2, std::string(kMaxConfigTextBytes + 1, 'a')), Catch::Contains("longer than"));
  CHECK_THAT(content_error(0, keys.sign_pk), Catch::Contains("without officer.box"));
}
