#pragma once
// The station's session object: owns the parts the pages show (officer session, case list,
// language) and, as they land, the event store, blob store, device key and fair
// configuration. C++ owns all state; QML only shows it and calls the invokables here.
#include <QObject>
#include <QString>
#include <QTimeZone>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include "case_list_model.h"
#include "language_switcher.h"
#include "officer_session.h"

namespace fg {

class StationBackend : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("made in C++ and handed to Main.qml")
  Q_PROPERTY(QString fairId READ fairId NOTIFY configChanged)
  Q_PROPERTY(QString fairName READ fairName NOTIFY configChanged)
  Q_PROPERTY(QString stationCode READ stationCode NOTIFY configChanged)
  Q_PROPERTY(bool kiosk READ kiosk NOTIFY configChanged)
  Q_PROPERTY(fg::OfficerSession* session READ session CONSTANT)
  Q_PROPERTY(fg::CaseListModel* cases READ cases CONSTANT)
  Q_PROPERTY(fg::LanguageSwitcher* language READ language CONSTANT)
  Q_PROPERTY(qint64 now READ now NOTIFY nowChanged)
  Q_PROPERTY(QString syncState READ syncState NOTIFY syncChanged)
  Q_PROPERTY(qint64 lastSyncAt READ lastSyncAt NOTIFY syncChanged)
  Q_PROPERTY(int unsyncedEvents READ unsyncedEvents NOTIFY syncChanged)
 public:
  explicit StationBackend(QObject* parent = nullptr);
  ~StationBackend() override;

  OfficerSession* session() { return &session_; }
  CaseListModel* cases() { return &cases_; }
  LanguageSwitcher* language() { return &language_; }

  QString fairId() const { return fair_id_; }
  QString fairName() const { return fair_name_; }
  QString stationCode() const { return station_code_; }
  bool kiosk() const { return kiosk_; }
  void setKiosk(bool on);
  void setFair(const QString& id, const QString& name, const QString& station, const QString& timeZone);

  // Wall clock in ms UTC; fixed by setFixedNow() for screenshots and tests.
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

 signals:
  void configChanged();
  void nowChanged();
  void syncChanged();

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  OfficerSession session_;
  CaseListModel cases_;
  LanguageSwitcher language_;
  QTimer tick_;
  qint64 fixed_now_ = 0;
  QString fair_id_, fair_name_, station_code_;
  QTimeZone zone_ = QTimeZone::utc();
  bool kiosk_ = false;
  QString sync_state_ = QStringLiteral("never");
  qint64 last_sync_at_ = 0;
  int unsynced_events_ = 0;
};

}  // namespace fg
