#include "sqlite/savepoint.h"

#include <utility>

namespace fg::sqlite {

Savepoint::Savepoint(SQLite::Database& db, std::string name) : db_(db), name_(std::move(name)) {
  db_.exec("SAVEPOINT " + name_);
}

Savepoint::~Savepoint() {
  if (released_) return;
  try {
    db_.exec("ROLLBACK TO " + name_);
    db_.exec("RELEASE " + name_);
  } catch (...) {  // a destructor must not throw; the caller sees the original error
  }
}

void Savepoint::release() {
  db_.exec("RELEASE " + name_);
  released_ = true;
}

}  // namespace fg::sqlite
