#pragma once
// `fairguard-relay officers enable | set-pin | credential`: changes of an officer already on the
// roster (docs/relay-admin.md). Kept apart from add/list/disable in main.cpp.
#include <CLI/CLI.hpp>

namespace fg::relay {

void add_officer_change_commands(CLI::App* officers);

}  // namespace fg::relay
