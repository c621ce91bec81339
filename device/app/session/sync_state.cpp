#include "sync_state.h"

namespace fg {

void SyncState::set(const QString& state, qint64 lastSyncAt, int unsyncedEvents) {
  state_ = state;
  last_sync_at_ = lastSyncAt;
  unsynced_events_ = unsyncedEvents;
  emit changed();
}

}  // namespace fg
