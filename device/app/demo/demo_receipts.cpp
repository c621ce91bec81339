#include <map>
#include <memory>

#include "demo_data.h"
#include "ledger/hlc.h"
#include "station_backend.h"
#include "sync/receipt_store.h"
#include "tlog/merkle.h"

namespace fg {

bool add_demo_receipts(StationBackend& backend, QString* error) {
  if (!backend.store() || !backend.deviceKey()) return false;
  try {
    EventStore& store = *backend.store();
    const std::string own = backend.deviceKey()->public_hex();
    std::map<std::string, std::vector<SignedEvent>> by_case;
    for (auto& e : store.read(own, 1))
      by_case[e.event.body.value("case_number", std::string())].push_back(std::move(e));
    std::vector<SignedEvent> logged;
    std::vector<sync::EventRef> received;
    for (const auto& [number, events] : by_case)
      for (std::size_t i = 0; i < events.size(); ++i) {
        if (2 * i < events.size()) logged.push_back(events[i]);
        if (4 * i < 3 * events.size()) received.push_back({events[i].hash, own, events[i].event.seq});
      }
    const KeyPair demo_log_key = KeyPair::from_seed(Bytes(32, 0x4c));
    MemoryMerkleTree tree;
    for (const auto& e : logged) tree.append_leaf_hash(event_leaf_hash(e.hash));
    const SignedTreeHead head = sign_tree_head({tree.size(), tree.root(), HybridClock::system_millis()}, demo_log_key);
    std::vector<Receipt> receipts;
    for (std::uint64_t i = 0; i < logged.size(); ++i)
      receipts.push_back({logged[i].hash, {i, tree.size(), tree.inclusion_proof(i, tree.size())}, head});
    auto db = std::make_unique<sync::ReceiptStore>(sync::ReceiptStore::path_beside(store));
    db->pin_log_key(demo_log_key.public_key());
    db->mark_received(received);
    db->accept_head(head, HybridClock::system_millis());
    if (db->add_receipts(receipts, demo_log_key.public_key()) != receipts.size())
      throw std::runtime_error("a demo receipt did not verify");
    if (backend.sync()) backend.sync()->refreshReceipts();
    return true;
  } catch (const std::exception& e) {
    if (error) *error = QString::fromUtf8(e.what());
    return false;
  }
}

}  // namespace fg
