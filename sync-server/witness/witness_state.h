#pragma once
// What a witness remembers (docs/witness.md, "State"), in witness.db (SQLite, WAL,
// synchronous=FULL): the logs it witnesses, per log the last tree head it cosigned with that
// cosignature, and every refusal of a head the log itself signed (a rewritten or backdated
// log: evidence, kept for good). A new head is committed before its cosignature leaves, so a
// witness killed at any moment never forgets a head it vouched for.
#include <SQLiteCpp/Database.h>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "tlog/cosignature.h"

namespace fg::witness {

struct WitnessedLog {
  PublicKey key{};
  std::string name;  // the log's origin, as the witness's operator calls it (e.g. "CF138 bureau relay")
};

struct CosignedHead {
  SignedTreeHead head;
  Cosignature cosignature;
};

struct Refusal {
  std::int64_t at = 0;  // ms UTC
  std::string log;      // the log's key, hex
  std::string code;     // a sync::witness_err code
  std::string message;
  Json head;  // the refused signed head
};

class WitnessState {
 public:
  // Opens or creates; refuses a newer schema (std::runtime_error).
  explicit WitnessState(const std::filesystem::path& file);

  // Adds a log to witness, or renames it; true when it was new.
  bool add_log(const WitnessedLog& log);
  std::vector<WitnessedLog> logs();
  std::optional<WitnessedLog> find_log(const PublicKey& key);

  std::optional<CosignedHead> latest(const PublicKey& log);
  // Commits the head as the log's latest (durably) before returning.
  void advance(const PublicKey& log, const CosignedHead& cosigned);
  void record_refusal(const Refusal& r);
  std::vector<Refusal> refusals(std::size_t newest = 100);
  std::int64_t refusal_count();

 private:
  SQLite::Database db_;
};

}  // namespace fg::witness
