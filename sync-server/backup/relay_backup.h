#pragma once
// `fairguard-relay backup --data DIR --out FILE` and `restore --from FILE --data NEWDIR`
// (docs/relay-admin.md, "Backup and restore"); the format is in backup_manifest.h.
#include <CLI/CLI.hpp>

#include <filesystem>
#include <ostream>

#include "backup/backup_manifest.h"
#include "fairconfig/log_retirement.h"

namespace fg::relay {

// A consistent copy of the folder while `serve` runs: relay.db through SQLite's online backup
// API (one read snapshot; writers go on), then every committed blob (each checked against its
// name; one that is not is left out and reported), the keys and settings. The zip is written
// through a temp file, mode 0600 (it holds the keys). Records the time in DIR/last-backup for
// /metrics. Throws std::runtime_error; no file is left under `out` then.
BackupManifest backup_relay(const std::filesystem::path& dir, const std::filesystem::path& out, std::ostream& log);

// Unpacks a backup into a new folder (absent or empty), every file checked against the
// manifest's hash and size, relay.json last; then opens it and checks that its transparency
// log has the manifest's size and root. Then, unless `keep_log`, retires that log
// (RelayData::retire_log): stations may hold heads newer than the backup. Throws
// std::runtime_error and removes what it made.
BackupManifest restore_relay(const std::filesystem::path& from, const std::filesystem::path& dir, std::ostream& log,
                             bool keep_log = false);

// The line restore and retire-log print about a retirement.
void report_retirement(std::ostream& log, const LogRetirement& r, std::int64_t config_version);

// Adds the `backup`, `restore` and `retire-log` subcommands.
void add_backup_commands(CLI::App& app);

}  // namespace fg::relay
