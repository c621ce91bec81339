// Finding 3 of issue 11: one clock value must not wedge the fair. Through the real relay
// process and stations speaking the real protocol: an absurd hlc is refused with a reason, a
// far-future one is kept as evidence but moves nobody's clock, and stations whose own clocks
// are days wrong (either way) still sync everything they recorded.
#include <catch2/catch.hpp>

#include <limits>
#include <random>

#include "cases/event_types.h"
#include "data/relay_data.h"
#include "hostile_fair.h"

using namespace fg;
using namespace fg::test;

namespace {

constexpr std::int64_t kDay = 24LL * 3600 * 1000;

// A sync that went through with nothing refused either way.
void clean_sync(relay::SimStation& s) {
  const auto r = s.sync();
  INFO(s.code() << ": " << r.report.to_json().dump());
  CHECK(r.report.events_refused == 0);
  CHECK(r.report.relay_head == s.store().head_seq(s.key().public_hex()));
}

// The clock of `s` has not been pulled past the real time (plus the adoption bound).
void clock_not_dragged(relay::SimStation& s) {
  const std::int64_t limit = (HybridClock::system_millis() + kMaxAdoptAheadMillis) << kHlcCounterBits;
  CHECK(s.store().clock().last() < limit);
}

// A hostile station and two honest desks on the real relay.
struct ThreeStations {
  HostileFair fair;
  relay::SimStation& hostile = fair.station("hostile");
  relay::SimStation& a = fair.station("desk-a");
  relay::SimStation& b = fair.station("desk-b");
  // The hostile device's first event, case.opened with the given hlc, on a raw session.
  sync::AckMsg push_first_event(std::int64_t hlc) {
    const Event e =
        chain_event(hostile, 1, kZeroHash, hlc, std::string(events::kCaseOpened), {{"case_number", "CF138-S01-0001"}});
    return fair.push_raw(hostile, {sign_event(e, hostile.key())});
  }
};

}  // namespace

TEST_CASE("hostile clock: hlc 2^63-6 pushed as seq 1 is refused with a reason, and the fair syncs on", "[hostile]") {
  ThreeStations t;
  auto& [fair, hostile, a, b] = t;
  std::mt19937_64 rng(3);

  const std::int64_t absurd = std::numeric_limits<std::int64_t>::max() - 5;  // 2^63-6, the finding
  const sync::AckMsg ack = t.push_first_event(absurd);
  REQUIRE(ack.results.size() == 1);
  CHECK_FALSE(ack.results[0].ok);
  CHECK_THAT(ack.results[0].detail, Catch::Contains("hlc") && Catch::Contains("after 2100-01-01"));
  CHECK(ack.head == 0);

  for (int round = 0; round < 2; ++round) {
    a.take_complaint(rng, 0);
    clean_sync(a);
    b.take_complaint(rng, 0);
    clean_sync(b);
  }
  clean_sync(a);
  for (relay::SimStation* s : {&a, &b}) {
    CHECK(s->store().event_count() == 48);  // both stations' 2 x 12 events, nothing of the hostile one
    CHECK(s->store().verify_chain(s->key().public_hex()).ok);
    clock_not_dragged(*s);
  }
}

TEST_CASE("hostile clock: a far-future hlc is kept as evidence but moves no other station's clock", "[hostile]") {
  ThreeStations t;
  auto& [fair, hostile, a, b] = t;
  std::mt19937_64 rng(4);

  const std::int64_t future = (HybridClock::system_millis() + 30 * kDay) << kHlcCounterBits;
  const sync::AckMsg ack = t.push_first_event(future);
  REQUIRE(ack.results.size() == 1);
  CHECK(ack.results[0].ok);  // in the sane range: stored, it is what the device signed

  for (relay::SimStation* s : {&a, &b}) {
    clean_sync(*s);  // pulls the far-future event
    REQUIRE(s->store().find(hostile.key().public_hex(), 1));
    clock_not_dragged(*s);
    s->take_complaint(rng, 0);
    clean_sync(*s);
    const auto own = s->store().read(s->key().public_hex(), 1);
    CHECK(own.back().event.hlc < future);  // its events keep the real time
  }
  clean_sync(a);
  CHECK(a.store().event_count() == 1 + 24);
  relay::RelayData data(fair.relay().dir());
  CHECK(data.events().find(hostile.key().public_hex(), 1).has_value());  // the evidence is kept
}

TEST_CASE("hostile clock: stations whose clocks are days wrong either way sync everything they recorded", "[hostile]") {
  HostileFair fair;
  relay::SimStation& slow = fair.station("slow");
  relay::SimStation& fast = fair.station("fast");
  relay::SimStation& right = fair.station("right");
  slow.store().clock().set_wall([] { return HybridClock::system_millis() - 3 * kDay; });
  fast.store().clock().set_wall([] { return HybridClock::system_millis() + 3 * kDay; });
  std::mt19937_64 rng(5);

  for (int round = 0; round < 2; ++round)
    for (relay::SimStation* s : {&slow, &fast, &right}) {
      s->take_complaint(rng, 0);
      clean_sync(*s);
    }
  // The tablet's clock is put right mid-fair: its chain still goes forward from its future.
  fast.store().clock().set_wall(&HybridClock::system_millis);
  fast.take_complaint(rng, 0);
  clean_sync(fast);
  for (relay::SimStation* s : {&slow, &fast, &right}) clean_sync(*s);

  for (relay::SimStation* s : {&slow, &fast, &right}) {
    INFO(s->code());
    CHECK(s->store().event_count() == 7 * 12);  // every event of every station, everywhere
    for (relay::SimStation* o : {&slow, &fast, &right}) CHECK(s->store().verify_chain(o->key().public_hex()).ok);
  }
  clock_not_dragged(right);
  clock_not_dragged(slow);
}
