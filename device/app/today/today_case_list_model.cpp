#include "today_case_list_model.h"

namespace fg {

TodayCaseListModel::TodayCaseListModel(QObject* parent) : QAbstractListModel(parent) {}

void TodayCaseListModel::setRows(std::vector<TodayCase> rows) {
  if (rows == rows_) return;
  beginResetModel();
  rows_ = std::move(rows);
  endResetModel();
  emit countChanged();
}

QString TodayCaseListModel::caseNumberAt(int row) const {
  if (row < 0 || row >= rowCount()) return {};
  return QString::fromStdString(rows_[static_cast<std::size_t>(row)].number);
}

int TodayCaseListModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

QVariant TodayCaseListModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
  const TodayCase& r = rows_[static_cast<std::size_t>(index.row())];
  switch (role) {
    case Qt::DisplayRole:
    case CaseNumberRole:
      return QString::fromStdString(r.number);
    case StatusRole:
      return QString::fromUtf8(to_string(r.state));
    case BoothRole:
      return QString::fromStdString(r.booth);
    case ComplainantRole:
      return QString::fromStdString(r.complainant);
    case ReceivedAtRole:
      return static_cast<qint64>(r.received);
    case DeadlineAtRole:
      return static_cast<qint64>(r.deadline);
    case LastActionAtRole:
      return static_cast<qint64>(r.last_action);
    default:
      return {};
  }
}

QHash<int, QByteArray> TodayCaseListModel::roleNames() const {
  return {{CaseNumberRole, "caseNumber"},    {StatusRole, "status"},         {BoothRole, "booth"},
          {ComplainantRole, "complainant"},  {ReceivedAtRole, "receivedAt"}, {DeadlineAtRole, "deadlineAt"},
          {LastActionAtRole, "lastActionAt"}};
}

}  // namespace fg
