#pragma once
// The station as QML sees it: a thin facade that owns the station's parts, wires them, and
// shows them to the pages as properties. Each part does one job (docs/architecture.md):
// StationEnrolment (data folder, device key, signed fair configuration), DataVault (the data
// key and the encrypted stores), CaseIndex (the case fold), EventRecorder (one action, one
// signed event), StationClock, SyncState, and the controllers the pages drive. Controllers get
// the parts they use, never this object. What is left here is what spans parts: opening the
// station, installing a configuration, opening and closing the data at sign-in and sign-out.
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QtQml/qqmlregistration.h>

#include <optional>

#include "case_access_policy.h"
#include "case_controller.h"
#include "case_index.h"
#include "case_list_model.h"
#include "data_vault.h"
#include "event_recorder.h"
#include "intake_wizard.h"
#include "kiosk_desk.h"
#include "language_switcher.h"
#include "last_booth_sticker.h"
#include "officer_session.h"
#include "station_clock.h"
#include "station_enrolment.h"
#include "station_receipts.h"
#include "station_settings.h"
#include "sticker_checker.h"
#include "sync_state.h"
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
  // double, not qint64: qmllint 6.4 knows no qint64 (docs/toolchain.md); exact below 2^53.
  Q_PROPERTY(double now READ now NOTIFY nowChanged)
  Q_PROPERTY(QString syncState READ syncState NOTIFY syncChanged)
  Q_PROPERTY(double lastSyncAt READ lastSyncAt NOTIFY syncChanged)
  Q_PROPERTY(int unsyncedEvents READ unsyncedEvents NOTIFY syncChanged)
  // "This tablet's clock is 3 h 12 min behind the bureau's. …" when the last sync found it
  // more than 2 minutes off the relay's; empty otherwise (clock_warning.h).
  Q_PROPERTY(QString clockWarning READ clockWarning NOTIFY syncChanged)
  // One line per revoked device whose events after the bureau's cut-off this station holds
  // but leaves out of every working view (set_aside_notes.h); empty when none.
  Q_PROPERTY(QStringList setAsideNotes READ setAsideNotes NOTIFY setAsideChanged)
  Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
  Q_PROPERTY(fg::LastBoothSticker* lastSticker READ lastSticker CONSTANT)
  Q_PROPERTY(bool dataOpen READ dataOpen NOTIFY dataOpenChanged)
  Q_PROPERTY(fg::StationSettings* settings READ settings CONSTANT)
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
  // The store of `fair`, created if needed (enrolment syncs into it before the configuration
  // is installed). Throws std::runtime_error if this station belongs to another fair, or if
  // its data is locked (nobody signed in since the start).
  EventStore* prepareStore(const std::string& fair);
  // Startup of a big fair: when on, opening reads and folds the events on a worker thread so
  // that the first page shows at once; `loading` is true (and actions are refused, so no case
  // number is handed out twice) until the cases arrive.
  void setDeferredLoading(bool on) { defer_loading_ = on; }
  // Re-reads all events and folds them (after an import).
  void refresh();

  // The parts, for main.cpp, the demo and tests.
  StationEnrolment& enrolment() { return enrolment_; }
  DataVault& vault() { return vault_; }
  CaseIndex& caseIndex() { return index_; }
  const CaseAccessPolicy& caseAccess() const { return access_; }
  EventRecorder& recorder() { return recorder_; }
  StationClock& clock() { return clock_; }
  StationReceipts& receipts() { return receipts_; }
  const StickerChecker& stickers() const { return stickers_; }
  // Gives a controller made elsewhere (the demo's own wizard and case page) its parts.
  void equip(IntakeWizard& wizard);
  void equip(CaseController& page);

  // Short forms of the parts' accessors (tests and the demo use them a lot).
  bool enrolled() const { return enrolment_.enrolled(); }
  const KeyPair* deviceKey() const { return enrolment_.deviceKey(); }
  const FairConfig& fairConfig() const { return enrolment_.fairConfig(); }
  EventStore* store() { return vault_.store(); }
  BlobStore* blobs() { return vault_.blobs(); }
  bool dataOpen() const { return vault_.isOpen(); }
  const FoldResult& fold() const { return index_.fold(); }
  const Case* findCase(const std::string& number) const { return access_.find(number); }
  std::optional<SignedEvent> append(std::string_view type, Json body, std::vector<std::string> blobs, QString* error) {
    return recorder_.record(type, std::move(body), std::move(blobs), error);
  }
  bool loading() const { return index_.loading(); }
  qint64 now() const { return clock_.now(); }
  void setFixedNow(qint64 ms) { clock_.setFixedNow(ms); }

  OfficerSession* session() { return &session_; }
  CaseListModel* cases() { return &cases_; }
  LanguageSwitcher* language() { return &language_; }
  IntakeWizard* intake() { return &intake_; }
  CaseController* currentCase() { return &case_; }
  SyncWorker* sync() { return &sync_; }
  KioskDesk* kioskDesk() { return &kiosk_desk_; }
  // The last genuine booth sticker scanned on this station (evidence says where it was taken).
  LastBoothSticker* lastSticker() { return &last_sticker_; }
  StationSettings* settings() { return &settings_; }

  QString fairId() const { return QString::fromStdString(fairConfig().fair.id); }
  QString fairName() const { return QString::fromStdString(fairConfig().fair.name); }
  QString stationCode() const { return enrolment_.stationCode(); }
  bool kiosk() const { return kiosk_; }
  void setKiosk(bool on);

  QString syncState() const { return sync_state_.state(); }
  qint64 lastSyncAt() const { return sync_state_.lastSyncAt(); }
  int unsyncedEvents();  // own events above the relay's head at the last sync
  QString clockWarning() const;
  QStringList setAsideNotes() const;
  SyncState& syncStatus() { return sync_state_; }

  // Times are stored in UTC and shown in the fair's time zone.
  // What the fair's booth list says of a booth: {known, booth, hall, exhibitor, delegation}.
  Q_INVOKABLE QVariantMap boothInfo(const QString& booth) const;
  // The dashboard's sticker verdict (a sticker scanned into the search): StickerChecker's.
  Q_INVOKABLE QVariantMap checkSticker(const QString& text) const { return stickers_.checkForQml(text); }

  Q_INVOKABLE QString formatTime(qint64 ms) const { return clock_.formatTime(ms); }
  Q_INVOKABLE QString formatDateTime(qint64 ms) const { return clock_.formatDateTime(ms); }
  QTimeZone timeZone() const { return clock_.timeZone(); }

 signals:
  void configChanged();
  void nowChanged();
  void syncChanged();
  void eventsChanged();  // after every append or import: pages re-read their case
  void loadingChanged();
  void dataOpenChanged();
  void setAsideChanged();

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  void applyConfig();
  // `caseNumber`: the one case an action changed (its row only); empty: every row.
  void updateRows(const QString& caseNumber);
  void reindex();
  QString unlock(const Officer& officer, const QString& pin);
  void openData();
  // Once the data key is in memory: seals a device key not sealed yet, or opens the sealed one.
  void openDeviceKey();
  void closeData();

  StationEnrolment enrolment_;
  DataVault vault_;
  StationClock clock_;
  SyncState sync_state_;
  CaseIndex index_;
  OfficerSession session_;
  LanguageSwitcher language_;
  CaseListModel cases_;
  StationReceipts receipts_;
  StickerChecker stickers_;
  CaseAccessPolicy access_;
  EventRecorder recorder_;
  LastBoothSticker last_sticker_;
  StationSettings settings_;
  IntakeWizard intake_;
  CaseController case_;
  SyncWorker sync_;
  KioskDesk kiosk_desk_;
  bool defer_loading_ = false;
  bool close_pending_ = false;
  bool kiosk_ = false;
};

}  // namespace fg
