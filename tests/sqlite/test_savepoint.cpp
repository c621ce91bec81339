#include <SQLiteCpp/Database.h>
#include <sqlite3.h>

#include <catch2/catch.hpp>
#include <stdexcept>

#include "sqlite/savepoint.h"
#include "support/temp_dir.h"

using fg::sqlite::Savepoint;

namespace {
int rows(SQLite::Database& db) { return db.execAndGet("SELECT COUNT(*) FROM t").getInt(); }
bool in_transaction(SQLite::Database& db) { return sqlite3_get_autocommit(db.getHandle()) == 0; }

SQLite::Database open_table(const fg::test::TempDir& dir) {
  SQLite::Database db((dir / "s.db").string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  db.exec("CREATE TABLE t(x INTEGER)");
  return db;
}
}  // namespace

TEST_CASE("a savepoint left by an error undoes its writes and closes the transaction", "[sqlite]") {
  fg::test::TempDir dir;
  SQLite::Database db = open_table(dir);
  try {
    Savepoint sp(db, "write");
    db.exec("INSERT INTO t VALUES(1)");
    throw std::runtime_error("disk full");
  } catch (const std::runtime_error&) {
  }
  CHECK(rows(db) == 0);
  // SQLiteCpp's own Savepoint rolls back without releasing: the connection would stay inside
  // the transaction and every later write would wait on it.
  CHECK_FALSE(in_transaction(db));
}

TEST_CASE("a released savepoint keeps its writes, and an inner one nests in the outer", "[sqlite]") {
  fg::test::TempDir dir;
  SQLite::Database db = open_table(dir);
  {
    Savepoint outer(db, "outer");
    db.exec("INSERT INTO t VALUES(1)");
    {
      Savepoint inner(db, "inner");
      db.exec("INSERT INTO t VALUES(2)");
    }  // not released: only the inner write is undone
    CHECK(rows(db) == 1);
    CHECK(in_transaction(db));
    outer.release();
  }
  CHECK(rows(db) == 1);
  CHECK_FALSE(in_transaction(db));
  SQLite::Database again((dir / "s.db").string());
  CHECK(rows(again) == 1);
}
