#pragma once
namespace fg::relay {
// The relay's version string, printed by --version and in the sync hello.
const char* version();
}  // namespace fg::relay
