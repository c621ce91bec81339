#include "crypto/sodium_init.h"

#include <sodium.h>

#include <stdexcept>

namespace fg {
void ensure_sodium() {
  static const bool ready = sodium_init() >= 0;
  if (!ready) throw std::runtime_error("libsodium failed to initialise");
}
}  // namespace fg
