#pragma once
// What the header bar says about sync: "never", "offline" (the relay could not be reached),
// "syncing", "synced" or "error"; when the last sync completed and the relay's head for this
// station then (own events above it wait to be sent); how far this tablet's clock is from the
// relay's. The last sync is also kept in receipts.db, so it survives a restart.
// The sync worker writes it; the pages read it through the backend.
#include <QObject>
#include <QString>

#include <cstdint>
#include <optional>

namespace fg {

class SyncState : public QObject {
  Q_OBJECT
 public:
  explicit SyncState(QObject* parent = nullptr) : QObject(parent) {}

  QString state() const { return state_; }
  qint64 lastSyncAt() const { return last_sync_at_; }
  std::int64_t relayHead() const { return relay_head_; }
  void set(const QString& state, qint64 lastSyncAt, std::int64_t relayHead);
  // Only the state word changes (syncing, offline, error); the figures of the last sync stay.
  void setState(const QString& state) { set(state, last_sync_at_, relay_head_); }
  // The last sync as receipts.db kept it (a restarted station): taken unless a newer is known.
  void remember(qint64 lastSyncAt, std::int64_t relayHead);
  // This tablet's clock minus the bureau relay's (ms), as the last sync that could tell
  // measured it; unknown before (or with a relay that sends no time). Kept across failed syncs.
  std::optional<std::int64_t> clockOffsetMs() const { return clock_offset_ms_; }
  void setClockOffset(std::optional<std::int64_t> ms);

 signals:
  void changed();

 private:
  QString state_ = QStringLiteral("never");
  qint64 last_sync_at_ = 0;
  std::int64_t relay_head_ = 0;
  std::optional<std::int64_t> clock_offset_ms_;
};

}  // namespace fg
