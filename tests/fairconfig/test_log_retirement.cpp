// The retirement of a transparency log in the bureau-signed configuration: wire form, bounds,
// older configurations' bytes, and the walk from a station's pinned key to the current one.
#include <catch2/catch.hpp>

#include "fairconfig/fair_config.h"

using namespace fg;

namespace {

// A log that ended at size 5, signed by `old_log`, replaced by `new_log`.
LogRetirement retire(const KeyPair& old_log, const KeyPair& new_log, std::uint64_t size = 5) {
  TreeHead head{size, sha256(as_bytes(std::string("root ") + std::to_string(size))), 1'790'000'000'000};
  return {old_log.public_hex(), sign_tree_head(head, old_log), new_log.public_hex(), 1'790'000'100'000};
}

FairConfig config_with(std::vector<LogRetirement> retirements, const KeyPair& log) {
  FairConfig c;
  c.version = 4;
  c.issued_at = 1'790'000'100'000;
  c.fair = {"CF138", "Canton Fair", "Pazhou", "2026-10-15", "2026-10-19", "Asia/Shanghai", {"9.1"}};
  c.log_key = log.public_hex();
  c.log_retirements = std::move(retirements);
  return c;
}

std::string refusal(const Json& config) {
  try {
    (void)FairConfig::from_json(config);
  } catch (const std::invalid_argument& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("a log retirement is signed with the configuration and round-trips", "[fairconfig]") {
  const KeyPair bureau = KeyPair::generate(), a = KeyPair::generate(), b = KeyPair::generate();
  const FairConfig c = config_with({retire(a, b)}, b);
  const auto v = verify_fair_config(sign_fair_config(c, bureau), bureau.public_key());
  REQUIRE(v);
  CHECK(*v.config == c);
  CHECK(v.config->log_retirements.at(0).last_head.head.size == 5);
  // Without retirements the field is left out: configurations signed before it keep their bytes.
  FairConfig plain = c;
  plain.log_retirements.clear();
  CHECK_FALSE(plain.to_json().contains("log_retirements"));
  CHECK(sign_fair_config(plain, bureau).find("log_retirements") == std::string::npos);
}

TEST_CASE("log retirements: bounded, and refused when malformed", "[fairconfig]") {
  const KeyPair a = KeyPair::generate(), b = KeyPair::generate();
  Json j = config_with({}, b).to_json();
  j["log_retirements"] = Json::array();
  for (std::size_t i = 0; i < kMaxLogRetirements; ++i) j["log_retirements"].push_back(retire(a, b).to_json());
  CHECK(refusal(j).empty());
  j["log_retirements"].push_back(retire(a, b).to_json());
  CHECK(refusal(j) == "config.log_retirements has 65 entries, more than the 64 allowed");

  const Json good = retire(a, b).to_json();
  auto with = [&](const Json& r) {
    Json c = config_with({}, b).to_json();
    c["log_retirements"] = Json::array({r});
    return refusal(c);
  };
  CHECK(with(good).empty());
  Json same = good;
  same["new_key"] = same["old_key"];
  CHECK(with(same) == "log_retirement names the same old and new key");
  Json bad_key = good;
  bad_key["old_key"] = std::string(64, 'G');
  CHECK(with(bad_key) == "log_retirement.old_key is not 64 lowercase hex");
  Json extra = good;
  extra["note"] = "x";
  CHECK(with(extra) == "log_retirement is not {at,last_head,new_key,old_key}");
  Json late = good;
  late["at"] = kLatestRevocationMs + 1;
  CHECK(with(late) == "log_retirement.at is not a time between 1970 and 9999");
  Json huge = good;
  huge["last_head"]["size"] = kMaxLogTreeSize + 1;
  CHECK_THAT(with(huge), Catch::StartsWith("log_retirement.last_head: "));
  Json no_head = good;
  no_head.erase("last_head");
  no_head["at2"] = 1;
  CHECK_THAT(with(no_head), Catch::StartsWith("log_retirement.last_head: "));
  Json c = config_with({}, b).to_json();
  c["log_retirements"] = Json::array();
  CHECK(refusal(c) == "config.log_retirements is empty (leave it out)");
}

TEST_CASE("the retirement path leads from the pinned key to the configuration's key", "[fairconfig]") {
  const KeyPair a = KeyPair::generate(), b = KeyPair::generate(), c = KeyPair::generate(), x = KeyPair::generate();
  const std::vector<LogRetirement> two{retire(a, b, 5), retire(b, c, 9)};
  std::string why;
  SECTION("two restores in a row: a station that missed the first follows both") {
    const auto path = retirement_path(two, a.public_key(), c.public_key(), &why);
    REQUIRE(path);
    REQUIRE(path->size() == 2);
    CHECK(path->at(1).new_key == c.public_hex());
    CHECK(retirement_path(two, b.public_key(), c.public_key(), &why)->size() == 1);
    CHECK(retirement_path(two, c.public_key(), c.public_key(), &why)->empty());
  }
  SECTION("a key no retirement names is not explained") {
    CHECK_FALSE(retirement_path(two, x.public_key(), c.public_key(), &why));
    CHECK(why == "no bureau-signed retirement of log key " + x.public_hex());
    CHECK_FALSE(retirement_path(two, a.public_key(), x.public_key(), &why));
  }
  SECTION("a last head its old key did not sign is not accepted") {
    std::vector<LogRetirement> forged = two;
    forged[0].last_head = sign_tree_head(forged[0].last_head.head, x);
    CHECK_FALSE(retirement_path(forged, a.public_key(), c.public_key(), &why));
    CHECK_THAT(why, Catch::Contains("names a last head its key did not sign"));
  }
  SECTION("a loop ends") {
    const std::vector<LogRetirement> loop{retire(a, b), retire(b, a)};
    CHECK_FALSE(retirement_path(loop, a.public_key(), c.public_key(), &why));
  }
}
