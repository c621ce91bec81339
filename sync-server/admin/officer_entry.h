#pragma once
// A new officer on the roster, as `officers add` and the console's officers page make one: the
// same checks (the stations apply them too when they read the roster) and everything derived
// from the PIN. Throws std::invalid_argument saying what is wrong.
#include <optional>
#include <string>

#include "fairconfig/fair_config.h"

namespace fg::relay {

// Id (1 to 32 characters, no spaces or control characters), name and credential.
void check_officer_entry(const std::string& id, const std::string& name,
                         const std::optional<OfficerCredential>& credential);
// The PIN is checked against the fair's minimum length (relay.json pin_min_length).
Officer make_officer(const std::string& id, const std::string& name, const std::string& pin, int pin_min_length,
                     bool supervisor, const std::optional<OfficerCredential>& credential);
// Everything the roster derives from a PIN: its verifier, the box key, the signing key's public half.
void set_officer_pin(Officer& officer, const std::string& pin);

}  // namespace fg::relay
