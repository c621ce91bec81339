#pragma once
// The event store's schema as an ordered list of migrations: entry i takes the version kept in
// ledger_version from i to i+1 (not PRAGMA user_version: the relay keeps its own tables, with
// their own versions, in the same file). Never edit a released entry; append a new one.
#include <string>
#include <vector>

namespace fg {
const std::vector<std::string>& store_migrations();
}  // namespace fg
