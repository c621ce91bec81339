#include "sync_worker.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QDir>
#include <QFileInfo>
#include <QUrl>

#include <functional>
#include <memory>

#include "decode_image.h"
#include "fairconfig/enrolment_payload.h"
#include "data_vault.h"
#include "station_clock.h"
#include "station_enrolment.h"
#include "station_receipts.h"
#include "sync/receipt_store.h"
#include "sync_state.h"
#include "sync/station_sync.h"
#include "sync/tls_client.h"

namespace fg {

struct SyncWorker::Outcome {
  bool ok = false;
  bool unreachable = false;  // no relay answered: the hall is offline, nothing is wrong
  QString error;
  std::optional<sync::SyncResult> result;
  std::optional<sync::StationProfile> profile;  // set at enrolment
};

namespace {
QString profile_path(const StationEnrolment& e) { return QDir(e.dataDir()).filePath(QStringLiteral("station.json")); }
}  // namespace

SyncWorker::SyncWorker(QObject* parent) : QObject(parent) {
  timer_.setInterval(2 * 60 * 1000);
  connect(&timer_, &QTimer::timeout, this, [this] {
    // Only a station enrolled through a relay has one to sync with (not the demo); its data
    // must be open (an officer signed in since the start; docs/station.md "At rest").
    if (ready() && parts_.enrolment->enrolled() && parts_.vault->isOpen() && !busy() &&
        QFileInfo::exists(profile_path(*parts_.enrolment)))
      syncNow();
  });
}

SyncWorker::~SyncWorker() {
  if (thread_) thread_->wait();  // the job holds references into the backend
}

void SyncWorker::setParts(SyncParts parts) {
  parts_ = std::move(parts);
  timer_.start();
  refreshReceipts();
}

void SyncWorker::refreshReceipts() {
  if (!ready()) return;
  try {
    auto receipts = parts_.receipts->openExisting();
    if (!receipts) return;
    receipts_logged_ = static_cast<int>(receipts->count(sync::ReceiptState::Logged));
    receipts_pending_ = static_cast<int>(receipts->count(sync::ReceiptState::Received));
    const auto alerts = receipts->open_alerts();
    // The first open alert stays on screen: a later one never hides it; only a bureau-signed
    // retirement of the log it concerns clears it (docs/receipts.md, "A retired log").
    log_alert_ = alerts.empty() ? QString() : QString::fromStdString(alerts.front().message);
    if (const auto last = receipts->last_sync()) parts_.state->remember(last->at_ms, last->relay_head);
  } catch (const std::exception& e) {
    log_alert_ = tr("Receipts cannot be read: %1").arg(QString::fromUtf8(e.what()));
  }
  emit changed();
}

QVariantMap SyncWorker::checkPayload(const QString& text) const {
  const ParsedEnrolment p = parse_enrolment_payload(text.trimmed().toStdString());
  if (!p) return {{QStringLiteral("ok"), false}, {QStringLiteral("message"), QString::fromStdString(p.error)}};
  return {{QStringLiteral("ok"), true},
          {QStringLiteral("message"), tr("Relay %1:%2, fair %3")
                                          .arg(QString::fromStdString(p.payload->host))
                                          .arg(p.payload->port)
                                          .arg(QString::fromStdString(p.payload->fair))},
          {QStringLiteral("host"), QString::fromStdString(p.payload->host)},
          {QStringLiteral("port"), p.payload->port},
          {QStringLiteral("fair"), QString::fromStdString(p.payload->fair)}};
}

QString SyncWorker::payloadFromImage(const QString& path) {
  const QString file = path.startsWith(QLatin1String("file:")) ? QUrl(path).toLocalFile() : path;
  const FileScan scan = decode_file(file);
  last_error_.clear();
  if (!scan.readable)
    last_error_ = scan.error;
  else if (scan.results.empty())
    last_error_ = tr("No code found in %1.").arg(file);
  emit changed();
  return last_error_.isEmpty() ? QString::fromStdString(scan.results.front().text).trimmed() : QString();
}

bool SyncWorker::enrol(const QString& payload) {
  const std::string text = payload.trimmed().toStdString();
  if (!parse_enrolment_payload(text)) {
    last_error_ = checkPayload(payload).value(QStringLiteral("message")).toString();
    emit changed();
    return false;
  }
  try {
    // Made here, on the UI thread, before the worker syncs into it.
    parts_.prepareStore(parse_enrolment_payload(text).payload->fair);
  } catch (const std::exception& e) {
    last_error_ = QString::fromUtf8(e.what());
    emit changed();
    return false;
  }
  return start([this, text] { return runEnrol(text); });
}

bool SyncWorker::syncNow() {
  return start([this] { return runSync(); });
}

bool SyncWorker::start(std::function<Outcome()> job) {
  if (busy() || !ready()) return false;
  parts_.state->setState(QStringLiteral("syncing"));
  upload_done_ = upload_total_ = 0;
  emit progressChanged();
  thread_ = QThread::create([this, job] {
    Outcome out = job();
    QMetaObject::invokeMethod(
        this,
        [this, out] {
          thread_->wait();
          thread_->deleteLater();
          thread_ = nullptr;
          QString error;
          const bool ok = apply(out, &error);
          last_error_ = error;
          emit changed();
          emit finished(ok);
        },
        Qt::QueuedConnection);
  });
  thread_->start();
  emit changed();
  return true;
}

std::function<void(const sync::SyncReport&)> SyncWorker::progressReporter() {
  auto since = std::make_shared<QElapsedTimer>();
  return [this, since](const sync::SyncReport& r) {
    const bool last = r.blob_bytes_sent == r.blob_bytes_to_send;
    if (since->isValid() && since->elapsed() < 200 && !last) return;
    since->start();
    const auto done = static_cast<qint64>(r.blob_bytes_sent);
    const auto total = static_cast<qint64>(r.blob_bytes_to_send);
    QMetaObject::invokeMethod(
        this,
        [this, done, total] {
          upload_done_ = done;
          upload_total_ = total;
          emit progressChanged();
        },
        Qt::QueuedConnection);
  };
}

std::function<std::int64_t()> SyncWorker::wallClock() const {
  const StationClock* clock = parts_.clock;
  if (!clock) return {};
  return [clock] { return static_cast<std::int64_t>(clock->now()); };
}

SyncWorker::Outcome SyncWorker::runEnrol(const std::string& payload) {
  Outcome out;
  const ParsedEnrolment p = parse_enrolment_payload(payload);
  if (!p) {
    out.error = QString::fromStdString(p.error);
    return out;
  }
  try {
    EventStore* store = parts_.prepareStore(p.payload->fair);
    if (!parts_.enrolment->deviceKey())
      throw std::runtime_error("the device key is locked: an officer must sign in first");
    sync::TlsClient tls(p.payload->host, p.payload->port, p.payload->cert_sha256);
    auto receipts = parts_.receipts->open();
    sync::SyncContext ctx{
        *store, *parts_.vault->blobs(), *parts_.enrolment->deviceKey(), p.payload->cert_sha256, p.payload->token, {},
        {}};
    ctx.options.label = "station";
    ctx.options.configs = &parts_.vault->configs();
    ctx.options.receipts = receipts.get();
    ctx.options.on_progress = progressReporter();
    ctx.options.wall_clock = wallClock();
    out.result = sync::run_sync(tls, std::move(ctx));
    sync::StationProfile profile;
    profile.host = p.payload->host;
    profile.port = p.payload->port;
    profile.cert_sha256 = p.payload->cert_sha256;
    profile.fair = p.payload->fair;
    profile.station_code = out.result->welcome.station_code;
    profile.bureau_key = out.result->welcome.bureau_key;
    out.profile = profile;
    out.ok = true;
  } catch (const std::exception& e) {
    out.error = tr("Enrolment failed: %1").arg(QString::fromUtf8(e.what()));
  }
  return out;
}

SyncWorker::Outcome SyncWorker::runSync() {
  Outcome out;
  try {
    const auto profile = sync::StationProfile::load(profile_path(*parts_.enrolment).toStdString());
    if (!parts_.enrolment->enrolled()) throw std::runtime_error("not enrolled");
    EventStore* store = parts_.vault->store();
    if (!store || !parts_.enrolment->deviceKey())
      throw std::runtime_error("the station's data is locked; sync waits until an officer signs in");
    sync::TlsClient tls(profile.host, profile.port, profile.cert_sha256);
    auto receipts = parts_.receipts->open();
    sync::SyncContext ctx{*store,
                          *parts_.vault->blobs(),
                          *parts_.enrolment->deviceKey(),
                          profile.cert_sha256,
                          std::nullopt,
                          profile.bureau_key,
                          {}};
    ctx.options.receipts = receipts.get();
    ctx.options.on_progress = progressReporter();
    ctx.options.wall_clock = wallClock();
    // The configuration held is not fetched again (4.6 MB for 30,000 booths) while unchanged.
    ctx.options.have_config_sha256 = parts_.enrolment->configSha256();
    ctx.options.configs = &parts_.vault->configs();
    out.result = sync::run_sync(tls, std::move(ctx));
    out.ok = true;
  } catch (const sync::SyncError& e) {
    out.unreachable = e.code() == "unreachable";
    out.error = out.unreachable ? tr("Offline: the bureau's relay cannot be reached (%1). Everything stays on this "
                                     "tablet and is sent at the next sync.")
                                      .arg(QString::fromUtf8(e.what()))
                                : tr("Sync failed: %1").arg(QString::fromUtf8(e.what()));
  } catch (const std::exception& e) {
    out.error = tr("Sync failed: %1").arg(QString::fromUtf8(e.what()));
  }
  return out;
}

bool SyncWorker::apply(const Outcome& out, QString* error) {
  if (!ready()) return false;
  refreshReceipts();
  if (!out.ok || !out.result) {
    *error = out.error;
    parts_.state->setState(out.unreachable ? QStringLiteral("offline") : QStringLiteral("error"));
    return false;
  }
  // Measured even when what follows fails: the officer should know the clock is off.
  if (out.result->report.clock_offset_ms) parts_.state->setClockOffset(out.result->report.clock_offset_ms);
  const sync::Welcome& w = out.result->welcome;
  const auto bureau = public_key_from_hex(w.bureau_key);
  if (!w.config.empty() && bureau && !parts_.installConfig(w.config, *bureau, error)) {
    parts_.state->setState(QStringLiteral("error"));
    return false;
  }
  if (out.profile) {
    try {
      out.profile->save(profile_path(*parts_.enrolment).toStdString());
    } catch (const std::exception& e) {
      *error = tr("Enrolled, but the relay address could not be saved: %1").arg(QString::fromUtf8(e.what()));
      return false;
    }
  }
  parts_.reindex();
  const std::int64_t relay_head = out.result->report.relay_head;
  if (!log_alert_.isEmpty()) {
    // The events synced, but the bureau's log cannot be trusted: loud, and on every sync
    // until the alert is dealt with (it is kept in receipts.db).
    *error = tr("Bureau log alert: %1").arg(log_alert_);
    parts_.state->set(QStringLiteral("error"), out.result->report.finished_at, relay_head);
    return false;
  }
  parts_.state->set(QStringLiteral("synced"), out.result->report.finished_at, relay_head);
  return true;
}

bool SyncWorker::enrolBlocking(const std::string& payload, QString* error) { return apply(runEnrol(payload), error); }

bool SyncWorker::syncBlocking(QString* error) { return apply(runSync(), error); }

}  // namespace fg
