// Transparency-log speeds on 1,000,000 leaves (--smoke: 10,000), each against a baseline
// measured in the same run:
//   building the SQLite log (batches of 10,000 in a transaction) vs the in-memory tree;
//   inclusion-proof generation from SQLite vs from memory;
//   inclusion-proof verification vs the raw SHA-256 node-hash rate (a proof is ~log2 n hashes);
//   consistency-proof generation from SQLite.
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Transaction.h>
#include <unistd.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <random>
#include <string>

#include "tlog/merkle.h"
#include "tlog/transparency_log.h"

using namespace fg;
using Clock = std::chrono::steady_clock;

namespace {
double seconds_since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

struct TempFolder {
  std::filesystem::path path;
  TempFolder() {
    std::string p = (std::filesystem::temp_directory_path() / "tlog-bench-XXXXXX").string();
    path = mkdtemp(p.data());
  }
  ~TempFolder() { std::filesystem::remove_all(path); }
};

Digest event_hash(std::uint64_t i) {
  Digest d{};
  std::memcpy(d.data(), &i, sizeof i);
  return sha256(d);
}
}  // namespace

int main(int argc, char** argv) {
  const bool smoke = argc > 1 && std::strcmp(argv[1], "--smoke") == 0;
  const std::uint64_t leaves = smoke ? 10'000 : 1'000'000;
  const int proofs = smoke ? 2'000 : 50'000;
  const std::uint64_t batch = 10'000;
  TempFolder dir;
  std::printf("tlog_bench: %llu leaves%s\n", static_cast<unsigned long long>(leaves), smoke ? " (smoke)" : "");

  std::vector<Digest> hashes(leaves);
  for (std::uint64_t i = 0; i < leaves; ++i) hashes[i] = event_hash(i);

  // 1. Building: memory baseline, then SQLite (WAL, batches).
  auto t0 = Clock::now();
  MemoryMerkleTree mem;
  for (const Digest& h : hashes) mem.append(h);
  const double mem_build = seconds_since(t0);

  SQLite::Database db((dir.path / "relay.db").string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  db.exec("PRAGMA journal_mode=WAL");
  db.exec("PRAGMA synchronous=FULL");
  TransparencyLog log(db);
  t0 = Clock::now();
  for (std::uint64_t at = 0; at < leaves; at += batch) {
    SQLite::Transaction tx(db);
    log.append(std::span(hashes).subspan(at, std::min(batch, leaves - at)));
    tx.commit();
  }
  const double sql_build = seconds_since(t0);
  const bool same_root = log.root(leaves) == mem.root();
  db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
  const double mb = static_cast<double>(std::filesystem::file_size(dir.path / "relay.db")) / 1e6;
  std::printf("build:   in memory %8.2f s (%9.0f leaves/s); SQLite %8.2f s (%9.0f leaves/s, %.0f MB)  ratio %.2f\n",
              mem_build, leaves / mem_build, sql_build, leaves / sql_build, mb, sql_build / mem_build);
  if (!same_root) {
    std::printf("ERROR: SQLite root differs from the in-memory root\n");
    return 1;
  }

  // 2. Inclusion-proof generation at random leaves of the full tree.
  std::mt19937_64 rng(1);
  std::vector<std::uint64_t> picks(static_cast<std::size_t>(proofs));
  for (auto& p : picks) p = rng() % leaves;
  t0 = Clock::now();
  std::size_t path_len = 0;
  for (auto i : picks) path_len += mem.inclusion_proof(i, leaves).size();
  const double mem_gen = proofs / seconds_since(t0);
  std::vector<InclusionProof> made;
  made.reserve(picks.size());
  t0 = Clock::now();
  for (auto i : picks) made.push_back(log.inclusion_proof(i, leaves));
  const double sql_gen = proofs / seconds_since(t0);
  std::printf("prove:   in memory %9.0f /s; SQLite %9.0f /s  ratio %.3f  (mean path %.1f hashes)\n", mem_gen, sql_gen,
              sql_gen / mem_gen, static_cast<double>(path_len) / proofs);

  // 3. Verification against the raw node-hash rate.
  const Digest root = mem.root();
  t0 = Clock::now();
  Digest acc = root;
  const int hash_runs = proofs * 20;
  for (int i = 0; i < hash_runs; ++i) acc = merkle_node_hash(acc, root);
  const double hash_rate = hash_runs / seconds_since(t0);
  t0 = Clock::now();
  int good = 0;
  for (std::size_t k = 0; k < made.size(); ++k)
    good += verify_inclusion(merkle_leaf_hash(hashes[picks[k]]), made[k].leaf_index, made[k].tree_size, made[k].path, root);
  const double verify_rate = proofs / seconds_since(t0);
  const double mean_path = static_cast<double>(path_len) / proofs;
  std::printf("verify:  %9.0f proofs/s; raw node hashes %9.0f /s -> %.0f proofs/s at %.1f hashes each  ratio %.2f\n",
              verify_rate, hash_rate, hash_rate / (mean_path + 1), mean_path, verify_rate / (hash_rate / (mean_path + 1)));
  if (good != proofs || acc == root) {
    std::printf("ERROR: %d of %d proofs verified\n", good, proofs);
    return 1;
  }

  // 4. Consistency proofs from random older sizes to the full tree.
  t0 = Clock::now();
  const int cons = proofs / 4;
  int cons_ok = 0;
  for (int i = 0; i < cons; ++i) {
    const std::uint64_t old_size = 1 + rng() % leaves;
    const auto proof = log.consistency_proof(old_size, leaves);
    cons_ok += verify_consistency(old_size, leaves, mem.root(old_size), root, proof);
  }
  const double cons_rate = cons / seconds_since(t0);
  std::printf("consistency: %9.0f proofs/s (SQLite, each also verified)\n", cons_rate);
  if (cons_ok != cons) {
    std::printf("ERROR: consistency proofs failed\n");
    return 1;
  }
  return 0;
}
