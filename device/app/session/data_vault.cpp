#include "data_vault.h"

#include <QDir>
#include <QFileInfo>

#include "crypto/data_keyring.h"
#include "device_key_file.h"
#include "ledger/record_cipher.h"

namespace fg {

std::string DataVault::keyringPath() const {
  return QDir(data_dir_).filePath(QStringLiteral("keyring.json")).toStdString();
}

bool DataVault::hasKeyring() const { return DataKeyring::exists(keyringPath()); }

void DataVault::createKey() { data_key_ = std::make_unique<SecretBytes>(DataKeyring::create(keyringPath())); }

QString DataVault::unlock(const Officer& officer, const QString& pin) {
  if (!officer.box)
    return tr(
        "Your roster entry has no data key (you were added with an older relay). Ask the bureau to add you "
        "again, or let another officer sign in.");
  const DataKeyring ring = DataKeyring::load(keyringPath());
  if (!ring.has_copy_for(officer.id, officer.box->public_key))
    return tr(
        "This station has no key for you yet. Any officer who has used this station must sign in once; "
        "then you can.");
  std::string why;
  auto key = ring.open(officer.id, OfficerBoxKey::derive(pin.toStdString(), *officer.box), &why);
  if (!key) return tr("The station's data does not open: %1").arg(QString::fromStdString(why));
  data_key_ = std::make_unique<SecretBytes>(std::move(*key));
  return {};
}

void DataVault::seal(const std::vector<Officer>& roster) {
  if (!data_key_) return;
  std::vector<KeyRecipient> recipients;
  for (const Officer& o : roster)
    if (o.box && !o.disabled) recipients.push_back({o.id, o.box->public_key});
  DataKeyring::load(keyringPath()).update(*data_key_, recipients);
}

void DataVault::openStores(const std::string& fair) {
  if (store_ && store_->fair() != fair)
    throw std::runtime_error("this station belongs to fair " + store_->fair() + ", not " + fair);
  if (!data_key_) throw std::runtime_error("the station's data is locked: an officer must sign in first");
  const QDir dir(data_dir_);
  if (!blobs_)
    blobs_ = std::make_unique<BlobStore>(dir.filePath(QStringLiteral("blobs")).toStdString(),
                                         std::make_shared<SecretBytes>(derive_subkey(*data_key_, 2, "fgblobs_")));
  if (!store_) {
    store_ =
        std::make_unique<EventStore>(dir.filePath(QStringLiteral("events.db")).toStdString(), fair,
                                     std::make_shared<XChaChaRecordCipher>(derive_subkey(*data_key_, 1, "fgevents")));
    // The other stations' version-2 events, checked as the relay checks them (docs/station.md,
    // "Officer signatures of pulled events"): without the configuration an event names, it is
    // refused and comes again; one that does not hold against it is stored but kept apart.
    store_->set_event_check([this](const SignedEvent& e) -> std::optional<std::string> {
      if (e.event.v != kEventVersionOfficerSigned) return std::nullopt;
      if (!e.officer_sig) return "the officer signature (officer_sig) is missing";  // no v2 record without one
      if (configs_.has(e.event.config)) return std::nullopt;
      return "configuration " + e.event.config.substr(0, 16) +
             " is not one this station holds (the relay did not send it)";
    });
    store_->set_keep_apart_check([this](const SignedEvent& e) { return configs_.refusal(e); });
  }
}

void DataVault::sealDeviceSeed(const SecretBytes& seed) {
  if (!data_key_) throw std::runtime_error("the station's data is locked: an officer must sign in first");
  device_key_file::seal(data_dir_.toStdString(), *data_key_, seed);
}

SecretBytes DataVault::openDeviceSeed() {
  if (!data_key_) throw std::runtime_error("the station's data is locked: an officer must sign in first");
  std::string why;
  auto seed = device_key_file::open(data_dir_.toStdString(), *data_key_, &why);
  if (!seed) throw std::runtime_error(why);
  return std::move(*seed);
}

void DataVault::trustDevices(const FairConfig& config) {
  if (!store_) return;
  for (const DeviceEntry& d : config.devices) {
    if (d.revoked)
      store_->revoke_device(d.key, d.revoked_after_seq, d.revoked_at);
    else
      store_->trust_device(d.key, d.code);
  }
}

void DataVault::close() {
  store_.reset();
  blobs_.reset();
  data_key_.reset();      // sodium_free wipes it
  plain_copies_.reset();  // removes the plain copies shown meanwhile
}

QString DataVault::plainBlobFile(const std::string& hash) {
  if (!blobs_ || !blobs_->contains(hash)) return {};
  if (!plain_copies_) {
    const QString base =
        QFileInfo(QStringLiteral("/dev/shm")).isWritable() ? QStringLiteral("/dev/shm") : QDir::tempPath();
    plain_copies_ = std::make_unique<QTemporaryDir>(base + QStringLiteral("/fairguard-view-XXXXXX"));
    if (!plain_copies_->isValid()) {
      plain_copies_.reset();
      return {};
    }
  }
  const QString file = plain_copies_->filePath(QString::fromStdString(hash));
  if (QFileInfo::exists(file)) return file;
  std::string why;
  if (!blobs_->export_to(hash, file.toStdString(), &why)) {
    qWarning("Cannot show blob %s: %s", hash.c_str(), why.c_str());
    return {};
  }
  return file;
}

}  // namespace fg
