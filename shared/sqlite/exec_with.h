#pragma once
// One SQL statement with its one text parameter, run once: the moves and updates that name a
// key (a retired log's) and nothing else.
#include <SQLiteCpp/Database.h>

#include <string>

namespace fg::sqlite {

// Returns the number of rows changed. Throws SQLite::Exception.
int exec_with(SQLite::Database& db, const char* sql, const std::string& text);

}  // namespace fg::sqlite
