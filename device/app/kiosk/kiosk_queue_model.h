#pragma once
// The officer's view of the self-service submissions waiting at this station. Shows nothing
// while kiosk mode is on: the kiosk must not show one complainant another's details.
#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <vector>

#include "kiosk_submission.h"

namespace fg {

class KioskQueueModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("owned by KioskDesk")
  Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
 public:
  enum Roles {
    SubmissionIdRole = Qt::UserRole + 1,
    ReceivedAtRole,
    LanguageRole,
    NameRole,
    RightTypeRole,
    RightNumberRole,
    BoothRole,
    TakenByRole,
  };
  Q_ENUM(Roles)

  explicit KioskQueueModel(QObject* parent = nullptr);

  void setSubmissions(const std::vector<KioskSubmission>* submissions);  // not owned
  void setHidden(bool hidden);
  void reload();  // after the list changed

  Q_INVOKABLE int submissionIdAt(int row) const;
  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

 signals:
  void countChanged();

 private:
  const std::vector<KioskSubmission>* submissions_ = nullptr;
  bool hidden_ = false;
};

}  // namespace fg
