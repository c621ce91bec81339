#include "sync_state.h"

namespace fg {

void SyncState::set(const QString& state, qint64 lastSyncAt, std::int64_t relayHead) {
  state_ = state;
  last_sync_at_ = lastSyncAt;
  relay_head_ = relayHead;
  emit changed();
}

void SyncState::remember(qint64 lastSyncAt, std::int64_t relayHead) {
  if (lastSyncAt <= last_sync_at_) return;
  set(state_ == QStringLiteral("never") ? QStringLiteral("synced") : state_, lastSyncAt, relayHead);
}

void SyncState::setClockOffset(std::optional<std::int64_t> ms) {
  if (ms == clock_offset_ms_) return;
  clock_offset_ms_ = ms;
  emit changed();
}

}  // namespace fg
