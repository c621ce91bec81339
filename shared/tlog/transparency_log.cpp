#include "tlog/transparency_log.h"

#include <array>
#include <bit>
#include <cstring>
#include <stdexcept>
#include <string>

#include "sqlite/savepoint.h"
#include "tlog/merkle.h"

namespace fg {
namespace {

// Node ids pack (level, index): level in the top bits, so one INTEGER PRIMARY KEY (a rowid
// table, the most compact SQLite layout) keys every stored subtree. Levels >= 1 only: level 0
// is recomputed from the leaf.
constexpr int kIndexBits = 48;
std::int64_t node_id(int level, std::uint64_t index) {
  return static_cast<std::int64_t>((static_cast<std::uint64_t>(level) << kIndexBits) | index);
}

void create_tables(SQLite::Database& db) {
  db.exec(
      "CREATE TABLE IF NOT EXISTS tlog_leaves(idx INTEGER PRIMARY KEY, event_hash BLOB NOT NULL UNIQUE);"
      "CREATE TABLE IF NOT EXISTS tlog_nodes(id INTEGER PRIMARY KEY, hash BLOB NOT NULL);"
      "CREATE TABLE IF NOT EXISTS tlog_heads(size INTEGER PRIMARY KEY, root BLOB NOT NULL, time INTEGER NOT NULL,"
      " sig BLOB NOT NULL);");
}

template <std::size_t N>
std::array<std::uint8_t, N> blob_array(const SQLite::Column& c, const char* what) {
  if (c.getBytes() != static_cast<int>(N)) throw std::runtime_error(std::string("transparency log: bad ") + what);
  std::array<std::uint8_t, N> out{};
  std::memcpy(out.data(), c.getBlob(), N);
  return out;
}

// Resets a cached statement when leaving scope, so no read stays open on the connection.
struct ResetAfter {
  SQLite::Statement& q;
  ~ResetAfter() { q.tryReset(); }
};

}  // namespace

TransparencyLog::TransparencyLog(SQLite::Database& db)
    : db_((create_tables(db), db)),
      leaf_by_index_(db, "SELECT event_hash FROM tlog_leaves WHERE idx = ?"),
      node_by_id_(db, "SELECT hash FROM tlog_nodes WHERE id = ?"),
      index_by_hash_(db, "SELECT idx FROM tlog_leaves WHERE event_hash = ?"),
      insert_leaf_(db, "INSERT INTO tlog_leaves(idx, event_hash) VALUES(?, ?)"),
      insert_node_(db, "INSERT INTO tlog_nodes(id, hash) VALUES(?, ?)") {}

std::uint64_t TransparencyLog::size() {
  SQLite::Statement q(db_, "SELECT COALESCE(MAX(idx) + 1, 0) FROM tlog_leaves");
  q.executeStep();
  return static_cast<std::uint64_t>(q.getColumn(0).getInt64());
}

std::optional<Digest> TransparencyLog::event_at(std::uint64_t index) {
  leaf_by_index_.reset();
  ResetAfter done{leaf_by_index_};
  leaf_by_index_.bind(1, static_cast<std::int64_t>(index));
  if (!leaf_by_index_.executeStep()) return std::nullopt;
  return blob_array<32>(leaf_by_index_.getColumn(0), "leaf");
}

std::optional<std::uint64_t> TransparencyLog::index_of(const Digest& event_hash) {
  index_by_hash_.reset();
  ResetAfter done{index_by_hash_};
  index_by_hash_.bind(1, event_hash.data(), static_cast<int>(event_hash.size()));
  if (!index_by_hash_.executeStep()) return std::nullopt;
  return static_cast<std::uint64_t>(index_by_hash_.getColumn(0).getInt64());
}

Digest TransparencyLog::subtree(int level, std::uint64_t index) {
  if (level == 0) {
    auto leaf = event_at(index);
    if (!leaf) throw std::runtime_error("transparency log: leaf " + std::to_string(index) + " is missing");
    return event_leaf_hash(*leaf);
  }
  node_by_id_.reset();
  ResetAfter done{node_by_id_};
  node_by_id_.bind(1, node_id(level, index));
  if (!node_by_id_.executeStep())
    throw std::runtime_error("transparency log: subtree (level " + std::to_string(level) + ", index " +
                             std::to_string(index) + ") is missing: the log is damaged");
  return blob_array<32>(node_by_id_.getColumn(0), "node hash");
}

SubtreeHashes TransparencyLog::subtrees() {
  return [this](int level, std::uint64_t index) { return subtree(level, index); };
}

std::vector<std::uint64_t> TransparencyLog::append(std::span<const Digest> event_hashes) {
  sqlite::Savepoint sp(db_, "tlog_append");
  std::uint64_t n = size();
  // frontier[L]: the latest complete subtree at level L (the left sibling of the next one).
  std::array<Digest, 64> frontier{};
  for (int level = 0; level < 64; ++level)
    if ((n >> level) & 1) frontier[static_cast<std::size_t>(level)] = subtree(level, (n >> level) - 1);

  std::vector<std::uint64_t> indices;
  indices.reserve(event_hashes.size());
  for (const Digest& event_hash : event_hashes) {
    if (auto existing = index_of(event_hash)) {
      indices.push_back(*existing);
      continue;
    }
    insert_leaf_.reset();
    insert_leaf_.bind(1, static_cast<std::int64_t>(n));
    insert_leaf_.bind(2, event_hash.data(), static_cast<int>(event_hash.size()));
    insert_leaf_.exec();

    Digest h = event_leaf_hash(event_hash);
    int level = 0;
    for (std::uint64_t idx = n; idx & 1; idx >>= 1) {
      h = merkle_node_hash(frontier[static_cast<std::size_t>(level)], h);
      ++level;
      insert_node_.reset();
      insert_node_.bind(1, node_id(level, idx >> 1));
      insert_node_.bind(2, h.data(), static_cast<int>(h.size()));
      insert_node_.exec();
    }
    frontier[static_cast<std::size_t>(level)] = h;
    indices.push_back(n++);
  }
  sp.release();
  return indices;
}

std::uint64_t TransparencyLog::append(const Digest& event_hash) { return append(std::span(&event_hash, 1)).front(); }

Digest TransparencyLog::root(std::uint64_t tree_size) {
  if (tree_size > size()) throw std::out_of_range("transparency log: root asked beyond the log's size");
  return merkle_range_root(subtrees(), 0, tree_size);
}

TreeHead TransparencyLog::head(std::int64_t time_ms) {
  const std::uint64_t n = size();
  return {n, root(n), time_ms};
}

InclusionProof TransparencyLog::inclusion_proof(std::uint64_t leaf_index, std::uint64_t tree_size) {
  if (tree_size > size()) throw std::out_of_range("transparency log: proof asked beyond the log's size");
  return {leaf_index, tree_size, merkle_inclusion_proof(subtrees(), leaf_index, tree_size)};
}

std::optional<InclusionProof> TransparencyLog::prove_event(const Digest& event_hash, std::uint64_t tree_size) {
  auto index = index_of(event_hash);
  if (!index || *index >= tree_size) return std::nullopt;
  return inclusion_proof(*index, tree_size);
}

std::vector<Digest> TransparencyLog::consistency_proof(std::uint64_t size1, std::uint64_t size2) {
  if (size2 > size()) throw std::out_of_range("transparency log: proof asked beyond the log's size");
  if (size1 == 0) return {};
  return merkle_consistency_proof(subtrees(), size1, size2);
}

SignedTreeHead TransparencyLog::sign_head(const KeyPair& log_key, std::int64_t time_ms) {
  const SignedTreeHead sth = sign_tree_head(head(time_ms), log_key);
  SQLite::Statement q(db_, "INSERT OR REPLACE INTO tlog_heads(size, root, time, sig) VALUES(?, ?, ?, ?)");
  q.bind(1, static_cast<std::int64_t>(sth.head.size));
  q.bind(2, sth.head.root.data(), static_cast<int>(sth.head.root.size()));
  q.bind(3, sth.head.time);
  q.bind(4, sth.sig.data(), static_cast<int>(sth.sig.size()));
  q.exec();
  return sth;
}

std::optional<SignedTreeHead> TransparencyLog::read_head(SQLite::Statement& q) {
  if (!q.executeStep()) return std::nullopt;
  SignedTreeHead sth;
  sth.head.size = static_cast<std::uint64_t>(q.getColumn(0).getInt64());
  sth.head.root = blob_array<32>(q.getColumn(1), "tree head root");
  sth.head.time = q.getColumn(2).getInt64();
  sth.sig = blob_array<64>(q.getColumn(3), "tree head signature");
  return sth;
}

std::optional<SignedTreeHead> TransparencyLog::latest_head() {
  SQLite::Statement q(db_, "SELECT size, root, time, sig FROM tlog_heads ORDER BY size DESC LIMIT 1");
  return read_head(q);
}

std::optional<SignedTreeHead> TransparencyLog::head_at(std::uint64_t tree_size) {
  SQLite::Statement q(db_, "SELECT size, root, time, sig FROM tlog_heads WHERE size = ?");
  q.bind(1, static_cast<std::int64_t>(tree_size));
  return read_head(q);
}

}  // namespace fg
