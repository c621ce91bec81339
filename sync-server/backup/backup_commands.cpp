#include <iostream>

#include "backup/relay_backup.h"

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
  auto* restore = app.add_subcommand("restore", "Unpack a backup into a new data folder, every file checked");
  restore->add_option("--from", restore_paths->file, "Backup file")->required()->check(CLI::ExistingFile);
  restore->add_option("--data", restore_paths->data, "New relay data folder (absent or empty)")->required();
  restore->callback([restore_paths] { restore_relay(restore_paths->file, restore_paths->data, std::cout); });
}

}  // namespace fg::relay
