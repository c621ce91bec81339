#include "station_enrolment.h"

#include "crypto/sha256.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <filesystem>

#include "device_key_file.h"

namespace fg {
namespace {

bool write_file(const QString& path, const QByteArray& bytes, QString* error) {
  QSaveFile f(path);
  if (f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() && f.commit()) return true;
  if (error) *error = QStringLiteral("Cannot write %1: %2").arg(path, f.errorString());
  return false;
}

std::optional<QByteArray> read_file(const QString& path) {
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) return std::nullopt;
  return f.readAll();
}

}  // namespace

bool StationEnrolment::open(const QString& dataDir, std::optional<Saved>* saved, QString* error) {
  saved->reset();
  try {
    const QDir dir(dataDir);
    if (!QDir().mkpath(dataDir)) {
      if (error) *error = QStringLiteral("Cannot create the data folder %1").arg(dataDir);
      return false;
    }
    data_dir_ = dir.absolutePath();
    const std::filesystem::path folder = data_dir_.toStdString();
    device_key_.reset();
    seed_to_seal_.reset();
    has_device_ = false;
    if (auto plain = device_key_file::read_plain_seed(folder)) {
      take(std::move(*plain));  // an older station: sealed at the next sign-in
    } else if (auto pub = device_key_file::read_public(folder)) {
      device_public_ = *pub;  // the signing half opens with the data key at sign-in
      has_device_ = true;
    } else {
      // The device key is made here and never leaves the tablet. Until enrolment makes the data
      // key that seals it, it is in memory only: a restart before then just makes another.
      take(SecretBytes::random(32));
    }
    const auto pub = read_file(dir.filePath(QStringLiteral("bureau.pub")));
    const auto config = read_file(dir.filePath(QStringLiteral("fair-config.json")));
    if (!pub || !config) return true;  // not enrolled yet: the enrolment page shows
    const auto bureau = public_key_from_hex(pub->trimmed().toStdString());
    if (!bureau) {
      if (error) *error = QStringLiteral("bureau.pub in %1 is not a public key").arg(dataDir);
      return false;
    }
    *saved = Saved{config->toStdString(), *bureau};
    return true;
  } catch (const std::exception& e) {
    if (error)
      *error = QStringLiteral("Cannot open the station data in %1: %2").arg(dataDir, QString::fromUtf8(e.what()));
    return false;
  }
}

std::optional<FairConfig> StationEnrolment::verify(const std::string& signedText, const PublicKey& bureau,
                                                   QString* error) const {
  auto fail = [&](const QString& why) -> std::optional<FairConfig> {
    if (error) *error = why;
    return std::nullopt;
  };
  if (!has_device_) return fail(QStringLiteral("The station data folder is not open."));
  VerifiedConfig verified = verify_fair_config(signedText, bureau);
  if (!verified)
    return fail(QStringLiteral("Fair configuration refused: %1 (%2)")
                    .arg(QString::fromUtf8(describe(verified.error)), QString::fromStdString(verified.detail)));
  const FairConfig& config = *verified.config;
  if (enrolled() && bureau != bureau_)
    return fail(QStringLiteral("The configuration is signed by another bureau key."));
  const DeviceEntry* me = config.find_device(devicePublicHex());
  if (!me)
    return fail(QStringLiteral("This device is not enrolled in fair %1.").arg(QString::fromStdString(config.fair.id)));
  if (me->revoked) return fail(QStringLiteral("This device has been revoked by the bureau."));
  if (enrolled() && config.version < config_.version) return fail(QStringLiteral("Older fair configuration ignored."));
  return std::move(*verified.config);
}

bool StationEnrolment::adopt(const std::string& signedText, const PublicKey& bureau, FairConfig config,
                             QString* error) {
  const QDir dir(data_dir_);
  if (!write_file(dir.filePath(QStringLiteral("bureau.pub")), QByteArray::fromStdString(to_hex(bureau)), error) ||
      !write_file(dir.filePath(QStringLiteral("fair-config.json")), QByteArray::fromStdString(signedText), error))
    return false;
  const DeviceEntry* me = config.find_device(devicePublicHex());
  station_code_ = me ? QString::fromStdString(me->code) : QString();
  config_ = std::move(config);
  config_sha256_ = sha256_hex(as_bytes(signedText));
  bureau_ = bureau;
  return true;
}

void StationEnrolment::take(SecretBytes seed) {
  device_key_ = std::make_unique<KeyPair>(KeyPair::from_seed(seed.view()));
  device_public_ = device_key_->public_key();
  has_device_ = true;
  seed_to_seal_ = std::make_unique<SecretBytes>(std::move(seed));
}

bool StationEnrolment::attachSeed(const SecretBytes& seed) {
  auto key = std::make_unique<KeyPair>(KeyPair::from_seed(seed.view()));
  if (!has_device_ || key->public_key() != device_public_) return false;
  device_key_ = std::move(key);
  return true;
}

void StationEnrolment::forgetSecret() {
  if (!seed_to_seal_) device_key_.reset();
}

QString StationEnrolment::stationOf(const std::string& deviceHex) const {
  if (const DeviceEntry* d = config_.find_device(deviceHex)) return QString::fromStdString(d->code);
  return QString::fromStdString(deviceHex.substr(0, 8));
}

}  // namespace fg
