// The case index behind the dashboard: the start-up load on its worker thread misses no event
// stored while it reads, and an action updates its own dashboard row only, to the same rows a
// full rebuild gives.
#include <QSignalSpy>

#include <catch2/catch.hpp>

#include <atomic>
#include <string>

#include "case_row.h"
#include "cases/event_types.h"
#include "crypto/officer_box.h"
#include "fairconfig/fair_config.h"
#include "ledger/hlc.h"
#include "station_fixture.h"

using namespace fg;
namespace ev = fg::events;

namespace {

// The case numbers the dashboard lists, in its order.
QStringList listed(const CaseListModel& model) {
  QStringList out;
  for (int i = 0; i < model.rowCount(); ++i) out << model.caseIdAt(i);
  return out;
}

// The rows a full rebuild from the fold gives, with the model's filters.
QStringList rebuilt(StationBackend& backend) {
  CaseListModel fresh;
  fresh.setRows(case_rows(backend.fold().cases));
  fresh.showStatus(backend.cases()->statusFilter());
  fresh.setFilter(backend.cases()->filter());
  return listed(fresh);
}

int rowOf(const CaseListModel& model, const QString& number) { return static_cast<int>(listed(model).indexOf(number)); }

void waitLoaded(StationBackend& backend) {
  QSignalSpy loaded(&backend, &StationBackend::loadingChanged);
  for (int i = 0; i < 200 && backend.loading(); ++i) loaded.wait(100);
  REQUIRE_FALSE(backend.loading());
}

}  // namespace

TEST_CASE("cases another station sends while the start-up load reads are on the dashboard when it ends", "[station]") {
  fg::test::Station s;
  // A second station S05 in the fair, whose key this test holds.
  const KeyPair other = KeyPair::generate();
  s.addStation(other, "S05");
  QString error;
  s.signIn();
  REQUIRE(add_demo_cases(*s.backend, s.fair, 7, &error));
  const std::string config = s.backend->enrolment().configSha256();
  const KeyPair officer =
      OfficerBoxKey::derive_signing_key("1234", *s.backend->enrolment().fairConfig().find_officer("OF-017")->box);

  StationBackend restarted;
  restarted.setDeferredLoading(true);
  REQUIRE(restarted.open(s.dir.path(), &error));
  // After the loader's first read and before it folds, S05's case arrives (as a sync imports
  // it): the read missed it.
  std::atomic<int> reads = 0;
  std::atomic<bool> stored = false;
  restarted.caseIndex().setAfterReadHook([&] {
    if (++reads != 1) return;
    Event e;
    e.v = kEventVersionOfficerSigned;
    e.fair = "CF138";
    e.device = other.public_hex();
    e.seq = 1;
    e.prev = kZeroHash;
    e.time = HybridClock::system_millis();
    e.hlc = e.time << kHlcCounterBits;
    e.officer = "OF-017";
    e.type = std::string(ev::kCaseOpened);
    e.body = {{"case_number", "CF138-S05-0001"}, {"station", "S05"}};
    e.config = config;
    stored = restarted.store()->import(sign_event(e, other, &officer)).status == ImportStatus::Stored;
  });
  REQUIRE(restarted.session()->trySignIn("OF-017", "1234"));
  REQUIRE(restarted.loading());
  waitLoaded(restarted);
  REQUIRE(stored);
  CHECK(reads == 2);  // it saw the count change and read again
  CHECK(restarted.cases()->totalCount() == 8);
  CHECK(restarted.findCase("CF138-S05-0001") != nullptr);
  CHECK(restarted.fold().events == restarted.store()->event_count());
}

TEST_CASE("an action updates its own dashboard row: the others stay, the list matches a full rebuild", "[station]") {
  fg::test::Station s;
  QString error;
  s.signIn();
  REQUIRE(add_demo_cases(*s.backend, s.fair, 7, &error));
  s.signIn();
  CaseListModel& cases = *s.backend->cases();
  const QStringList before = listed(cases);
  // An accepted case in the middle of the list.
  QString number;
  for (int i = 1; i < cases.rowCount() && number.isEmpty(); ++i)
    if (cases.data(cases.index(i), CaseListModel::StatusRole) == "accepted") number = cases.caseIdAt(i);
  REQUIRE_FALSE(number.isEmpty());
  const int row = rowOf(cases, number);

  QSignalSpy reset(&cases, &QAbstractItemModel::modelReset);
  QSignalSpy changed(&cases, &QAbstractItemModel::dataChanged);
  REQUIRE(s.backend->append(ev::kCaseWithdrawn, {{"case_number", number.toStdString()}, {"reason", "settled"}}, {},
                            &error));
  CHECK(reset.count() == 0);
  REQUIRE(changed.count() == 1);
  CHECK(changed.at(0).at(0).toModelIndex().row() == row);
  CHECK(cases.data(cases.index(row), CaseListModel::StatusRole) == "withdrawn");
  CHECK(listed(cases) == before);
  CHECK(listed(cases) == rebuilt(*s.backend));

  SECTION("a new case appears on top") {
    QSignalSpy inserted(&cases, &QAbstractItemModel::rowsInserted);
    REQUIRE(s.backend->intake()->recordComplainant({{"name", "A"}, {"kind", "person"}, {"idNumber", "1"}}));
    const QString opened = s.backend->intake()->caseNumber();
    CHECK(reset.count() == 0);
    REQUIRE(inserted.count() == 1);
    CHECK(inserted.at(0).at(1).toInt() == 0);
    CHECK(cases.caseIdAt(0) == opened);
    CHECK(cases.totalCount() == before.size() + 1);
    CHECK(listed(cases) == rebuilt(*s.backend));
  }
  SECTION("a row the status filter hid appears when the action makes it match") {
    QString other;
    for (int i = 0; i < cases.rowCount() && other.isEmpty(); ++i)
      if (cases.data(cases.index(i), CaseListModel::StatusRole) == "notice_served") other = cases.caseIdAt(i);
    REQUIRE_FALSE(other.isEmpty());
    cases.showStatus("withdrawn");
    REQUIRE(listed(cases) == QStringList{number});
    REQUIRE(s.backend->append(ev::kCaseWithdrawn, {{"case_number", other.toStdString()}}, {}, &error));
    CHECK(listed(cases).contains(other));
    CHECK(listed(cases) == rebuilt(*s.backend));
  }
  SECTION("the booth view's counts follow an action on one of its cases") {
    // The first open case and its booth (every open state may be withdrawn).
    QString target;
    for (int i = 0; i < cases.rowCount() && target.isEmpty(); ++i)
      if (CaseListModel::isOpen(cases.data(cases.index(i), CaseListModel::StatusRole).toString()) &&
          !cases.data(cases.index(i), CaseListModel::BoothRole).toString().isEmpty())
        target = cases.caseIdAt(i);
    REQUIRE_FALSE(target.isEmpty());
    cases.setFilter(cases.data(cases.index(rowOf(cases, target)), CaseListModel::BoothRole).toString());
    REQUIRE_FALSE(cases.boothInView().isEmpty());
    const int open = cases.boothSummary().value("open").toInt();
    REQUIRE(s.backend->append(ev::kCaseWithdrawn, {{"case_number", target.toStdString()}}, {}, &error));
    CHECK(cases.boothSummary().value("open").toInt() == open - 1);
    CHECK(listed(cases).contains(target));
    CHECK(listed(cases) == rebuilt(*s.backend));
  }
}
