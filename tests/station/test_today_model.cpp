// The Today page: counts by status for the fair day and overall (checked against a count made
// directly from the stored events), defence deadlines due soon (ordered, bounded) and the
// signed-in officer's cases, on a real store with a fixed clock in the fair's time zone.
#include <QDateTime>
#include <QSignalSpy>

#include <catch2/catch.hpp>

#include <map>
#include <set>

#include "case_controller.h"
#include "intake_wizard.h"
#include "station_fixture.h"
#include "today_model.h"

using namespace fg;
using fg::test::Station;

namespace {

constexpr qint64 kHour = 3600LL * 1000;

qint64 at(const char* iso) { return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch(); }

enum Stage { Draft, Accepted, Rejected, Served, Answered, Decided };

// One complaint through the wizard and the case page up to `stage`, as the signed-in officer,
// at the backend's (fixed) clock.
std::string make_case(Station& s, int n, Stage stage) {
  const std::string id = "91440300MA5T" + std::to_string(1000 + n);
  const std::string number = fg::test::intake_to_admissibility(*s.backend, s.fair, "9.1K23", id.c_str());
  IntakeWizard& w = *s.backend->intake();
  if (stage == Draft) return number;
  if (stage == Rejected) {
    REQUIRE(w.reject("The right had lapsed."));
    return number;
  }
  REQUIRE(w.saveSignature(fg::test::drawn_signature(), "Signer"));
  REQUIRE(w.accept({}));
  if (stage == Accepted) return number;
  CaseController& page = *s.backend->currentCase();
  page.setCaseNumber(QString::fromStdString(number));
  REQUIRE(page.serveNotice(QString::fromStdString(s.fair.sticker("9.1K23")), "Booth manager"));
  if (stage == Served) return number;
  REQUIRE(page.recordDefence("Own design."));
  if (stage == Answered) return number;
  REQUIRE(page.recordDecision("exhibit_covered", {"exhibit_covered"}, "none", "Same design as the patent."));
  return number;
}

// The state of each case and when it was received, read from the events themselves (the last
// state-changing event of the case; every event here is valid), not from the fold.
struct Independent {
  std::map<std::string, std::string> state;
  std::map<std::string, std::int64_t> received;
};
Independent count_events(Station& s) {
  static const std::map<std::string, std::string> moves = {
      {"case.opened", "draft"},           {"case.filed", "filed"},
      {"case.accepted", "accepted"},      {"case.rejected", "rejected"},
      {"notice.served", "notice_served"}, {"defence.recorded", "defence_received"},
      {"decision.recorded", "decided"},   {"case.closed", "closed"}};
  Independent out;
  for (const SignedEvent& e : s.backend->store()->all_in_fold_order()) {
    const std::string number = e.event.body.value("case_number", "");
    if (number.empty()) continue;
    if (const auto m = moves.find(e.event.type); m != moves.end()) out.state[number] = m->second;
    if (e.event.type == "case.opened") out.received[number] = e.event.body.at("received_at").get<std::int64_t>();
  }
  return out;
}

int count_in(const QVariantList& counts, const QString& status, const char* which) {
  for (const QVariant& v : counts)
    if (v.toMap().value("status").toString() == status) return v.toMap().value(which).toInt();
  return 0;
}

}  // namespace

TEST_CASE("today counts by status equal an independent count over the events, in the fair's day", "[station]") {
  Station s;
  s.signIn();
  // The demo fair is in Asia/Shanghai (UTC+8). Day 1: 15 October, day 2: 16 October.
  s.backend->setFixedNow(at("2025-10-15T10:00:00+08:00"));
  make_case(s, 1, Accepted);
  make_case(s, 2, Served);
  make_case(s, 3, Draft);
  s.backend->setFixedNow(at("2025-10-15T23:50:00+08:00"));  // still day 1 locally
  make_case(s, 4, Rejected);
  // 00:30 on day 2 locally is 16:30 UTC on day 1: the fair's day, not UTC's, decides.
  s.backend->setFixedNow(at("2025-10-16T00:30:00+08:00"));
  make_case(s, 5, Accepted);
  s.backend->setFixedNow(at("2025-10-16T09:00:00+08:00"));
  make_case(s, 6, Answered);
  make_case(s, 7, Decided);
  make_case(s, 8, Draft);
  make_case(s, 9, Accepted);
  s.backend->setFixedNow(at("2025-10-16T15:00:00+08:00"));

  TodayModel model;
  model.setBackend(s.backend.get());
  const qint64 day_start = at("2025-10-16T00:00:00+08:00"), day_end = at("2025-10-17T00:00:00+08:00");
  CHECK(model.dayStart() == day_start);
  CHECK(model.dayEnd() == day_end);

  const Independent ind = count_events(s);
  REQUIRE(ind.state.size() == 9);
  std::map<std::string, int> today, overall;
  for (const auto& [number, state] : ind.state) {
    ++overall[state];
    const std::int64_t r = ind.received.at(number);
    if (r >= day_start && r < day_end) ++today[state];
  }
  CHECK(model.overallTotal() == 9);
  CHECK(model.todayTotal() == 5);
  int listed = 0;
  for (const QVariant& v : model.statusCounts()) {
    const QString status = v.toMap().value("status").toString();
    INFO(status.toStdString());
    CHECK(v.toMap().value("overall").toInt() == overall[status.toStdString()]);
    CHECK(v.toMap().value("today").toInt() == today[status.toStdString()]);
    listed += v.toMap().value("overall").toInt();
  }
  CHECK(listed == 9);  // every case is in one listed status
  CHECK(count_in(model.statusCounts(), "accepted", "today") == 2);
  CHECK(count_in(model.statusCounts(), "accepted", "overall") == 3);

  // Tapping a count shows exactly those cases on the dashboard.
  CaseListModel& list = *s.backend->cases();
  list.showStatus("accepted", model.dayStart(), model.dayEnd());
  CHECK(list.rowCount() == 2);
  list.showStatus("accepted");
  CHECK(list.rowCount() == 3);
  list.clearStatus();
  CHECK(list.rowCount() == 9);

  // A new case today moves the counts at once.
  QSignalSpy changed(&model, &TodayModel::changed);
  make_case(s, 10, Draft);
  CHECK_FALSE(changed.isEmpty());
  CHECK(model.todayTotal() == 6);
  CHECK(count_in(model.statusCounts(), "draft", "today") == today["draft"] + 1);
}

TEST_CASE("due-soon defence deadlines are the overdue and every running countdown, earliest first, bounded",
          "[station]") {
  Station s;
  s.signIn();
  const qint64 now = at("2025-10-16T12:00:00+08:00");
  // Notices served so that deadlines (served + 24 h) fall at now -1 h, +0.5 h, +3 h, +5 h, +14 h.
  std::vector<std::pair<qint64, std::string>> served;
  for (const qint64 offset : {-1 * kHour, kHour / 2, 3 * kHour, 5 * kHour, 14 * kHour}) {
    s.backend->setFixedNow(now + offset - 24 * kHour);
    served.emplace_back(now + offset, make_case(s, static_cast<int>(served.size()), Served));
  }
  s.backend->setFixedNow(now - 30 * kHour);
  make_case(s, 20, Answered);  // answered: no longer due, even though its deadline passed
  s.backend->setFixedNow(now);

  TodayModel model;
  model.setBackend(s.backend.get());
  // The window is the whole 24 h defence period: +14 h is listed too (it was cut at 6 h).
  REQUIRE(model.dueTotal() == 5);
  TodayCaseListModel& due = *model.dueSoon();
  REQUIRE(due.rowCount() == 5);
  for (int i = 0; i < 5; ++i) {
    CHECK(due.caseNumberAt(i).toStdString() == served[static_cast<std::size_t>(i)].second);
    CHECK(due.data(due.index(i), TodayCaseListModel::DeadlineAtRole).toLongLong() ==
          served[static_cast<std::size_t>(i)].first);
  }

  // Bounded: the earliest `due_limit` only, the total still counted.
  TodayQuery q;
  q.now = now;
  q.due_limit = 2;
  const TodaySummary bounded = summarize_today(s.backend->fold(), q);
  CHECK(bounded.due_total == 5);
  REQUIRE(bounded.due_soon.size() == 2);
  CHECK(bounded.due_soon[0].number == served[0].second);
  CHECK(bounded.due_soon[1].number == served[1].second);

  // Defence recorded on the overdue one: it leaves the list.
  s.backend->currentCase()->setCaseNumber(QString::fromStdString(served[0].second));
  REQUIRE(s.backend->currentCase()->recordDefence("Late answer."));
  CHECK(model.dueTotal() == 4);
  CHECK(due.caseNumberAt(0).toStdString() == served[1].second);
}

TEST_CASE("my cases follow the officer who signed in", "[station]") {
  Station s;
  s.signIn("OF-017", "1234");
  const std::string a = make_case(s, 1, Accepted);
  const std::string b = make_case(s, 2, Draft);
  s.signIn("OF-023", "4321");
  const std::string c = make_case(s, 3, Draft);
  s.backend->currentCase()->setCaseNumber(QString::fromStdString(a));
  REQUIRE(s.backend->currentCase()->serveNotice(QString::fromStdString(s.fair.sticker("9.1K23")), {}));

  TodayModel model;
  model.setBackend(s.backend.get());
  auto numbers = [&] {
    std::set<std::string> out;
    TodayCaseListModel& mine = *model.myCases();
    for (int i = 0; i < mine.rowCount(); ++i) {
      out.insert(mine.caseNumberAt(i).toStdString());
      if (i > 0)  // the officer's latest action first
        CHECK(mine.data(mine.index(i - 1), TodayCaseListModel::LastActionAtRole).toLongLong() >=
              mine.data(mine.index(i), TodayCaseListModel::LastActionAtRole).toLongLong());
    }
    return out;
  };
  CHECK(numbers() == std::set<std::string>{a, c});  // OF-023 acted on a and opened c

  QSignalSpy rows(model.myCases(), &TodayCaseListModel::countChanged);
  s.signIn("OF-017", "1234");
  CHECK(numbers() == std::set<std::string>{a, b});
  s.backend->session()->lock();
  CHECK(model.myCases()->rowCount() == 0);  // nobody is acting
  CHECK(rows.count() >= 1);
}
