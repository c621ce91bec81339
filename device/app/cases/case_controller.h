#pragma once
// The case page: one case's details and timeline, and the actions the workflow allows in its
// current state, in workflow order (serve notice, record defence, decision, withdraw,
// transfer, close, add evidence). An action the state does not allow is refused here, before
// any event is written.
#include <QObject>
#include <QStringList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <string>

#include "documents/document_kind.h"
#include "evidence_list_model.h"
#include "ledger/canonical.h"
#include "timeline_model.h"

class QImage;

namespace fg {

class CaseAccessPolicy;
class CaseIndex;
class DataVault;
class EventRecorder;
class LastBoothSticker;
class OfficerSession;
class StationClock;
class StationEnrolment;
class StationReceipts;
class StationSettings;
class StickerChecker;
struct Case;
struct SealResult;

// What the case page works with (all owned by StationBackend, which hands them over).
struct CasePageParts {
  const CaseAccessPolicy* access = nullptr;     // finds the case (none while the kiosk is on)
  const CaseIndex* index = nullptr;             // changes: the page re-reads its case
  EventRecorder* recorder = nullptr;            // each action's event
  DataVault* vault = nullptr;                   // stored events, blobs, plain copies for viewers
  const StationEnrolment* enrolment = nullptr;  // fair, station, officers' names
  const StationClock* clock = nullptr;
  const OfficerSession* session = nullptr;  // the officer named on the notice
  const StickerChecker* stickers = nullptr;
  LastBoothSticker* lastSticker = nullptr;    // where evidence was captured
  const StationReceipts* receipts = nullptr;  // the timeline's receipts
  StationSettings* settings = nullptr;        // the printer queue a printed paper went to
};

class CaseController : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("owned by StationBackend")
  Q_PROPERTY(QString caseNumber READ caseNumber WRITE setCaseNumber NOTIFY changed)
  Q_PROPERTY(QString status READ status NOTIFY changed)
  Q_PROPERTY(QVariantMap details READ details NOTIFY changed)
  Q_PROPERTY(QStringList allowedActions READ allowedActions NOTIFY changed)
  Q_PROPERTY(fg::TimelineModel* timeline READ timeline CONSTANT)
  Q_PROPERTY(fg::EvidenceListModel* evidence READ evidence CONSTANT)
  Q_PROPERTY(QString error READ error NOTIFY changed)
  Q_PROPERTY(QString noticePdf READ noticePdf NOTIFY changed)
  // The papers this case issued, in the order issued: [{kind, blob, time, officer}], kind one
  // of notice, acceptance, rejection, decision (docs/documents.md).
  Q_PROPERTY(QVariantList papers READ papers NOTIFY changed)
  // A notice was served and its receipt (signed or refused) is not recorded yet.
  Q_PROPERTY(bool receiptPending READ receiptPending NOTIFY changed)
  Q_PROPERTY(QString receiptAbout READ receiptAbout NOTIFY changed)
  Q_PROPERTY(QString complainantReceiptAbout READ complainantReceiptAbout NOTIFY changed)
  // Why events of this case are missing from it: a revoked device's events after the bureau's
  // cut-off (set_aside_notes.h); empty when none are.
  Q_PROPERTY(QString setAsideNote READ setAsideNote NOTIFY changed)
 public:
  explicit CaseController(QObject* parent = nullptr);
  void setParts(const CasePageParts& parts);

  QString caseNumber() const { return QString::fromStdString(number_); }
  void setCaseNumber(const QString& number);
  QString status() const;
  QVariantMap details() const;
  // Event types of the actions valid now, in workflow order.
  QStringList allowedActions() const;
  TimelineModel* timeline() { return &timeline_; }
  EvidenceListModel* evidence() { return &evidence_; }
  QString error() const { return error_; }
  QString setAsideNote() const;
  // Texts made in C++ are read again (the language changed).
  void retranslate() { emit changed(); }
  // A form opened afresh does not show the refusal of an earlier one.
  Q_INVOKABLE void clearError();
  // Path of the notice PDF of this case (in the blob store), empty before serving.
  QString noticePdf() const;
  QVariantList papers() const;
  // Prints a paper of this case (its blob) on a CUPS queue (empty: the default), through a
  // plain copy for viewers: {ok, message} (document_printer.h).
  Q_INVOKABLE QVariantMap printPaper(const QString& blob, const QString& queue);

  // The respondent's receipt of the notice (docs/station.md, "Receipt of the notice").
  // Which paper awaits the respondent's receipt: "notice.served" while the served notice has
  // none, then "decision.recorded" while the decision notice has none; empty when neither
  // does (or the case is closed). Signing and refusing act on that paper.
  QString receiptAbout() const;
  bool receiptPending() const { return !receiptAbout().isEmpty(); }
  // What the recipient confirms by signing, shown above the pad and kept in the event.
  Q_INVOKABLE QString receiptDeclaration(const QString& name, const QString& role) const;
  // The complainant's receipt of their slip: "case.accepted" or "case.rejected" while that
  // paper has no receipt of theirs, else empty. They sign under complainantDeclaration; a
  // complainant who leaves without signing leaves nothing to record.
  QString complainantReceiptAbout() const;
  Q_INVOKABLE QString complainantDeclaration(const QString& name) const;
  Q_INVOKABLE bool signComplainantReceipt(const QString& pngDataUrl, const QString& name);
  // Signed on the pad (a PNG data URL from SignaturePad): name and role at the booth required;
  // ack.signed (party respondent, about notice.served) with the signature sealed as a blob.
  Q_INVOKABLE bool signReceipt(const QString& pngDataUrl, const QString& name, const QString& role);
  // A refusal's photo of the notice left at the booth, sealed at once: from a file (path or
  // file: URL) or what the camera shows now. Its blob, or empty with the reason in error.
  Q_INVOKABLE QString sealRefusalPhoto(const QString& filePath);
  Q_INVOKABLE QString sealRefusalFrame(QObject* videoSink);
  // The recipient refused to sign: the sealed photo and a second officer of the roster as
  // witness are required (ack.refused); name and role when they gave them.
  Q_INVOKABLE bool refuseReceipt(const QString& name, const QString& role, const QString& photoBlob,
                                 const QString& witness);

  // The booth sticker scanned at the booth proves presence; it must be genuine and be the
  // respondent's booth. The notice (docs/documents.md) is sealed as a blob and cited by
  // notice.served.
  Q_INVOKABLE bool serveNotice(const QString& stickerText, const QString& recipient);
  // The respondent's defence: its summary, and what they handed over with it (photos,
  // documents), each sealed first with sealDefenceFile or sealDefenceFrame and cited by
  // defence.recorded. Recorded late (and said so) after the deadline.
  Q_INVOKABLE bool recordDefence(const QString& summary, const QStringList& attachments = {});
  Q_INVOKABLE QString sealDefenceFile(const QString& filePath);
  Q_INVOKABLE QString sealDefenceFrame(QObject* videoSink);
  // Why this decision cannot be recorded (decision_rules.h), empty when it can: the form asks
  // before it shows its confirmation.
  Q_INVOKABLE QString decisionProblem(const QString& outcome, const QStringList& measures, const QString& sanction,
                                      const QString& reasons) const;
  // Checked as above; the decision notice is sealed as a blob and cited by decision.recorded.
  Q_INVOKABLE bool recordDecision(const QString& outcome, const QStringList& measures, const QString& sanction,
                                  const QString& reasons);
  Q_INVOKABLE bool withdraw(const QString& reason);
  Q_INVOKABLE bool transfer(const QString& reason, const QString& to);
  Q_INVOKABLE bool close(const QString& note);
  // Evidence is sealed the moment it is captured (evidence_capture.h) and never edited later.
  // Each evidence.added names the officer, the station, the case, the booth (the last genuine
  // sticker scanned on this station, with its time; else the case's respondent booth) and the
  // blob's SHA-256.
  // An imported file (path or file: URL), or with an empty path a note (text).
  Q_INVOKABLE bool addEvidence(const QString& kind, const QString& filePath, const QString& text, bool originalSeen);
  // What the camera shows now (`videoSink` is the VideoOutput's QVideoSink), PNG-encoded once.
  Q_INVOKABLE bool addPhoto(const QString& kind, QObject* videoSink, const QString& text, bool originalSeen);
  // A code read by the scanner page (or typed there): kind scanned_code, the text as read.
  Q_INVOKABLE bool addScannedCode(const QString& text, const QString& format, bool originalSeen);
  // A camera still already in memory (the photo path after the frame is taken; tests).
  bool addImage(const QString& kind, const QImage& image, const QString& text, bool originalSeen);
  // Corrects the description of the current version of an item (`itemId`: the model's
  // itemId) with evidence.corrected: only the kind, note and "original seen" that differ are
  // written, with the required reason. The sealed blob is never touched; an item with a blob
  // keeps a picture/file kind, one without stays a note or scanned code.
  Q_INVOKABLE bool correctEvidence(const QString& itemId, const QString& kind, const QString& text, bool originalSeen,
                                   const QString& reason);

 signals:
  void changed();

 private:
  const Case* currentCase() const;
  bool fail(const QString& why);
  bool allowed(std::string_view type);
  bool append(std::string_view type, Json body, std::vector<std::string> blobs = {});
  // Renders, seals and records a paper with the event that issues it (document_issuer.h).
  bool issue(DocumentKind kind, Json body);
  // The sealed paper of that kind (the first one issued), empty when there is none.
  QString paperBlob(DocumentKind kind) const;
  QString noticeBlob() const { return paperBlob(DocumentKind::Notice); }
  // The receipt checks and body that signing and refusing share.
  bool receiptAllowed(std::string_view type);
  Json receiptBody(const QString& name, const QString& role) const;
  // Checks kind and state before anything is sealed (a refused item leaves no blob behind).
  bool evidenceAllowed(const QString& kind);
  // A file or what the camera shows now, sealed at once (receipt refusals, defence
  // attachments): its blob, or empty with the reason in error.
  QString sealFromFile(const QString& filePath);
  QString sealFromSink(QObject* videoSink);
  bool appendEvidence(const QString& kind, Json body, const QString& text, bool originalSeen);
  // A blob just sealed (file, camera still): described in the body and appended as evidence.
  bool appendSealed(const QString& kind, const SealResult& sealed, const QString& text, bool originalSeen);
  void reload();

  CasePageParts parts_;
  std::string number_;
  TimelineModel timeline_;
  EvidenceListModel evidence_;
  QString error_;
};

}  // namespace fg
