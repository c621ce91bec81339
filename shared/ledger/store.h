#pragma once
// The event store: every device's append-only signed chain in one SQLite file (WAL mode,
// synchronous=FULL, schema versions with migrations). The station keeps its own chain and
// the other stations' events it received; the relay keeps every station's chain.
#include <SQLiteCpp/Database.h>

#include <filesystem>
#include <functional>
#include <map>
#include <mutex>
#include <span>
#include <string>
#include <vector>

#include "ledger/event.h"
#include "ledger/hlc.h"
#include "ledger/record_cipher.h"

namespace fg {

// Every refusal has its own status so that a user and a log can tell them apart.
enum class ImportStatus {
  Stored,           // new, verified and committed
  AlreadyHave,      // identical event already stored (sync is idempotent)
  Fork,             // a different event at an existing (device, seq): kept apart as evidence
  Gap,              // seq is beyond the device's next expected seq
  BrokenChain,      // prev does not match the hash of the device's previous event
  OutOfOrder,       // a batch lists a device's events out of seq order
  ClockRegression,  // hlc not greater than the device's previous event's hlc
  BadSignature,     // signature does not verify with the device key
  WrongFair,        // event belongs to another fair
  UnknownDevice,    // device key is not enrolled (or revoked) in this fair
  OfficerRefused,   // version 2: configuration, roster entry or officer signature does not hold
  KeptApart,        // stored, but out of the working view: the keep-apart check said why
  Malformed,        // bytes are not a well-formed canonical event
};
const char* describe(ImportStatus s);
inline bool accepted(ImportStatus s) {
  return s == ImportStatus::Stored || s == ImportStatus::AlreadyHave || s == ImportStatus::KeptApart;
}

struct ImportResult {
  ImportStatus status;
  std::string device;
  std::int64_t seq = 0;
  std::string detail;  // human-readable: what exactly did not match
};

struct ForkRecord {
  std::string device;
  std::int64_t seq;
  std::string kept_hash;     // the first event, still in the chain
  SignedEvent rival;         // the second event, kept as evidence only
  std::int64_t detected_at;  // ms UTC
};

// A revoked device's events after the bureau's cut-off: kept, but out of the working view.
struct SetAsideDevice {
  std::string device;
  std::string label;
  std::int64_t after_seq = 0;   // its events with a higher seq are set aside
  std::int64_t events = 0;      // how many this store holds
  std::int64_t revoked_at = 0;  // ms UTC: the bureau's time when its configuration gave one
};

// An event stored but kept out of the working view, and why (set_keep_apart_check).
struct KeptApartEvent {
  std::string device;
  std::int64_t seq = 0;
  std::string reason;
};

struct ChainCheck {
  bool ok = true;
  std::int64_t events = 0;
  std::string problem;  // first problem found, empty when ok
};

// What makes a local event version 2: the signed-in officer's key (crypto/officer_box.h) and
// the SHA-256 (hex) of the bureau-signed configuration in force at the station.
struct OfficerSigner {
  const KeyPair* key = nullptr;
  std::string config;
};

class EventStore {
 public:
  // Opens or creates the store for one fair; migrates older schemas. Throws
  // std::runtime_error if the file belongs to another fair or is newer than this program.
  // With a cipher (the station), event bytes are stored sealed: a store of plain rows is
  // converted on first open (in one transaction, old pages wiped), and a sealed store opens
  // only with the cipher and key it was sealed with (else std::runtime_error saying so).
  EventStore(const std::filesystem::path& file, std::string fair_id, std::shared_ptr<const RecordCipher> cipher = {});

  const std::string& fair() const { return fair_; }
  static constexpr int kSchemaVersion = 5;
  bool encrypted() const { return cipher_ != nullptr; }
  int schema_version();

  // Local actions: assigns seq, prev, time and hlc; signs; commits durably before returning.
  // With an officer signer the event is version 2 (docs/event-format.md): it names `config`
  // and carries the officer's signature too; without one, version 1.
  SignedEvent append(const KeyPair& device_key, const std::string& officer, const std::string& type, Json body,
                     std::vector<std::string> blobs = {}, const OfficerSigner& signer = {});

  // Devices whose events this store accepts (own key is trusted on first append).
  void trust_device(const std::string& device_hex, const std::string& label = {});
  // Revocation by the bureau. With a cut-off, the device's events up to `keep_through_seq`
  // are still accepted and counted; later ones are refused on import, and those already held
  // stay stored but are set aside (working_in_fold_order, set_aside). A later call may change
  // the cut-off (the bureau's newest signed configuration is the truth). `revoked_at` is the
  // bureau's time of the revocation (ms UTC) when the configuration says it; without it, the
  // time this store first heard of it.
  void revoke_device(const std::string& device_hex, std::optional<std::int64_t> keep_through_seq = std::nullopt,
                     std::optional<std::int64_t> revoked_at = std::nullopt);
  bool is_trusted(const std::string& device_hex);
  // Whether an event of this device at this seq is accepted: trusted, or revoked with a
  // cut-off at or after seq.
  bool admits(const std::string& device_hex, std::int64_t seq);

  // A further check of each event on import (the relay: a version-2 event's configuration,
  // roster and officer signature, fairconfig/event_signers.h). Returns why it is refused
  // (ImportStatus::OfficerRefused), or nullopt. Runs after the device signature verified.
  using EventCheck = std::function<std::optional<std::string>(const SignedEvent&)>;
  void set_event_check(EventCheck check) { event_check_ = std::move(check); }
  // The station's check of the other stations' version-2 events: an event it finds fault
  // with is still stored (the chain goes on, the evidence stays) but kept apart: out of
  // working_in_fold_order, listed by kept_apart() with the reason (ImportStatus::KeptApart).
  // Runs after event_check, only for an event about to be stored.
  void set_keep_apart_check(EventCheck check) { keep_apart_check_ = std::move(check); }

  // Verifies (fair, device trust, signature, chain, hlc order) then commits. A batch is one
  // transaction; each event gets its own result, and refused events are not stored.
  ImportResult import(const SignedEvent& e);
  std::vector<ImportResult> import_batch(std::span<const SignedEvent> events);
  // The same; `before_commit` runs inside the batch's transaction once every event is judged,
  // so what it writes (the relay's transparency log) commits or rolls back with the events.
  std::vector<ImportResult> import_batch(std::span<const SignedEvent> events,
                                         const std::function<void(const std::vector<ImportResult>&)>& before_commit);

  std::int64_t head_seq(const std::string& device);
  std::map<std::string, std::int64_t> heads();
  // Reads throw std::runtime_error when a sealed record does not open (wrong key or altered
  // bytes): never a garbage event.
  // Events of one device with from <= seq <= to, in seq order.
  std::vector<SignedEvent> read(const std::string& device, std::int64_t from, std::int64_t to = INT64_MAX);
  std::optional<SignedEvent> find(const std::string& device, std::int64_t seq);
  // All events of the fair in fold order (hlc, device, seq): the evidence, as stored.
  std::vector<SignedEvent> all_in_fold_order();
  // The same without the events set aside by a revocation's cut-off: what dashboards, case
  // pages and the report count.
  std::vector<SignedEvent> working_in_fold_order();
  // working_in_fold_order() and event_count() as of one moment, read through a connection of
  // its own without this store's lock: appends, imports and reads on other threads go on
  // meanwhile (WAL lets readers run beside the writer). For a long read off the UI thread (a
  // big fair's start-up, 1-2 s with decryption). Throws like the reads above.
  struct WorkingSnapshot {
    std::vector<SignedEvent> events;
    std::int64_t stored = 0;  // event_count() in the same read transaction
  };
  WorkingSnapshot working_snapshot() const;
  // Per revoked device with a cut-off that has events after it: what is set aside.
  std::vector<SetAsideDevice> set_aside();
  // Events kept apart by the keep-apart check, in (device, seq) order.
  std::vector<KeptApartEvent> kept_apart();
  std::int64_t event_count();
  std::vector<ForkRecord> forks();

  // Re-reads every stored event of a device and checks bytes, hash, signature and chain.
  [[nodiscard]] ChainCheck verify_chain(const std::string& device);

  HybridClock& clock() { return clock_; }
  SQLite::Database& database() { return db_; }

 private:
  void migrate();
  ImportResult import_one(const SignedEvent& s);
  void apply_cipher(const std::filesystem::path& file);
  // Columns 0..2 of q: bytes, sig, hash.
  std::optional<SignedEvent> row_to_event(SQLite::Statement& q) const;
  std::string plain_bytes(const std::string& stored, const std::string& hash) const;
  void bind_bytes(SQLite::Statement& q, int index, const SignedEvent& e) const;
  void insert(const SignedEvent& e);
  std::vector<SignedEvent> read_fold_order(const std::string& where);
  std::vector<SignedEvent> read_fold_order(SQLite::Database& db, const std::string& where) const;

  std::string fair_;
  std::shared_ptr<const RecordCipher> cipher_;
  SQLite::Database db_;
  HybridClock clock_;
  std::recursive_mutex mutex_;
  EventCheck event_check_;
  EventCheck keep_apart_check_;
};

}  // namespace fg
