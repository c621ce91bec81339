#pragma once
// A case's timeline: every event of the case in fold order, with who acted, when, on which
// station, whether the signature verifies, and whether the fold applied it (invalid, late or
// conflicting events are kept and shown with the reason), and how far the bureau has it:
// sealed on this device, received by the bureau, or in the bureau log with its proof checked
// (the station's receipts.db, docs/receipts.md).
#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace fg {

class DataVault;
class StationEnrolment;
class StationReceipts;
struct Case;

struct TimelineRow {
  QString type, officer, officerName, station, reason, stateAfter;
  QString receipt = QStringLiteral("sealed");  // "sealed", "received" or "logged"
  qint64 logIndex = -1;                        // leaf index in the bureau log when logged
  qint64 time = 0;
  bool valid = true, late = false, conflict = false, signatureValid = false;
};

class TimelineModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("owned by CaseController")
 public:
  enum Roles {
    TypeRole = Qt::UserRole + 1,
    OfficerRole,
    OfficerNameRole,
    StationRole,
    TimeRole,
    ValidRole,
    LateRole,
    ConflictRole,
    ReasonRole,
    SignatureValidRole,
    StateAfterRole,
    ReceiptRole,
    LogIndexRole,
  };
  Q_ENUM(Roles)

  explicit TimelineModel(QObject* parent = nullptr);
  // Where the rows come from: the stored events (signatures re-checked for display), the
  // fair configuration (officers' names, station codes) and the receipts.
  void setParts(DataVault* vault, const StationEnrolment* enrolment, const StationReceipts* receipts);
  // Rebuilds from the case (nullptr clears).
  void load(const Case* c);
  const std::vector<TimelineRow>& rows() const { return rows_; }

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

 private:
  DataVault* vault_ = nullptr;
  const StationEnrolment* enrolment_ = nullptr;
  const StationReceipts* receipts_ = nullptr;
  std::vector<TimelineRow> rows_;
};

}  // namespace fg
