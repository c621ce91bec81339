#include "case_controller.h"

#include <algorithm>

#include <QImage>
#include <QUrl>
#include <QVideoFrame>
#include <QVideoSink>

#include "case_access_policy.h"
#include "case_details.h"
#include "case_record.h"
#include "case_index.h"
#include "cases/case.h"
#include "cases/event_types.h"
#include "code_checks.h"
#include "data_vault.h"
#include "decision_rules.h"
#include "document_issuer.h"
#include "document_printer.h"
#include "event_recorder.h"
#include "evidence_capture.h"
#include "json_variant.h"
#include "last_booth_sticker.h"
#include "station_settings.h"
#include "ledger/json_fields.h"
#include "officer_session.h"
#include "set_aside_notes.h"
#include "signature_image.h"
#include "station_clock.h"
#include "station_enrolment.h"
#include "sticker_checker.h"

namespace fg {
namespace ev = fg::events;
namespace {

// The actions of the case page, in workflow order.
constexpr std::string_view kActions[] = {ev::kNoticeServed,  ev::kDefenceRecorded, ev::kDecisionRecorded,
                                         ev::kCaseWithdrawn, ev::kCaseTransferred, ev::kCaseClosed,
                                         ev::kEvidenceAdded};

QString action_name(std::string_view type) {
  if (type == ev::kNoticeServed) return CaseController::tr("serve the notice");
  if (type == ev::kDefenceRecorded) return CaseController::tr("record a defence");
  if (type == ev::kDecisionRecorded) return CaseController::tr("record a decision");
  if (type == ev::kCaseWithdrawn) return CaseController::tr("withdraw the complaint");
  if (type == ev::kCaseTransferred) return CaseController::tr("transfer as a formal case");
  if (type == ev::kCaseClosed) return CaseController::tr("close the case");
  if (type == ev::kEvidenceAdded) return CaseController::tr("add evidence");
  if (type == ev::kEvidenceCorrected) return CaseController::tr("correct evidence");
  return QString::fromUtf8(type.data(), static_cast<int>(type.size()));
}

template <std::size_t N>
bool one_of(const std::array<std::string_view, N>& allowed, const std::string& value) {
  for (std::string_view a : allowed)
    if (a == value) return true;
  return false;
}

// Kinds without a sealed blob: a correction cannot turn them into a picture or file, nor the
// reverse.
bool blobless_kind(const std::string& kind) { return kind == "note" || kind == "scanned_code"; }

}  // namespace

CaseController::CaseController(QObject* parent) : QObject(parent) {}

void CaseController::setParts(const CasePageParts& parts) {
  parts_ = parts;
  if (parts_.index) connect(parts_.index, &CaseIndex::changed, this, &CaseController::reload);
  timeline_.setParts(parts_.vault, parts_.enrolment, parts_.receipts);
  evidence_.setEnrolment(parts_.enrolment);
}

void CaseController::setCaseNumber(const QString& number) {
  number_ = number.toStdString();
  error_.clear();
  reload();
}

void CaseController::reload() {
  timeline_.load(currentCase());
  evidence_.load(currentCase());
  emit changed();
}

const Case* CaseController::currentCase() const {
  return parts_.access && !number_.empty() ? parts_.access->find(number_) : nullptr;
}

QString CaseController::setAsideNote() const {
  if (!parts_.index || !parts_.enrolment || !currentCase()) return {};
  return set_aside_case_note(parts_.index->setAside(), number_, *parts_.enrolment, *parts_.clock);
}

QString CaseController::status() const {
  const Case* c = currentCase();
  return c ? QString::fromUtf8(to_string(c->state)) : QString();
}

QVariantMap CaseController::details() const {
  const Case* c = currentCase();
  if (!c) return {};
  QVariantMap out = case_sections(*c);
  out.insert(QVariantMap{{QStringLiteral("booth"), QString::fromStdString(c->respondent_booth())},
                         {QStringLiteral("received"), static_cast<qint64>(c->received.value_or(0))},
                         {QStringLiteral("served"), static_cast<qint64>(c->served.value_or(0))},
                         {QStringLiteral("deadline"), static_cast<qint64>(c->defence_deadline.value_or(0))},
                         {QStringLiteral("decided"), static_cast<qint64>(c->decided.value_or(0))},
                         {QStringLiteral("outcome"), QString::fromStdString(c->outcome)},
                         {QStringLiteral("reason"), QString::fromStdString(c->reason)},
                         {QStringLiteral("evidenceCount"), evidence_.count()},  // current items only
                         {QStringLiteral("defenceCount"), static_cast<int>(c->defences.size())},
                         {QStringLiteral("conflicts"), static_cast<int>(c->conflicts.size())},
                         {QStringLiteral("invalidEvents"), c->invalid_events()}});
  // The rest of the file: documents, notice, receipts, defences, decision, endings.
  if (parts_.vault && parts_.vault->store() && parts_.enrolment)
    out.insert(case_record(*c, *parts_.vault->store(), parts_.enrolment->fairConfig()));
  return out;
}

QStringList CaseController::allowedActions() const {
  QStringList list;
  const Case* c = currentCase();
  if (!c) return list;
  for (std::string_view type : kActions)
    if (transition(c->state, type)) list << QString::fromUtf8(type.data(), static_cast<int>(type.size()));
  return list;
}

QString CaseController::paperBlob(DocumentKind kind) const {
  const Case* c = currentCase();
  if (!c || !parts_.vault || !parts_.vault->store()) return {};
  for (const TimelineEntry& t : c->timeline) {
    if (t.type != issuing_event_type(kind) || !t.valid) continue;
    const auto e = parts_.vault->store()->find(t.ref.device, t.ref.seq);
    const QString blob = e ? json_text(e->event.body, document_cite_key(kind)) : QString();
    if (!blob.isEmpty()) return blob;
  }
  return {};
}

QString CaseController::noticePdf() const {
  const QString blob = noticeBlob();
  if (blob.isEmpty() || !parts_.vault->blobs()) return {};
  return parts_.vault->plainBlobFile(blob.toStdString());  // blob files are encrypted
}

QVariantList CaseController::papers() const {
  QVariantList out;
  const Case* c = currentCase();
  if (!c || !parts_.vault || !parts_.vault->store()) return out;
  for (const TimelineEntry& t : c->timeline) {
    if (!t.valid) continue;
    for (DocumentKind kind :
         {DocumentKind::Notice, DocumentKind::Acceptance, DocumentKind::Rejection, DocumentKind::Decision}) {
      if (t.type != issuing_event_type(kind)) continue;
      const auto e = parts_.vault->store()->find(t.ref.device, t.ref.seq);
      const QString blob = e ? json_text(e->event.body, document_cite_key(kind)) : QString();
      if (blob.isEmpty()) continue;  // issued before papers were sealed
      const std::string_view name = document_kind_name(kind);
      out << QVariantMap{{QStringLiteral("kind"), QString::fromUtf8(name.data(), static_cast<int>(name.size()))},
                         {QStringLiteral("blob"), blob},
                         {QStringLiteral("time"), static_cast<qint64>(t.time)},
                         {QStringLiteral("officer"), QString::fromStdString(t.officer)}};
    }
  }
  return out;
}

QString CaseController::receiptAbout() const {
  const Case* c = currentCase();
  if (!c || c->state == CaseState::Closed) return {};
  auto acknowledged = [&](std::string_view about) {
    return std::any_of(c->acknowledgements.begin(), c->acknowledgements.end(),
                       [&](const Acknowledgement& a) { return a.party == "respondent" && a.about == about; });
  };
  if (c->served && !acknowledged(ev::kNoticeServed)) return QString::fromUtf8(ev::kNoticeServed.data());
  if (c->decided && !acknowledged(ev::kDecisionRecorded)) return QString::fromUtf8(ev::kDecisionRecorded.data());
  return {};
}

QString CaseController::receiptDeclaration(const QString& name, const QString& role) const {
  const Case* c = currentCase();
  const QString about = receiptAbout();
  if (!c || about.isEmpty()) return {};
  const QString who = name.trimmed().isEmpty() ? tr("(name)") : name.trimmed();
  const QString as = role.trimmed().isEmpty() ? tr("(role)") : role.trimmed();
  const QString booth = QString::fromStdString(c->respondent_booth());
  if (about == QLatin1String(ev::kDecisionRecorded.data()))
    return tr("I, %1, %2 at booth %3, confirm that I received the decision notice of case %4 on %5. My signature "
              "does not mean that I accept the decision.")
        .arg(who, as, booth, caseNumber(), parts_.clock->formatDateTime(parts_.clock->now()));
  return tr("I, %1, %2 at booth %3, confirm that I received the notice of complaint of case %4 on %5. My signature "
            "does not mean that I accept the complaint.")
      .arg(who, as, booth, caseNumber(), parts_.clock->formatDateTime(*c->served));
}

QString CaseController::complainantReceiptAbout() const {
  const Case* c = currentCase();
  if (!c || c->state == CaseState::Closed) return {};
  for (DocumentKind kind : {DocumentKind::Acceptance, DocumentKind::Rejection}) {
    const std::string_view about = issuing_event_type(kind);
    if (paperBlob(kind).isEmpty()) continue;
    const bool signed_for =
        std::any_of(c->acknowledgements.begin(), c->acknowledgements.end(),
                    [&](const Acknowledgement& a) { return a.party == "complainant" && a.about == about; });
    return signed_for ? QString() : QString::fromUtf8(about.data(), static_cast<int>(about.size()));
  }
  return {};
}

QString CaseController::complainantDeclaration(const QString& name) const {
  const QString about = complainantReceiptAbout();
  if (about.isEmpty()) return {};
  const QString who = name.trimmed().isEmpty() ? tr("(name)") : name.trimmed();
  const QString when = parts_.clock->formatDateTime(parts_.clock->now());
  if (about == QLatin1String(ev::kCaseRejected.data()))
    return tr("I, %1, confirm that I received the rejection notice of complaint %2 on %3.")
        .arg(who, caseNumber(), when);
  return tr("I, %1, confirm that I received the acceptance notice of complaint %2 on %3.").arg(who, caseNumber(), when);
}

bool CaseController::signComplainantReceipt(const QString& pngDataUrl, const QString& name) {
  const QString about = complainantReceiptAbout();
  if (!allowed(ev::kAckSigned)) return false;
  if (about.isEmpty()) return fail(tr("The complainant has signed for this notice already, or none was issued."));
  if (name.trimmed().isEmpty()) return fail(tr("Enter the name of the person who receives it."));
  const DrawnSignature drawn =
      SignatureImage::read(pngDataUrl, tr("The signature pad is empty: ask the complainant to sign."));
  if (drawn.png.isEmpty()) return fail(drawn.error);
  const SealResult sealed = EvidenceCapture(parts_.vault->blobs()).sealBytes(drawn.png, "image/png", "signature_pad");
  if (!sealed) return fail(tr("Signature not saved: %1").arg(sealed.error));
  const DocumentKind kind =
      about == QLatin1String(ev::kCaseRejected.data()) ? DocumentKind::Rejection : DocumentKind::Acceptance;
  Json body = {{"case_number", number_},
               {"party", "complainant"},
               {"about", about.toStdString()},
               {"signer", name.trimmed().toStdString()},
               {"signature", sealed.blob->hash},
               {"declaration", complainantDeclaration(name).toStdString()},
               {std::string(document_cite_key(kind)), paperBlob(kind).toStdString()}};
  return append(ev::kAckSigned, std::move(body), {sealed.blob->hash});
}

bool CaseController::receiptAllowed(std::string_view type) {
  if (!allowed(type)) return false;
  if (!receiptPending()) return fail(tr("The notice's receipt is recorded already, or no notice was served."));
  return true;
}

Json CaseController::receiptBody(const QString& name, const QString& role) const {
  const std::string about = receiptAbout().toStdString();
  Json body = {{"case_number", number_}, {"party", "respondent"}, {"about", about}};
  if (!name.trimmed().isEmpty()) body["signer"] = name.trimmed().toStdString();
  if (!role.trimmed().isEmpty()) body["role"] = role.trimmed().toStdString();
  // The paper acknowledged.
  const DocumentKind kind = about == ev::kDecisionRecorded ? DocumentKind::Decision : DocumentKind::Notice;
  const QString paper = paperBlob(kind);
  if (!paper.isEmpty()) body[std::string(document_cite_key(kind))] = paper.toStdString();
  return body;
}

bool CaseController::signReceipt(const QString& pngDataUrl, const QString& name, const QString& role) {
  if (!receiptAllowed(ev::kAckSigned)) return false;
  if (name.trimmed().isEmpty()) return fail(tr("Enter the name of the person who receives the notice."));
  if (role.trimmed().isEmpty()) return fail(tr("Enter their role at the booth (e.g. booth manager)."));
  const DrawnSignature drawn = SignatureImage::read(
      pngDataUrl, tr("The signature pad is empty: ask the recipient to sign, or record that they refuse."));
  if (drawn.png.isEmpty()) return fail(drawn.error);
  const SealResult sealed = EvidenceCapture(parts_.vault->blobs()).sealBytes(drawn.png, "image/png", "signature_pad");
  if (!sealed) return fail(tr("Signature not saved: %1").arg(sealed.error));
  Json body = receiptBody(name, role);
  body["signature"] = sealed.blob->hash;
  body["declaration"] = receiptDeclaration(name, role).toStdString();
  return append(ev::kAckSigned, std::move(body), {sealed.blob->hash});
}

QString CaseController::sealFromFile(const QString& filePath) {
  const SealResult sealed = EvidenceCapture(parts_.vault->blobs()).sealFile(filePath);
  if (!sealed) return fail(sealed.error), QString();
  clearError();
  return QString::fromStdString(sealed.blob->hash);
}

QString CaseController::sealFromSink(QObject* videoSink) {
  auto* sink = qobject_cast<QVideoSink*>(videoSink);
  if (!sink) return fail(tr("No camera picture to take.")), QString();
  const SealResult sealed = EvidenceCapture(parts_.vault->blobs()).sealFrame(sink->videoFrame());
  if (!sealed) return fail(sealed.error), QString();
  clearError();
  return QString::fromStdString(sealed.blob->hash);
}

QString CaseController::sealRefusalPhoto(const QString& filePath) {
  return receiptAllowed(ev::kAckRefused) ? sealFromFile(filePath) : QString();
}

QString CaseController::sealRefusalFrame(QObject* videoSink) {
  return receiptAllowed(ev::kAckRefused) ? sealFromSink(videoSink) : QString();
}

QString CaseController::sealDefenceFile(const QString& filePath) {
  return allowed(ev::kDefenceRecorded) ? sealFromFile(filePath) : QString();
}

QString CaseController::sealDefenceFrame(QObject* videoSink) {
  return allowed(ev::kDefenceRecorded) ? sealFromSink(videoSink) : QString();
}

bool CaseController::refuseReceipt(const QString& name, const QString& role, const QString& photoBlob,
                                   const QString& witness) {
  if (!receiptAllowed(ev::kAckRefused)) return false;
  const std::string photo = photoBlob.toStdString();
  if (photo.empty() || !parts_.vault->blobs()->size(photo))
    return fail(tr("Photograph the notice left at the booth: a refusal needs the photo."));
  const QString id = witness.trimmed().toUpper();
  if (id.isEmpty()) return fail(tr("Name the second officer who saw the refusal (their officer id)."));
  const Officer* o = parts_.enrolment->fairConfig().find_officer(id.toStdString());
  if (!o || o->disabled) return fail(tr("%1 is not an officer on the roster.").arg(id));
  if (id.toStdString() == parts_.session->officer())
    return fail(tr("The witness is a second officer: not you, who served the notice."));
  Json body = receiptBody(name, role);
  body["photo"] = photo;
  body["witness"] = id.toStdString();
  return append(ev::kAckRefused, std::move(body), {photo});
}

QVariantMap CaseController::printPaper(const QString& blob, const QString& queue) {
  auto answer = [](bool ok, const QString& message) {
    return QVariantMap{{QStringLiteral("ok"), ok}, {QStringLiteral("message"), message}};
  };
  bool ours = false;
  for (const QVariant& p : papers()) ours = ours || p.toMap().value(QStringLiteral("blob")).toString() == blob;
  if (!ours) return answer(false, tr("This paper is not part of case %1.").arg(caseNumber()));
  if (!DocumentPrinter::validQueue(queue.trimmed()))
    return answer(false, tr("\"%1\" is not a printer queue name.").arg(queue.trimmed()));
  const QString file = parts_.vault->plainBlobFile(blob.toStdString());
  if (file.isEmpty()) return answer(false, tr("The paper cannot be read from this station's store."));
  const PrintResult r = DocumentPrinter::submit(
      DocumentPrinter::job(queue.trimmed(), file, caseNumber() + QStringLiteral(" ") + blob.left(8)));
  // The queue that took the job is the one the next paper goes to, also after a restart.
  if (r.ok && parts_.settings) parts_.settings->setPrinterQueue(queue.trimmed());
  return answer(r.ok, r.message);
}

void CaseController::clearError() {
  if (error_.isEmpty()) return;
  error_.clear();
  emit changed();
}

bool CaseController::fail(const QString& why) {
  error_ = why;
  emit changed();
  return false;
}

bool CaseController::allowed(std::string_view type) {
  const Case* c = currentCase();
  if (!c) return fail(tr("No case is open."));
  if (transition(c->state, type)) return true;
  return fail(tr("Cannot %1 while the case is \"%2\".").arg(action_name(type), QString::fromUtf8(to_string(c->state))));
}

bool CaseController::append(std::string_view type, Json body, std::vector<std::string> blobs) {
  body["case_number"] = number_;
  QString why;
  if (!parts_.recorder) return fail(tr("No case is open."));
  if (!parts_.recorder->record(type, std::move(body), std::move(blobs), &why)) return fail(why);
  error_.clear();
  emit changed();
  return true;
}

bool CaseController::serveNotice(const QString& stickerText, const QString& recipient) {
  if (!allowed(ev::kNoticeServed)) return false;
  const Case* c = currentCase();
  const StickerCheck s = parts_.stickers->check(stickerText);
  if (!s.ok) return fail(s.message);
  // A genuine sticker was scanned at a booth: evidence taken from now on says so.
  parts_.lastSticker->remember(s);
  if (s.booth != c->respondent_booth())
    return fail(tr("This sticker is of booth %1; the case is about booth %2.")
                    .arg(QString::fromStdString(s.booth), QString::fromStdString(c->respondent_booth())));
  Json body = {{"case_number", number_},
               {"served_at", parts_.clock->now()},
               {"sticker", stickerText.trimmed().toStdString()},
               {"sticker_verified", true}};
  if (!recipient.trimmed().isEmpty()) body["recipient"] = recipient.trimmed().toStdString();
  return issue(DocumentKind::Notice, std::move(body));
}

bool CaseController::issue(DocumentKind kind, Json body) {
  const Case* c = currentCase();
  QString why;
  if (!parts_.recorder || !c) return fail(tr("No case is open."));
  DocumentIssuer issuer(*parts_.enrolment, *parts_.vault, *parts_.session, *parts_.recorder);
  if (!issuer.issue(kind, *c, std::move(body), &why)) return fail(why);
  error_.clear();
  emit changed();
  return true;
}

bool CaseController::recordDefence(const QString& summary, const QStringList& attachments) {
  if (!allowed(ev::kDefenceRecorded)) return false;
  if (summary.trimmed().isEmpty()) return fail(tr("Summarise the respondent's defence."));
  std::vector<std::string> blobs;
  for (const QString& a : attachments) {
    const std::string hash = a.toStdString();
    // Only what was sealed on this station: the event may cite nothing it cannot export.
    if (!parts_.vault->blobs()->size(hash)) return fail(tr("An attachment was not sealed: attach it again."));
    if (std::find(blobs.begin(), blobs.end(), hash) == blobs.end()) blobs.push_back(hash);
  }
  Json body{{"received_at", parts_.clock->now()}, {"summary", summary.trimmed().toStdString()}};
  if (!blobs.empty()) body["evidence"] = blobs;
  return append(ev::kDefenceRecorded, std::move(body), blobs);
}

QString CaseController::decisionProblem(const QString& outcome, const QStringList& measures, const QString& sanction,
                                        const QString& reasons) const {
  return DecisionRules::problem({outcome, measures, sanction, reasons});
}

bool CaseController::recordDecision(const QString& outcome, const QStringList& measures, const QString& sanction,
                                    const QString& reasons) {
  if (!allowed(ev::kDecisionRecorded)) return false;
  const QString problem = decisionProblem(outcome, measures, sanction, reasons);
  if (!problem.isEmpty()) return fail(problem);
  Json list = Json::array();
  for (const QString& m : measures) list.push_back(m.toStdString());
  Json body = {{"case_number", number_},
               {"outcome", outcome.toStdString()},
               {"measures", list},
               {"sanction", sanction.toStdString()},
               {"reasons", reasons.trimmed().toStdString()}};
  return issue(DocumentKind::Decision, std::move(body));
}

bool CaseController::withdraw(const QString& reason) {
  if (!allowed(ev::kCaseWithdrawn)) return false;
  Json body = Json::object();
  if (!reason.trimmed().isEmpty()) body["reason"] = reason.trimmed().toStdString();
  return append(ev::kCaseWithdrawn, std::move(body));
}

bool CaseController::transfer(const QString& reason, const QString& to) {
  if (!allowed(ev::kCaseTransferred)) return false;
  Json body = Json::object();
  if (!reason.trimmed().isEmpty()) body["reason"] = reason.trimmed().toStdString();
  if (!to.trimmed().isEmpty()) body["to"] = to.trimmed().toStdString();
  return append(ev::kCaseTransferred, std::move(body));
}

bool CaseController::close(const QString& note) {
  if (!allowed(ev::kCaseClosed)) return false;
  Json body = Json::object();
  if (!note.trimmed().isEmpty()) body["note"] = note.trimmed().toStdString();
  return append(ev::kCaseClosed, std::move(body));
}

bool CaseController::evidenceAllowed(const QString& kind) {
  if (!allowed(ev::kEvidenceAdded)) return false;
  if (!one_of(ev::kEvidenceKinds, kind.toStdString())) return fail(tr("Choose the kind of evidence."));
  return true;
}

bool CaseController::appendEvidence(const QString& kind, Json body, const QString& text, bool originalSeen) {
  const Case* c = currentCase();
  body["kind"] = kind.toStdString();
  body["captured_at"] = parts_.clock->now();
  body["original_seen"] = originalSeen;
  body["station"] = parts_.enrolment->stationCode().toStdString();
  // Where it was captured: the booth whose genuine sticker this station scanned last, with
  // the time of that scan; without one, the booth the case is about.
  const LastBoothSticker* sticker = parts_.lastSticker;
  if (sticker->known()) {
    body["booth"] = sticker->booth().toStdString();
    body["booth_sticker_at"] = sticker->scannedAt();
  } else {
    body["booth"] = c->respondent_booth();
  }
  if (!text.trimmed().isEmpty()) body["text"] = text.trimmed().toStdString();
  std::vector<std::string> blobs;
  if (body.contains("blob")) blobs.push_back(body["blob"].get<std::string>());
  return append(ev::kEvidenceAdded, std::move(body), std::move(blobs));
}

bool CaseController::addEvidence(const QString& kind, const QString& filePath, const QString& text, bool originalSeen) {
  if (!evidenceAllowed(kind)) return false;
  if (!filePath.isEmpty())
    return appendSealed(kind, EvidenceCapture(parts_.vault->blobs()).sealFile(filePath), text, originalSeen);
  if (text.trimmed().isEmpty()) return fail(tr("Choose a file or write a note."));
  return appendEvidence(kind, {{"source", "typed"}}, text, originalSeen);
}

bool CaseController::appendSealed(const QString& kind, const SealResult& sealed, const QString& text,
                                  bool originalSeen) {
  if (!sealed) return fail(sealed.error);
  Json body = Json::object();
  EvidenceCapture::describe(*sealed.blob, body);
  return appendEvidence(kind, std::move(body), text, originalSeen);
}

bool CaseController::addImage(const QString& kind, const QImage& image, const QString& text, bool originalSeen) {
  if (!evidenceAllowed(kind)) return false;
  return appendSealed(kind, EvidenceCapture(parts_.vault->blobs()).sealImage(image), text, originalSeen);
}

bool CaseController::addPhoto(const QString& kind, QObject* videoSink, const QString& text, bool originalSeen) {
  if (!evidenceAllowed(kind)) return false;
  auto* sink = qobject_cast<QVideoSink*>(videoSink);
  if (!sink) return fail(tr("No camera picture to take."));
  // The frame shown when the officer pressed: sealed at once.
  return appendSealed(kind, EvidenceCapture(parts_.vault->blobs()).sealFrame(sink->videoFrame()), text, originalSeen);
}

bool CaseController::addScannedCode(const QString& text, const QString& format, bool originalSeen) {
  const QString kind = QStringLiteral("scanned_code");
  if (!evidenceAllowed(kind)) return false;
  if (text.trimmed().isEmpty()) return fail(tr("No code was read."));
  Json body = {{"source", format == QLatin1String("typed") ? "typed" : "scanner"}};
  if (!format.isEmpty() && format != QLatin1String("typed")) body["code_format"] = format.toStdString();
  return appendEvidence(kind, std::move(body), text, originalSeen);
}

bool CaseController::correctEvidence(const QString& itemId, const QString& kind, const QString& text, bool originalSeen,
                                     const QString& reason) {
  if (!allowed(ev::kEvidenceCorrected)) return false;
  const Case* c = currentCase();
  const std::string id = itemId.toStdString();
  const EvidenceItem* item = nullptr;
  for (const EvidenceItem& e : c->evidence)
    if (e.id == id) item = &e;
  if (!item) return fail(tr("Evidence item %1 is not part of case %2.").arg(itemId.left(12), caseNumber()));
  if (!item->current()) return fail(tr("This item was corrected already: correct its latest version."));
  if (reason.trimmed().isEmpty()) return fail(tr("Say why the item is corrected."));
  const std::string k = kind.toStdString();
  if (!one_of(ev::kEvidenceKinds, k)) return fail(tr("Choose the kind of evidence."));
  const Json& f = item->fields;
  const bool has_blob = !json_text(f, "blob").isEmpty();
  if (has_blob && blobless_kind(k))
    return fail(tr("This item is a sealed picture or file: its kind cannot be a note or a scanned code."));
  if (!has_blob && !blobless_kind(k))
    return fail(tr("This item has no picture or file: it can only be a note or a scanned code."));
  const QString note = text.trimmed();
  if (!has_blob && note.isEmpty()) return fail(tr("A note or code without its text would say nothing."));

  // Only what changes is written; the fold keeps the rest from the item it replaces.
  Json body = {{"corrects", {{"hash", id}}}, {"reason", reason.trimmed().toStdString()}};
  if (json_text(f, "kind") != kind) body["kind"] = k;
  if (json_text(f, "text") != note) body["text"] = note.toStdString();
  if (flag_at(f, "original_seen") != originalSeen) body["original_seen"] = originalSeen;
  if (body.size() == 2) return fail(tr("Nothing changed: change the kind, the note or \"Original seen\"."));
  return append(ev::kEvidenceCorrected, std::move(body));
}

}  // namespace fg
