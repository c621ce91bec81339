#pragma once

namespace fg {
// Initialises libsodium once (thread-safe); every crypto entry point calls it.
void ensure_sodium();
}  // namespace fg
