#include "station_backend.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEvent>

#include <algorithm>

#include "cases/case_number.h"
#include "clock_warning.h"
#include "set_aside_notes.h"

namespace fg {

StationBackend::StationBackend(QObject* parent)
    : QObject(parent),
      receipts_(vault_),
      stickers_(enrolment_),
      access_(index_, [this] { return kiosk_desk_.active(); }),
      recorder_(enrolment_, vault_, session_, index_) {
  last_sticker_.setParts(&stickers_, &clock_);
  equip(intake_);
  equip(case_);
  kiosk_desk_.setParts({&session_, &intake_, &case_, &cases_, &clock_, &language_, &stickers_, &enrolment_});
  sync_.setParts({&enrolment_, &vault_, &receipts_, &sync_state_, &clock_,
                  [this](const std::string& fair) { return prepareStore(fair); },
                  [this](const std::string& text, const PublicKey& bureau, QString* error) {
                    return installFairConfig(text, bureau, error);
                  },
                  [this] { refresh(); }});

  session_.setUnlocker([this](const Officer& officer, const QString& pin) { return unlock(officer, pin); });
  // Sign-out (not the idle lock) closes the stores and wipes the data key.
  connect(&session_, &OfficerSession::officerChanged, this, [this] {
    if (session_.officerId().isEmpty()) closeData();
  });
  // A close waits for the sync and the loader reading the stores.
  auto close_if_pending = [this] {
    if (close_pending_ && session_.officerId().isEmpty()) closeData();
  };
  connect(&sync_, &SyncWorker::finished, this, close_if_pending);
  connect(&index_, &CaseIndex::loadingChanged, this, [this, close_if_pending] {
    emit loadingChanged();
    if (!index_.loading()) close_if_pending();
  });
  connect(&index_, &CaseIndex::changed, this, [this](const QString& caseNumber) {
    updateRows(caseNumber);
    emit eventsChanged();
    emit setAsideChanged();
    emit syncChanged();  // what waits to be sent grew
  });
  connect(&clock_, &StationClock::nowChanged, this, &StationBackend::nowChanged);
  connect(&sync_state_, &SyncState::changed, this, &StationBackend::syncChanged);
  // The clock warning is C++ text: read again in the other language.
  connect(&language_, &LanguageSwitcher::languageChanged, this, [this] {
    emit syncChanged();
    emit setAsideChanged();
    case_.retranslate();
  });
  // Any touch or key anywhere keeps the officer's session from idling out.
  if (QCoreApplication::instance()) QCoreApplication::instance()->installEventFilter(this);
}

int StationBackend::unsyncedEvents() {
  EventStore* store = vault_.store();
  if (!store || !enrolment_.deviceKey()) return 0;
  const std::int64_t own = store->head_seq(enrolment_.devicePublicHex());
  return static_cast<int>(std::max<std::int64_t>(0, own - sync_state_.relayHead()));
}

QString StationBackend::clockWarning() const { return clock_offset_warning(sync_state_.clockOffsetMs()); }

QStringList StationBackend::setAsideNotes() const { return set_aside_notes(index_.setAside(), enrolment_, clock_); }

StationBackend::~StationBackend() {
  index_.waitForLoader();  // it reads through the store
  if (QCoreApplication::instance()) QCoreApplication::instance()->removeEventFilter(this);
}

void StationBackend::equip(IntakeWizard& wizard) {
  wizard.setParts(
      {&access_, &index_, &recorder_, &vault_, &enrolment_, &clock_, &stickers_, &last_sticker_, &session_});
}

void StationBackend::equip(CaseController& page) {
  page.setParts({&access_, &index_, &recorder_, &vault_, &enrolment_, &clock_, &session_, &stickers_, &last_sticker_,
                 &receipts_, &settings_});
}

bool StationBackend::open(const QString& dataDir, QString* error) {
  std::optional<StationEnrolment::Saved> saved;
  if (!enrolment_.open(dataDir, &saved, error)) return false;
  vault_.setFolder(enrolment_.dataDir());
  settings_.open(enrolment_.dataDir());
  // Once the station holds encrypted data, a missing failure counter counts as locked out.
  session_.setStateFile(QDir(enrolment_.dataDir()).filePath(QStringLiteral("sign-in.state")), vault_.hasKeyring());
  if (!saved) return true;  // not enrolled yet: the enrolment page shows
  return installFairConfig(saved->signed_config, saved->bureau, error);
}

bool StationBackend::installFairConfig(const std::string& signedText, const PublicKey& bureau, QString* error) {
  auto fail = [&](const QString& why) {
    if (error) *error = why;
    return false;
  };
  std::optional<FairConfig> config = enrolment_.verify(signedText, bureau, error);
  if (!config) return false;
  if (EventStore* store = vault_.store(); store && config->fair.id != store->fair())
    return fail(QStringLiteral("This station belongs to fair %1, not %2.")
                    .arg(QString::fromStdString(store->fair()), QString::fromStdString(config->fair.id)));
  const bool keyring = vault_.hasKeyring();
  if (!vault_.isOpen() && !keyring &&
      std::none_of(config->officers.begin(), config->officers.end(),
                   [](const Officer& o) { return o.box && !o.disabled; }))
    return fail(
        QStringLiteral("The fair's roster has no officer with a data key (box key), so this station could "
                       "not encrypt its data for anyone. The bureau must add the officers again with "
                       "fairguard-relay officers add."));
  if (!enrolment_.adopt(signedText, bureau, std::move(*config), error)) return false;
  vault_.configs().put(enrolment_.configSha256(), fairConfig());
  index_.setStation(fairConfig().fair.id, stationCode().toStdString());
  try {
    // First enrolment: the data key is made here and sealed to the roster's officers.
    if (!vault_.isOpen() && !keyring) {
      vault_.createKey();
      openDeviceKey();
      emit dataOpenChanged();
    }
    if (vault_.isOpen()) openData();
  } catch (const std::exception& e) {
    return fail(QStringLiteral("Cannot open the event store: %1").arg(QString::fromUtf8(e.what())));
  }
  applyConfig();
  if (!vault_.store()) return true;  // locked: the cases are read at the next sign-in
  if (defer_loading_ && index_.fold().events == 0)
    index_.reloadInBackground(*vault_.store());
  else
    refresh();
  return true;
}

void StationBackend::openData() {
  vault_.openStores(fairConfig().fair.id);
  vault_.trustDevices(fairConfig());
  vault_.seal(fairConfig().officers);  // newcomers in this roster get their copy now
}

void StationBackend::openDeviceKey() {
  if (const SecretBytes* seed = enrolment_.seedToSeal()) {
    vault_.sealDeviceSeed(*seed);  // also deletes an old plain device.key
    enrolment_.sealed();
    return;
  }
  if (enrolment_.deviceKey()) return;
  if (!enrolment_.attachSeed(vault_.openDeviceSeed()))
    throw std::runtime_error("the sealed device key (device.sealed) is not this station's key (device.pub)");
}

EventStore* StationBackend::prepareStore(const std::string& fair) {
  // Enrolment: the data key is made before the first sync stores anything.
  if (!vault_.isOpen() && !vault_.hasKeyring()) {
    vault_.createKey();
    openDeviceKey();  // sealed before the relay ever hears of the key
    emit dataOpenChanged();
  }
  vault_.openStores(fair);
  return vault_.store();
}

QString StationBackend::unlock(const Officer& officer, const QString& pin) {
  if (vault_.isOpen()) {
    // Open already (idle lock, or another officer before): only newcomers need their copy.
    try {
      vault_.seal(fairConfig().officers);
    } catch (const std::exception& e) {
      qWarning("Cannot update the station keyring: %s", e.what());
    }
    return {};
  }
  if (!vault_.hasKeyring()) return {};  // not enrolled yet: nothing to open
  try {
    if (QString why = vault_.unlock(officer, pin); !why.isEmpty()) return why;
    openDeviceKey();
    if (enrolled()) {
      openData();
      if (defer_loading_)
        index_.reloadInBackground(*vault_.store());
      else
        refresh();
    }
  } catch (const std::exception& e) {
    closeData();
    return DataVault::tr("The station's data cannot be read: %1").arg(QString::fromUtf8(e.what()));
  }
  emit dataOpenChanged();
  sync_.refreshReceipts();  // receipts.db is found beside the store, now open
  return {};
}

void StationBackend::closeData() {
  if (!vault_.isOpen() && !vault_.storesOpen()) return;
  // A sync or the loader still reading: close when they are done.
  if (index_.loading() || sync_.busy()) {
    close_pending_ = true;
    return;
  }
  close_pending_ = false;
  vault_.close();
  enrolment_.forgetSecret();
  index_.clear();
  emit dataOpenChanged();
}

void StationBackend::refresh() {
  if (vault_.store()) index_.reload(*vault_.store());
}

void StationBackend::applyConfig() {
  clock_.setTimeZone(fairConfig().fair.timezone);
  auto officers = std::make_shared<std::vector<Officer>>(fairConfig().officers);
  session_.setRoster([officers](const std::string& id) -> std::optional<Officer> {
    for (const Officer& o : *officers)
      if (o.id == id && !o.disabled) return o;
    return std::nullopt;
  });
  session_.setFairToday([this] {
    return QDateTime::fromMSecsSinceEpoch(clock_.now(), clock_.timeZone()).date().toString(Qt::ISODate).toStdString();
  });
  sync_.refreshReceipts();  // the store may have opened with this configuration
  QStringList booths;
  booths.reserve(static_cast<qsizetype>(fairConfig().booths.size()));
  for (const Booth& b : fairConfig().booths) booths.push_back(QString::fromStdString(b.booth));
  cases_.setFairBooths(booths);
  emit configChanged();
}

QVariantMap StationBackend::boothInfo(const QString& booth) const {
  const Booth* b = fairConfig().find_booth(booth.toStdString());
  if (!b) return {{QStringLiteral("known"), false}, {QStringLiteral("booth"), booth}};
  return {{QStringLiteral("known"), true},
          {QStringLiteral("booth"), QString::fromStdString(b->booth)},
          {QStringLiteral("hall"), QString::fromStdString(b->hall)},
          {QStringLiteral("exhibitor"), QString::fromStdString(b->exhibitor)},
          {QStringLiteral("delegation"), QString::fromStdString(b->delegation)}};
}

void StationBackend::updateRows(const QString& caseNumber) {
  const std::vector<Case>& cases = fold().cases;
  const std::string number = caseNumber.toStdString();
  const auto at = std::lower_bound(cases.begin(), cases.end(), number,
                                   [](const Case& c, const std::string& n) { return case_number_less(c.number, n); });
  if (number.empty() || at == cases.end() || at->number != number) {
    cases_.setRows(case_rows(cases));
    return;
  }
  // The rows are the fold's cases newest first (case_rows).
  cases_.updateRow(static_cast<std::size_t>(cases.end() - at) - 1, case_row(*at));
}

void StationBackend::setKiosk(bool on) {
  kiosk_ = on;
  emit configChanged();
}

bool StationBackend::eventFilter(QObject* watched, QEvent* event) {
  switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::KeyPress:
      session_.noteActivity();
      break;
    default:
      break;
  }
  return QObject::eventFilter(watched, event);
}

}  // namespace fg
