#pragma once
// The station's data at rest (docs/station.md "At rest"): the event store (events.db) and the
// blobs are encrypted under a data key kept in keyring.json, sealed to each officer of the
// roster. The key is in memory only between an officer's sign-in and sign-out; while it is,
// the stores are open. Plain copies of blobs for viewers live in a private RAM folder that
// goes at sign-out and exit.
#include <QCoreApplication>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <string>
#include <vector>

#include "blobs/blob_store.h"
#include "crypto/secret_bytes.h"
#include "fairconfig/config_shelf.h"
#include "fairconfig/fair_config.h"
#include "ledger/store.h"

namespace fg {

class DataVault {
  Q_DECLARE_TR_FUNCTIONS(DataVault)

 public:
  void setFolder(const QString& dataDir) { data_dir_ = dataDir; }
  // The station holds encrypted data (keyring.json exists): a sign-in must open it.
  bool hasKeyring() const;
  // The data key is in memory.
  bool isOpen() const { return data_key_ != nullptr; }

  // First enrolment: makes the data key (the keyring gets the roster's copies in seal()).
  void createKey();
  // Opens the data key with an officer's PIN. Empty when opened; else why not, for the officer.
  QString unlock(const Officer& officer, const QString& pin);
  // Gives every enabled officer of the roster with a box key their sealed copy of the data key.
  void seal(const std::vector<Officer>& roster);
  // Opens events.db and blobs/ of `fair` under the data key (no-op when open). Throws
  // std::runtime_error when the key is not in memory or the store holds another fair.
  // The store checks the other stations' version-2 events it imports against configs().
  void openStores(const std::string& fair);
  // Trusts the configuration's devices in the store (and revokes the revoked ones).
  void trustDevices(const FairConfig& config);
  // The device key's seed, sealed under the data key (device_key_file.h). Both throw
  // std::runtime_error when the data key is not in memory or the sealed key does not open.
  void sealDeviceSeed(const SecretBytes& seed);
  SecretBytes openDeviceSeed();
  // Closes the stores, wipes the key and deletes the plain copies.
  void close();

  // Both null while the data is locked.
  EventStore* store() { return store_.get(); }
  BlobStore* blobs() { return blobs_.get(); }
  bool storesOpen() const { return store_ || blobs_; }
  // The signed configurations held (the one in force, those pulled events named): the sync
  // adds to it, the store's checks read it.
  ConfigShelf& configs() { return configs_; }

  // A plain copy of a blob for a viewer (blob files are encrypted): written to a private
  // folder in RAM (/dev/shm when there is one). Empty when the blob is missing, damaged or
  // the data is locked.
  QString plainBlobFile(const std::string& hash);

 private:
  std::string keyringPath() const;

  QString data_dir_;
  std::unique_ptr<SecretBytes> data_key_;  // sodium_malloc'd; wiped when reset
  std::unique_ptr<QTemporaryDir> plain_copies_;
  std::unique_ptr<BlobStore> blobs_;
  ConfigShelf configs_;
  std::unique_ptr<EventStore> store_;
};

}  // namespace fg
