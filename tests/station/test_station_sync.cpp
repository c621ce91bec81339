// Enrolment and sync against the real fairguard-relay on 127.0.0.1: the station joins with
// the bureau's one-time code, gets the signed roster, records a complaint and syncs it.
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <map>
#include <memory>
#include <random>
#include <sstream>
#include <tuple>
#include <thread>

#include "../relay/relay_process.h"
#include "bundle/bundle_format.h"
#include "bundle/zip_bundle.h"
#include "cases/event_types.h"
#include "codes/booth_sticker.h"
#include "crypto/officer_box.h"
#include "ledger/json_fields.h"
#include "support/read_file.h"
#include "sim/sim_station.h"
#include "support/temp_dir.h"
#include "case_controller.h"
#include "intake_wizard.h"
#include "timeline_model.h"
#include "station_fixture.h"

using namespace fg;

TEST_CASE("a station enrols with the bureau's code, signs in from the relay's roster and syncs", "[station]") {
  fg::test::ensure_app();
  QTemporaryDir relay_dir, station_dir, other_dir;
  REQUIRE(relay_dir.isValid());
  fg::test::RelayProcess relay(std::filesystem::path(relay_dir.path().toStdString()) / "relay");
  QFile pin(relay_dir.filePath("pin"));
  REQUIRE(pin.open(QIODevice::WriteOnly));
  pin.write("2468024680\n");
  pin.close();
  // `officers add` takes --data after its subcommand, so it is run directly.
  const auto added =
      fg::test::run_process({FAIRGUARD_RELAY_EXE, "officers", "add", "--data", relay.dir().string(), "--id", "OF-017",
                             "--name", "Li Wei", "--pin-file", pin.fileName().toStdString()});
  INFO(added.err);
  REQUIRE(added.code == 0);
  relay.start();
  const std::string payload = relay.enroll("Hall 9 desk");

  StationBackend station;
  QString error;
  REQUIRE(station.open(station_dir.path(), &error));
  CHECK_FALSE(station.enrolled());
  CHECK(station.sync()->checkPayload(QString::fromStdString(payload)).value("ok").toBool());
  CHECK_FALSE(station.sync()->checkPayload("FGE1:nonsense").value("ok").toBool());
  const bool enrolled = station.sync()->enrolBlocking(payload, &error);
  INFO(error.toStdString());
  REQUIRE(enrolled);
  CHECK(station.enrolled());
  CHECK(station.fairId() == "CF138");
  CHECK_FALSE(station.stationCode().isEmpty());

  // The roster came with the signed configuration.
  CHECK_FALSE(station.session()->trySignIn("OF-017", "1111"));
  REQUIRE(station.session()->trySignIn("OF-017", "2468024680"));
  REQUIRE(station.intake()->recordComplainant(
      {{"name", "Nordic Outdoor AB"}, {"idNumber", "556677-8899"}, {"country", "SE"}}));
  // A photo: stored encrypted on the station, uploaded in clear (over TLS) to the relay.
  QFile photo(relay_dir.filePath("photo.jpg"));
  REQUIRE(photo.open(QIODevice::WriteOnly));
  QByteArray photo_bytes;
  for (int i = 0; i < 40000; ++i) photo_bytes += QByteArray::number(i) + ' ';  // ~230 KB, one chunk and a bit
  photo.write(photo_bytes);
  photo.close();
  station.currentCase()->setCaseNumber(station.intake()->caseNumber());
  REQUIRE(station.currentCase()->addEvidence("exhibit_photo", photo.fileName(), {}, true));
  // Synced only at enrolment: every event recorded since waits to be sent, and the header says so.
  CHECK(station.unsyncedEvents() == station.store()->head_seq(station.deviceKey()->public_hex()));
  CHECK(station.unsyncedEvents() > 0);
  // Before the sync the case's events are sealed on this device only.
  CaseController& page = *station.currentCase();
  page.setCaseNumber(station.intake()->caseNumber());
  REQUIRE(page.timeline()->rowCount() > 0);
  for (const TimelineRow& r : page.timeline()->rows()) CHECK(r.receipt == "sealed");
  REQUIRE(station.sync()->syncBlocking(&error));
  {
    const std::string hash = sha256_hex(as_bytes(photo_bytes.toStdString()));
    std::ifstream at_relay(relay.dir() / "blobs" / hash.substr(0, 2) / hash, std::ios::binary);
    REQUIRE(at_relay);
    CHECK(std::string(std::istreambuf_iterator<char>(at_relay), {}) == photo_bytes.toStdString());
  }
  CHECK(station.syncState() == "synced");
  CHECK(station.unsyncedEvents() == 0);
  // After it: each in the bureau log with a checked receipt, shown so in the timeline.
  const auto own_events = station.store()->head_seq(station.deviceKey()->public_hex());
  CHECK(station.sync()->receiptsLogged() == own_events);
  CHECK(station.sync()->receiptsPending() == 0);
  CHECK(station.sync()->logAlert().isEmpty());
  page.setCaseNumber({});
  page.setCaseNumber(station.intake()->caseNumber());
  REQUIRE(page.timeline()->rowCount() > 0);
  for (const TimelineRow& r : page.timeline()->rows()) {
    CHECK(r.receipt == "logged");
    CHECK(r.logIndex >= 0);
  }
  const auto status = relay.admin({"status"});
  CHECK(status.out.find("2") != std::string::npos);

  // The code is single use.
  StationBackend other;
  REQUIRE(other.open(other_dir.path(), &error));
  CHECK_FALSE(other.sync()->enrolBlocking(payload, &error));
  CHECK_FALSE(other.enrolled());
  CHECK(error.contains("failed"));

  // A restarted station knows its relay and fair; its data (and so the sync) waits for an
  // officer's PIN.
  StationBackend again;
  REQUIRE(again.open(station_dir.path(), &error));
  CHECK(again.enrolled());
  CHECK(again.cases()->totalCount() == 0);
  CHECK_FALSE(again.sync()->syncBlocking(&error));
  CHECK(error.contains("locked"));
  REQUIRE(again.session()->trySignIn("OF-017", "2468024680"));
  CHECK(again.cases()->totalCount() == 1);
  // It still knows its last sync (kept in receipts.db): not "Not synced yet" beside receipts.
  CHECK(again.lastSyncAt() == station.lastSyncAt());
  CHECK(again.unsyncedEvents() == 0);
  REQUIRE(again.sync()->syncBlocking(&error));

  // The relay's log loses an event (rebuilt without it while stopped): the next sync raises
  // the alert, the header's state turns to error, and the alert survives a restart.
  relay.stop();
  const auto first_event = station.store()->read(station.deviceKey()->public_hex(), 1, 1).at(0).hash;
  fg::test::rebuild_log_without(relay.dir() / "relay.db", first_event);
  relay.start();
  CHECK_FALSE(again.sync()->syncBlocking(&error));
  CHECK(error.contains("relay rewrote history"));
  CHECK(again.syncState() == "error");
  CHECK(again.sync()->logAlert().contains("relay rewrote history"));
  StationBackend restarted;
  REQUIRE(restarted.open(station_dir.path(), &error));
  REQUIRE(restarted.session()->trySignIn("OF-017", "2468024680"));  // the receipts show with the data
  CHECK(restarted.sync()->logAlert().contains("relay rewrote history"));
  CHECK(restarted.sync()->receiptsLogged() == own_events);  // the receipts held stay

  // The bureau retires that log (`retire-log`, relay stopped): the next sync moves to the new
  // log, which the bureau's configuration announces; the alert is explained and the chip calm
  // again, and every event gets a receipt in the new log (the one the rebuild dropped too).
  relay.stop();
  const auto retired = relay.admin({"retire-log"});
  INFO(retired.err);
  REQUIRE(retired.code == 0);
  relay.start();
  CHECK(restarted.sync()->syncBlocking(&error));
  CHECK(restarted.sync()->logAlert().isEmpty());
  CHECK(restarted.syncState() == "synced");
  CHECK(restarted.sync()->receiptsLogged() == own_events);
  CHECK(restarted.sync()->receiptsPending() == 0);

  // No relay answers (the hall's network is down): "offline", not an error; what the officer
  // records meanwhile waits, counted at once, and the last sync's time stays.
  relay.stop();
  const double synced_at = restarted.lastSyncAt();
  CHECK(synced_at > 0);
  CHECK_FALSE(restarted.sync()->syncBlocking(&error));
  CHECK(restarted.syncState() == "offline");
  CHECK(error.startsWith("Offline: the bureau's relay cannot be reached"));
  const int waiting = restarted.unsyncedEvents();
  REQUIRE(restarted.intake()->recordComplainant({{"name", "Offline GmbH"}, {"idNumber", "HRB 1"}, {"country", "DE"}}));
  CHECK(restarted.unsyncedEvents() > waiting);
  CHECK(restarted.lastSyncAt() == synced_at);
}

namespace {

// The real relay with officer OF-017 (PIN 2468024680) on its roster, serving; and a station
// enrolled with it whose officer is signed in (so its data, and the sync, are open).
struct SyncedStation {
  QTemporaryDir relay_dir, station_dir;
  std::unique_ptr<fg::test::RelayProcess> relay;
  std::unique_ptr<StationBackend> station = std::make_unique<StationBackend>();

  SyncedStation() {
    fg::test::ensure_app();
    REQUIRE(relay_dir.isValid());
    relay = std::make_unique<fg::test::RelayProcess>(std::filesystem::path(relay_dir.path().toStdString()) / "relay");
    QFile pin(relay_dir.filePath("pin"));
    REQUIRE(pin.open(QIODevice::WriteOnly));
    pin.write("2468024680\n");
    pin.close();
    const auto added =
        fg::test::run_process({FAIRGUARD_RELAY_EXE, "officers", "add", "--data", relay->dir().string(), "--id",
                               "OF-017", "--name", "Li Wei", "--pin-file", pin.fileName().toStdString()});
    INFO(added.err);
    REQUIRE(added.code == 0);
    relay->start();
    QString error;
    REQUIRE(station->open(station_dir.path(), &error));
    const bool enrolled = station->sync()->enrolBlocking(relay->enroll("Hall 9 desk"), &error);
    INFO(error.toStdString());
    REQUIRE(enrolled);
    REQUIRE(station->session()->trySignIn("OF-017", "2468024680"));
  }
  void sync() {
    QString error;
    const bool ok = station->sync()->syncBlocking(&error);
    INFO(error.toStdString());
    REQUIRE(ok);
  }
};

constexpr qint64 kMinute = 60 * 1000;

}  // namespace

TEST_CASE("a tablet whose clock is off learns by how much at the next sync", "[station]") {
  SyncedStation s;
  StationBackend& station = *s.station;
  // Enrolment measured it already: this tablet's clock is the relay's (the same machine).
  REQUIRE(station.syncStatus().clockOffsetMs());
  CHECK(std::abs(*station.syncStatus().clockOffsetMs()) < 2000);
  CHECK(station.clockWarning().isEmpty());

  // 3 h 12 min behind: the relay's time arrives after the station read its clock, so the
  // offset measured is at most the sync's duration further behind.
  const qint64 behind = 3 * 60 * kMinute + 12 * kMinute;
  station.setFixedNow(QDateTime::currentMSecsSinceEpoch() - behind);
  s.sync();
  REQUIRE(station.syncStatus().clockOffsetMs());
  const qint64 measured = *station.syncStatus().clockOffsetMs();
  CHECK(measured <= -behind);
  CHECK(measured > -behind - 10'000);
  CHECK(station.clockWarning() ==
        "This tablet's clock is 3 h 12 min behind the bureau's. Set the date and time automatically in the tablet's "
        "settings.");
  station.language()->setLanguage("zh_CN");
  CHECK(station.clockWarning().contains(QStringLiteral("慢 3 小时 12 分钟")));
  station.language()->setLanguage("en");

  // Two days ahead.
  station.setFixedNow(QDateTime::currentMSecsSinceEpoch() + 2 * 24 * 60 * kMinute + 5 * 60 * kMinute);
  s.sync();
  CHECK(station.clockWarning().contains("2 d 5 h ahead"));

  // Put right (the system clock again): the warning goes at the next sync.
  station.setFixedNow(0);
  s.sync();
  REQUIRE(station.syncStatus().clockOffsetMs());
  CHECK(std::abs(*station.syncStatus().clockOffsetMs()) < 2000);
  CHECK(station.clockWarning().isEmpty());
}

TEST_CASE("a station tells its officer which events a revocation set aside, and why", "[station]") {
  SyncedStation s;
  StationBackend& desk = *s.station;
  // A second device of the fair does real work, then floods it; the bureau revokes it with a
  // cut-off after its real work (fairguard-relay revoke --after-seq).
  fg::test::TempDir tmp;
  relay::SimStation hostile(tmp.path() / "hostile", "CF138");
  hostile.enrol(s.relay->enroll("hostile"));
  std::mt19937_64 rng(11);
  hostile.take_complaint(rng, 0);
  const std::int64_t last_good = hostile.store().head_seq(hostile.key().public_hex());
  const std::string real_case = "CF138-" + hostile.code() + "-0001";
  constexpr int kJunk = 5, kOnRealCase = 2;
  for (int i = 1; i <= kJunk; ++i)
    hostile.store().append(
        hostile.key(), "OF-017", std::string(events::kCaseOpened),
        {{"case_number", "CF138-" + hostile.code() + "-900" + std::to_string(i)}, {"station", hostile.code()}});
  for (int i = 1; i <= kOnRealCase; ++i)
    hostile.store().append(hostile.key(), "OF-017", std::string(events::kDefenceRecorded),
                           {{"case_number", real_case}, {"text", "junk " + std::to_string(i)}});
  REQUIRE(hostile.sync().report.events_refused == 0);
  s.sync();
  CHECK(desk.cases()->totalCount() == 1 + kJunk);  // the flood reached this station's dashboard
  CHECK(desk.setAsideNotes().isEmpty());
  desk.currentCase()->setCaseNumber(QString::fromStdString(real_case));
  REQUIRE(desk.currentCase()->status() != "");
  CHECK(desk.currentCase()->setAsideNote().isEmpty());

  const std::int64_t before_revoke = QDateTime::currentMSecsSinceEpoch();
  const auto revoke = s.relay->admin({"revoke", "--device", hostile.code(), "--after-seq", std::to_string(last_good)});
  const std::int64_t after_revoke = QDateTime::currentMSecsSinceEpoch();
  INFO(revoke.err << revoke.out);
  REQUIRE(revoke.code == 0);
  s.sync();

  // The junk left the dashboard; the officer is told how many events of which station are
  // set aside, and why, in the sync details and on the case page that lost some.
  CHECK(desk.cases()->totalCount() == 1);
  const QStringList notes = desk.setAsideNotes();
  REQUIRE(notes.size() == 1);
  const QString code = QString::fromStdString(hostile.code());
  // The revocation's time comes from the bureau's signed configuration, in the fair's zone.
  const QString when_before = desk.clock().formatDateTime(before_revoke);
  const QString when_after = desk.clock().formatDateTime(after_revoke);
  const QString expected = QStringLiteral(
                               "%1 event(s) of station %2 set aside: the bureau revoked this device on %4 (its events "
                               "after no. %3 are kept as evidence only).")
                               .arg(kJunk + kOnRealCase)
                               .arg(code)
                               .arg(last_good);
  CHECK((notes[0] == expected.arg(when_before) || notes[0] == expected.arg(when_after)));
  CHECK(desk.currentCase()->setAsideNote().contains(QStringLiteral(" on ")));
  REQUIRE(desk.currentCase()->status() != "");
  CHECK(desk.currentCase()->setAsideNote().startsWith(
      QStringLiteral("%1 event(s) of this case set aside").arg(kOnRealCase)));
  CHECK(desk.currentCase()->setAsideNote().contains(code));
  desk.language()->setLanguage("zh_CN");
  CHECK(desk.setAsideNotes().at(0).contains(QStringLiteral("已搁置")));
  CHECK(desk.setAsideNotes().at(0).contains(QString::number(kJunk + kOnRealCase)));
  CHECK(desk.currentCase()->setAsideNote().contains(QStringLiteral("已搁置")));
  desk.language()->setLanguage("en");
  // Still held as evidence.
  CHECK(desk.store()->head_seq(hostile.key().public_hex()) == last_good + kJunk + kOnRealCase);
}

namespace {

// The config bytes the relay sent on each connection so far, from its connection-end log
// lines ("… ended: …; config out N bytes)"), once at least `connections` have ended.
std::vector<std::uint64_t> config_bytes_sent(fg::test::RelayProcess& relay, std::size_t connections) {
  std::vector<std::uint64_t> out;
  for (int waited = 0; waited < 100; ++waited) {  // the line follows the close: up to 5 s
    out.clear();
    const std::string log = relay.process().err();
    const std::string key = "; config out ";
    for (auto at = log.find(key); at != std::string::npos; at = log.find(key, at + 1))
      out.push_back(std::stoull(log.substr(at + key.size())));
    if (out.size() >= connections) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  return out;
}

}  // namespace

TEST_CASE("a station fetches the fair configuration only when it changed", "[station]") {
  SyncedStation s;
  StationBackend& station = *s.station;
  auto sent = config_bytes_sent(*s.relay, 1);
  REQUIRE(sent.size() == 1);
  CHECK(sent[0] > 0);  // the enrolment brought it

  // Unchanged: no config-chunk at all, and the receipts of what this sync pushed are still
  // checked (against the log key pinned when the configuration came).
  REQUIRE(station.intake()->recordComplainant(
      {{"name", "Nordic Outdoor AB"}, {"idNumber", "556677-8899"}, {"country", "SE"}}));
  const auto version = station.fairConfig().version;
  s.sync();
  sent = config_bytes_sent(*s.relay, 2);
  REQUIRE(sent.size() == 2);
  CHECK(sent[1] == 0);
  CHECK(station.sync()->receiptsLogged() == station.store()->head_seq(station.deviceKey()->public_hex()));
  CHECK(station.sync()->logAlert().isEmpty());
  CHECK(station.fairConfig().version == version);

  // Changed (an officer added at the bureau): it arrives whole at the next sync, and only then.
  QFile pin(s.relay_dir.filePath("pin2"));
  REQUIRE(pin.open(QIODevice::WriteOnly));
  pin.write("1357913579\n");
  pin.close();
  const auto added =
      fg::test::run_process({FAIRGUARD_RELAY_EXE, "officers", "add", "--data", s.relay->dir().string(), "--id",
                             "OF-023", "--name", "Wang Fang", "--pin-file", pin.fileName().toStdString()});
  INFO(added.err);
  REQUIRE(added.code == 0);
  s.sync();
  sent = config_bytes_sent(*s.relay, 3);
  REQUIRE(sent.size() == 3);
  CHECK(static_cast<qint64>(sent[2]) ==
        QFileInfo(QDir(s.station_dir.path()).filePath("fair-config.json")).size());  // whole, once
  CHECK(station.fairConfig().version > version);
  const auto& officers = station.fairConfig().officers;
  CHECK(std::any_of(officers.begin(), officers.end(), [](const Officer& o) { return o.id == "OF-023"; }));
  s.sync();
  sent = config_bytes_sent(*s.relay, 4);
  REQUIRE(sent.size() == 4);
  CHECK(sent[3] == 0);
}

TEST_CASE("the notice and decision the station sealed reach the relay, which makes them again byte for byte",
          "[station]") {
  SyncedStation s;
  StationBackend& station = *s.station;
  // A genuine sticker of booth 9.1K23, signed with the relay's bureau key.
  const std::string sticker =
      make_booth_sticker("CF138", "9.1", "9.1K23", KeyPair::load(s.relay->dir() / "bureau.key"));
  IntakeWizard& w = *station.intake();
  REQUIRE(w.recordComplainant({{"name", "Shenzhen Brightlight Co., Ltd."},
                               {"kind", "company"},
                               {"idNumber", "91440300MA5TEST01"},
                               {"country", "CN"}}));
  REQUIRE(w.recordRight({{"rightType", "invention"}, {"number", "ZL 2017 1 0601862.3"}}));
  REQUIRE(w.recordRespondentFromSticker(QString::fromStdString(sticker)));
  REQUIRE(w.recordProduct({{"description", "LED desk lamp"}}));
  REQUIRE(w.recordGrounds(QStringLiteral("Same shape as the patented lamp.")));
  for (const QVariant& d : w.documents()) w.setDocumentSeen(d.toMap().value("kind").toString(), true);
  REQUIRE(w.checkAdmissibility(false, {}));
  REQUIRE(w.saveSignature(fg::test::drawn_signature(), "W"));
  REQUIRE(w.accept({}));
  const std::string number = w.caseNumber().toStdString();
  CaseController& page = *station.currentCase();
  page.setCaseNumber(w.caseNumber());
  REQUIRE(page.serveNotice(QString::fromStdString(sticker), "Chen Jing"));
  REQUIRE(page.recordDefence("Own design since 2018."));
  const bool decided = page.recordDecision("exhibit_covered", {"exhibit_covered"}, "none", "Same lamp shape.");
  INFO(page.error().toStdString());
  REQUIRE(decided);
  s.sync();

  for (const auto& [kind, type, key] : {std::tuple{"acceptance", events::kCaseAccepted, "document"},
                                        std::tuple{"notice", events::kNoticeServed, "notice"},
                                        std::tuple{"decision", events::kDecisionRecorded, "document"}}) {
    INFO(kind);
    std::string cited;
    for (const SignedEvent& e : station.store()->working_in_fold_order())
      if (e.event.type == type) cited = string_at(e.event.body, key);
    REQUIRE(cited.size() == 64);
    std::ostringstream sealed;
    REQUIRE(station.blobs()->read(cited, sealed));  // the station's copy, decrypted
    // The relay holds the blob in clear, and rebuilds the same paper from the events.
    CHECK(fg::test::read_file(s.relay->dir() / "blobs" / cited.substr(0, 2) / cited) == sealed.str());
    const auto out = std::filesystem::path(s.relay_dir.path().toStdString()) / (std::string(kind) + ".pdf");
    const auto made = s.relay->admin({"document", "--case", number, "--kind", kind, "--out", out.string()});
    INFO(made.err << made.out);
    REQUIRE(made.code == 0);
    CHECK_THAT(made.out, Catch::Contains("Same bytes as the PDF the event cites"));
    CHECK(fg::test::read_file(out) == sealed.str());
  }

  // The case exported for the bureau: the bundle holds the papers as blobs, each cited by
  // the event that issued it, and the real fairguard-verify passes on it.
  const auto zip = std::filesystem::path(s.relay_dir.path().toStdString()) / "case.zip";
  const auto exported = s.relay->admin({"export", "--case", number, "--out", zip.string()});
  INFO(exported.err << exported.out);
  REQUIRE(exported.code == 0);
  const auto keys = std::filesystem::path(s.relay_dir.path().toStdString()) / "published.keys";
  REQUIRE(s.relay->admin({"keys", "--out", keys.string()}).code == 0);
  const auto verified = fg::test::run_process({FAIRGUARD_VERIFY_EXE, zip.string(), "--keys", keys.string()});
  INFO(verified.out << verified.err);
  CHECK(verified.code == 0);
  CHECK_THAT(verified.out + verified.err, Catch::Contains("VALID"));
  const ZipBundle bundle(zip);
  std::map<std::string, std::string> cited_by;  // event type -> the PDF it cites, as read from the bundle
  for (const std::string& name : bundle.names()) {
    if (!name.starts_with("events/") || !name.ends_with(".json")) continue;
    const auto bytes = bundle.read(name);
    REQUIRE(bytes);
    const auto event = nlohmann::json::parse(*bytes);
    const std::string type = event.at("type").get<std::string>();
    const char* key = type == events::kNoticeServed                                        ? "notice"
                      : type == events::kDecisionRecorded || type == events::kCaseAccepted ? "document"
                                                                                           : nullptr;
    if (key == nullptr) continue;
    const std::string pdf = event.at("body").at(key).get<std::string>();
    CHECK(std::find(event.at("blobs").begin(), event.at("blobs").end(), pdf) != event.at("blobs").end());
    cited_by[type] = pdf;
  }
  REQUIRE(cited_by.size() == 3);  // the acceptance slip, the notice, the decision
  for (const auto& [type, pdf] : cited_by) {
    INFO(type);
    std::ostringstream sealed;
    REQUIRE(station.blobs()->read(pdf, sealed));
    const auto in_bundle = bundle.read(bundle::blob_path(pdf));
    REQUIRE(in_bundle);
    CHECK(*in_bundle == sealed.str());
    CHECK(in_bundle->starts_with("%PDF-"));
  }
}

TEST_CASE("a station signs its events with the officer's key, the relay accepts them, the bundle verifies",
          "[station]") {
  // The relay's `officers add` publishes every officer's sign_pk: the station writes version 2.
  SyncedStation s;
  StationBackend& station = *s.station;
  IntakeWizard& w = *station.intake();
  REQUIRE(w.recordComplainant({{"name", "Nordic Outdoor AB"}, {"idNumber", "556677-8899"}, {"country", "SE"}}));
  REQUIRE(w.recordRight({{"rightType", "invention"}, {"number", "ZL 2017 1 0601862.3"}}));
  const std::string number = w.caseNumber().toStdString();
  const std::string device = station.deviceKey()->public_hex();
  const auto own = station.store()->read(device, 1);
  REQUIRE(own.size() >= 2);
  for (const SignedEvent& e : own) {
    CHECK(e.event.v == kEventVersionOfficerSigned);
    CHECK(e.event.config == station.enrolment().configSha256());
  }
  s.sync();
  // Every one accepted by the real relay (it checks the officer signature against the roster
  // it signed, docs/event-format.md), and logged.
  CHECK(station.unsyncedEvents() == 0);
  CHECK(station.sync()->receiptsLogged() == static_cast<int>(own.size()));
  CHECK(station.sync()->logAlert().isEmpty());

  // The case's bundle, exported by the relay, holds the signed roster and passes the real
  // verifier with the bureau's and the log's keys: each event signed by its officer.
  const std::string zip = (std::filesystem::path(s.relay_dir.path().toStdString()) / "case.zip").string();
  const auto exported = s.relay->admin({"export", "--case", number, "--out", zip});
  INFO(exported.err << exported.out);
  REQUIRE(exported.code == 0);
  const auto key_of = [&](const char* file) { return KeyPair::load(s.relay->dir() / file).public_hex(); };
  const auto verified = fg::test::run_process(
      {FAIRGUARD_VERIFY_EXE, zip, "--bureau-key", key_of("bureau.key"), "--log-key", key_of("log.key")});
  INFO(verified.out << verified.err);
  CHECK(verified.code == 0);
  CHECK(verified.out.find("VALID") != std::string::npos);
  CHECK(verified.out.find("events signed by their officer") != std::string::npos);
  CHECK(verified.out.find("officer not signed") == std::string::npos);
}

namespace {

void add_officer(fg::test::RelayProcess& relay, const QTemporaryDir& dir, const char* id, const char* pin) {
  QFile file(dir.filePath(QStringLiteral("pin-%1").arg(id)));
  REQUIRE(file.open(QIODevice::WriteOnly));
  file.write(QByteArray(pin) + '\n');
  file.close();
  const auto added = fg::test::run_process({FAIRGUARD_RELAY_EXE, "officers", "add", "--data", relay.dir().string(),
                                            "--id", id, "--name", id, "--pin-file", file.fileName().toStdString()});
  INFO(added.err);
  REQUIRE(added.code == 0);
}

}  // namespace

TEST_CASE("a station keeps apart pulled events whose officer signature does not hold, and says why", "[station]") {
  SyncedStation s;
  StationBackend& desk = *s.station;
  add_officer(*s.relay, s.relay_dir, "OF-023", "1357913579");
  // Another station of the fair signs as its officers do (v2) and syncs: the relay accepts.
  fg::test::TempDir tmp;
  relay::SimStation other(tmp.path() / "other", "CF138");
  other.set_officer_pins({{"OF-017", "2468024680"}, {"OF-023", "1357913579"}});
  other.enrol(s.relay->enroll("Hall 11 desk"));
  std::mt19937_64 rng(5);
  other.take_complaint(rng, 0);
  REQUIRE(other.sync().report.events_refused == 0);
  const std::string device = other.key().public_hex();
  const std::int64_t genuine = other.store().head_seq(device);
  const std::string config = other.store().read(device, genuine).at(0).event.config;
  const std::string real_case = "CF138-" + other.code() + "-0001";

  // Then its chain goes on with what the relay would refuse: an event naming OF-017 signed by
  // OF-023's key, one signed by a key on no roster, then a genuine one again. Put into the
  // relay's database while it is stopped (a relay whose files were altered serves them).
  const FairConfig roster = *other.fair_config();
  const KeyPair of023 = OfficerBoxKey::derive_signing_key("1357913579", *roster.find_officer("OF-023")->box);
  const KeyPair stranger = KeyPair::generate();
  std::vector<SignedEvent> altered;
  altered.push_back(other.store().append(
      other.key(), "OF-017", std::string(events::kCaseOpened),
      {{"case_number", "CF138-" + other.code() + "-9001"}, {"station", other.code()}}, {}, {&of023, config}));
  altered.push_back(other.store().append(other.key(), "OF-017", std::string(events::kDefenceRecorded),
                                         {{"case_number", real_case}, {"text", "forged"}}, {}, {&stranger, config}));
  altered.push_back(
      other.record("OF-017", events::kDefenceRecorded, {{"case_number", real_case}, {"text", "genuine"}}));
  // The roster changes once more: the events above name a configuration the desk never held,
  // so it must fetch that one by its hash to check them.
  add_officer(*s.relay, s.relay_dir, "OF-031", "8642086420");
  s.relay->stop();
  {
    EventStore relay_store(s.relay->dir() / "relay.db", "CF138");
    for (const ImportResult& r : relay_store.import_batch(altered)) CHECK(r.status == ImportStatus::Stored);
  }
  s.relay->start();

  s.sync();
  CHECK(desk.vault().configs().has(config));  // fetched from the relay by hash, verified
  // Stored as evidence, each with the reason the relay gives.
  const auto kept = desk.store()->kept_apart();
  REQUIRE(kept.size() == 2);
  CHECK(kept[0].seq == genuine + 1);
  CHECK(kept[1].seq == genuine + 2);
  for (const KeptApartEvent& k : kept)
    CHECK_THAT(k.reason, Catch::Contains("officer signature does not verify with officer OF-017's sign_pk"));
  CHECK(desk.store()->head_seq(device) == genuine + 3);
  // Out of the working view: no junk case on the dashboard, the genuine events folded.
  CHECK(desk.cases()->totalCount() == 1);
  std::vector<std::string> texts;
  for (const SignedEvent& e : desk.store()->working_in_fold_order())
    if (e.event.device == device && e.event.type == events::kDefenceRecorded)
      texts.push_back(string_at(e.event.body, "text"));
  CHECK(std::find(texts.begin(), texts.end(), "genuine") != texts.end());
  CHECK(std::find(texts.begin(), texts.end(), "forged") == texts.end());
  // The officer is told, in the sync details and on the case page.
  const QStringList notes = desk.setAsideNotes();
  REQUIRE(notes.size() == 1);
  CHECK(notes[0].startsWith(
      QStringLiteral("2 event(s) of station %1 kept apart").arg(QString::fromStdString(other.code()))));
  CHECK(notes[0].contains("does not verify with officer OF-017's sign_pk"));
  desk.currentCase()->setCaseNumber(QString::fromStdString(real_case));
  CHECK(desk.currentCase()->setAsideNote().startsWith(QStringLiteral("1 event(s) of this case kept apart")));
  desk.language()->setLanguage("zh_CN");
  CHECK(desk.setAsideNotes().at(0).contains(QStringLiteral("已搁置")));
  desk.language()->setLanguage("en");
}
