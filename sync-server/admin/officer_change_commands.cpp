#include "admin/officer_change_commands.h"

#include <iostream>
#include <memory>

#include "admin/admin_commands.h"

namespace fg::relay {

void add_officer_change_commands(CLI::App* officers) {
  struct Options {
    std::string data, id, pin_file, number, expires;
    bool remove = false;
  };
  auto o = std::make_shared<Options>();
  auto common = [&o](CLI::App* cmd) {
    cmd->add_option("--data", o->data, "Relay data folder (made by init)")->required();
    cmd->add_option("--id", o->id, "Officer id")->required();
  };

  auto* enable = officers->add_subcommand("enable", "Enable a disabled officer again (stations accept the PIN)");
  common(enable);
  enable->callback([o] { admin_officers_enable(o->data, o->id, std::cout); });

  auto* set_pin = officers->add_subcommand(
      "set-pin", "Give an officer a new PIN; asks for it unless --pin-file (the old one stops working)");
  common(set_pin);
  set_pin->add_option("--pin-file", o->pin_file, "Read the PIN from the first line of this file")
      ->check(CLI::ExistingFile);
  set_pin->callback([o] {
    admin_officers_set_pin(o->data, o->id,
                           o->pin_file.empty() ? std::nullopt : std::optional<std::filesystem::path>(o->pin_file),
                           std::cout);
  });

  auto* credential = officers->add_subcommand(
      "credential",
      "Renew or correct an officer's enforcement credential (--credential NO --expires DATE), or --remove it");
  common(credential);
  auto* number = credential->add_option("--credential", o->number, "Credential number (执法证号)");
  auto* expires = credential->add_option("--expires", o->expires, "Last day it is valid, YYYY-MM-DD");
  auto* remove = credential->add_flag("--remove", o->remove, "Take the credential off the roster");
  number->needs(expires);
  expires->needs(number);
  remove->excludes(number)->excludes(expires);
  credential->callback([o, number] {
    if (!o->remove && number->count() == 0)
      throw CLI::ValidationError("credential", "give --credential and --expires, or --remove");
    admin_officers_set_credential(
        o->data, o->id,
        o->remove ? std::nullopt : std::optional<OfficerCredential>(OfficerCredential{o->number, o->expires}),
        std::cout);
  });
}

}  // namespace fg::relay
