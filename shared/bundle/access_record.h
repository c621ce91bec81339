#pragma once
// A case's access record in its bundle (access-log.jsonl; docs/receipts.md, docs/console.md
// "Access log"): the lines of the bureau console's signed access log that name the case,
// exactly as the relay wrote them. Each line is canonical JSON {action, address, at, case,
// hash, object, prev, role, seq, sig, user}: hash is the SHA-256 of the line's canonical bytes
// without hash and sig, sig the bureau key's Ed25519 signature over those same bytes, seq the
// line's place in the whole log from 1 and prev the hash of the line before it there. The
// console writes the log and checks it whole with these functions; fairguard-verify checks a
// bundle's part of it.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "crypto/keys.h"
#include "ledger/canonical.h"

namespace fg {

inline constexpr std::size_t kMaxAccessLineBytes = 16 * 1024;
inline constexpr std::size_t kMaxAccessRecordLines = 100'000;
inline constexpr std::size_t kAccessRecordReportLines = 20;  // entries named in a report, then a count

// The signed part of a line: its canonical bytes without hash and sig.
std::string access_line_signed_bytes(Json line);
// One line's own faults (not canonical JSON, no hash or signature, hash or signature wrong),
// nullopt when it holds; `parsed` receives the line.
std::optional<std::string> check_access_line(std::string_view text, const PublicKey& bureau_key,
                                             Json* parsed = nullptr);

struct AccessRecordFinding {
  std::string failure;              // empty when every line holds
  std::vector<std::string> report;  // what was found
  bool ok() const { return failure.empty(); }
};

// A bundle's access-log.jsonl: at most kMaxAccessRecordLines lines, each holding
// (check_access_line) and naming `case_number`, seqs increasing, and each line whose seq
// follows the one before it linked to it by prev (lines of other cases between two are not in
// the bundle, so there the link cannot be checked; the signatures still hold line by line).
[[nodiscard]] AccessRecordFinding check_access_record(std::string_view text, const PublicKey& bureau_key,
                                                      std::string_view case_number);

}  // namespace fg
