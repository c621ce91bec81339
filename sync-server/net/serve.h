#pragma once
// The `fairguard-relay serve` entry point, called by main.cpp. Declared here by the admin
// side; defined in net/ by the sync side, which also sets FAIRGUARD_HAVE_SERVE on
// fairguard_relay_lib so that main.cpp registers the subcommand.
#include <filesystem>
#include <string>

namespace fg::relay {

// Serves the data folder until SIGINT/SIGTERM. listen empty: the folder's relay.json setting.
// Returns the process exit code.
int run_serve(const std::filesystem::path& data, const std::string& listen, int idle_timeout_seconds);

}  // namespace fg::relay
