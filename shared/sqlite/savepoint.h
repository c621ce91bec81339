#pragma once
// A savepoint that is rolled back AND released unless the caller releases it. The outermost one
// is the transaction; inner ones nest, so a caller's own transaction can group several writes.
// Not SQLite::Savepoint: SQLiteCpp 3.2's destructor rolls back without releasing, which leaves
// the savepoint (and so an outermost transaction) open on the connection.
#include <SQLiteCpp/Database.h>

#include <string>

namespace fg::sqlite {

class Savepoint {
 public:
  // `name` is a fixed SQL identifier chosen by the caller, never user input.
  Savepoint(SQLite::Database& db, std::string name);
  ~Savepoint();
  Savepoint(const Savepoint&) = delete;
  Savepoint& operator=(const Savepoint&) = delete;
  void release();  // keeps the writes (commits them when this is the outermost savepoint)

 private:
  SQLite::Database& db_;
  std::string name_;
  bool released_ = false;
};

}  // namespace fg::sqlite
