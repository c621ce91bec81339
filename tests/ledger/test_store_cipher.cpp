// The event store with a record cipher (the station's at-rest protection): sealed bytes on
// disk, transparent reads, clear refusals of a wrong key or altered ciphertext.
#include <catch2/catch.hpp>

#include <SQLiteCpp/Database.h>

#include "crypto/secretstream.h"
#include "ledger/store.h"
#include "support/read_file.h"
#include "support/temp_dir.h"

using namespace fg;
using fg::test::TempDir;
namespace fs = std::filesystem;

namespace {

std::shared_ptr<const RecordCipher> cipher_with(const SecretBytes& key) {
  return std::make_shared<XChaChaRecordCipher>(SecretBytes::copy_of(key.view()));
}

const std::string kSecret = "Complainant Hoffmann Werkzeuge 专利号 ZL201710601862.3";

Json secret_body(int i) { return {{"complainant", kSecret}, {"n", i}}; }

}  // namespace

TEST_CASE("a store with a cipher keeps no event text on disk and reads it back with the key", "[ledger][store]") {
  TempDir dir;
  const KeyPair key = KeyPair::generate();
  const SecretBytes dk = SecretBytes::random(32);
  std::vector<SignedEvent> appended;
  {
    EventStore s(dir / "s.db", "CF138", cipher_with(dk));
    CHECK(s.encrypted());
    for (int i = 0; i < 5; ++i) appended.push_back(s.append(key, "OF001", "complainant.recorded", secret_body(i)));
  }
  const std::string disk = test::read_files_under(dir.path());
  CHECK(disk.find("Hoffmann") == std::string::npos);
  CHECK(disk.find("ZL201710601862") == std::string::npos);
  CHECK(disk.find("专利号") == std::string::npos);
  // Chain columns stay readable: the type is visible, as documented.
  CHECK(disk.find("complainant.recorded") != std::string::npos);

  EventStore s(dir / "s.db", "CF138", cipher_with(dk));
  const auto events = s.all_in_fold_order();
  REQUIRE(events.size() == 5);
  CHECK(events[3].bytes == appended[3].bytes);
  CHECK(events[3].event.body.at("complainant") == kSecret);
  CHECK(s.read(key.public_hex(), 2, 3).size() == 2);
  CHECK(s.find(key.public_hex(), 5)->hash == appended[4].hash);
  const ChainCheck check = s.verify_chain(key.public_hex());
  CHECK(check.ok);
  CHECK(check.events == 5);
  CHECK(s.append(key, "OF001", "note.added", {{"n", 6}}).event.prev == appended[4].hash_hex());
}

TEST_CASE("the control: a store without a cipher holds the event text in clear", "[ledger][store]") {
  TempDir dir;
  const KeyPair key = KeyPair::generate();
  {
    EventStore s(dir / "s.db", "CF138");
    CHECK_FALSE(s.encrypted());
    s.append(key, "OF001", "complainant.recorded", secret_body(1));
  }
  const std::string disk = test::read_files_under(dir.path());
  CHECK(disk.find("Hoffmann") != std::string::npos);
  // The relay's stored form is unchanged: canonical JSON text in the bytes column.
  SQLite::Database db((dir / "s.db").string());
  CHECK(db.execAndGet("SELECT typeof(bytes) FROM events").getString() == "text");
  CHECK(db.execAndGet("SELECT value FROM ledger_meta WHERE key='records'").getString() == "plain");
}

TEST_CASE("a sealed store refuses to open without its key or with another key", "[ledger][store]") {
  TempDir dir;
  const KeyPair key = KeyPair::generate();
  const SecretBytes dk = SecretBytes::random(32);
  { EventStore(dir / "s.db", "CF138", cipher_with(dk)).append(key, "OF001", "note.added", secret_body(1)); }
  CHECK_THROWS_WITH(EventStore(dir / "s.db", "CF138"), Catch::Contains("is encrypted") && Catch::Contains("data key"));
  const SecretBytes other = SecretBytes::random(32);
  CHECK_THROWS_WITH(EventStore(dir / "s.db", "CF138", cipher_with(other)),
                    Catch::Contains("does not open with this data key"));
}

TEST_CASE("an altered ciphertext byte is refused with a clear error, never read as an event", "[ledger][store]") {
  TempDir dir;
  const KeyPair key = KeyPair::generate();
  const SecretBytes dk = SecretBytes::random(32);
  {
    EventStore s(dir / "s.db", "CF138", cipher_with(dk));
    for (int i = 0; i < 3; ++i) s.append(key, "OF001", "note.added", secret_body(i));
  }
  {
    SQLite::Database db((dir / "s.db").string(), SQLite::OPEN_READWRITE);
    std::string sealed = db.execAndGet("SELECT bytes FROM events WHERE seq=2").getString();
    sealed[sealed.size() / 2] = static_cast<char>(sealed[sealed.size() / 2] ^ 0x20);
    SQLite::Statement u(db, "UPDATE events SET bytes=? WHERE seq=2");
    u.bind(1, sealed.data(), static_cast<int>(sealed.size()));
    u.exec();
  }
  EventStore s(dir / "s.db", "CF138", cipher_with(dk));
  CHECK_THROWS_WITH(s.all_in_fold_order(), Catch::Contains("does not decrypt") && Catch::Contains("altered"));
  CHECK(s.read(key.public_hex(), 1, 1).size() == 1);  // the other rows still read
  const ChainCheck check = s.verify_chain(key.public_hex());
  CHECK_FALSE(check.ok);
  CHECK_THAT(check.problem, Catch::Contains("seq 2") && Catch::Contains("does not decrypt"));
}

TEST_CASE("a sealed row moved to another event's row does not open there", "[ledger][store]") {
  TempDir dir;
  const KeyPair key = KeyPair::generate();
  const SecretBytes dk = SecretBytes::random(32);
  {
    EventStore s(dir / "s.db", "CF138", cipher_with(dk));
    for (int i = 0; i < 2; ++i) s.append(key, "OF001", "note.added", secret_body(i));
  }
  {
    SQLite::Database db((dir / "s.db").string(), SQLite::OPEN_READWRITE);
    db.exec("UPDATE events SET bytes=(SELECT bytes FROM events WHERE seq=1) WHERE seq=2");
  }
  EventStore s(dir / "s.db", "CF138", cipher_with(dk));
  CHECK_THROWS_WITH(s.read(key.public_hex(), 2, 2), Catch::Contains("does not decrypt"));
}

TEST_CASE("a plain store is sealed in place when first opened with a cipher", "[ledger][store]") {
  TempDir dir;
  const KeyPair key = KeyPair::generate();
  const SecretBytes dk = SecretBytes::random(32);
  std::vector<SignedEvent> appended;
  {
    EventStore s(dir / "s.db", "CF138");
    for (int i = 0; i < 20; ++i) appended.push_back(s.append(key, "OF001", "note.added", secret_body(i)));
  }
  REQUIRE(test::read_files_under(dir.path()).find("Hoffmann") != std::string::npos);
  {
    EventStore s(dir / "s.db", "CF138", cipher_with(dk));
    CHECK(s.schema_version() == EventStore::kSchemaVersion);
    CHECK(s.all_in_fold_order().size() == 20);
    CHECK(s.verify_chain(key.public_hex()).ok);
  }
  CHECK(test::read_files_under(dir.path()).find("Hoffmann") == std::string::npos);
  CHECK_THROWS(EventStore(dir / "s.db", "CF138"));
  EventStore again(dir / "s.db", "CF138", cipher_with(dk));
  CHECK(again.find(key.public_hex(), 20)->bytes == appended[19].bytes);
}

TEST_CASE("imports into a sealed store: duplicates, forks and chains behave as in clear", "[ledger][store]") {
  TempDir dir;
  const KeyPair other = KeyPair::generate();
  EventStore source(dir / "source.db", "CF138");
  std::vector<SignedEvent> events;
  for (int i = 0; i < 3; ++i) events.push_back(source.append(other, "OF002", "note.added", secret_body(i)));

  const SecretBytes dk = SecretBytes::random(32);
  EventStore s(dir / "s.db", "CF138", cipher_with(dk));
  s.trust_device(other.public_hex(), "S01");
  for (const auto& r : s.import_batch(events)) CHECK(r.status == ImportStatus::Stored);
  CHECK(s.import(events[1]).status == ImportStatus::AlreadyHave);
  // A rival event at seq 2 signed by the same device: kept as evidence, sealed too.
  Event rival = events[1].event;
  rival.body = {{"complainant", "someone else"}};
  const SignedEvent forged = sign_event(rival, other);
  CHECK(s.import(forged).status == ImportStatus::Fork);
  const auto forks = s.forks();
  REQUIRE(forks.size() == 1);
  CHECK(forks[0].rival.bytes == forged.bytes);
  CHECK(s.verify_chain(other.public_hex()).ok);
  CHECK(s.read(other.public_hex(), 1)[2].bytes == events[2].bytes);
}
