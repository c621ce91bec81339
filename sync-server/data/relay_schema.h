#pragma once
// The relay's own tables in DIR/relay.db, beside the EventStore's (all prefixed relay_).
#include <SQLiteCpp/Database.h>

namespace fg::relay {

// Creates or migrates the relay tables; throws if the file is newer than this program.
void migrate_relay_schema(SQLite::Database& db);

}  // namespace fg::relay
