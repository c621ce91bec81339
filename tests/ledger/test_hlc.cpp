// The hybrid logical clock: causal order within a bound, no adoption of absurd values, no
// overflow anywhere in its arithmetic (the sanitizer build checks for signed overflow too).
#include <catch2/catch.hpp>

#include <limits>
#include <memory>

#include "ledger/hlc.h"

using namespace fg;

namespace {
constexpr std::int64_t kFair = 1'776'000'000'000;  // 2026-04-12, ms UTC
constexpr std::int64_t kMinute = 60'000;
constexpr std::int64_t kDay = 24 * 60 * kMinute;

struct Wall {
  std::shared_ptr<std::int64_t> ms = std::make_shared<std::int64_t>(kFair);
  HybridClock clock() const {
    return HybridClock([m = ms] { return *m; });
  }
};
}  // namespace

TEST_CASE("hlc adopts a remote value up to ten minutes ahead of the wall clock, not beyond", "[ledger]") {
  Wall wall;
  HybridClock c = wall.clock();
  const std::int64_t at_limit = (kFair + kMaxAdoptAheadMillis) << kHlcCounterBits;
  CHECK(c.observe(at_limit));
  CHECK(c.now() == at_limit + 1);  // ahead of what it saw: causal order kept

  HybridClock d = wall.clock();
  CHECK_FALSE(d.observe(at_limit + (1 << kHlcCounterBits)));  // one millisecond further
  CHECK(hlc_millis(d.now()) == kFair);
  CHECK_FALSE(d.observe((kFair + kDay) << kHlcCounterBits));
  CHECK(hlc_millis(d.now()) == kFair);
}

TEST_CASE("hlc never adopts a value outside the sane range, and the finding's 2^63-6 moves nothing", "[ledger]") {
  Wall wall;
  HybridClock c = wall.clock();
  const std::int64_t before = c.now();
  CHECK_FALSE(c.observe(std::numeric_limits<std::int64_t>::max() - 5));
  CHECK_FALSE(c.observe(std::numeric_limits<std::int64_t>::max()));
  CHECK_FALSE(c.observe(std::numeric_limits<std::int64_t>::min()));
  CHECK_FALSE(c.observe(-1));
  CHECK_FALSE(c.observe(kHlcMin - 1));
  CHECK(c.observe(kHlcMin));
  const std::int64_t after = c.now();
  CHECK(after == before + 1);
}

TEST_CASE("hlc reads a wall clock outside the sane range as the nearest end", "[ledger]") {
  Wall wall;
  HybridClock c = wall.clock();
  *wall.ms = 0;  // a tablet whose battery died boots in 1970
  CHECK(c.now() == kHlcMin);
  CHECK(c.now() == kHlcMin + 1);
  *wall.ms = std::numeric_limits<std::int64_t>::max();  // no overflow in the shift
  CHECK(hlc_millis(c.now()) == kHlcMaxMillis - 1);
  *wall.ms = std::numeric_limits<std::int64_t>::min();
  CHECK(hlc_millis(c.now()) == kHlcMaxMillis - 1);  // never backwards
}

TEST_CASE("hlc follows its own chain past the bound, and refuses instead of wrapping at the end", "[ledger]") {
  Wall wall;
  HybridClock c = wall.clock();
  const std::int64_t own = (kFair + 3 * kDay) << kHlcCounterBits;  // recorded while the clock was 3 days ahead
  c.follow(own);
  CHECK(c.now() == own + 1);

  HybridClock end = wall.clock();
  end.follow(kHlcMax - 1);
  CHECK(end.now() == kHlcMax);
  CHECK_THROWS_AS(end.now(), ClockExhausted);
  HybridClock wedged = wall.clock();
  wedged.follow(std::numeric_limits<std::int64_t>::max());  // a chain written before the range existed
  CHECK_THROWS_AS(wedged.now(), ClockExhausted);
}

TEST_CASE("hlc of a clock days behind stays after what it adopted, and days ahead keeps its own order", "[ledger]") {
  Wall behind, ahead;
  *behind.ms = kFair - 3 * kDay;
  *ahead.ms = kFair + 3 * kDay;
  HybridClock slow = behind.clock(), fast = ahead.clock();
  const std::int64_t f1 = fast.now();
  // The slow tablet does not adopt the fast one's value (3 days beyond its own clock)...
  CHECK_FALSE(slow.observe(f1));
  const std::int64_t s1 = slow.now();
  CHECK(s1 < f1);
  // ...and the fast one happily adopts the slow one's (it is in its past): its own order holds.
  CHECK(fast.observe(s1));
  CHECK(fast.now() > f1);
}
