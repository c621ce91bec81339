#pragma once
// Helpers of the backup and log-retirement tests: `serve` on a restored folder, and a sync
// that must end with nothing refused, no alarm and every own event's receipt checked.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <random>
#include <string>

#include "hostile_fixture.h"

namespace fg::test {

// `serve` on an existing folder (RelayProcess makes a new one); the port from its first line.
std::uint16_t serve_folder(std::unique_ptr<ChildProcess>& child, const std::filesystem::path& dir);

// Enrols two stations with the relay, each takes a complaint (photos of `photo_kb` KiB) and
// syncs, checked.
void enrol_and_sync(RelayProcess& relay, relay::SimStation& a, relay::SimStation& b, std::mt19937_64& rng,
                    int photo_kb);

// One sync of `station`, checked: no problem, nothing refused, no log alert, every own event
// the relay holds has a checked receipt. Returns the report.
sync::SyncReport sync_ok(relay::SimStation& station, const std::string& what);

}  // namespace fg::test
