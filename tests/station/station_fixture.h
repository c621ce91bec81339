#pragma once
// A station enrolled in the demo fair, in a temp folder: real EventStore, BlobStore, device
// key and bureau-signed configuration. Officers OF-017/1234, OF-023/4321, SV-001/9999.
#include <QTemporaryDir>

#include <memory>
#include <string>
#include <vector>

#include "demo_data.h"
#include "station_backend.h"

namespace fg::test {

// The QGuiApplication every test needs (offscreen), made once.
void ensure_app();

struct Station {
  Station();
  QTemporaryDir dir;
  std::unique_ptr<StationBackend> backend;
  DemoFair fair;

  void signIn(const char* officer = "OF-017", const char* pin = "1234");
  // Stored events, also while the encrypted stores are closed (sign-out, kiosk): the count
  // needs only the plain columns.
  std::int64_t events();
  // Types of all events in fold order.
  std::vector<std::string> types();
  // A sticker that looks right but is signed by another key.
  std::string forged_sticker(const std::string& booth) const;
  // The bureau enrols another desk with this key (`code`, e.g. "S05") in the fair: its
  // configuration, signed anew, is installed here, so that the desk's events import.
  void addStation(const KeyPair& key, const char* code);
};

// A complaint taken through the wizard up to (and including) the admissibility check.
// Returns the case number.
std::string intake_to_admissibility(StationBackend& backend, const DemoFair& fair, const char* booth = "9.1K23",
                                    const char* idNumber = "91440300MA5TEST01");

// A complaint taken through the wizard to an accepted case at booth 9.1K23 (signed by the
// complainant), opened on the case page. Returns the case number.
std::string accepted_case(Station& s);

// Every byte of every file under a station's data folder (db, -wal, -shm, blobs, keyring,
// state files), as one string: for checking what a stolen tablet reveals.
std::string all_files(const QString& dir);

// A signature as the pad's Canvas gives it: the demo fair's (demo_data.h).
QString drawn_signature();

}  // namespace fg::test
