#pragma once
// The one owner of receipts.db (docs/receipts.md): the bureau's receipts for this station's
// events, kept beside events.db. Every user (the sync on its worker thread, the timeline on the
// UI thread) gets its own connection from here, because a SQLite connection is not shared
// between threads.
#include <memory>

namespace fg {

class DataVault;
namespace sync {
class ReceiptStore;
}

class StationReceipts {
 public:
  explicit StationReceipts(DataVault& vault) : vault_(vault) {}

  // A connection to receipts.db, created if missing (the sync writes receipts). nullptr while
  // the data is locked or the store lives in memory. Throws when the file cannot be opened.
  std::unique_ptr<sync::ReceiptStore> open() const;
  // The same, but nullptr when no sync (or the demo) has made receipts.db yet: readers do not
  // create it.
  std::unique_ptr<sync::ReceiptStore> openExisting() const;

 private:
  DataVault& vault_;
};

}  // namespace fg
