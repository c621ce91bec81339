#pragma once
// What the header bar says about sync: "never", "offline", "syncing", "synced" or "error", when
// the last sync succeeded, and how many of this station's events the relay does not have yet.
// The sync worker writes it; the pages read it through the backend.
#include <QObject>
#include <QString>

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

 signals:
  void changed();

 private:
  QString state_ = QStringLiteral("never");
  qint64 last_sync_at_ = 0;
  int unsynced_events_ = 0;
};

}  // namespace fg
