#include <catch2/catch.hpp>

#include <SQLiteCpp/Database.h>

#include <set>

#include "ledger/hlc.h"
#include "ledger/store.h"
#include "support/temp_dir.h"

using namespace fg;
using fg::test::TempDir;

namespace {
// A station's store with a few local events, and a relay-side store that trusts it.
struct TwoStores {
  TempDir dir;
  KeyPair station_key = KeyPair::generate();
  EventStore station{dir / "station.db", "CF138"};
  EventStore relay{dir / "relay.db", "CF138"};
  std::vector<SignedEvent> events;

  explicit TwoStores(int n = 5) {
    for (int i = 0; i < n; ++i)
      events.push_back(station.append(station_key, "OF001", "note.added", {{"text", "note " + std::to_string(i)}}));
    relay.trust_device(station_key.public_hex(), "S01");
  }
  std::vector<SignedEvent> slice(std::size_t from, std::size_t to) const {
    return {events.begin() + static_cast<long>(from), events.begin() + static_cast<long>(to)};
  }
};

ImportStatus status_of(const std::vector<ImportResult>& r, std::size_t i) { return r.at(i).status; }
}  // namespace

TEST_CASE("append chains events: seq from 1, prev is the previous hash, hlc rises", "[ledger][store]") {
  TwoStores t;
  const auto& e = t.events;
  CHECK(e[0].event.seq == 1);
  CHECK(e[0].event.prev == kZeroHash);
  for (std::size_t i = 1; i < e.size(); ++i) {
    CHECK(e[i].event.seq == static_cast<std::int64_t>(i + 1));
    CHECK(e[i].event.prev == e[i - 1].hash_hex());
    CHECK(e[i].event.hlc > e[i - 1].event.hlc);
  }
  CHECK(t.station.head_seq(t.station_key.public_hex()) == 5);
  CHECK(t.station.verify_chain(t.station_key.public_hex()).ok);
}

TEST_CASE("events survive reopening and the chain continues", "[ledger][store]") {
  TempDir dir;
  const KeyPair key = KeyPair::generate();
  std::string last_hash;
  {
    EventStore s(dir / "s.db", "CF138");
    last_hash = s.append(key, "OF001", "note.added", {{"n", 1}}).hash_hex();
  }
  EventStore s(dir / "s.db", "CF138");
  CHECK(s.schema_version() == EventStore::kSchemaVersion);
  const SignedEvent second = s.append(key, "OF001", "note.added", {{"n", 2}});
  CHECK(second.event.seq == 2);
  CHECK(second.event.prev == last_hash);
  CHECK_THROWS_WITH(EventStore(dir / "s.db", "CF139"), Catch::Contains("belongs to fair CF138"));
}

TEST_CASE("a store written by a newer program is refused, not damaged", "[ledger][store]") {
  TempDir dir;
  { EventStore s(dir / "s.db", "CF138"); }
  {
    SQLite::Database db((dir / "s.db").string(), SQLite::OPEN_READWRITE);
    db.exec("UPDATE ledger_version SET version = 99");
  }
  CHECK_THROWS_WITH(EventStore(dir / "s.db", "CF138"), Catch::Contains("newer than this program"));
}

TEST_CASE("import stores a verified chain once and is idempotent", "[ledger][store]") {
  TwoStores t;
  auto r = t.relay.import_batch(t.events);
  for (const auto& x : r) CHECK(x.status == ImportStatus::Stored);
  r = t.relay.import_batch(t.events);
  for (const auto& x : r) CHECK(x.status == ImportStatus::AlreadyHave);
  CHECK(t.relay.event_count() == 5);
  CHECK(t.relay.verify_chain(t.station_key.public_hex()).ok);
}

TEST_CASE("each refusal has its own status", "[ledger][store][tamper]") {
  TwoStores t;
  SECTION("gap") {
    auto r = t.relay.import_batch(t.slice(1, 3));
    CHECK(status_of(r, 0) == ImportStatus::Gap);
    CHECK(r[0].detail == "expected seq 1, got 2");
    CHECK(t.relay.event_count() == 0);
  }
  SECTION("reorder within a batch") {
    auto batch = t.slice(0, 3);
    std::swap(batch[1], batch[2]);
    auto r = t.relay.import_batch(batch);
    for (const auto& x : r) CHECK(x.status == ImportStatus::OutOfOrder);
    CHECK(t.relay.event_count() == 0);
  }
  SECTION("fork: a second, different event at a stored seq is kept apart") {
    REQUIRE(accepted(t.relay.import(t.events[0]).status));
    Event rival = t.events[0].event;
    rival.body = {{"text", "rewritten"}};
    const SignedEvent forked = sign_event(rival, t.station_key);
    CHECK(t.relay.import(forked).status == ImportStatus::Fork);
    CHECK(t.relay.find(t.station_key.public_hex(), 1)->hash == t.events[0].hash);
    auto forks = t.relay.forks();
    REQUIRE(forks.size() == 1);
    CHECK(forks[0].rival.hash == forked.hash);
    CHECK(forks[0].kept_hash == t.events[0].hash_hex());
  }
  SECTION("broken chain") {
    REQUIRE(accepted(t.relay.import(t.events[0]).status));
    Event e = t.events[1].event;
    e.prev = std::string(64, 'a');
    CHECK(t.relay.import(sign_event(e, t.station_key)).status == ImportStatus::BrokenChain);
  }
  SECTION("clock regression") {
    REQUIRE(accepted(t.relay.import(t.events[0]).status));
    Event e = t.events[1].event;
    e.hlc = t.events[0].event.hlc;
    CHECK(t.relay.import(sign_event(e, t.station_key)).status == ImportStatus::ClockRegression);
  }
  SECTION("wrong fair") {
    Event e = t.events[0].event;
    e.fair = "CF139";
    CHECK(t.relay.import(sign_event(e, t.station_key)).status == ImportStatus::WrongFair);
  }
  SECTION("unknown key") {
    const KeyPair stranger = KeyPair::generate();
    Event e = t.events[0].event;
    e.device = stranger.public_hex();
    CHECK(t.relay.import(sign_event(e, stranger)).status == ImportStatus::UnknownDevice);
  }
  SECTION("revoked key") {
    t.relay.revoke_device(t.station_key.public_hex());
    CHECK(t.relay.import(t.events[0]).status == ImportStatus::UnknownDevice);
  }
  SECTION("bad signature") {
    SignedEvent e = t.events[0];
    e.sig[0] ^= 1;
    CHECK(t.relay.import(e).status == ImportStatus::BadSignature);
  }
  SECTION("event signed by another key than the device it names") {
    CHECK(t.relay.import(sign_event(t.events[0].event, KeyPair::generate())).status == ImportStatus::BadSignature);
  }
  // Every status reads differently in a log.
  std::set<std::string> texts;
  for (auto s : {ImportStatus::Fork, ImportStatus::Gap, ImportStatus::BrokenChain, ImportStatus::OutOfOrder,
                 ImportStatus::ClockRegression, ImportStatus::BadSignature, ImportStatus::WrongFair,
                 ImportStatus::UnknownDevice, ImportStatus::Malformed})
    texts.insert(describe(s));
  CHECK(texts.size() == 9);
}

TEST_CASE("a revocation keeps the bureau's time once a configuration gives it", "[ledger][store]") {
  TwoStores t(5);
  for (const auto& e : t.events) REQUIRE(t.relay.import(e).status == ImportStatus::Stored);
  const std::string device = t.station_key.public_hex();
  // An older configuration names no time: the store keeps the time it heard of it.
  const std::int64_t heard = HybridClock::system_millis();
  t.relay.revoke_device(device, 2);
  REQUIRE(t.relay.set_aside().size() == 1);
  CHECK(t.relay.set_aside()[0].revoked_at >= heard);
  // The bureau's time, from a newer configuration, replaces it and stays.
  constexpr std::int64_t kBureauTime = 1764922320000;
  t.relay.revoke_device(device, 3, kBureauTime);
  CHECK(t.relay.set_aside()[0].revoked_at == kBureauTime);
  CHECK(t.relay.set_aside()[0].after_seq == 3);
  t.relay.revoke_device(device, 3);
  CHECK(t.relay.set_aside()[0].revoked_at == kBureauTime);
}

TEST_CASE("flipping any byte of a stored event or signature is detected by verify_chain", "[ledger][store][tamper]") {
  TwoStores t(3);
  const std::string device = t.station_key.public_hex();
  const SignedEvent target = t.events[1];
  SQLite::Database db((t.dir / "station.db").string(), SQLite::OPEN_READWRITE);
  auto rewrite = [&](const std::string& column, const std::string& value) {
    SQLite::Statement q(db, "UPDATE events SET " + column + "=? WHERE device=? AND seq=2");
    q.bind(1, value);
    q.bind(2, device);
    q.exec();
  };
  for (std::size_t i = 0; i < target.bytes.size(); ++i) {
    std::string bytes = target.bytes;
    bytes[i] = static_cast<char>(bytes[i] ^ 0x01);
    rewrite("bytes", bytes);
    INFO("event byte " << i);
    CHECK_FALSE(t.station.verify_chain(device).ok);
  }
  rewrite("bytes", target.bytes);
  REQUIRE(t.station.verify_chain(device).ok);
  const std::string sig = to_hex(target.sig);
  for (std::size_t i = 0; i < sig.size(); ++i) {
    std::string altered = sig;
    altered[i] = altered[i] == '0' ? '1' : '0';
    rewrite("sig", altered);
    INFO("signature hex char " << i);
    CHECK_FALSE(t.station.verify_chain(device).ok);
  }
  rewrite("sig", sig);
  // Re-signing with another key and fixing the hash column still fails: the key is the device id.
  const SignedEvent forged = sign_event(target.event, KeyPair::generate());
  rewrite("sig", to_hex(forged.sig));
  const ChainCheck check = t.station.verify_chain(device);
  CHECK_FALSE(check.ok);
  CHECK_THAT(check.problem, Catch::Contains("seq 2: signature does not verify"));
}

TEST_CASE("a deleted or swapped stored event is detected", "[ledger][store][tamper]") {
  TwoStores t(4);
  const std::string device = t.station_key.public_hex();
  SQLite::Database db((t.dir / "station.db").string(), SQLite::OPEN_READWRITE);
  SECTION("deleted") {
    db.exec("DELETE FROM events WHERE seq=2");
    CHECK_THAT(t.station.verify_chain(device).problem, Catch::Contains("gap"));
  }
  SECTION("swapped") {
    db.exec("UPDATE events SET seq=-2 WHERE seq=2");
    db.exec("UPDATE events SET seq=2 WHERE seq=3");
    db.exec("UPDATE events SET seq=3 WHERE seq=-2");
    CHECK_FALSE(t.station.verify_chain(device).ok);
  }
}

TEST_CASE("fold order is (hlc, device, seq) across devices", "[ledger][store]") {
  TempDir dir;
  EventStore store(dir / "s.db", "CF138");
  const KeyPair a = KeyPair::generate(), b = KeyPair::generate();
  EventStore other(dir / "other.db", "CF138");
  for (int i = 0; i < 3; ++i) {
    store.append(a, "OF001", "note.added", {{"i", i}});
    other.append(b, "OF002", "note.added", {{"i", i}});
  }
  store.trust_device(b.public_hex());
  for (const auto& r : store.import_batch(other.read(b.public_hex(), 1))) CHECK(r.status == ImportStatus::Stored);
  const auto all = store.all_in_fold_order();
  REQUIRE(all.size() == 6);
  for (std::size_t i = 1; i < all.size(); ++i) {
    const auto& p = all[i - 1].event;
    const auto& c = all[i].event;
    CHECK(std::tie(p.hlc, p.device, p.seq) < std::tie(c.hlc, c.device, c.seq));
  }
  // After importing, the local clock is ahead of everything it has seen.
  CHECK(store.append(a, "OF001", "note.added", {}).event.hlc > all.back().event.hlc);
}
