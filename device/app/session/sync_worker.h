#pragma once
// Enrolment and background sync with the relay (shared/sync run_sync over the pinned TLS
// client). The network runs on a worker thread; results come back to the UI thread, which
// installs a newer signed fair configuration and re-folds. The EventStore serialises access
// from both threads with its own mutex. One sync at a time; a timer syncs every 2 minutes.
#include <QObject>
#include <QString>
#include <QThread>
#include <QTimer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <string>

#include "crypto/keys.h"

namespace fg {

class DataVault;
class EventStore;
class StationEnrolment;
class StationReceipts;
class StationClock;
class SyncState;
namespace sync {
struct SyncReport;
}

// What the sync works with (owned by StationBackend, which hands them over). The three hooks
// span several parts, so the station does them.
struct SyncParts {
  const StationEnrolment* enrolment = nullptr;  // data folder, device key, enrolled or not
  DataVault* vault = nullptr;                   // the stores synced
  const StationReceipts* receipts = nullptr;
  SyncState* state = nullptr;           // what the header bar says
  const StationClock* clock = nullptr;  // compared with the relay's at each sync
  // Enrolment: the store of `fair`, made before the first sync stores into it.
  std::function<EventStore*(const std::string& fair)> prepareStore;
  // A configuration the relay sent: verified, saved and put in use.
  std::function<bool(const std::string& signedConfig, const PublicKey& bureau, QString* error)> installConfig;
  // Events arrived: the cases are read again.
  std::function<void()> reindex;
};

class SyncWorker : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("owned by StationBackend")
  Q_PROPERTY(bool busy READ busy NOTIFY changed)
  Q_PROPERTY(QString lastError READ lastError NOTIFY changed)
  // Receipts (docs/receipts.md): own events in the bureau log (proof checked), acknowledged
  // but not proven yet, and the alert about the bureau's log (empty when none) — kept in
  // receipts.db, so an alert stays until someone deals with it, across restarts.
  Q_PROPERTY(int receiptsLogged READ receiptsLogged NOTIFY changed)
  Q_PROPERTY(int receiptsPending READ receiptsPending NOTIFY changed)
  Q_PROPERTY(QString logAlert READ logAlert NOTIFY changed)
  // The running sync's blob upload: bytes sent of the bytes the relay lacks (0 of 0 when
  // nothing is to upload), for a progress bar in the header.
  // double, not qint64: qmllint 6.4 knows no qint64 (docs/toolchain.md); exact below 2^53.
  Q_PROPERTY(double uploadDone READ uploadDone NOTIFY progressChanged)
  Q_PROPERTY(double uploadTotal READ uploadTotal NOTIFY progressChanged)
 public:
  explicit SyncWorker(QObject* parent = nullptr);
  ~SyncWorker() override;
  void setParts(SyncParts parts);

  bool busy() const { return thread_ != nullptr; }
  QString lastError() const { return last_error_; }
  int receiptsLogged() const { return receipts_logged_; }
  int receiptsPending() const { return receipts_pending_; }
  QString logAlert() const { return log_alert_; }
  qint64 uploadDone() const { return upload_done_; }
  qint64 uploadTotal() const { return upload_total_; }
  // Re-reads the receipt counts and the alert from receipts.db.
  void refreshReceipts();

  // Live check of a pasted enrolment payload: {ok, message, host, port, fair}.
  Q_INVOKABLE QVariantMap checkPayload(const QString& text) const;
  // Reads the enrolment QR code from a photo or screenshot file; empty (and lastError) if none.
  Q_INVOKABLE QString payloadFromImage(const QString& path);
  // Starts enrolment / a sync in the background; finished(ok) follows. False if busy or the
  // payload does not parse.
  Q_INVOKABLE bool enrol(const QString& payload);
  Q_INVOKABLE bool syncNow();

  // The same, blocking, on the calling thread (tests; the worker thread runs these).
  bool enrolBlocking(const std::string& payload, QString* error);
  bool syncBlocking(QString* error);

 signals:
  void changed();
  void progressChanged();
  void finished(bool ok);

 private:
  struct Outcome;
  bool start(std::function<Outcome()> job);
  Outcome runEnrol(const std::string& payload);
  Outcome runSync();
  bool apply(const Outcome& outcome, QString* error);
  // The sync's progress callback: runs on the worker thread, posts at most every 200 ms (and
  // the last chunk) to this object's thread.
  std::function<void(const sync::SyncReport&)> progressReporter();
  // The station's clock for the sync to compare with the relay's (the system clock if none).
  std::function<std::int64_t()> wallClock() const;

  SyncParts parts_;
  bool ready() const { return parts_.enrolment != nullptr; }
  QThread* thread_ = nullptr;
  QTimer timer_;
  QString last_error_;
  int receipts_logged_ = 0, receipts_pending_ = 0;
  QString log_alert_;
  qint64 upload_done_ = 0, upload_total_ = 0;
};

}  // namespace fg
