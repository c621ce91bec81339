#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <thread>

#include "crypto/password.h"
#include "data/cosignature_store.h"
#include "data/relay_data.h"
#include "data/tls_cert.h"
#include "support/run_command.h"
#include "support/temp_dir.h"
#include "tlog/transparency_log.h"

using namespace fg;
using namespace fg::relay;

namespace {

RelaySettings demo_settings() {
  RelaySettings s;
  s.fair_id = "CF138";
  s.name = "第138届中国进出口商品交易会";
  s.venue = "广州 琶洲";
  s.from = "2025-10-15";
  s.to = "2025-10-19";
  return s;
}

unsigned mode_of(const std::filesystem::path& p) {
  struct stat st {};
  REQUIRE(::stat(p.c_str(), &st) == 0);
  return st.st_mode & 0777;
}

std::string run(const std::string& command) {
  std::string out;
  REQUIRE(test::run_command(command, &out) == 0);
  return out;
}

}  // namespace

TEST_CASE("data folder: created with private keys and a certificate openssl agrees on", "[relay]") {
  test::TempDir tmp;
  const auto dir = tmp / "relay";
  RelayData::create(dir, demo_settings());
  CHECK(mode_of(dir / "bureau.key") == 0600);
  CHECK(mode_of(dir / "log.key") == 0600);
  CHECK(mode_of(dir / "tls" / "key.pem") == 0600);

  RelayData data(dir);
  CHECK(data.fair_id() == "CF138");
  CHECK(data.settings().timezone == "Asia/Shanghai");
  CHECK(data.bureau_key().public_hex() != data.log_key().public_hex());
  // The fingerprint is what openssl computes over the DER certificate.
  const std::string openssl =
      run("openssl x509 -in '" + data.cert_path().string() + "' -noout -fingerprint -sha256 2>&1");
  std::string expected;
  for (char c : openssl.substr(openssl.find('=') + 1))
    if (std::isxdigit(static_cast<unsigned char>(c))) expected += static_cast<char>(std::tolower(c));
  CHECK(data.cert_fingerprint() == expected);
  CHECK(run("openssl x509 -in '" + data.cert_path().string() + "' -noout -subject").find("fairguard-relay") !=
        std::string::npos);
  // The key belongs to the certificate.
  CHECK(run("openssl pkey -in '" + data.tls_key_path().string() + "' -pubout") ==
        run("openssl x509 -in '" + data.cert_path().string() + "' -noout -pubkey"));
}

TEST_CASE("data folder: never overwritten, and a non-folder is named as such", "[relay]") {
  test::TempDir tmp;
  const auto dir = tmp / "relay";
  RelayData::create(dir, demo_settings());
  const std::string key_before = KeyPair::load(dir / "bureau.key").public_hex();
  CHECK_THROWS_WITH(RelayData::create(dir, demo_settings()), Catch::Contains("refusing to overwrite"));
  CHECK(KeyPair::load(dir / "bureau.key").public_hex() == key_before);

  CHECK_THROWS_WITH(RelayData(tmp.path()), Catch::Contains("not a FairGuard relay data folder"));
  CHECK_THROWS_WITH(RelayData(tmp / "missing"), Catch::Contains("does not exist"));

  RelaySettings bad = demo_settings();
  bad.to = "2025-10-14";
  CHECK_THROWS_WITH(RelayData::create(tmp / "bad", bad), Catch::Contains("ends"));
  CHECK_FALSE(std::filesystem::exists(tmp / "bad"));
}

TEST_CASE("enrolment tokens: good once, then reuse, expiry and unknown tokens are told apart", "[relay]") {
  test::TempDir tmp;
  RelayData::create(tmp / "relay", demo_settings());
  RelayData data(tmp / "relay");
  std::int64_t now = 1'760'000'000'000;
  data.set_clock([&] { return now; });
  const std::int64_t v0 = data.config_version();

  const auto t1 = data.issue_enrolment_token("Hall 9 desk", std::chrono::minutes(60));
  const auto t2 = data.issue_enrolment_token("Hall 10 desk", std::chrono::minutes(60));
  const std::string k1 = KeyPair::generate().public_hex(), k2 = KeyPair::generate().public_hex();
  CHECK(data.open_token_count() == 2);

  auto r1 = data.consume_enrolment_token(t1.token, k1);
  REQUIRE(r1);
  CHECK(r1.device->code == "S01");
  CHECK(r1.device->station == "Hall 9 desk");
  CHECK(data.device_allowed(k1));
  CHECK(data.config_version() > v0);

  auto reuse = data.consume_enrolment_token(t1.token, k2);
  CHECK(reuse.error == EnrolError::TokenUsed);
  CHECK_FALSE(data.find_device(k2));

  CHECK(data.consume_enrolment_token("AAAAAAAAAAAAAAAAAAAAAAAAAA", k2).error == EnrolError::UnknownToken);
  CHECK(data.consume_enrolment_token(t2.token, "zz").error == EnrolError::BadDeviceKey);
  CHECK(data.consume_enrolment_token(t2.token, k1).error == EnrolError::DeviceAlreadyEnrolled);

  now += 60 * 60'000;  // exactly at expiry
  auto late = data.consume_enrolment_token(t2.token, k2);
  CHECK(late.error == EnrolError::TokenExpired);
  CHECK_FALSE(data.find_device(k2));

  const auto t3 = data.issue_enrolment_token("Hall 10 desk", std::chrono::minutes(5));
  auto r2 = data.consume_enrolment_token(t3.token, k2);
  REQUIRE(r2);
  CHECK(r2.device->code == "S02");
  // Only a hash of each token is stored.
  SQLite::Database db((tmp / "relay" / "relay.db").string());
  CHECK(db.execAndGet("SELECT COUNT(*) FROM relay_tokens WHERE token_hash LIKE '%" + t3.token + "%'").getInt() == 0);
}

TEST_CASE("revoked devices are refused by the relay and by the event store", "[relay]") {
  test::TempDir tmp;
  RelayData::create(tmp / "relay", demo_settings());
  RelayData data(tmp / "relay");
  const KeyPair device = KeyPair::generate();
  auto r =
      data.consume_enrolment_token(data.issue_enrolment_token("A", std::chrono::minutes(1)).token, device.public_hex());
  REQUIRE(r);
  CHECK(data.events().is_trusted(device.public_hex()));

  const auto revoked = data.revoke_device("s01");
  CHECK(revoked.key == device.public_hex());
  CHECK_FALSE(data.device_allowed(device.public_hex()));
  CHECK_FALSE(data.events().is_trusted(device.public_hex()));
  CHECK_THROWS_WITH(data.revoke_device(device.public_hex()), Catch::Contains("already revoked"));
  CHECK_THROWS_WITH(data.revoke_device("S09"), Catch::Contains("no enrolled device"));
  auto again =
      data.consume_enrolment_token(data.issue_enrolment_token("A", std::chrono::minutes(1)).token, device.public_hex());
  CHECK(again.error == EnrolError::DeviceRevoked);
  // The signed configuration tells the stations.
  auto v = verify_fair_config(data.signed_fair_config(), data.bureau_key().public_key());
  REQUIRE(v);
  REQUIRE(v.config->devices.size() == 1);
  CHECK(v.config->devices[0].revoked);
}

TEST_CASE("a revocation's cut-off: now, after a seq, or since a time the relay received, signed for the stations",
          "[relay]") {
  test::TempDir tmp;
  RelayData::create(tmp / "relay", demo_settings());
  RelayData data(tmp / "relay");
  std::vector<KeyPair> devices;
  for (int i = 0; i < 4; ++i) {
    devices.push_back(KeyPair::generate());
    REQUIRE(data.consume_enrolment_token(data.issue_enrolment_token("D", std::chrono::minutes(1)).token,
                                         devices.back().public_hex()));
  }
  // Five events each, received by the relay before `between`, five more after it.
  auto append = [&](const KeyPair& key, int n) {
    auto& store = data.events();
    for (int i = 0; i < n; ++i) {
      Event e;
      e.fair = "CF138";
      e.device = key.public_hex();
      e.seq = store.head_seq(e.device) + 1;
      e.prev = e.seq == 1 ? kZeroHash : to_hex(store.find(e.device, e.seq - 1)->hash);
      e.time = HybridClock::system_millis();
      e.hlc = (e.time << kHlcCounterBits) + e.seq;
      e.officer = "GZ001";
      e.type = "case.opened";
      e.body = {{"case_number", "CF138-S01-000" + std::to_string(i)}};
      REQUIRE(store.import(sign_event(e, key)).status == ImportStatus::Stored);
    }
  };
  for (const auto& d : devices) append(d, 5);
  std::this_thread::sleep_for(std::chrono::milliseconds(5));  // stored_at has millisecond steps
  const std::int64_t between = HybridClock::system_millis();
  std::this_thread::sleep_for(std::chrono::milliseconds(5));
  for (const auto& d : devices) append(d, 5);

  CHECK(data.revoke_device("S01").revoked_after_seq == 10);  // default: all it has sent still counts
  CHECK(data.revoke_device("S02", {RevokeCutoff::Kind::AfterSeq, 3}).revoked_after_seq == 3);
  CHECK(data.revoke_device("S03", {RevokeCutoff::Kind::Since, between}).revoked_after_seq == 5);
  CHECK_THROWS_AS(data.revoke_device("S04", {RevokeCutoff::Kind::AfterSeq, -1}), std::invalid_argument);
  CHECK(data.revoke_device("S04", {RevokeCutoff::Kind::Since, 0}).revoked_after_seq == 0);

  auto& store = data.events();
  CHECK(store.all_in_fold_order().size() == 40);  // nothing deleted
  CHECK(store.working_in_fold_order().size() == 10 + 3 + 5 + 0);
  const auto aside = store.set_aside();
  REQUIRE(aside.size() == 3);
  std::int64_t total = 0;
  for (const auto& a : aside) total += a.events;
  CHECK(total == 7 + 5 + 10);
  // Each set-aside device carries the bureau's time of its revocation, the same the signed
  // configuration gives the stations.
  const FairConfig config = data.fair_config();
  for (const auto& a : aside) {
    const DeviceEntry* d = config.find_device(a.device);
    REQUIRE(d);
    REQUIRE(d->revoked_at);
    CHECK(a.revoked_at == *d->revoked_at);
    CHECK(a.revoked_at >= between);
  }
  // Later events of a revoked device are refused; the ones up to the cut-off are still accepted
  // (a station importing them late).
  CHECK_FALSE(store.admits(devices[1].public_hex(), 4));
  CHECK(store.admits(devices[1].public_hex(), 3));

  auto v = verify_fair_config(data.signed_fair_config(), data.bureau_key().public_key());
  REQUIRE(v);
  REQUIRE(v.config->devices.size() == 4);
  CHECK(v.config->devices[1].revoked_after_seq == std::optional<std::int64_t>(3));
  CHECK(v.config->devices[2].revoked_after_seq == std::optional<std::int64_t>(5));
}

TEST_CASE("signed fair configuration carries booths, roster and devices from the relay", "[relay]") {
  test::TempDir tmp;
  RelayData::create(tmp / "relay", demo_settings());
  RelayData data(tmp / "relay");
  data.replace_booths({{"9.1E23", "9.1", "宁波市华光电器有限公司", "浙江交易团", "家用电器"},
                       {"10.2A01", "10.2", "佛山市明亮照明有限公司", "广东交易团", "照明"}});
  data.add_officer({"GZ001", "王芳", hash_password("2468", PasswordCost::Test), false});
  data.add_officer({"GZ002", "李雷", hash_password("1357", PasswordCost::Test), false});
  data.disable_officer("GZ002");
  CHECK_THROWS_WITH(data.add_officer({"GZ001", "x", "y", false}), Catch::Contains("already exists"));
  CHECK_THROWS_WITH(data.disable_officer("GZ404"), Catch::Contains("no officer"));

  const std::string wire = data.signed_fair_config();
  auto v = verify_fair_config(wire, data.bureau_key().public_key());
  REQUIRE(v);
  const FairConfig& c = *v.config;
  CHECK(c.fair.id == "CF138");
  CHECK(c.fair.halls == std::vector<std::string>{"9.1", "10.2"});
  CHECK(c.booths.size() == 2);
  CHECK(c.booths[0].booth == "9.1E23");
  CHECK(c.find_officer("GZ002")->disabled);
  CHECK(verify_password(c.find_officer("GZ001")->pin_verifier, "2468"));
  CHECK(c.version == data.config_version());

  // Each version is signed once: equal versions give equal bytes, a change gives a new one.
  CHECK(data.signed_fair_config() == wire);
  data.add_officer({"GZ003", "陈静", hash_password("8642", PasswordCost::Test), false});
  auto newer = verify_fair_config(data.signed_fair_config(), data.bureau_key().public_key());
  REQUIRE(newer);
  CHECK(newer.config->version == c.version + 1);
  CHECK(newer.config->find_officer("GZ003"));

  std::string flipped = wire;
  flipped[flipped.find("GZ001") + 4] = '2';
  CHECK(verify_fair_config(flipped, data.bureau_key().public_key()).error == ConfigError::BadSignature);
  CHECK(verify_fair_config(wire, KeyPair::generate().public_key()).error == ConfigError::BadSignature);
}

TEST_CASE("sync log records the last sync per device", "[relay]") {
  test::TempDir tmp;
  RelayData::create(tmp / "relay", demo_settings());
  RelayData data(tmp / "relay");
  const std::string key = KeyPair::generate().public_hex();
  REQUIRE(data.consume_enrolment_token(data.issue_enrolment_token("A", std::chrono::minutes(1)).token, key));
  data.record_sync({key, 1000, 2000, 5, 3, 1, 0, "ok"});
  data.record_sync({key, 3000, 4000, 0, 0, 0, 0, "connection lost"});
  CHECK(data.find_device(key)->last_sync_at == 4000);
  auto log = data.sync_log(key);
  REQUIRE(log.size() == 2);
  CHECK(log[0].outcome == "connection lost");
  CHECK(log[1].events_in == 5);
}

TEST_CASE("one token raced by two connections enrols exactly one device", "[relay]") {
  test::TempDir tmp;
  RelayData::create(tmp / "relay", demo_settings());
  // Two RelayData objects = two SQLite connections, as serve and a second process would have.
  RelayData a(tmp / "relay"), b(tmp / "relay");
  for (int round = 0; round < 20; ++round) {
    const auto token = a.issue_enrolment_token("race " + std::to_string(round), std::chrono::minutes(5)).token;
    const std::string ka = KeyPair::generate().public_hex(), kb = KeyPair::generate().public_hex();
    EnrolResult ra, rb;
    std::thread ta([&] { ra = a.consume_enrolment_token(token, ka); });
    std::thread tb([&] { rb = b.consume_enrolment_token(token, kb); });
    ta.join();
    tb.join();
    REQUIRE(static_cast<bool>(ra) != static_cast<bool>(rb));
    CHECK((ra ? rb : ra).error == EnrolError::TokenUsed);
  }
  // Station codes stayed unique and dense.
  const auto devices = a.devices();
  REQUIRE(devices.size() == 20);
  CHECK(devices.front().code == "S01");
  CHECK(devices.back().code == "S20");
}

TEST_CASE("every signed configuration is kept: found by its SHA-256, the same bytes after a restart", "[relay]") {
  test::TempDir tmp;
  RelayData::create(tmp / "relay", demo_settings());
  std::string first_sha, first_wire;
  {
    RelayData data(tmp / "relay");
    data.add_officer({"GZ001", "王芳", hash_password("2468", PasswordCost::Test), false});
    const auto first = data.signed_fair_config_shared();
    first_sha = first->sha256;
    first_wire = first->wire;
    data.add_officer({"GZ002", "李雷", hash_password("1357", PasswordCost::Test), false});
    CHECK(data.signed_fair_config_shared()->sha256 != first_sha);
  }
  // Another process (a restart, an admin command) serves the version it finds with the bytes
  // signed first: a station holding them is not sent a "new" configuration.
  RelayData again(tmp / "relay");
  const auto latest = again.signed_fair_config_shared();
  CHECK(latest->version == again.config_version());
  CHECK(again.signed_config_by_sha256(first_sha) == first_wire);
  CHECK(again.signed_config_by_sha256(latest->sha256) == latest->wire);
  CHECK_FALSE(again.signed_config_by_sha256(std::string(64, '0')));
  auto reopened = std::make_unique<RelayData>(tmp / "relay");
  CHECK(reopened->signed_fair_config() == latest->wire);
}

TEST_CASE("retiring the log: a new key, the same leaves, old heads and cosignatures kept apart, announced", "[relay]") {
  fg::test::TempDir tmp{"fairguard-relay"};
  RelayData::create(tmp.path() / "relay", demo_settings());
  std::string old_key;
  TreeHead old_head;
  {
    RelayData data(tmp.path() / "relay");
    old_key = data.log_key().public_hex();
    for (int i = 0; i < 3; ++i) (void)data.log().append(sha256(as_bytes("event " + std::to_string(i))));
    const SignedTreeHead head = data.log().sign_head(data.log_key(), 1000);
    old_head = head.head;
    const KeyPair witness = KeyPair::generate();
    CosignatureStore store(data.events().database());
    store.create_table();  // as the relay's witness feed does before its first cosignature
    store.add(head, cosign_tree_head(data.log_key().public_key(), head.head, witness, 1001), 1002);
    const std::int64_t version = data.config_version();
    const LogRetirement r = data.retire_log();
    CHECK(r.old_key == old_key);
    CHECK(r.new_key == data.log_key().public_hex());
    CHECK(r.last_head.head == old_head);
    CHECK(data.config_version() == version + 1);
    CHECK(data.fair_config().log_retirements == std::vector<LogRetirement>{r});
    CHECK(data.log().root(3) == old_head.root);  // the same leaves
    const auto current = data.log().latest_head();
    REQUIRE(current);
    CHECK(verify_tree_head(*current, data.log_key().public_key()));
    CHECK(CosignatureStore(data.events().database()).latest_up_to(3).empty());
    CHECK(data.events().database().execAndGet("SELECT COUNT(*) FROM relay_retired_cosignatures").getInt() == 1);
    CHECK(data.events().database().execAndGet("SELECT COUNT(*) FROM relay_retired_heads").getInt() == 1);
  }
  // The new key is on disk; a next key left by a retirement cut off before its commit is dropped.
  KeyPair::generate().save(tmp.path() / "relay" / "log.key.next");
  RelayData reopened(tmp.path() / "relay");
  CHECK(reopened.log_key().public_hex() != old_key);
  CHECK(reopened.log_key().public_hex() == reopened.fair_config().log_key);
  CHECK_FALSE(std::filesystem::exists(tmp.path() / "relay" / "log.key.next"));
}
