// The device key at rest (docs/station.md, "At rest"): a stolen tablet cannot sign as its
// station. An old station's plain device.key is sealed under the data key at the first
// sign-in and deleted; afterwards no file holds the key, a wrong PIN does not open it, the
// right one does, and a sealed key that was altered refuses the sign-in with a clear error.
#include <QDir>
#include <QFile>

#include <catch2/catch.hpp>

#include <cctype>

#include "intake_wizard.h"
#include "station_fixture.h"

using namespace fg;
using fg::test::all_files;

namespace {

bool record_something(StationBackend& b) {
  b.intake()->reset();
  return b.intake()->recordComplainant({{"name", "Nordic Outdoor AB"}, {"idNumber", "556677-8899"}});
}

std::string upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

TEST_CASE("an old plain device.key is sealed at the first sign-in, and no file holds it after", "[station]") {
  test::ensure_app();
  QTemporaryDir dir;
  REQUIRE(dir.isValid());
  const QDir folder(dir.path());
  // A station from before: its device key in plain, as KeyPair::save wrote it.
  const Bytes seed(32, 0x5a);
  const KeyPair old = KeyPair::from_seed(seed);
  old.save(folder.filePath("device.key").toStdString());
  const std::string seed_hex = to_hex(seed);
  const std::string seed_raw(seed.begin(), seed.end());

  DemoFair fair;
  {
    StationBackend b;
    QString error;
    REQUIRE(b.open(dir.path(), &error));
    REQUIRE(enrol_demo_fair(b, fair, &error));
    REQUIRE(b.session()->trySignIn("OF-017", "1234"));
    REQUIRE(b.deviceKey());
    CHECK(b.deviceKey()->public_key() == old.public_key());
    REQUIRE(record_something(b));
    b.session()->signOut();
  }
  // The folder as a station from before this change left it: keyring, stores, plain key.
  REQUIRE(QFile::remove(folder.filePath("device.sealed")));
  REQUIRE(QFile::remove(folder.filePath("device.pub")));
  old.save(folder.filePath("device.key").toStdString());
  {
    StationBackend b;
    QString error;
    REQUIRE(b.open(dir.path(), &error));
    CHECK(b.enrolled());
    REQUIRE(b.session()->trySignIn("OF-017", "1234"));  // the first sign-in seals it
    REQUIRE(b.deviceKey());
    CHECK(b.deviceKey()->public_key() == old.public_key());
    REQUIRE(record_something(b));
    CHECK(b.store()->verify_chain(old.public_hex()).ok);  // signed by the same key as before
    CHECK_FALSE(folder.exists("device.key"));
    CHECK(folder.exists("device.sealed"));
    CHECK(folder.exists("device.pub"));
    // Signed in (stores open, WAL files present): no file holds the key in any spelling.
    const std::string running = all_files(dir.path());
    CHECK(running.find(seed_hex) == std::string::npos);
    CHECK(running.find(upper(seed_hex)) == std::string::npos);
    CHECK(running.find(seed_raw) == std::string::npos);
    b.session()->signOut();
    CHECK(b.deviceKey() == nullptr);  // the signing key leaves memory with the data key
  }
  const std::string disk = all_files(dir.path());
  CHECK(disk.find(seed_hex) == std::string::npos);
  CHECK(disk.find(upper(seed_hex)) == std::string::npos);
  CHECK(disk.find(seed_raw) == std::string::npos);

  {
    StationBackend b;
    QString error;
    REQUIRE(b.open(dir.path(), &error));
    CHECK(b.enrolled());  // the public half is enough to check the configuration
    CHECK(b.stationCode() == QStringLiteral("S03"));
    CHECK(b.deviceKey() == nullptr);
    CHECK(b.session()->signIn("OF-017", "1235") == OfficerSession::Result::WrongPin);
    CHECK(b.deviceKey() == nullptr);
    REQUIRE(b.session()->trySignIn("OF-023", "4321"));
    REQUIRE(b.deviceKey());
    CHECK(b.deviceKey()->public_key() == old.public_key());
    CHECK(record_something(b));
    CHECK(b.store()->verify_chain(old.public_hex()).ok);
    b.session()->signOut();
  }

  // An altered sealed key: the right PIN does not sign in, and says why.
  {
    QFile sealed(folder.filePath("device.sealed"));
    REQUIRE(sealed.open(QIODevice::ReadWrite));
    QByteArray bytes = sealed.readAll();
    bytes[bytes.size() - 1] = static_cast<char>(bytes[bytes.size() - 1] ^ 1);
    sealed.seek(0);
    sealed.write(bytes);
  }
  StationBackend b;
  QString error;
  REQUIRE(b.open(dir.path(), &error));
  CHECK(b.session()->signIn("OF-017", "1234") == OfficerSession::Result::DataLocked);
  CHECK_THAT(b.session()->lastError().toStdString(), Catch::Contains("device key"));
  CHECK(b.deviceKey() == nullptr);
  CHECK_FALSE(b.dataOpen());
}

TEST_CASE("a new station's device key is never written in plain and follows the data key", "[station]") {
  test::Station s;
  const QDir folder(s.dir.path());
  CHECK_FALSE(folder.exists("device.key"));
  CHECK(folder.exists("device.sealed"));
  const std::string own = s.backend->enrolment().devicePublicHex();
  s.signIn();
  REQUIRE(record_something(*s.backend));
  s.backend->session()->signOut();
  CHECK(s.backend->deviceKey() == nullptr);
  s.signIn("OF-023", "4321");
  REQUIRE(s.backend->deviceKey());
  CHECK(s.backend->deviceKey()->public_hex() == own);
  CHECK(s.backend->store()->verify_chain(own).ok);
}
