#pragma once
// The SQL condition that picks the events a revocation's cut-off set aside (columns of
// `events` as e, trusted_devices as t, joined on device). One copy for the EventStore and for
// readers on a connection of their own (the relay's console).
namespace fg {

inline constexpr const char* kSetAsideCondition =
    "t.revoked_at IS NOT NULL AND t.revoked_after_seq IS NOT NULL AND e.seq > t.revoked_after_seq";

}  // namespace fg
