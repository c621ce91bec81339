// Transparency-log speeds on 1,000,000 leaves (--smoke: 10,000), each against a baseline
// measured in the same run:
//   building the SQLite log (batches of 10,000 in a transaction) vs the in-memory tree;
//   inclusion-proof generation from SQLite vs from memory;
//   inclusion-proof verification vs the raw SHA-256 node-hash rate (a proof is ~log2 n hashes);
//   consistency-proof generation from SQLite;
//   exporting a whole 100-case fair as an evidence bundle (--smoke: 5 cases) against the `zip`
//   command zipping the same files (default deflate, and -0 store-only like our blobs);
//   --officer-signed: the exported events are format version 2 (the officer signs too, and the
//   bundle carries the signed configuration the verifier checks them against).
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Transaction.h>
#include <unistd.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include "blobs/blob_store.h"
#include "bundle/bundle_collect.h"
#include "bundle/bundle_verify.h"
#include "bundle/bundle_writer.h"
#include "crypto/officer_box.h"
#include "crypto/password.h"
#include "fairconfig/fair_config.h"
#include "ledger/store.h"
#include "support/temp_dir.h"
#include "tlog/merkle.h"
#include "tlog/transparency_log.h"

using namespace fg;
using Clock = std::chrono::steady_clock;

namespace {
double seconds_since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

int run(const std::string& command) { return std::system(command.c_str()); }

// Exports a fair of `cases` cases (4 stations; per case 8 events and 3 photos of `photo_kb`
// KB of incompressible bytes, like JPEGs) and zips the same files with the zip command.
int export_bench(const std::filesystem::path& dir, int cases, std::size_t photo_kb, bool officer_signed) {
  BlobStore blobs(dir / "blobs");
  EventStore store(dir / "fair.db", "CF138");
  std::vector<KeyPair> stations;
  for (std::uint8_t s = 1; s <= 4; ++s) stations.push_back(KeyPair::from_seed(Bytes(32, s)));
  const KeyPair bureau = KeyPair::from_seed(Bytes(32, 0xb0));
  // Version 2: officer OF001 on a bureau-signed roster listing the four stations.
  const OfficerKeysPublic officer_public = make_officer_keys("2468135790", PasswordCost::Test);
  const OfficerBoxKey officer = OfficerBoxKey::derive("2468135790", officer_public.box);
  FairConfig config;
  config.fair = {"CF138", "Bench", "Loopback", "2025-11-20", "2025-11-30", "Asia/Shanghai", {"11.2"}};
  Officer of001{"OF001", "OF001", hash_password("2468135790", PasswordCost::Test), false};
  of001.box = officer_public.box;
  of001.sign_pk = officer_public.sign_pk;
  config.officers.push_back(of001);
  for (std::size_t s = 0; s < stations.size(); ++s)
    config.devices.push_back({stations[s].public_hex(), "desk", "S0" + std::to_string(s + 1), false});
  const std::string config_wire = sign_fair_config(config, bureau);
  OfficerSigner signer;
  if (officer_signed) signer = {&officer.signing_key(), sha256_hex(as_bytes(config_wire))};
  std::mt19937_64 rng(3);
  for (int c = 0; c < cases; ++c) {
    const KeyPair& k = stations[static_cast<std::size_t>(c) % stations.size()];
    const std::string number = "CF138-S0" + std::to_string(c % 4 + 1) + "-" + std::to_string(1000 + c);
    store.append(k, "OF001", "case.opened", {{"caseNumber", number}, {"booth", "11.2B05"}}, {}, signer);
    for (int p = 0; p < 3; ++p) {
      Bytes photo(photo_kb * 1024);
      for (auto& b : photo) b = static_cast<std::uint8_t>(rng());
      const BlobInfo info = blobs.put(photo);
      store.append(k, "OF001", "evidence.added", {{"caseNumber", number}, {"kind", "exhibit_photo"}}, {info.hash},
                   signer);
    }
    for (const char* type : {"respondent.notified", "respondent.replied", "notice.served", "case.closed"})
      store.append(k, "OF001", type, {{"caseNumber", number}}, {}, signer);
  }
  SQLite::Database& db = store.database();
  TransparencyLog log(db);
  const auto all = store.all_in_fold_order();
  std::vector<Digest> hashes;
  for (const auto& e : all) hashes.push_back(e.hash);
  log.append(hashes);
  const KeyPair log_key = KeyPair::from_seed(Bytes(32, 0x10));

  auto t0 = Clock::now();
  BundleInput in;
  in.fair = "CF138";
  in.scope = "all";
  in.created = 1764057600000;
  in.events = contiguous_runs(store, all);
  for (std::size_t s = 0; s < stations.size(); ++s)
    in.devices.push_back({"device", stations[s].public_hex(), "S0" + std::to_string(s + 1)});
  in.log_key = log_key.public_key();
  in.tree_head = log.sign_head(log_key, in.created);
  in.proofs = prove_events(log, in.events, in.tree_head.head.size);
  if (officer_signed) in.configs = {{signer.config, config_wire}};
  const auto entries = bundle_entries(in, blobs, bureau);
  write_zip(dir / "fair.zip", entries, in.created / 1000);
  const double export_s = seconds_since(t0);

  // The same files in a folder, zipped by the zip command.
  const auto folder = dir / "files";
  for (const auto& e : entries) {
    const auto path = folder / e.name;
    std::filesystem::create_directories(path.parent_path());
    if (e.file.empty())
      std::ofstream(path, std::ios::binary) << e.data;
    else
      std::filesystem::copy_file(e.file, path);
  }
  t0 = Clock::now();
  if (run("cd '" + folder.string() + "' && zip -q -r ../plain.zip .") != 0) return 1;
  const double zip_s = seconds_since(t0);
  t0 = Clock::now();
  if (run("cd '" + folder.string() + "' && zip -q -r -0 ../stored.zip .") != 0) return 1;
  const double zip0_s = seconds_since(t0);
  const double mb = static_cast<double>(std::filesystem::file_size(dir / "fair.zip")) / 1e6;
  // Checking the bundle (fairguard-verify's library call) against sha256sum over its files.
  t0 = Clock::now();
  const BundleVerdict verdict = verify_bundle_file(dir / "fair.zip");
  const double verify_s = seconds_since(t0);
  t0 = Clock::now();
  if (run("cd '" + folder.string() + "' && find . -type f -print0 | xargs -0 sha256sum > /dev/null") != 0) return 1;
  const double sum_s = seconds_since(t0);
  if (!verdict.ok()) {
    std::printf("ERROR: the exported bundle fails its check: %s\n", verdict.failure.c_str());
    return 1;
  }
  std::printf(
      "export:  %d cases, %zu events%s, %zu files, %.1f MB: bundle %.2f s; zip -r %.2f s (ratio %.2f); "
      "zip -r -0 %.2f s (ratio %.2f)\n",
      cases, in.events.size(), officer_signed ? " (version 2, officer-signed)" : "", entries.size(), mb, export_s,
      zip_s, export_s / zip_s, zip0_s, export_s / zip0_s);
  std::printf("check:   fairguard-verify %.2f s; sha256sum over the same files %.2f s (ratio %.2f)\n", verify_s, sum_s,
              verify_s / sum_s);
  return 0;
}

Digest event_hash(std::uint64_t i) {
  Digest d{};
  std::memcpy(d.data(), &i, sizeof i);
  return sha256(d);
}
}  // namespace

int main(int argc, char** argv) {
  bool smoke = false, officer_signed = false;
  for (int i = 1; i < argc; ++i) {
    smoke = smoke || std::strcmp(argv[i], "--smoke") == 0;
    officer_signed = officer_signed || std::strcmp(argv[i], "--officer-signed") == 0;
  }
  const std::uint64_t leaves = smoke ? 10'000 : 1'000'000;
  const int proofs = smoke ? 2'000 : 50'000;
  const std::uint64_t batch = 10'000;
  fg::test::TempDir dir{"tlog-bench"};
  std::printf("tlog_bench: %llu leaves%s\n", static_cast<unsigned long long>(leaves), smoke ? " (smoke)" : "");

  std::vector<Digest> hashes(leaves);
  for (std::uint64_t i = 0; i < leaves; ++i) hashes[i] = event_hash(i);

  // 1. Building: memory baseline, then SQLite (WAL, batches).
  auto t0 = Clock::now();
  MemoryMerkleTree mem;
  for (const Digest& h : hashes) mem.append(h);
  const double mem_build = seconds_since(t0);

  SQLite::Database db((dir.path() / "relay.db").string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
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
  const double mb = static_cast<double>(std::filesystem::file_size(dir.path() / "relay.db")) / 1e6;
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
    good +=
        verify_inclusion(merkle_leaf_hash(hashes[picks[k]]), made[k].leaf_index, made[k].tree_size, made[k].path, root);
  const double verify_rate = proofs / seconds_since(t0);
  const double mean_path = static_cast<double>(path_len) / proofs;
  std::printf("verify:  %9.0f proofs/s; raw node hashes %9.0f /s -> %.0f proofs/s at %.1f hashes each  ratio %.2f\n",
              verify_rate, hash_rate, hash_rate / (mean_path + 1), mean_path,
              verify_rate / (hash_rate / (mean_path + 1)));
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

  // 5. Export against the zip command.
  std::filesystem::create_directories(dir.path() / "export");
  return export_bench(dir.path() / "export", smoke ? 5 : 100, smoke ? 20 : 300, officer_signed);
}
