#include "console/staff_commands.h"

#include <SQLiteCpp/Database.h>

#include <iostream>
#include <memory>

#include "admin/pin_input.h"
#include "console/staff_store.h"
#include "data/relay_data.h"

namespace fg::relay {

namespace {

struct StaffOptions {
  std::string data, user, role = "viewer", password_file;
};

// Opens the folder (which checks it and migrates the relay tables), then the staff tables on
// a connection of their own.
struct StaffDb {
  explicit StaffDb(const std::string& dir)
      : relay(dir), db((relay.dir() / "relay.db").string(), SQLite::OPEN_READWRITE) {
    db.setBusyTimeout(10000);
  }
  RelayData relay;
  SQLite::Database db;
  StaffStore staff{db};
};

void staff_add(const StaffOptions& o, std::ostream& out) {
  const auto role = staff_role_from_string(o.role);
  if (!role) throw std::invalid_argument("role must be viewer, reviewer or admin, not '" + o.role + "'");
  if (auto bad = check_staff_user(o.user)) throw std::invalid_argument(*bad);
  StaffDb s(o.data);  // a bad folder fails before the password is asked
  if (s.staff.find(o.user)) throw std::runtime_error("staff user " + o.user + " already exists");
  const std::string password =
      o.password_file.empty()
          ? read_secret_from_terminal({"Password for " + o.user + ": ", "password", "--password-file",
                                       [](std::string_view p) { return check_staff_password(p); }})
          : read_pin_file(o.password_file);
  add_staff_member(s.staff, o.user, *role, password, s.relay.now_ms());
  out << "Added staff " << o.user << " (" << to_string(*role) << ")\n";
}

void staff_list(const StaffOptions& o, std::ostream& out) {
  StaffDb s(o.data);
  const auto members = s.staff.list();
  if (members.empty()) {
    out << "No staff yet: add them with `fairguard-relay staff add`.\n";
    return;
  }
  out << "user\trole\tstatus\tapi token\tadded\n";
  for (const auto& m : members)
    out << m.user << "\t" << to_string(m.role) << "\t" << (m.disabled ? "disabled" : "active") << "\t"
        << (m.has_token ? "yes" : "no") << "\t" << iso_utc(m.added_at) << "\n";
}

void staff_disable(const StaffOptions& o, std::ostream& out) {
  StaffDb s(o.data);
  s.staff.disable(o.user, s.relay.now_ms());
  out << "Disabled staff " << o.user << ": its console sessions and API token stop working at their next request\n";
}

void staff_token(const StaffOptions& o, std::ostream& out) {
  StaffDb s(o.data);
  const std::string token = s.staff.issue_token(o.user, s.relay.now_ms());
  out << token << "\n";
  std::cerr << "API token for " << o.user
            << " (shown once, replaces any earlier one): send it as `Authorization: Bearer <token>`\n";
}

}  // namespace

void add_staff_commands(CLI::App& app) {
  auto o = std::make_shared<StaffOptions>();
  auto* staff = app.add_subcommand("staff", "Bureau staff accounts of the console (separate from officers)");
  staff->require_subcommand(1);
  auto data = [&o](CLI::App* cmd) {
    cmd->add_option("--data", o->data, "Relay data folder (made by init)")->required();
  };
  auto user = [&o](CLI::App* cmd) { cmd->add_option("--user", o->user, "Staff user name")->required(); };

  auto* add = staff->add_subcommand(
      "add", "Add a staff account; asks for the password twice (12 characters or more) unless --password-file");
  data(add);
  user(add);
  add->add_option("--role", o->role, "viewer, reviewer or admin")->required();
  add->add_option("--password-file", o->password_file, "Read the password from the first line of this file")
      ->check(CLI::ExistingFile);
  add->callback([o] { staff_add(*o, std::cout); });

  auto* list = staff->add_subcommand("list", "List staff accounts");
  data(list);
  list->callback([o] { staff_list(*o, std::cout); });

  auto* disable = staff->add_subcommand("disable", "Disable a staff account: its sessions and API token end");
  data(disable);
  user(disable);
  disable->callback([o] { staff_disable(*o, std::cout); });

  auto* token = staff->add_subcommand("token", "Issue an API token for scripts (printed once; replaces the old one)");
  data(token);
  user(token);
  token->callback([o] { staff_token(*o, std::cout); });
}

}  // namespace fg::relay
