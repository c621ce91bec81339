#include "timeline_model.h"

#include <memory>

#include "cases/case.h"
#include "data_vault.h"
#include "station_enrolment.h"
#include "station_receipts.h"
#include "sync/receipt_store.h"

namespace fg {

TimelineModel::TimelineModel(QObject* parent) : QAbstractListModel(parent) {}

void TimelineModel::setParts(DataVault* vault, const StationEnrolment* enrolment, const StationReceipts* receipts) {
  vault_ = vault;
  enrolment_ = enrolment;
  receipts_ = receipts;
}

void TimelineModel::load(const Case* c) {
  beginResetModel();
  rows_.clear();
  EventStore* store = vault_ ? vault_->store() : nullptr;
  if (c && store && enrolment_) {
    // Receipts: only where a sync (or the demo) made receipts.db; its own short-lived connection.
    std::unique_ptr<sync::ReceiptStore> receipts;
    const std::string own = enrolment_->devicePublicHex();
    try {
      if (receipts_) receipts = receipts_->openExisting();
    } catch (const std::exception&) {
      receipts.reset();  // shown as not yet known (sealed); the sync header reports the error
    }
    for (const TimelineEntry& t : c->timeline) {
      TimelineRow r;
      r.type = QString::fromStdString(t.type);
      r.officer = QString::fromStdString(t.officer);
      const Officer* o = enrolment_->fairConfig().find_officer(t.officer);
      r.officerName = o ? QString::fromStdString(o->name) : r.officer;
      r.station = enrolment_->stationOf(t.ref.device);
      r.time = t.time;
      r.valid = t.valid;
      r.late = t.late;
      r.conflict = t.conflict;
      r.reason = QString::fromStdString(t.reason);
      r.stateAfter = QString::fromUtf8(to_string(t.state_after));
      // The store verified each event on import; this re-checks the stored bytes for display.
      const auto e = store->find(t.ref.device, t.ref.seq);
      r.signatureValid = e && e->hash_hex() == t.ref.hash && e->signature_valid();
      if (e && t.ref.device != own) {
        r.receipt = QStringLiteral("received");  // another station's event came through the bureau
      }
      if (e && receipts) {
        const auto state = receipts->state(e->hash);
        if (state != sync::ReceiptState::Sealed) r.receipt = QString::fromLatin1(sync::describe(state));
        if (state == sync::ReceiptState::Logged)
          if (auto rec = receipts->receipt(e->hash)) r.logIndex = static_cast<qint64>(rec->proof.leaf_index);
      }
      rows_.push_back(std::move(r));
    }
  }
  endResetModel();
}

int TimelineModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
  const TimelineRow& r = rows_[static_cast<std::size_t>(index.row())];
  switch (role) {
    case Qt::DisplayRole:
    case TypeRole:
      return r.type;
    case OfficerRole:
      return r.officer;
    case OfficerNameRole:
      return r.officerName;
    case StationRole:
      return r.station;
    case TimeRole:
      return r.time;
    case ValidRole:
      return r.valid;
    case LateRole:
      return r.late;
    case ConflictRole:
      return r.conflict;
    case ReasonRole:
      return r.reason;
    case SignatureValidRole:
      return r.signatureValid;
    case StateAfterRole:
      return r.stateAfter;
    case ReceiptRole:
      return r.receipt;
    case LogIndexRole:
      return r.logIndex;
    default:
      return {};
  }
}

QHash<int, QByteArray> TimelineModel::roleNames() const {
  return {{TypeRole, "type"},
          {OfficerRole, "officer"},
          {OfficerNameRole, "officerName"},
          {StationRole, "station"},
          {TimeRole, "time"},
          {ValidRole, "valid"},
          {LateRole, "late"},
          {ConflictRole, "conflict"},
          {ReasonRole, "reason"},
          {SignatureValidRole, "signatureValid"},
          {StateAfterRole, "stateAfter"},
          {ReceiptRole, "receipt"},
          {LogIndexRole, "logIndex"}};
}

}  // namespace fg
