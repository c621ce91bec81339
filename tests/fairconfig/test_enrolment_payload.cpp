#include <catch2/catch.hpp>

#include "fairconfig/enrolment_payload.h"

using namespace fg;

namespace {
const std::string kFp = "3f1c9a0b7d2e4f5a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c";
}

TEST_CASE("enrolment payload round-trips through its text", "[relay]") {
  const std::string token = new_enrolment_token();
  CHECK(token.size() == kEnrolmentTokenChars);
  CHECK_FALSE(check_enrolment_token(token));
  CHECK(new_enrolment_token() != token);

  EnrolmentPayload p{"relay.bureau.example", 7443, kFp, "CF138", token};
  CHECK(p.to_text() == "FGE1:relay.bureau.example:7443:" + kFp + ":CF138:" + token);
  auto parsed = parse_enrolment_payload(p.to_text());
  REQUIRE(parsed);
  CHECK(*parsed.payload == p);

  EnrolmentPayload v6{"fd00::12", 443, kFp, "canton-138", token};
  CHECK(v6.to_text().starts_with("FGE1:[fd00::12]:443:"));
  auto parsed6 = parse_enrolment_payload(v6.to_text() + "\n");
  REQUIRE(parsed6);
  CHECK(*parsed6.payload == v6);
}

TEST_CASE("enrolment payload: each kind of bad input names its problem", "[relay]") {
  const std::string token = new_enrolment_token();
  auto error_of = [](const std::string& text) {
    auto p = parse_enrolment_payload(text);
    CHECK_FALSE(p);
    return p.error;
  };
  CHECK_THAT(error_of("https://example.org"), Catch::Contains("FGE1"));
  CHECK_THAT(error_of("FGE2:h:1:" + kFp + ":F:" + token), Catch::Contains("unsupported version"));
  CHECK_THAT(error_of("FGE1:10.0.0.5:0:" + kFp + ":F:" + token), Catch::Contains("port"));
  CHECK_THAT(error_of("FGE1:10.0.0.5:70000:" + kFp + ":F:" + token), Catch::Contains("port"));
  CHECK_THAT(error_of("FGE1:10.0.0.5:7443:" + kFp.substr(2) + ":F:" + token), Catch::Contains("fingerprint"));
  std::string upper_fp = kFp;
  upper_fp[1] = 'F';
  CHECK_THAT(error_of("FGE1:10.0.0.5:7443:" + upper_fp + ":F:" + token), Catch::Contains("fingerprint"));
  CHECK_THAT(error_of("FGE1:10.0.0.5:7443:" + kFp + ":C F:" + token), Catch::Contains("fair id"));
  CHECK_THAT(error_of("FGE1:10.0.0.5:7443:" + kFp + ":CF138:" + token.substr(1)), Catch::Contains("26"));
  CHECK_THAT(error_of("FGE1:10.0.0.5:7443:" + kFp + ":CF138:" + token.substr(1) + "1"), Catch::Contains("base32"));
  CHECK_THAT(error_of("FGE1:bad_host:7443:" + kFp + ":CF138:" + token), Catch::Contains("host"));
  CHECK_THAT(error_of("FGE1:[fd00::1:7443:" + kFp + ":CF138:" + token), Catch::Contains("]"));
  CHECK_THAT(error_of("FGE1:10.0.0.5:7443:" + kFp + ":CF138"), Catch::Contains("6"));
  CHECK_THAT(error_of("FGE1:10.0.0.5:7443:" + kFp + ":CF138:" + token + ":extra"), Catch::Contains("6"));
}

TEST_CASE("enrolment payload: text past kMaxEnrolmentPayloadBytes is refused before it is split", "[relay]") {
  const std::string valid = "FGE1:relay.example:8443:" + std::string(64, 'a') + ":CF138:" + std::string(26, 'A');
  const std::string at_limit = valid + std::string(kMaxEnrolmentPayloadBytes - valid.size(), '\n');
  CHECK(parse_enrolment_payload(at_limit));
  const auto over = parse_enrolment_payload(at_limit + "\n");
  CHECK_FALSE(over);
  CHECK(over.error == "enrolment code is 513 characters, more than the 512 a FairGuard enrolment code can have");
  CHECK_FALSE(parse_enrolment_payload("FGE1:" + std::string(1'000'000, ':')));
}
