#pragma once
// The station's check of the relay's receipts during a sync (docs/receipts.md): the log key
// from the bureau-signed configuration (pinned at first use), every tree head checked against
// the last one accepted (signature, consistency), and only then its inclusion proofs verified
// and kept. A forged or rewritten log raises an alert once; no later head of that sync is
// accepted, while the events and blobs still sync.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "crypto/keys.h"
#include "fairconfig/fair_config.h"
#include "ledger/store.h"
#include "sync/messages.h"
#include "sync/receipt_store.h"
#include "sync/sync_report.h"

namespace fg::sync {

class ReceiptCheck {
 public:
  // `receipts` null: nothing is checked. `own`: this station's device key, hex.
  ReceiptCheck(ReceiptStore* receipts, SyncReport& report, std::string own,
               std::function<void(const std::string&)> log = {});

  bool enabled() const { return receipts_ != nullptr; }
  // The tree size the station holds (its last accepted head; 0: none); nullopt when disabled.
  std::optional<std::uint64_t> held_tree_size() const;

  // From the verified configuration: the log key, compared with the pinned one. A new key is
  // taken only along bureau-signed retirements from the pinned one (the old log's receipts
  // and heads are kept, the alerts they explain cleared); else it raises log_key_changed.
  void take_log_key(const FairConfig& config);
  // No configuration came in this sync (the station holds the one announced): the log key
  // pinned when that one (or an earlier one) came is the one to check against.
  void use_pinned_log_key();
  // Own events up to the relay's head are held by the relay (a cut may have lost their ack).
  void mark_held_by_relay(EventStore& store, std::int64_t relay_head);
  // An ack: the events it acknowledged and its receipt (the wire JSON), in one commit.
  // Throws SyncError when the receipt is malformed.
  void take_ack(const std::vector<EventRef>& held, const Json& receipt);
  // After the pushes: the relay's current head, checked against the last one accepted (so a
  // rewritten log is caught even when nothing is pushed), with the receipts still missing.
  // `ask` sends one tree request and returns the relay's answer.
  void check_tree(const std::function<TreeProofs(const TreeRequest&)>& ask);
  // The newest head this station accepted, as its statement signed with `device` for the
  // relay (tlog/accepted_head.h); nullopt when none is held or receipts are not checked.
  std::optional<AcceptedHead> accepted_statement(const KeyPair& device, const std::string& fair) const;

 private:
  void take_proofs(const Json& wire);
  void take_proofs(const TreeProofs& tp);
  void alert(const std::string& kind, const std::string& message, const Json& evidence);
  void take_retirement(const LogRetirement& r);

  ReceiptStore* receipts_;
  SyncReport& report_;
  std::string own_;
  std::function<void(const std::string&)> log_;
  std::optional<PublicKey> log_key_;  // the bureau's log key, from the signed configuration
  bool broken_ = false;               // this sync raised an alert: accept no further head
};

}  // namespace fg::sync
