#pragma once
// The scanner library in the app's QML module (FairGuard.Models): FrameScanner for the camera
// (registered as a foreign type, so device/scanner stays free of the app's module) and
// ImageCodeReader for an imported picture when the station has no camera.
#include <QObject>
#include <QString>
#include <QUrl>
#include <QVariantMap>
#include <QtQml/qqml.h>  // QML_FOREIGN needs the full header in Qt 6.4

#include "frame_scanner.h"

namespace fg {

struct FrameScannerForeign {
  Q_GADGET
  QML_FOREIGN(fg::FrameScanner)
  QML_NAMED_ELEMENT(FrameScanner)
};

class ImageCodeReader : public QObject {
  Q_OBJECT
  QML_ELEMENT
 public:
  using QObject::QObject;
  // Decodes one image file (a local path or file: URL) with decode_file. Returns
  // {found, text, format, error}; error is set when the file cannot be read or holds no code.
  Q_INVOKABLE QVariantMap decodeFile(const QUrl& file) const;
};

}  // namespace fg
