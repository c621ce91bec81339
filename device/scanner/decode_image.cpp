#include "decode_image.h"

#include <QImageReader>

#include "decode_luminance.h"

namespace fg {

ScanResults decode_image(const QImage& image, const ScanOptions& options) {
  if (image.isNull()) return {};
  // Grayscale8 is ZXing's luminance layout; convert once (a no-op for grey images).
  const QImage grey =
      image.format() == QImage::Format_Grayscale8 ? image : image.convertToFormat(QImage::Format_Grayscale8);
  return decode_luminance(grey.constBits(), grey.width(), grey.height(), static_cast<int>(grey.bytesPerLine()),
                          options);
}

FileScan decode_file(const QString& path, const ScanOptions& options) {
  FileScan scan;
  QImageReader reader(path);
  reader.setAutoTransform(true);  // phone photos carry their rotation in EXIF
  const QImage image = reader.read();
  if (image.isNull()) {
    scan.error = QStringLiteral("cannot read %1: %2").arg(path, reader.errorString());
    return scan;
  }
  scan.readable = true;
  scan.size = image.size();
  scan.results = decode_image(image, options);
  return scan;
}

}  // namespace fg
