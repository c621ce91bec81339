#pragma once
// The admin subcommands of fairguard-relay (docs/relay-admin.md). main.cpp parses the command
// line with CLI11 and calls these. Each prints its result to `out` and throws
// std::runtime_error / std::invalid_argument with a message for the user on failure.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "admin/booth_csv.h"
#include "data/relay_data.h"
#include "data/relay_settings.h"

namespace fg::relay {

void admin_init(const std::filesystem::path& data, const RelaySettings& settings, std::ostream& out);

// Replaces the booth list from a CSV file; imports nothing if any row is bad.
void admin_booths_import(const std::filesystem::path& data, const std::filesystem::path& csv, std::ostream& out);
// The step both `booths import` and the console's booths page take with a read CSV
// (admin/booth_csv.h): the relay's list replaced by its booths in one transaction, or nothing
// when it has errors (nullopt).
struct BoothImport {
  std::size_t booths = 0, halls = 0, replaced = 0;
  std::int64_t config_version = 0;
};
std::optional<BoothImport> import_booths(RelayData& relay, const BoothCsv& parsed,
                                         const BeforeCommit& before_commit = {});
std::size_t count_halls(const std::vector<Booth>& booths);

// pin_file empty: asks on the terminal. supervisor: may reset a station locked after wrong PINs.
// credential: the enforcement credential number and its last valid day (YYYY-MM-DD); optional.
void admin_officers_add(const std::filesystem::path& data, const std::string& id, const std::string& name,
                        const std::optional<std::filesystem::path>& pin_file, bool supervisor,
                        const std::optional<OfficerCredential>& credential, std::ostream& out);
void admin_officers_list(const std::filesystem::path& data, std::ostream& out);
void admin_officers_disable(const std::filesystem::path& data, const std::string& id, std::ostream& out);
// An officer disabled by mistake (or back on duty) signs in again after the stations' next sync.
void admin_officers_enable(const std::filesystem::path& data, const std::string& id, std::ostream& out);
// A new PIN (asked twice, or from pin_file): the old one stops working at the stations' next sync.
void admin_officers_set_pin(const std::filesystem::path& data, const std::string& id,
                            const std::optional<std::filesystem::path>& pin_file, std::ostream& out);
// A renewed (or corrected) credential; nullopt removes it from the roster.
void admin_officers_set_credential(const std::filesystem::path& data, const std::string& id,
                                   const std::optional<OfficerCredential>& credential, std::ostream& out);
// The steps of `officers set-pin` and `officers credential` once the values are in hand, which
// the console's officers page takes too: the PIN checked against the fair's minimum length
// and only its derived values stored; the credential checked as the stations check it. Throw
// std::invalid_argument for a bad value, std::runtime_error for an unknown officer.
void change_officer_pin(RelayData& relay, const std::string& id, const std::string& pin,
                        const BeforeCommit& before_commit = {});
void change_officer_credential(RelayData& relay, const std::string& id,
                               const std::optional<OfficerCredential>& credential,
                               const BeforeCommit& before_commit = {});

// Writes the `kind` paper (notice, acceptance, rejection, decision) of case `case_number` to
// `file`, made again from the relay's events and its current signed configuration
// (docs/documents.md), and says whether it is the PDF the issuing event cites.
struct DocumentResult {
  std::string sha256;  // of the bytes written
  std::string cited;   // the blob the issuing event cites, empty if none
};
DocumentResult admin_document(const std::filesystem::path& data, const std::string& case_number,
                              const std::string& kind, const std::filesystem::path& file, std::ostream& out);

struct EnrollOptions {
  std::filesystem::path data;
  std::string station;
  std::optional<std::filesystem::path> png;
  std::string host;        // empty: the listen host, or this machine's first non-loopback IPv4
  std::uint16_t port = 0;  // 0: the listen port
  int valid_minutes = 60;  // 0 gives a token that has already expired (tests)
  bool ansi = false;       // colour the terminal QR code (on when stdout is a terminal)
};
void admin_enroll(const EnrollOptions& options, std::ostream& out);
// One enrolment, as `enroll` issues it and the console's enrol page shows it: a one-time token
// and the payload of its QR code. `listen` is where the sync server listens; host empty: its
// host, or this machine's first non-loopback IPv4 when it listens on every interface; port 0:
// its port. Throws std::invalid_argument for a bad station, host or validity, and
// std::runtime_error when no address can be told.
struct IssuedEnrolment {
  std::string payload;  // FGE1:... (fairconfig/enrolment_payload.h)
  IssuedToken token;
};
IssuedEnrolment issue_enrolment(RelayData& relay, const HostPort& listen, const std::string& station, std::string host,
                                std::uint16_t port, int valid_minutes, const BeforeCommit& before_commit = {});

// Revokes a device; its events after the cut-off are set aside (docs/relay-admin.md).
void admin_revoke(const std::filesystem::path& data, const std::string& device, RevokeCutoff cutoff, std::ostream& out);
void admin_status(const std::filesystem::path& data, std::ostream& out);

// The signed fair configuration as stations receive it (to stdout, or exactly its bytes to a
// file): for checking a station offline and for demos.
void admin_config(const std::filesystem::path& data, const std::optional<std::filesystem::path>& file,
                  std::ostream& out);

// The keys file the bureau publishes (bundle/published_keys.h): fair, bureau key, log key, for
// `fairguard-verify --keys FILE`. To stdout, or to `file` with each key's fingerprint printed.
// witnesses: "NAME=KEY" each, the witnesses the relay asks (serve --witness), published with
// the keys so that checkers count their cosignatures.
void admin_keys(const std::filesystem::path& data, const std::optional<std::filesystem::path>& file,
                const std::vector<std::string>& witnesses, std::ostream& out);

}  // namespace fg::relay
