#include <SQLiteCpp/Database.h>

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "sqlite/schema_migration.h"
#include "support/temp_dir.h"

using fg::sqlite::migrate_schema;
using fg::sqlite::stored_schema_version;

namespace {
SQLite::Database open_file(const fg::test::TempDir& dir) {
  return SQLite::Database((dir / "m.db").string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
}
const std::vector<std::string> kTwoSteps = {
    "CREATE TABLE cases(id INTEGER PRIMARY KEY, booth TEXT)",
    "ALTER TABLE cases ADD COLUMN hall TEXT",
};
}  // namespace

TEST_CASE("a new file gets every step, and a current one is left alone", "[sqlite]") {
  fg::test::TempDir dir;
  SQLite::Database db = open_file(dir);
  CHECK(stored_schema_version(db, "part_version") == 0);
  migrate_schema(db, "part_version", kTwoSteps, "test part");
  CHECK(stored_schema_version(db, "part_version") == 2);
  db.exec("INSERT INTO cases(booth, hall) VALUES('A12', '1')");
  migrate_schema(db, "part_version", kTwoSteps, "test part");  // no step runs twice
  CHECK(db.execAndGet("SELECT COUNT(*) FROM cases").getInt() == 1);
}

TEST_CASE("an older file gets only the missing steps", "[sqlite]") {
  fg::test::TempDir dir;
  SQLite::Database db = open_file(dir);
  migrate_schema(db, "part_version", {kTwoSteps[0]}, "test part");
  db.exec("INSERT INTO cases(booth) VALUES('B07')");
  migrate_schema(db, "part_version", kTwoSteps, "test part");
  CHECK(stored_schema_version(db, "part_version") == 2);
  CHECK(db.execAndGet("SELECT booth || '/' || COALESCE(hall, '-') FROM cases").getString() == "B07/-");
}

TEST_CASE("a failing step leaves the file at its old version, data intact", "[sqlite]") {
  fg::test::TempDir dir;
  SQLite::Database db = open_file(dir);
  migrate_schema(db, "part_version", {kTwoSteps[0]}, "test part");
  db.exec("INSERT INTO cases(booth) VALUES('C01')");
  const std::vector<std::string> broken = {kTwoSteps[0], kTwoSteps[1], "ALTER TABLE no_such_table ADD COLUMN x"};
  CHECK_THROWS(migrate_schema(db, "part_version", broken, "test part"));
  CHECK(stored_schema_version(db, "part_version") == 1);
  CHECK(db.execAndGet("SELECT COUNT(*) FROM pragma_table_info('cases') WHERE name='hall'").getInt() == 0);
  CHECK(db.execAndGet("SELECT booth FROM cases").getString() == "C01");
}

TEST_CASE("a file newer than the program is refused by name", "[sqlite]") {
  fg::test::TempDir dir;
  SQLite::Database db = open_file(dir);
  migrate_schema(db, "part_version", kTwoSteps, "test part");
  CHECK_THROWS_WITH(migrate_schema(db, "part_version", {kTwoSteps[0]}, "test part"),
                    "test part schema version 2 is newer than this program supports (1)");
}
