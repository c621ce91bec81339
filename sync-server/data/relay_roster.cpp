// RelayData: booths and officers.
#include <SQLiteCpp/Transaction.h>

#include <stdexcept>

#include "data/relay_data.h"

namespace fg::relay {

void RelayData::replace_booths(const std::vector<Booth>& booths, const BeforeCommit& before_commit) {
  std::lock_guard lock(mutex_);
  SQLite::Transaction tx(db_, SQLite::TransactionBehavior::IMMEDIATE);
  db_.exec("DELETE FROM relay_booths");
  SQLite::Statement q(db_,
                      "INSERT INTO relay_booths(position, booth, hall, exhibitor, delegation, industry) "
                      "VALUES(?,?,?,?,?,?)");
  int position = 0;
  for (const auto& b : booths) {
    q.bind(1, ++position);
    q.bind(2, b.booth);
    q.bind(3, b.hall);
    q.bind(4, b.exhibitor);
    q.bind(5, b.delegation);
    q.bind(6, b.industry);
    q.exec();  // a duplicate booth throws and the transaction rolls back
    q.reset();
  }
  commit_config_change(tx, before_commit);
}

std::vector<Booth> RelayData::booths() {
  std::lock_guard lock(mutex_);
  SQLite::Statement q(db_, "SELECT booth, hall, exhibitor, delegation, industry FROM relay_booths ORDER BY position");
  std::vector<Booth> out;
  while (q.executeStep())
    out.push_back({q.getColumn(0).getString(), q.getColumn(1).getString(), q.getColumn(2).getString(),
                   q.getColumn(3).getString(), q.getColumn(4).getString()});
  return out;
}

namespace {

// NULL for an officer without a signing key (added before officer signatures).
void bind_sign_pk(SQLite::Statement& q, int at, const Officer& officer) {
  if (!officer.sign_pk.empty())
    q.bind(at, officer.sign_pk);
  else
    q.bind(at);
}

// The relay_officers columns that hold JSON text (NULL when absent).
void bind_box(SQLite::Statement& q, int at, const Officer& officer) {
  if (officer.box)
    q.bind(at, Json{{"salt", officer.box->salt},
                    {"public", officer.box->public_key},
                    {"ops", static_cast<std::int64_t>(officer.box->cost.ops)},
                    {"mem", static_cast<std::int64_t>(officer.box->cost.mem)}}
                   .dump());
  else
    q.bind(at);
}

void bind_credential(SQLite::Statement& q, int at, const std::optional<OfficerCredential>& credential) {
  if (credential)
    q.bind(at, Json{{"number", credential->number}, {"expires", credential->expires}}.dump());
  else
    q.bind(at);
}

}  // namespace

void RelayData::enable_officer(const std::string& id, const BeforeCommit& before_commit) {
  std::lock_guard lock(mutex_);
  SQLite::Transaction tx(db_, SQLite::TransactionBehavior::IMMEDIATE);
  SQLite::Statement q(db_, "SELECT disabled FROM relay_officers WHERE id=?");
  q.bind(1, id);
  if (!q.executeStep()) throw std::runtime_error("no officer with id '" + id + "'");
  if (q.getColumn(0).getInt() == 0) throw std::runtime_error("officer '" + id + "' is not disabled");
  SQLite::Statement u(db_, "UPDATE relay_officers SET disabled=0 WHERE id=?");
  u.bind(1, id);
  u.exec();
  commit_config_change(tx, before_commit);
}

void RelayData::set_officer_pin(const Officer& officer, const BeforeCommit& before_commit) {
  std::lock_guard lock(mutex_);
  SQLite::Transaction tx(db_, SQLite::TransactionBehavior::IMMEDIATE);
  SQLite::Statement u(db_, "UPDATE relay_officers SET pin_verifier=?, box=?, sign_pk=? WHERE id=?");
  u.bind(1, officer.pin_verifier);
  bind_box(u, 2, officer);
  bind_sign_pk(u, 3, officer);
  u.bind(4, officer.id);
  if (u.exec() != 1) throw std::runtime_error("no officer with id '" + officer.id + "'");
  commit_config_change(tx, before_commit);
}

void RelayData::set_officer_credential(const std::string& id, const std::optional<OfficerCredential>& credential,
                                       const BeforeCommit& before_commit) {
  std::lock_guard lock(mutex_);
  SQLite::Transaction tx(db_, SQLite::TransactionBehavior::IMMEDIATE);
  SQLite::Statement u(db_, "UPDATE relay_officers SET credential=? WHERE id=?");
  bind_credential(u, 1, credential);
  u.bind(2, id);
  if (u.exec() != 1) throw std::runtime_error("no officer with id '" + id + "'");
  commit_config_change(tx, before_commit);
}

void RelayData::add_officer(const Officer& officer, const BeforeCommit& before_commit) {
  std::lock_guard lock(mutex_);
  SQLite::Transaction tx(db_, SQLite::TransactionBehavior::IMMEDIATE);
  SQLite::Statement exists(db_, "SELECT name FROM relay_officers WHERE id=?");
  exists.bind(1, officer.id);
  if (exists.executeStep())
    throw std::runtime_error("officer id '" + officer.id + "' already exists (" + exists.getColumn(0).getString() +
                             ")");
  SQLite::Statement q(
      db_,
      "INSERT INTO relay_officers(id, name, pin_verifier, disabled, added_at, role, box, credential, sign_pk) "
      "VALUES(?,?,?,?,?,?,?,?,?)");
  q.bind(1, officer.id);
  q.bind(2, officer.name);
  q.bind(3, officer.pin_verifier);
  q.bind(4, officer.disabled ? 1 : 0);
  q.bind(5, now_ms());
  q.bind(6, officer.supervisor ? "supervisor" : "officer");
  bind_box(q, 7, officer);
  bind_credential(q, 8, officer.credential);
  bind_sign_pk(q, 9, officer);
  q.exec();
  commit_config_change(tx, before_commit);
}

void RelayData::disable_officer(const std::string& id, const BeforeCommit& before_commit) {
  std::lock_guard lock(mutex_);
  SQLite::Transaction tx(db_, SQLite::TransactionBehavior::IMMEDIATE);
  SQLite::Statement q(db_, "SELECT disabled FROM relay_officers WHERE id=?");
  q.bind(1, id);
  if (!q.executeStep()) throw std::runtime_error("no officer with id '" + id + "'");
  if (q.getColumn(0).getInt() != 0) throw std::runtime_error("officer '" + id + "' is already disabled");
  SQLite::Statement u(db_, "UPDATE relay_officers SET disabled=1 WHERE id=?");
  u.bind(1, id);
  u.exec();
  commit_config_change(tx, before_commit);
}

std::vector<OfficerRecord> RelayData::officers() {
  std::lock_guard lock(mutex_);
  SQLite::Statement q(
      db_,
      "SELECT id, name, pin_verifier, disabled, added_at, role, box, credential, sign_pk FROM relay_officers "
      "ORDER BY id");
  std::vector<OfficerRecord> out;
  while (q.executeStep()) {
    Officer o{q.getColumn(0).getString(), q.getColumn(1).getString(), q.getColumn(2).getString(),
              q.getColumn(3).getInt() != 0};
    o.supervisor = q.getColumn(5).getString() == "supervisor";
    if (!q.getColumn(6).isNull()) {
      const Json box = Json::parse(q.getColumn(6).getString());
      o.box = OfficerBoxPublic{box.at("salt").get<std::string>(),
                               box.at("public").get<std::string>(),
                               {box.at("ops").get<std::uint64_t>(), box.at("mem").get<std::uint64_t>()}};
    }
    if (!q.getColumn(7).isNull()) {
      const Json credential = Json::parse(q.getColumn(7).getString());
      o.credential =
          OfficerCredential{credential.at("number").get<std::string>(), credential.at("expires").get<std::string>()};
    }
    if (!q.getColumn(8).isNull()) o.sign_pk = q.getColumn(8).getString();
    out.push_back({std::move(o), q.getColumn(4).getInt64()});
  }
  return out;
}

}  // namespace fg::relay
