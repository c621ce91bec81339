#include "case_list_model.h"

namespace fg {

CaseListModel::CaseListModel(QObject* parent) : QAbstractListModel(parent) {}

QString CaseListModel::searchKey(const QString& text) {
  QString key;
  key.reserve(text.size());
  for (const QChar c : text) {
    // "ZL 2019 1 0123456.7" and "201910123456.7" must find each other.
    if (c.isSpace() || c == QLatin1Char('.') || c == QLatin1Char('-')) continue;
    key.append(c.toCaseFolded());
  }
  if (key.startsWith(QLatin1String("zl"))) key.remove(0, 2);
  return key;
}

void CaseListModel::setRows(std::vector<CaseRow> rows) {
  beginResetModel();
  rows_ = std::move(rows);
  keys_.clear();
  keys_.reserve(rows_.size());
  for (const CaseRow& r : rows_) {
    // One key per row with a separator no search key contains.
    keys_.push_back(searchKey(r.booth) + QChar(0x1f) + searchKey(r.complainant) + QChar(0x1f) +
                    searchKey(r.rightNumber) + QChar(0x1f) + searchKey(r.caseNumber));
  }
  computeVisible();
  endResetModel();
  emit countChanged();
}

void CaseListModel::setFilter(const QString& text) {
  if (text == filter_) return;
  filter_ = text;
  refilter();
  emit filterChanged();
}

void CaseListModel::showStatus(const QString& status, qint64 receivedFrom, qint64 receivedTo) {
  status_filter_ = status;
  received_from_ = status.isEmpty() ? 0 : receivedFrom;
  received_to_ = status.isEmpty() ? 0 : receivedTo;
  refilter();
  emit filterChanged();
}

void CaseListModel::setLocked(bool locked) {
  if (locked == locked_) return;
  locked_ = locked;
  refilter();
}

void CaseListModel::refilter() {
  beginResetModel();
  computeVisible();
  endResetModel();
  emit countChanged();
}

void CaseListModel::computeVisible() {
  visible_.clear();
  if (locked_) return;
  const QString key = searchKey(filter_);
  for (int i = 0; i < static_cast<int>(rows_.size()); ++i) {
    const CaseRow& r = rows_[static_cast<std::size_t>(i)];
    if (!status_filter_.isEmpty() && r.status != status_filter_) continue;
    if (received_to_ > 0 && (r.receivedAt < received_from_ || r.receivedAt >= received_to_)) continue;
    if (key.isEmpty() || keys_[i].contains(key)) visible_.push_back(i);
  }
}

QString CaseListModel::caseIdAt(int row) const {
  if (row < 0 || row >= rowCount()) return {};
  return rows_[visible_[row]].caseId;
}

int CaseListModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(visible_.size());
}

QVariant CaseListModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
  const CaseRow& r = rows_[visible_[index.row()]];
  switch (role) {
    case Qt::DisplayRole:
    case CaseNumberRole:
      return r.caseNumber;
    case CaseIdRole:
      return r.caseId;
    case StatusRole:
      return r.status;
    case BoothRole:
      return r.booth;
    case ComplainantRole:
      return r.complainant;
    case RespondentRole:
      return r.respondent;
    case RightTypeRole:
      return r.rightType;
    case RightNumberRole:
      return r.rightNumber;
    case ReceivedAtRole:
      return r.receivedAt;
    case DeadlineAtRole:
      return r.deadlineAt;
    case FlaggedRole:
      return r.flagged;
    default:
      return {};
  }
}

QHash<int, QByteArray> CaseListModel::roleNames() const {
  return {{CaseIdRole, "caseId"},         {CaseNumberRole, "caseNumber"},   {StatusRole, "status"},
          {BoothRole, "booth"},           {ComplainantRole, "complainant"}, {RespondentRole, "respondent"},
          {RightTypeRole, "rightType"},   {RightNumberRole, "rightNumber"}, {ReceivedAtRole, "receivedAt"},
          {DeadlineAtRole, "deadlineAt"}, {FlaggedRole, "flagged"}};
}

}  // namespace fg
