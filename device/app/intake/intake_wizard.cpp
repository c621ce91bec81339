#include "intake_wizard.h"

#include <QUrl>
#include <QVideoFrame>
#include <QVideoSink>

#include <algorithm>

#include "case_access_policy.h"
#include "case_details.h"
#include "case_index.h"
#include "cases/case_queries.h"
#include "cases/event_types.h"
#include "code_checks.h"
#include "data_vault.h"
#include "document_issuer.h"
#include "event_recorder.h"
#include "evidence_capture.h"
#include "json_variant.h"
#include "last_booth_sticker.h"
#include "ledger/json_fields.h"
#include "signature_image.h"
#include "station_clock.h"
#include "station_enrolment.h"
#include "sticker_checker.h"

namespace fg {
namespace ev = fg::events;
namespace {

std::string field(const QVariantMap& fields, const char* key) {
  return fields.value(QString::fromLatin1(key)).toString().trimmed().toStdString();
}

// Adds key: value to a body only when a value was given (absent means "not given").
void put_if(Json& body, const char* key, const std::string& value) {
  if (!value.empty()) body[key] = value;
}

bool contains(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

}  // namespace

IntakeWizard::IntakeWizard(QObject* parent) : QObject(parent) {}

void IntakeWizard::setParts(const IntakeParts& parts) {
  parts_ = parts;
  if (parts_.index) connect(parts_.index, &CaseIndex::changed, this, &IntakeWizard::changed);
}

void IntakeWizard::setStep(int step) {
  step_ = std::clamp(step, static_cast<int>(Complainant), static_cast<int>(Finished));
  emit changed();
}

bool IntakeWizard::fail(const QString& why) {
  error_ = why;
  emit changed();
  return false;
}

bool IntakeWizard::ok() {
  error_.clear();
  emit changed();
  return true;
}

const Case* IntakeWizard::currentCase() const {
  return parts_.access && !case_number_.empty() ? parts_.access->find(case_number_) : nullptr;
}

QString IntakeWizard::state() const {
  const Case* c = currentCase();
  return c ? QString::fromUtf8(to_string(c->state)) : QString();
}

bool IntakeWizard::append(std::string_view type, Json body, std::vector<std::string> blobs) {
  if (!ready()) return fail(tr("The station is not ready."));
  body["case_number"] = case_number_;
  QString why;
  if (!parts_.recorder->record(type, std::move(body), std::move(blobs), &why)) return fail(why);
  return true;
}

bool IntakeWizard::issue(DocumentKind kind, Json body) {
  if (!ready() || !parts_.session) return fail(tr("The station is not ready."));
  const Case* c = currentCase();
  if (!c) return requireCase();
  body["case_number"] = case_number_;
  QString why;
  if (!DocumentIssuer(*parts_.enrolment, *parts_.vault, *parts_.session, *parts_.recorder)
           .issue(kind, *c, std::move(body), &why))
    return fail(why);
  return true;
}

bool IntakeWizard::requireCase() {
  if (currentCase()) return true;
  return fail(tr("Record the complainant first: that opens the case."));
}

void IntakeWizard::reset() {
  case_number_.clear();
  seen_.clear();
  exhibitor_entry_.clear();
  kiosk_submission_ = 0;
  step_ = Complainant;
  error_.clear();
  emit changed();
}

bool IntakeWizard::resume(const QString& caseNumber) {
  const Case* c = parts_.access ? parts_.access->find(caseNumber.toStdString()) : nullptr;
  if (!c || (c->state != CaseState::Draft)) return fail(tr("Case %1 is not an unfinished complaint.").arg(caseNumber));
  case_number_ = c->number;
  seen_.clear();
  exhibitor_entry_.clear();
  kiosk_submission_ = 0;
  for (const Document& d : c->documents) seen_.push_back(d.kind);
  step_ = c->complainant.empty()  ? Complainant
          : c->right.empty()      ? Right
          : c->respondent.empty() ? Respondent
          : c->product.empty()    ? Product
          : c->grounds.empty()    ? Grounds
                                  : Documents;
  return ok();
}

void IntakeWizard::startFromKiosk(int id, const QVariantMap& entry) {
  reset();
  exhibitor_entry_ = entry;
  kiosk_submission_ = id;
  emit changed();
}

bool IntakeWizard::recordComplainant(const QVariantMap& fields) {
  const std::string name = field(fields, "name");
  const std::string id = field(fields, "idNumber");
  std::string kind = field(fields, "kind");
  std::string country = QString::fromStdString(field(fields, "country")).toUpper().toStdString();
  if (name.empty()) return fail(tr("Enter the complainant's name."));
  if (id.empty()) return fail(tr("Enter the ID, passport or company registration number."));
  if (kind.empty()) kind = "company";
  if (kind != "person" && kind != "company") return fail(tr("Choose person or company."));
  if (country.empty()) country = "CN";
  if (country.size() != 2) return fail(tr("Country: two letters, e.g. CN, DE, US."));
  if (case_number_.empty()) {
    if (!ready()) return fail(tr("The station is not ready."));
    case_number_ = parts_.index->nextCaseNumber();
    // The booth is not known yet at the desk: the respondent step records it.
    Json opened = {{"booth", ""},
                   {"station", parts_.enrolment->stationCode().toStdString()},
                   {"received_at", parts_.clock->now()}};
    if (!append(ev::kCaseOpened, std::move(opened))) {
      case_number_.clear();
      return false;
    }
  }
  Json body = {{"name", name}, {"kind", kind}, {"id_number", id}, {"country", country}};
  put_if(body, "badge", field(fields, "badge"));
  put_if(body, "agent", field(fields, "agent"));
  put_if(body, "agent_badge", field(fields, "agentBadge"));
  // A contact (phone, e-mail) comes from the kiosk form; the officer's step has no field for it.
  std::string contact = field(fields, "contact");
  if (contact.empty())
    contact = exhibitor_entry_.value(QStringLiteral("complainant"))
                  .toMap()
                  .value(QStringLiteral("contact"))
                  .toString()
                  .toStdString();
  put_if(body, "contact", contact);
  if (!append(ev::kComplainantRecorded, std::move(body))) return false;
  step_ = Right;
  return ok();
}

QVariantMap IntakeWizard::checkRightNumber(const QString& rightType, const QString& text) const {
  return to_variant(check_right_number(rightType.toStdString(), text.toStdString()));
}

bool IntakeWizard::recordRight(const QVariantMap& fields) {
  if (!requireCase()) return false;
  const std::string type = field(fields, "rightType");
  if (!contains(std::vector<std::string>(ev::kRightTypes.begin(), ev::kRightTypes.end()), type))
    return fail(tr("Choose the type of right."));
  const RightNumberCheck check = check_right_number(type, field(fields, "number"));
  if (!check.ok) return fail(check.message);
  Json body = {{"right_type", type}, {"number", check.display}};
  put_if(body, "title", field(fields, "title"));
  put_if(body, "evaluation_report", field(fields, "evaluationReport"));
  const std::string licence = field(fields, "licenceType");
  if (!licence.empty()) {
    if (!contains({"owner", "exclusive", "sole", "ordinary"}, licence)) return fail(tr("Unknown licence type."));
    body["licence_type"] = licence;
  }
  if (!append(ev::kRightRecorded, std::move(body))) return false;
  step_ = Respondent;
  return ok();
}

QVariantMap IntakeWizard::checkSticker(const QString& text) const {
  return parts_.stickers ? parts_.stickers->checkForQml(text) : to_variant(StickerCheck{});
}

bool IntakeWizard::recordRespondentFromSticker(const QString& stickerText) {
  if (!requireCase()) return false;
  const StickerCheck c = parts_.stickers->check(stickerText);
  if (!c.ok) return fail(c.message);
  parts_.lastSticker->remember(c);
  Json body = {{"booth", c.booth}, {"hall", c.hall}, {"booth_source", "sticker_verified"}};
  put_if(body, "exhibitor", c.exhibitor);
  if (const Booth* b = parts_.enrolment->fairConfig().find_booth(c.booth)) {
    put_if(body, "delegation", b->delegation);
    put_if(body, "industry", b->industry);
  }
  if (!append(ev::kRespondentRecorded, std::move(body))) return false;
  step_ = Product;
  return ok();
}

bool IntakeWizard::recordRespondentManual(const QString& booth, const QString& exhibitor) {
  if (!requireCase()) return false;
  const std::string code = booth.trimmed().toUpper().toStdString();
  if (code.empty()) return fail(tr("Enter the booth code, or scan the booth sticker."));
  Json body = {{"booth", code}, {"booth_source", "manual"}};
  std::string name = exhibitor.trimmed().toStdString();
  if (const Booth* b = parts_.enrolment->fairConfig().find_booth(code)) {
    if (name.empty()) name = b->exhibitor;
    put_if(body, "hall", b->hall);
    put_if(body, "delegation", b->delegation);
    put_if(body, "industry", b->industry);
  } else if (name.empty()) {
    return fail(tr("Booth %1 is not in the fair's booth list: enter the exhibitor's name.").arg(booth.trimmed()));
  }
  put_if(body, "exhibitor", name);
  if (!append(ev::kRespondentRecorded, std::move(body))) return false;
  step_ = Product;
  return ok();
}

bool IntakeWizard::recordProduct(const QVariantMap& fields) {
  if (!requireCase()) return false;
  const std::string description = field(fields, "description");
  if (description.empty()) return fail(tr("Describe the accused product."));
  std::string form = field(fields, "displayForm");
  if (form.empty()) form = "exhibit";
  if (!contains(std::vector<std::string>(ev::kDisplayForms.begin(), ev::kDisplayForms.end()), form))
    return fail(tr("Unknown display form."));
  Json body = {{"description", description}, {"display_form", form}};
  put_if(body, "model", field(fields, "model"));
  const ProductCodeCheck code = check_product_code(field(fields, "code"));
  if (!code.ok) return fail(code.message);
  put_if(body, "code", code.code);
  put_if(body, "code_format", code.format);
  const std::string url = field(fields, "url");
  if (form == "online_link" && url.empty()) return fail(tr("Enter the address of the online listing."));
  put_if(body, "url", url);
  if (!append(ev::kProductRecorded, std::move(body))) return false;
  step_ = Grounds;
  return ok();
}

bool IntakeWizard::recordGrounds(const QString& text) {
  if (!requireCase()) return false;
  if (text.trimmed().isEmpty()) return fail(tr("Write down the complainant's grounds."));
  if (!append(ev::kGroundsRecorded, {{"text", text.trimmed().toStdString()}})) return false;
  step_ = Documents;
  return ok();
}

std::vector<std::string> IntakeWizard::requiredKinds() const {
  const Case* c = currentCase();
  if (!c || !parts_.enrolment) return {};
  const bool agent = !json_text(c->complainant, "agent").isEmpty();
  const QString licence = json_text(c->right, "licence_type");
  const bool licensee = !licence.isEmpty() && licence != QLatin1String("owner");
  const QString country = json_text(c->complainant, "country");
  const bool foreign = !country.isEmpty() && country != QLatin1String("CN");
  return parts_.enrolment->fairConfig().documents.for_filing(c->right_type(), agent, licensee, foreign);
}

std::vector<std::string> IntakeWizard::missingKinds() const {
  std::vector<std::string> missing;
  for (const std::string& kind : requiredKinds())
    if (!contains(seen_, kind)) missing.push_back(kind);
  return missing;
}

QVariantList IntakeWizard::documents() const {
  QVariantList list;
  const Case* c = currentCase();
  for (const std::string& kind : requiredKinds()) {
    bool attached = false;
    if (c)
      for (const Document& d : c->documents) attached = attached || d.kind == kind;
    list.append(QVariantMap{{QStringLiteral("kind"), QString::fromStdString(kind)},
                            {QStringLiteral("present"), contains(seen_, kind)},
                            {QStringLiteral("attached"), attached}});
  }
  return list;
}

void IntakeWizard::setDocumentSeen(const QString& kind, bool seen) {
  const std::string k = kind.toStdString();
  seen_.erase(std::remove(seen_.begin(), seen_.end(), k), seen_.end());
  if (seen) seen_.push_back(k);
  emit changed();
}

bool IntakeWizard::attachDocument(const QString& kind, const QString& filePath) {
  if (!requireCase()) return false;
  if (!ev::is_document_kind(kind.toStdString())) return fail(tr("Unknown document kind: %1").arg(kind));
  return attachSealed(kind, EvidenceCapture(parts_.vault->blobs()).sealFile(filePath));
}

bool IntakeWizard::attachDocumentPhoto(const QString& kind, QObject* videoSink) {
  if (!requireCase()) return false;
  if (!ev::is_document_kind(kind.toStdString())) return fail(tr("Unknown document kind: %1").arg(kind));
  auto* sink = qobject_cast<QVideoSink*>(videoSink);
  if (!sink) return fail(tr("No camera picture to take."));
  return attachSealed(kind, EvidenceCapture(parts_.vault->blobs()).sealFrame(sink->videoFrame()));
}

bool IntakeWizard::attachSealed(const QString& kind, const SealResult& sealed) {
  if (!sealed) return fail(sealed.error);
  Json body = {{"kind", kind.toStdString()}};
  EvidenceCapture::describe(*sealed.blob, body);
  if (!append(ev::kDocumentAttached, std::move(body), {sealed.blob->hash})) return false;
  setDocumentSeen(kind, true);
  return ok();
}

bool IntakeWizard::duplicate() const {
  if (!parts_.index || case_number_.empty()) return false;
  return std::ranges::any_of(find_duplicates(parts_.index->fold()),
                             [this](const DuplicateGroup& g) { return contains(g.cases, case_number_); });
}

bool IntakeWizard::checkAdmissibility(bool priorSession, const QString& note) {
  if (!requireCase()) return false;
  const Case* c = currentCase();
  if (c->right.empty() || c->respondent.empty()) return fail(tr("Record the right and the respondent first."));
  // Taken over from the kiosk: every step the exhibitor filled must have been checked and saved.
  if (kiosk_submission_ != 0 && c->grounds.empty() && exhibitor_entry_.contains(QStringLiteral("grounds")))
    return fail(tr("Check and save the complainant's grounds first."));
  const std::vector<std::string> missing = missingKinds();
  // The configuration and the events name documents alike (cases/document_kinds.h).
  Json body = {
      {"complete", missing.empty()}, {"missing", missing}, {"duplicate", duplicate()}, {"prior_session", priorSession}};
  std::string text = note.trimmed().toStdString();
  if (kiosk_submission_ != 0)
    text += (text.empty() ? "" : "\n") +
            QStringLiteral("Details entered by the exhibitor at the self-service kiosk (K-%1), checked by the officer.")
                .arg(kiosk_submission_)
                .toStdString();
  put_if(body, "note", text);
  if (!append(ev::kAdmissibilityChecked, std::move(body))) return false;
  step_ = Review;
  return ok();
}

bool IntakeWizard::signatureSaved() const {
  const Case* c = currentCase();
  if (!c) return false;
  return std::any_of(c->acknowledgements.begin(), c->acknowledgements.end(),
                     [](const Acknowledgement& a) { return a.party == "complainant" && !a.refused; });
}

bool IntakeWizard::saveSignature(const QString& pngDataUrl, const QString& signer) {
  if (!requireCase()) return false;
  const DrawnSignature drawn =
      SignatureImage::read(pngDataUrl, tr("The signature pad is empty: ask the complainant to sign."));
  if (drawn.png.isEmpty()) return fail(drawn.error);
  const SealResult sealed = EvidenceCapture(parts_.vault->blobs()).sealBytes(drawn.png, "image/png", "signature_pad");
  if (!sealed) return fail(tr("Signature not saved: %1").arg(sealed.error));
  const std::string hash = sealed.blob->hash;
  Json body = {{"party", "complainant"}, {"signature", hash}, {"about", std::string(ev::kCaseFiled)}};
  put_if(body, "signer", signer.trimmed().toStdString());
  body["declaration"] = declaration().toStdString();
  if (!append(ev::kAckSigned, std::move(body), {hash})) return false;
  return ok();
}

QStringList IntakeWizard::acceptMissing() const {
  const Case* c = currentCase();
  if (!c) return {tr("No complaint is open: record the complainant first.")};
  QStringList missing;
  if (c->state != CaseState::Draft && c->state != CaseState::Filed)
    return {tr("This complaint has already been accepted or rejected.")};
  if (c->admissibility.empty())
    missing << tr("Check admissibility first.");
  else if (!flag_at(c->admissibility, "complete"))
    missing << tr("Documents are missing: the complaint cannot be accepted until they are added.");
  if (flag_at(c->admissibility, "duplicate"))
    missing << tr("The same complainant, right and booth are already in another case: reject as a duplicate.");
  if (!signatureSaved()) missing << tr("The complainant has not signed yet.");
  return missing;
}

QString IntakeWizard::declaration() const {
  const Case* c = currentCase();
  if (!c) return {};
  const QString name = QString::fromStdString(string_at(c->complainant, "name"));
  return tr("I, %1, declare that the details of complaint %2 shown here are true and complete, and I ask the IP "
            "bureau of the fair to act on it.")
      .arg(name.isEmpty() ? tr("(name)") : name, caseNumber());
}

bool IntakeWizard::accept(const QString& note) {
  if (!requireCase()) return false;
  const Case* c = currentCase();
  const QStringList missing = acceptMissing();
  if (!missing.isEmpty()) return fail(missing.first());
  if (c->state == CaseState::Draft && !append(ev::kCaseFiled, Json::object())) return false;
  Json body = Json::object();
  put_if(body, "note", note.trimmed().toStdString());
  if (!issue(DocumentKind::Acceptance, std::move(body))) return false;
  step_ = Finished;
  return ok();
}

bool IntakeWizard::reject(const QString& reason) {
  if (!requireCase()) return false;
  if (reason.trimmed().isEmpty()) return fail(tr("Give the reason the complainant is told."));
  const Case* c = currentCase();
  if (c->state == CaseState::Draft && !append(ev::kCaseFiled, Json::object())) return false;
  if (!issue(DocumentKind::Rejection, {{"reason", reason.trimmed().toStdString()}})) return false;
  step_ = Finished;
  return ok();
}

QVariantMap IntakeWizard::recorded() const {
  const Case* c = currentCase();
  if (!c) {
    QVariantMap entry = exhibitor_entry_;
    entry.remove(QStringLiteral("submission"));
    return entry;
  }
  QVariantMap out = case_sections(*c);
  out.insert(QStringLiteral("admissibility"), to_variant(c->admissibility));
  for (const char* section : {"complainant", "right", "respondent", "grounds"}) {
    const QString key = QString::fromLatin1(section);
    if (exhibitor_entry_.contains(key) && out.value(key).toMap().isEmpty())
      out.insert(key, exhibitor_entry_.value(key));
  }
  return out;
}

QVariantList IntakeWizard::stepsDone() const {
  const Case* c = currentCase();
  if (!c) return QVariantList(Finished, false);
  // Documents are done once the admissibility check (which weighs them) is recorded.
  return {!c->complainant.empty(), !c->right.empty(),         !c->respondent.empty(), !c->product.empty(),
          !c->grounds.empty(),     !c->admissibility.empty(), step_ == Finished};
}

}  // namespace fg
