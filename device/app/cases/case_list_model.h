#pragma once
// The dashboard's case list: all cases of the fair with status, booth, right type and the
// countdown to the defence deadline, filtered by a search text that matches booth, exhibitor,
// complainant, patent number or case number (case-insensitive, spaces and dots ignored). A
// scanned booth sticker searches its booth; a search that names one booth exactly opens the
// booth view (boothInView and boothSummary: the booth's cases, how many open, what is due).
#include <QAbstractListModel>
#include <QVariantMap>
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
  // The booth the search names (a sticker's, or one booth's code typed in full); else empty.
  Q_PROPERTY(QString boothInView READ boothInView NOTIFY countChanged)
  // For the booth in view: {cases, open, nextDeadline (ms UTC, 0 when none)}.
  Q_PROPERTY(QVariantMap boothSummary READ boothSummary NOTIFY countChanged)
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
  // One case changed (an action): row `at` is replaced when it shows row.caseId, else the row
  // is inserted there (a new case). Only that row is signalled, so the list keeps its other
  // delegates and its scroll position.
  void updateRow(std::size_t at, CaseRow row);
  const std::vector<CaseRow>& allRows() const { return rows_; }

  QString filter() const { return filter_; }
  void setFilter(const QString& text);
  int totalCount() const { return static_cast<int>(rows_.size()); }
  QString statusFilter() const { return status_filter_; }
  bool dayFilter() const { return received_to_ > 0; }
  QString boothInView() const { return booth_in_view_; }
  QVariantMap boothSummary() const;
  // Only cases in `status`; with receivedTo > 0, only those received in [receivedFrom, receivedTo).
  Q_INVOKABLE void showStatus(const QString& status, qint64 receivedFrom = 0, qint64 receivedTo = 0);
  Q_INVOKABLE void clearStatus() { showStatus({}); }
  // The fair's booth codes, so that a booth without cases still opens its (empty) booth view.
  void setFairBooths(const QStringList& booths);
  // Kiosk mode: no row is shown (or handed out by caseIdAt) until an officer exits it.
  void setLocked(bool locked);

  Q_INVOKABLE QString caseIdAt(int row) const;

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

  // The key a search text and a row's fields are compared on.
  static QString searchKey(const QString& text);
  // What a search text looks for: the booth of a scanned sticker, else the text itself.
  static QString searchTarget(const QString& text);
  // Whether a case in this status still waits for something (the booth view's "open").
  static bool isOpen(const QString& status);

 signals:
  void filterChanged();
  void countChanged();

 private:
  void refilter();
  void computeVisible();
  void setKeys(std::size_t i);
  // Whether row i passes the filters, for a search key `key` (of searchTarget(filter_)).
  bool matches(std::size_t i, const QString& key) const;

  std::vector<CaseRow> rows_;
  std::vector<QString> keys_;        // precomputed search key per row
  std::vector<QString> booth_keys_;  // precomputed search key of each row's booth
  QString booth_in_view_;
  QHash<QString, QString> fair_booths_;  // search key -> booth code as the fair lists it
  std::vector<int> visible_;             // indexes into rows_
  QString filter_;
  QString status_filter_;
  qint64 received_from_ = 0;
  qint64 received_to_ = 0;
  bool locked_ = false;
};

}  // namespace fg
