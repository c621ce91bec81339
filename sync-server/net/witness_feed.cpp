#include "net/witness_feed.h"

#include <SQLiteCpp/Database.h>

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <thread>

#include "data/cosignature_store.h"
#include "ledger/hlc.h"
#include "net/server.h"
#include "sync/messages.h"
#include "sync/tls_client.h"
#include "sync/witness_messages.h"
#include "tlog/transparency_log.h"

namespace fg::relay {

std::string WitnessTarget::name() const {
  return "witness " + host + ":" + std::to_string(port) + " (" + to_hex(key).substr(0, 12) + "…)";
}

WitnessTarget parse_witness_target(const std::string& spec) {
  const auto eq = spec.rfind('=');
  const auto colon = spec.rfind(':', eq);
  if (eq == std::string::npos || colon == std::string::npos || colon == 0)
    throw std::invalid_argument("--witness '" + spec + "': expected HOST:PORT=PUBKEY");
  WitnessTarget t;
  t.host = spec.substr(0, colon);
  const std::string port = spec.substr(colon + 1, eq - colon - 1);
  const bool digits =
      !port.empty() && port.size() <= 5 && std::ranges::all_of(port, [](char c) { return c >= '0' && c <= '9'; });
  if (!digits || std::stoi(port) < 1 || std::stoi(port) > 65535)
    throw std::invalid_argument("--witness '" + spec + "': the port must be a number from 1 to 65535");
  t.port = static_cast<std::uint16_t>(std::stoi(port));
  auto key = public_key_from_hex(spec.substr(eq + 1));
  if (!key) throw std::invalid_argument("--witness '" + spec + "': the key must be 64 lowercase hex characters");
  t.key = *key;
  return t;
}

namespace {

using Clock = std::chrono::steady_clock;

// One witness's side of the feed, on its own thread and database connection.
class Asker {
 public:
  Asker(const std::filesystem::path& relay_db, const PublicKey& log_key, WitnessTarget target,
        const WitnessFeedOptions& options)
      : db_(relay_db.string(), SQLite::OPEN_READWRITE),
        log_key_(log_key),
        target_(std::move(target)),
        options_(options),
        backoff_(options.poll) {
    db_.setBusyTimeout(5000);
    // A cosignature lost in a power cut is asked for again: no fsync per one, so the write lock
    // the sync's imports also take is held for microseconds, not a disk flush.
    db_.exec("PRAGMA synchronous=NORMAL");
    log_.emplace(db_);
    store_.emplace(db_);
    store_->create_table();
    held_ = store_->latest_size(target_.key).value_or(0);
  }

  // One look at the log; asks when its latest head is new for this witness.
  void step() {
    const auto head = log_->latest_head();
    if (!head || (done_ && *done_ == head->head) || Clock::now() < retry_at_) return;
    std::string problem;
    try {
      problem = ask(*head);
    } catch (const std::exception& e) {
      problem = target_.name() + " could not be asked: " + e.what();
    }
    if (problem.empty()) {
      if (!last_problem_.empty()) log_line(target_.name() + " cosigns again (tree size " + std::to_string(held_) + ")");
      last_problem_.clear();
      backoff_ = options_.poll;
      return;
    }
    if (problem != last_problem_) log_line(problem);  // once per kind of trouble, not per try
    last_problem_ = problem;
    retry_at_ = Clock::now() + backoff_;
    backoff_ = std::min(backoff_ * 2, options_.max_backoff);
  }

 private:
  // Empty when the witness cosigned; else what went wrong.
  std::string ask(const SignedTreeHead& head) {
    for (int attempt = 0; attempt < 2; ++attempt) {  // a second try after it says which size it holds
      if (held_ > head.head.size) {
        done_ = head.head;
        return target_.name() + " has cosigned a tree of " + std::to_string(held_) +
               " leaves, larger than this "
               "relay's log (" +
               std::to_string(head.head.size) + "): this log was rolled back or rewritten";
      }
      sync::AddHead add{log_key_, held_, {}, head};
      if (held_ > 0) add.proof = log_->consistency_proof(held_, head.head.size);
      sync::TlsClient client(target_.host, target_.port, sync::TlsClient::Unpinned{}, options_.timeout);
      client.send(sync::make(add));
      const sync::Frame f = client.receive();
      client.close();
      if (f.type == sync::MsgType::Error) {
        const auto e = sync::parse_error(f);
        return target_.name() + " refused the request: " + e.code + ": " + e.message;
      }
      const sync::WitnessReply reply = sync::parse_witness_reply(f);
      if (reply.refused == sync::witness_err::kConflict) {
        held_ = reply.size;
        continue;
      }
      done_ = head.head;  // this head is settled: cosigned or refused, not asked again
      if (!reply.cosignature)
        return target_.name() + " REFUSED the tree head of size " + std::to_string(head.head.size) + ": " +
               reply.refused + ": " + reply.message;
      if (reply.cosignature->witness != target_.key || !verify_cosignature(*reply.cosignature, log_key_, head.head))
        return target_.name() + " answered with a cosignature that does not verify with its key: not kept";
      store_->add(head, *reply.cosignature, HybridClock::system_millis());
      held_ = head.head.size;
      return {};
    }
    return target_.name() + " keeps answering size_conflict";
  }

  SQLite::Database db_;
  std::optional<TransparencyLog> log_;
  std::optional<CosignatureStore> store_;
  PublicKey log_key_;
  WitnessTarget target_;
  const WitnessFeedOptions& options_;
  std::uint64_t held_ = 0;        // the size the witness holds, as far as this relay knows
  std::optional<TreeHead> done_;  // the last head settled with it
  Clock::time_point retry_at_{};
  std::chrono::milliseconds backoff_;
  std::string last_problem_;
};

}  // namespace

struct WitnessFeed::Impl {
  WitnessFeedOptions options;
  std::mutex m;
  std::condition_variable cv;
  bool stopping = false;
  std::vector<std::thread> threads;

  // Sleeps a poll interval; false once stopping.
  bool wait() {
    std::unique_lock lock(m);
    return !cv.wait_for(lock, options.poll, [this] { return stopping; });
  }
};

WitnessFeed::WitnessFeed(const std::filesystem::path& relay_db, const PublicKey& log_key,
                         std::vector<WitnessTarget> witnesses, WitnessFeedOptions options)
    : impl_(std::make_unique<Impl>()) {
  impl_->options = options;
  for (WitnessTarget& w : witnesses) {
    log_line("asking " + w.name() + " to cosign each new tree head");
    impl_->threads.emplace_back([this, relay_db, log_key, w = std::move(w)] {
      try {
        Asker asker(relay_db, log_key, w, impl_->options);
        while (impl_->wait()) asker.step();
      } catch (const std::exception& e) {
        log_line(w.name() + ": the witness feed stopped: " + e.what());
      }
    });
  }
}

WitnessFeed::~WitnessFeed() {
  {
    std::lock_guard lock(impl_->m);
    impl_->stopping = true;
  }
  impl_->cv.notify_all();
  for (auto& t : impl_->threads) t.join();
}

}  // namespace fg::relay
