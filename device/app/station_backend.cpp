#include "station_backend.h"

#include <QCoreApplication>
#include <algorithm>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include "cases/case_number.h"
#include "crypto/data_keyring.h"

namespace fg {
namespace {

bool write_file(const QString& path, const QByteArray& bytes, QString* error) {
  QSaveFile f(path);
  if (f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() && f.commit()) return true;
  if (error) *error = QStringLiteral("Cannot write %1: %2").arg(path, f.errorString());
  return false;
}

std::optional<QByteArray> read_file(const QString& path) {
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) return std::nullopt;
  return f.readAll();
}

QString text_of(const Json& object, const char* key) {
  const auto it = object.find(key);
  return it != object.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

}  // namespace

StationBackend::StationBackend(QObject* parent) : QObject(parent) {
  intake_.setBackend(this);
  case_.setBackend(this);
  sync_.setBackend(this);
  kiosk_desk_.setBackend(this);
  last_sticker_.setBackend(this);
  session_.setUnlocker([this](const OfficerRecord& officer, const QString& pin) { return unlock(officer, pin); });
  // Sign-out (not the idle lock) closes the stores and wipes the data key.
  connect(&session_, &OfficerSession::officerChanged, this, [this] {
    if (session_.officerId().isEmpty()) closeData();
  });
  connect(&sync_, &SyncWorker::finished, this, [this] {
    if (close_pending_ && session_.officerId().isEmpty()) closeData();
  });
  // Countdowns on the dashboard move every 30 s: enough for "2 h left", cheap on a tablet.
  tick_.setInterval(30 * 1000);
  connect(&tick_, &QTimer::timeout, this, &StationBackend::nowChanged);
  tick_.start();
  // Any touch or key anywhere keeps the officer's session from idling out.
  if (QCoreApplication::instance()) QCoreApplication::instance()->installEventFilter(this);
}

StationBackend::~StationBackend() {
  if (loader_) loader_->wait();  // it reads through store_
  if (QCoreApplication::instance()) QCoreApplication::instance()->removeEventFilter(this);
}

bool StationBackend::open(const QString& dataDir, QString* error) {
  try {
    const QDir dir(dataDir);
    if (!QDir().mkpath(dataDir)) {
      if (error) *error = QStringLiteral("Cannot create the data folder %1").arg(dataDir);
      return false;
    }
    data_dir_ = dir.absolutePath();
    const std::filesystem::path key_file = dir.filePath(QStringLiteral("device.key")).toStdString();
    if (std::filesystem::exists(key_file)) {
      device_key_ = std::make_unique<KeyPair>(KeyPair::load(key_file));
    } else {
      // The device key is made here and never leaves the tablet.
      device_key_ = std::make_unique<KeyPair>(KeyPair::generate());
      device_key_->save(key_file);
    }
    // Once the station holds encrypted data, a missing failure counter counts as locked out.
    session_.setStateFile(dir.filePath(QStringLiteral("sign-in.state")),
                          DataKeyring::exists(keyringPath().toStdString()));

    const auto pub = read_file(dir.filePath(QStringLiteral("bureau.pub")));
    const auto config = read_file(dir.filePath(QStringLiteral("fair-config.json")));
    if (!pub || !config) return true;  // not enrolled yet: the enrolment page shows
    const auto bureau = public_key_from_hex(pub->trimmed().toStdString());
    if (!bureau) {
      if (error) *error = QStringLiteral("bureau.pub in %1 is not a public key").arg(dataDir);
      return false;
    }
    return installFairConfig(config->toStdString(), *bureau, error);
  } catch (const std::exception& e) {
    if (error) *error = QStringLiteral("Cannot open the station data in %1: %2").arg(dataDir, QString::fromUtf8(e.what()));
    return false;
  }
}

bool StationBackend::installFairConfig(const std::string& signedText, const PublicKey& bureau, QString* error) {
  auto fail = [&](const QString& why) {
    if (error) *error = why;
    return false;
  };
  if (!device_key_) return fail(QStringLiteral("The station data folder is not open."));
  const VerifiedConfig verified = verify_fair_config(signedText, bureau);
  if (!verified)
    return fail(QStringLiteral("Fair configuration refused: %1 (%2)")
                    .arg(QString::fromUtf8(describe(verified.error)), QString::fromStdString(verified.detail)));
  const FairConfig& config = *verified.config;
  if (store_ && config.fair.id != store_->fair())
    return fail(QStringLiteral("This station belongs to fair %1, not %2.")
                    .arg(QString::fromStdString(store_->fair()), QString::fromStdString(config.fair.id)));
  if (enrolled() && bureau != bureau_) return fail(QStringLiteral("The configuration is signed by another bureau key."));
  const DeviceEntry* me = config.find_device(device_key_->public_hex());
  if (!me) return fail(QStringLiteral("This device is not enrolled in fair %1.").arg(QString::fromStdString(config.fair.id)));
  if (me->revoked) return fail(QStringLiteral("This device has been revoked by the bureau."));
  if (enrolled() && config.version < config_.version) return fail(QStringLiteral("Older fair configuration ignored."));

  const bool keyring = DataKeyring::exists(keyringPath().toStdString());
  if (!data_key_ && !keyring &&
      std::none_of(config.officers.begin(), config.officers.end(), [](const Officer& o) { return o.box && !o.disabled; }))
    return fail(QStringLiteral("The fair's roster has no officer with a data key (box key), so this station could "
                               "not encrypt its data for anyone. The bureau must add the officers again with "
                               "fairguard-relay officers add."));

  const QDir dir(data_dir_);
  if (!write_file(dir.filePath(QStringLiteral("bureau.pub")), QByteArray::fromStdString(to_hex(bureau)), error) ||
      !write_file(dir.filePath(QStringLiteral("fair-config.json")), QByteArray::fromStdString(signedText), error))
    return false;
  config_ = config;
  bureau_ = bureau;
  station_code_ = QString::fromStdString(me->code);
  try {
    // First enrolment: the data key is made here and sealed to the roster's officers.
    if (!data_key_ && !keyring) createDataKey();
    if (data_key_) {
      openStores(config.fair.id);
      applyConfigToStore();
      sealKeyForRoster();  // newcomers in this roster get their copy now
    }
  } catch (const std::exception& e) {
    return fail(QStringLiteral("Cannot open the event store: %1").arg(QString::fromUtf8(e.what())));
  }
  applyConfig();
  if (!store_) return true;  // locked: the cases are read at the next sign-in
  if (defer_loading_ && !loader_ && fold_.events == 0)
    refreshInBackground();
  else
    refresh();
  return true;
}

QString StationBackend::keyringPath() const { return QDir(data_dir_).filePath(QStringLiteral("keyring.json")); }

void StationBackend::createDataKey() {
  data_key_ = std::make_unique<SecretBytes>(DataKeyring::create(keyringPath().toStdString()));
  emit dataOpenChanged();
}

void StationBackend::openStores(const std::string& fair) {
  if (store_ && store_->fair() != fair)
    throw std::runtime_error("this station belongs to fair " + store_->fair() + ", not " + fair);
  if (!data_key_) throw std::runtime_error("the station's data is locked: an officer must sign in first");
  const QDir dir(data_dir_);
  if (!blobs_)
    blobs_ = std::make_unique<BlobStore>(dir.filePath(QStringLiteral("blobs")).toStdString(),
                                         std::make_shared<SecretBytes>(derive_subkey(*data_key_, 2, "fgblobs_")));
  if (!store_)
    store_ = std::make_unique<EventStore>(
        dir.filePath(QStringLiteral("events.db")).toStdString(), fair,
        std::make_shared<XChaChaRecordCipher>(derive_subkey(*data_key_, 1, "fgevents")));
}

void StationBackend::applyConfigToStore() {
  if (!store_) return;
  for (const DeviceEntry& d : config_.devices) {
    if (d.revoked)
      store_->revoke_device(d.key);
    else
      store_->trust_device(d.key, d.code);
  }
}

void StationBackend::sealKeyForRoster() {
  if (!data_key_) return;
  std::vector<KeyRecipient> recipients;
  for (const Officer& o : config_.officers)
    if (o.box && !o.disabled) recipients.push_back({o.id, o.box->public_key});
  DataKeyring::load(keyringPath().toStdString()).update(*data_key_, recipients);
}

QString StationBackend::unlock(const OfficerRecord& officer, const QString& pin) {
  if (data_key_) {
    // Open already (idle lock, or another officer before): only newcomers need their copy.
    try {
      sealKeyForRoster();
    } catch (const std::exception& e) {
      qWarning("Cannot update the station keyring: %s", e.what());
    }
    return {};
  }
  const std::string keyring = keyringPath().toStdString();
  if (!DataKeyring::exists(keyring)) return {};  // not enrolled yet: nothing to open
  if (!officer.box)
    return tr("Your roster entry has no data key (you were added with an older relay). Ask the bureau to add you "
              "again, or let another officer sign in.");
  try {
    const DataKeyring ring = DataKeyring::load(keyring);
    if (!ring.has_copy_for(officer.id, officer.box->public_key))
      return tr("This station has no key for you yet. Any officer who has used this station must sign in once; "
                "then you can.");
    std::string why;
    auto key = ring.open(officer.id, OfficerBoxKey::derive(pin.toStdString(), *officer.box), &why);
    if (!key) return tr("The station's data does not open: %1").arg(QString::fromStdString(why));
    data_key_ = std::make_unique<SecretBytes>(std::move(*key));
    if (enrolled()) {
      openStores(config_.fair.id);
      applyConfigToStore();
      sealKeyForRoster();
      if (defer_loading_ && !loader_)
        refreshInBackground();
      else
        refresh();
    }
  } catch (const std::exception& e) {
    closeData();
    return tr("The station's data cannot be read: %1").arg(QString::fromUtf8(e.what()));
  }
  emit dataOpenChanged();
  sync_.refreshReceipts();  // receipts.db is found beside the store, now open
  return {};
}

QString StationBackend::plainBlobFile(const std::string& hash) {
  if (!blobs_ || !blobs_->contains(hash)) return {};
  if (!plain_copies_) {
    const QString base = QFileInfo(QStringLiteral("/dev/shm")).isWritable() ? QStringLiteral("/dev/shm") : QDir::tempPath();
    plain_copies_ = std::make_unique<QTemporaryDir>(base + QStringLiteral("/fairguard-view-XXXXXX"));
    if (!plain_copies_->isValid()) {
      plain_copies_.reset();
      return {};
    }
  }
  const QString file = plain_copies_->filePath(QString::fromStdString(hash));
  if (QFileInfo::exists(file)) return file;
  std::string why;
  if (!blobs_->export_to(hash, file.toStdString(), &why)) {
    qWarning("Cannot show blob %s: %s", hash.c_str(), why.c_str());
    return {};
  }
  return file;
}

void StationBackend::closeData() {
  if (!data_key_ && !store_ && !blobs_) return;
  // A sync or the loader still reading: close when they are done.
  if (loader_ || sync_.busy()) {
    close_pending_ = true;
    return;
  }
  close_pending_ = false;
  store_.reset();
  blobs_.reset();
  data_key_.reset();  // sodium_free wipes it
  plain_copies_.reset();  // removes the plain copies shown meanwhile
  fold_ = FoldResult{};
  case_events_.clear();
  case_counter_ = 0;
  updateRows();
  emit eventsChanged();
  emit dataOpenChanged();
}

void StationBackend::refreshInBackground() {
  struct Loaded {
    FoldResult fold;
    std::map<std::string, std::vector<std::pair<std::string, std::int64_t>>> case_events;
    std::int64_t counter = 0;
    std::size_t count = 0;
    std::string error;  // the events could not be read (e.g. an altered ciphertext)
  };
  EventStore* store = store_.get();
  const std::string fair = config_.fair.id, station = station_code_.toStdString();
  loader_ = QThread::create([this, store, fair, station] {
    auto loaded = std::make_shared<Loaded>();
    std::vector<SignedEvent> events;
    try {
      events = store->all_in_fold_order();
    } catch (const std::exception& e) {
      loaded->error = e.what();
    }
    loaded->fold = fold_cases(events, fair);
    loaded->counter = highest_counter(events, fair, station);
    loaded->count = events.size();
    for (const SignedEvent& e : events) {
      const auto it = e.event.body.find("case_number");
      if (it != e.event.body.end() && it->is_string())
        loaded->case_events[it->get<std::string>()].emplace_back(e.event.device, e.event.seq);
    }
    QMetaObject::invokeMethod(this, [this, loaded] {
      loader_->wait();
      loader_->deleteLater();
      loader_ = nullptr;
      if (close_pending_ && session_.officerId().isEmpty()) {
        emit loadingChanged();
        closeData();
        return;
      }
      if (!loaded->error.empty()) {
        qCritical("The station's events cannot be read: %s", loaded->error.c_str());
      } else if (static_cast<std::size_t>(store_->event_count()) != loaded->count) {
        refresh();  // a sync imported events meanwhile
      } else {
        fold_ = std::move(loaded->fold);
        case_events_ = std::move(loaded->case_events);
        case_counter_ = loaded->counter;
        updateRows();
        emit eventsChanged();
      }
      emit loadingChanged();
    }, Qt::QueuedConnection);
  });
  loader_->start();
  emit loadingChanged();
}

EventStore* StationBackend::prepareStore(const std::string& fair) {
  // Enrolment: the data key is made before the first sync stores anything.
  if (!data_key_ && !DataKeyring::exists(keyringPath().toStdString())) createDataKey();
  openStores(fair);
  return store_.get();
}

void StationBackend::applyConfig() {
  const QTimeZone zone(QByteArray::fromStdString(config_.fair.timezone));
  if (!zone.isValid()) qInfo("Unknown time zone '%s'; showing UTC.", config_.fair.timezone.c_str());
  zone_ = zone.isValid() ? zone : QTimeZone::utc();
  auto officers = std::make_shared<std::vector<Officer>>(config_.officers);
  session_.setRoster([officers](const std::string& id) -> std::optional<OfficerRecord> {
    for (const Officer& o : *officers) {
      if (o.id != id || o.disabled) continue;
      // Role supervisor (from the signed roster) may reset a locked-out station.
      return OfficerRecord{o.id, o.name, o.pin_verifier, o.supervisor, o.box};
    }
    return std::nullopt;
  });
  emit configChanged();
}

std::optional<SignedEvent> StationBackend::append(std::string_view type, Json body, std::vector<std::string> blobs,
                                                  QString* error) {
  auto fail = [&](const QString& why) -> std::optional<SignedEvent> {
    if (error) *error = why;
    return std::nullopt;
  };
  if (!store_ || !device_key_) return fail(tr("This station is not enrolled in a fair yet."));
  if (!session_.signedIn()) return fail(tr("Sign in first: every action names its officer."));
  if (loading()) return fail(tr("The cases are still loading; try again in a moment."));
  try {
    SignedEvent e = store_->append(*device_key_, session_.officer(), std::string(type), std::move(body), std::move(blobs));
    if (refoldCase(e)) {
      updateRows();
      emit eventsChanged();
    } else {
      refresh();
    }
    return e;
  } catch (const std::exception& ex) {
    return fail(tr("Not saved: %1").arg(QString::fromUtf8(ex.what())));
  }
}

std::string StationBackend::nextCaseNumber() {
  return format_case_number(next_case_number(config_.fair.id, station_code_.toStdString(), case_counter_));
}

void StationBackend::refresh() {
  if (!store_ || loading()) return;  // the loader's result follows
  const std::vector<SignedEvent> events = store_->all_in_fold_order();
  fold_ = fold_cases(events, config_.fair.id);
  case_events_.clear();
  for (const SignedEvent& e : events) {
    const auto it = e.event.body.find("case_number");
    if (it != e.event.body.end() && it->is_string())
      case_events_[it->get<std::string>()].emplace_back(e.event.device, e.event.seq);
  }
  case_counter_ = highest_counter(events, config_.fair.id, station_code_.toStdString());
  updateRows();
  emit eventsChanged();
}

bool StationBackend::refoldCase(const SignedEvent& appended) {
  const auto key = appended.event.body.find("case_number");
  if (key == appended.event.body.end() || !key->is_string()) return false;
  const std::string number = key->get<std::string>();
  auto& refs = case_events_[number];
  refs.emplace_back(appended.event.device, appended.event.seq);
  std::vector<SignedEvent> events;
  events.reserve(refs.size());
  for (const auto& [device, seq] : refs) {
    auto e = store_->find(device, seq);
    if (!e) return false;  // cannot happen with a consistent store; the full refresh copes
    events.push_back(std::move(*e));
  }
  FoldResult one = fold_cases(events, config_.fair.id);
  if (one.cases.size() != 1 || one.cases.front().number != number) return false;
  const auto at = std::lower_bound(fold_.cases.begin(), fold_.cases.end(), number,
                                   [](const Case& c, const std::string& n) { return case_number_less(c.number, n); });
  if (at != fold_.cases.end() && at->number == number)
    *at = std::move(one.cases.front());
  else
    fold_.cases.insert(at, std::move(one.cases.front()));
  fold_.events += 1;
  if (appended.event.type == "case.opened")
    case_counter_ = std::max(case_counter_, highest_counter({&appended, 1}, config_.fair.id, station_code_.toStdString()));
  return true;
}

void StationBackend::updateRows() {
  std::vector<CaseRow> rows;
  rows.reserve(fold_.cases.size());
  for (const Case& c : fold_.cases) {
    CaseRow r;
    r.caseId = QString::fromStdString(c.number);
    r.caseNumber = r.caseId;
    r.status = QString::fromUtf8(to_string(c.state));
    r.booth = QString::fromStdString(c.respondent_booth());
    r.complainant = text_of(c.complainant, "name");
    r.respondent = text_of(c.respondent, "exhibitor");
    r.rightType = QString::fromStdString(c.right_type());
    r.rightNumber = QString::fromStdString(c.right_number());
    r.receivedAt = c.received.value_or(0);
    // The countdown matters only while the respondent may still answer.
    const bool waiting = c.state == CaseState::NoticeServed;
    r.deadlineAt = waiting ? c.defence_deadline.value_or(0) : 0;
    r.flagged = c.invalid_events() > 0 || !c.conflicts.empty();
    rows.push_back(std::move(r));
  }
  // Newest first: the officer works on what just came in.
  std::reverse(rows.begin(), rows.end());
  cases_.setRows(std::move(rows));
}

QString StationBackend::stationOf(const std::string& deviceHex) const {
  if (const DeviceEntry* d = config_.find_device(deviceHex)) return QString::fromStdString(d->code);
  return QString::fromStdString(deviceHex.substr(0, 8));
}

void StationBackend::setKiosk(bool on) {
  kiosk_ = on;
  emit configChanged();
}

qint64 StationBackend::now() const {
  return fixed_now_ != 0 ? fixed_now_ : QDateTime::currentMSecsSinceEpoch();
}

void StationBackend::setFixedNow(qint64 ms) {
  fixed_now_ = ms;
  emit nowChanged();
}

void StationBackend::setSyncState(const QString& state, qint64 lastSyncAt, int unsyncedEvents) {
  sync_state_ = state;
  last_sync_at_ = lastSyncAt;
  unsynced_events_ = unsyncedEvents;
  emit syncChanged();
}

QString StationBackend::formatTime(qint64 ms) const {
  if (ms <= 0) return {};
  return QDateTime::fromMSecsSinceEpoch(ms, zone_).toString(QStringLiteral("HH:mm"));
}

QString StationBackend::formatDateTime(qint64 ms) const {
  if (ms <= 0) return {};
  return QDateTime::fromMSecsSinceEpoch(ms, zone_).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
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
