#include "station_settings.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include "document_printer.h"

namespace fg {

namespace {
constexpr qint64 kMaxSettingsBytes = 64 * 1024;  // a few names; anything larger is not ours
const QString kPrinterQueue = QStringLiteral("printer_queue");
}  // namespace

void StationSettings::open(const QString& dataDir) {
  file_ = QDir(dataDir).filePath(QStringLiteral("settings.json"));
  printer_queue_.clear();
  QFile in(file_);
  if (in.open(QIODevice::ReadOnly) && in.size() <= kMaxSettingsBytes) {
    const QJsonObject o = QJsonDocument::fromJson(in.read(kMaxSettingsBytes)).object();
    const QString queue = o.value(kPrinterQueue).toString();
    if (DocumentPrinter::validQueue(queue)) printer_queue_ = queue;
  }
  emit changed();
}

bool StationSettings::setPrinterQueue(const QString& queue) {
  const QString name = queue.trimmed();
  if (!DocumentPrinter::validQueue(name) || file_.isEmpty()) return false;
  if (name == printer_queue_) return true;
  const QString before = printer_queue_;
  printer_queue_ = name;
  if (!save()) {
    printer_queue_ = before;
    return false;
  }
  emit changed();
  return true;
}

bool StationSettings::save() const {
  QSaveFile out(file_);
  if (!out.open(QIODevice::WriteOnly)) return false;
  out.write(QJsonDocument(QJsonObject{{kPrinterQueue, printer_queue_}}).toJson());
  return out.commit();
}

}  // namespace fg
