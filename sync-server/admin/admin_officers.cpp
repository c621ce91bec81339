#include <stdexcept>

#include "admin/admin_commands.h"
#include "admin/officer_entry.h"
#include "admin/pin_input.h"
#include "crypto/password.h"
#include "data/relay_data.h"
#include "fairconfig/calendar_date.h"

namespace fg::relay {

namespace {
void check_officer_id(const std::string& id) {
  if (id.empty() || id.size() > 32) throw std::invalid_argument("officer id must be 1 to 32 characters");
  for (unsigned char c : id)
    if (c <= ' ' || c == 0x7f) throw std::invalid_argument("officer id may not hold spaces or control characters");
}

// The same rules the stations apply when they read the roster (fairconfig/fair_config.cpp).
void check_credential(const OfficerCredential& c) {
  if (c.number.empty() || c.number.size() > kMaxCredentialNumberBytes)
    throw std::invalid_argument("credential number must be 1 to " + std::to_string(kMaxCredentialNumberBytes) +
                                " bytes");
  for (unsigned char ch : c.number)
    if (ch < ' ' || ch == 0x7f) throw std::invalid_argument("credential number may not hold control characters");
  if (auto bad = check_date(c.expires)) throw std::invalid_argument("credential expiry: " + *bad);
}

std::string ask_pin(RelayData& relay, const std::string& id, const std::optional<std::filesystem::path>& pin_file) {
  const int min_length = relay.settings().pin_min_length;
  std::string pin = pin_file ? read_pin_file(*pin_file) : read_pin_from_terminal("PIN for " + id + ": ", min_length);
  if (auto bad = check_pin(pin, min_length)) throw std::invalid_argument(*bad);
  return pin;
}

Officer find_officer(RelayData& relay, const std::string& id) {
  for (auto& o : relay.officers())
    if (o.officer.id == id) return o.officer;
  throw std::runtime_error("no officer with id '" + id + "'");
}

}  // namespace

void check_officer_entry(const std::string& id, const std::string& name,
                         const std::optional<OfficerCredential>& credential) {
  check_officer_id(id);
  if (name.empty()) throw std::invalid_argument("officer name is empty");
  for (unsigned char ch : name)
    if (ch < ' ' || ch == 0x7f) throw std::invalid_argument("officer name may not hold control characters");
  if (credential) check_credential(*credential);
}

void set_officer_pin(Officer& officer, const std::string& pin) {
  officer.pin_verifier = hash_password(pin);
  // The box key lets stations wrap their data key for this officer before the officer has
  // ever signed in there (docs/station.md, "At rest"); the signing key's public half checks
  // the officer's signature on every event they make (docs/event-format.md, version 2).
  OfficerKeysPublic keys = make_officer_keys(pin);
  officer.box = std::move(keys.box);
  officer.sign_pk = std::move(keys.sign_pk);
}

Officer make_officer(const std::string& id, const std::string& name, const std::string& pin, int pin_min_length,
                     bool supervisor, const std::optional<OfficerCredential>& credential) {
  check_officer_entry(id, name, credential);
  if (auto bad = check_pin(pin, pin_min_length)) throw std::invalid_argument(*bad);
  Officer officer{id, name, "", false};
  set_officer_pin(officer, pin);
  officer.supervisor = supervisor;
  officer.credential = credential;
  return officer;
}

void admin_officers_add(const std::filesystem::path& data, const std::string& id, const std::string& name,
                        const std::optional<std::filesystem::path>& pin_file, bool supervisor,
                        const std::optional<OfficerCredential>& credential, std::ostream& out) {
  check_officer_entry(id, name, credential);
  RelayData relay(data);  // fail on a bad folder before asking for a PIN
  const Officer officer =
      make_officer(id, name, ask_pin(relay, id, pin_file), relay.settings().pin_min_length, supervisor, credential);
  relay.add_officer(officer);
  out << "Added " << (supervisor ? "supervisor " : "officer ") << id << " (" << name << ")";
  if (credential) out << ", credential " << credential->number << " valid to " << credential->expires;
  out << "; configuration version " << relay.config_version() << "\n";
}

void admin_officers_list(const std::filesystem::path& data, std::ostream& out) {
  RelayData relay(data);
  const auto officers = relay.officers();
  if (officers.empty()) {
    out << "No officers yet: add them with `fairguard-relay officers add`.\n";
    return;
  }
  out << "id\tname\trole\tstatus\tcredential\tadded\n";
  for (const auto& o : officers)
    out << o.officer.id << "\t" << o.officer.name << "\t" << (o.officer.supervisor ? "supervisor" : "officer") << "\t"
        << (o.officer.disabled ? "disabled"
            : o.officer.box    ? "active"
                               : "active, no box key (re-add to sign in)")
        << "\t"
        << (o.officer.credential ? o.officer.credential->number + " to " + o.officer.credential->expires : "none")
        << "\t" << iso_utc(o.added_at) << "\n";
}

void admin_officers_disable(const std::filesystem::path& data, const std::string& id, std::ostream& out) {
  RelayData relay(data);
  relay.disable_officer(id);
  out << "Disabled officer " << id << "; stations refuse the PIN after their next sync (configuration version "
      << relay.config_version() << ")\n";
}

void admin_officers_enable(const std::filesystem::path& data, const std::string& id, std::ostream& out) {
  RelayData relay(data);
  relay.enable_officer(id);
  out << "Enabled officer " << id << "; stations accept the PIN again after their next sync (configuration version "
      << relay.config_version() << ")\n";
}

void change_officer_pin(RelayData& relay, const std::string& id, const std::string& pin,
                        const BeforeCommit& before_commit) {
  if (auto bad = check_pin(pin, relay.settings().pin_min_length)) throw std::invalid_argument(*bad);
  Officer officer = find_officer(relay, id);
  set_officer_pin(officer, pin);
  relay.set_officer_pin(officer, before_commit);
}

void change_officer_credential(RelayData& relay, const std::string& id,
                               const std::optional<OfficerCredential>& credential, const BeforeCommit& before_commit) {
  if (credential) check_credential(*credential);
  relay.set_officer_credential(id, credential, before_commit);
}

void admin_officers_set_pin(const std::filesystem::path& data, const std::string& id,
                            const std::optional<std::filesystem::path>& pin_file, std::ostream& out) {
  RelayData relay(data);
  find_officer(relay, id);  // an unknown id fails before asking for a PIN
  change_officer_pin(relay, id, ask_pin(relay, id, pin_file));
  out << "New PIN for officer " << id << "; the old one stops working at the stations' next sync (configuration "
      << "version " << relay.config_version() << ")\n";
}

void admin_officers_set_credential(const std::filesystem::path& data, const std::string& id,
                                   const std::optional<OfficerCredential>& credential, std::ostream& out) {
  if (credential) check_credential(*credential);  // a bad value fails before the folder is opened
  RelayData relay(data);
  change_officer_credential(relay, id, credential);
  out << "Officer " << id << ": credential "
      << (credential ? credential->number + " valid to " + credential->expires : std::string("removed"))
      << " (configuration version " << relay.config_version() << ")\n";
}

}  // namespace fg::relay
