#include "export/export_command.h"

#include <pwd.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <sstream>
#include <stdexcept>

#include <SQLiteCpp/Transaction.h>

#include "bundle/bundle_collect.h"
#include "bundle/bundle_coverage.h"
#include "bundle/bundle_writer.h"
#include "cases/case_fold.h"
#include "cases/case_state.h"
#include "console/access_log.h"
#include "console/review_store.h"
#include "data/accepted_head_store.h"
#include "data/cosignature_store.h"
#include "export/relay_log.h"
#include "tlog/transparency_log.h"

namespace fg::relay {

namespace fs = std::filesystem;

namespace {

std::string case_summary(const Case& c, std::size_t case_events) {
  std::ostringstream s;
  s << "Case " << c.number << "\n";
  s << "Fair: " << c.fair << "\n";
  s << "Opened at station: " << c.station << "\n";
  s << "Booth: " << c.booth << (c.hall.empty() ? "" : " (hall " + c.hall + ")") << "\n";
  s << "State: " << to_string(c.state) << "\n";
  if (c.received) s << "Received: " << utc_time_text(*c.received) << "\n";
  if (c.decided) s << "Decided: " << utc_time_text(*c.decided) << "\n";
  if (c.closed) s << "Closed: " << utc_time_text(*c.closed) << "\n";
  if (!c.outcome.empty()) s << "Outcome: " << c.outcome << "\n";
  if (!c.reason.empty()) s << "Reason: " << c.reason << "\n";
  if (!c.conflicts.empty()) s << "Conflicts between stations: " << c.conflicts.size() << "\n";
  if (c.invalid_events() > 0) s << "Invalid events (kept, not applied): " << c.invalid_events() << "\n";
  s << "Events naming this case: " << case_events
    << " (the bundle also holds the stations' events between them, so every chain link can be checked)\n";
  return s.str();
}

// Who runs the command: the account's name, and the person behind sudo when there is one.
std::string os_user() {
  const passwd* pw = ::getpwuid(::geteuid());
  std::string user = pw ? pw->pw_name : "uid " + std::to_string(::geteuid());
  const char* sudo = std::getenv("SUDO_USER");
  if (sudo && *sudo && user != sudo) user = std::string(sudo) + " (sudo as " + user + ")";
  return user;
}

}  // namespace

ExportResult export_bundle(RelayData& data, const std::string& case_number, const fs::path& out, std::ostream& log,
                           const std::function<void()>& on_record) {
  EventStore& store = data.events();
  // A whole-log bundle reads the events, the log and signs its head as one snapshot: a station
  // pushing meanwhile must not add leaves the bundle does not hold (it must cover every leaf of
  // its head, and the verifier checks it). IMMEDIATE: pushes wait on the busy timeout for these
  // reads, not for the zip, written after the commit. A case bundle needs no snapshot (its
  // events are logged before the head is signed), so the console's downloads never block pushes.
  std::optional<SQLite::Transaction> snapshot;
  if (case_number.empty()) snapshot.emplace(store.database(), SQLite::TransactionBehavior::IMMEDIATE);
  log_stored_events(data);
  const auto all = store.all_in_fold_order();

  std::vector<SignedEvent> selected;
  std::string summary;
  if (case_number.empty()) {
    selected = all;
    std::ostringstream s;
    s << "Every event the relay of fair " << data.fair_id() << " holds: " << all.size() << " events\n";
    summary = s.str();
  } else {
    for (const auto& e : all)
      if (names_case(e.event, case_number)) selected.push_back(e);
    if (selected.empty())
      throw std::runtime_error("no case " + case_number + " in this relay's events (fair " + data.fair_id() +
                               "); `fairguard-relay report` lists the cases in cases.csv");
    const FoldResult fold = fold_cases(selected, data.fair_id());
    const Case* c = fold.find(case_number);
    summary = c ? case_summary(*c, selected.size())
                : "Case " + case_number + ": " + std::to_string(selected.size()) + " events\n";
  }
  if (selected.empty()) throw std::runtime_error("the relay holds no events: nothing to export");

  const std::int64_t now = data.now_ms();
  BundleInput in;
  in.fair = data.fair_id();
  in.scope = case_number.empty() ? "all" : case_number;
  in.created = now;
  in.events = contiguous_runs(store, selected);
  std::map<std::string, std::string> codes;
  for (const auto& d : data.devices()) codes[d.key] = d.code;
  std::map<std::string, bool> seen;
  for (const auto& e : in.events) {
    if (seen[e.event.device]) continue;
    seen[e.event.device] = true;
    const auto it = codes.find(e.event.device);
    if (it == codes.end()) throw std::runtime_error("event from device " + e.event.device + " that is not enrolled");
    in.devices.push_back({"device", e.event.device, it->second});
  }
  TransparencyLog tlog(store.database());
  in.log_key = data.log_key().public_key();
  in.tree_head = tlog.sign_head(data.log_key(), now);
  in.proofs = prove_events(tlog, in.events, in.tree_head.head.size);
  in.summary = summary;
  // Version-2 events name the signed configuration in force at their station: it goes in.
  for (const SignedEvent& e : in.events)
    if (e.officer_sig && !in.configs.contains(e.event.config))
      if (auto wire = data.signed_config_by_sha256(e.event.config))
        in.configs.emplace(e.event.config, std::move(*wire));
  // Each witness's latest cosignature on a head this one extends (docs/witness.md).
  in.witnessed = witnessed_heads(store.database(), tlog, in.tree_head.head, [&log](const WitnessedHead& w) {
    log << "export: left out the cosignature of witness " << to_hex(w.cosignatures.at(0).witness) << " on size "
        << w.head.head.size << ": that head is not in this log (restored or rewritten)\n";
  });
  // Each station's newest accepted head this one extends, with its statement (docs/receipts.md,
  // "Accepted heads"); its device goes into keys.json so the verifier can check the statement.
  in.accepted_heads =
      accepted_heads_for(store.database(), tlog, in.tree_head, in.log_key, [&log, &codes](const AcceptedHead& a) {
        const auto code = codes.find(to_hex(a.device));
        log << "export: left out the accepted head of size " << a.head.head.size << " of station "
            << (code == codes.end() ? to_hex(a.device) : code->second)
            << ": this log does not extend it (restored or rewritten)\n";
      });
  std::erase_if(in.accepted_heads,
                [&codes](const BundleAcceptedHead& a) { return !codes.contains(to_hex(a.statement.device)); });
  for (const BundleAcceptedHead& a : in.accepted_heads) {
    const std::string device = to_hex(a.statement.device);
    if (!seen[device]) in.devices.push_back({"device", device, codes[device]});
    seen[device] = true;
  }
  // A case bundle: the signed statement of every station's head and its events of the case,
  // from the same read of the store as the selection (so the two agree).
  if (!case_number.empty()) {
    in.coverage = case_coverage(in.fair, case_number, now, all);
    // Who viewed, downloaded, exported or reviewed the case (its chain of custody).
    if (on_record) on_record();
    in.access_record = console::case_access_lines(data.dir() / console::kAccessLogFile, case_number);
  }
  // The bureau's review marks of the case (every case's for --all), each signed by the bureau
  // key; a row that no longer holds its signature (relay.db edited by hand) stays out.
  in.reviews = console::stored_review_statements(data.dir() / "relay.db", in.fair, data.bureau_key(), case_number);
  std::erase_if(in.reviews, [&](const ReviewStatement& r) {
    const bool bad = !verify_review(r, data.bureau_key().public_key());
    if (bad) log << "export: left out review mark " << r.id << ": relay.db holds it unlike the bureau signed it\n";
    return bad;
  });
  if (snapshot) snapshot->commit();  // the head signed above is kept, as every head the relay signs
  write_bundle(out, in, data.blobs(), data.bureau_key());

  ExportResult r{in.events.size(), selected.size(), in.tree_head.head.size};
  if (!in.access_record.empty())
    log << "export: " << std::count(in.access_record.begin(), in.access_record.end(), '\n')
        << " entries of the console's access log about the case go in (access-log.jsonl)\n";
  if (!in.reviews.empty())
    log << "export: " << in.reviews.size() << " review marks of the bureau go in (reviews.json)\n";
  log << "export: " << in.scope << ": " << r.case_events << " events (" << r.events
      << " with the chain runs between them) from " << in.devices.size() << " stations, tree head of " << r.tree_size
      << " events, written to " << out.string() << "\n";
  return r;
}

void add_export_commands(CLI::App& app) {
  struct Options {
    std::string data, case_number, out;
    bool all = false;
  };
  auto o = std::make_shared<Options>();
  auto* cmd = app.add_subcommand("export", "Write a case's evidence bundle (zip) that fairguard-verify checks offline");
  cmd->add_option("--data", o->data, "Relay data folder (made by init)")->required();
  auto* one = cmd->add_option("--case", o->case_number, "Case number, e.g. CF138-S01-0001");
  auto* all = cmd->add_flag("--all", o->all, "Every event the relay holds");
  one->excludes(all);
  cmd->add_option("--out", o->out, "Zip file to write, e.g. CF138-S01-0001.zip")->required();
  cmd->callback([o] {
    if (o->case_number.empty() && !o->all) throw std::runtime_error("export: give --case NUMBER or --all");
    RelayData data(o->data);
    if (o->all) {
      export_bundle(data, {}, o->out, std::cout);
      return;
    }
    // A case's bundle made at the shell is in its chain of custody as one from the console is.
    export_bundle(data, o->case_number, o->out, std::cout, [&] {
      console::AccessLog(data.dir() / console::kAccessLogFile, data.bureau_key())
          .record({.at = data.now_ms(),
                   .user = os_user(),
                   .role = "os-user",
                   .address = "command line",
                   .action = "bundle.export",
                   .case_number = o->case_number,
                   .object = fs::path(o->out).filename().string()});
    });
  });
}

}  // namespace fg::relay
