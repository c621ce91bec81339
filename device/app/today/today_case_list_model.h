#pragma once
// A short list of cases on the Today page (deadlines due soon, my cases): number, status,
// booth, complainant and the times the rows are sorted by.
#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <vector>

#include "today_summary.h"

namespace fg {

class TodayCaseListModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("owned by TodayModel")
  Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
 public:
  enum Roles {
    CaseNumberRole = Qt::UserRole + 1,
    StatusRole,
    BoothRole,
    ComplainantRole,
    ReceivedAtRole,
    DeadlineAtRole,
    LastActionAtRole,
  };
  Q_ENUM(Roles)

  explicit TodayCaseListModel(QObject* parent = nullptr);

  // Replaces the rows; a list equal to the current one changes nothing (the page does not
  // flicker every 30 s when the clock ticks).
  void setRows(std::vector<TodayCase> rows);
  const std::vector<TodayCase>& rows() const { return rows_; }
  Q_INVOKABLE QString caseNumberAt(int row) const;

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

 signals:
  void countChanged();

 private:
  std::vector<TodayCase> rows_;
};

}  // namespace fg
