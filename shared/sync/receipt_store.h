#pragma once
// The station's receipts (docs/receipts.md): per event of its own chain, whether the relay
// acknowledged it and, once checked, its receipt (the inclusion proof and the signed tree head
// it verifies against); the tree heads the station accepted, in order; the bureau's log key,
// pinned at first use; and every alert about the bureau's log, kept for good.
//
// Its own SQLite file, receipts.db beside events.db (WAL, synchronous=FULL, schema versions in
// receipts_version like the EventStore's): a separate connection, so the sync thread writes
// while the screen reads without sharing a connection's transactions, and the event store's
// file stays exactly what it was.
#include <SQLiteCpp/Database.h>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "fairconfig/log_retirement.h"
#include "ledger/store.h"
#include "tlog/cosignature.h"
#include "tlog/receipt.h"

namespace fg::sync {

enum class ReceiptState {
  Sealed,    // signed and stored on this device; the bureau has not acknowledged it yet
  Received,  // the relay acknowledged it (stored durably); its receipt is not checked yet
  Logged,    // in the bureau's log: a receipt whose proof and head signature were checked
};
const char* describe(ReceiptState s);  // "sealed", "received", "logged"

struct EventRef {
  Digest hash{};
  std::string device;
  std::int64_t seq = 0;
};

// Something wrong with the bureau's log that an officer must see and that must never vanish:
// a rewritten history, a forged tree head, a changed log key.
struct LogAlert {
  std::int64_t id = 0;
  std::int64_t at = 0;  // ms UTC, when the station noticed
  std::string kind;     // "rewrote_history", "bad_signature", "log_key_changed"
  std::string message;  // for the screen
  Json evidence;        // the heads and proof involved
  std::string log_key;  // the log key pinned when it was raised (hex)
  // When a bureau-signed retirement of that log explained it (ms UTC; 0: open) and how. A
  // cleared alert is kept: it only stops showing.
  std::int64_t cleared_at = 0;
  std::string cleared_by;
};

// A receipt of a retired log, kept with that log's key: it verifies offline as it did.
struct RetiredReceipt {
  PublicKey log_key{};
  Receipt receipt;
};

class ReceiptStore {
 public:
  static constexpr int kSchemaVersion = 4;
  // Opens or creates; migrates older schemas; refuses a newer one (std::runtime_error).
  explicit ReceiptStore(const std::filesystem::path& file);
  // receipts.db in the folder of the store's file.
  static std::filesystem::path path_beside(EventStore& store);
  int schema_version();

  // The last sync that completed: when (the station's clock) and the relay's head seq for this
  // station then, so that a restarted station still says when it last synced and what waits.
  struct SyncMark {
    std::int64_t at_ms = 0;
    std::int64_t relay_head = 0;
  };
  std::optional<SyncMark> last_sync();
  void record_sync(const SyncMark& mark);

  // The bureau's log key, pinned by the first configuration that carried one.
  std::optional<PublicKey> log_key();
  void pin_log_key(const PublicKey& key);

  // The last tree head accepted (signature and consistency checked), and the history.
  std::optional<SignedTreeHead> last_head();
  void accept_head(const SignedTreeHead& head, std::int64_t now_ms);
  std::vector<SignedTreeHead> accepted_heads();  // by size
  // The last tree head accepted and when (ms UTC, this station's clock): what the station
  // tells the relay at sync (tlog/accepted_head.h).
  struct HeldHead {
    SignedTreeHead head;
    std::int64_t accepted_at = 0;
  };
  std::optional<HeldHead> last_head_held();

  // Witnesses' cosignatures that came with a receipt whose head was accepted: kept when the
  // witnessed head is signed by `log_key`, `accepted` extends it (its consistency proof) and
  // the cosignature holds for the key it names (receipt_cosignatures.cpp). Returns how many
  // were kept; the station cannot tell which witnesses to trust, a verifier can.
  std::size_t keep_cosignatures(std::span<const WitnessedHead> witnessed, const SignedTreeHead& accepted,
                                const PublicKey& log_key, std::int64_t now_ms);
  // Per witness and size, the head and its cosignature, by witness then size.
  std::vector<WitnessedHead> cosignatures();
  // The same, of a retired log (its key hex): moved there by retire_log.
  std::vector<WitnessedHead> retired_cosignatures(const std::string& log_key_hex);

  // The relay acknowledged these events: Sealed -> Received (Logged stays Logged).
  void mark_received(std::span<const EventRef> events);
  // The highest seq of `device` marked received (0: none).
  std::int64_t received_up_to(const std::string& device);

  // Stores each receipt that verifies with the log key (head signature, then inclusion
  // proof), in one transaction: its event becomes Logged. A later receipt for an event
  // replaces the older only if it is against a larger tree. Returns how many verified; the
  // reasons of the others go to `refused` (event hash: why).
  std::size_t add_receipts(std::span<const Receipt> receipts, const PublicKey& log_key,
                           std::vector<std::string>* refused = nullptr);

  ReceiptState state(const Digest& event_hash);
  std::optional<Receipt> receipt(const Digest& event_hash);
  std::int64_t count(ReceiptState s);  // rows in that state (Sealed: always 0, not tracked)
  // Events acknowledged by the relay whose receipt is not checked yet, lowest seq first.
  std::vector<Digest> awaiting_proof(const std::string& device, std::size_t limit);

  // Runs `body` as one transaction (one fsync): the store's writes inside it nest.
  void transaction(const std::function<void()>& body);

  // Adds an alert unless one of the same kind and message is kept already. Returns true if new.
  bool add_alert(const std::string& kind, const std::string& message, const Json& evidence, std::int64_t now_ms);
  std::vector<LogAlert> alerts();       // all, cleared ones too
  std::vector<LogAlert> open_alerts();  // not cleared: what the screen shows

  // A bureau-signed retirement of the pinned log (its last head checked by the caller): in one
  // transaction the old log's heads and receipts are kept under its key, the new key is
  // pinned, every own event awaits a receipt in the new log (Logged -> Received), and the
  // open rewrote_history / log_key_changed alerts of the old log are cleared. Returns how many
  // were cleared. Throws std::runtime_error when r.old_key is not the pinned key.
  int retire_log(const LogRetirement& r, std::int64_t now_ms);
  std::vector<RetiredReceipt> retired_receipts(const Digest& event_hash);
  std::vector<std::string> retired_log_keys();  // hex, in the order they were retired here

 private:
  void migrate();
  std::vector<LogAlert> read_alerts(bool open_only);
  std::recursive_mutex mutex_;
  SQLite::Database db_;
};

}  // namespace fg::sync
