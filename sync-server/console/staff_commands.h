#pragma once
// `fairguard-relay staff add|list|disable|token` (docs/console.md, "Staff accounts").
#include <CLI/CLI.hpp>

namespace fg::relay {

void add_staff_commands(CLI::App& app);

}  // namespace fg::relay
