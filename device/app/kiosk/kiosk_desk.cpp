#include "kiosk_desk.h"

#include <QRegularExpression>

#include <algorithm>

#include "cases/event_types.h"
#include "code_checks.h"
#include "case_controller.h"
#include "case_list_model.h"
#include "intake_wizard.h"
#include "language_switcher.h"
#include "officer_session.h"
#include "station_clock.h"
#include "station_enrolment.h"
#include "sticker_checker.h"

namespace fg {
namespace {

QString text(const QVariantMap& fields, const char* key) {
  return fields.value(QString::fromLatin1(key)).toString().trimmed();
}

// The prefill the intake wizard shows, shaped like IntakeWizard::recorded() (event keys).
QVariantMap intake_entry(const KioskSubmission& s) {
  const QVariantMap& f = s.fields;
  auto pick = [&](std::initializer_list<std::pair<const char*, const char*>> keys) {
    QVariantMap out;
    for (const auto& [from, to] : keys) {
      const QString v = f.value(QString::fromLatin1(from)).toString();
      if (!v.isEmpty()) out.insert(QString::fromLatin1(to), v);
    }
    return out;
  };
  QVariantMap entry{
      {QStringLiteral("submission"), s.id},
      {QStringLiteral("complainant"), pick({{"name", "name"},
                                            {"kind", "kind"},
                                            {"idNumber", "id_number"},
                                            {"country", "country"},
                                            {"badge", "badge"},
                                            {"agent", "agent"},
                                            {"agentBadge", "agent_badge"},
                                            {"contact", "contact"}})},
      {QStringLiteral("right"), pick({{"rightType", "right_type"}, {"number", "number"}, {"title", "title"}})},
      {QStringLiteral("respondent"), pick({{"booth", "booth"}, {"sticker", "sticker"}, {"exhibitor", "exhibitor"}})},
      {QStringLiteral("grounds"), pick({{"grounds", "text"}})},
  };
  return entry;
}

}  // namespace

KioskDesk::KioskDesk(QObject* parent) : QObject(parent) { queue_model_.setSubmissions(&queue_); }

void KioskDesk::setParts(const KioskParts& parts) {
  parts_ = parts;
  if (parts_.intake) connect(parts_.intake, &IntakeWizard::changed, this, &KioskDesk::dropOpened);
}

bool KioskDesk::fail(const QString& why) {
  error_ = why;
  emit errorChanged();
  return false;
}

void KioskDesk::clearError() {
  if (error_.isEmpty()) return;
  error_.clear();
  emit errorChanged();
}

void KioskDesk::setActive(bool on) {
  active_ = on;
  queue_model_.setHidden(on);
  if (parts_.cases) parts_.cases->setLocked(on);
  emit activeChanged();
}

bool KioskDesk::enter() {
  if (!ready() || !parts_.session->signedIn()) return fail(tr("Only a signed-in officer can start the kiosk."));
  enterAtStart();
  return true;
}

void KioskDesk::enterAtStart() {
  if (ready()) {
    // Nothing an officer had open stays reachable from the kiosk.
    parts_.intake->reset();
    parts_.casePage->setCaseNumber({});
    parts_.cases->setFilter({});
    parts_.cases->clearStatus();
    // Locked, not signed out: like the idle lock, the data key stays in memory so that the
    // background sync goes on storing and sending while exhibitors type (docs/station.md);
    // unlike it, so does the officer's signing key.
    parts_.session->lockForKiosk();
  }
  error_.clear();
  setActive(true);
}

bool KioskDesk::exit(const QString& officerId, const QString& pin) {
  if (!ready()) return fail(tr("The station is not ready."));
  OfficerSession* session = parts_.session;
  // A locked-out station: only a supervisor's id + PIN (which resets the lock-out) gets out.
  if (session->lockedOut() && !session->resetLockout(officerId, pin)) return fail(session->lastError());
  if (session->signIn(officerId, pin) != OfficerSession::Result::SignedIn) return fail(session->lastError());
  error_.clear();
  emit errorChanged();
  setActive(false);
  return true;
}

QVariantMap KioskDesk::checkRightNumber(const QString& rightType, const QString& number) const {
  return to_variant(check_right_number(rightType.toStdString(), number.toStdString()));
}

QVariantMap KioskDesk::checkSticker(const QString& sticker) const {
  return parts_.stickers ? parts_.stickers->checkForQml(sticker) : to_variant(StickerCheck{});
}

int KioskDesk::submit(const QVariantMap& form) {
  KioskSubmission s;
  QVariantMap& f = s.fields;
  auto refuse = [this](const QString& why) {
    fail(why);
    return 0;
  };
  QString kind = text(form, "kind");
  if (kind.isEmpty()) kind = QStringLiteral("company");
  if (kind != QLatin1String("person") && kind != QLatin1String("company"))
    return refuse(tr("Choose person or company."));
  f.insert(QStringLiteral("kind"), kind);
  for (const char* key : {"name", "idNumber", "country", "badge", "agent", "agentBadge", "title", "contact"})
    if (const QString v = text(form, key); !v.isEmpty()) f.insert(QString::fromLatin1(key), v);
  if (text(form, "name").isEmpty()) return refuse(tr("Enter your name or your company's name."));
  if (text(form, "idNumber").isEmpty()) return refuse(tr("Enter your ID, passport or company registration number."));
  const QString country = text(form, "country").toUpper();
  if (!QRegularExpression(QStringLiteral("^[A-Z]{2}$")).match(country).hasMatch())
    return refuse(tr("Country: two letters, e.g. CN, DE, US."));
  f.insert(QStringLiteral("country"), country);
  if (text(form, "agent").isEmpty() && !text(form, "agentBadge").isEmpty())
    return refuse(tr("Enter the agent's name with the agent badge number."));

  const QString type = text(form, "rightType");
  if (std::find(events::kRightTypes.begin(), events::kRightTypes.end(), type.toStdString()) ==
      events::kRightTypes.end())
    return refuse(tr("Choose the type of right."));
  const RightNumberCheck right = check_right_number(type.toStdString(), text(form, "number").toStdString());
  if (!right.ok) return refuse(right.message);
  f.insert(QStringLiteral("rightType"), type);
  f.insert(QStringLiteral("number"), QString::fromStdString(right.display));

  // The accused booth: from its sticker (verified as the officer's scan is) or typed.
  const QString sticker = text(form, "sticker");
  if (!sticker.isEmpty()) {
    const StickerCheck c = parts_.stickers ? parts_.stickers->check(sticker) : StickerCheck{};
    if (!c.ok) return refuse(c.message.isEmpty() ? tr("This booth sticker cannot be read.") : c.message);
    f.insert(QStringLiteral("sticker"), sticker);
    f.insert(QStringLiteral("booth"), QString::fromStdString(c.booth));
    f.insert(QStringLiteral("exhibitor"), QString::fromStdString(c.exhibitor));
    f.insert(QStringLiteral("boothVerified"), true);
  } else {
    const QString booth = text(form, "booth").toUpper();
    if (booth.isEmpty()) return refuse(tr("Enter the booth of the exhibitor you complain about, or scan its sticker."));
    f.insert(QStringLiteral("booth"), booth);
    f.insert(QStringLiteral("boothVerified"), false);
    if (parts_.enrolment)
      if (const Booth* b = parts_.enrolment->fairConfig().find_booth(booth.toStdString()))
        f.insert(QStringLiteral("exhibitor"), QString::fromStdString(b->exhibitor));
  }

  const QString grounds = text(form, "grounds");
  if (grounds.isEmpty()) return refuse(tr("Describe briefly what is infringed, and how."));
  if (grounds.size() > kMaxGroundsLength)
    return refuse(tr("Please keep the description under %1 characters; the officer will take the details.")
                      .arg(kMaxGroundsLength));
  f.insert(QStringLiteral("grounds"), grounds);
  if (text(form, "contact").isEmpty())
    return refuse(tr("Enter a phone number or e-mail address where we can reach you."));

  s.id = next_id_++;
  s.receivedAt = parts_.clock ? parts_.clock->now() : 0;
  s.language = parts_.language ? parts_.language->language() : QString();
  queue_.push_back(std::move(s));
  clearError();
  queueEdited();
  return queue_.back().id;
}

KioskSubmission* KioskDesk::find(int id) {
  const auto it = std::find_if(queue_.begin(), queue_.end(), [id](const KioskSubmission& s) { return s.id == id; });
  return it == queue_.end() ? nullptr : &*it;
}

bool KioskDesk::takeOver(int submissionId) {
  if (active_) return fail(tr("Exit kiosk mode with an officer's id and PIN first."));
  if (!ready() || !parts_.session->signedIn()) return fail(tr("Sign in first: every action names its officer."));
  KioskSubmission* s = find(submissionId);
  if (!s) return fail(tr("Submission K-%1 is no longer waiting.").arg(submissionId));
  // Named for the queue as the case page names officers: "Name (ID)".
  const QString name = parts_.session->officerName();
  const QString id = parts_.session->officerId();
  s->takenBy = name.isEmpty() ? id : QStringLiteral("%1 (%2)").arg(name, id);
  parts_.intake->startFromKiosk(s->id, intake_entry(*s));
  clearError();
  queueEdited();
  return true;
}

bool KioskDesk::discard(int submissionId) {
  if (active_) return fail(tr("Exit kiosk mode with an officer's id and PIN first."));
  const auto before = queue_.size();
  queue_.erase(
      std::remove_if(queue_.begin(), queue_.end(), [&](const KioskSubmission& s) { return s.id == submissionId; }),
      queue_.end());
  if (queue_.size() == before) return fail(tr("Submission K-%1 is no longer waiting.").arg(submissionId));
  queueEdited();
  return true;
}

void KioskDesk::dropOpened() {
  // Once the officer's wizard has opened the case, the case holds the details (signed by the
  // officer): the memory copy goes.
  if (!parts_.intake) return;
  const IntakeWizard* w = parts_.intake;
  if (w->kioskSubmission() == 0 || w->caseNumber().isEmpty()) return;
  const auto before = queue_.size();
  const int id = w->kioskSubmission();
  queue_.erase(std::remove_if(queue_.begin(), queue_.end(), [id](const KioskSubmission& s) { return s.id == id; }),
               queue_.end());
  if (queue_.size() != before) queueEdited();
}

void KioskDesk::queueEdited() {
  queue_model_.reload();
  emit queueChanged();
}

}  // namespace fg
