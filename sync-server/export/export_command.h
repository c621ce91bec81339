#pragma once
// `fairguard-relay export --data DIR (--case NUMBER | --all) --out FILE.zip` (sync-server/export/README.md):
// logs every stored event, signs a tree head with the log key and writes the evidence bundle
// of one case (or of every event) that fairguard-verify checks offline.
#include <CLI/CLI.hpp>

#include <filesystem>
#include <functional>
#include <ostream>
#include <string>

#include "data/relay_data.h"

namespace fg::relay {

struct ExportResult {
  std::size_t events = 0;       // events in the bundle (whole chain runs)
  std::size_t case_events = 0;  // of which name the case (all of them for --all)
  std::uint64_t tree_size = 0;
};

// case_number empty: every stored event. Throws std::runtime_error (an operator message) for
// an unknown case number or any failure; no zip is left under `out` then. `on_record` runs once
// the case is found and before its access-log lines are read, so the record it writes (the
// command line's own) goes into the bundle.
ExportResult export_bundle(RelayData& data, const std::string& case_number, const std::filesystem::path& out,
                           std::ostream& log, const std::function<void()>& on_record = {});

// Adds the `export` subcommand; errors are thrown from its callback (main exits 1).
void add_export_commands(CLI::App& app);

}  // namespace fg::relay
