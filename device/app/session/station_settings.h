#pragma once
// The station's own choices that outlive a restart and are not complaint data (so kept in
// clear beside the encrypted stores): for now the printer queue the papers go to. One JSON
// file in the data folder, settings.json, replaced whole on each change.
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace fg {

class StationSettings : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("owned by StationBackend")
  // The CUPS queue of the last paper printed (empty: the station's default printer).
  Q_PROPERTY(QString printerQueue READ printerQueue NOTIFY changed)

 public:
  using QObject::QObject;

  // Reads DIR/settings.json when there is one; an unreadable or malformed file gives the
  // defaults (it holds nothing that cannot be chosen again).
  void open(const QString& dataDir);
  QString printerQueue() const { return printer_queue_; }
  // Keeps a queue name lp accepts (DocumentPrinter::validQueue); false, changing nothing,
  // for any other, and when the file cannot be written.
  bool setPrinterQueue(const QString& queue);

 signals:
  void changed();

 private:
  bool save() const;

  QString file_;
  QString printer_queue_;
};

}  // namespace fg
