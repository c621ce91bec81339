#include "today_model.h"

#include <QDateTime>

#include "station_backend.h"

namespace fg {

TodayModel::TodayModel(QObject* parent) : QObject(parent) {}

void TodayModel::setBackend(StationBackend* backend) {
  if (backend == backend_) return;
  if (backend_) {
    disconnect(backend_, nullptr, this, nullptr);
    disconnect(backend_->session(), nullptr, this, nullptr);
    disconnect(backend_->kioskDesk(), nullptr, this, nullptr);
  }
  backend_ = backend;
  if (backend_) {
    connect(backend_, &StationBackend::eventsChanged, this, &TodayModel::refresh);
    connect(backend_, &StationBackend::nowChanged, this, &TodayModel::refresh);
    connect(backend_, &StationBackend::configChanged, this, &TodayModel::refresh);
    connect(backend_->session(), &OfficerSession::changed, this, &TodayModel::refresh);
    connect(backend_->kioskDesk(), &KioskDesk::activeChanged, this, &TodayModel::refresh);
  }
  emit backendChanged();
  refresh();
}

void TodayModel::refresh() {
  TodayQuery q;
  if (backend_) {
    q.now = backend_->now();
    // The fair day runs from local midnight to local midnight in the fair's time zone.
    const QTimeZone zone = backend_->timeZone();
    const QDate day = QDateTime::fromMSecsSinceEpoch(q.now, zone).date();
    q.day_start = QDateTime(day, QTime(0, 0), zone).toMSecsSinceEpoch();
    q.day_end = QDateTime(day.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch();
    q.due_window = static_cast<std::int64_t>(kDueWindowHours) * 3600 * 1000;
    q.due_limit = kDueLimit;
    // A locked session has no officer acting: the list stays empty until someone signs in.
    if (backend_->session()->signedIn()) q.officer = backend_->session()->officer();
  }
  // The self-service kiosk shows no case, not even counts.
  const bool shown = backend_ && !backend_->caseAccess().casesHidden();
  summary_ = shown ? summarize_today(backend_->fold(), q) : TodaySummary{};
  day_start_ = q.day_start;
  day_end_ = q.day_end;
  status_counts_.clear();
  for (const CaseState s : today_state_order()) {
    const auto all = summary_.overall.find(s);
    if (all == summary_.overall.end()) continue;
    const auto today = summary_.today.find(s);
    status_counts_.append(QVariantMap{{QStringLiteral("status"), QString::fromUtf8(to_string(s))},
                                      {QStringLiteral("today"), today == summary_.today.end() ? 0 : today->second},
                                      {QStringLiteral("overall"), all->second}});
  }
  due_soon_.setRows(summary_.due_soon);
  my_cases_.setRows(summary_.mine);
  emit changed();
}

}  // namespace fg
