#include "sqlite/exec_with.h"

#include <SQLiteCpp/Statement.h>

namespace fg::sqlite {

int exec_with(SQLite::Database& db, const char* sql, const std::string& text) {
  SQLite::Statement q(db, sql);
  q.bind(1, text);
  return q.exec();
}

}  // namespace fg::sqlite
