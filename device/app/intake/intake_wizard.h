#pragma once
// The intake wizard: one complaint from the complainant's details to acceptance or rejection.
// Every step appends its event at once (a power cut loses nothing), so the draft lives in the
// event store and in this object, never in a page: an idle lock or a change of officer in the
// middle keeps it, and the next steps are signed by whoever continues.
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <string>

#include "documents/document_kind.h"
#include "ledger/canonical.h"

namespace fg {

class CaseAccessPolicy;
class CaseIndex;
class DataVault;
class EventRecorder;
class LastBoothSticker;
class OfficerSession;
class StationClock;
class StationEnrolment;
class StickerChecker;
struct Case;
struct SealResult;

// What the wizard works with (all owned by StationBackend, which hands them over).
struct IntakeParts {
  const CaseAccessPolicy* access = nullptr;     // finds its case
  const CaseIndex* index = nullptr;             // next case number, duplicates, changes
  EventRecorder* recorder = nullptr;            // each step's event
  DataVault* vault = nullptr;                   // the blob store for documents and the signature
  const StationEnrolment* enrolment = nullptr;  // booth list, required documents, station code
  const StationClock* clock = nullptr;
  const StickerChecker* stickers = nullptr;
  LastBoothSticker* lastSticker = nullptr;  // a genuine respondent sticker is remembered
  const OfficerSession* session = nullptr;  // the officer named on the acceptance or rejection slip
};

class IntakeWizard : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("owned by StationBackend")
  Q_PROPERTY(QString caseNumber READ caseNumber NOTIFY changed)
  Q_PROPERTY(int step READ step WRITE setStep NOTIFY changed)
  Q_PROPERTY(QString error READ error NOTIFY changed)
  Q_PROPERTY(QVariantMap recorded READ recorded NOTIFY changed)
  Q_PROPERTY(QVariantList stepsDone READ stepsDone NOTIFY changed)
  Q_PROPERTY(QVariantList documents READ documents NOTIFY changed)
  Q_PROPERTY(bool duplicate READ duplicate NOTIFY changed)
  Q_PROPERTY(bool signatureSaved READ signatureSaved NOTIFY changed)
  // Why "Accept complaint" cannot succeed now, each in words for the officer; empty when it can.
  Q_PROPERTY(QStringList acceptMissing READ acceptMissing NOTIFY changed)
  // What the complainant confirms by signing, shown above the pad and kept in ack.signed.
  Q_PROPERTY(QString declaration READ declaration NOTIFY changed)
  Q_PROPERTY(QString state READ state NOTIFY changed)
  // Taken over from the self-service kiosk: the complainant's own entry (shaped like
  // `recorded`), and its submission number; empty / 0 otherwise.
  Q_PROPERTY(QVariantMap exhibitorEntry READ exhibitorEntry NOTIFY changed)
  Q_PROPERTY(int kioskSubmission READ kioskSubmission NOTIFY changed)
 public:
  enum Step { Complainant, Right, Respondent, Product, Grounds, Documents, Review, Finished };
  Q_ENUM(Step)

  explicit IntakeWizard(QObject* parent = nullptr);
  void setParts(const IntakeParts& parts);

  QString caseNumber() const { return QString::fromStdString(case_number_); }
  int step() const { return step_; }
  void setStep(int step);
  QString error() const { return error_; }
  // What the fold holds for this case, for the steps and the review. After a kiosk takeover,
  // a section not recorded yet holds the exhibitor's entry, so each step opens pre-filled;
  // the admissibility check needs every section recorded by the officer first.
  QVariantMap recorded() const;
  // One bool a step (Complainant..Review): the officer has recorded it for this case (a section
  // only pre-filled from the kiosk is not done). For the step bar.
  QVariantList stepsDone() const;
  QVariantMap exhibitorEntry() const { return exhibitor_entry_; }
  int kioskSubmission() const { return kiosk_submission_; }
  // A new complaint pre-filled from kiosk submission `id` (KioskDesk::takeOver).
  void startFromKiosk(int id, const QVariantMap& entry);
  QVariantList documents() const;  // [{kind, present, attached}] required for this filing
  bool duplicate() const;
  bool signatureSaved() const;
  QStringList acceptMissing() const;
  QString declaration() const;
  QString state() const;  // the case's state key, e.g. "draft"

  // Starts a new complaint (forgets the previous one; its events stay as a draft case).
  Q_INVOKABLE void reset();
  // Continues an unfinished complaint of this fair.
  Q_INVOKABLE bool resume(const QString& caseNumber);

  // Step 1; the first call opens the case (case.opened). Keys: name, kind, idNumber, country,
  // badge, agent, agentBadge.
  Q_INVOKABLE bool recordComplainant(const QVariantMap& fields);
  // Live check while typing: {ok, message, display, expectedCheck}. Only patents are checked.
  Q_INVOKABLE QVariantMap checkRightNumber(const QString& rightType, const QString& text) const;
  // Keys: rightType, number, title, licenceType, evaluationReport. A patent number that does
  // not check is refused.
  Q_INVOKABLE bool recordRight(const QVariantMap& fields);
  // {ok, verdict, booth, hall, exhibitor, message}: the sticker's signature and fair, and the
  // booth list (LastBoothSticker::check; verdict "forged" is shown loudly).
  Q_INVOKABLE QVariantMap checkSticker(const QString& text) const;
  Q_INVOKABLE bool recordRespondentFromSticker(const QString& stickerText);
  // Typed by hand: recorded with booth_source "manual" (the exhibitor comes from the booth
  // list when the booth is in it).
  Q_INVOKABLE bool recordRespondentManual(const QString& booth, const QString& exhibitor);
  // Keys: description, model, code, displayForm, url.
  Q_INVOKABLE bool recordProduct(const QVariantMap& fields);
  Q_INVOKABLE bool recordGrounds(const QString& text);
  // Checklist: the officer has seen the original of a required document.
  Q_INVOKABLE void setDocumentSeen(const QString& kind, bool seen);
  // Attaches a file (photo, scan, PDF) of a required document: sealed at once
  // (evidence_capture.h), document.attached with its blob, and the document ticked as seen.
  // `kind` is one of cases/document_kinds.h, as the checklist names it.
  Q_INVOKABLE bool attachDocument(const QString& kind, const QString& filePath);
  // The same with what the camera shows now (`videoSink`: the VideoOutput's QVideoSink).
  Q_INVOKABLE bool attachDocumentPhoto(const QString& kind, QObject* videoSink);
  // admissibility.checked: completeness from the checklist, duplicate check over the fair.
  Q_INVOKABLE bool checkAdmissibility(bool priorSession, const QString& note);
  // The complainant's signature drawn on screen (a PNG data URL from a QML Canvas).
  Q_INVOKABLE bool saveSignature(const QString& pngDataUrl, const QString& signer);
  // Files the complaint and accepts it; refused while documents are missing or it duplicates.
  Q_INVOKABLE bool accept(const QString& note);
  // Files the complaint and rejects it (not admissible) with the reason told to the complainant.
  Q_INVOKABLE bool reject(const QString& reason);

 signals:
  void changed();

 private:
  bool fail(const QString& why);
  bool ok();
  bool append(std::string_view type, Json body, std::vector<std::string> blobs = {});
  // The acceptance or the rejection with its slip for the complainant (document_issuer.h).
  bool issue(DocumentKind kind, Json body);
  bool requireCase();
  bool attachSealed(const QString& kind, const SealResult& sealed);
  const Case* currentCase() const;
  std::vector<std::string> requiredKinds() const;
  std::vector<std::string> missingKinds() const;

  IntakeParts parts_;
  bool ready() const { return parts_.recorder != nullptr; }
  std::string case_number_;
  int step_ = Complainant;
  QString error_;
  std::vector<std::string> seen_;  // document kinds whose originals the officer ticked
  QVariantMap exhibitor_entry_;
  int kiosk_submission_ = 0;
};

}  // namespace fg
