#pragma once
// What the header bar says about sync: "never", "offline", "syncing", "synced" or "error", when
// the last sync succeeded, how many of this station's events the relay does not have yet, and
// how far this tablet's clock is from the relay's.
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
  int unsyncedEvents() const { return unsynced_events_; }
  void set(const QString& state, qint64 lastSyncAt, int unsyncedEvents);
  // Only the state word changes (syncing, error); the figures of the last sync stay.
  void setState(const QString& state) { set(state, last_sync_at_, unsynced_events_); }
  // This tablet's clock minus the bureau relay's (ms), as the last sync that could tell
  // measured it; unknown before (or with a relay that sends no time). Kept across failed syncs.
  std::optional<std::int64_t> clockOffsetMs() const { return clock_offset_ms_; }
  void setClockOffset(std::optional<std::int64_t> ms);

 signals:
  void changed();

 private:
  QString state_ = QStringLiteral("never");
  qint64 last_sync_at_ = 0;
  int unsynced_events_ = 0;
  std::optional<std::int64_t> clock_offset_ms_;
};

}  // namespace fg
