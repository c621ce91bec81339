#pragma once
// Who signed a version-2 event, checked against the bureau-signed configuration the event
// names in `config` (docs/event-format.md, "Version 2"): the relay on receipt and
// fairguard-verify on a bundle ask the same questions in the same words.
#include <optional>
#include <string>

#include "fairconfig/fair_config.h"
#include "ledger/event.h"

namespace fg {

// Why `e` does not hold against `config` (the configuration whose SHA-256 the event names,
// already verified with the bureau key by the caller), or nullopt when it holds:
//  - the configuration is for the event's fair;
//  - `device` is in it, and not revoked (or revoked with a cut-off at or after the event's seq);
//  - `officer` is on its roster, not disabled, with a credential not expired on the event's day
//    (its `time`, in the fair's time zone) and a published sign_pk;
//  - officer_sig verifies with that sign_pk.
// A version-1 event has no officer signature to check: the caller decides what it is worth.
std::optional<std::string> officer_signature_refusal(const SignedEvent& e, const FairConfig& config);

// Whether a station holding `config` writes version 2: every enabled officer on its roster
// has a signing key (sign_pk). A roster with nobody enabled signs nothing: false.
bool roster_signs_events(const FairConfig& config);

}  // namespace fg
