#pragma once
// Exhibitor self-service kiosk. An officer hands the tablet to complainants (or the station
// starts with --kiosk): kiosk mode signs the officer out and the station refuses case access
// (CaseAccessPolicy answers nothing, the case list is empty) until an officer of the
// roster exits with id + PIN (OfficerSession::signIn: a wrong PIN counts as a failed sign-in).
// Complainants type their own details; each submission waits in a queue held in memory only:
// nothing is recorded as a case, or written to disk, until an officer takes it over in the
// intake wizard (pre-filled, marked as entered by the exhibitor) and records it step by step.
#include <QObject>
#include <QString>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <vector>

#include "kiosk_queue_model.h"
#include "kiosk_submission.h"

namespace fg {

class CaseController;
class CaseListModel;
class IntakeWizard;
class LanguageSwitcher;
class OfficerSession;
class StationClock;
class StationEnrolment;
class StickerChecker;

// What the kiosk works with (owned by StationBackend, which hands them over): it signs the
// officer out and back in, clears what was open, and hands submissions to the intake wizard.
struct KioskParts {
  OfficerSession* session = nullptr;
  IntakeWizard* intake = nullptr;
  CaseController* casePage = nullptr;
  CaseListModel* cases = nullptr;
  const StationClock* clock = nullptr;
  const LanguageSwitcher* language = nullptr;
  const StickerChecker* stickers = nullptr;
  const StationEnrolment* enrolment = nullptr;  // the booth list
};

class KioskDesk : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("owned by StationBackend")
  Q_PROPERTY(bool active READ active NOTIFY activeChanged)
  Q_PROPERTY(int pendingCount READ pendingCount NOTIFY queueChanged)
  Q_PROPERTY(fg::KioskQueueModel* queue READ queue CONSTANT)
  Q_PROPERTY(QString error READ error NOTIFY errorChanged)
 public:
  static constexpr int kMaxGroundsLength = 2000;

  explicit KioskDesk(QObject* parent = nullptr);
  void setParts(const KioskParts& parts);

  bool active() const { return active_; }
  int pendingCount() const { return static_cast<int>(queue_.size()); }
  KioskQueueModel* queue() { return &queue_model_; }
  QString error() const { return error_; }
  const std::vector<KioskSubmission>& submissions() const { return queue_; }

  // The signed-in officer hands the tablet to complainants: signs them out, closes the open
  // case and intake, and turns kiosk mode on. Refused without a signed-in officer.
  Q_INVOKABLE bool enter();
  // Kiosk mode from start-up (--kiosk): nobody is signed in yet.
  void enterAtStart();
  // An officer's id + PIN end kiosk mode and sign them in. A wrong PIN is a failed sign-in
  // (counted towards the lock-out); on a locked-out station a supervisor's id + PIN reset it.
  Q_INVOKABLE bool exit(const QString& officerId, const QString& pin);

  // A complainant's form (keys in kiosk_submission.h). Checked, then queued in memory. Returns
  // the submission number (K-<n>), or 0 with the reason in `error` (in the chosen language).
  Q_INVOKABLE int submit(const QVariantMap& fields);
  // The same live checks as the intake wizard (one checker: code_checks.h), the same maps.
  Q_INVOKABLE QVariantMap checkRightNumber(const QString& rightType, const QString& text) const;
  Q_INVOKABLE QVariantMap checkSticker(const QString& text) const;

  // The officer opens the intake wizard pre-filled with a submission. Refused in kiosk mode or
  // without an officer. The submission leaves the queue when the wizard opens its case.
  Q_INVOKABLE bool takeOver(int submissionId);
  // The officer drops a submission (e.g. a test entry or a duplicate visit).
  Q_INVOKABLE bool discard(int submissionId);
  Q_INVOKABLE void clearError();

 signals:
  void activeChanged();
  void queueChanged();
  void errorChanged();

 private:
  bool fail(const QString& why);
  void setActive(bool on);
  void queueEdited();
  void dropOpened();
  KioskSubmission* find(int id);

  KioskParts parts_;
  bool ready() const { return parts_.session != nullptr; }
  bool active_ = false;
  int next_id_ = 1;
  std::vector<KioskSubmission> queue_;
  KioskQueueModel queue_model_;
  QString error_;
};

}  // namespace fg
