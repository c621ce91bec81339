#include "kiosk_queue_model.h"

namespace fg {

KioskQueueModel::KioskQueueModel(QObject* parent) : QAbstractListModel(parent) {}

void KioskQueueModel::setSubmissions(const std::vector<KioskSubmission>* submissions) {
  submissions_ = submissions;
  reload();
}

void KioskQueueModel::setHidden(bool hidden) {
  if (hidden == hidden_) return;
  hidden_ = hidden;
  reload();
}

void KioskQueueModel::reload() {
  beginResetModel();
  endResetModel();
  emit countChanged();
}

int KioskQueueModel::submissionIdAt(int row) const {
  if (row < 0 || row >= rowCount()) return 0;
  return (*submissions_)[static_cast<std::size_t>(row)].id;
}

int KioskQueueModel::rowCount(const QModelIndex& parent) const {
  if (parent.isValid() || hidden_ || !submissions_) return 0;
  return static_cast<int>(submissions_->size());
}

QVariant KioskQueueModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
  const KioskSubmission& s = (*submissions_)[static_cast<std::size_t>(index.row())];
  switch (role) {
    case SubmissionIdRole:
      return s.id;
    case ReceivedAtRole:
      return s.receivedAt;
    case LanguageRole:
      return s.language;
    case Qt::DisplayRole:
    case NameRole:
      return s.fields.value(QStringLiteral("name"));
    case RightTypeRole:
      return s.fields.value(QStringLiteral("rightType"));
    case RightNumberRole:
      return s.fields.value(QStringLiteral("number"));
    case BoothRole:
      return s.fields.value(QStringLiteral("booth"));
    case TakenByRole:
      return s.takenBy;
    default:
      return {};
  }
}

QHash<int, QByteArray> KioskQueueModel::roleNames() const {
  return {{SubmissionIdRole, "submissionId"},
          {ReceivedAtRole, "receivedAt"},
          {LanguageRole, "language"},
          {NameRole, "name"},
          {RightTypeRole, "rightType"},
          {RightNumberRole, "rightNumber"},
          {BoothRole, "booth"},
          {TakenByRole, "takenBy"}};
}

}  // namespace fg
