#pragma once
// Schema migrations, the same way for every SQLite file: entry i of `steps` takes the version
// kept in `version_table` from i to i+1. A table per part, not PRAGMA user_version, because the
// relay keeps several parts' tables in one file. Never edit a released step; append a new one.
#include <SQLiteCpp/Database.h>

#include <string>
#include <string_view>
#include <vector>

namespace fg::sqlite {

// The version stored in `version_table`, 0 when the table does not exist yet.
int stored_schema_version(SQLite::Database& db, const std::string& version_table);

// Runs the missing steps in one IMMEDIATE transaction: two processes opening the same new file
// at once (the relay's `serve` and an admin command) cannot both run a step, and a step that
// fails leaves the file at its old version. Throws, naming `what`, if the file is newer than
// `steps`. Takes no write lock when the file is already current.
void migrate_schema(SQLite::Database& db, const std::string& version_table, const std::vector<std::string>& steps,
                    std::string_view what);

}  // namespace fg::sqlite
