#include "sqlite/schema_migration.h"

#include <SQLiteCpp/Transaction.h>

#include <stdexcept>

namespace fg::sqlite {

int stored_schema_version(SQLite::Database& db, const std::string& version_table) {
  if (!db.tableExists(version_table)) return 0;
  return db.execAndGet("SELECT COALESCE(MAX(version), 0) FROM " + version_table).getInt();
}

void migrate_schema(SQLite::Database& db, const std::string& version_table, const std::vector<std::string>& steps,
                    std::string_view what) {
  const int latest = static_cast<int>(steps.size());
  const auto too_new = [&](int current) {
    return std::runtime_error(std::string(what) + " schema version " + std::to_string(current) +
                              " is newer than this program supports (" + std::to_string(latest) + ")");
  };
  const int seen = stored_schema_version(db, version_table);
  if (seen > latest) throw too_new(seen);
  if (seen == latest) return;  // the usual case: no write lock taken
  SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
  db.exec("CREATE TABLE IF NOT EXISTS " + version_table + "(version INTEGER NOT NULL)");
  const int current = stored_schema_version(db, version_table);  // again, under the lock
  if (current > latest) throw too_new(current);
  if (current == latest) return;  // another process migrated meanwhile
  for (int v = current; v < latest; ++v) db.exec(steps[static_cast<std::size_t>(v)]);
  db.exec("DELETE FROM " + version_table);
  db.exec("INSERT INTO " + version_table + "(version) VALUES(" + std::to_string(latest) + ")");
  tx.commit();
}

}  // namespace fg::sqlite
