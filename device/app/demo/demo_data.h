#pragma once
// A demo fair for --demo, --self-test, --screenshots, the tests and the benchmark: a bureau
// key, booths, officers OF-017 (PIN 1234), OF-023 (PIN 4321) and supervisor SV-001 (PIN 9999),
// this device as station S03 and a second station S01.
#include <QString>

#include <memory>
#include <string>

#include "crypto/keys.h"

namespace fg {

class StationBackend;

struct DemoFair {
  std::unique_ptr<KeyPair> bureau;
  std::string signed_config;
  // A genuine booth sticker of this fair, as the bureau prints it.
  std::string sticker(const std::string& booth) const;
};

// A complainant's signature as the pad's Canvas gives it (a PNG data URL of a few strokes).
QString demo_signature();

// Enrols an opened backend (StationBackend::open) in the demo fair. Demo PINs use the cheapest
// Argon2id cost so that tests and the demo start at once.
bool enrol_demo_fair(StationBackend& backend, DemoFair& fair, QString* error);

// Adds `count` cases through the intake wizard and case page, in every state (at least 6).
// Signs in OF-017 for it and signs out again. False and the first refusal in *error.
bool add_demo_cases(StationBackend& backend, const DemoFair& fair, int count, QString* error);

// Demo, self-test and screenshots (demo_receipts.cpp): in every case, the earlier half of this
// station's events get genuine receipts (a log signed by a demo key), the next quarter are
// acknowledged, the rest stay sealed, so the timeline shows all three states.
bool add_demo_receipts(StationBackend& backend, QString* error);

// The page tour (demo_set_aside.cpp): a device S09 the bureau revoked with a cut-off before its
// first event, which left one event on every case and three junk cases; all set aside, so the
// sync details and each case page show why. Needs the data open (an officer signed in).
bool add_demo_set_aside(StationBackend& backend, QString* error);

}  // namespace fg
