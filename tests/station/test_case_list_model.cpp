// The dashboard's case list: search by booth, complainant, patent number (however spaced)
// and case number.
#include <QSignalSpy>

#include <catch2/catch.hpp>

#include "case_list_model.h"
#include "station_fixture.h"

using namespace fg;

namespace {
std::vector<CaseRow> rows() {
  return {
      {"a", "CF138-S03-0001", "notice_served", "9.1K23", "Shenzhen Brightlight Co., Ltd.", "Ningbo Lumen", "design",
       "ZL 2019 3 0111222.5", 0, 0, false},
      {"b", "CF138-S03-0002", "accepted", "10.2B05", "Hoffmann Werkzeuge GmbH", "Yongkang Tools", "invention",
       "ZL 2017 1 0601862.3", 0, 0, false},
      {"c", "CF138-S01-0001", "draft", "12.1A01", "杭州青山茶具有限公司", "景德镇瓷源", "design", "ZL 2022 3 0777888.4",
       0, 0, false},
  };
}
}  // namespace

TEST_CASE("case search matches booth, complainant, patent number and case number", "[station]") {
  fg::test::ensure_app();
  CaseListModel model;
  model.setRows(rows());
  CHECK(model.rowCount() == 3);

  model.setFilter("10.2b05");  // booth, any case
  REQUIRE(model.rowCount() == 1);
  CHECK(model.caseIdAt(0) == "b");

  model.setFilter("hoffmann");
  REQUIRE(model.rowCount() == 1);
  CHECK(model.caseIdAt(0) == "b");

  model.setFilter("201710601862.3");  // patent number typed without ZL and spaces
  REQUIRE(model.rowCount() == 1);
  CHECK(model.caseIdAt(0) == "b");

  model.setFilter("青山");
  REQUIRE(model.rowCount() == 1);
  CHECK(model.caseIdAt(0) == "c");

  model.setFilter("S01-0001");
  REQUIRE(model.rowCount() == 1);
  CHECK(model.caseIdAt(0) == "c");

  model.setFilter("no such thing");
  CHECK(model.rowCount() == 0);
  CHECK(model.totalCount() == 3);

  model.setFilter("");
  CHECK(model.rowCount() == 3);
  CHECK(model.data(model.index(0), CaseListModel::BoothRole).toString() == "9.1K23");
  CHECK(model.roleNames().value(CaseListModel::DeadlineAtRole) == "deadlineAt");
}

TEST_CASE("the dashboard lists the fold of the store, newest first, with the defence deadline", "[station]") {
  fg::test::Station s;
  QString error;
  s.signIn();  // else add_demo_cases signs out at the end, which closes the encrypted stores
  const bool added = add_demo_cases(*s.backend, s.fair, 7, &error);
  INFO(error.toStdString());
  REQUIRE(added);
  CaseListModel& cases = *s.backend->cases();
  CHECK(cases.totalCount() == 7);
  CHECK(cases.caseIdAt(0) == "CF138-S03-0007");
  // Case 4 (stage 3) has its notice served: a deadline 24 h after serving.
  cases.setFilter("CF138-S03-0004");
  REQUIRE(cases.rowCount() == 1);
  CHECK(cases.data(cases.index(0), CaseListModel::StatusRole).toString() == "notice_served");
  const qint64 deadline = cases.data(cases.index(0), CaseListModel::DeadlineAtRole).toLongLong();
  CHECK(deadline > s.backend->now() + 23 * 3600 * 1000LL);
  CHECK(deadline <= s.backend->now() + 24 * 3600 * 1000LL);
}

TEST_CASE("a big station shows its first page at once and refuses actions until the cases are loaded", "[station]") {
  fg::test::Station s;
  QString error;
  s.signIn();  // else add_demo_cases signs out at the end, which closes the encrypted stores
  REQUIRE(add_demo_cases(*s.backend, s.fair, 7, &error));
  const auto before = s.events();

  StationBackend restarted;
  restarted.setDeferredLoading(true);
  REQUIRE(restarted.open(s.dir.path(), &error));
  REQUIRE(restarted.session()->trySignIn("OF-017", "1234"));
  if (restarted.loading()) {
    CHECK_FALSE(restarted.intake()->recordComplainant({{"name", "A"}, {"idNumber", "1"}}));
    CHECK(restarted.intake()->error().contains("loading"));
  }
  QSignalSpy loaded(&restarted, &StationBackend::loadingChanged);
  for (int i = 0; i < 100 && restarted.loading(); ++i) loaded.wait(100);
  REQUIRE_FALSE(restarted.loading());
  CHECK(restarted.cases()->totalCount() == 7);
  CHECK(restarted.store()->event_count() == before);
  // The next case number continues the station's own counter.
  REQUIRE(restarted.intake()->recordComplainant({{"name", "A"}, {"idNumber", "1"}}));
  CHECK(restarted.intake()->caseNumber() == "CF138-S03-0008");
}

TEST_CASE("case search also matches the exhibitor, in part and in either language", "[station]") {
  fg::test::ensure_app();
  CaseListModel model;
  model.setRows(rows());
  model.setFilter("lumen");
  REQUIRE(model.rowCount() == 1);
  CHECK(model.caseIdAt(0) == "a");
  model.setFilter("瓷源");
  REQUIRE(model.rowCount() == 1);
  CHECK(model.caseIdAt(0) == "c");
  CHECK(model.boothInView().isEmpty());  // a name is not a booth: the plain list
}

TEST_CASE("a booth code typed in full opens the booth view: its cases only, how many are open, what is due",
          "[station]") {
  fg::test::ensure_app();
  CaseListModel model;
  auto r = rows();
  r.push_back(
      {"d", "CF138-S01-0002", "decided", "9.1K23", "Other Co.", "Ningbo Lumen", "trademark", "G1234567", 0, 0, false});
  r[0].deadlineAt = 5'000'000;
  model.setRows(r);
  model.setFairBooths({"9.1K23", "9.1K27", "10.2B05", "12.1A01"});

  model.setFilter("9.1k23");
  CHECK(model.boothInView() == "9.1K23");
  REQUIRE(model.rowCount() == 2);
  const QVariantMap summary = model.boothSummary();
  CHECK(summary.value("cases").toInt() == 2);
  CHECK(summary.value("open").toInt() == 1);  // the decided one has ended
  CHECK(summary.value("nextDeadline").toLongLong() == 5'000'000);

  // A booth of the fair without cases: the booth view, empty.
  model.setFilter("9.1K27");
  CHECK(model.boothInView() == "9.1K27");
  CHECK(model.rowCount() == 0);
  CHECK(model.boothSummary().value("cases").toInt() == 0);

  // A part of a booth code is a search, not a booth.
  model.setFilter("9.1K");
  CHECK(model.boothInView().isEmpty());
  CHECK(model.rowCount() == 2);  // "a" and "d", both at 9.1K23
}

TEST_CASE("a booth sticker scanned into the dashboard search opens that booth's view with the verdict", "[station]") {
  fg::test::Station s;
  QString error;
  s.signIn();
  REQUIRE(add_demo_cases(*s.backend, s.fair, 7, &error));
  CaseListModel& cases = *s.backend->cases();
  const int total = cases.totalCount();

  const QString genuine = QString::fromStdString(s.fair.sticker("9.1K23"));
  cases.setFilter(genuine);
  CHECK(cases.boothInView() == "9.1K23");
  REQUIRE(cases.rowCount() > 0);
  CHECK(cases.rowCount() < total);
  for (int i = 0; i < cases.rowCount(); ++i)
    CHECK(cases.data(cases.index(i), CaseListModel::BoothRole).toString() == "9.1K23");
  CHECK(s.backend->checkSticker(genuine).value("verdict").toString() == "genuine");
  const QVariantMap info = s.backend->boothInfo(cases.boothInView());
  CHECK(info.value("known").toBool());
  CHECK(info.value("hall").toString() == "9.1");
  CHECK(info.value("exhibitor").toString().contains("Ningbo Lumen"));

  // A forged sticker still names its booth (the officer is at that booth) but says FORGED.
  const QString forged = QString::fromStdString(s.forged_sticker("9.1K23"));
  cases.setFilter(forged);
  CHECK(cases.boothInView() == "9.1K23");
  CHECK(s.backend->checkSticker(forged).value("verdict").toString() == "forged");

  CHECK_FALSE(s.backend->boothInfo("99.9Z99").value("known").toBool());
}
