#pragma once
// The dashboard's case list: all cases of the fair with status, booth, right type and the
// countdown to the defence deadline, filtered by a search text that matches booth,
// complainant, patent number or case number (case-insensitive, spaces and dots ignored).
#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <vector>

#include "case_row.h"

namespace fg {

class CaseListModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("owned by StationBackend")
  Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)
  Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
  Q_PROPERTY(int totalCount READ totalCount NOTIFY countChanged)
  // The Today page's counts open the list narrowed to one status (and received within a day).
  Q_PROPERTY(QString statusFilter READ statusFilter NOTIFY filterChanged)
  Q_PROPERTY(bool dayFilter READ dayFilter NOTIFY filterChanged)
 public:
  enum Roles {
    CaseIdRole = Qt::UserRole + 1,
    CaseNumberRole,
    StatusRole,
    BoothRole,
    ComplainantRole,
    RespondentRole,
    RightTypeRole,
    RightNumberRole,
    ReceivedAtRole,
    DeadlineAtRole,
    FlaggedRole,
  };
  Q_ENUM(Roles)

  explicit CaseListModel(QObject* parent = nullptr);

  // Replaces all rows (after a fold); keeps the filter.
  void setRows(std::vector<CaseRow> rows);
  const std::vector<CaseRow>& allRows() const { return rows_; }

  QString filter() const { return filter_; }
  void setFilter(const QString& text);
  int totalCount() const { return static_cast<int>(rows_.size()); }
  QString statusFilter() const { return status_filter_; }
  bool dayFilter() const { return received_to_ > 0; }
  // Only cases in `status`; with receivedTo > 0, only those received in [receivedFrom, receivedTo).
  Q_INVOKABLE void showStatus(const QString& status, qint64 receivedFrom = 0, qint64 receivedTo = 0);
  Q_INVOKABLE void clearStatus() { showStatus({}); }
  // Kiosk mode: no row is shown (or handed out by caseIdAt) until an officer exits it.
  void setLocked(bool locked);

  Q_INVOKABLE QString caseIdAt(int row) const;

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

  // The key a search text and a row's fields are compared on.
  static QString searchKey(const QString& text);

 signals:
  void filterChanged();
  void countChanged();

 private:
  void refilter();
  void computeVisible();

  std::vector<CaseRow> rows_;
  std::vector<QString> keys_;  // precomputed search key per row
  std::vector<int> visible_;   // indexes into rows_
  QString filter_;
  QString status_filter_;
  qint64 received_from_ = 0;
  qint64 received_to_ = 0;
  bool locked_ = false;
};

}  // namespace fg
