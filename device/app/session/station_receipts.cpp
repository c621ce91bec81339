#include "station_receipts.h"

#include <filesystem>

#include "data_vault.h"
#include "sync/receipt_store.h"

namespace fg {

std::unique_ptr<sync::ReceiptStore> StationReceipts::open() const {
  EventStore* store = vault_.store();
  if (!store || store->database().getFilename().empty()) return nullptr;
  return std::make_unique<sync::ReceiptStore>(sync::ReceiptStore::path_beside(*store));
}

std::unique_ptr<sync::ReceiptStore> StationReceipts::openExisting() const {
  EventStore* store = vault_.store();
  if (!store || store->database().getFilename().empty()) return nullptr;
  const auto file = sync::ReceiptStore::path_beside(*store);
  if (!std::filesystem::exists(file)) return nullptr;
  return std::make_unique<sync::ReceiptStore>(file);
}

}  // namespace fg
