#include "sync_state.h"

namespace fg {

void SyncState::set(const QString& state, qint64 lastSyncAt, int unsyncedEvents) {
  state_ = state;
  last_sync_at_ = lastSyncAt;
  unsynced_events_ = unsyncedEvents;
  emit changed();
}

void SyncState::setClockOffset(std::optional<std::int64_t> ms) {
  if (ms == clock_offset_ms_) return;
  clock_offset_ms_ = ms;
  emit changed();
}

}  // namespace fg
