// fairguard-relay: the bureau relay's command line. Parsing only; the work is in
// fairguard_relay_lib (admin/, net/). See docs/relay-admin.md.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <iostream>

#include "admin/admin_commands.h"
#include "admin/officer_change_commands.h"
#include "backup/relay_backup.h"
#include "console/staff_commands.h"
#include "export/export_command.h"
#include "relay_version.h"
#include "report/report_commands.h"
#ifdef FAIRGUARD_HAVE_SERVE
#include "net/serve.h"
#endif

namespace {

CLI::Option* add_data(CLI::App* cmd, std::string& data) {
  return cmd->add_option("--data", data, "Relay data folder (made by init)")->required();
}

}  // namespace

int main(int argc, char** argv) {
  using namespace fg::relay;
  CLI::App app{"fairguard-relay: the FairGuard bureau relay and its administration"};
  app.require_subcommand(1);
  app.set_version_flag("--version", std::string(fg::relay::version()));

  std::string data;

  RelaySettings init_settings;
  auto* init = app.add_subcommand("init", "Make a new relay data folder: keys, TLS certificate, database");
  add_data(init, data);
  init->add_option("--fair", init_settings.fair_id, "Fair id, e.g. CF138 (letters, digits, _ -)")->required();
  init->add_option("--name", init_settings.name, "Fair name")->required();
  init->add_option("--venue", init_settings.venue, "Venue")->required();
  init->add_option("--from", init_settings.from, "First day, YYYY-MM-DD")->required();
  init->add_option("--to", init_settings.to, "Last day, YYYY-MM-DD")->required();
  init->add_option("--timezone", init_settings.timezone, "IANA time zone")->capture_default_str();
  init->add_option("--hall", init_settings.halls,
                   "A hall of the fair (repeat, or comma-separated); "
                   "booth lists naming other halls are refused")
      ->delimiter(',');
  init->add_option("--listen", init_settings.listen, "Address serve listens on, HOST:PORT")->capture_default_str();
  init->add_option("--pin-min-length", init_settings.pin_min_length,
                   "Shortest officer PIN `officers add` accepts (4-12; each digit less makes guessing a PIN "
                   "offline from a stolen tablet 10 times cheaper, docs/station.md \"PIN length\")")
      ->capture_default_str();
  init->callback([&] { admin_init(data, init_settings, std::cout); });

  auto* booths = app.add_subcommand("booths", "Booth list");
  booths->require_subcommand(1);
  std::string csv;
  auto* booths_import = booths->add_subcommand(
      "import", "Replace the booth list from a UTF-8 CSV file (booth,hall,exhibitor,delegation,industry)");
  add_data(booths_import, data);
  booths_import->add_option("file", csv, "CSV file")->required()->check(CLI::ExistingFile);
  booths_import->callback([&] { admin_booths_import(data, csv, std::cout); });

  auto* officers = app.add_subcommand("officers", "Officer roster");
  officers->require_subcommand(1);
  std::string officer_id, officer_name, pin_file;
  auto* officers_add = officers->add_subcommand(
      "add",
      "Add an officer; asks for the PIN (the fair's minimum, 10 unless init set it, to 12 digits) unless --pin-file");
  add_data(officers_add, data);
  officers_add->add_option("--id", officer_id, "Officer id (no spaces)")->required();
  officers_add->add_option("--name", officer_name, "Officer name")->required();
  officers_add->add_option("--pin-file", pin_file, "Read the PIN from the first line of this file")
      ->check(CLI::ExistingFile);
  bool officer_supervisor = false;
  officers_add->add_flag("--supervisor", officer_supervisor,
                         "Role supervisor: may reset a station locked after too many wrong PINs");
  std::string credential_number, credential_expires;
  auto* credential_option = officers_add->add_option(
      "--credential", credential_number, "Enforcement credential number (执法证号), printed on the documents");
  officers_add
      ->add_option("--expires", credential_expires,
                   "Last day the credential is valid, YYYY-MM-DD (the station refuses sign-in after it)")
      ->needs(credential_option);
  credential_option->needs("--expires");
  officers_add->callback([&] {
    admin_officers_add(
        data, officer_id, officer_name,
        pin_file.empty() ? std::nullopt : std::optional<std::filesystem::path>(pin_file), officer_supervisor,
        credential_option->count() == 0
            ? std::nullopt
            : std::optional<fg::OfficerCredential>(fg::OfficerCredential{credential_number, credential_expires}),
        std::cout);
  });
  auto* officers_list = officers->add_subcommand("list", "List officers");
  add_data(officers_list, data);
  officers_list->callback([&] { admin_officers_list(data, std::cout); });
  auto* officers_disable = officers->add_subcommand("disable", "Disable an officer (stations refuse the PIN)");
  add_data(officers_disable, data);
  officers_disable->add_option("--id", officer_id, "Officer id")->required();
  officers_disable->callback([&] { admin_officers_disable(data, officer_id, std::cout); });
  add_officer_change_commands(officers);

  std::string document_case, document_kind, document_out;
  auto* document = app.add_subcommand(
      "document", "Write a case's paper (notice, acceptance, rejection, decision) made again from the relay's events");
  add_data(document, data);
  document->add_option("--case", document_case, "Case number, e.g. CF138-S01-0007")->required();
  document->add_option("--kind", document_kind, "notice, acceptance, rejection or decision")->required();
  document->add_option("--out", document_out, "PDF file to write")->required();
  document->callback([&] { admin_document(data, document_case, document_kind, document_out, std::cout); });

  EnrollOptions enroll_options;
  std::string png;
  auto* enroll = app.add_subcommand("enroll", "Issue a one-time enrolment QR code for a station tablet");
  add_data(enroll, data);
  enroll->add_option("--station", enroll_options.station, "Station name, e.g. \"Hall 9 desk\"")->required();
  enroll->add_option("--png", png, "Also write the QR code to this PNG file");
  enroll->add_option("--host", enroll_options.host,
                     "Address the tablets reach the relay at (default: from --listen, "
                     "or this machine's first LAN IPv4 address)");
  enroll->add_option("--port", enroll_options.port, "Port the tablets connect to (default: from --listen)");
  enroll->add_option("--valid-minutes", enroll_options.valid_minutes, "Minutes the code stays valid")
      ->capture_default_str();
  enroll->callback([&] {
    enroll_options.data = data;
    if (!png.empty()) enroll_options.png = png;
    enroll_options.ansi = ::isatty(STDOUT_FILENO) != 0;
    admin_enroll(enroll_options, std::cout);
  });

  std::string device, revoke_since;
  std::int64_t revoke_after_seq = -1;
  auto* revoke =
      app.add_subcommand("revoke", "Revoke a station device for good, setting aside its events after a cut-off");
  add_data(revoke, data);
  revoke->add_option("--device", device, "Station code (S03) or device public key hex")->required();
  auto* after_seq = revoke
                        ->add_option("--after-seq", revoke_after_seq,
                                     "Keep its events up to this seq (the last known good one); set aside the rest")
                        ->check(CLI::NonNegativeNumber);
  revoke
      ->add_option("--since", revoke_since,
                   "Set aside its events the relay received at or after this time (UTC, 2026-10-16T14:00:00Z)")
      ->excludes(after_seq);
  revoke->callback([&] {
    RevokeCutoff cutoff;  // neither option: what the relay holds now still counts
    if (revoke_after_seq >= 0) cutoff = {RevokeCutoff::Kind::AfterSeq, revoke_after_seq};
    if (!revoke_since.empty()) {
      const auto since = parse_iso_utc(revoke_since);
      if (!since)
        throw CLI::ValidationError("--since", "'" + revoke_since + "' is not a UTC time like 2026-10-16T14:00:00Z");
      cutoff = {RevokeCutoff::Kind::Since, *since};
    }
    admin_revoke(data, device, cutoff, std::cout);
  });

  auto* status = app.add_subcommand("status", "Fair, stations, event and blob counts");
  add_data(status, data);
  status->callback([&] { admin_status(data, std::cout); });

  std::string config_out;
  auto* config = app.add_subcommand("config", "Print (or --out: write) the signed fair configuration stations receive");
  add_data(config, data);
  config->add_option("--out", config_out, "Write exactly the signed bytes to this file");
  config->callback([&] {
    admin_config(data, config_out.empty() ? std::nullopt : std::optional<std::filesystem::path>(config_out), std::cout);
  });

  std::string keys_out;
  auto* keys = app.add_subcommand(
      "keys", "Print (or --out: write) the keys file to publish for fairguard-verify --keys: fair, bureau and log key");
  add_data(keys, data);
  keys->add_option("--out", keys_out, "Write the keys file here");
  std::vector<std::string> keys_witnesses;
  keys->add_option("--witness", keys_witnesses,
                   "NAME=KEY of a witness the relay asks (repeatable): published so that its cosignatures count");
  keys->callback([&] {
    admin_keys(data, keys_out.empty() ? std::nullopt : std::optional<std::filesystem::path>(keys_out), keys_witnesses,
               std::cout);
  });

#ifdef FAIRGUARD_HAVE_SERVE
  ServeFlags serve_flags;
  auto* serve = app.add_subcommand("serve", "Run the relay's TLS sync server until SIGINT/SIGTERM");
  add_data(serve, data);
  serve->add_option("--listen", serve_flags.listen, "HOST:PORT (default: the data folder's setting)");
  serve
      ->add_option("--idle-timeout", serve_flags.idle_timeout,
                   "Seconds without a message before a connection is closed")
      ->capture_default_str();
  serve
      ->add_option("--message-timeout", serve_flags.message_timeout,
                   "Seconds a message may take from its first byte to its last")
      ->capture_default_str();
  serve
      ->add_option("--handshake-timeout", serve_flags.handshake_timeout,
                   "Seconds from connecting to authenticated (TLS handshake, hello, auth)")
      ->capture_default_str();
  serve
      ->add_option("--max-connections", serve_flags.max_connections,
                   "Connections open at once; beyond it an unauthenticated one is closed, else the new one")
      ->capture_default_str();
  serve->add_option("--console", serve_flags.console,
                    "Also serve the bureau console over HTTPS on HOST:PORT (docs/console.md); off by default");
  serve->add_option("--console-cert", serve_flags.console_cert,
                    "PEM certificate for the console (default: the relay's own)");
  serve->add_option("--console-key", serve_flags.console_key, "PEM key of --console-cert");
  serve->add_option("--console-previous", serve_flags.console_previous,
                    "Data folder of the previous session: the console's report compares with it (docs/report.md)");
  serve->add_option("--witness", serve_flags.witnesses,
                    "A witness to ask for cosignatures of each new tree head, HOST:PORT=PUBKEY (repeat for more; "
                    "docs/witness.md)");
  serve->add_option("--metrics", serve_flags.metrics,
                    "Serve /metrics (Prometheus) and /healthz over plain HTTP on a loopback HOST:PORT, "
                    "e.g. 127.0.0.1:9464 (docs/relay-admin.md); off by default");
  int serve_exit = 0;
  serve->callback([&] { serve_exit = run_serve(data, serve_flags); });
#endif

  add_staff_commands(app);
  add_report_commands(app);
  add_export_commands(app);
  add_backup_commands(app);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  } catch (const std::exception& e) {
    std::cerr << "fairguard-relay: error: " << e.what() << "\n";
    return 1;
  }
#ifdef FAIRGUARD_HAVE_SERVE
  return serve_exit;
#else
  return 0;
#endif
}
