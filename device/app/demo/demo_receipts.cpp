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
    // As a real station would stand after its last sync, 20 minutes ago: the relay holds the
    // oldest three quarters of the chain (a relay always holds a prefix), the bureau's log
    // proved the oldest half; the newest quarter waits to be sent.
    const std::vector<SignedEvent> chain = store.read(own, 1);
    const std::size_t received_count = chain.size() * 3 / 4, logged_count = chain.size() / 2;
    const std::vector<SignedEvent> logged(chain.begin(), chain.begin() + static_cast<std::ptrdiff_t>(logged_count));
    std::vector<sync::EventRef> received;
    for (std::size_t i = 0; i < received_count; ++i) received.push_back({chain[i].hash, own, chain[i].event.seq});
    const std::int64_t relay_head = received.empty() ? 0 : received.back().seq;
    constexpr std::int64_t kSyncedMinutesAgo = 20;
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
    db->record_sync({HybridClock::system_millis() - kSyncedMinutesAgo * 60 * 1000, relay_head});
    if (backend.sync()) backend.sync()->refreshReceipts();
    return true;
  } catch (const std::exception& e) {
    if (error) *error = QString::fromUtf8(e.what());
    return false;
  }
}

}  // namespace fg
