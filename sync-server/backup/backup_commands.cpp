#include <iostream>

#include "backup/relay_backup.h"
#include "data/relay_data.h"

namespace fg::relay {

void add_backup_commands(CLI::App& app) {
  struct Paths {
    std::string data, file;
  };
  auto backup_paths = std::make_shared<Paths>();
  auto* backup = app.add_subcommand(
      "backup", "Copy the data folder, consistent while serve runs, into one zip with a manifest of hashes");
  backup->add_option("--data", backup_paths->data, "Relay data folder (made by init)")->required();
  backup->add_option("--out", backup_paths->file, "Backup file to write (mode 0600: it holds the keys)")->required();
  backup->callback([backup_paths] { backup_relay(backup_paths->data, backup_paths->file, std::cout); });

  auto restore_paths = std::make_shared<Paths>();
  auto keep_log = std::make_shared<bool>(false);
  auto* restore = app.add_subcommand(
      "restore", "Unpack a backup into a new data folder, every file checked, and retire its transparency log");
  restore->add_option("--from", restore_paths->file, "Backup file")->required()->check(CLI::ExistingFile);
  restore->add_option("--data", restore_paths->data, "New relay data folder (absent or empty)")->required();
  restore->add_flag("--keep-log", *keep_log,
                    "Continue the backup's log under its key (only if no station synced after the backup)");
  restore->callback(
      [restore_paths, keep_log] { restore_relay(restore_paths->file, restore_paths->data, std::cout, *keep_log); });

  auto retire_dir = std::make_shared<std::string>();
  auto* retire = app.add_subcommand(
      "retire-log", "Retire the transparency log and open a new one under a new key (stop serve first)");
  retire->add_option("--data", *retire_dir, "Relay data folder")->required();
  retire->callback([retire_dir] {
    RelayData data(*retire_dir);
    const LogRetirement r = data.retire_log();
    report_retirement(std::cout, r, data.config_version());
  });
}

}  // namespace fg::relay
