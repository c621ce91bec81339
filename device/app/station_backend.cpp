#include "station_backend.h"

#include <QCoreApplication>
#include <algorithm>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QSaveFile>

#include "cases/case_number.h"

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
    blobs_ = std::make_unique<BlobStore>(dir.filePath(QStringLiteral("blobs")).toStdString());
    session_.setStateFile(dir.filePath(QStringLiteral("sign-in.state")));

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

  const QDir dir(data_dir_);
  if (!write_file(dir.filePath(QStringLiteral("bureau.pub")), QByteArray::fromStdString(to_hex(bureau)), error) ||
      !write_file(dir.filePath(QStringLiteral("fair-config.json")), QByteArray::fromStdString(signedText), error))
    return false;
  try {
    if (!store_)
      store_ = std::make_unique<EventStore>(dir.filePath(QStringLiteral("events.db")).toStdString(), config.fair.id);
    for (const DeviceEntry& d : config.devices) {
      if (d.revoked)
        store_->revoke_device(d.key);
      else
        store_->trust_device(d.key, d.code);
    }
  } catch (const std::exception& e) {
    return fail(QStringLiteral("Cannot open the event store: %1").arg(QString::fromUtf8(e.what())));
  }
  config_ = config;
  bureau_ = bureau;
  station_code_ = QString::fromStdString(me->code);
  applyConfig();
  if (defer_loading_ && !loader_ && fold_.events == 0)
    refreshInBackground();
  else
    refresh();
  return true;
}

void StationBackend::refreshInBackground() {
  struct Loaded {
    FoldResult fold;
    std::map<std::string, std::vector<std::pair<std::string, std::int64_t>>> case_events;
    std::int64_t counter = 0;
    std::size_t count = 0;
  };
  EventStore* store = store_.get();
  const std::string fair = config_.fair.id, station = station_code_.toStdString();
  loader_ = QThread::create([this, store, fair, station] {
    auto loaded = std::make_shared<Loaded>();
    const std::vector<SignedEvent> events = store->all_in_fold_order();
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
      if (static_cast<std::size_t>(store_->event_count()) != loaded->count) {
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
  if (store_ && store_->fair() != fair)
    throw std::runtime_error("this station belongs to fair " + store_->fair() + ", not " + fair);
  if (!store_)
    store_ = std::make_unique<EventStore>(QDir(data_dir_).filePath(QStringLiteral("events.db")).toStdString(), fair);
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
      // The roster has no role field yet: ids starting "SV" are the fair's supervisors, who
      // may reset a locked-out station (docs/station.md).
      return OfficerRecord{o.id, o.name, o.pin_verifier, o.id.rfind("SV", 0) == 0};
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
