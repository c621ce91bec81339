#pragma once
// A test station: a real Ed25519 key from a fixed seed, its own chain (seq, prev) and a hybrid
// clock driven by a settable wall clock, so tests build genuine signed events at chosen times.
#include <memory>
#include <string>
#include <vector>

#include "crypto/keys.h"
#include "ledger/event.h"
#include "ledger/hlc.h"

namespace fg::test {

constexpr std::int64_t kHour = 60LL * 60 * 1000;
constexpr std::int64_t kFairStart = 1'776'000'000'000;  // 2026-04-12, ms UTC

class TestStation {
 public:
  TestStation(std::uint8_t seed_byte, std::string officer, std::string fair = "CF138")
      : key_(KeyPair::from_seed(seed(seed_byte))),
        wall_(std::make_shared<std::int64_t>(kFairStart)),
        clock_([w = wall_] { return *w; }),
        officer_(std::move(officer)),
        fair_(std::move(fair)) {}

  void set_time(std::int64_t ms) { *wall_ = ms; }
  void advance(std::int64_t ms) { *wall_ += ms; }
  std::int64_t now() const { return *wall_; }
  std::string device() const { return key_.public_hex(); }

  // Appends one event to this station's chain.
  SignedEvent act(const std::string& type, Json body, std::vector<std::string> blobs = {}) {
    Event e;
    e.fair = fair_;
    e.device = key_.public_hex();
    e.seq = ++seq_;
    e.prev = prev_;
    e.time = *wall_;
    e.hlc = clock_.now();
    e.officer = officer_;
    e.type = type;
    e.body = std::move(body);
    e.blobs = std::move(blobs);
    SignedEvent s = sign_event(e, key_);
    prev_ = s.hash_hex();
    log_.push_back(s);
    return s;
  }
  // Receiving another station's events (sync): the clock moves past them.
  void receive(const std::vector<SignedEvent>& events) {
    for (const auto& s : events) clock_.observe(s.event.hlc);
  }
  const std::vector<SignedEvent>& log() const { return log_; }

 private:
  static std::vector<std::uint8_t> seed(std::uint8_t b) { return std::vector<std::uint8_t>(32, b); }
  KeyPair key_;
  std::shared_ptr<std::int64_t> wall_;
  HybridClock clock_;
  std::string officer_;
  std::string fair_;
  std::int64_t seq_ = 0;
  std::string prev_ = kZeroHash;
  std::vector<SignedEvent> log_;
};

inline std::string blob_of(const std::string& text) { return to_hex(sha256(as_bytes(text))); }

}  // namespace fg::test

namespace fg::test {

// The body of each intake step of a complete complaint, for case `number` at `booth`.
inline Json opened(const std::string& number, const std::string& booth, std::string station = "S01") {
  return {{"case_number", number}, {"booth", booth}, {"hall", "11.2"}, {"station", station}};
}
inline Json complainant(const std::string& number, const std::string& id = "91310000MA1K4ABC1X") {
  return {{"case_number", number},  {"name", "Shenzhen Lumen Co."},
          {"kind", "company"},      {"id_number", id},
          {"country", "CN"},        {"agent", "Li Wei"},
          {"agent_badge", "A-0042"}};
}
inline Json right(const std::string& number, const std::string& right_number = "ZL 2019 3 0123456.7") {
  return {{"case_number", number},      {"right_type", "design"},  {"number", right_number}, {"title", "Desk lamp"},
          {"grant_date", "2020-03-17"}, {"legal_status", "valid"}, {"licence_type", "owner"}};
}
inline Json respondent(const std::string& number, const std::string& booth) {
  return {{"case_number", number},  {"exhibitor", "Ningbo Bright Ltd."}, {"booth", booth}, {"delegation", "Zhejiang"},
          {"industry", "lighting"}, {"booth_source", "sticker_verified"}};
}
inline Json decision(const std::string& number, const std::string& outcome) {
  return {{"case_number", number},
          {"outcome", outcome},
          {"measures", Json::array({"exhibit_covered"})},
          {"sanction", "none"}};
}
inline Json just(const std::string& number) { return {{"case_number", number}}; }

// Drives `s` through intake, filing and acceptance of case `number`.
inline void open_and_accept(TestStation& s, const std::string& number, const std::string& booth) {
  s.act("case.opened", opened(number, booth));
  s.act("complainant.recorded", complainant(number));
  s.act("right.recorded", right(number));
  s.act("respondent.recorded", respondent(number, booth));
  s.act("case.filed", just(number));
  s.act("case.accepted", just(number));
}

}  // namespace fg::test
