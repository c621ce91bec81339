#pragma once
// The Today page's model: the station's day in numbers and short lists (today_summary.h does
// the counting). Made in QML (`TodayModel { backend: ... }`) or in a test with setBackend();
// follows the fold, the clock and the signed-in officer.
#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include "today_case_list_model.h"

namespace fg {

class StationBackend;

class TodayModel : public QObject {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(fg::StationBackend* backend READ backend WRITE setBackend NOTIFY backendChanged)
  // [{status, today, overall}] in workflow order, states with at least one case.
  Q_PROPERTY(QVariantList statusCounts READ statusCounts NOTIFY changed)
  Q_PROPERTY(int todayTotal READ todayTotal NOTIFY changed)
  Q_PROPERTY(int overallTotal READ overallTotal NOTIFY changed)
  Q_PROPERTY(int dueTotal READ dueTotal NOTIFY changed)
  // double, not qint64: qmllint 6.4 knows no qint64 (docs/toolchain.md); exact below 2^53.
  Q_PROPERTY(double dayStart READ dayStart NOTIFY changed)
  Q_PROPERTY(double dayEnd READ dayEnd NOTIFY changed)
  Q_PROPERTY(int dueWindowHours READ dueWindowHours CONSTANT)
  Q_PROPERTY(fg::TodayCaseListModel* dueSoon READ dueSoon CONSTANT)
  Q_PROPERTY(fg::TodayCaseListModel* myCases READ myCases CONSTANT)
 public:
  // The whole defence period: every running countdown is listed, the nearest first.
  static constexpr int kDueWindowHours = 24;
  static constexpr int kDueLimit = 20;

  explicit TodayModel(QObject* parent = nullptr);

  StationBackend* backend() const { return backend_; }
  void setBackend(StationBackend* backend);

  QVariantList statusCounts() const { return status_counts_; }
  int todayTotal() const { return summary_.today_total; }
  int overallTotal() const { return summary_.overall_total; }
  int dueTotal() const { return summary_.due_total; }
  qint64 dayStart() const { return day_start_; }
  qint64 dayEnd() const { return day_end_; }
  int dueWindowHours() const { return kDueWindowHours; }
  TodayCaseListModel* dueSoon() { return &due_soon_; }
  TodayCaseListModel* myCases() { return &my_cases_; }
  const TodaySummary& summary() const { return summary_; }

  // Recomputes from the backend's fold now (also done on every change it signals).
  Q_INVOKABLE void refresh();

 signals:
  void backendChanged();
  void changed();

 private:
  StationBackend* backend_ = nullptr;
  TodaySummary summary_;
  QVariantList status_counts_;
  qint64 day_start_ = 0;
  qint64 day_end_ = 0;
  TodayCaseListModel due_soon_;
  TodayCaseListModel my_cases_;
};

}  // namespace fg
