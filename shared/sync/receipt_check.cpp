#include "sync/receipt_check.h"

#include "ledger/hlc.h"
#include "sync/transport.h"
#include "tlog/head_check.h"

namespace fg::sync {

ReceiptCheck::ReceiptCheck(ReceiptStore* receipts, SyncReport& report, std::string own,
                           std::function<void(const std::string&)> log)
    : receipts_(receipts), report_(report), own_(std::move(own)), log_(std::move(log)) {}

std::optional<std::uint64_t> ReceiptCheck::held_tree_size() const {
  if (!receipts_) return std::nullopt;
  const auto last = receipts_->last_head();
  return last ? last->head.size : 0;
}

void ReceiptCheck::alert(const std::string& kind, const std::string& message, const Json& evidence) {
  receipts_->add_alert(kind, message, evidence, HybridClock::system_millis());
  report_.log_alert = message;
  report_.problems.push_back(message);
  broken_ = true;
  if (log_) log_(message);
}

// The log key must come from the bureau-signed configuration, and stays the one first seen.
void ReceiptCheck::take_log_key(const FairConfig& config) {
  if (!receipts_) return;
  if (config.log_key.empty()) {
    report_.problems.push_back("the fair configuration carries no log key: receipts are not checked");
    receipts_ = nullptr;
    return;
  }
  const auto key = public_key_from_hex(config.log_key);
  const auto pinned = receipts_->log_key();
  if (pinned && key && *pinned != *key) {
    // Only a bureau-signed retirement of the pinned log explains a new key (CT's answer to a
    // log that lost data); anything else is the alarm it always was.
    std::string why;
    const auto path = retirement_path(config.log_retirements, *pinned, *key, &why);
    if (!path) {
      alert("log_key_changed",
            "the bureau's log key changed from " + to_hex(*pinned) + " to " + config.log_key +
                ": receipts are not checked against the new key",
            Json{{"pinned", to_hex(*pinned)}, {"offered", config.log_key}, {"why", why}});
      receipts_ = nullptr;
      return;
    }
    for (const LogRetirement& r : *path) take_retirement(r);
  }
  if (!pinned) receipts_->pin_log_key(*key);
  log_key_ = key;
}

void ReceiptCheck::take_retirement(const LogRetirement& r) {
  const int cleared = receipts_->retire_log(r, HybridClock::system_millis());
  report_.alerts_cleared += cleared;
  const std::string note = "the bureau retired log " + r.old_key.substr(0, 16) + " at size " +
                           std::to_string(r.last_head.head.size) + "; receipts now come from log " +
                           r.new_key.substr(0, 16) +
                           (cleared > 0 ? " (" + std::to_string(cleared) + " log alert(s) it explains cleared)" : "");
  report_.log_retired = note;
  if (log_) log_(note);
}

void ReceiptCheck::use_pinned_log_key() {
  if (!receipts_ || log_key_) return;
  log_key_ = receipts_->log_key();
  if (!log_key_) report_.problems.push_back("no log key pinned yet: receipts are not checked");
}

void ReceiptCheck::mark_held_by_relay(EventStore& store, std::int64_t relay_head) {
  if (!receipts_) return;
  const std::int64_t from = receipts_->received_up_to(own_) + 1;
  constexpr std::int64_t kStep = 2000;
  for (std::int64_t a = from; a <= relay_head; a += kStep) {
    std::vector<EventRef> refs;
    for (const auto& e : store.read(own_, a, std::min(relay_head, a + kStep - 1)))
      refs.push_back({e.hash, own_, e.event.seq});
    receipts_->mark_received(refs);
  }
}

void ReceiptCheck::take_ack(const std::vector<EventRef>& held, const Json& receipt) {
  if (!receipts_) return;
  // One commit per ack at the station: acknowledged events, the head, the receipts.
  receipts_->transaction([&] {
    receipts_->mark_received(held);
    take_proofs(receipt);
  });
}

// A head with its proofs, from an ack or a tree-proofs answer: the head is checked against
// the last one accepted (signature, consistency); only then are the receipts checked and kept.
void ReceiptCheck::take_proofs(const Json& wire) {
  if (!receipts_ || broken_ || !log_key_) return;
  if (wire.is_null()) {
    report_.problems.push_back("the relay sent no receipts (an older relay?)");
    return;
  }
  TreeProofs proofs;
  try {
    proofs = tree_proofs_from_json(wire);
  } catch (const ProtocolError& e) {
    throw SyncError(err::kProtocol, std::string("relay sent malformed receipts: ") + e.what());
  }
  take_proofs(proofs);
}

void ReceiptCheck::take_proofs(const TreeProofs& tp) {
  if (!receipts_ || broken_ || !log_key_) return;
  const auto last = receipts_->last_head();
  const std::uint64_t held = last ? last->head.size : 0;
  const Json evidence{{"lastHead", last ? last->to_json() : Json(nullptr)},
                      {"newHead", tp.head.to_json()},
                      {"fromSize", tp.from_size},
                      {"consistency", tp.to_json()["consistency"]},
                      {"relaySays", tp.error}};
  bool head_ok = false;
  if (tp.from_size != held && tp.head.head.size >= held) {
    // Proved from another size than this station holds: the head cannot be checked now
    // (the tree request at the end of the sync checks it); its receipts still verify alone.
    report_.problems.push_back("relay proved its log from size " + std::to_string(tp.from_size) +
                               ", this station holds " + std::to_string(held));
  } else {
    const HeadCheck check = check_tree_head(last, tp.head, tp.consistency, *log_key_);
    switch (check.status) {
      case HeadCheckStatus::BadSignature:
        report_.tree_check = "bad_signature";
        alert("bad_signature", "tree head refused: " + check.message, evidence);
        return;
      case HeadCheckStatus::RewroteHistory:
        report_.tree_check = "rewrote_history";
        alert("rewrote_history", check.message + (tp.error.empty() ? "" : " (relay: " + tp.error + ")"), evidence);
        return;
      case HeadCheckStatus::FirstHead:
      case HeadCheckStatus::Consistent:
        // "first": this sync began with no head held; later heads of the same sync keep it.
        if (report_.tree_check.empty())
          report_.tree_check = check.status == HeadCheckStatus::FirstHead ? "first" : "consistent";
        receipts_->accept_head(tp.head, HybridClock::system_millis());
        // Witnesses' cosignatures on heads this one extends: kept as they come (docs/witness.md).
        report_.cosignatures_kept += static_cast<std::int64_t>(
            receipts_->keep_cosignatures(tp.witnessed, tp.head, *log_key_, HybridClock::system_millis()));
        report_.tree_size = tp.head.head.size;
        head_ok = true;
        break;
    }
  }
  if (!head_ok && !verify_tree_head(tp.head, *log_key_)) {
    report_.problems.push_back("tree head refused: not signed by the bureau's log key");
    return;
  }
  std::vector<Receipt> list;
  list.reserve(tp.proofs.size());
  for (const ProofItem& p : tp.proofs)
    list.push_back(Receipt{p.event, InclusionProof{p.leaf_index, tp.head.head.size, p.path}, tp.head});
  std::vector<std::string> refused;
  report_.receipts_stored += static_cast<std::int64_t>(receipts_->add_receipts(list, *log_key_, &refused));
  for (const auto& r : refused) report_.problems.push_back("receipt refused for event " + r);
  if (!tp.missing.empty())
    report_.problems.push_back("the relay's log lacks " + std::to_string(tp.missing.size()) +
                               " events it acknowledged, e.g. " + to_hex(tp.missing.front()));
}

std::optional<AcceptedHead> ReceiptCheck::accepted_statement(const KeyPair& device, const std::string& fair) const {
  if (!receipts_ || !log_key_) return std::nullopt;
  const auto held = receipts_->last_head_held();
  if (!held) return std::nullopt;
  return sign_accepted_head(fair, device, *log_key_, held->head, held->accepted_at);
}

void ReceiptCheck::check_tree(const std::function<TreeProofs(const TreeRequest&)>& ask) {
  // No log key yet (the relay has no signed configuration): nothing to check heads against.
  if (!receipts_ || broken_ || !log_key_) return;
  for (int round = 0; round < 1000; ++round) {
    TreeRequest req;
    if (auto last = receipts_->last_head()) {
      req.size = last->head.size;
      req.root = to_hex(last->head.root);
    }
    req.want = receipts_->awaiting_proof(own_, kMaxTreeWant);
    const std::int64_t before = report_.receipts_stored;
    const TreeProofs answer = ask(req);
    receipts_->transaction([&] { take_proofs(answer); });
    if (broken_ || req.want.size() < kMaxTreeWant || report_.receipts_stored == before) break;
  }
}

}  // namespace fg::sync
