#pragma once
// The relay's transparency log, persisted in SQLite beside the events (tables tlog_leaves,
// tlog_nodes, tlog_heads). Every complete subtree's hash is stored when it closes, so the
// root at any size and any proof take O(log n) row reads, however large the log grows.
// The log never rewrites: appends only, in order. Not thread-safe (cached statements on the
// caller's connection): use it under the same lock or strand as the relay's EventStore.
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "tlog/merkle.h"
#include "tlog/receipt.h"
#include "tlog/tree_head.h"

namespace fg {

class TransparencyLog {
 public:
  // Creates the tlog_ tables if missing. The database is the caller's (the relay keeps the
  // log in relay.db) and must outlive the log.
  explicit TransparencyLog(SQLite::Database& db);

  std::uint64_t size();

  // Appends the event hashes that are not in the log yet, in the given order, atomically (a
  // savepoint: inside the caller's transaction when one is open, so an event batch and its
  // leaves commit together). Returns every hash's leaf index, old or new.
  std::vector<std::uint64_t> append(std::span<const Digest> event_hashes);
  std::uint64_t append(const Digest& event_hash);

  std::optional<std::uint64_t> index_of(const Digest& event_hash);
  std::optional<Digest> event_at(std::uint64_t index);

  // Root of the tree made of the first `size` leaves (size <= size()).
  Digest root(std::uint64_t size);
  TreeHead head(std::int64_t time_ms);  // the current size and root
  InclusionProof inclusion_proof(std::uint64_t leaf_index, std::uint64_t tree_size);
  // nullopt if the event is not in the first tree_size leaves.
  std::optional<InclusionProof> prove_event(const Digest& event_hash, std::uint64_t tree_size);
  std::vector<Digest> consistency_proof(std::uint64_t size1, std::uint64_t size2);

  // Signs the current head with the log key and keeps it (one per size, the latest signing).
  SignedTreeHead sign_head(const KeyPair& log_key, std::int64_t time_ms);
  std::optional<SignedTreeHead> latest_head();
  std::optional<SignedTreeHead> head_at(std::uint64_t tree_size);

  // Hash of the complete subtree (level, index); throws std::runtime_error if the database
  // lacks it (the log was damaged).
  Digest subtree(int level, std::uint64_t index);

 private:
  std::optional<SignedTreeHead> read_head(SQLite::Statement& q);
  SubtreeHashes subtrees();

  SQLite::Database& db_;
  SQLite::Statement leaf_by_index_;
  SQLite::Statement node_by_id_;
  SQLite::Statement index_by_hash_;
  SQLite::Statement insert_leaf_;
  SQLite::Statement insert_node_;
};

}  // namespace fg
