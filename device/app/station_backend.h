#pragma once
// The station's session object: owns the event store, blob store, device key, the verified
// fair configuration, the case fold, and the parts the pages show (officer session, case list,
// language). C++ owns all state; QML only shows it and calls the invokables here. Every action
// is one signed event appended through append(); the case list is the fold of all events.
#include <QObject>
#include <QString>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QThread>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <map>
#include <memory>
#include <optional>

#include "blobs/blob_store.h"
#include "case_controller.h"
#include "case_list_model.h"
#include "cases/case_fold.h"
#include "fairconfig/fair_config.h"
#include "intake_wizard.h"
#include "kiosk_desk.h"
#include "language_switcher.h"
#include "last_booth_sticker.h"
#include "ledger/store.h"
#include "officer_session.h"
#include "sync_worker.h"

namespace fg {

class StationBackend : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("made in C++ and handed to Main.qml")
  Q_PROPERTY(bool enrolled READ enrolled NOTIFY configChanged)
  Q_PROPERTY(QString fairId READ fairId NOTIFY configChanged)
  Q_PROPERTY(QString fairName READ fairName NOTIFY configChanged)
  Q_PROPERTY(QString stationCode READ stationCode NOTIFY configChanged)
  Q_PROPERTY(bool kiosk READ kiosk NOTIFY configChanged)
  Q_PROPERTY(fg::OfficerSession* session READ session CONSTANT)
  Q_PROPERTY(fg::CaseListModel* cases READ cases CONSTANT)
  Q_PROPERTY(fg::LanguageSwitcher* language READ language CONSTANT)
  Q_PROPERTY(fg::IntakeWizard* intake READ intake CONSTANT)
  Q_PROPERTY(fg::CaseController* currentCase READ currentCase CONSTANT)
  Q_PROPERTY(fg::SyncWorker* sync READ sync CONSTANT)
  Q_PROPERTY(fg::KioskDesk* kioskDesk READ kioskDesk CONSTANT)
  Q_PROPERTY(qint64 now READ now NOTIFY nowChanged)
  Q_PROPERTY(QString syncState READ syncState NOTIFY syncChanged)
  Q_PROPERTY(qint64 lastSyncAt READ lastSyncAt NOTIFY syncChanged)
  Q_PROPERTY(int unsyncedEvents READ unsyncedEvents NOTIFY syncChanged)
  Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
  Q_PROPERTY(fg::LastBoothSticker* lastSticker READ lastSticker CONSTANT)
  Q_PROPERTY(bool dataOpen READ dataOpen NOTIFY dataOpenChanged)
 public:
  explicit StationBackend(QObject* parent = nullptr);
  ~StationBackend() override;

  // Opens or creates the station's data folder: device.key, and, once enrolled, bureau.pub +
  // fair-config.json (verified on every start). The event store (events.db) and blobs/ are
  // encrypted under the station's data key (keyring.json, docs/station.md "At rest"): they
  // open when an officer signs in, and close again at sign-out. False with the reason in
  // *error when something there cannot be used.
  bool open(const QString& dataDir, QString* error);
  // Installs a bureau-signed fair configuration (enrolment or sync): verified with the bureau
  // key, saved, and this device must be listed in it (its code numbers the cases).
  bool installFairConfig(const std::string& signedText, const PublicKey& bureau, QString* error);

  bool enrolled() const { return !config_.fair.id.empty(); }
  // The store of `fair`, created if needed (enrolment syncs into it before the configuration
  // is installed). Throws std::runtime_error if this station belongs to another fair, or if
  // its data is locked (nobody signed in since the start).
  EventStore* prepareStore(const std::string& fair);
  // Both null while the data is locked (no officer signed in since the start or sign-out).
  EventStore* store() { return store_.get(); }
  BlobStore* blobs() { return blobs_.get(); }
  // The data key is in memory and the stores are open. The idle lock keeps them open (a sync
  // in the background still stores what arrives); sign-out closes them and wipes the key.
  bool dataOpen() const { return data_key_ != nullptr; }
  // A plain copy of a blob for a viewer (blob files are encrypted): written to a private
  // folder in RAM (/dev/shm when there is one) that is deleted at sign-out and exit. Empty
  // when the blob is missing, damaged or the data is locked.
  QString plainBlobFile(const std::string& hash);
  const KeyPair* deviceKey() const { return device_key_.get(); }
  const FairConfig& fairConfig() const { return config_; }
  const PublicKey& bureauKey() const { return bureau_; }
  const FoldResult& fold() const { return fold_; }
  // No case is reachable while the self-service kiosk is on (kiosk_desk.h).
  const Case* findCase(const std::string& number) const { return kiosk_desk_.active() ? nullptr : fold_.find(number); }
  QString dataDir() const { return data_dir_; }

  // One action: signs and stores an event as the signed-in officer, then re-folds. nullopt
  // (and the reason) when no officer is signed in, the station is not enrolled or storing failed.
  std::optional<SignedEvent> append(std::string_view type, Json body, std::vector<std::string> blobs,
                                    QString* error);
  // The next case number of this station (its own highest counter + 1).
  std::string nextCaseNumber();
  // Re-reads all events and folds them (after an import).
  void refresh();
  // Startup of a big fair: when on, opening reads and folds the events on a worker thread so
  // that the first page shows at once; `loading` is true (and actions are refused, so no case
  // number is handed out twice) until the cases arrive.
  void setDeferredLoading(bool on) { defer_loading_ = on; }
  bool loading() const { return loader_ != nullptr; }
  // Station code of a device key (from the fair configuration), or a short key prefix.
  QString stationOf(const std::string& deviceHex) const;

  OfficerSession* session() { return &session_; }
  CaseListModel* cases() { return &cases_; }
  LanguageSwitcher* language() { return &language_; }
  IntakeWizard* intake() { return &intake_; }
  CaseController* currentCase() { return &case_; }
  SyncWorker* sync() { return &sync_; }
  KioskDesk* kioskDesk() { return &kiosk_desk_; }
  // The last genuine booth sticker scanned on this station (evidence says where it was taken).
  LastBoothSticker* lastSticker() { return &last_sticker_; }

  QString fairId() const { return QString::fromStdString(config_.fair.id); }
  QString fairName() const { return QString::fromStdString(config_.fair.name); }
  QString stationCode() const { return station_code_; }
  bool kiosk() const { return kiosk_; }
  void setKiosk(bool on);

  // Wall clock in ms UTC; fixed by setFixedNow() for tests.
  qint64 now() const;
  void setFixedNow(qint64 ms);

  // "never", "offline", "syncing", "synced", "error": shown in the header bar.
  QString syncState() const { return sync_state_; }
  qint64 lastSyncAt() const { return last_sync_at_; }
  int unsyncedEvents() const { return unsynced_events_; }
  void setSyncState(const QString& state, qint64 lastSyncAt, int unsyncedEvents);

  // Times are stored in UTC and shown in the fair's time zone.
  Q_INVOKABLE QString formatTime(qint64 ms) const;
  Q_INVOKABLE QString formatDateTime(qint64 ms) const;
  QTimeZone timeZone() const { return zone_; }

 signals:
  void configChanged();
  void nowChanged();
  void syncChanged();
  void eventsChanged();  // after every append or import: pages re-read their case
  void loadingChanged();
  void dataOpenChanged();

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  void applyConfig();
  void updateRows();
  // Re-folds one case from its own events (a case's fold depends on its events only), so an
  // action costs the case's events, not the fair's. False: the event names no case.
  bool refoldCase(const SignedEvent& appended);
  void refreshInBackground();
  // At rest (docs/station.md): the keyring, the data key, opening and closing the stores.
  QString keyringPath() const;
  QString unlock(const OfficerRecord& officer, const QString& pin);
  void createDataKey();
  void openStores(const std::string& fair);
  void applyConfigToStore();
  void sealKeyForRoster();
  void closeData();

  QString data_dir_;
  std::unique_ptr<KeyPair> device_key_;
  std::unique_ptr<SecretBytes> data_key_;  // sodium_malloc'd; wiped when reset
  std::unique_ptr<QTemporaryDir> plain_copies_;
  bool close_pending_ = false;
  std::unique_ptr<BlobStore> blobs_;
  std::unique_ptr<EventStore> store_;
  FairConfig config_;
  PublicKey bureau_{};
  FoldResult fold_;
  // (device, seq) of each case's events, to re-read one case after an append.
  std::map<std::string, std::vector<std::pair<std::string, std::int64_t>>> case_events_;
  std::int64_t case_counter_ = 0;
  bool defer_loading_ = false;
  QThread* loader_ = nullptr;

  OfficerSession session_;
  CaseListModel cases_;
  LanguageSwitcher language_;
  IntakeWizard intake_;
  CaseController case_;
  SyncWorker sync_;
  KioskDesk kiosk_desk_;
  QTimer tick_;
  qint64 fixed_now_ = 0;
  QString station_code_;
  QTimeZone zone_ = QTimeZone::utc();
  bool kiosk_ = false;
  QString sync_state_ = QStringLiteral("never");
  qint64 last_sync_at_ = 0;
  int unsynced_events_ = 0;
  LastBoothSticker last_sticker_;
};

}  // namespace fg
