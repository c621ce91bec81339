#include "relay_version.h"
namespace fg::relay {
const char* version() { return "fairguard-relay 0.1.0"; }
}  // namespace fg::relay
